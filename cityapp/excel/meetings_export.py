"""Every meeting in one workbook, streamed row by row (openpyxl's write-only mode, flat memory).

Text goes in as text (never a formula) like everywhere else; confidential
meetings stay out unless asked for. Long exports report progress and can be
cancelled: the target file is only replaced when the export completes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from .. import confidentiality
from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import City, Classification, Meeting
from ..services.office import wording as office_wording
from ..timefmt import in_zone
from ..wording import Wording
from .briefing import save_workbook
from .cells import CELL_LIMIT, ERROR_TEXTS, RISKY_START, clean_text, stored_form
from .sheets import FONT

HEADERS = [
    QT_TRANSLATE_NOOP("meetings export", "Date"),
    QT_TRANSLATE_NOOP("meetings export", "Time"),
    QT_TRANSLATE_NOOP("meetings export", "Time zone"),
    QT_TRANSLATE_NOOP("meetings export", "Meeting"),
    QT_TRANSLATE_NOOP("meetings export", "City"),
    QT_TRANSLATE_NOOP("meetings export", "Venue"),
    QT_TRANSLATE_NOOP("meetings export", "Classification"),
    QT_TRANSLATE_NOOP("meetings export", "Language"),
    QT_TRANSLATE_NOOP("meetings export", "Outcome"),
    QT_TRANSLATE_NOOP("meetings export", "Decisions"),
]
SHEET = QT_TRANSLATE_NOOP("meetings export", "Meetings")
MARKING = QT_TRANSLATE_NOOP("meetings export", "CONFIDENTIAL")
DATE_FORMATS = {"en": "yyyy-mm-dd", "ja": 'yyyy"年"m"月"d"日"'}
WIDTHS = [12, 7, 20, 40, 16, 28, 14, 12, 60, 40]
BATCH = 2000


class Cancelled(UserError):
    """The officer stopped the export; the old file, if any, is untouched."""


def meeting_rows(session: Session, words: Wording | None = None):
    """(values, …) per meeting, oldest first, streamed from the database, with places, zones,
    classifications and languages named in `words`' language.

    Which meetings are seen is the caller's `confidentiality.scope`.
    """
    words = words or Wording()
    city = aliased(City)
    city_name = func.coalesce(city.name_ja, city.name_en) if words.japanese else city.name_en
    query = (
        select(
            Meeting.starts_at,
            Meeting.zone,
            Meeting.title,
            city_name,
            Meeting.venue,
            Meeting.classification,
            Meeting.language,
            Meeting.outcome,
            Meeting.decisions,
        )
        .outerjoin(city, Meeting.city_id == city.id)
        .order_by(Meeting.starts_at, Meeting.id)
    )
    classifications = {c: words.choice(c) for c in Classification}
    zones: dict[str, str] = {}
    languages: dict[str | None, str] = {}
    for (
        starts_at,
        zone,
        title,
        city_name,
        venue,
        classification,
        language,
        outcome,
        decisions,
    ) in session.execute(query.execution_options(yield_per=BATCH)):  # in the caller's scope
        local = in_zone(starts_at, zone)
        if zone not in zones:
            zones[zone] = words.zone(zone) if words.japanese else zone  # IANA names in English
        if language not in languages:
            languages[language] = words.languages(language)
        yield (
            local.date(),
            f"{local:%H:%M}",
            zones[zone],
            title,
            city_name,
            venue,
            classifications[classification],
            languages[language],
            outcome,
            decisions,
        )


def count_meetings(session: Session, include_confidential: bool = False) -> int:
    with confidentiality.scope(session, include_confidential):
        return session.scalar(select(func.count(Meeting.id))) or 0


def export_meetings(
    session: Session,
    target: Path,
    *,
    include_confidential: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    lang: str = "en",
) -> int:
    """Write every meeting; returns the number written.

    With confidential meetings included, the sheet's first row and its printed
    header say CONFIDENTIAL.
    """
    with confidentiality.scope(session, include_confidential):
        return _export(session, target, include_confidential, progress, cancelled, lang)


def _export(session, target, include_confidential, progress, cancelled, lang) -> int:
    words = office_wording(session, lang)
    total = count_meetings(session, include_confidential)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(words(SHEET))
    marking = words(MARKING)
    for index, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + index)].width = width
    marked = include_confidential
    ws.freeze_panes = "A3" if marked else "A2"
    ws.print_title_rows = "1:2" if marked else "1:1"
    if marked:
        ws.oddHeader.center.text = marking
        ws.evenHeader.center.text = marking
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    bold = Font(name=FONT, bold=True)
    if marked:
        ws.append([_header(ws, marking, Font(name=FONT, bold=True, color="C00000"))])
    ws.append([_header(ws, words(h), bold) for h in HEADERS])
    date_format = DATE_FORMATS[words.language]
    written = 0
    try:
        for values in meeting_rows(session, words):
            ws.append([_cell(ws, v, date_format) for v in values])
            written += 1
            if written % BATCH == 0:
                if progress:
                    progress(written, total)
                if cancelled and cancelled():
                    raise Cancelled(
                        QT_TRANSLATE_NOOP(
                            "meetings export", "The export was cancelled; no file was written."
                        )
                    )
    except BaseException:
        ws.close()  # release the sheet's temporary file; nothing is saved
        raise
    save_workbook(wb, target)
    if progress:
        progress(written, total)
    return written


def _header(ws: Any, text: str, font: Font) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=text)
    cell.font = font
    return cell


def _cell(ws: Any, value: Any, date_format: str = DATE_FORMATS["en"]) -> Any:
    """Plain text goes in as a plain string (stored as text); text a spreadsheet could take for a
    formula or an error value is pinned as text with a quote prefix. Styling every cell would
    halve the speed."""
    if isinstance(value, str):
        text = stored_form(clean_text(value)[:CELL_LIMIT])
        if not text.startswith(RISKY_START) and text not in ERROR_TEXTS:
            return text
        cell = WriteOnlyCell(ws, value=text)
        cell.data_type = "s"  # never a formula or an error, whatever the text is
        cell.quotePrefix = True
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = date_format
        return cell
    return value
