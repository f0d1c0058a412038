"""The offline world list: type-ahead in any script, with names, zone and place filled in."""

from __future__ import annotations

import pytest

from cityapp.worldcities import city_values, find_world_cities


@pytest.mark.parametrize(
    ("typed", "name", "local", "japanese", "country", "zone"),
    [
        ("tokyo", "Tokyo", "東京", "東京", "JP", "Asia/Tokyo"),
        ("東京", "Tokyo", "東京", "東京", "JP", "Asia/Tokyo"),
        ("москва", "Moscow", "Москва", "モスクワ", "RU", "Europe/Moscow"),
        ("서울", "Seoul", "서울", "ソウル", "KR", "Asia/Seoul"),
        ("seo", "Seoul", "서울", "ソウル", "KR", "Asia/Seoul"),
        ("القاهرة", "Cairo", "القاهرة", "カイロ", "EG", "Africa/Cairo"),
        ("wien", "Vienna", "Wien", "ウィーン", "AT", "Europe/Vienna"),
        ("sao paulo", "São Paulo", "São Paulo", "サンパウロ", "BR", "America/Sao_Paulo"),
    ],
)
def test_type_ahead_in_any_script(typed, name, local, japanese, country, zone):
    city = find_world_cities(typed, limit=1)[0]
    assert (city.name, city.name_local, city.name_ja, city.country_code, city.timezone) == (
        name,
        local,
        japanese,
        country,
        zone,
    )


def test_main_names_first_and_most_populous_first():
    found = find_world_cities("kyo", limit=5)
    assert len(found) == 5
    assert found[0].name == "Kyoto"
    main = [c for c in found if c.name.lower().startswith("kyo")]
    assert [c.population for c in main] == sorted((c.population for c in main), reverse=True)


def test_a_blank_or_unknown_name_finds_nothing():
    assert find_world_cities("   ") == []
    assert find_world_cities("zzqqxx") == []


def test_values_for_a_new_city():
    values = city_values(find_world_cities("berlin", limit=1)[0])
    assert values["country_code"] == "DE" and values["timezone"] == "Europe/Berlin"
    assert 52 < values["latitude"] < 53 and 13 < values["longitude"] < 14
