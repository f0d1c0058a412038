"""Finding records by any part of any name, in any script, on SQLite and PostgreSQL alike.

SQLite's LIKE folds case only for ASCII, so every findable record keeps a
`search_entry` row whose text is already normalised (NFKC) and case-folded,
plus a copy without accents ("sao paulo" finds "São Paulo"). A query is
folded the same way and matched with a plain LIKE. The index follows every
ORM flush; bulk loads call `rebuild_search_index`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    column,
    delete,
    event,
    func,
    insert,
    literal_column,
    select,
    table,
)
from sqlalchemy.orm import Session, sessionmaker

from .models import (
    Agreement,
    City,
    Commitment,
    Counterpart,
    Meeting,
    Network,
    Organization,
    SearchEntry,
    StaffMember,
    Trip,
)
from .models.people import written_name
from .search_index import SHORTEST, TRIGRAM_TABLE, VOCABULARY, bulk_rewrite, has_trigram_table
from .timefmt import in_zone

# The order in which kinds are listed among search results.
KIND_ORDER = [
    "city",
    "counterpart",
    "agreement",
    "trip",
    "meeting",
    "network",
    "organization",
    "staff",
]


# Katakana (full width; NFKC makes half-width katakana full width first) to hiragana.
_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def fold_case(text: str) -> str:
    """Normalise and case-fold: 'Москва' and 'москва', 'Ｔｏｋｙｏ' and 'tokyo' fold alike."""
    return unicodedata.normalize("NFKC", text).casefold()


def fold(text: str) -> str:
    """`fold_case`, and kana of either kind alike: 'ベルリン', 'ﾍﾞﾙﾘﾝ' and 'べるりん' fold alike,
    so that a name typed in hiragana finds one written in katakana, and the other way round."""
    return fold_case(text).translate(_KATAKANA_TO_HIRAGANA)


_SMALL_KANA = str.maketrans("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ")


def gojuon_key(reading: str | None) -> str | None:
    """A key that sorts readings in 五十音順: kana of either kind alike, voiced and small kana
    beside their plain ones (ヴ with ウ, ッ with ツ), the long-vowel mark ignored; ties then
    fall to the reading itself (カ before ガ)."""
    if not reading or not reading.strip():
        return None
    folded = fold(reading.strip())
    plain = "".join(ch for ch in unicodedata.normalize("NFD", folded) if ch not in "\u3099\u309a")
    base = unicodedata.normalize("NFC", plain).translate(_SMALL_KANA).replace("ー", "")
    return f"{base}\u0001{folded}"


def _drops_accents(base: str) -> bool:
    """Letters whose accents a search may ignore: Latin and Greek (kana keep their voicing
    marks, Cyrillic its breve: й is a letter of its own)."""
    return base.isascii() or "\u0370" <= base <= "\u03ff"


def strip_accents(text: str) -> str:
    """Latin and Greek letters without accents ('São' -> 'Sao', 'Αθήνα' -> 'Αθηνα'); other
    scripts unchanged."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and out and _drops_accents(out[-1]):
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def index_text(parts: Iterable[Any]) -> str:
    """Every name folded, then again without accents where that differs; two spaces at the
    end, so that every character starts a trigram (see `search_index`)."""
    folded = fold(" ".join(str(p) for p in parts if p))
    plain = strip_accents(folded)
    return (folded if plain == folded else f"{folded} {plain}") + "  "


