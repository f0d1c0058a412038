"""Schema migrations with Alembic, shipped inside the package.

`upgrade_to_head` is called on every open: a database behind the head
revision is backed up (SQLite files, with the online backup API) and then
upgraded. Developers make new revisions with
`uv run python -m cityapp.migrations revision -m "what changed" --db PATH`.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from ..errors import DatabaseOpenError

HERE = Path(__file__).resolve().parent


def alembic_config(url: str | None = None, script_location: Path | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or HERE))
    cfg.set_main_option("path_separator", "os")
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(
    engine: Engine, *, backup: bool = True, script_location: Path | None = None
) -> Path | None:
    """Bring the schema to the head revision; return the backup made first, if any."""
    from ..db import sqlite_backup

    cfg = alembic_config(script_location=script_location)
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names())
    if current == head:
        return None
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise DatabaseOpenError(
                "This database was last used by a newer version of City Diplomacy Desk "
                f"(schema {current}). Update the program to open it."
            ) from exc
    elif tables - {"alembic_version"}:
        raise DatabaseOpenError(
            "This database holds tables that City Diplomacy Desk did not create; "
            "it is left untouched. Choose another file or an empty database."
        )
    backup_path = None
    if backup and current is not None and engine.url.get_backend_name() == "sqlite":
        database = engine.url.database
        if database and database != ":memory:" and Path(database).exists():
            backup_path = sqlite_backup(Path(database))
    run_migration(
        engine,
        "upgrade",
        "head",
        script_location=script_location,
        rebuild_derived=current is not None,
    )
    return backup_path


def run_migration(
    engine: Engine,
    action: str,
    target: str,
    *,
    script_location: Path | None = None,
    rebuild_derived: bool = False,
) -> None:
    """Run an Alembic upgrade or downgrade safely on either backend.

    SQLite alters a table by copying it and dropping the original; with
    foreign keys on, that drop would cascade and delete every row that refers
    to the table (a trip's whole itinerary). So foreign keys are off while the
    schema changes, checked afterwards, and on again before the connection is
    used for anything else.
    """
    cfg = alembic_config(script_location=script_location)
    sqlite = engine.url.get_backend_name() == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
            conn.commit()
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                getattr(command, action)(cfg, target)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseOpenError(
                            f"The schema change left {len(broken)} broken references "
                            f"(first in table {broken[0][0]}); the backup made before it is intact."
                        )
                if rebuild_derived:
                    # Derived data follows the new schema: rebuilt with the models of this version.
                    from ..search import rebuild_search_index

                    rebuild_search_index(conn)
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys = ON")
                conn.commit()
