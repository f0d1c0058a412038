"""How an export or the command line words what it writes, in one language.

Every output (briefing, portfolio, meetings export, calendar, templates, command output) asks
one `Wording` for its words and values, so the same record reads the same everywhere:
messages from the catalogue, stored codes as their labels (`outbound` → 往訪), dates, times and
money in the language's conventions, city, country and network names from the records'
Japanese names where they have one, people as the language writes them. The office's settings
(the era on documents, fiscal years) come in through `cityapp.services.office.wording`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from .countries import country_name
from .formats import fiscal_year, format_date, format_fiscal_year, format_year, format_yen
from .i18n import LANGUAGES, QT_TRANSLATE_NOOP, Translate, shown, translator
from .labels import choice_label
from .timefmt import HOME_ZONE, in_zone, zone_label

YES = QT_TRANSLATE_NOOP("wording", "yes")
NO = QT_TRANSLATE_NOOP("wording", "no")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("wording", ", ")
RANGE = QT_TRANSLATE_NOOP("wording", "{first} – {last}")
AT_HOME = QT_TRANSLATE_NOOP("wording", "{moment} JST")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Scripts a Japanese reader reads as written: kanji and kana (Chinese and Japanese names).
_KANJI_KANA = (
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFF66, 0xFF9F),
)


def written_in_kanji_or_kana(text: str | None) -> bool:
    return bool(text) and any(
        lo <= ord(ch) <= hi for ch in text for lo, hi in _KANJI_KANA if not ch.isspace()
    )


@lru_cache(maxsize=512)
def zone_city(zone: str, language: str) -> str:
    """A time zone's city as the language names it ('Europe/Berlin' → ベルリン), from CLDR."""
    if language != "en":
        try:
            from babel import Locale

            city = Locale.parse(language).time_zones.get(zone, {}).get("city")
            if city:
                return city
        except Exception:  # no locale data: the English name still says where
            pass
    return zone_label(zone)


@lru_cache(maxsize=4)
def _language_names(language: str) -> dict[str, str]:
    """Language code, and English language name, -> the language's name in `language` (CLDR)."""
    try:
        from babel import Locale

        english, named = Locale.parse("en").languages, Locale.parse(language).languages
    except Exception:
        return {}
    found = {code.lower(): name for code, name in named.items() if "_" not in code}
    for code, name in english.items():
        if "_" not in code and code in named:
            found.setdefault(name.lower(), named[code])
    return found


def language_names(text: str | None, language: str) -> str:
    """'de, en' or 'German' in `language`: ドイツ語、英語; words it does not know stay as written."""
    if not text:
        return ""
    if language == "en" and not any(len(p.strip()) <= 3 for p in text.split(",")):
        return text
    names = _language_names(language)
    parts = [p.strip() for p in text.replace("、", ",").split(",") if p.strip()]
    separator = "、" if language == "ja" else ", "
    return separator.join(names.get(p.lower(), p) for p in parts)


