"""Reading what an officer types: dates, times of day and amounts of money.

Text is taken as typed or refused in words; nothing is guessed silently
(a day that does not exist is refused, not moved into the next month).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from .i18n import QT_TRANSLATE_NOOP

_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_DATETIME = re.compile(
    r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[ T]?\s*(\d{1,2})[:時](\d{2})分?\s*$"
)
# A Japanese era date: 令和7年10月14日, 平成元年1月8日, R7.10.14, H27/4/1.
_ERA_DATE = re.compile(
    r"^\s*(令和|平成|昭和|大正|明治|[RHSTMrhstm])\s*(元|\d{1,2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]"
    r"\s*(\d{1,2})\s*日?\s*$"
)
_ERA_LETTERS = {"R": "令和", "H": "平成", "S": "昭和", "T": "大正", "M": "明治"}
# A weekday written after a date: 2015年10月14日（水）, 2015-10-14 (Wed)
_WEEKDAY = re.compile(
    r"\s*\(\s*(?:[月火水木金土日]|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*\)\s*$", re.I
)
_CURRENCY_MARKS = re.compile(r"(?i)^(jpy|yen|円|¥|￥|\$|€|£|usd|eur|gbp)|(jpy|yen|円)$")


def _normal(text: str) -> str:
    """Full-width digits and punctuation (typed with a Japanese input method) as plain ones."""
    return unicodedata.normalize("NFKC", text).strip()


class TypedValueError(ValueError):
    """Typed text that is not a value; the message says why, in words."""


NOT_A_DAY = QT_TRANSLATE_NOOP("typed", "{text} is not a day in the calendar.")


def parse_date(text: str) -> date | None:
    """'2015-03-15' (or 2015/3/15, 2015年3月15日, 令和7年10月14日, R7.10.14, with or without the
    weekday after it) as a date; empty text is no date."""
    text = _WEEKDAY.sub("", _normal(text))
    if not text:
        return None
    era = _ERA_DATE.match(text)
    if era:
        return _era_date(text, *era.groups())
    match = _DATE.match(text)
    if not match:
        raise TypedValueError(
            QT_TRANSLATE_NOOP(
                "typed", "“{text}” is not a date: type it as year-month-day, like 2015-03-15."
            ).format(text=text)
        )
    year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise TypedValueError(NOT_A_DAY.format(text=text)) from None


def _era_date(text: str, era: str, year: str, month: str, day: str) -> date:
    """A date written with the Japanese era; refused when the day is not in that era."""
    from .formats import ERAS, era_of

    name = _ERA_LETTERS.get(era.upper(), era)
    year_one = next(start for _first, era_name, start in ERAS if era_name == name)
    number = 1 if year == "元" else int(year)
    try:
        found = date(year_one + number - 1, int(month), int(day))
    except ValueError:
        raise TypedValueError(NOT_A_DAY.format(text=text)) from None
    if number < 1 or (era_of(found) or ("", 0))[0] != name:
        raise TypedValueError(
            QT_TRANSLATE_NOOP("typed", "{text} is not a day of the {era} era.").format(
                text=text, era=name
            )
        )
    return found


def parse_datetime(text: str) -> datetime | None:
    """'2015-03-15 09:30' as a wall-clock date and time (naive: its zone is another field)."""
    text = _normal(text)
    if not text:
        return None
    match = _DATETIME.match(text)
    if not match:
        if _DATE.match(text):
            raise TypedValueError(
                QT_TRANSLATE_NOOP("typed", "Add the time to “{text}”, like {text} 09:30.").format(
                    text=text
                )
            )
        raise TypedValueError(
            QT_TRANSLATE_NOOP(
                "typed", "“{text}” is not a date and time: type it like 2015-03-15 09:30."
            ).format(text=text)
        )
    year, month, day, hour, minute = (int(g) for g in match.groups())
    try:
        date(year, month, day)
    except ValueError:
        raise TypedValueError(NOT_A_DAY.format(text=text)) from None
    if hour > 23 or minute > 59:
        raise TypedValueError(
            QT_TRANSLATE_NOOP("typed", "{time} is not a time of day.").format(
                time=f"{hour}:{minute:02d}"
            )
        )
    return datetime(year, month, day, hour, minute)


def parse_money(text: str) -> int | float | None:
    """'1,850,000', '¥1,850,000', '1850000円' and '1 850 000' are all 1,850,000.

    A comma groups thousands; a point separates decimals. Whole amounts come back as int.
    """
    text = _normal(text)
    if not text:
        return None
    bare = text
    for _ in range(2):
        bare = _CURRENCY_MARKS.sub("", bare.strip())
    bare = bare.strip().replace(" ", "").replace("\u00a0", "")
    if not re.fullmatch(r"-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?", bare):
        raise TypedValueError(
            QT_TRANSLATE_NOOP("typed", "“{text}” is not an amount: type it like 1,850,000.").format(
                text=text
            )
        )
    number = float(bare.replace(",", ""))
    return int(number) if number.is_integer() else number


def format_money(value: int | float | None) -> str:
    """An amount with thousands separators: 1850000 -> '1,850,000'; 12.5 -> '12.50'."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}"
