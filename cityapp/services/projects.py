"""Joint projects and what residents get from them: each indicator's progress from its baseline
towards its target (either way: fewer tonnes of CO₂ is progress), and projects counted by the
objectives they serve."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    Indicator,
    Measurement,
    Milestone,
    Objective,
    Project,
    ProjectStatus,
    project_objective,
)
from .records import InvalidRecord, rule


@dataclass(frozen=True)
class Progress:
    latest: Decimal | None  # the last measured value, if any
    measured_on: date | None
    share: float  # of the way from the baseline to the target: 0 at the start, 1 reached
    reached: bool

    def of_the_way(self, reached: str) -> str:
        """How far along, as a cell says it: "77%", the word for reached, or nothing unmeasured."""
        if self.latest is None:
            return ""
        return reached if self.reached else f"{self.share:.0%}"


def progress_of(indicator: Indicator, as_of: date | None = None) -> Progress:
    """The indicator as last measured (up to `as_of`), and how far along the way it is."""
    measured = [m for m in indicator.measurements if as_of is None or m.measured_on <= as_of]
    if not measured:
        return Progress(None, None, 0.0, False)
    last = max(measured, key=lambda m: m.measured_on)
    span = Decimal(indicator.target) - Decimal(indicator.baseline)
    share = float((Decimal(last.value) - Decimal(indicator.baseline)) / span)
    return Progress(last.value, last.measured_on, max(0.0, share), share >= 1.0)


def projects_by_objective(session: Session) -> dict[int, dict[str, int]]:
    """objective number -> {"all": projects serving it, "running": of which running}."""
    rows = session.execute(
        select(Objective.number, Project.status, func.count())
        .join(project_objective, project_objective.c.objective_id == Objective.id)
        .join(Project, Project.id == project_objective.c.project_id)
        .group_by(Objective.number, Project.status)
    )
    found: dict[int, dict[str, int]] = {}
    for number, status, count in rows:
        counts = found.setdefault(number, {"all": 0, "running": 0})
        counts["all"] += count
        if status == ProjectStatus.RUNNING:
            counts["running"] += count
    return found


def indicators_of(session: Session, project_id: int) -> list[Indicator]:
    """A project's indicators with their measurements (each shown with its progress)."""
    return list(
        session.scalars(
            select(Indicator)
            .where(Indicator.project_id == project_id)
            .options(selectinload(Indicator.measurements))
            .order_by(Indicator.id)
        )
    )


def milestones_of(session: Session, project_id: int) -> list[Milestone]:
    return list(
        session.scalars(
            select(Milestone)
            .where(Milestone.project_id == project_id)
            .order_by(Milestone.due_on, Milestone.id)
        )
    )


@dataclass(frozen=True)
class IndicatorLine:
    project_id: int
    project: str
    project_ja: str | None
    indicator: str
    unit: str
    baseline: Decimal
    target: Decimal
    target_on: date | None
    progress: Progress


def indicators_serving(
    session: Session, objective_id: int | None = None, as_of: date | None = None
) -> list[IndicatorLine]:
    """Every indicator of the projects serving an objective (all projects with None), each
    against its target as measured up to `as_of`: what residents got, for the dashboard and
    the fiscal-year report."""
    stmt = (
        select(Indicator, Project.title, Project.title_ja)
        .join(Project, Project.id == Indicator.project_id)
        .options(selectinload(Indicator.measurements))
        .order_by(Project.title, Indicator.id)
    )
    if objective_id is not None:
        stmt = stmt.where(
            Project.id.in_(
                select(project_objective.c.project_id).where(
                    project_objective.c.objective_id == objective_id
                )
            )
        )
    return [
        IndicatorLine(
            i.project_id,
            title,
            title_ja,
            i.name,
            i.unit,
            Decimal(i.baseline),
            Decimal(i.target),
            i.target_on,
            progress_of(i, as_of),
        )
        for i, title, title_ja in session.execute(stmt)
    ]


@rule(Measurement)
def _one_value_a_day(session: Session, measurement: Measurement | None, values: dict) -> dict:
    """An indicator has one measured value a day: a second is refused with its reason (the
    database's own rule would only say it failed)."""
    indicator_id = values.get("indicator_id", measurement.indicator_id if measurement else None)
    day = values.get("measured_on", measurement.measured_on if measurement else None)
    if indicator_id is None or day is None:
        return values
    stmt = select(Measurement.id).where(
        Measurement.indicator_id == indicator_id, Measurement.measured_on == day
    )
    if measurement is not None:
        stmt = stmt.where(Measurement.id != measurement.id)
    if session.scalar(stmt.limit(1)) is not None:
        raise InvalidRecord(
            {
                "measured_on": QT_TRANSLATE_NOOP(
                    "projects",
                    "A value was already measured on this day: edit that one instead.",
                )
            }
        )
    return values
