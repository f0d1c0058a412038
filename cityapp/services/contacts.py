"""Who met whom, and who visited whom, per partner city: the facts behind targets and health.

A meeting belongs to the partner cities it involves: the city where it took place (unless that
is our own city) and the cities of the people on the other side. A visit belongs to the city we
travelled to, or to the cities of the visiting delegation. The database groups these by city,
kind and year, so that the dashboard reads a few thousand rows however large the office is;
each group keeps its first and last day, which is enough to answer "was there one between these
two days" exactly for windows of a year or more.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Select, extract, func, select, union
from sqlalchemy.orm import Session

from ..models import (
    City,
    Counterpart,
    Meeting,
    MeetingAttendee,
    MeetingLevel,
    Trip,
    TripDelegate,
    TripDirection,
    TripStatus,
)

# Highest first: "at least deputy" means head of city or deputy.
MEETING_LEVELS = [
    MeetingLevel.HEAD_OF_CITY,
    MeetingLevel.DEPUTY,
    MeetingLevel.SENIOR_OFFICIAL,
    MeetingLevel.WORKING,
]


def levels_at_least(level: MeetingLevel | str) -> list[MeetingLevel]:
    return MEETING_LEVELS[: MEETING_LEVELS.index(MeetingLevel(level)) + 1]


@dataclass(frozen=True, slots=True)
class Span:
    """The contacts of one kind with one city in one year."""

    first: date
    last: date
    count: int


@dataclass(slots=True)
class Contacts:
    home: set[int] = field(default_factory=set)
    # city -> (meeting level, year) -> span
    meetings: dict[int, dict[tuple[str, int], Span]] = field(default_factory=dict)
    # city -> (trip direction, year) -> span
    visits: dict[int, dict[tuple[str, int], Span]] = field(default_factory=dict)

    def met(self, city: int, start: date, end: date, levels: list[MeetingLevel]) -> Span | None:
        """The latest meeting span at one of `levels` that has a meeting between start and end."""
        return _latest(self.meetings.get(city, {}), start, end, {str(v) for v in levels})

    def visited(self, city: int, start: date, end: date, directions: set[str]) -> Span | None:
        return _latest(self.visits.get(city, {}), start, end, directions)

    def last_meeting(
        self, city: int, before: date, levels: list[MeetingLevel] | None = None
    ) -> date | None:
        allowed = {str(v) for v in (levels or MEETING_LEVELS)}
        return _last_before(self.meetings.get(city, {}), before, allowed)

    def last_visit(self, city: int, before: date, directions: set[str]) -> date | None:
        return _last_before(self.visits.get(city, {}), before, directions)

    def contact_years(self, city: int, first_year: int, last_year: int) -> set[int]:
        years = {y for (_k, y) in self.meetings.get(city, {})}
        years |= {y for (_k, y) in self.visits.get(city, {})}
        return {y for y in years if first_year <= y <= last_year}

    def partner_cities(self) -> set[int]:
        return (set(self.meetings) | set(self.visits)) - self.home


def _latest(
    groups: dict[tuple[str, int], Span], start: date, end: date, kinds: set[str]
) -> Span | None:
    # Exact for windows of at least a year: a group inside the window counts whole; in the
    # window's last year its first day must be on or before the end, in its first year its
    # last day on or after the start.
    best: Span | None = None
    for (kind, _year), span in groups.items():
        inside = kind in kinds and span.first <= end and span.last >= start
        if inside and (best is None or span.last > best.last):
            best = span
    return best


def _last_before(groups: dict[tuple[str, int], Span], before: date, kinds: set[str]) -> date | None:
    days = [
        span.last if span.last <= before else span.first
        for (kind, _y), span in groups.items()
        if kind in kinds and span.first <= before
    ]
    return max(days) if days else None


def meeting_cities() -> Select:
    """(meeting_id, city_id): the place of each meeting and the cities of the other side."""
    place = select(Meeting.id.label("meeting_id"), Meeting.city_id.label("city_id")).where(
        Meeting.city_id.is_not(None)
    )
    people = (
        select(MeetingAttendee.meeting_id.label("meeting_id"), Counterpart.city_id.label("city_id"))
        .join(Counterpart, Counterpart.id == MeetingAttendee.counterpart_id)
        .where(Counterpart.city_id.is_not(None))
    )
    return union(place, people)


def trip_cities() -> Select:
    """(trip_id, city_id) for trips and visits not cancelled."""
    going = (
        select(Trip.id.label("trip_id"), Trip.destination_city_id.label("city_id"))
        .where(Trip.direction == TripDirection.OUTBOUND, Trip.destination_city_id.is_not(None))
        .where(Trip.status != TripStatus.CANCELLED)
    )
    met_there = (
        select(Meeting.trip_id.label("trip_id"), Meeting.city_id.label("city_id"))
        .join(Trip, Trip.id == Meeting.trip_id)
        .where(Trip.direction == TripDirection.OUTBOUND, Meeting.city_id.is_not(None))
        .where(Trip.status != TripStatus.CANCELLED)
    )
    led = (
        select(Trip.id.label("trip_id"), Counterpart.city_id.label("city_id"))
        .join(Counterpart, Counterpart.id == Trip.lead_counterpart_id)
        .where(Trip.direction == TripDirection.INBOUND, Counterpart.city_id.is_not(None))
        .where(Trip.status != TripStatus.CANCELLED)
    )
    delegates = (
        select(TripDelegate.trip_id.label("trip_id"), Counterpart.city_id.label("city_id"))
        .join(Counterpart, Counterpart.id == TripDelegate.counterpart_id)
        .join(Trip, Trip.id == TripDelegate.trip_id)
        .where(Trip.direction == TripDirection.INBOUND, Counterpart.city_id.is_not(None))
        .where(Trip.status != TripStatus.CANCELLED)
    )
    return union(going, met_there, led, delegates)


def as_day(value: date | datetime | str) -> date:
    if isinstance(value, datetime):
        return value.astimezone(UTC).date() if value.tzinfo else value.date()
    if isinstance(value, str):  # SQLite hands back text for aggregates over a union
        return date.fromisoformat(value[:10])
    return value


def load_contacts(session: Session, until: date) -> Contacts:
    """Every meeting and visit up to and including `until`, grouped by city, kind and year."""
    contacts = Contacts(home=set(session.scalars(select(City.id).where(City.is_home))))
    end = datetime(until.year, until.month, until.day, 23, 59, 59, tzinfo=UTC)

    mc = meeting_cities().subquery()
    year = extract("year", Meeting.starts_at)
    rows = session.execute(
        select(
            mc.c.city_id,
            Meeting.level,
            year,
            func.min(Meeting.starts_at),
            func.max(Meeting.starts_at),
            func.count(),
        )
        .join(Meeting, Meeting.id == mc.c.meeting_id)
        .where(Meeting.starts_at <= end)
        .group_by(mc.c.city_id, Meeting.level, year)
    )
    for city, level, y, first, last, count in rows:
        contacts.meetings.setdefault(city, {})[(str(level), int(y))] = Span(
            as_day(first), as_day(last), count
        )

    tc = trip_cities().subquery()
    year = extract("year", Trip.start_date)
    rows = session.execute(
        select(
            tc.c.city_id,
            Trip.direction,
            year,
            func.min(Trip.start_date),
            func.max(Trip.start_date),
            func.count(),
        )
        .join(Trip, Trip.id == tc.c.trip_id)
        .where(Trip.start_date <= until)
        .group_by(tc.c.city_id, Trip.direction, year)
    )
    for city, direction, y, first, last, count in rows:
        contacts.visits.setdefault(city, {})[(str(direction), int(y))] = Span(
            as_day(first), as_day(last), count
        )
    for table in (contacts.meetings, contacts.visits):
        for home in contacts.home:
            table.pop(home, None)
    return contacts


def years_before(day: date, years: int) -> date:
    """The same day `years` earlier (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return date(day.year - years, 2, 28)


__all__ = [
    "MEETING_LEVELS",
    "Contacts",
    "Span",
    "levels_at_least",
    "load_contacts",
    "meeting_cities",
    "trip_cities",
    "years_before",
]
