"""Showing instants as people read them: local time at the place, with home time beside it."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

HOME_ZONE = "Asia/Tokyo"


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc


def zone_label(name: str) -> str:
    """'Europe/Berlin' -> 'Berlin', 'America/Argentina/Buenos_Aires' -> 'Buenos Aires'."""
    return name.rsplit("/", 1)[-1].replace("_", " ")


def in_zone(instant: datetime, zone_name: str) -> datetime:
    return instant.astimezone(zone(zone_name))


def local_with_home(instant: datetime, zone_name: str, home: str = HOME_ZONE) -> str:
    """'2014-10-29 11:00 Berlin (19:00 Tokyo)'; the home date is shown too when it differs."""
    here = in_zone(instant, zone_name)
    text = f"{here:%Y-%m-%d %H:%M} {zone_label(zone_name)}"
    if zone_name == home:
        return text
    there = in_zone(instant, home)
    home_text = f"{there:%H:%M}" if there.date() == here.date() else f"{there:%Y-%m-%d %H:%M}"
    return f"{text} ({home_text} {zone_label(home)})"
