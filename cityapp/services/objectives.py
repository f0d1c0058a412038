"""What serves each of the strategy's objectives: trips, meetings, agreements, commitments,
joint projects and the lessons turned into policy.

Trips, meetings, agreements and projects name the objectives they serve, a lesson the one it
bears on; a commitment serves those of the meeting it was made in. Counts go by year: a trip's
start, a meeting's day, an agreement's signing, a project's start, the day a lesson was learned,
and for a commitment the meeting it was made in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import (
    Agreement,
    Commitment,
    Lesson,
    Meeting,
    Objective,
    Project,
    Trip,
    agreement_objective,
    meeting_objective,
    project_objective,
    trip_objective,
)
from .contacts import as_day, fiscal_year_of
from .contacts import year_of as calendar_year_of
from .office import conventions

KINDS = ("trips", "meetings", "agreements", "commitments", "projects", "lessons")


@dataclass(slots=True)
class ObjectiveSummary:
    objective_id: int
    number: int
    title: str
    title_ja: str | None
    # kind -> year -> count
    counts: dict[str, dict[int, int]] = field(default_factory=dict)
    fiscal_years: bool = False  # the years are fiscal years (the office's setting)

    def total(self, kind: str) -> int:
        return sum(self.counts.get(kind, {}).values())

    def years(self) -> list[int]:
        return sorted({y for by_year in self.counts.values() for y in by_year})


def objective_summaries(session: Session) -> list[ObjectiveSummary]:
    """Each objective's trips, meetings, agreements and commitments by year, or by fiscal year
    where the office counts in them."""
    fiscal = conventions(session).fiscal_years
    year_of = fiscal_year_of if fiscal else calendar_year_of
    summaries = {
        o.id: ObjectiveSummary(
            o.id, o.number, o.title, o.title_ja, {k: {} for k in KINDS}, fiscal_years=fiscal
        )
        for o in session.scalars(select(Objective).order_by(Objective.number))
    }
    if not summaries:
        return []
    queries = {
        "trips": (
            trip_objective.c.objective_id,
            year_of(Trip.start_date),
            select().select_from(trip_objective).join(Trip, Trip.id == trip_objective.c.trip_id),
        ),
        "meetings": (
            meeting_objective.c.objective_id,
            year_of(Meeting.starts_at),
            select()
            .select_from(meeting_objective)
            .join(Meeting, Meeting.id == meeting_objective.c.meeting_id),
        ),
        "agreements": (
            agreement_objective.c.objective_id,
            year_of(func.coalesce(Agreement.signed_on, Agreement.effective_on)),
            select()
            .select_from(agreement_objective)
            .join(Agreement, Agreement.id == agreement_objective.c.agreement_id),
        ),
        "commitments": (
            meeting_objective.c.objective_id,
            year_of(Meeting.starts_at),
            select()
            .select_from(meeting_objective)
            .join(Meeting, Meeting.id == meeting_objective.c.meeting_id)
            .join(Commitment, Commitment.meeting_id == Meeting.id),
        ),
        "projects": (
            project_objective.c.objective_id,
            year_of(Project.starts_on),
            select()
            .select_from(project_objective)
            .join(Project, Project.id == project_objective.c.project_id),
        ),
        "lessons": (
            Lesson.objective_id,
            year_of(Lesson.learned_on),
            select().select_from(Lesson).where(Lesson.objective_id.is_not(None)),
        ),
    }
    for kind, (objective, year, base) in queries.items():
        stmt = base.add_columns(objective, year, func.count()).group_by(objective, year)
        for objective_id, y, count in session.execute(stmt):
            if y is not None and objective_id in summaries:
                summaries[objective_id].counts[kind][int(y)] = count
    return list(summaries.values())


@dataclass(frozen=True, slots=True)
class ServingItem:
    kind: str  # trip, meeting, agreement, commitment, project, lesson: the kind a window opens
    day: date | None
    title: str
    record_id: int


def objective_items(session: Session, objective_id: int, limit: int = 300) -> list[ServingItem]:
    """The newest `limit` of each kind that serve an objective, newest first overall."""
    items: list[ServingItem] = []
    for t_id, start, title in session.execute(
        select(Trip.id, Trip.start_date, Trip.title)
        .join(trip_objective, trip_objective.c.trip_id == Trip.id)
        .where(trip_objective.c.objective_id == objective_id)
        .order_by(Trip.start_date.desc())
        .limit(limit)
    ):
        items.append(ServingItem("trip", start, title, t_id))
    for m_id, start, title in session.execute(
        select(Meeting.id, Meeting.starts_at, Meeting.title)
        .join(meeting_objective, meeting_objective.c.meeting_id == Meeting.id)
        .where(meeting_objective.c.objective_id == objective_id)
        .order_by(Meeting.starts_at.desc())
        .limit(limit)
    ):
        items.append(ServingItem("meeting", as_day(start), title, m_id))
    for a_id, signed, title in session.execute(
        select(
            Agreement.id,
            func.coalesce(Agreement.signed_on, Agreement.effective_on),
            Agreement.title,
        )
        .join(agreement_objective, agreement_objective.c.agreement_id == Agreement.id)
        .where(agreement_objective.c.objective_id == objective_id)
        .order_by(Agreement.signed_on.desc())
        .limit(limit)
    ):
        items.append(ServingItem("agreement", as_day(signed) if signed else None, title, a_id))
    for c_id, start, text in session.execute(
        select(Commitment.id, Meeting.starts_at, Commitment.text)
        .join(Meeting, Meeting.id == Commitment.meeting_id)
        .join(meeting_objective, meeting_objective.c.meeting_id == Meeting.id)
        .where(meeting_objective.c.objective_id == objective_id)
        .order_by(Meeting.starts_at.desc())
        .limit(limit)
    ):
        items.append(ServingItem("commitment", as_day(start), text, c_id))
    for p_id, start, title in session.execute(
        select(Project.id, Project.starts_on, Project.title)
        .join(project_objective, project_objective.c.project_id == Project.id)
        .where(project_objective.c.objective_id == objective_id)
        .order_by(Project.starts_on.desc())
        .limit(limit)
    ):
        items.append(ServingItem("project", start, title, p_id))
    for lesson_id, learned_on, learned, action in session.execute(
        select(Lesson.id, Lesson.learned_on, Lesson.learned, Lesson.action)
        .where(Lesson.objective_id == objective_id)
        .order_by(Lesson.learned_on.desc())
        .limit(limit)
    ):
        title = f"{learned} → {action}" if action else learned
        items.append(ServingItem("lesson", learned_on, title, lesson_id))
    items.sort(key=lambda i: (i.day or date.min, i.kind), reverse=True)
    return items