class CityNames:
    """City names looked up once per flush or rebuild."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.cache: dict[int, tuple[str, str | None, str | None]] = {}

    def preload(self) -> CityNames:
        for row in self.conn.execute(select(City.id, City.name_en, City.name_local, City.name_ja)):
            self.cache[row.id] = (row.name_en, row.name_local, row.name_ja)
        return self

    def names(self, city_id: int | None) -> tuple[str, ...]:
        if city_id is None:
            return ()
        if city_id not in self.cache:
            row = self.conn.execute(
                select(City.name_en, City.name_local, City.name_ja).where(City.id == city_id)
            ).first()
            self.cache[city_id] = tuple(row) if row else ("", None, None)
        return tuple(n for n in self.cache[city_id] if n)

    def english(self, city_id: int | None) -> str:
        names = self.names(city_id)
        return names[0] if names else ""


def _day(value: date | datetime | None, zone: str | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = in_zone(value, zone).date() if zone else value.date()
    return value.isoformat()


def _both(latin: str, local: str | None) -> str:
    return f"{latin} {local}" if local and local != latin else latin


@dataclass(frozen=True)
class Indexer:
    kind: str
    model: type
    entry: Callable[[Any, CityNames], tuple[str, list[Any]]]  # (label, texts)


def _city(r: Any, cities: CityNames) -> tuple[str, list[Any]]:
    label = f"{_both(r.name_en, r.name_local)} ({r.country_code})"
    return label, [r.name_en, r.name_local, r.name_ja, r.region, r.country_code]


def _counterpart(r: Any, cities: CityNames) -> tuple[str, list[Any]]:
    latin = written_name(r.family_name, r.given_name, r.family_name_first)
    local = written_name(r.family_name_local, r.given_name_local, r.family_name_first)
    label = _both(latin, local) + (f" — {r.position}" if r.position else "")
    return label, [
        latin,
        local,
        r.family_name,
        r.given_name,
        r.family_name_local,
        r.given_name_local,
        r.reading,
        r.form_of_address,
        r.position,
        *cities.names(r.city_id),
    ]


def _agreement(r: Any, cities: CityNames) -> tuple[str, list[Any]]:
    label = f"{r.title} — {cities.english(r.city_id)}" + (
        f" ({_day(r.signed_on)})" if r.signed_on else ""
    )
    return label, [r.title, r.fields_of_cooperation, *cities.names(r.city_id)]


def _trip(r: Any, cities: CityNames) -> tuple[str, list[Any]]:
    return f"{r.title} ({_day(r.start_date)})", [r.title, *cities.names(r.destination_city_id)]


def _meeting(r: Any, cities: CityNames) -> tuple[str, list[Any]]:
    label = f"{r.title} ({_day(r.starts_at, r.zone)})"
    return label, [r.title, r.title_ja, r.venue, *cities.names(r.city_id)]


def _network(r: Any, cities: CityNames) -> tuple[str, list[Any]]:
    label = f"{r.short_name} — {r.name}" if r.short_name else r.name
    return label, [r.name, r.short_name, r.name_ja]


def _organization(r: Any, cities: CityNames) -> tuple[str, list[Any]]:
    return _both(r.name, r.name_local), [r.name, r.name_local, *cities.names(r.city_id)]


def _commitment(r: Any, cities: CityNames) -> tuple[str, list[Any]]:
    text = " ".join(str(r.text).split())
    label = (text[:117] + "…" if len(text) > 120 else text) + (
        f" (due {_day(r.due_on)})" if r.due_on else ""
    )
    return label, [r.text, r.notes]


def _staff(r: Any, cities: CityNames) -> tuple[str, list[Any]]:
    name = written_name(r.family_name, r.given_name, True)  # our officers: family name first
    label = name + (f" {r.name_ja}" if r.name_ja else "") + (f" — {r.title}" if r.title else "")
    given_first = written_name(r.family_name, r.given_name, False)  # found typed either way
    return label, [name, given_first, r.name_ja, r.reading, r.title, r.department]


INDEXERS = [
    Indexer("city", City, _city),
    Indexer("counterpart", Counterpart, _counterpart),
    Indexer("agreement", Agreement, _agreement),
    Indexer("trip", Trip, _trip),
    Indexer("meeting", Meeting, _meeting),
    Indexer("network", Network, _network),
    Indexer("organization", Organization, _organization),
    Indexer("staff", StaffMember, _staff),
    Indexer("commitment", Commitment, _commitment),
]
BY_MODEL = {ix.model: ix for ix in INDEXERS}
KIND_OF = {ix.model: ix.kind for ix in INDEXERS}


def _row(ix: Indexer, record: Any, cities: CityNames) -> dict[str, Any]:
    label, texts = ix.entry(record, cities)
    return {"kind": ix.kind, "ref_id": record.id, "label": label[:500], "text": index_text(texts)}


def _after_flush(session: Session, flush_context: Any) -> None:
    changed = [o for o in (*session.new, *session.dirty) if type(o) in BY_MODEL]
    gone = [o for o in session.deleted if type(o) in BY_MODEL]
    if not changed and not gone:
        return
    conn = session.connection()
    cities = CityNames(conn)
    for obj in (*changed, *gone):
        conn.execute(
            delete(SearchEntry).where(
                SearchEntry.kind == KIND_OF[type(obj)], SearchEntry.ref_id == obj.id
            )
        )
    rows = [_row(BY_MODEL[type(obj)], obj, cities) for obj in changed]
    renamed = [o.id for o in session.dirty if isinstance(o, City)]
    if renamed:
        rows += _entries_naming(
            conn, renamed, cities, skip={(r["kind"], r["ref_id"]) for r in rows}
        )
    if rows:
        conn.execute(insert(SearchEntry), rows)


# Records whose entries carry a city's names, by the column that names the city.
CITY_COLUMNS = {
    "counterpart": "city_id",
    "agreement": "city_id",
    "trip": "destination_city_id",
    "meeting": "city_id",
    "organization": "city_id",
}


def _entries_naming(
    conn: Connection, city_ids: list[int], cities: CityNames, skip: set[tuple[str, int]]
) -> list[dict[str, Any]]:
    """Fresh entries for the records that show renamed cities' names (their old entries are removed)."""
    rows = []
    for ix in INDEXERS:
        column = CITY_COLUMNS.get(ix.kind)
        if column is None:
            continue
        table = ix.model.__table__
        for record in conn.execute(select(table).where(table.c[column].in_(city_ids))):
            if (ix.kind, record.id) in skip:
                continue
            conn.execute(
                delete(SearchEntry).where(
                    SearchEntry.kind == ix.kind, SearchEntry.ref_id == record.id
                )
            )
            rows.append(_row(ix, record, cities))
    return rows


