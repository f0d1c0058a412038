"""Global search: any part of any name, any script, case-insensitive on every backend."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from cityapp.models import City, Counterpart, SearchEntry
from cityapp.search import fold, rebuild_search_index, search
from tests import factories


def kinds_and_labels(session, text):
    return [(h.kind, h.label) for h in search(session, text)]


@pytest.mark.parametrize(
    ("query", "kind", "label_part"),
    [
        ("москва", "city", "Moscow"),
        ("МОСКВА", "city", "Moscow"),
        ("東京", "city", "Tokyo"),
        ("seoul", "city", "서울"),
        ("서울", "city", "Seoul"),
        ("sao paulo", "city", "São Paulo"),
        ("ＴＯＫＹＯ", "city", "Tokyo"),
        ("김민준", "counterpart", "Kim Min-jun"),
        ("volkova", "counterpart", "Волкова"),
        ("anmc", "network", "ANMC21"),
        ("memorandum", "agreement", "Seoul"),
        ("paralympic", "trip", "Sochi"),
        ("senate of berlin", "meeting", "Talks with the Senate of Berlin"),
    ],
)
def test_finds_in_any_script(demo_db, query, kind, label_part):
    with demo_db.factory() as s:
        hits = kinds_and_labels(s, query)
    assert any(k == kind and label_part in label for k, label in hits), hits


def test_a_city_search_also_finds_what_happened_there(demo_db):
    with demo_db.factory() as s:
        kinds = {h.kind for h in search(s, "Tomsk")}
    assert {"city", "counterpart", "agreement", "trip", "meeting"} <= kinds


def test_wildcards_are_taken_literally(demo_db):
    with demo_db.factory() as s:
        assert search(s, "%") == []
        assert search(s, "_") == []
        assert search(s, "   ") == []


def test_the_index_follows_every_change(db):
    with db.factory.begin() as s:
        city = factories.city(
            name_en="Tomsk", name_local="Томск", country_code="RU", timezone="Asia/Tomsk"
        )
        s.add(city)
    with db.factory() as s:
        assert [h.ref_id for h in search(s, "томск")] == [city.id]
    with db.factory.begin() as s:
        s.get(City, city.id).name_local = "Томь"
    with db.factory() as s:
        assert search(s, "томск") == []
        assert [h.label for h in search(s, "томь")] == ["Tomsk Томь (RU)"]
    with db.factory.begin() as s:
        s.delete(s.get(City, city.id))
    with db.factory() as s:
        assert search(s, "tomsk") == []
        assert s.scalar(select(SearchEntry)) is None


def test_a_rebuild_gives_the_same_index(demo_db):
    with demo_db.factory() as s:
        before = sorted(
            s.execute(
                select(SearchEntry.kind, SearchEntry.ref_id, SearchEntry.label, SearchEntry.text)
            ).all()
        )
    with demo_db.engine.begin() as conn:
        count = rebuild_search_index(conn)
    with demo_db.factory() as s:
        after = sorted(
            s.execute(
                select(SearchEntry.kind, SearchEntry.ref_id, SearchEntry.label, SearchEntry.text)
            ).all()
        )
    assert count == len(before) > 100
    assert after == before


def test_counterpart_labels_follow_the_persons_name_order(db):
    with db.factory.begin() as s:
        s.add(
            Counterpart(
                family_name="Kim",
                given_name="Min-jun",
                family_name_local="김",
                given_name_local="민준",
                family_name_first=True,
                position="Vice Mayor",
            )
        )
        s.add(
            Counterpart(
                family_name="Volkova",
                given_name="Anna",
                family_name_local="Волкова",
                given_name_local="Анна",
                position="Deputy Governor",
            )
        )
    with db.factory() as s:
        labels = sorted(h.label for h in search(s, "a"))
    assert labels == [
        "Anna Volkova Анна Волкова — Deputy Governor",
        "Kim Min-jun 김민준 — Vice Mayor",
    ]


def test_fold_is_stable():
    assert fold("Straße") == fold("STRASSE")
    assert fold("Москва") == "москва"


def test_renaming_a_city_refreshes_what_is_named_after_it(demo_db):
    from cityapp.models import Agreement

    with demo_db.factory.begin() as s:
        tomsk = s.scalars(select(City).where(City.name_en == "Tomsk")).one()
        tomsk.name_ja = "トムスク市"
    with demo_db.factory() as s:
        kinds = {h.kind for h in search(s, "トムスク市")}
        agreement = s.scalars(select(Agreement).where(Agreement.city_id == tomsk.id)).first()
    assert {"city", "agreement", "trip", "meeting", "counterpart", "organization"} <= kinds
    assert agreement is not None
