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
from ..services.strategy import counts_by_year, load_strategy_data
from ..timefmt import in_zone
from .briefing import save_workbook
from .sheets import SheetWriter

MARKING = "INTERNAL — for official use"
MARKED = f"{confidentiality.MARKING} — contains confidential meetings"
OVERDUE_LISTED = 500


def build_portfolio(
    session: Session,
    today: date | None = None,
    exported_at: datetime | None = None,
    progress: Callable[[str], None] | None = None,
    *,
    include_confidential: bool = False,
) -> Workbook:
    """The report; `progress` hears the name of each sheet as it starts (and may raise to cancel).

    Confidential meetings and what they make confidential count and show only
    when asked for; every sheet is then marked CONFIDENTIAL.
    """
    with confidentiality.scope(session, include_confidential):
        return _build(
            session, today, exported_at, progress, MARKED if include_confidential else MARKING
        )


@dataclass(frozen=True)
class _Portfolio:
    """What every sheet of the report shares."""

    sheet: Callable[[str, list[str], list[int]], SheetWriter]
    session: Session
    today: date
    marking: str
    exported: str
    wb: Workbook


def _build(session, today, exported_at, progress, marking) -> Workbook:
    today = today or CLOCK.today()
    step = progress or (lambda _name: None)
    exported = f"Exported {in_zone(exported_at or CLOCK.now(), 'Asia/Tokyo'):%Y-%m-%d %H:%M} JST"
    wb = Workbook()
    wb.remove(wb.active)

    def sheet(name: str, headers: list[str], widths: list[int]) -> SheetWriter:
        return SheetWriter(
            wb.create_sheet(name),
            f"Portfolio: {name}",
            f"As of {today.isoformat()}",
            marking,
            headers,
            widths,
            exported,
        )

    p = _Portfolio(sheet, session, today, marking, exported, wb)
    step("Partners")
    _partners(p)
    step("Networks")
    _networks(p)
    step("Targets")
    _targets(p)
    step("Commitments")
    _commitments(p)
    step("Meetings")
    _meetings(p)
    return wb


def _partners(p: _Portfolio) -> None:
    """The Partners sheet."""
    sheet, session, today = p.sheet, p.session, p.today

    s = sheet(
        "Partners",
        ["City", "Local name", "Country", "Level", "Agreement", "Kind", "Signed", "Status"],
        [18, 16, 8, 12, 50, 16, 12, 12],
    )
    agreements = session.scalars(
        select(Agreement)
        .options(selectinload(Agreement.city))
        .join(City)
        .order_by(City.name_en, Agreement.signed_on)
    ).all()
    for a in agreements:
        status = "ended" if a.ended_on and a.ended_on <= today else "in force"
        s.add(
            [
                a.city.name_en,
                a.city.name_local,
                a.city.country_code,
                a.city.relationship_level.value,
                a.title,
                a.kind.value,
                a.signed_on,
                status,
            ]
        )
    if not agreements:
        s.empty("No agreements recorded.")


def _networks(p: _Portfolio) -> None:
    """The Networks sheet."""
    sheet, session = p.sheet, p.session
    s = sheet("Networks", ["Network", "City", "Role", "Joined"], [30, 24, 16, 12])
    memberships = session.scalars(
        select(NetworkMembership).options(
            selectinload(NetworkMembership.network), selectinload(NetworkMembership.city)
        )
    ).all()
    for m in sorted(memberships, key=lambda m: (m.network.name, m.city.name_en)):
        s.add([m.network.short_name or m.network.name, m.city.name_en, m.role.value, m.joined_on])
    if not memberships:
        s.empty("No network memberships recorded.")


