"""Country names in English and Japanese, from the Unicode CLDR data that babel ships."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale


@lru_cache(maxsize=4)
def country_names(language: str = "en") -> dict[str, str]:
    """ISO 3166 alpha-2 code -> name, for real countries (no continents or numeric regions)."""
    territories = Locale.parse(language).territories
    return {
        code: name
        for code, name in territories.items()
        if len(code) == 2
        and code.isalpha()
        and code not in ("EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ")
    }


def country_name(code: str | None, language: str = "en") -> str:
    if not code:
        return ""
    return country_names(language).get(code.upper(), code.upper())


def is_country_code(code: str | None) -> bool:
    return bool(code) and code.upper() in country_names("en")
