"""Conflict checks on a trip's itinerary, recomputed on every change.

Each warning names the items involved and has a stable key, so a planner
can acknowledge it with a note and it stops nagging (the note is kept).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..i18n import QT_TRANSLATE_NOOP
from ..models import ConflictAcknowledgement, ItineraryItem, ItineraryKind, Trip
from ..models.enums import TRANSPORT
from ..timefmt import in_zone, zone_label
from .itinerary import load_trip

TRAVEL = TRANSPORT
NOT_BUSY = {ItineraryKind.HOTEL, ItineraryKind.FREE}  # a stay or free time may overlap anything
MEETINGS = {ItineraryKind.MEETING}

OVERLAP, TRAVEL_LATE, TOO_CLOSE, HOURS, DAY_OFF, TERM_ENDED, OUTSIDE_TRIP = (
    "overlap",
    "travel",
    "buffer",
    "hours",
    "day_off",
    "term_ended",
    "outside_trip",
)


NO_VENUE = QT_TRANSLATE_NOOP("conflicts", "no venue")
OFFICE_HOLDER = QT_TRANSLATE_NOOP("conflicts", "office holder")
WEEKDAYS = (
    QT_TRANSLATE_NOOP("conflicts", "Monday"),
    QT_TRANSLATE_NOOP("conflicts", "Tuesday"),
    QT_TRANSLATE_NOOP("conflicts", "Wednesday"),
    QT_TRANSLATE_NOOP("conflicts", "Thursday"),
    QT_TRANSLATE_NOOP("conflicts", "Friday"),
    QT_TRANSLATE_NOOP("conflicts", "Saturday"),
    QT_TRANSLATE_NOOP("conflicts", "Sunday"),
)


@dataclass
class ConflictWarning:
    key: str
    rule: str
    message: str
    item_ids: tuple[int, ...]
    acknowledged: bool = False
    note: str | None = None
    acknowledged_by: str | None = None


@dataclass
class _Checker:
    trip: Trip
    warnings: list[ConflictWarning] = field(default_factory=list)

    def warn(self, rule: str, message: str, *items: ItineraryItem) -> None:
        ids = tuple(sorted(i.id for i in items))
        self.warnings.append(
            ConflictWarning(f"{rule}:{'-'.join(map(str, ids))}", rule, message, ids)
        )


def _local(item: ItineraryItem, end: bool = False):
    return in_zone(item.ends_at, item.end_zone) if end else in_zone(item.starts_at, item.start_zone)


def _hm(item: ItineraryItem, end: bool = False) -> str:
    moment = _local(item, end)
    return f"{moment:%Y-%m-%d %H:%M} {zone_label(item.end_zone if end else item.start_zone)}"


def _people(item: ItineraryItem, everyone: frozenset[int]) -> frozenset[int]:
    return frozenset(p.id for p in item.participants) or everyone


def _where(city_id: int | None, venue: str | None) -> tuple:
    return (city_id, (venue or "").strip().casefold())


def _arrival(item: ItineraryItem) -> tuple:
    """Where an item leaves its people: a leg's destination, anything else's place."""
    return _where(item.city_id, item.venue)


def _departure(item: ItineraryItem) -> tuple:
    """Where an item needs its people: a leg's origin, anything else's place."""
    if item.kind in TRANSPORT:
        return _where(item.origin_city_id, item.origin_venue)
    return _where(item.city_id, item.venue)


SATURDAY_SUNDAY = frozenset({5, 6})


@lru_cache(maxsize=256)
def days_off(country: str, subdivision: str | None, year: int) -> tuple[frozenset[int], dict]:
    """Where a meeting is: its weekend days (Friday and Saturday in Cairo or Riyadh) and its
    public holidays, the region's own included (Berlin's 8 March), from the holidays library."""
    import holidays

    try:
        found = holidays.country_holidays(
            country, subdiv=subdivision.upper() if subdivision else None, years=year
        )
    except (NotImplementedError, KeyError):
        return SATURDAY_SUNDAY, {}
    return frozenset(getattr(found, "weekend", SATURDAY_SUNDAY)), dict(found)


def check_trip(session: Session, trip_id: int) -> list[ConflictWarning]:
    """Every warning for a trip, acknowledged ones marked as such."""
    trip = load_trip(session, trip_id)
    if trip is None:
        return []
    warnings = check_loaded_trip(trip)
    acks = {
        a.warning_key: a
        for a in session.scalars(
            select(ConflictAcknowledgement).where(ConflictAcknowledgement.trip_id == trip_id)
        )
    }
    for w in warnings:
        ack = acks.get(w.key)
        if ack is not None:
            w.acknowledged, w.note, w.acknowledged_by = True, ack.note, ack.acknowledged_by
    return warnings


def check_loaded_trip(trip: Trip) -> list[ConflictWarning]:
    c = _Checker(trip)
    items = sorted(trip.itinerary, key=lambda i: (i.starts_at, i.position, i.id))
    everyone = frozenset(d.id for d in trip.delegates) or frozenset({0})
    busy = [i for i in items if i.kind not in NOT_BUSY]

    # Overlapping items for the same person; a late arrival says so in words.
    for n, a in enumerate(busy):
        for b in busy[n + 1 :]:
            if b.starts_at >= a.ends_at:
                break
            if not (_people(a, everyone) & _people(b, everyone)):
                continue
            if a.kind in TRAVEL:
                c.warn(
                    TRAVEL_LATE,
                    QT_TRANSLATE_NOOP(
                        "conflicts",
                        "“{first}” arrives at {arrives}, after “{second}” starts at {starts}.",
                    ).format(
                        first=a.title, arrives=_hm(a, end=True), second=b.title, starts=_hm(b)
                    ),
                    a,
                    b,
                )
            else:
                c.warn(
                    OVERLAP,
                    QT_TRANSLATE_NOOP(
                        "conflicts",
                        "“{first}” ({at}) and “{second}” ({then}) overlap for the same people.",
                    ).format(first=a.title, at=_hm(a), second=b.title, then=_hm(b)),
                    a,
                    b,
                )

    # Too little time to move between two places in one city: from where one item ends (a
    # train's arrival station) to where the next starts (a meeting, or a flight's airport).
    buffer = timedelta(minutes=trip.buffer_minutes)
    for a, b in zip(busy, busy[1:], strict=False):
        if not (_people(a, everyone) & _people(b, everyone)) or b.starts_at < a.ends_at:
            continue
        if a.kind in TRAVEL and b.kind in TRAVEL:
            continue  # a connection: the carriers plan the transfer
        left, needed = _arrival(a), _departure(b)
        if (
            left[0] is not None
            and left[0] == needed[0]
            and left != needed
            and b.starts_at - a.ends_at < buffer
        ):
            gap = int((b.starts_at - a.ends_at).total_seconds() // 60)
            c.warn(
                TOO_CLOSE,
                QT_TRANSLATE_NOOP(
                    "conflicts",
                    "Only {gap} minutes between “{first}” ({place}) and “{second}” ({next_place}); "
                    "allow at least {needed}.",
                ).format(
                    gap=gap,
                    first=a.title,
                    place=a.venue or NO_VENUE,
                    second=b.title,
                    next_place=(b.origin_venue if b.kind in TRAVEL else b.venue) or NO_VENUE,
                    needed=trip.buffer_minutes,
                ),
                a,
                b,
            )

    for item in items:
        start, end = _local(item), _local(item, end=True)
        if item.kind in MEETINGS:
            minutes_start = start.hour * 60 + start.minute
            minutes_end = end.hour * 60 + end.minute if end.date() == start.date() else 24 * 60
            if minutes_start < trip.workday_start or minutes_end > trip.workday_end:
                c.warn(
                    HOURS,
                    QT_TRANSLATE_NOOP(
                        "conflicts",
                        "“{title}” is outside working hours at the destination ({at}; working day "
                        "{starts}–{ends}).",
                    ).format(
                        title=item.title,
                        at=_hm(item),
                        starts=f"{trip.workday_start // 60:02d}:{trip.workday_start % 60:02d}",
                        ends=f"{trip.workday_end // 60:02d}:{trip.workday_end % 60:02d}",
                    ),
                    item,
                )
            place = item.city or trip.destination_city
            country = place.country_code if place else None
            day = start.date()
            weekend, holidays_there = (
                days_off(country, place.subdivision, day.year) if country else (SATURDAY_SUNDAY, {})
            )
            if day.weekday() in weekend:
                c.warn(
                    DAY_OFF,
                    QT_TRANSLATE_NOOP(
                        "conflicts", "“{title}” falls on a {weekday} ({day})."
                    ).format(
                        title=item.title, weekday=WEEKDAYS[day.weekday()], day=day.isoformat()
                    ),
                    item,
                )
            elif name := holidays_there.get(day):
                c.warn(
                    DAY_OFF,
                    QT_TRANSLATE_NOOP(
                        "conflicts",
                        "“{title}” falls on {holiday}, a public holiday in {country} ({day}).",
                    ).format(title=item.title, holiday=name, country=country, day=day.isoformat()),
                    item,
                )
            for meeting in trip.meetings:
                if meeting.itinerary_item_id != item.id:
                    continue
                for attendee in meeting.attendees:
                    person = attendee.counterpart
                    if person is not None and person.term_end is not None and person.term_end < day:
                        c.warn(
                            TERM_ENDED,
                            QT_TRANSLATE_NOOP(
                                "conflicts",
                                "“{title}” is with {name}, whose term as {position} ended on {day}.",
                            ).format(
                                title=item.title,
                                name=person.display_name,
                                position=person.position or OFFICE_HOLDER,
                                day=person.term_end.isoformat(),
                            ),
                            item,
                        )
        if start.date() < trip.start_date or end.date() > trip.end_date:
            c.warn(
                OUTSIDE_TRIP,
                QT_TRANSLATE_NOOP(
                    "conflicts",
                    "“{title}” ({starts} to {ends}) is outside the trip's dates, {first} to {last}.",
                ).format(
                    title=item.title,
                    starts=_hm(item),
                    ends=_hm(item, end=True),
                    first=trip.start_date.isoformat(),
                    last=trip.end_date.isoformat(),
                ),
                item,
            )
    return c.warnings


def acknowledge(
    session: Session, trip_id: int, key: str, note: str | None, actor: str
) -> ConflictAcknowledgement:
    ack = session.scalars(
        select(ConflictAcknowledgement).where(
            ConflictAcknowledgement.trip_id == trip_id, ConflictAcknowledgement.warning_key == key
        )
    ).first()
    if ack is None:
        ack = ConflictAcknowledgement(
            trip_id=trip_id, warning_key=key, note=note, acknowledged_by=actor
        )
        session.add(ack)
    else:
        ack.note, ack.acknowledged_by = note, actor
    session.flush()
    return ack


def withdraw_acknowledgement(session: Session, trip_id: int, key: str) -> None:
    ack = session.scalars(
        select(ConflictAcknowledgement).where(
            ConflictAcknowledgement.trip_id == trip_id, ConflictAcknowledgement.warning_key == key
        )
    ).first()
    if ack is not None:
        session.delete(ack)
        session.flush()
