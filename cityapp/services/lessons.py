"""What leaders and officers learned abroad or in meetings, and the policy actions it led to:
listed per trip or meeting, per objective, per bureau, and for the portfolio and the
fiscal-year report (one query, asked by every view)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from ..models import ActionStatus, Bureau, Lesson, Meeting, Objective, Trip


def lessons_of(
    session: Session, *, trip_id: int | None = None, meeting_id: int | None = None
) -> list[Lesson]:
    """A trip's or a meeting's lessons, oldest first (a trip's include its meetings')."""
    stmt = (
        select(Lesson)
        .options(selectinload(Lesson.bureau), selectinload(Lesson.objective))
        .order_by(Lesson.learned_on, Lesson.id)
    )
    if trip_id is not None:
        stmt = stmt.where(
            or_(
                Lesson.trip_id == trip_id,
                Lesson.meeting_id.in_(select(Meeting.id).where(Meeting.trip_id == trip_id)),
            )
        )
    else:
        stmt = stmt.where(Lesson.meeting_id == meeting_id)
    return list(session.scalars(stmt))


@dataclass(frozen=True, slots=True)
class LessonRow:
    lesson_id: int
    learned_on: date
    source: str  # the trip's or the meeting's title
    source_kind: str  # "trip" or "meeting": the page that opens it
    source_id: int
    learned: str
    objective: str | None  # "2. Title"
    objective_ja: str | None  # "2. 題名", where the objective has a Japanese title
    bureau: str | None
    bureau_ja: str | None
    action: str | None
    status: ActionStatus
    action_on: date | None


def lesson_rows(
    session: Session,
    *,
    objective_id: int | None = None,
    bureau_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[LessonRow]:
    """Lessons with where they were learned and what they led to, newest first; narrowed to
    an objective, a bureau, or the days from `since` to `until`."""
    trip, meeting = aliased(Trip), aliased(Meeting)
    stmt = (
        select(
            Lesson.id,
            Lesson.learned_on,
            trip.id,
            trip.title,
            meeting.id,
            meeting.title,
            Lesson.learned,
            Objective.number,
            Objective.title,
            Objective.title_ja,
            Bureau.name_en,
            Bureau.name_ja,
            Lesson.action,
            Lesson.action_status,
            Lesson.action_on,
        )
        .outerjoin(trip, trip.id == Lesson.trip_id)
        .outerjoin(meeting, meeting.id == Lesson.meeting_id)
        .outerjoin(Objective, Objective.id == Lesson.objective_id)
        .outerjoin(Bureau, Bureau.id == Lesson.bureau_id)
        .order_by(Lesson.learned_on.desc(), Lesson.id.desc())
    )
    conditions = []
    if objective_id is not None:
        conditions.append(Lesson.objective_id == objective_id)
    if bureau_id is not None:
        conditions.append(Lesson.bureau_id == bureau_id)
    if since is not None:
        conditions.append(Lesson.learned_on >= since)
    if until is not None:
        conditions.append(Lesson.learned_on <= until)
    if conditions:
        stmt = stmt.where(and_(*conditions))
    rows = []
    for (
        lesson_id,
        learned_on,
        trip_id,
        trip_title,
        meeting_id,
        meeting_title,
        learned,
        number,
        objective,
        objective_ja,
        bureau,
        bureau_ja,
        action,
        status,
        action_on,
    ) in session.execute(stmt):
        kind, source_id, source = (
            ("meeting", meeting_id, meeting_title)
            if meeting_id is not None
            else ("trip", trip_id, trip_title)
        )
        rows.append(
            LessonRow(
                lesson_id,
                learned_on,
                source,
                kind,
                source_id,
                learned,
                f"{number}. {objective}" if number is not None else None,
                f"{number}. {objective_ja}" if number is not None and objective_ja else None,
                bureau,
                bureau_ja,
                action,
                ActionStatus(status),
                action_on,
            )
        )
    return rows


def where_learned(session: Session, lesson_id: int) -> tuple[str, int] | None:
    """The page and record a lesson is shown on: ("meetings", id) or ("trips", id)."""
    row = session.execute(
        select(Lesson.meeting_id, Lesson.trip_id).where(Lesson.id == lesson_id)
    ).first()
    if row is None:
        return None
    return ("meetings", row[0]) if row[0] is not None else ("trips", row[1])
