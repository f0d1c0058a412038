"""One output's words in one language: codes as labels, names, dates, money, years."""

from __future__ import annotations

from datetime import UTC, date, datetime
from types import SimpleNamespace

import pytest

from cityapp.errors import UserError
from cityapp.models import Counterpart, StaffMember, TripDirection
from cityapp.wording import Wording, language_names, written_in_kanji_or_kana


def test_codes_dates_and_money_in_each_language():
    en, ja = Wording("en"), Wording("ja")
    assert (en.choice(TripDirection.OUTBOUND), en.choice("sister_city")) == (
        "Outbound",
        "Sister city",
    )
    assert (
        ja.choice(TripDirection.OUTBOUND) != "Outbound"
        and ja.choice("sister_city") == "姉妹都市提携"
    )
    assert en.choice(None) == ja.choice("") == ""
    assert (en.yes_no(True), ja.yes_no(False), ja.yes_no(None)) == ("yes", "いいえ", "")
    assert en.date(date(2015, 10, 14)) == "2015-10-14"
    assert ja.date(date(2015, 10, 14)) == "2015年10月14日（水）"
    assert ja.dates(date(2015, 10, 14), date(2015, 10, 17)) == "2015年10月14日～2015年10月17日"
    assert (en.yen(1850000), ja.yen(1850000)) == ("1,850,000", "1,850,000円")
    moment = datetime(2015, 10, 14, 8, 30, tzinfo=UTC)
    assert en.when(moment, "Europe/Berlin") == "2015-10-14 10:30 Berlin"
    assert ja.when(moment, "Europe/Berlin") == "2015年10月14日（水） 10:30 ベルリン"
    assert en.at_home(moment) == "2015-10-14 17:30 JST"
    assert ja.at_home(moment) == "2015年10月14日（水） 17:30（日本時間）"
    assert ja.join(["a", None, "b"]) == "a、b" and en.join(["a", "", "b"]) == "a, b"
    assert en.day_heading(date(2014, 10, 26)) == "Sunday 2014-10-26"
    assert ja.day_heading(date(2014, 10, 26)) == "2014年10月26日（日）"


def test_years_calendar_or_fiscal_with_or_without_the_era():
    assert [Wording("en").year(2015), Wording("ja").year(2015)] == ["2015", "2015年"]
    fiscal = Wording("ja", fiscal_years=True)
    assert (
        fiscal.year(2015) == "2015年度" and Wording("en", fiscal_years=True).year(2015) == "FY2015"
    )
    assert Wording("ja", era=True, fiscal_years=True).year(2019) == "令和元年度"
    assert Wording("ja", era=True).year(1989) == "平成元年"
    assert fiscal.year_of(date(2016, 3, 31)) == 2015 and fiscal.year_of(date(2016, 4, 1)) == 2016
    assert fiscal.year_end(2015) == date(2016, 3, 31) and Wording().year_end(2015) == date(
        2015, 12, 31
    )
    assert Wording().year_cell(2015) == 2015 and fiscal.year_cell(2015) == "2015年度"


def test_names_as_each_language_writes_them():
    ja, en = Wording("ja"), Wording("en")
    kim = Counterpart(
        family_name="Kim",
        given_name="Min-jun",
        family_name_first=True,
        family_name_local="김",
        given_name_local="민준",
        reading="キム・ミンジュン",
    )
    wang = Counterpart(
        family_name="Wang",
        given_name="Wei",
        family_name_first=True,
        family_name_local="王",
        given_name_local="伟",
    )
    khan = Counterpart(
        family_name="Khan", given_name="Sadiq", family_name_first=False, reading="サディク・カーン"
    )
    kanda = StaffMember(family_name="Kanda", given_name="Haruto", name_ja="神田 陽翔")
    assert [ja.person(p) for p in (kim, wang, khan, kanda)] == [
        "Kim Min-jun",  # Hangul is not read by most Japanese officers: the Latin name
        "王伟",
        "Sadiq Khan",
        "神田 陽翔",
    ]
    assert [en.person(p) for p in (wang, kanda)] == ["Wang Wei", "Kanda Haruto"]
    assert (ja.reading(khan), en.reading(khan)) == ("サディク・カーン", "")
    city = SimpleNamespace(name_en="Berlin", name_ja="ベルリン")
    assert (ja.city(city), en.city(city), ja.city(None)) == ("ベルリン", "Berlin", "")
    assert ja.city(SimpleNamespace(name_en="Tomsk", name_ja=None)) == "Tomsk"
    assert (ja.country("DE"), en.country("DE")) == ("ドイツ", "Germany")
    assert written_in_kanji_or_kana("ｶﾀｶﾅ") and not written_in_kanji_or_kana("김민준")


def test_languages_by_name_and_unknown_words_kept():
    assert language_names("de, en", "ja") == "ドイツ語、英語"
    assert language_names("Russian", "ja") == "ロシア語"
    assert language_names("ko, en", "en") == "Korean, English"
    assert language_names("English", "en") == "English"
    assert language_names("Esperanto-ish", "ja") == "Esperanto-ish"
    assert language_names(None, "ja") == ""


def test_an_unknown_language_is_refused():
    with pytest.raises(UserError):
        Wording("fr")
