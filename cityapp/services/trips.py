"""The trip status workflow: which status a trip can move to from the one it has."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..clock import CLOCK
from ..i18n import QT_TRANSLATE_NOOP, Joined, Text
from ..labels import choice_label
from ..models import DelegateRole, Meeting, MeetingAttendee, Side, Trip, TripDelegate, TripStatus
from ..wording import LIST_SEPARATOR
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


def status_problem(old: TripStatus | str, new: TripStatus | str) -> Text | None:
    """Why a trip cannot go from `old` to `new` directly, or None."""
    old, new = TripStatus(old), TripStatus(new)
    if old == new or new in STATUS_STEPS[old]:
        return None
    allowed = Joined(LIST_SEPARATOR, [choice_label(s) for s in sorted(STATUS_STEPS[old])])
    return QT_TRANSLATE_NOOP(
        "trips", "A trip that is {old} can become {allowed}, not {new} directly."
    ).format(old=choice_label(old), allowed=allowed, new=choice_label(new))


MAX_STOPS = 12

AS_OF_TRIP, AS_OF_TODAY = "trip", "today"


def known_on(trip_start: date, as_of: date | str | None = None, today: date | None = None) -> date:
    """The day a briefing states what was known on: a day given, "today", "trip" (its first
    day), or by default the first day of a trip already begun and today for one to come.

    A briefing re-exported for a past trip reads as it did when the delegation left:
    agreements, meetings, commitments, gifts and visits after that day are left out.
    """
    today = today or CLOCK.today()
    if isinstance(as_of, date):
        return as_of
    if as_of == AS_OF_TODAY:
        return today
    if as_of == AS_OF_TRIP:
        return trip_start
    return trip_start if trip_start <= today else today


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


@rule(Trip)
def _lead_in_delegation(session: Session, trip: Trip | None, values: dict) -> dict:
    """The trip's lead is in its delegation: a lead named (or changed) who is not in it yet
    joins it, at its head unless someone already heads it."""
    for key, column in (("lead_staff_id", "staff_id"), ("lead_counterpart_id", "counterpart_id")):
        lead = values.get(key)
        if lead is None:
            continue
        delegates = list(trip.delegates) if trip is not None else list(values.get("delegates", []))
        if any(getattr(d, column) == lead for d in delegates):
            continue
        headed = any(d.role == DelegateRole.HEAD for d in delegates)
        joining = TripDelegate(
            **{column: lead}, role=DelegateRole.STAFF if headed else DelegateRole.HEAD
        )
        if trip is not None:
            trip.delegates.append(joining)
        else:
            values = {**values, "delegates": [*delegates, joining]}
    return values


@rule(Meeting)
def _delegation_attends(session: Session, meeting: Meeting | None, values: dict) -> dict:
    """A new meeting on a trip starts with the trip's delegation at the table: our staff on
    our side, visiting counterparts on theirs (the officer removes who was not there)."""
    if meeting is not None or not values.get("trip_id") or values.get("attendees"):
        return values
    delegates = session.scalars(
        select(TripDelegate)
        .where(TripDelegate.trip_id == values["trip_id"])
        .order_by(TripDelegate.id)
    ).all()
    attendees = [
        MeetingAttendee(side=Side.OURS, staff_id=d.staff_id)
        if d.staff_id is not None
        else MeetingAttendee(side=Side.THEIRS, counterpart_id=d.counterpart_id)
        for d in delegates
    ]
    return {**values, "attendees": attendees} if attendees else values


@rule(Trip)
def _route_and_destination(session: Session, trip: Trip | None, values: dict) -> dict:
    """The route's first city is the trip's destination: a new route sets the destination,
    and a new destination (a form or import that names one city) becomes the first stop."""
    if "route" in values:
        route = list(dict.fromkeys(values["route"] or []))  # a city once
        if len(route) > MAX_STOPS:
            raise InvalidRecord(
                {
                    "route": QT_TRANSLATE_NOOP(
                        "trips", "A route has at most {most} cities."
                    ).format(most=MAX_STOPS)
                }
            )
        return {**values, "route": route, "destination_city_id": route[0] if route else None}
    if "destination_city_id" in values:
        rest = [s.city_id for s in trip.stops[1:]] if trip is not None else []
        first = values["destination_city_id"]
        route = ([first] if first else []) + [c for c in rest if c != first]
        return {**values, "route": route}
    return values
