"""The portfolio report: partners, networks, targets with a chart, commitments and meetings."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .. import confidentiality
from ..clock import CLOCK
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    Agreement,
    City,
    Commitment,
    CommitmentStatus,
    Meeting,
    NetworkMembership,
    Objective,
    Target,
    meeting_objective,
)
from ..services.commitments import commitment_lines
from ..services.lessons import lesson_rows
from ..services.office import wording as office_wording
from ..services.strategy import counts_by_year, load_strategy_data
from ..timefmt import HOME_ZONE, in_zone
from ..wording import Wording
from .briefing import save_workbook
from .sheets import SheetWriter, date_format, yen_format

OVERDUE_LISTED = 500

WORDS = {
    "internal": QT_TRANSLATE_NOOP("portfolio", "INTERNAL — for official use"),
    "marked": QT_TRANSLATE_NOOP("portfolio", "CONFIDENTIAL — contains confidential meetings"),
    "exported": QT_TRANSLATE_NOOP("portfolio", "Exported {moment}"),
    "title": QT_TRANSLATE_NOOP("portfolio", "Portfolio: {sheet}"),
    "as_of": QT_TRANSLATE_NOOP("portfolio", "As of {day}"),
    "partners": QT_TRANSLATE_NOOP("portfolio", "Partners"),
    "networks": QT_TRANSLATE_NOOP("portfolio", "Networks"),
    "targets": QT_TRANSLATE_NOOP("portfolio", "Targets"),
    "commitments": QT_TRANSLATE_NOOP("portfolio", "Commitments"),
    "meetings": QT_TRANSLATE_NOOP("portfolio", "Meetings"),
    "city": QT_TRANSLATE_NOOP("portfolio", "City"),
    "local": QT_TRANSLATE_NOOP("portfolio", "Local name"),
    "country": QT_TRANSLATE_NOOP("portfolio", "Country"),
    "level": QT_TRANSLATE_NOOP("portfolio", "Relationship level"),
    "agreement": QT_TRANSLATE_NOOP("portfolio", "Agreement"),
    "kind": QT_TRANSLATE_NOOP("portfolio", "Kind of agreement"),
    "signed": QT_TRANSLATE_NOOP("portfolio", "Signed"),
    "agreement_status": QT_TRANSLATE_NOOP("portfolio", "In force"),
    "in_force": QT_TRANSLATE_NOOP("portfolio", "in force"),
    "ended": QT_TRANSLATE_NOOP("portfolio", "ended"),
    "no_agreements": QT_TRANSLATE_NOOP("portfolio", "No agreements recorded."),
    "network": QT_TRANSLATE_NOOP("portfolio", "Network"),
    "role": QT_TRANSLATE_NOOP("portfolio", "Role"),
    "joined": QT_TRANSLATE_NOOP("portfolio", "Joined"),
    "no_networks": QT_TRANSLATE_NOOP("portfolio", "No network memberships recorded."),
    "year": QT_TRANSLATE_NOOP("portfolio", "Year"),
    "fiscal_year": QT_TRANSLATE_NOOP("portfolio", "Fiscal year"),
    "target": QT_TRANSLATE_NOOP("portfolio", "Target"),
    "chart": QT_TRANSLATE_NOOP("portfolio", "Cities with relations, by year"),
    "chart_fiscal": QT_TRANSLATE_NOOP("portfolio", "Cities with relations, by fiscal year"),
    "cities": QT_TRANSLATE_NOOP("portfolio", "Cities"),
    "no_targets": QT_TRANSLATE_NOOP("portfolio", "No targets recorded."),
    "status": QT_TRANSLATE_NOOP("portfolio", "Status"),
    "count": QT_TRANSLATE_NOOP("portfolio", "Count"),
    "overdue_due": QT_TRANSLATE_NOOP("portfolio", "Overdue: due"),
    "owner": QT_TRANSLATE_NOOP("portfolio", "Owner"),
    "commitment": QT_TRANSLATE_NOOP("portfolio", "Commitment"),
    "more": QT_TRANSLATE_NOOP(
        "portfolio",
        "… and {count} more overdue: see the Commitments page or `list commitments --overdue`.",
    ),
    "by_status": QT_TRANSLATE_NOOP("portfolio", "Commitments by status"),
    "objective": QT_TRANSLATE_NOOP("portfolio", "Objective"),
    "meetings_held": QT_TRANSLATE_NOOP("portfolio", "Meetings held"),
    "lessons": QT_TRANSLATE_NOOP("portfolio", "Lessons"),
    "learned_on": QT_TRANSLATE_NOOP("portfolio", "Learned on"),
    "where": QT_TRANSLATE_NOOP("portfolio", "Where"),
    "learned": QT_TRANSLATE_NOOP("portfolio", "What was learned"),
    "bureau": QT_TRANSLATE_NOOP("portfolio", "Bureau"),
    "action": QT_TRANSLATE_NOOP("portfolio", "Policy action"),
    "action_status": QT_TRANSLATE_NOOP("portfolio", "Action status"),
    "action_on": QT_TRANSLATE_NOOP("portfolio", "Action dated"),
    "no_lessons": QT_TRANSLATE_NOOP("portfolio", "No lessons recorded."),
}
SHEETS = ("partners", "networks", "targets", "commitments", "meetings", "lessons")


def build_portfolio(
    session: Session,
    today: date | None = None,
    exported_at: datetime | None = None,
    progress: Callable[[str], None] | None = None,
    *,
    include_confidential: bool = False,
    lang: str = "en",
) -> Workbook:
    """The report; `progress` hears the key of each sheet as it starts (`SHEETS`; it may raise
    to cancel).

    Confidential meetings and what they make confidential count and show only
    when asked for; every sheet is then marked CONFIDENTIAL.
    """
    with confidentiality.scope(session, include_confidential):
        return _build(session, today, exported_at, progress, include_confidential, lang)


@dataclass(frozen=True)
class _Portfolio:
    """What every sheet of the report shares."""

    sheet: Callable[..., SheetWriter]
    words: Wording
    labels: dict[str, str]
    session: Session
    today: date
    wb: Workbook


def _build(session, today, exported_at, progress, include_confidential, lang) -> Workbook:
    today = today or CLOCK.today()
    step = progress or (lambda _key: None)
    w = office_wording(session, lang)
    L = {key: w(label) for key, label in WORDS.items()}
    marking = L["marked"] if include_confidential else L["internal"]
    exported = w(WORDS["exported"].format(moment=w.at_home(exported_at or CLOCK.now())))
    subtitle = w(WORDS["as_of"].format(day=w.date(today)))
    wb = Workbook()
    wb.remove(wb.active)

    def sheet(key: str, headers: list[str], widths: list[int], **formats) -> SheetWriter:
        return SheetWriter(
            wb.create_sheet(L[key][:31]),
            w(WORDS["title"].format(sheet=WORDS[key])),
            subtitle,
            marking,
            headers,
            widths,
            exported,
            yen=yen_format(w.language),
            dates=date_format(w.language),
            **formats,
        )

    p = _Portfolio(sheet, w, L, session, today, wb)
    for key, write in zip(
        SHEETS, (_partners, _networks, _targets, _commitments, _meetings, _lessons), strict=True
    ):
        step(key)
        write(p)
    return wb


def _partners(p: _Portfolio) -> None:
    """The Partners sheet."""
    L, w, session, today = p.labels, p.words, p.session, p.today
    s = p.sheet(
        "partners",
        [
            L["city"],
            L["local"],
            L["country"],
            L["level"],
            L["agreement"],
            L["kind"],
            L["signed"],
            L["agreement_status"],
        ],
        [18, 16, 14, 14, 50, 18, 16, 12],
    )
    agreements = session.scalars(
        select(Agreement)
        .options(selectinload(Agreement.city))
        .join(City)
        .order_by(City.name_en, Agreement.signed_on)
    ).all()
    for a in agreements:
        ended = a.ended_on and a.ended_on <= today
        s.add(
            [
                w.city(a.city),
                a.city.name_local,
                w.country(a.city.country_code),
                w.choice(a.city.relationship_level),
                a.title,
                w.choice(a.kind),
                w.date(a.signed_on, weekday=False),
                L["ended"] if ended else L["in_force"],
            ]
        )
    if not agreements:
        s.empty(L["no_agreements"])


def _networks(p: _Portfolio) -> None:
    """The Networks sheet."""
    L, w, session = p.labels, p.words, p.session
    s = p.sheet("networks", [L["network"], L["city"], L["role"], L["joined"]], [30, 24, 16, 16])
    memberships = session.scalars(
        select(NetworkMembership).options(
            selectinload(NetworkMembership.network), selectinload(NetworkMembership.city)
        )
    ).all()
    for m in sorted(memberships, key=lambda m: (m.network.name, m.city.name_en)):
        s.add(
            [
                w.network(m.network),
                w.city(m.city),
                w.choice(m.role),
                w.date(m.joined_on, weekday=False),
            ]
        )
    if not memberships:
        s.empty(L["no_networks"])


def _targets(p: _Portfolio) -> None:
    """The Targets sheet: cities counting at each year's end (fiscal years where the office
    groups by them), with a chart."""
    L, w, session, today = p.labels, p.words, p.session, p.today
    targets = session.scalars(select(Target).order_by(Target.deadline, Target.id)).all()
    s = p.sheet(
        "targets",
        [L["fiscal_year"] if w.fiscal_years else L["year"], *[w.title_of(t) for t in targets]],
        [12, *[28 for _ in targets]],
    )
    ws = s.ws
    if not targets:
        s.empty(L["no_targets"])
        return
    first = min(
        w.year_of(t.starts_on) if t.starts_on else w.year_of(t.deadline) - 5 for t in targets
    )
    last = max(w.year_of(today), max(w.year_of(t.deadline) for t in targets))
    years = [y for y in range(first, last + 1) if w.year_end(y - 1) < today]
    cache: dict[str, dict[int, int]] = {}  # targets sharing a rule are counted once
    data = load_strategy_data(session, today)
    columns = []
    for t in targets:
        key = json.dumps(t.rule, sort_keys=True)
        if key not in cache:
            cache[key] = {
                year: count
                for year, count in counts_by_year(data, t.rule or {}, years, today, w.year_end)
            }
        columns.append(cache[key])
    start_row = s.row
    for year in years:
        s.add([w.year_cell(year), *[c.get(year) for c in columns]])
    s.add([L["target"], *[t.target_count for t in targets]])
    chart = LineChart()
    chart.title = L["chart_fiscal"] if w.fiscal_years else L["chart"]
    chart.y_axis.title = L["cities"]
    chart.x_axis.title = L["fiscal_year"] if w.fiscal_years else L["year"]
    chart.add_data(
        Reference(
            ws,
            min_col=2,
            max_col=1 + len(targets),
            min_row=start_row - 1,
            max_row=start_row - 1 + len(years),
        ),
        titles_from_data=True,
    )
    chart.set_categories(
        Reference(ws, min_col=1, min_row=start_row, max_row=start_row - 1 + len(years))
    )
    chart.y_axis.scaling.min = 0
    for series in chart.series:
        series.smooth = False
    chart.height, chart.width = 9, 18
    ws.add_chart(chart, f"{chr(ord('B') + len(targets) + 1)}5")


def _commitments(p: _Portfolio) -> None:
    """The Commitments sheet."""
    L, w, session, today = p.labels, p.words, p.session, p.today
    s = p.sheet(
        "commitments",
        [L["status"], L["count"], "", L["overdue_due"], L["owner"], L["city"], L["commitment"]],
        [14, 10, 2, 18, 10, 16, 60],
    )
    ws = s.ws
    by_status = Counter(session.scalars(select(Commitment.status)))
    overdue_all = commitment_lines(session, overdue_on=today, japanese_names=w.japanese)
    overdue = overdue_all[:OVERDUE_LISTED]  # the oldest first; a report, not the whole register
    rows = max(len(CommitmentStatus), len(overdue))
    statuses = list(CommitmentStatus)
    for i in range(rows):
        left = (
            [w.choice(statuses[i]), by_status.get(statuses[i], 0)]
            if i < len(statuses)
            else [None, None]
        )
        right = (
            [
                w.date(overdue[i].due_on, weekday=False),
                w.choice(overdue[i].owner_side),
                overdue[i].city,
                overdue[i].text,
            ]
            if i < len(overdue)
            else [None, None, None, None]
        )
        s.add([*left, None, *right])
    if len(overdue_all) > len(overdue):
        s.empty(w(WORDS["more"].format(count=f"{len(overdue_all) - len(overdue):,}")))
    chart = BarChart()
    chart.title = L["by_status"]
    chart.add_data(
        Reference(ws, min_col=2, min_row=4, max_row=4 + len(statuses)), titles_from_data=True
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=5, max_row=4 + len(statuses)))
    chart.height, chart.width = 7, 12
    ws.add_chart(chart, "I5")


def _meetings(p: _Portfolio) -> None:
    """The Meetings sheet: meetings per year (or fiscal year) and per objective."""
    L, w, session = p.labels, p.words, p.session
    s = p.sheet(
        "meetings",
        [
            L["fiscal_year"] if w.fiscal_years else L["year"],
            L["meetings_held"],
            "",
            L["objective"],
            L["meetings_held"],
        ],
        [12, 12, 2, 60, 12],
    )
    per_year = Counter(
        w.year_of(in_zone(t, HOME_ZONE).date()) for t in session.scalars(select(Meeting.starts_at))
    )
    per_objective = Counter(
        session.scalars(
            select(meeting_objective.c.objective_id).join(
                Meeting, Meeting.id == meeting_objective.c.meeting_id
            )
        )
    )
    objectives = session.scalars(select(Objective).order_by(Objective.number)).all()
    years_sorted = sorted(per_year)
    for i in range(max(len(years_sorted), len(objectives), 1)):
        left = (
            [w.year_cell(years_sorted[i]), per_year[years_sorted[i]]]
            if i < len(years_sorted)
            else [None, None]
        )
        right = (
            [w.objective(objectives[i]), per_objective.get(objectives[i].id, 0)]
            if i < len(objectives)
            else [None, None]
        )
        s.add([*left, None, *right])


def _lessons(p: _Portfolio) -> None:
    """The Lessons sheet: what was learned on trips and in meetings and the policy actions it
    led to, newest first (the same list the Objectives tab and the fiscal-year report show)."""
    L, w = p.labels, p.words
    s = p.sheet(
        "lessons",
        [
            L["learned_on"],
            L["where"],
            L["learned"],
            L["objective"],
            L["bureau"],
            L["action"],
            L["action_status"],
            L["action_on"],
        ],
        [14, 28, 40, 22, 20, 36, 12, 14],
    )
    rows = lesson_rows(p.session)
    for r in rows:
        s.add(
            [
                w.date(r.learned_on, weekday=False),
                r.source or "",
                r.learned,
                (r.objective_ja if w.japanese and r.objective_ja else r.objective) or "",
                (r.bureau_ja if w.japanese and r.bureau_ja else r.bureau) or "",
                r.action or "",
                w.choice(r.status),
                w.date(r.action_on, weekday=False) if r.action_on else "",
            ]
        )
    if not rows:
        s.empty(L["no_lessons"])


def export_portfolio(
    session: Session,
    target: Path,
    today: date | None = None,
    progress: Callable[[str], None] | None = None,
    *,
    include_confidential: bool = False,
    lang: str = "en",
) -> Path:
    wb = build_portfolio(
        session, today, progress=progress, include_confidential=include_confidential, lang=lang
    )
    save_workbook(wb, target)
    return Path(target)