def _targets(p: _Portfolio) -> None:
    """The Targets sheet."""
    session, today, marking, exported, wb = p.session, p.today, p.marking, p.exported, p.wb
    ws = wb.create_sheet("Targets")
    s = SheetWriter(
        ws,
        "Portfolio: Targets",
        f"As of {today.isoformat()}",
        marking,
        ["Year", *[t.title for t in session.scalars(select(Target).order_by(Target.deadline))]],
        [10, *[28 for _ in session.scalars(select(Target))]],
        exported,
    )
    targets = session.scalars(select(Target).order_by(Target.deadline)).all()
    if targets:
        first = min(t.starts_on.year if t.starts_on else t.deadline.year - 5 for t in targets)
        years = range(first, max(today.year, max(t.deadline.year for t in targets)) + 1)
        cache: dict[str, dict[int, int]] = {}  # targets sharing a rule are counted once
        data = load_strategy_data(session, today)
        columns = []
        for t in targets:
            key = json.dumps(t.rule, sort_keys=True)
            if key not in cache:
                cache[key] = dict(counts_by_year(data, t.rule or {}, years, today))
            columns.append(cache[key])
        start_row = s.row
        for year in years:
            s.add([year, *[c.get(year) for c in columns]])
        s.add(["Target", *[t.target_count for t in targets]])
        chart = LineChart()
        chart.title = "Cities with relations, by year"
        chart.y_axis.title = "Cities"
        chart.x_axis.title = "Year"
        data = Reference(
            ws,
            min_col=2,
            max_col=1 + len(targets),
            min_row=start_row - 1,
            max_row=start_row - 1 + len(years),
        )
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(
            Reference(ws, min_col=1, min_row=start_row, max_row=start_row - 1 + len(years))
        )
        chart.y_axis.scaling.min = 0
        for series in chart.series:
            series.smooth = False
        chart.height, chart.width = 9, 18
        ws.add_chart(chart, f"{chr(ord('B') + len(targets) + 1)}5")
    else:
        s.empty("No targets recorded.")


def _commitments(p: _Portfolio) -> None:
    """The Commitments sheet."""
    session, today, marking, exported, wb = p.session, p.today, p.marking, p.exported, p.wb
    ws = wb.create_sheet("Commitments")
    s = SheetWriter(
        ws,
        "Portfolio: Commitments",
        f"As of {today.isoformat()}",
        marking,
        ["Status", "Count", "", "Overdue: due", "Owner", "City", "Commitment"],
        [14, 10, 2, 14, 10, 16, 60],
        exported,
    )
    by_status = Counter(session.scalars(select(Commitment.status)))
    overdue_all = commitment_lines(session, overdue_on=today)
    overdue = overdue_all[:OVERDUE_LISTED]  # the oldest first; a report, not the whole register
    rows = max(len(CommitmentStatus), len(overdue))
    statuses = list(CommitmentStatus)
    for i in range(rows):
        left = (
            [statuses[i].value, by_status.get(statuses[i], 0)]
            if i < len(statuses)
            else [None, None]
        )
        right = (
            [overdue[i].due_on, overdue[i].owner_side, overdue[i].city, overdue[i].text]
            if i < len(overdue)
            else [None, None, None, None]
        )
        s.add([*left, None, *right])
    if len(overdue_all) > len(overdue):
        s.empty(
            f"… and {len(overdue_all) - len(overdue):,} more overdue: see the Commitments page or "
            "`list commitments --overdue`."
        )
    chart = BarChart()
    chart.title = "Commitments by status"
    chart.add_data(
        Reference(ws, min_col=2, min_row=4, max_row=4 + len(statuses)), titles_from_data=True
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=5, max_row=4 + len(statuses)))
    chart.height, chart.width = 7, 12
    ws.add_chart(chart, "I5")


def _meetings(p: _Portfolio) -> None:
    """The Meetings sheet."""
    sheet, session = p.sheet, p.session
    s = sheet("Meetings", ["Year", "Meetings", "", "Objective", "Meetings"], [10, 12, 2, 60, 12])
    per_year = Counter(
        m.year
        for m in (in_zone(t, "Asia/Tokyo") for t in session.scalars(select(Meeting.starts_at)))
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
            [years_sorted[i], per_year[years_sorted[i]]] if i < len(years_sorted) else [None, None]
        )
        right = (
            [
                f"{objectives[i].number}. {objectives[i].title}",
                per_objective.get(objectives[i].id, 0),
            ]
            if i < len(objectives)
            else [None, None]
        )
        s.add([*left, None, *right])


def export_portfolio(
    session: Session,
    target: Path,
    today: date | None = None,
    progress: Callable[[str], None] | None = None,
    *,
    include_confidential: bool = False,
) -> Path:
    wb = build_portfolio(
        session, today, progress=progress, include_confidential=include_confidential
    )
    save_workbook(wb, target)
    return Path(target)
