"""The fiscal-year report of the strategy beyond trips: joint projects with what residents got,
exchange programmes and the fund, contacts with the national government, lessons and the policy
actions they led to; one print-ready sheet each (`main.py export programmes`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload

from .. import confidentiality
from ..clock import CLOCK
from ..formats import fiscal_bounds, format_yen_in_text
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Indicator, NationalContact, Programme, Project, Trip
from ..services.fund import fund_reports
from ..services.lessons import lesson_rows
from ..services.office import wording as office_wording
from ..services.projects import progress_of
from ..wording import Wording
from .briefing import save_workbook
from .sheets import (
    HEADER,
    HEADER_FILL,
    HEADER_ROW,
    LINE,
    WRAP,
    SheetWriter,
    date_format,
    display_width,
    yen_format,
)

WORDS = {
    "internal": QT_TRANSLATE_NOOP("programmes report", "INTERNAL — for official use"),
    "marked": QT_TRANSLATE_NOOP(
        "programmes report", "CONFIDENTIAL — contains confidential trips or meetings"
    ),
    "exported": QT_TRANSLATE_NOOP("programmes report", "Exported {moment}"),
    "title": QT_TRANSLATE_NOOP("programmes report", "{year}: {sheet}"),
    "period": QT_TRANSLATE_NOOP("programmes report", "From {first} to {last}"),
    "projects": QT_TRANSLATE_NOOP("programmes report", "Joint projects"),
    "programmes": QT_TRANSLATE_NOOP("programmes report", "Programmes and fund"),
    "coordination": QT_TRANSLATE_NOOP("programmes report", "National government"),
    "lessons": QT_TRANSLATE_NOOP("programmes report", "Lessons and actions"),
    "project": QT_TRANSLATE_NOOP("programmes report", "Project"),
    "status": QT_TRANSLATE_NOOP("programmes report", "Status"),
    "bureau": QT_TRANSLATE_NOOP("programmes report", "Bureau"),
    "partners": QT_TRANSLATE_NOOP("programmes report", "Partners"),
    "objectives": QT_TRANSLATE_NOOP("programmes report", "Objectives"),
    "dates": QT_TRANSLATE_NOOP("programmes report", "Period"),
    "budget": QT_TRANSLATE_NOOP("programmes report", "Budget (yen)"),
    "benefit": QT_TRANSLATE_NOOP("programmes report", "Benefit to residents"),
    "baseline": QT_TRANSLATE_NOOP("programmes report", "Baseline"),
    "measured": QT_TRANSLATE_NOOP("programmes report", "Measured by the year's end"),
    "target": QT_TRANSLATE_NOOP("programmes report", "Target"),
    "share": QT_TRANSLATE_NOOP("programmes report", "Of the way"),
    "reached": QT_TRANSLATE_NOOP("programmes report", "reached"),
    "no_projects": QT_TRANSLATE_NOOP("programmes report", "No joint project ran in this year."),
    "programme": QT_TRANSLATE_NOOP("programmes report", "Programme"),
    "kind": QT_TRANSLATE_NOOP("programmes report", "Kind"),
    "cities": QT_TRANSLATE_NOOP("programmes report", "Partner cities"),
    "participants": QT_TRANSLATE_NOOP("programmes report", "Participants in the year"),
    "spent_year": QT_TRANSLATE_NOOP("programmes report", "Spent in the year (yen)"),
    "spent_total": QT_TRANSLATE_NOOP("programmes report", "Spent to the year's end (yen)"),
    "outcomes": QT_TRANSLATE_NOOP("programmes report", "Outcomes"),
    "no_programmes": QT_TRANSLATE_NOOP("programmes report", "No programme recorded."),
    "fund_line": QT_TRANSLATE_NOOP(
        "programmes report", "{fund}: {total} from {start}; remaining at the year's end {left}."
    ),
    "fiscal_year": QT_TRANSLATE_NOOP("programmes report", "Fiscal year"),
    "spent": QT_TRANSLATE_NOOP("programmes report", "Spent (yen)"),
    "remaining": QT_TRANSLATE_NOOP("programmes report", "Remaining (yen)"),
    "by_objective": QT_TRANSLATE_NOOP(
        "programmes report",
        "Spent to the year's end by objective (a programme serving two counts under each)",
    ),
    "no_objective": QT_TRANSLATE_NOOP("programmes report", "No objective named"),
    "date": QT_TRANSLATE_NOOP("programmes report", "Date"),
    "about": QT_TRANSLATE_NOOP("programmes report", "About"),
    "with": QT_TRANSLATE_NOOP("programmes report", "With"),
    "whom": QT_TRANSLATE_NOOP("programmes report", "Whom"),
    "subject": QT_TRANSLATE_NOOP("programmes report", "Discussed or requested"),
    "follow_up": QT_TRANSLATE_NOOP("programmes report", "Follow-up"),
    "no_contacts": QT_TRANSLATE_NOOP(
        "programmes report", "No contact with the national government recorded in this year."
    ),
    "learned_on": QT_TRANSLATE_NOOP("programmes report", "Learned on"),
    "where": QT_TRANSLATE_NOOP("programmes report", "Learned on the trip or in the meeting"),
    "learned": QT_TRANSLATE_NOOP("programmes report", "What was learned"),
    "objective": QT_TRANSLATE_NOOP("programmes report", "Objective"),
    "action": QT_TRANSLATE_NOOP("programmes report", "Policy action"),
    "action_status": QT_TRANSLATE_NOOP("programmes report", "Action status"),
    "action_on": QT_TRANSLATE_NOOP("programmes report", "Action dated"),
    "no_lessons": QT_TRANSLATE_NOOP(
        "programmes report", "No lesson learned or acted on in this year."
    ),
}
SHEETS = ("projects", "programmes", "coordination", "lessons")


def build_programmes_report(
    session: Session,
    fiscal_year: int,
    *,
    include_confidential: bool = False,
    lang: str = "en",
    exported_at: datetime | None = None,
    progress: Callable[[str], None] | None = None,
) -> Workbook:
    """The report of one fiscal year. Confidential trips and meetings take their national
    contacts and lessons with them unless asked for; the sheets are then marked."""
    with confidentiality.scope(session, include_confidential):
        w = office_wording(session, lang)
        first, last = fiscal_bounds(fiscal_year)
        marking = w(WORDS["marked" if include_confidential else "internal"])
        exported = w(WORDS["exported"].format(moment=w.at_home(exported_at or CLOCK.now())))
        subtitle = w(
            WORDS["period"].format(
                first=w.date(first, weekday=False), last=w.date(last, weekday=False)
            )
        )
        heading = Wording(lang, era=w.era, fiscal_years=True).year(fiscal_year)
        wb = Workbook()
        wb.remove(wb.active)

        def sheet(key: str, headers: list, widths: list[int], **formats) -> SheetWriter:
            made = SheetWriter(
                wb.create_sheet(w(WORDS[key])[:31]),
                w(WORDS["title"].format(year=heading, sheet=WORDS[key])),
                subtitle,
                marking,
                [w(WORDS[h]) for h in headers],
                widths,
                exported,
                yen=yen_format(w.language),
                dates=date_format(w.language),
                **formats,
            )
            # Headers wrap within their columns: the row is as tall as the longest needs.
            lines = max(
                -(-display_width(w(WORDS[h])) // max(width - 1, 1))
                for h, width in zip(headers, widths, strict=True)
            )
            made.ws.row_dimensions[HEADER_ROW].height = 14 * lines + 4
            return made

        step = progress or (lambda _key: None)
        for key, write in zip(
            SHEETS, (_projects, _programmes, _coordination, _lessons), strict=True
        ):
            step(key)
            write(session, sheet, w, fiscal_year, first, last)
        return wb


def export_programmes_report(
    session: Session,
    fiscal_year: int,
    target: Path,
    *,
    include_confidential: bool = False,
    lang: str = "en",
) -> Path:
    wb = build_programmes_report(
        session, fiscal_year, include_confidential=include_confidential, lang=lang
    )
    save_workbook(wb, target)
    return Path(target)


def _number(value) -> float | int | None:
    if value is None:
        return None
    number = float(value)
    return int(number) if number.is_integer() else number


def _projects(session, sheet, w: Wording, fy: int, first: date, last: date) -> None:
    s = sheet(
        "projects",
        [
            "project",
            "status",
            "bureau",
            "partners",
            "objectives",
            "dates",
            "budget",
            "benefit",
            "baseline",
            "measured",
            "target",
            "share",
        ],
        [30, 11, 20, 22, 22, 20, 14, 26, 11, 12, 11, 10],
        money=(7,),
        amounts=(9, 10, 11),
    )
    projects = session.scalars(
        select(Project)
        .where(
            or_(Project.starts_on.is_(None), Project.starts_on <= last),
            or_(Project.ends_on.is_(None), Project.ends_on >= first),
        )
        .options(
            selectinload(Project.bureau),
            selectinload(Project.cities),
            selectinload(Project.networks),
            selectinload(Project.organizations),
            selectinload(Project.objectives),
            selectinload(Project.indicators).selectinload(Indicator.measurements),
        )
        .order_by(Project.starts_on, Project.title)
    ).all()
    for p in projects:
        partners = w.join(
            [
                *(w.city(c) for c in p.cities),
                *(w.network(n) for n in p.networks),
                *(o.name for o in p.organizations),
            ]
        )
        head = [
            w.title_of(p),
            w.choice(p.status),
            _bureau(w, p.bureau),
            partners,
            w.join(w.objective(o) for o in sorted(p.objectives, key=lambda o: o.number)),
            w.dates(p.starts_on, p.ends_on),
            _number(p.budget_yen),
        ]
        if not p.indicators:
            s.add([*head, None, None, None, None, None])
            continue
        for n, i in enumerate(p.indicators):
            got = progress_of(i, last)
            share = got.of_the_way(w(WORDS["reached"]))
            s.add(
                [
                    *(head if n == 0 else [None] * len(head)),
                    f"{i.name} ({i.unit})",
                    _number(i.baseline),
                    _number(got.latest),
                    _number(i.target),
                    share,
                ]
            )
    if not projects:
        s.empty(w(WORDS["no_projects"]))


def _bureau(w: Wording, bureau) -> str:
    if bureau is None:
        return ""
    return bureau.name_ja if w.japanese and bureau.name_ja else bureau.name_en


def _programmes(session, sheet, w: Wording, fy: int, first: date, last: date) -> None:
    s = sheet(
        "programmes",
        [
            "programme",
            "kind",
            "bureau",
            "cities",
            "objectives",
            "participants",
            "spent_year",
            "spent_total",
            "outcomes",
        ],
        [30, 16, 20, 26, 22, 12, 16, 16, 36],
        money=(7, 8),
    )
    programmes = session.scalars(
        select(Programme)
        .options(
            selectinload(Programme.bureau),
            selectinload(Programme.cities),
            selectinload(Programme.objectives),
            selectinload(Programme.years),
        )
        .order_by(Programme.title)
    ).all()
    for p in programmes:
        this = next((y for y in p.years if y.fiscal_year == fy), None)
        s.add(
            [
                w.title_of(p),
                w.choice(p.kind),
                _bureau(w, p.bureau),
                w.join(w.city(c) for c in p.cities),
                w.join(w.objective(o) for o in sorted(p.objectives, key=lambda o: o.number)),
                this.participants if this else None,
                _number(this.spending_yen) if this else None,
                _number(sum((y.spending_yen for y in p.years if y.fiscal_year <= fy), 0)),
                p.outcomes or "",
            ]
        )
    if not programmes:
        s.empty(w(WORDS["no_programmes"]))
    ws = s.ws
    for report in fund_reports(session):
        s.gap()
        years = [row for row in report.balance_by_year() if row[0] <= fy]
        left = years[-1][3] if years else report.total
        _line(
            s,
            w(
                WORDS["fund_line"].format(
                    fund=report.name_ja if w.japanese and report.name_ja else report.name,
                    total=_in_text(w, report.total),
                    start=Wording(w.language, era=w.era, fiscal_years=True).year(
                        report.start_fiscal_year
                    ),
                    left=_in_text(w, left),
                )
            ),
        )
        _subheader(
            s,
            [
                w(WORDS["fiscal_year"]),
                w(WORDS["spent"]),
                w(WORDS["participants"]),
                w(WORDS["remaining"]),
            ],
        )
        fiscal = Wording(w.language, era=w.era, fiscal_years=True)
        for year, spent, people, remaining in years:
            s.add([fiscal.year(year), _number(spent), people, _number(remaining)])
            for column in (2, 4):
                ws.cell(row=s.row - 1, column=column).number_format = yen_format(w.language)
        # By objective, up to the year's end.
        spent_by = _spent_by_objective(session, w, report.fund_id, fy)
        if spent_by:
            s.gap()
            _line(s, w(WORDS["by_objective"]))
            for label, spent in spent_by:
                s.add([label if label else w(WORDS["no_objective"]), _number(spent)])
                ws.cell(row=s.row - 1, column=2).number_format = yen_format(w.language)


def _spent_by_objective(
    session, w: Wording, fund_id: int, fy: int
) -> list[tuple[str | None, float]]:
    totals: dict[str | None, float] = {}
    programmes = session.scalars(
        select(Programme)
        .where(Programme.fund_id == fund_id)
        .options(selectinload(Programme.objectives), selectinload(Programme.years))
    ).all()
    for p in programmes:
        spent = float(sum((y.spending_yen for y in p.years if y.fiscal_year <= fy), 0))
        if not spent:
            continue
        keys = [f"{o.number}. {o.title}" for o in sorted(p.objectives, key=lambda o: o.number)] or [
            None
        ]
        for key in keys:
            totals[key] = totals.get(key, 0.0) + spent
    return sorted(totals.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))


def _in_text(w: Wording, amount) -> str:
    """Yen in a sentence: ¥8,000,000,000 in English, 8,000,000,000円 in Japanese."""
    return format_yen_in_text(amount, w.language)


def _line(s: SheetWriter, text: str) -> None:
    """A heading across the sheet: one line, running over the empty cells beside it."""
    cell = s.ws.cell(row=s.row, column=1, value=text)
    cell.font = HEADER
    s.row += 1


def _subheader(s: SheetWriter, labels: list[str]) -> None:
    for column, label in enumerate(labels, start=1):
        cell = s.ws.cell(row=s.row, column=column, value=label)
        cell.font, cell.fill, cell.border, cell.alignment = HEADER, HEADER_FILL, LINE, WRAP
    s.row += 1


def _coordination(session, sheet, w: Wording, fy: int, first: date, last: date) -> None:
    s = sheet(
        "coordination",
        ["date", "about", "with", "whom", "subject", "follow_up"],
        [14, 30, 18, 30, 40, 30],
    )
    contacts = session.execute(
        select(NationalContact, Trip.title, Project.title, Project.title_ja)
        .outerjoin(Trip, Trip.id == NationalContact.trip_id)
        .outerjoin(Project, Project.id == NationalContact.project_id)
        .where(and_(NationalContact.contacted_on >= first, NationalContact.contacted_on <= last))
        .order_by(NationalContact.contacted_on, NationalContact.id)
    ).all()
    shown = 0
    for c, trip_title, project_title, project_ja in contacts:
        if c.trip_id is not None and trip_title is None:
            continue  # its trip is out of this output's sight
        about = trip_title or (project_ja if w.japanese and project_ja else project_title) or ""
        s.add(
            [
                w.date(c.contacted_on, weekday=False),
                about,
                w.choice(c.body),
                c.whom,
                c.subject or "",
                c.follow_up or "",
            ]
        )
        shown += 1
    if not shown:
        s.empty(w(WORDS["no_contacts"]))


def _lessons(session, sheet, w: Wording, fy: int, first: date, last: date) -> None:
    s = sheet(
        "lessons",
        [
            "learned_on",
            "where",
            "learned",
            "objective",
            "bureau",
            "action",
            "action_status",
            "action_on",
        ],
        [14, 28, 40, 22, 20, 36, 12, 14],
    )
    rows = [
        r
        for r in lesson_rows(session)
        if first <= r.learned_on <= last
        or (r.action_on is not None and first <= r.action_on <= last)
    ]
    rows.sort(key=lambda r: (r.learned_on, r.lesson_id))
    for r in rows:
        s.add(
            [
                w.date(r.learned_on, weekday=False),
                r.source or "",
                r.learned,
                (r.objective_ja if w.japanese and r.objective_ja else r.objective) or "",
                r.bureau_ja if w.japanese and r.bureau_ja else (r.bureau or ""),
                r.action or "",
                w.choice(r.status),
                w.date(r.action_on, weekday=False) if r.action_on else "",
            ]
        )
    if not rows:
        s.empty(w(WORDS["no_lessons"]))
