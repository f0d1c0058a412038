"""Itinerary times: local wall-clock times in the right zone, the day-by-day view, copying a trip.

Every item is stored as instants in UTC with the IANA zone of each end. A
time typed by a planner is local to the place; a local time that does not
exist (the hour skipped when clocks go forward) is refused rather than
guessed, and an hour that happens twice (clocks going back) is read as the
first of the two, as a printed timetable would mean it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    BudgetLine,
    City,
    ItineraryItem,
    Trip,
    TripDelegate,
    TripDirection,
    TripStatus,
    TripStop,
)
from ..models.enums import TRANSPORT
from ..timefmt import HOME_ZONE, in_zone, zone
from ..wording import Wording


def aware(local: datetime, zone_name: str) -> datetime:
    """A local wall-clock time in `zone_name` as an aware instant; refuses a time that does not exist."""
    if local.tzinfo is not None:
        return local.astimezone(zone(zone_name))
    candidate = local.replace(tzinfo=zone(zone_name), fold=0)
    back = candidate.astimezone(UTC).astimezone(zone(zone_name)).replace(tzinfo=None)
    if back != local:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "itinerary",
                "{moment} does not exist in {zone}: the clocks skip that hour. Use {time} or "
                "another time.",
            ).format(moment=f"{local:%Y-%m-%d %H:%M}", zone=zone_name, time=f"{back:%H:%M}")
        )
    return candidate


def local_wall(instant: datetime, zone_name: str) -> datetime:
    """The naive local wall-clock time of an instant in a zone (what a form shows)."""
    return in_zone(instant, zone_name).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class DayRow:
    """One line of the day-by-day view."""

    day: date  # the date at the place where the item starts
    item_id: int
    kind: str
    title: str
    place: str
    local: str  # '09:30–10:30 Berlin'
    home: str  # '16:30–17:30 Tokyo', with dates where they differ
    crosses_midnight: bool


def _span(
    start: datetime, end: datetime, start_zone: str, end_zone: str, day: date, words: Wording
) -> str:
    a, b = in_zone(start, start_zone), in_zone(end, end_zone)
    first = f"{a:%H:%M}" if a.date() == day else f"{_month_day(a, words)} {a:%H:%M}"
    second = f"{b:%H:%M}" if b.date() == a.date() else f"{_month_day(b, words)} {b:%H:%M}"
    where = (
        words.zone(start_zone)
        if start_zone == end_zone
        else f"{words.zone(start_zone)} → {words.zone(end_zone)}"
    )
    return f"{first}–{second} {where}"


def _month_day(moment: datetime, words: Wording) -> str:
    return f"{moment.month}月{moment.day}日" if words.japanese else f"{moment:%m-%d}"


def item_place(item: ItineraryItem, words: Wording | None = None) -> str:
    """Where an item happens: its place, or for a leg "from → to" (places and cities)."""
    words = words or Wording()
    there = words.place(item.venue, item.city)
    if item.kind not in TRANSPORT:
        return there
    here = words.place(item.origin_venue, item.origin_city)
    return f"{here} → {there}" if here and there else here or there


def slot_titles(trip: Any, words: Wording) -> dict[int, str]:
    """In Japanese, a meeting's itinerary slot is named by the meeting's Japanese title (where
    it has one): item id -> title."""
    if not words.japanese:
        return {}
    return {
        m.itinerary_item_id: m.title_ja
        for m in trip.meetings
        if m.itinerary_item_id is not None and m.title_ja
    }


def day_by_day(
    items: list[ItineraryItem],
    home_zone: str = HOME_ZONE,
    words: Wording | None = None,
    titles: dict[int, str] | None = None,
) -> list[DayRow]:
    """Items in time order, each on the day it starts where it starts, with home time beside it
    (places and zones named in `words`' language; `titles` names some items otherwise, see
    `slot_titles`)."""
    words = words or Wording()
    titles = titles or {}
    rows = []
    for item in sorted(items, key=lambda i: (i.starts_at, i.position, i.id or 0)):
        local_start = in_zone(item.starts_at, item.start_zone)
        day = local_start.date()
        home_start, home_end = in_zone(item.starts_at, home_zone), in_zone(item.ends_at, home_zone)
        home_first = (
            f"{home_start:%H:%M}"
            if home_start.date() == day
            else f"{_month_day(home_start, words)} {home_start:%H:%M}"
        )
        home_second = (
            f"{home_end:%H:%M}"
            if home_end.date() == home_start.date()
            else f"{_month_day(home_end, words)} {home_end:%H:%M}"
        )
        place = item_place(item, words)
        rows.append(
            DayRow(
                day=day,
                item_id=item.id,
                kind=item.kind.value,
                title=titles.get(item.id, item.title),
                place=place,
                local=_span(
                    item.starts_at, item.ends_at, item.start_zone, item.end_zone, day, words
                ),
                home=f"{home_first}–{home_second} {words.zone(home_zone)}",
                crosses_midnight=in_zone(item.ends_at, item.end_zone).date() != day,
            )
        )
    return rows


# What a transport leg or a hotel holds beside its place and times.
LEG_DETAILS = (
    "origin_city_id",
    "origin_venue",
    "carrier",
    "service_number",
    "origin_terminal",
    "destination_terminal",
    "booking_reference",
    "address",
)


def load_trip(session: Session, trip_id: int) -> Trip | None:
    """A trip with everything the planner and the checks read, loaded in a few queries."""
    from ..models import Meeting, MeetingAttendee

    return session.scalars(
        select(Trip)
        .where(Trip.id == trip_id)
        .options(
            selectinload(Trip.itinerary).selectinload(ItineraryItem.city),
            selectinload(Trip.itinerary).selectinload(ItineraryItem.origin_city),
            selectinload(Trip.stops).selectinload(TripStop.city),
            selectinload(Trip.itinerary).selectinload(ItineraryItem.participants),
            selectinload(Trip.delegates).selectinload(TripDelegate.staff),
            selectinload(Trip.delegates).selectinload(TripDelegate.counterpart),
            selectinload(Trip.meetings)
            .selectinload(Meeting.attendees)
            .selectinload(MeetingAttendee.counterpart),
            selectinload(Trip.meetings)
            .selectinload(Meeting.attendees)
            .selectinload(MeetingAttendee.staff),
            selectinload(Trip.meetings).selectinload(Meeting.objectives),
            selectinload(Trip.meetings).selectinload(Meeting.city),
            selectinload(Trip.budget_lines),
            selectinload(Trip.objectives),
            selectinload(Trip.destination_city),
            selectinload(Trip.lead_staff),
            selectinload(Trip.lead_counterpart),
        )
    ).first()


def item_values(item: ItineraryItem, shift_days: int = 0) -> dict[str, Any]:
    """An item's values, moved by whole days at its own local wall-clock times (for copies)."""
    start = local_wall(item.starts_at, item.start_zone) + timedelta(days=shift_days)
    end = local_wall(item.ends_at, item.end_zone) + timedelta(days=shift_days)
    return {
        "kind": item.kind,
        "title": item.title,
        "city_id": item.city_id,
        "venue": item.venue,
        "details": item.details,
        **{key: getattr(item, key) for key in LEG_DETAILS},
        "start_zone": item.start_zone,
        "end_zone": item.end_zone,
        "starts_at": aware(start, item.start_zone),
        "ends_at": aware(end, item.end_zone),
    }