@dataclass(frozen=True)
class Wording:
    """The words of one output in one language."""

    language: str = "en"
    era: bool = False  # Japanese dates with the era (令和7年10月14日) where a document asks
    fiscal_years: bool = False  # figures grouped by fiscal year (April to March)
    _translate: Translate = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            from .errors import UserError

            raise UserError(
                QT_TRANSLATE_NOOP("wording", "No words in {language}; use en or ja.").format(
                    language=repr(self.language)
                )
            )
        object.__setattr__(self, "_translate", translator(self.language))

    @property
    def japanese(self) -> bool:
        return self.language == "ja"

    # Words
    def __call__(self, value: Any) -> str:
        """A message (or an error carrying one) translated; anything else as text."""
        if value is None:
            return ""
        return shown(value, self._translate)

    def choice(self, value: Any) -> str:
        """A stored code as its label: 'sister_city' → 'Sister city' / 姉妹都市."""
        return self(choice_label(value)) if value is not None and value != "" else ""

    def yes_no(self, flag: bool | None) -> str:
        return "" if flag is None else self(YES if flag else NO)

    def join(self, parts: Any) -> str:
        return self(LIST_SEPARATOR).join(p for p in parts if p)

    # Dates, times, money, years
    def date(self, day: date | datetime | None, *, weekday: bool = True) -> str:
        if isinstance(day, datetime):
            day = day.date()
        return format_date(day, self.language, era=self.era, weekday=weekday)

    def day_heading(self, day: date) -> str:
        """A day as a page heads it, with its weekday: 'Sunday 2014-10-26', 2014年10月26日（日）."""
        if self.japanese:
            return self.date(day)
        return f"{WEEKDAYS_EN[day.weekday()]} {self.date(day)}"

    def dates(self, first: date | None, last: date | None) -> str:
        if first is None and last is None:
            return ""
        return self(
            RANGE.format(first=self.date(first, weekday=False), last=self.date(last, weekday=False))
        )

    def time(self, instant: datetime, zone: str | None = None) -> str:
        """24-hour clock, at `zone` when given."""
        local = in_zone(instant, zone) if zone else instant
        return f"{local:%H:%M}"

    def when(self, instant: datetime, zone: str, *, with_zone: bool = True) -> str:
        """A day and a time where it happens: '2015-10-14 10:00 Berlin' / 2015年10月14日（水）10:00 ベルリン."""
        local = in_zone(instant, zone)
        text = f"{self.date(local)} {local:%H:%M}"
        return f"{text} {self.zone(zone)}" if with_zone else text

    def at_home(self, instant: datetime) -> str:
        """A moment in Tokyo time (when a file was made): '2026-11-27 12:00 JST'."""
        local = in_zone(instant, HOME_ZONE)
        moment = (
            f"{local:%Y-%m-%d %H:%M}" if not self.japanese else f"{self.date(local)} {local:%H:%M}"
        )
        return self(AT_HOME.format(moment=moment))

    def languages(self, text: str | None) -> str:
        """Languages as codes ('de, en') or names ('German') in the output's language."""
        return language_names(text, self.language)

    def zone(self, zone: str) -> str:
        return zone_city(zone, self.language)

    def yen(self, amount: int | float | None) -> str:
        return format_yen(amount, self.language)

    def year_of(self, day: date) -> int:
        """The year a day is counted in: its fiscal year where the office groups by them."""
        return fiscal_year(day) if self.fiscal_years else day.year

    def year(self, year: int) -> str:
        """A year's heading: 2015 / 2015年, or FY2015 / 2015年度 (平成27年度 with the era)."""
        if self.fiscal_years:
            return format_fiscal_year(year, self.language, era=self.era)
        return format_year(year, self.language, era=self.era)

    def year_cell(self, year: int) -> int | str:
        """A year in a table: a number where it reads as one (2015), else its heading."""
        return year if not self.fiscal_years and not self.japanese else self.year(year)

    def year_end(self, year: int) -> date:
        """The last day of a counted year."""
        return date(year + 1, 3, 31) if self.fiscal_years else date(year, 12, 31)

    # Names
    def city(self, city: Any) -> str:
        """A city by its name in the language: the record's Japanese name, else its English one."""
        if city is None:
            return ""
        if self.japanese and getattr(city, "name_ja", None):
            return city.name_ja
        return city.name_en

    def place(self, venue: str | None, city: Any) -> str:
        """A venue and its city ("Rotes Rathaus, Berlin"); a venue that names its city already
        ("City Hall, London") is not followed by it again."""
        town = self.city(city)
        if venue and town and (town in venue or (city is not None and city.name_en in venue)):
            return venue
        return self.join((venue, town))

    def country(self, code: str | None) -> str:
        return country_name(code, self.language) if code else ""

    def network(self, network: Any) -> str:
        if network is None:
            return ""
        if self.japanese and getattr(network, "name_ja", None):
            return network.name_ja
        return network.short_name or network.name

    def person(self, person: Any) -> str:
        """A person as the language writes them: our officers family name first (in kanji in
        Japanese), counterparts in kanji or kana where that is their own script, else in Latin
        letters in their own order."""
        if person is None:
            return ""
        if self.japanese:
            own = getattr(person, "name_ja", None) or getattr(person, "local_name", None)
            if written_in_kanji_or_kana(own):
                return own
        return person.display_name

    def reading(self, person: Any) -> str:
        """The reading (フリガナ, or a foreign name in katakana), shown in Japanese outputs."""
        return (getattr(person, "reading", None) or "") if self.japanese else ""

    def objective(self, objective: Any) -> str:
        title = objective.title_ja if self.japanese and objective.title_ja else objective.title
        return f"{objective.number}. {title}"

    def title_of(self, record: Any) -> str:
        """A record's title in the language where it has one in Japanese (targets, objectives)."""
        if self.japanese and getattr(record, "title_ja", None):
            return record.title_ja
        return record.title