def install_search_index(factory: sessionmaker[Session]) -> None:
    """Keep the index for every session this (new) factory makes; called once per factory."""
    event.listen(factory, "after_flush", _after_flush)


def rebuild_search_index(conn: Connection) -> int:
    """Rebuild the whole index from the tables (after a bulk load or a migration)."""
    with bulk_rewrite(conn):
        return _rewrite_entries(conn)


def _rewrite_entries(conn: Connection) -> int:
    conn.execute(delete(SearchEntry))
    cities = CityNames(conn).preload()
    count = 0
    for ix in INDEXERS:
        batch: list[dict[str, Any]] = []
        for record in conn.execute(select(ix.model.__table__)):
            batch.append(_row(ix, record, cities))
            if len(batch) >= 5000:
                conn.execute(insert(SearchEntry), batch)
                count += len(batch)
                batch = []
        if batch:
            conn.execute(insert(SearchEntry), batch)
            count += len(batch)
    return count


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str
    ref_id: int
    label: str


def like_pattern(query: str) -> str | None:
    """A LIKE pattern for a folded query, with % and _ taken literally; None for a blank query."""
    folded = fold(query).strip()
    if not folded:
        return None
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def matching_ids(kind: str, query: str, *, indexed: bool = False):
    """A subquery of the ids of one kind whose names contain `query` (for list filters).

    `indexed` (SQLite with the trigram table): a query of three characters or more is looked
    up through its trigrams instead of reading every entry of the kind.
    """
    pattern = like_pattern(query)
    stmt = select(SearchEntry.ref_id).where(SearchEntry.kind == kind)
    if pattern is None:
        return stmt
    folded = fold(query).strip()
    run = trigram_run(folded) if indexed else None
    if run is not None:
        found = select(TRIGRAMS.c.rowid).where(TRIGRAMS.c.text.op("GLOB")(f"*{run}*"))
        stmt = stmt.where(SearchEntry.id.in_(found))
        if run == folded:
            return stmt
    return stmt.where(SearchEntry.text.like(pattern, escape="\\"))


TRIGRAMS = table(TRIGRAM_TABLE, column("rowid"), column("text"))
TERMS = table(VOCABULARY, column("term"), column("doc"))
GLOB_SPECIAL = "*?["
MOST_TERMS = 300  # a short query starting more trigrams than this matches too much to list
PROBE_ENTRIES = 20_000  # a short query first reads this many entries: common letters are there


def _starting_trigrams(session: Session, short: str) -> list[str] | None:
    """The index's trigrams that start with a query of one or two characters; None when there
    are too many to look up together (the query then matches nearly everything)."""
    terms = session.scalars(
        select(TERMS.c.term)
        .where(TERMS.c.term >= short, TERMS.c.term < short + "\U0010ffff")
        .limit(MOST_TERMS + 1)
    ).all()
    return None if len(terms) > MOST_TERMS else list(terms)


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


