"""A trip's itinerary as an iCalendar file that Outlook and Google Calendar import.

One VEVENT per itinerary item, with a UID that stays the same across exports
(re-importing updates instead of duplicating), start and end in the item's
own zones (TZID, with a VTIMEZONE for each zone used), place and notes.
"""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar, Event
from sqlalchemy.orm import Session

from . import __version__, confidentiality
from .clock import CLOCK
from .errors import UserError
from .files import write_in_place
from .i18n import QT_TRANSLATE_NOOP
from .models import Trip
from .services.itinerary import item_place, slot_titles
from .timefmt import in_zone
from .wording import Wording

PRODID = f"-//City Diplomacy Desk//{__version__}//EN"
UID_DOMAIN = "citydiplomacydesk"


def item_uid(item_id: int) -> str:
    return f"itinerary-item-{item_id}@{UID_DOMAIN}"


# RFC 5545 allows no control characters in text but the tab (line breaks are escaped).
_CONTROLS = {c: None for c in [*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F]}


def calendar_text(value: object) -> str:
    """Text as a calendar may carry it: line breaks kept as such, other controls dropped."""
    text = "" if value is None else str(value)
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROLS)


MARKING = QT_TRANSLATE_NOOP("calendar", "CONFIDENTIAL")
MARKED_NAME = QT_TRANSLATE_NOOP("calendar", "{marking}: {name}")


def trip_calendar(trip: Trip, *, marked: bool = False, words: Wording | None = None) -> Calendar:
    """The trip's calendar; `marked` says CONFIDENTIAL in its name and in every event. Kinds,
    places and the marking are in `words`' language."""
    words = words or Wording()
    marking = words(MARKING)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    name = calendar_text(trip.title)
    cal.add(
        "x-wr-calname", words(MARKED_NAME.format(marking=marking, name=name)) if marked else name
    )
    stamp = CLOCK.now().replace(microsecond=0)
    titles = slot_titles(trip, words)
    for item in sorted(trip.itinerary, key=lambda i: (i.starts_at, i.id)):
        event = Event()
        event.add("uid", item_uid(item.id))
        event.add("dtstamp", stamp)
        event.add("summary", calendar_text(titles.get(item.id, item.title)))
        if marked:
            event.add("class", "CONFIDENTIAL")
        event.add("dtstart", in_zone(item.starts_at, item.start_zone).replace(microsecond=0))
        event.add("dtend", in_zone(item.ends_at, item.end_zone).replace(microsecond=0))
        place = item_place(item, words)
        if place:
            event.add("location", calendar_text(place))
        description = [f"{words.choice(item.kind)} — {trip.title}"]
        booking = " ".join(p for p in (item.carrier, item.service_number) if p)
        reference = item.booking_reference
        if booking or reference:
            description.append(words.join((booking, reference)))
        if item.address:
            description.append(item.address)
        if item.details:
            description.append(item.details)
        if marked:
            description.insert(0, marking)
        event.add("description", calendar_text("\n".join(description)))
        event.add("categories", [words.choice(item.kind)])
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal


def write_atomically(data: bytes, target: Path) -> None:
    """Write to a temporary file beside the target, then replace it; the old file survives failures."""
    write_in_place(target, ".tmp", lambda path: Path(path).write_bytes(data))


def export_trip_calendar(
    session: Session,
    trip_id: int,
    target: Path,
    *,
    include_confidential: bool = False,
    lang: str = "en",
) -> int:
    """Write the trip's calendar file; return the number of events.

    A confidential meeting's slot is left out, and a confidential trip refused,
    unless confidential content is asked for; the file is then marked.
    """
    from .services.itinerary import load_trip
    from .services.office import wording as office_wording

    confidentiality.check_trip(session, trip_id, include_confidential)
    with confidentiality.scope(session, include_confidential):
        trip = load_trip(session, trip_id)
        if trip is None:
            raise UserError(
                QT_TRANSLATE_NOOP("calendar", "There is no trip {id} (see: list trips).").format(
                    id=trip_id
                )
            )
        words = office_wording(session, lang)
        cal = trip_calendar(trip, marked=include_confidential, words=words)
        count = len(trip.itinerary)
    write_atomically(cal.to_ical(), target)
    return count
