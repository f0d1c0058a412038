"""Country names in English and Japanese, from the Unicode CLDR data that babel ships.

The names are kept in `resources/countries.json` (`scripts/make_country_names.py` writes it
from babel; a test keeps the two equal): reading it takes a millisecond, where babel's
locale data for two languages takes about 90 ms, and a form with a country field shows
the list at once.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

NAMES_FILE = Path(__file__).resolve().parents[1] / "resources" / "countries.json"
LANGUAGES = ("en", "ja")
NOT_COUNTRIES = ("EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ")


def names_from_cldr(language: str) -> dict[str, str]:
    """ISO 3166 alpha-2 code -> name, for real countries (no continents or numeric regions)."""
    from babel import Locale

    territories = Locale.parse(language).territories
    return {
        code: name
        for code, name in sorted(territories.items())
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
    }


@lru_cache(maxsize=1)
def _stored() -> dict[str, dict[str, str]]:
    try:
        return json.loads(NAMES_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # a damaged installation still knows the countries
        return {}


@lru_cache(maxsize=4)
def country_names(language: str = "en") -> dict[str, str]:
    """ISO 3166 alpha-2 code -> name, for real countries (no continents or numeric regions)."""
    stored = _stored().get(language)
    return dict(stored) if stored else names_from_cldr(language)


def country_name(code: str | None, language: str = "en") -> str:
    if not code:
        return ""
    return country_names(language).get(code.upper(), code.upper())


def is_country_code(code: str | None) -> bool:
    return bool(code) and code.upper() in country_names("en")


def country_code_of(text: str) -> str | None:
    """A country's code from its code (KR, kr) or its name in English or Japanese (韓国)."""
    if not text:
        return None
    if is_country_code(text):
        return text.upper()
    key = text.strip().casefold()
    for language in LANGUAGES:
        for code, name in country_names(language).items():
            if name.casefold() == key:
                return code
    return None