RARE_ENTRIES = 2_000  # a list filter held by at most this many entries is found by its trigrams


def held_by_few(session: Session, query: str) -> bool:
    """Whether the trigram index says few entries can hold `query` (SQLite, with the index).

    Each trigram's entry count is an upper bound of the matches: a list filter for a rare
    word is then found through the index, driven by its matches (milliseconds); a common one
    ("materials", in every commitment) reads the entries in order, which is faster for it.
    """
    run = trigram_run(fold(query).strip())
    if run is None:
        return False
    grams = {run[i : i + SHORTEST] for i in range(len(run) - SHORTEST + 1)}
    counts = session.execute(select(TERMS.c.doc).where(TERMS.c.term.in_(grams))).all()
    if len(counts) < len(grams):
        return True  # a trigram no entry has: nothing holds the query
    return min(row.doc for row in counts) <= RARE_ENTRIES


def trigram_run(folded: str) -> str | None:
    """The longest stretch of the query a trigram GLOB can look up (no GLOB wildcards in it),
    if it is long enough for the index; None sends the query to a scan."""
    runs = [""]
    for ch in folded:
        if ch in GLOB_SPECIAL:
            runs.append("")
        else:
            runs[-1] += ch
    best = max(runs, key=len)
    return best if len(best) >= SHORTEST else None


def search(
    session: Session, query: str, *, kinds: Iterable[str] | None = None, limit: int = 50
) -> list[SearchHit]:
    """Records whose names contain `query`, kinds in KIND_ORDER, then by label.

    On SQLite the trigram index hands over the matching entries first: a query of three
    letters or more by its trigrams, a shorter one by every trigram it starts (reading stops
    at the limit, and a query that matches nothing reads almost nothing). A query that starts
    too many trigrams to list reads the table, where its matches come at once. PostgreSQL
    answers the same LIKE from its pg_trgm index.
    """
    pattern = like_pattern(query)
    if pattern is None:
        return []
    columns = (SearchEntry.kind, SearchEntry.ref_id, SearchEntry.label)
    folded = fold(query).strip()
    run = trigram_run(folded)
    conn = session.connection()
    indexed = conn.dialect.name == "sqlite" and has_trigram_table(conn)
    by_index = (
        select(*columns).select_from(TRIGRAMS).join(SearchEntry, SearchEntry.id == TRIGRAMS.c.rowid)
    )
    stmt = select(*columns).where(SearchEntry.text.like(pattern, escape="\\"))
    if indexed and run is not None:
        stmt = by_index.where(TRIGRAMS.c.text.op("GLOB")(f"*{run}*"))
        if run != folded:  # the index found the longest plain stretch; the rest is checked here
            stmt = stmt.where(SearchEntry.text.like(pattern, escape="\\"))
    elif indexed and len(folded) < SHORTEST:
        # One or two common letters: the first entries hold enough of them, read at once.
        first = select(func.min(SearchEntry.id)).scalar_subquery() + PROBE_ENTRIES
        probe = stmt.where(SearchEntry.id < first)
        if kinds is not None:
            probe = probe.where(SearchEntry.kind.in_(list(kinds)))
        rows = session.execute(probe.limit(limit * 4)).all()
        if len(rows) == limit * 4:
            return _ranked(rows, limit)
        terms = _starting_trigrams(session, folded)
        if terms == []:  # no trigram starts with it: nothing holds it
            return []
        if terms is not None:
            any_of = " OR ".join(map(_phrase, terms))
            stmt = by_index.where(literal_column(TRIGRAM_TABLE).op("MATCH")(any_of))
    if kinds is not None:
        stmt = stmt.where(SearchEntry.kind.in_(list(kinds)))
    # Fetch a little more than asked per kind so that one kind cannot crowd out the others.
    return _ranked(session.execute(stmt.limit(limit * 4)).all(), limit)


def _ranked(rows: list[Any], limit: int) -> list[SearchHit]:
    rank = {k: i for i, k in enumerate(KIND_ORDER)}
    rows.sort(key=lambda r: (rank.get(r.kind, 99), fold(r.label)))
    return [SearchHit(r.kind, r.ref_id, r.label) for r in rows[:limit]]
