"""The index behind substring search: FTS5 trigrams on SQLite, pg_trgm on PostgreSQL.

The folded text of every `search_entry` row is indexed by its three-letter sequences,
so a query of three letters or more reads only the rows that hold each of its
sequences instead of the whole table. A shorter query is answered from the index's list
of trigrams: every trigram that starts with the query (the indexed text ends in two
spaces, so each of its characters starts one), looked up together. `search_entry` stays
the one place the text lives: the SQLite index keeps nothing but the sequences (an
external-content table kept by triggers).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, text

TRIGRAM_TABLE = "search_trigram"
VOCABULARY = "search_trigram_terms"  # the index's trigrams, for queries shorter than three
PG_INDEX = "ix_search_entry_text_trgm"
SHORTEST = 3  # a trigram index answers queries of at least this many characters

_TABLES = [
    f"CREATE VIRTUAL TABLE {TRIGRAM_TABLE} USING fts5(text, content='search_entry', "
    "content_rowid='id', tokenize='trigram case_sensitive 1', detail='none')",
    f"CREATE VIRTUAL TABLE {VOCABULARY} USING fts5vocab({TRIGRAM_TABLE}, 'row')",
]
_TRIGGERS = {
    "search_entry_trigram_insert": "AFTER INSERT ON search_entry BEGIN "
    f"INSERT INTO {TRIGRAM_TABLE}(rowid, text) VALUES (new.id, new.text); END",
    "search_entry_trigram_delete": "AFTER DELETE ON search_entry BEGIN "
    f"INSERT INTO {TRIGRAM_TABLE}({TRIGRAM_TABLE}, rowid, text) "
    "VALUES ('delete', old.id, old.text); END",
    "search_entry_trigram_update": "AFTER UPDATE ON search_entry BEGIN "
    f"INSERT INTO {TRIGRAM_TABLE}({TRIGRAM_TABLE}, rowid, text) "
    "VALUES ('delete', old.id, old.text); "
    f"INSERT INTO {TRIGRAM_TABLE}(rowid, text) VALUES (new.id, new.text); END",
}
_REBUILD = f"INSERT INTO {TRIGRAM_TABLE}({TRIGRAM_TABLE}) VALUES ('rebuild')"


def _create_triggers(conn: Connection) -> None:
    for name, body in _TRIGGERS.items():
        conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")


def _drop_triggers(conn: Connection) -> None:
    for name in _TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def sqlite_has_trigrams(conn: Connection) -> bool:
    """Whether this SQLite library has FTS5 with the trigram tokenizer (3.34 and later)."""
    try:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE temp.trigram_probe USING fts5(x, tokenize='trigram')"
        )
    except Exception:
        return False
    conn.exec_driver_sql("DROP TABLE temp.trigram_probe")
    return True


def create_substring_index(conn: Connection) -> bool:
    """Build the index where the database offers one; False where it does not."""
    if conn.dialect.name == "sqlite":
        if not sqlite_has_trigrams(conn):
            return False
        for statement in _TABLES:
            conn.exec_driver_sql(statement)
        _create_triggers(conn)
        conn.exec_driver_sql(_REBUILD)
        return True
    if conn.dialect.name == "postgresql":
        try:
            with conn.begin_nested():  # a refusal leaves the upgrade's transaction usable
                conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        except Exception:
            return False
        conn.execute(
            text(
                f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON search_entry USING gin (text gin_trgm_ops)"
            )
        )
        return True
    return False


def drop_substring_index(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        _drop_triggers(conn)
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {VOCABULARY}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {TRIGRAM_TABLE}")
    elif conn.dialect.name == "postgresql":
        conn.execute(text(f"DROP INDEX IF EXISTS {PG_INDEX}"))


_TRIGRAMS: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def has_trigram_table(conn: Connection) -> bool:
    """Whether this SQLite database holds the trigram table (asked once per engine)."""
    engine = conn.engine
    known = _TRIGRAMS.get(engine)
    if known is None:
        known = _TRIGRAMS[engine] = _table_exists(conn)
    return known


def _table_exists(conn: Connection) -> bool:
    found = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TRIGRAM_TABLE,)
    )
    return found.first() is not None


def is_index_object(name: str) -> bool:
    """The trigram table, the tables FTS5 keeps for it, and the pg_trgm index: made by the
    migration where the database offers them, so no model declares them."""
    return name in (TRIGRAM_TABLE, PG_INDEX) or name.startswith(f"{TRIGRAM_TABLE}_")


@contextmanager
def bulk_rewrite(conn: Connection) -> Iterator[None]:
    """Rewrite every entry at once (in the caller's transaction): the SQLite index stops
    following row by row and is rebuilt from the table at the end, many times faster."""
    indexed = conn.dialect.name == "sqlite" and _table_exists(conn)
    if indexed:
        _drop_triggers(conn)
    yield
    if indexed:
        conn.exec_driver_sql(_REBUILD)
        _create_triggers(conn)


def optimize(conn: Connection) -> None:
    """Merge the index so that deleted text leaves its pages (before a VACUUM)."""
    if conn.dialect.name == "sqlite" and has_trigram_table(conn):
        conn.exec_driver_sql(f"INSERT INTO {TRIGRAM_TABLE}({TRIGRAM_TABLE}) VALUES ('optimize')")


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """For Alembic's autogenerate: leave the index's tables and the pg_trgm index alone."""
    return not (type_ in ("table", "index") and name is not None and is_index_object(name))
