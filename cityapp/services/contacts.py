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
from typing import Any

from sqlalchemy import (
    Integer,
    Select,
    String,
    func,
    literal,
    select,
    type_coerce,
    union,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

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

# Highest first, as the enumeration lists them: "at least deputy" is head of city or deputy.
MEETING_LEVELS = list(MeetingLevel)


class year_of(FunctionElement):
    """The year of a date or timestamp column, as an integer."""

    type = Integer()
    inherit_cache = True


@compiles(year_of)
def _year_default(element: year_of, compiler: Any, **kw: Any) -> str:
    return f"CAST(EXTRACT(YEAR FROM {compiler.process(element.clauses, **kw)}) AS INTEGER)"


@compiles(year_of, "sqlite")
def _year_sqlite(element: year_of, compiler: Any, **kw: Any) -> str:
    # SQLite keeps dates and timestamps as ISO text: the year is its first four characters.
    return f"CAST(substr({compiler.process(element.clauses, **kw)}, 1, 4) AS INTEGER)"


class fiscal_year_of(FunctionElement):
    """The Japanese fiscal year (April to March, named by its April) of a date or timestamp
    column, as an integer."""

    type = Integer()
    inherit_cache = True


@compiles(fiscal_year_of)
def _fiscal_year_default(element: fiscal_year_of, compiler: Any, **kw: Any) -> str:
    column = compiler.process(element.clauses, **kw)
    return (
        f"(CAST(EXTRACT(YEAR FROM {column}) AS INTEGER)"
        f" - CASE WHEN EXTRACT(MONTH FROM {column}) < 4 THEN 1 ELSE 0 END)"
    )


@compiles(fiscal_year_of, "sqlite")
def _fiscal_year_sqlite(element: fiscal_year_of, compiler: Any, **kw: Any) -> str:
    column = compiler.process(element.clauses, **kw)
    return (
        f"(CAST(substr({column}, 1, 4) AS INTEGER) - (CAST(substr({column}, 6, 2) AS INTEGER) < 4))"
    )


# Meetings read without their level: for relationship health, any meeting is contact.
ANY_LEVEL = "any"


def levels_at_least(level: MeetingLevel | str) -> list[MeetingLevel]:
    return MEETING_LEVELS[: MEETING_LEVELS.index(MeetingLevel(level)) + 1]


@dataclass(frozen=True, slots=True)
class Span:
    """The contacts of one kind with one city in one year."""

    first: date
    last: date


@dataclass(slots=True)
class Contacts:
    home: set[int] = field(default_factory=set)
    # city -> (meeting level, year) -> span
    meetings: dict[int, dict[tuple[str, int], Span]] = field(default_factory=dict)
    # city -> (trip direction, year) -> span
    visits: dict[int, dict[tuple[str, int], Span]] = field(default_factory=dict)
    # city -> the last meeting at any level, whatever levels were read
    last_any: dict[int, date] = field(default_factory=dict)

    def met(self, city: int, start: date, end: date, levels: list[MeetingLevel]) -> Span | None:
        """The latest meeting span at one of `levels` that has a meeting between start and end."""
        return _latest(self.meetings.get(city, {}), start, end, {str(v) for v in levels})

    def visited(self, city: int, start: date, end: date, directions: set[str]) -> Span | None:
        return _latest(self.visits.get(city, {}), start, end, directions)

    def last_meeting(
        self, city: int, before: date, levels: list[MeetingLevel] | None = None
    ) -> date | None:
        allowed = {str(v) for v in (levels or [*MEETING_LEVELS, ANY_LEVEL])}
        return _last_before(self.meetings.get(city, {}), before, allowed)

    def last_visit(self, city: int, before: date, directions: set[str]) -> date | None:
        return _last_before(self.visits.get(city, {}), before, directions)

    def contact_years(self, city: int, first_year: int, last_year: int) -> set[int]:
        years = {y for (_k, y) in self.meetings.get(city, {})}
        years |= {y for (_k, y) in self.visits.get(city, {})}
        return {y for y in years if first_year <= y <= last_year}


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


def _meeting_rows(
    levels: list[MeetingLevel] | None,
    end: datetime,
    since: date | None = None,
    cities: set[int] | None = None,
) -> Select:
    """(city_id, level, starts_at) once per meeting and partner city, up to `end` (of
    `cities` only, when given)."""
    place = select(Meeting.city_id, Meeting.level, Meeting.starts_at, Meeting.id).where(
        Meeting.city_id.is_not(None), Meeting.starts_at <= end
    )
    people = (
        select(Counterpart.city_id, Meeting.level, Meeting.starts_at, Meeting.id)
        .select_from(MeetingAttendee)
        .join(Counterpart, Counterpart.id == MeetingAttendee.counterpart_id)
        .join(Meeting, Meeting.id == MeetingAttendee.meeting_id)
        .where(Counterpart.city_id.is_not(None), Meeting.starts_at <= end)
    )
    if levels is not None:
        place = place.where(Meeting.level.in_(levels))
        people = people.where(Meeting.level.in_(levels))
    if since is not None:
        start = datetime(since.year, since.month, since.day, tzinfo=UTC)
        place = place.where(Meeting.starts_at >= start)
        people = people.where(Meeting.starts_at >= start)
    if cities is not None:
        place = place.where(Meeting.city_id.in_(cities))
        people = people.where(Counterpart.city_id.in_(cities))
    # Every row, duplicates and all: the first and last days are all that is read.
    return union_all(place, people)


def load_contacts(
    session: Session,
    until: date,
    *,
    levels: list[MeetingLevel] | str | None = None,
    visits: bool = True,
    since: date | None = None,
    cities: set[int] | None = None,
) -> Contacts:
    """Meetings and visits up to and including `until`, grouped by city, kind and year.

    `levels` keeps only meetings at those levels (the targets need few); the last meeting at
    any level since `since` is then known per city as well. ANY_LEVEL reads every meeting
    without its level, grouped under "any". Without `visits` no trip is read. `cities`
    reads those cities alone (a trip's route) instead of the whole office.
    """
    contacts = Contacts(home=set(session.scalars(select(City.id).where(City.is_home))))
    end = datetime(until.year, until.month, until.day, 23, 59, 59, tzinfo=UTC)

    if levels is None or levels:
        rows = _meeting_rows(None if levels == ANY_LEVEL else levels, end, None, cities).subquery()
        year = year_of(rows.c.starts_at)
        first = type_coerce(func.min(rows.c.starts_at), String)
        last = type_coerce(func.max(rows.c.starts_at), String)
        kind = literal(ANY_LEVEL) if levels == ANY_LEVEL else type_coerce(rows.c.level, String)
        for city, level, y, a, b in session.execute(
            # Plain text for the level: the enum's checks cost more than the query here.
            select(rows.c.city_id, kind, year, first, last).group_by(rows.c.city_id, kind, year)
        ):
            contacts.meetings.setdefault(city, {})[(str(level), int(y))] = Span(
                as_day(a), as_day(b)
            )
    if levels is None or levels == ANY_LEVEL:
        for city, groups in contacts.meetings.items():
            contacts.last_any[city] = max(span.last for span in groups.values())
    else:
        rows = _meeting_rows(None, end, since, cities).subquery()
        last = type_coerce(func.max(rows.c.starts_at), String)
        for city, b in session.execute(select(rows.c.city_id, last).group_by(rows.c.city_id)):
            contacts.last_any[city] = as_day(b)

    if visits:
        tc = trip_cities().subquery()
        year = year_of(Trip.start_date)
        visited = (
            select(
                tc.c.city_id,
                type_coerce(Trip.direction, String),
                year,
                func.min(Trip.start_date),
                func.max(Trip.start_date),
            )
            .join(Trip, Trip.id == tc.c.trip_id)
            .where(Trip.start_date <= until)
            .group_by(tc.c.city_id, Trip.direction, year)
        )
        if cities is not None:
            visited = visited.where(tc.c.city_id.in_(cities))
        for city, direction, y, a, b in session.execute(visited):
            contacts.visits.setdefault(city, {})[(str(direction), int(y))] = Span(
                as_day(a), as_day(b)
            )
    for table in (contacts.meetings, contacts.visits, contacts.last_any):
        for home in contacts.home:
            table.pop(home, None)
    return contacts


def years_before(day: date, years: int) -> date:
    """The same day `years` earlier (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return date(day.year - years, 2, 28)
