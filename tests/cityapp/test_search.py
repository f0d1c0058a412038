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
        (
            "ベルリン州政府との会談",
            "meeting",
            "Talks with the Senate of Berlin",
        ),  # its Japanese title
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


def test_kana_of_either_kind_and_greek_without_accents_find_each_other(db):
    with db.factory.begin() as s:
        s.add_all(
            [
                factories.city(name_en="Berlin", name_ja="ベルリン", country_code="DE"),
                factories.city(
                    name_en="Athens", name_local="Αθήνα", name_ja="アテネ", country_code="GR"
                ),
                factories.city(name_en="Kyiv", name_local="Київ", country_code="UA"),
            ]
        )
    with db.factory() as s:
        for query in ("べるりん", "ベルリン", "ﾍﾞﾙﾘﾝ", "るり"):
            assert ("city", "Berlin") in [
                (k, lbl.split(" ")[0]) for k, lbl in kinds_and_labels(s, query)
            ], query
        for query in ("ΑΘΗΝΑ", "αθηνα", "Αθήνα", "あてね"):
            assert any("Athens" in lbl for _k, lbl in kinds_and_labels(s, query)), query
        assert not kinds_and_labels(s, "ばるりん")  # voicing marks still count
        assert any("Kyiv" in lbl for _k, lbl in kinds_and_labels(s, "київ"))
        assert not kinds_and_labels(s, "киив")  # ї is a letter of its own, not и with marks


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


def _every_match(session, query: str) -> set[tuple[str, int]]:
    """What a search must find: the entries whose text holds the folded query, read one by one."""
    wanted = fold(query).strip()
    return {(e.kind, e.ref_id) for e in session.scalars(select(SearchEntry)) if wanted in e.text}


def _samples(session, count: int = 150) -> list[str]:
    """Pieces of one to six characters cut from the entries' text, in every script they hold,
    with a few that no entry holds."""
    import random

    texts = [t.strip() for t in session.scalars(select(SearchEntry.text))]
    chance = random.Random(20261130)
    pieces = {"ь", "zq", "qqqq", "ΑΘΗΝ", "東京都庁", "%", "_a", "a*b", "[x", "a?"}
    while len(pieces) < count:
        text = chance.choice(texts)
        size = chance.randint(1, 6)
        start = chance.randrange(max(1, len(text) - size + 1))
        piece = text[start : start + size].strip()
        if piece:
            pieces.add(piece)
    return sorted(pieces)


def test_the_index_finds_exactly_what_reading_every_entry_finds(demo_db):
    """Each piece, long or short, in any script, with wildcards or none: the search through the
    index finds the same records as reading the whole table."""
    from cityapp.search_index import has_trigram_table

    with demo_db.factory() as s:
        if demo_db.engine.dialect.name == "sqlite":
            assert has_trigram_table(s.connection())  # the index is there to be tested
        for piece in _samples(s):
            expected = _every_match(s, piece)
            found = {(h.kind, h.ref_id) for h in search(s, piece, limit=100_000)}
            assert found == expected, piece
            # A few asked for: the first entries may answer a short query; still only matches.
            few = {(h.kind, h.ref_id) for h in search(s, piece, limit=2)}
            assert few <= expected and len(few) == min(2, len(expected)), piece


def test_without_the_index_the_search_reads_the_table_and_finds_the_same(demo_db):
    from cityapp.search_index import _TRIGRAMS, drop_substring_index

    with demo_db.factory() as s:
        pieces = _samples(s, 60)
        before = {p: {(h.kind, h.ref_id) for h in search(s, p, limit=100_000)} for p in pieces}
    with demo_db.engine.begin() as conn:
        drop_substring_index(conn)
    _TRIGRAMS.pop(demo_db.engine, None)  # as a database that never had it
    with demo_db.factory() as s:
        for piece in pieces:
            assert {(h.kind, h.ref_id) for h in search(s, piece, limit=100_000)} == before[piece]


def test_the_trigram_index_follows_edits_and_rebuilds(db):
    """The index keeps up with the table: a new name is found at once, an old one no longer,
    and a rebuild leaves it whole (FTS5's own integrity check on SQLite; on PostgreSQL the
    pg_trgm index is there for the planner)."""
    with db.factory.begin() as s:
        city = factories.city(name_en="Qaraghandy", name_local="Қарағанды")
        s.add(city)
    with db.factory.begin() as s:
        assert kinds_and_labels(s, "ағанд") and kinds_and_labels(s, "қ")
        s.get(City, city.id).name_en = "Zhezkazgan"
    with db.factory() as s:
        assert kinds_and_labels(s, "zhezk") and not kinds_and_labels(s, "qaragh")
    with db.engine.begin() as conn:
        rebuild_search_index(conn)
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(
                "INSERT INTO search_trigram(search_trigram) VALUES ('integrity-check')"
            )
        else:
            indexes = conn.exec_driver_sql(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_search_entry_text_trgm'"
            ).scalars()
            assert "gin_trgm_ops" in " ".join(indexes)
    with db.factory() as s:
        assert kinds_and_labels(s, "zhezk")


