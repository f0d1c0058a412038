"""Showing instants as people read them: local time at the place, with home time beside it."""

from __future__ import annotations

from datetime import UTC, date, datetime
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


def as_utc(value: datetime | str) -> datetime:
    """An instant as a database driver gives it, read plainly (SQLite: text or a naive value in
    UTC; PostgreSQL: an aware value), as an aware UTC datetime."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def as_day(value: date | str | None) -> date | None:
    """A day as a database driver gives it, read plainly (SQLite: ISO text)."""
    return date.fromisoformat(value) if isinstance(value, str) else value
