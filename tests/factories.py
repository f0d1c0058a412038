"""Rows for tests, with sensible defaults so a test names only what it is about."""

from __future__ import annotations

from datetime import date
from typing import Any

from cityapp.models import City, Trip, TripDirection, TripStatus


def city(**overrides: Any) -> City:
    values = {
        "name_en": "Berlin",
        "name_local": "Berlin",
        "country_code": "DE",
        "timezone": "Europe/Berlin",
    }
    return City(**(values | overrides))


def trip(**overrides: Any) -> Trip:
    values = {
        "title": "Berlin: working visit",
        "direction": TripDirection.OUTBOUND,
        "status": TripStatus.PLANNING,
        "start_date": date(2026, 3, 2),
        "end_date": date(2026, 3, 5),
    }
    return Trip(**(values | overrides))
