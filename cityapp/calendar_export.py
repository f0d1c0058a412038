"""A trip's itinerary as an iCalendar file that Outlook and Google Calendar import.

One VEVENT per itinerary item, with a UID that stays the same across exports
(re-importing updates instead of duplicating), start and end in the item's
own zones (TZID, with a VTIMEZONE for each zone used), place and notes.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from icalendar import Calendar, Event

from . import __version__
from .clock import CLOCK
from .errors import UserError
from .models import Trip
from .timefmt import in_zone

PRODID = f"-//City Diplomacy Desk//{__version__}//EN"
UID_DOMAIN = "citydiplomacydesk"


def item_uid(item_id: int) -> str:
    return f"itinerary-item-{item_id}@{UID_DOMAIN}"


def trip_calendar(trip: Trip) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", trip.title)
    stamp = CLOCK.now().replace(microsecond=0)
    for item in sorted(trip.itinerary, key=lambda i: (i.starts_at, i.id)):
        event = Event()
        event.add("uid", item_uid(item.id))
        event.add("dtstamp", stamp)
        event.add("summary", item.title)
        event.add("dtstart", in_zone(item.starts_at, item.start_zone).replace(microsecond=0))
        event.add("dtend", in_zone(item.ends_at, item.end_zone).replace(microsecond=0))
        place = ", ".join(p for p in (item.venue, item.city.name_en if item.city else None) if p)
        if place:
            event.add("location", place)
        description = [f"{item.kind.value.capitalize()} — {trip.title}"]
        if item.details:
            description.append(item.details)
        event.add("description", "\n".join(description))
        event.add("categories", [item.kind.value])
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal


def write_atomically(data: bytes, target: Path) -> None:
    """Write to a temporary file beside the target, then replace it; the old file survives failures."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"The folder {folder} does not exist.")
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        try:
            os.replace(temp, target)
        except PermissionError as exc:
            raise UserError(
                f"Cannot replace {target}: it is open in another program. Close it and try "
                "again; the existing file was left as it was."
            ) from exc
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def export_trip_calendar(trip: Trip, target: Path) -> int:
    """Write the trip's calendar file; return the number of events."""
    cal = trip_calendar(trip)
    write_atomically(cal.to_ical(), target)
    return len(trip.itinerary)
