"""Migrations: the head revision builds the schema the models describe, and upgrades back up first."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select, text

from cityapp.db import make_engine, open_database
from cityapp.errors import DatabaseOpenError
from cityapp.migrations import HERE, current_revision, head_revision, upgrade_to_head
from cityapp.models import Base, City
from cityapp.search_index import include_object
from tests import factories


def test_opening_creates_the_schema_at_head(db):
    assert current_revision(db.engine) == head_revision()
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_models_and_migration_head_agree(db):
    """No pending autogenerate difference: the migrations build exactly what the models declare."""
    with db.engine.connect() as conn:
        opts = {"compare_type": True, "include_object": include_object}
        context = MigrationContext.configure(conn, opts=opts)
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_opening_twice_changes_nothing_and_makes_no_backup(db_target):
    first = open_database(db_target)
    with first.factory.begin() as s:
        s.add(factories.city())
    first.dispose()
    second = open_database(db_target)
    try:
        assert second.backup_path is None
        with second.factory() as s:
            assert s.scalar(select(func.count()).select_from(City)) == 1
    finally:
        second.dispose()


NEXT_REVISION = '''
"""test: one more column"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("city") as batch:
        batch.add_column(sa.Column("motto", sa.String(100), nullable=True))


def downgrade():
    with op.batch_alter_table("city") as batch:
        batch.drop_column("motto")
'''


def test_an_upgrade_backs_the_file_up_first(tmp_path):
    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    with db.factory.begin() as s:
        s.add(factories.city(name_en="Rome", country_code="IT", timezone="Europe/Rome"))
    db.dispose()
    scripts = tmp_path / "migrations"
    shutil.copytree(HERE, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_motto.py").write_text(NEXT_REVISION.format(head=head_revision()))

    engine = make_engine(path)
    try:
        backup = upgrade_to_head(engine, script_location=scripts)
        assert current_revision(engine) == "9999"
        assert "motto" in {c["name"] for c in inspect(engine).get_columns("city")}
    finally:
        engine.dispose()

    assert backup is not None and backup.exists()
    assert backup.parent == path.parent / "backups"
    copy = sqlite3.connect(backup)
    try:
        assert (
            copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        )
        assert copy.execute("SELECT name_en FROM city").fetchall() == [("Rome",)]
    finally:
        copy.close()


def test_a_database_from_a_newer_program_is_refused(tmp_path):
    path = tmp_path / "office.sqlite3"
    open_database(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'fffffff'")
    with pytest.raises(DatabaseOpenError, match="newer version"):
        open_database(path)


def test_a_foreign_database_is_left_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(DatabaseOpenError, match="did not create"):
        open_database(path)
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"invoices"}


def test_downgrade_to_base_and_up_again(db_target):
    from cityapp.migrations import run_migration

    db = open_database(db_target)
    try:
        run_migration(db.engine, "downgrade", "base")
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        upgrade_to_head(db.engine)
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM trip")).scalar() == 0
    finally:
        db.dispose()


def test_a_schema_change_keeps_every_row_that_refers_to_the_changed_table(db_target):
    """Altering `trip` on SQLite copies and drops it: no itinerary, delegation or meeting may go with it."""
    from cityapp.demo import create_demo_database
    from cityapp.migrations import run_migration

    tables = [
        "trip",
        "itinerary_item",
        "trip_delegate",
        "budget_line",
        "meeting",
        "trip_objective",
        "gift",
    ]

    def counts(engine):
        with engine.connect() as conn:
            return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in tables}

    db = create_demo_database(db_target)
    try:
        before = counts(db.engine)
        assert before["itinerary_item"] > 40 and before["trip_delegate"] > 20
        run_migration(db.engine, "downgrade", "0002")
        assert counts(db.engine) == before
    finally:
        db.dispose()
    again = open_database(db_target)
    try:
        assert current_revision(again.engine) == head_revision()
        assert counts(again.engine) == before
        if again.is_sqlite:
            assert again.backup_path is not None
            with again.engine.connect() as conn:
                assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        again.dispose()


def test_every_revision_file_is_on_the_one_chain_to_head():
    from alembic.script import ScriptDirectory

    from cityapp.migrations import alembic_config

    files = sorted(p.stem for p in Path(HERE, "versions").glob("*.py"))
    chain = [r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()]
    assert len(chain) == len(files)  # no stray or branched revision
    assert sorted(f.split("_")[0] for f in files) == sorted(chain)


def test_the_schema_head_constant_names_the_newest_revision():
    from cityapp.db import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD


def test_an_open_at_head_does_not_load_alembic(demo_file):
    import subprocess
    import sys

    code = (
        "import sys; from cityapp.db import open_database\n"
        f"open_database({str(demo_file)!r}).dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_trip_details_upgrade_places_both_ends_of_a_leg(db_target):
    """0010: a leg stored with one city gets its other end from the zones; a trip's destination
    becomes the first city of its route."""
    from sqlalchemy import text

    from cityapp.demo import create_demo_database
    from cityapp.migrations import run_migration

    db = create_demo_database(db_target)
    try:
        run_migration(db.engine, "downgrade", "0009")
        with db.engine.begin() as conn:
            city = dict(conn.execute(text("SELECT name_en, id FROM city")).all())
            # As the item dialog stored it before: the city a train leaves from.
            conn.execute(
                text(
                    "UPDATE itinerary_item SET city_id = :london"
                    " WHERE title = 'Flight London Heathrow → Berlin Tegel'"
                ),
                {"london": city["London"]},
            )
        upgrade_to_head(db.engine)
        with db.engine.connect() as conn:
            legs = dict(
                (title, (origin, arrival))
                for title, origin, arrival in conn.execute(
                    text(
                        "SELECT title, origin_city_id, city_id FROM itinerary_item"
                        " WHERE kind = 'flight'"
                    )
                )
            )
            stops = conn.execute(text("SELECT count(*) FROM trip_stop")).scalar()
            trips = conn.execute(
                text("SELECT count(*) FROM trip WHERE destination_city_id IS NOT NULL")
            ).scalar()
            conn.execute(  # a ferry is a kind now
                text(
                    "UPDATE itinerary_item SET kind = 'ferry'"
                    " WHERE title = 'Flight London Heathrow → Berlin Tegel'"
                )
            )
        assert legs["Flight London Heathrow → Berlin Tegel"] == (city["London"], city["Berlin"])
        assert legs["Flight Tokyo Haneda → London Heathrow"] == (city["Tokyo"], city["London"])
        assert stops == trips > 0
    finally:
        db.dispose()