@pytest.mark.parametrize("rare", [2_000, 0], ids=["rare-by-index", "all-in-order"])
def test_list_filters_find_exactly_what_reading_every_entry_finds(demo_db, rare, monkeypatch):
    """A list's word filter, in any script, found through the trigram index (a word few
    entries hold) or by reading the entries in order (a common one; `rare=0` sends every
    word that way): the same records, counted, paged and positioned alike."""
    from cityapp import search as search_module
    from cityapp.search import held_by_few, trigram_run
    from cityapp.services import lists

    monkeypatch.setattr(search_module, "RARE_ENTRIES", rare)
    specs = {"city": lists.CITIES, "counterpart": lists.COUNTERPARTS, "meeting": lists.MEETINGS}
    with demo_db.factory() as s:
        sqlite = demo_db.engine.dialect.name == "sqlite"
        pieces = [p for p in _samples(s, 80) if len(p) >= 2] + ["a", "e", "ｔｏｋｙｏ"]
        by_index = 0
        for piece in pieces:
            if lists.uses_trigrams(s, piece):
                by_index += 1
            for kind, spec in specs.items():
                expected = {ref for k, ref in _every_match(s, piece) if k == kind}
                ids = lists.ordered_ids(s, spec, text=piece)
                assert set(ids) == expected and len(ids) == len(expected), (piece, kind)
                assert lists.count_rows(s, spec, text=piece) == len(expected), (piece, kind)
                page = lists.fetch_rows(s, spec, text=piece, limit=5)
                assert [row[0] for row in page] == ids[:5], (piece, kind)
                if ids:
                    last = ids[-1]
                    assert lists.position_of(s, spec, last, text=piece) == len(ids) - 1
        long_pieces = [p for p in pieces if trigram_run(fold(p).strip())]
        if sqlite and rare:  # on the demo every word of three letters or more is rare
            assert 0 < by_index == len(long_pieces) < len(pieces)
        elif sqlite:
            assert by_index < len(long_pieces)  # common ones are read in order
            assert held_by_few(s, "qqqq")  # no entry holds a trigram of it: nothing to read
        else:
            assert by_index == 0  # PostgreSQL's own trigram index answers the LIKE


def test_a_reading_finds_its_person(demo_db):
    """Typed in hiragana or katakana, a reading finds the person it reads."""
    with demo_db.factory() as s:
        for typed in ("かんだ", "カンダ ハルト", "ｷﾑ ﾐﾝｼﾞｭﾝ", "かーたー"):
            assert search(s, typed, kinds=["staff", "counterpart"]), typed
        assert any("Carter" in h.label for h in search(s, "かーたー"))


def test_readings_sort_in_gojuon_order():
    from cityapp.search import gojuon_key

    readings = ["リベラ", "ガラ", "カーター", "ヴォルコワ", "イ", "カラ", "ｳｴﾉ", "サトウ", "ッテ"]
    assert sorted(readings, key=gojuon_key) == [
        "イ",
        "ｳｴﾉ",
        "ヴォルコワ",
        "カーター",
        "カラ",
        "ガラ",
        "サトウ",
        "ッテ",
        "リベラ",
    ]
    assert gojuon_key("") is None and gojuon_key(None) is None


def test_the_sort_key_follows_the_reading(db):
    from cityapp.models import StaffMember
    from cityapp.search import gojuon_key

    with db.factory.begin() as s:
        member = StaffMember(family_name="Kanda", given_name="Haruto", reading="カンダ ハルト")
        s.add(member)
    with db.factory.begin() as s:
        member = s.scalar(select(StaffMember).where(StaffMember.family_name == "Kanda"))
        assert member.reading_key == gojuon_key("カンダ ハルト")
        member.reading = "ガンダ"
    with db.factory.begin() as s:
        member = s.scalar(select(StaffMember).where(StaffMember.family_name == "Kanda"))
        assert member.reading_key == gojuon_key("ガンダ")
        member.reading = None
    with db.factory() as s:
        assert s.scalar(select(StaffMember.reading_key)) is None
