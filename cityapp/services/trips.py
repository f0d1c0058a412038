"""Reading trips for lists and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from ..models import City, Trip, TripDelegate, TripDirection, TripStatus


@dataclass(frozen=True, slots=True)
class TripRow:
    """One line of a trip list: enough to show and sort, no lazy loads."""

    id: int
    start_date: date
    end_date: date
    direction: TripDirection
    status: TripStatus
    title: str
    destination: str | None
    delegation_size: int


SORT_KEYS = {
    "id": Trip.id,
    "start_date": Trip.start_date,
    "end_date": Trip.end_date,
    "direction": Trip.direction,
    "status": Trip.status,
    "title": Trip.title,
}


def _trip_rows_query(text: str | None) -> Select:
    dest = aliased(City)
    delegation = (
        select(TripDelegate.trip_id, func.count().label("size"))
        .group_by(TripDelegate.trip_id)
        .subquery()
    )
    query = (
        select(
            Trip.id,
            Trip.start_date,
            Trip.end_date,
            Trip.direction,
            Trip.status,
            Trip.title,
            dest.name_en,
            func.coalesce(delegation.c.size, 0),
        )
        .outerjoin(dest, Trip.destination_city_id == dest.id)
        .outerjoin(delegation, delegation.c.trip_id == Trip.id)
    )
    if text:
        pattern = f"%{text.strip()}%"
        query = query.where(
            or_(
                Trip.title.ilike(pattern),
                dest.name_en.ilike(pattern),
                dest.name_local.ilike(pattern),
                dest.name_ja.ilike(pattern),
            )
        )
    return query


def trip_rows(
    session: Session,
    *,
    order: str = "start_date",
    descending: bool = False,
    text: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[TripRow]:
    """Trips sorted in SQL (then by id, so pages are stable)."""
    column = SORT_KEYS.get(order, Trip.start_date)
    query = _trip_rows_query(text).order_by(column.desc() if descending else column.asc(), Trip.id)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return [TripRow(*row) for row in session.execute(query)]


def count_trips(session: Session, *, text: str | None = None) -> int:
    return session.scalar(select(func.count()).select_from(_trip_rows_query(text).subquery())) or 0


def trip_detail(session: Session, trip_id: int) -> Trip | None:
    """A trip with what its detail pane shows, loaded now so it outlives the session."""
    from sqlalchemy.orm import selectinload

    query = (
        select(Trip)
        .where(Trip.id == trip_id)
        .options(
            selectinload(Trip.itinerary),
            selectinload(Trip.delegates).selectinload(TripDelegate.staff),
            selectinload(Trip.delegates).selectinload(TripDelegate.counterpart),
            selectinload(Trip.objectives),
            selectinload(Trip.destination_city),
            selectinload(Trip.lead_staff),
            selectinload(Trip.lead_counterpart),
        )
    )
    return session.scalars(query).first()


# A trip's status moves along idea → planning → confirmed → completed, one step back
# allowed, and any open trip can be cancelled (and a cancelled one revived as an idea or plan).
STATUS_STEPS = {
    TripStatus.IDEA: {TripStatus.PLANNING, TripStatus.CANCELLED},
    TripStatus.PLANNING: {TripStatus.IDEA, TripStatus.CONFIRMED, TripStatus.CANCELLED},
    TripStatus.CONFIRMED: {TripStatus.PLANNING, TripStatus.COMPLETED, TripStatus.CANCELLED},
    TripStatus.COMPLETED: {TripStatus.CONFIRMED},
    TripStatus.CANCELLED: {TripStatus.IDEA, TripStatus.PLANNING},
}


def status_problem(old: TripStatus | str, new: TripStatus | str) -> str | None:
    """Why a trip cannot go from `old` to `new` directly, or None."""
    old, new = TripStatus(old), TripStatus(new)
    if old == new or new in STATUS_STEPS[old]:
        return None
    allowed = ", ".join(sorted(s.value for s in STATUS_STEPS[old]))
    return f"A trip that is {old.value} can become {allowed}, not {new.value} directly."
