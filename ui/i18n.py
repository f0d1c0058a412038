"""The window's side of `cityapp.i18n`: messages translated through Qt's translator."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from cityapp import i18n
from cityapp.formats import format_date
from cityapp.timefmt import in_zone, zone_label
from cityapp.wording import Wording


def translated(value: Any) -> str:
    """A message (or an error carrying one) in the window's language; anything else as str."""
    return i18n.shown(value, QCoreApplication.translate)


def day(value: date | datetime | None, *, weekday: bool = False) -> str:
    """A day in the window's language: 2015-10-14, or 2015年10月14日 (（水） with `weekday`)."""
    from ui import language

    if isinstance(value, datetime):
        value = value.date()
    return format_date(value, language.current(), weekday=weekday)


def moment(instant: datetime, zone: str) -> str:
    """A day and time where it happens, in the window's language: '2015-10-14 10:00 Berlin',
    2015年10月14日（水）10:00 ベルリン."""
    from ui import language

    if language.current() == "ja":
        return Wording("ja").when(instant, zone)
    return f"{in_zone(instant, zone):%Y-%m-%d %H:%M} {zone_label(zone)}"
