"""The gift register for the annual declaration: every gift given and received in a fiscal year
(or in all years), what became of it, its declaration, and what is still to declare or to value
(`main.py export gifts`, the Gifts page's Declaration workbook)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy.orm import Session

from .. import confidentiality
from ..clock import CLOCK
from ..formats import fiscal_bounds
from ..i18n import QT_TRANSLATE_NOOP
from ..models import GiftDirection
from ..services.gifts import TO_DECLARE, TO_VALUE, gift_threshold, register
from ..services.office import wording as office_wording
from ..wording import Wording
from .briefing import save_workbook
from .sheets import HEADER_ROW, SheetWriter, date_format, display_width, yen_format

WORDS = {
    "internal": QT_TRANSLATE_NOOP("gift register", "INTERNAL — for official use"),
    "marked": QT_TRANSLATE_NOOP(
        "gift register", "CONFIDENTIAL — contains gifts of confidential trips or meetings"
    ),
    "exported": QT_TRANSLATE_NOOP("gift register", "Exported {moment}"),
    "sheet": QT_TRANSLATE_NOOP("gift register", "Gift register"),
    "title_year": QT_TRANSLATE_NOOP("gift register", "Gift register {year}"),
    "title_all": QT_TRANSLATE_NOOP("gift register", "Gift register, all years"),
    "period": QT_TRANSLATE_NOOP("gift register", "Gifts exchanged from {first} to {last}"),
    "summary": QT_TRANSLATE_NOOP(
        "gift register",
        "{received} received, {given} given; declaration threshold {threshold} yen: "
        "{declare} to declare, {value} to value",
    ),
    "date": QT_TRANSLATE_NOOP("gift register", "Date"),
    "direction": QT_TRANSLATE_NOOP("gift register", "Given or received"),
    "counterpart": QT_TRANSLATE_NOOP("gift register", "Counterpart"),
    "gift": QT_TRANSLATE_NOOP("gift register", "Gift"),
    "value": QT_TRANSLATE_NOOP("gift register", "Value (yen)"),
    "disposition": QT_TRANSLATE_NOOP("gift register", "What became of it"),
    "where": QT_TRANSLATE_NOOP("gift register", "Where, or to whom"),
    "declared_on": QT_TRANSLATE_NOOP("gift register", "Declared on"),
    "reference": QT_TRANSLATE_NOOP("gift register", "Declaration number"),
    "occasion": QT_TRANSLATE_NOOP("gift register", "Meeting or trip"),
    "state": QT_TRANSLATE_NOOP("gift register", "Still to do"),
    "none": QT_TRANSLATE_NOOP("gift register", "No gift was given or received in this period."),
}
COLUMNS = (
    ("date", 12),
    ("direction", 10),
    ("counterpart", 20),
    ("gift", 30),
    ("value", 12),
    ("disposition", 12),
    ("where", 24),
    ("declared_on", 12),
    ("reference", 14),
    ("occasion", 28),
    ("state", 11),
)


def build_gift_register(
    session: Session,
    fiscal_year: int | None = None,
    *,
    include_confidential: bool = False,
    lang: str = "en",
    exported_at: datetime | None = None,
) -> tuple[Workbook, int]:
    """The register as a workbook, and the number of gifts in it."""
    with confidentiality.scope(session, include_confidential):
        w = office_wording(session, lang)
        threshold = gift_threshold(session)
        rows = register(session, fiscal_year, threshold)
        if fiscal_year is not None:
            year = Wording(lang, era=w.era, fiscal_years=True).year(fiscal_year)
            title = w(WORDS["title_year"].format(year=year))
            first, last = fiscal_bounds(fiscal_year)
            period = w(
                WORDS["period"].format(
                    first=w.date(first, weekday=False), last=w.date(last, weekday=False)
                )
            )
        else:
            title, period = w(WORDS["title_all"]), ""
        received = sum(1 for r in rows if r.gift.direction == GiftDirection.RECEIVED)
        summary = w(
            WORDS["summary"].format(
                received=received,
                given=len(rows) - received,
                threshold=f"{threshold:,}",
                declare=sum(1 for r in rows if r.state == TO_DECLARE),
                value=sum(1 for r in rows if r.state == TO_VALUE),
            )
        )
        wb = Workbook()
        ws = wb.active
        ws.title = w(WORDS["sheet"])[:31]
        headers = [w(WORDS[key]) for key, _width in COLUMNS]
        widths = [width for _key, width in COLUMNS]
        s = SheetWriter(
            ws,
            title,
            " — ".join(part for part in (period, summary) if part),
            w(WORDS["marked" if include_confidential else "internal"]),
            headers,
            widths,
            w(WORDS["exported"].format(moment=w.at_home(exported_at or CLOCK.now()))),
            money=(5,),
            yen=yen_format(w.language),
            dates=date_format(w.language),
        )
        lines = max(
            -(-display_width(h) // max(width - 1, 1))
            for h, width in zip(headers, widths, strict=True)
        )
        ws.row_dimensions[HEADER_ROW].height = 14 * lines + 4
        for r in rows:
            g = r.gift
            occasion = (
                w.title_of(g.meeting) if g.meeting else (w.title_of(g.trip) if g.trip else "")
            )
            s.add(
                [
                    g.exchanged_on,
                    w.choice(g.direction),
                    w.person(g.counterpart) if g.counterpart else "",
                    g.description,
                    g.value_jpy,
                    w.choice(g.disposition) if g.disposition else "",
                    g.disposition_note or "",
                    g.declared_on,
                    g.declaration_ref or "",
                    occasion,
                    w.choice(r.state) if r.state in (TO_DECLARE, TO_VALUE) else "",
                ]
            )
        if not rows:
            s.empty(w(WORDS["none"]))
        ws.auto_filter.ref = f"A{HEADER_ROW}:{ws.cell(row=HEADER_ROW, column=len(COLUMNS)).column_letter}{max(HEADER_ROW, s.row - 1)}"
        return wb, len(rows)


def export_gift_register(
    session: Session,
    target: Path,
    fiscal_year: int | None = None,
    *,
    include_confidential: bool = False,
    lang: str = "en",
) -> int:
    """Write the register; the number of gifts written."""
    wb, count = build_gift_register(
        session, fiscal_year, include_confidential=include_confidential, lang=lang
    )
    save_workbook(wb, target)
    return count
