"""What the program reads beside its code, checked: `cityapp info` lists it, and a bundle
missing a data file says which (CI runs it on the built bundle)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .i18n import QT_TRANSLATE_NOOP

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Check:
    name: str  # a Text: worded in the reader's language
    ok: bool
    detail: str


def _migrations() -> str:
    from .db import SCHEMA_HEAD
    from .migrations import head_revision

    head = head_revision()
    if head != SCHEMA_HEAD:
        raise LookupError(f"the scripts end at {head}, the program needs {SCHEMA_HEAD}")
    return head


def _file(*parts: str) -> Callable[[], str]:
    def check() -> str:
        path = ROOT.joinpath(*parts)
        if not path.is_file() or path.stat().st_size == 0:
            raise LookupError(f"{path} is missing")
        return "/".join(parts)

    return check


def _time_zones() -> str:
    import zoneinfo
    from datetime import datetime

    summer = datetime(2026, 7, 1, 12, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Berlin"))
    if summer.utcoffset().total_seconds() != 7200:
        raise LookupError("Europe/Berlin has the wrong offset")
    zones = len(zoneinfo.available_timezones())
    if zones < 400:
        raise LookupError(f"only {zones} time zones")
    return str(zones)


def _holidays() -> str:
    import holidays

    found = holidays.country_holidays("JP", years=2026)
    regional = holidays.country_holidays("DE", subdiv="BE", years=2026)
    if len(found) < 10 or not regional:
        raise LookupError("no holidays for Japan or Berlin")
    return str(len(found))


def _world_cities() -> str:
    from .worldcities import find_world_cities

    found = find_world_cities("Berlin", limit=3)
    if not found or found[0].timezone != "Europe/Berlin":
        raise LookupError("Berlin is not found")
    return f"{found[0].name}, {found[0].name_ja}"


def _cldr() -> str:
    from babel import Locale

    city = Locale.parse("ja").time_zones.get("Europe/Berlin", {}).get("city")
    if city != "ベルリン":
        raise LookupError("no Japanese names of time zones")
    return city


def _licences() -> str:
    from .licences import third_party_notice

    notice = third_party_notice()
    if "PySide6" not in notice or "GNU LESSER GENERAL PUBLIC LICENSE" not in notice:
        raise LookupError("the third-party notice lacks Qt's licence")
    return f"{len(notice) // 1024} KB"


CHECKS: list[tuple[str, Callable[[], str]]] = [
    (QT_TRANSLATE_NOOP("selfcheck", "database upgrades"), _migrations),
    (
        QT_TRANSLATE_NOOP("selfcheck", "Japanese translation"),
        _file("resources", "translations", "cityapp_ja.qm"),
    ),
    (QT_TRANSLATE_NOOP("selfcheck", "country names"), _file("resources", "countries.json")),
    (QT_TRANSLATE_NOOP("selfcheck", "world map"), _file("resources", "world", "land_110m.json")),
    (QT_TRANSLATE_NOOP("selfcheck", "icon"), _file("resources", "icon.png")),
    (QT_TRANSLATE_NOOP("selfcheck", "time zones"), _time_zones),
    (QT_TRANSLATE_NOOP("selfcheck", "public holidays"), _holidays),
    (QT_TRANSLATE_NOOP("selfcheck", "world cities"), _world_cities),
    (QT_TRANSLATE_NOOP("selfcheck", "names of time zones' cities"), _cldr),
    (QT_TRANSLATE_NOOP("selfcheck", "third-party licences"), _licences),
]


def run_checks() -> list[Check]:
    found = []
    for name, check in CHECKS:
        try:
            found.append(Check(name, True, check()))
        except Exception as exc:  # a missing file or module: said, never raised
            found.append(Check(name, False, f"{type(exc).__name__}: {exc}"))
    return found
