"""Dates, money and years as each language writes them.

English keeps the forms the program has always shown (2015-10-14, 1,850,000, 2015); Japanese
writes 2015年10月14日（水）, or with the era where a document calls for it (令和7年10月14日),
1,850,000円, and groups by fiscal year (年度, April to March) where the office asks for it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

# The eras of the modern calendar, newest first: (first day, name, the year of its year 1).
ERAS = (
    (date(2019, 5, 1), "令和", 2019),
    (date(1989, 1, 8), "平成", 1989),
    (date(1926, 12, 25), "昭和", 1926),
    (date(1912, 7, 30), "大正", 1912),
    (date(1873, 1, 1), "明治", 1868),  # Meiji 6: Japan's first day of the Gregorian calendar
)
WEEKDAYS_JA = "月火水木金土日"


def era_of(day: date) -> tuple[str, int] | None:
    """The era and its year (1 for the first), or None before the Gregorian calendar."""
    for first, name, year_one in ERAS:
        if day >= first:
            return name, day.year - year_one + 1
    return None


def _era_year(day: date) -> str:
    era = era_of(day)
    if era is None:
        return f"{day.year}年"
    name, year = era
    return f"{name}{'元' if year == 1 else year}年"


def format_date(
    day: date | None, language: str = "en", *, era: bool = False, weekday: bool = True
) -> str:
    """A day as the language writes it; empty for no day."""
    if day is None:
        return ""
    if language != "ja":
        return day.isoformat()
    year = _era_year(day) if era else f"{day.year}年"
    text = f"{year}{day.month}月{day.day}日"
    return text + f"（{WEEKDAYS_JA[day.weekday()]}）" if weekday else text


def format_yen(amount: int | float | None, language: str = "en") -> str:
    """A yen amount: 1,850,000 in English tables, 1,850,000円 in Japanese."""
    if amount is None:
        return ""
    number = f"{int(amount):,}" if float(amount).is_integer() else f"{amount:,.2f}"
    return f"{number}円" if language == "ja" else number


def format_yen_in_text(amount: int | float | Decimal, language: str = "en") -> str:
    """Yen said in a sentence or a cell that stands alone: ¥1,850,000, or 1,850,000円."""
    return format_yen(round(amount), language) if language == "ja" else f"¥{round(amount):,}"


def format_quantity(value: int | float | Decimal | None) -> str:
    """A measured quantity as people write it: thousands separated, no trailing zeros."""
    if value is None:
        return ""
    return f"{float(value):,.3f}".rstrip("0").rstrip(".")


def format_year(year: int, language: str = "en", *, era: bool = False) -> str:
    """A calendar year: 2015, or 2015年 (平成27年 with the era) in Japanese."""
    if language != "ja":
        return str(year)
    return _era_year(date(year, 12, 31)) if era else f"{year}年"


def fiscal_year(day: date) -> int:
    """The Japanese fiscal year a day falls in: April to March, named by its April."""
    return day.year if day.month >= 4 else day.year - 1


def fiscal_bounds(year: int) -> tuple[date, date]:
    """The Japanese fiscal year named by its April: 1 April to 31 March."""
    return date(year, 4, 1), date(year + 1, 3, 31)


def format_fiscal_year(year: int, language: str = "en", *, era: bool = False) -> str:
    """2015年度 (or 平成27年度) in Japanese, FY2015 in English."""
    if language != "ja":
        return f"FY{year}"
    if era:
        # Named by the era in force once the year is under way: fiscal 2019 (from April 2019,
        # still Heisei) is 令和元年度, as the government renamed it when Reiwa began on 1 May.
        return _era_year(date(year, 5, 1)).removesuffix("年") + "年度"
    return f"{year}年度"