def duplicate_item(session: Session, item_id: int, shift_days: int = 0) -> ItineraryItem:
    """A copy of an item (the next day by default in the planner), with the same participants."""
    item = session.get(ItineraryItem, item_id)
    if item is None:
        raise UserError(
            QT_TRANSLATE_NOOP("itinerary", "The itinerary item is gone; nothing was copied.")
        )
    copy = ItineraryItem(
        trip_id=item.trip_id,
        position=item.position + 1,
        **(item_values(item, shift_days) | {"booking_reference": None}),  # a new booking
    )
    copy.participants = list(item.participants)
    session.add(copy)
    session.flush()
    return copy


def copy_trip(
    session: Session,
    trip_id: int,
    start_date: date,
    *,
    title: str | None = None,
    direction: TripDirection | None = None,
) -> Trip:
    """Plan a new trip from an earlier one, every date moved so the new one starts on `start_date`.

    Itinerary items keep their local times (09:00 in Berlin stays 09:00 in
    Berlin across a change of clocks). A return visit (the other direction)
    keeps the purpose and objectives; its delegation and programme start empty.
    """
    source = load_trip(session, trip_id)
    if source is None:
        raise UserError(QT_TRANSLATE_NOOP("itinerary", "The trip to copy is gone."))
    shift = (start_date - source.start_date).days
    direction = direction or source.direction
    same_way = direction is source.direction
    home = session.scalars(select(City).where(City.is_home)).first()
    trip = Trip(
        title=title or f"{source.title} (copy)",
        direction=direction,
        purpose=source.purpose,
        status=TripStatus.IDEA,
        start_date=start_date,
        end_date=source.end_date + timedelta(days=shift),
        classification=source.classification,
        objectives=list(source.objectives),
        buffer_minutes=source.buffer_minutes,
        workday_start=source.workday_start,
        workday_end=source.workday_end,
        exchange_rates=dict(source.exchange_rates or {}),
        destination_city_id=source.destination_city_id
        if same_way
        else (
            home.id if direction is TripDirection.INBOUND and home else source.destination_city_id
        ),
        lead_staff_id=source.lead_staff_id if same_way else None,
        lead_counterpart_id=source.lead_counterpart_id if same_way else None,
    )
    session.add(trip)
    if same_way:
        delegates = {}
        for d in source.delegates:
            copy = TripDelegate(
                staff_id=d.staff_id,
                counterpart_id=d.counterpart_id,
                role=d.role,
                notes=d.notes,
                mobile=d.mobile,
            )
            delegates[d.id] = copy
            trip.delegates.append(copy)
        for item in source.itinerary:
            new = ItineraryItem(
                position=item.position,
                **(item_values(item, shift) | {"booking_reference": None}),  # to be booked
            )
            new.participants = [delegates[p.id] for p in item.participants if p.id in delegates]
            trip.itinerary.append(new)
        for line in source.budget_lines:
            trip.budget_lines.append(
                BudgetLine(
                    category=line.category,
                    description=line.description,
                    amount=line.amount,
                    currency=line.currency,
                    rate_to_jpy=line.rate_to_jpy,
                )
            )
    session.flush()
    return trip
