"""The trip status workflow: which status a trip can move to from the one it has."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Trip, TripStatus
from .records import InvalidRecord, rule

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


def trip_first_day(session: Session, trip_id: int) -> date | None:
    """The day a trip starts (a new meeting in it starts there too); None if it is gone."""
    return session.scalar(select(Trip.start_date).where(Trip.id == trip_id))


@rule(Trip)
def _status_workflow(session: Session, trip: Trip | None, values: dict) -> dict:
    """A trip moves idea → planning → confirmed → completed (or cancelled), step by step."""
    if trip is not None and values.get("status") is not None:
        problem = status_problem(trip.status, values["status"])
        if problem:
            raise InvalidRecord({"status": problem})
    return values
