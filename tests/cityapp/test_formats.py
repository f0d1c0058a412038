"""Dates, money and years as English and Japanese write them."""

from __future__ import annotations

from datetime import date

import pytest

from cityapp.formats import era_of, fiscal_year, format_date, format_fiscal_year, format_yen


@pytest.mark.parametrize(
    ("day", "era"),
    [
        (date(2025, 10, 14), ("令和", 7)),
        (date(2019, 5, 1), ("令和", 1)),
        (date(2019, 4, 30), ("平成", 31)),
        (date(1989, 1, 8), ("平成", 1)),
        (date(1989, 1, 7), ("昭和", 64)),
        (date(1926, 12, 25), ("昭和", 1)),
        (date(1912, 7, 30), ("大正", 1)),
        (date(1900, 1, 1), ("明治", 33)),
        (date(1873, 1, 1), ("明治", 6)),
    ],
)
def test_the_era_changes_on_its_first_day(day, era):
    assert era_of(day) == era


def test_dates_as_each_language_writes_them():
    day = date(2015, 10, 14)
    assert format_date(day) == "2015-10-14"
    assert format_date(day, "ja") == "2015年10月14日（水）"
    assert format_date(day, "ja", weekday=False) == "2015年10月14日"
    assert format_date(date(2025, 10, 14), "ja", era=True, weekday=False) == "令和7年10月14日"
    assert format_date(date(2019, 5, 1), "ja", era=True) == "令和元年5月1日（水）"
    assert format_date(None, "ja") == ""


def test_money_and_fiscal_years():
    assert format_yen(1850000) == "1,850,000" and format_yen(1850000, "ja") == "1,850,000円"
    assert format_yen(1234.5, "ja") == "1,234.50円" and format_yen(None, "ja") == ""
    assert fiscal_year(date(2016, 3, 31)) == 2015 and fiscal_year(date(2016, 4, 1)) == 2016
    assert format_fiscal_year(2015, "ja") == "2015年度"
    assert format_fiscal_year(2015, "ja", era=True) == "平成27年度"
    assert format_fiscal_year(2019, "ja", era=True) == "令和元年度"  # as renamed in May 2019
    assert format_fiscal_year(2015) == "FY2015"


def test_era_dates_are_read_as_typed_and_refused_outside_their_era():
    from cityapp.typed import TypedValueError, parse_date

    assert parse_date("令和7年10月14日") == date(2025, 10, 14)
    assert parse_date("平成元年1月8日") == date(1989, 1, 8)
    assert parse_date("昭和64年1月7日") == date(1989, 1, 7)
    assert parse_date("R7.10.14") == parse_date("r7/10/14") == date(2025, 10, 14)
    assert parse_date("２０１５年１０月１４日（水）") == date(2015, 10, 14)
    assert parse_date("2015-10-14 (Wed)") == date(2015, 10, 14)
    for wrong in ("平成31年5月1日", "令和0年1月1日", "昭和64年1月8日", "令和7年2月30日"):
        with pytest.raises(TypedValueError):
            parse_date(wrong)
