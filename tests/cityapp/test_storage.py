"""Whole database files: created and upgraded all at once under kill -9, backups checked
and restored to an identical database, refused and read-only files left as they were."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cityapp.db import SCHEMA_HEAD, open_database
from cityapp.errors import DatabaseOpenError
from cityapp.sqlite_files import BackupError, backups_of, make_backup, restore_backup, sqlite_uri

ROOT = Path(__file__).resolve().parents[2]
OLD_SCHEMA = "0002"


def state(path: Path) -> tuple[str | None, set[str]]:
    conn = sqlite3.connect(sqlite_uri(path), uri=True)
    try:
        tables = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        revision = None
        if "alembic_version" in tables:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return revision, tables
    finally:
        conn.close()


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(sqlite_uri(path), uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture(scope="module")
def old_office(tmp_path_factory) -> tuple[Path, set[str], set[str]]:
    """The demo office at an older schema, and the tables of the old and the new schema."""
    from cityapp.demo import create_demo_database
    from cityapp.migrations import run_migration

    path = tmp_path_factory.mktemp("old") / "office.sqlite3"
    db = create_demo_database(path)
    new_tables = state(path)[1]
    run_migration(db.engine, "downgrade", OLD_SCHEMA)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    old_tables = state(path)[1]
    assert old_tables != new_tables
    return path, old_tables, new_tables


CHILD = """
import sys
from cityapp.db import open_database
print("ready", flush=True)
open_database(sys.argv[1]).dispose()
print("done", flush=True)
"""


def kill_during_open(path: Path, delay: float, code: str = CHILD) -> bool:
    """Start a program that opens `path`; kill -9 it `delay` seconds after it is ready."""
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout.readline().strip() == "ready"
    time.sleep(delay)
    finished = child.poll() is not None
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    return finished


def timed_open(path: Path) -> float:
    started = time.perf_counter()
    open_database(path).dispose()
    return time.perf_counter() - started


def test_killing_an_upgrade_leaves_the_old_or_the_new_schema(old_office, tmp_path):
    source, old_tables, new_tables = old_office
    probe = tmp_path / "probe" / "office.sqlite3"
    probe.parent.mkdir()
    shutil.copy(source, probe)
    duration = timed_open(probe)
    rng = random.Random(11)
    outcomes = set()
    deadline = time.monotonic() + 90
    for attempt in range(16):
        if time.monotonic() > deadline:
            break
        folder = tmp_path / f"kill{attempt}"
        folder.mkdir()
        path = folder / "office.sqlite3"
        shutil.copy(source, path)
        kill_during_open(path, rng.uniform(0, duration * 1.2))
        revision, tables = state(path)
        assert (revision, tables) in ((OLD_SCHEMA, old_tables), (SCHEMA_HEAD, new_tables)), (
            attempt,
            revision,
        )
        outcomes.add(revision)
        db = open_database(path)  # and the program opens it afterwards, at the head
        db.dispose()
        assert state(path)[0] == SCHEMA_HEAD
    assert OLD_SCHEMA in outcomes  # the kills did land inside upgrades


def test_killing_the_creation_of_a_file_leaves_none_or_a_whole_one(tmp_path):
    probe = tmp_path / "probe.sqlite3"
    duration = timed_open(probe)
    _, head_tables = state(probe)
    rng = random.Random(7)
    deadline = time.monotonic() + 60
    missing = 0
    for attempt in range(16):
        if time.monotonic() > deadline:
            break
        path = tmp_path / f"new{attempt}" / "office.sqlite3"
        path.parent.mkdir()
        kill_during_open(path, rng.uniform(0, duration * 1.2))
        if path.exists():
            assert state(path) == (SCHEMA_HEAD, head_tables)
        else:
            missing += 1
        open_database(path).dispose()  # never "refused forever"
        assert state(path)[0] == SCHEMA_HEAD
    assert missing > 0


DEMO_CHILD = """
import sys
from cityapp.demo import create_demo_database
print("ready", flush=True)
create_demo_database(sys.argv[1]).dispose()
"""

BACKUP_CHILD = """
import sys
from pathlib import Path
from cityapp.sqlite_files import make_backup
print("ready", flush=True)
for n in range(50):
    make_backup(Path(sys.argv[1]), Path(sys.argv[1]).with_name(f"copy{n}.sqlite3"))
"""


def test_killing_the_demo_office_while_it_is_made_leaves_none_or_the_whole_office(tmp_path):
    from cityapp.demo import create_demo_database

    probe = tmp_path / "probe.sqlite3"
    started = time.perf_counter()
    create_demo_database(probe).dispose()
    duration = time.perf_counter() - started
    whole = dump(probe)
    rng = random.Random(5)
    deadline = time.monotonic() + 60
    for attempt in range(8):
        if time.monotonic() > deadline:
            break
        path = tmp_path / f"demo{attempt}" / "demo.sqlite3"
        path.parent.mkdir()
        kill_during_open(path, rng.uniform(0, duration * 1.2), DEMO_CHILD)
        if path.exists():
            assert state(path)[0] == SCHEMA_HEAD
            assert len(dump(path)) == len(whole)  # every row of the office, never an empty file


def test_killing_backups_leaves_only_whole_copies(demo_file, tmp_path):
    path = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, path)
    original = dump(path)
    rng = random.Random(3)
    for _ in range(6):
        kill_during_open(path, rng.uniform(0, 1.0), BACKUP_CHILD)
    copies = sorted(tmp_path.glob("copy*.sqlite3"))
    assert copies
    for copy in copies:
        assert dump(copy) == original
    assert dump(path) == original


RESTORE_CHILD = """
import sys
from pathlib import Path
from cityapp.sqlite_files import restore_backup
print("ready", flush=True)
target = Path(sys.argv[1])
for n in range(50):
    restore_backup(target, target.with_name("old.sqlite3" if n % 2 else "new.sqlite3"))
"""


def test_killing_restores_leaves_one_whole_database_or_the_other(demo_file, tmp_path):
    """Restores alternate between two different backups; a kill leaves one of them whole."""
    path = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, tmp_path / "old.sqlite3")
    shutil.copy(demo_file, tmp_path / "new.sqlite3")
    with sqlite3.connect(tmp_path / "new.sqlite3") as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("DELETE FROM gift")
    conn.close()
    shutil.copy(tmp_path / "old.sqlite3", path)
    versions = {tuple(dump(tmp_path / "old.sqlite3")), tuple(dump(tmp_path / "new.sqlite3"))}
    rng = random.Random(9)
    for _ in range(6):
        kill_during_open(path, rng.uniform(0, 1.5), RESTORE_CHILD)
        assert tuple(dump(path)) in versions


@pytest.mark.parametrize("folder", ["a#b", "what?", "100%", "バックアップ 東京", "50%#?x"])
def test_a_backup_in_any_folder_restores_to_an_identical_database(demo_file, tmp_path, folder):
    place = tmp_path / folder
    place.mkdir()
    path = place / f"office {folder}.sqlite3"
    shutil.copy(demo_file, path)
    original = dump(path)
    made = make_backup(path)
    assert made.parent == place / "backups"
    assert dump(made) == original
    with sqlite3.connect(path) as conn:  # a change after the backup...
        conn.execute("DELETE FROM gift")
    conn.close()
    assert dump(path) != original
    kept = restore_backup(path, made)  # ...undone by the restore
    assert dump(path) == original
    assert kept is not None and kept.exists() and dump(kept) != original
    db = open_database(path)
    db.dispose()


def test_a_backup_is_checked_before_success_is_said(demo_file, tmp_path, monkeypatch):
    from cityapp import sqlite_files

    path = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, path)

    def short_counts(conn):
        counts = original(conn)
        if "gift" in counts and conn is not source_conn[0]:
            counts["gift"] -= 1
        return counts

    original = sqlite_files.table_counts
    source_conn = [None]
    real_connect = sqlite_files.connect_read_only

    def remember(p):
        conn = real_connect(p)
        if source_conn[0] is None:
            source_conn[0] = conn
        return conn

    monkeypatch.setattr(sqlite_files, "connect_read_only", remember)
    monkeypatch.setattr(sqlite_files, "table_counts", short_counts)
    with pytest.raises(BackupError, match="does not hold the same rows"):
        make_backup(path)
    assert list((tmp_path / "backups").glob("*")) == []  # nothing half-made is left as a backup


def test_an_upgrade_starts_only_after_its_backup_checked_out(old_office, tmp_path, monkeypatch):
    from cityapp import sqlite_files

    path = tmp_path / "office.sqlite3"
    shutil.copy(old_office[0], path)
    before = path.read_bytes()

    def broken(copy, expected):
        raise BackupError(f"The copy {copy.name} failed its integrity check: damaged.")

    monkeypatch.setattr(sqlite_files, "check_copy", broken)
    with pytest.raises(DatabaseOpenError, match="The upgrade did not start"):
        open_database(path)
    assert path.read_bytes() == before


def test_the_backups_of_a_file_are_listed_newest_first(demo_file, tmp_path, clock):
    from datetime import UTC, datetime

    path = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, path)
    clock.set(datetime(2026, 1, 1, tzinfo=UTC))
    first = make_backup(path)
    clock.set(datetime(2026, 2, 1, tzinfo=UTC))
    second = make_backup(path)
    os.utime(first, (1_700_000_000, 1_700_000_000))
    listed = backups_of(path)
    assert [b.path for b in listed] == [second, first]
    assert all(b.size > 0 for b in listed)


def test_a_file_of_another_program_is_refused_unchanged(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="left untouched"):
        open_database(path)
    assert path.read_bytes() == before  # not even switched to WAL
    assert not Path(f"{path}-wal").exists()


def test_a_file_of_a_newer_version_is_refused_unchanged(demo_file, tmp_path):
    path = tmp_path / "newer.sqlite3"
    shutil.copy(demo_file, path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="newer version"):
        open_database(path)
    assert path.read_bytes() == before


def test_info_does_not_write_a_schema_into_an_empty_file(tmp_path, capsys):
    from cityapp.cli import main

    path = tmp_path / "empty.sqlite3"
    path.touch()
    assert main(["info", "--db", str(path)]) == 1
    assert "is empty" in capsys.readouterr().err
    assert path.stat().st_size == 0


def test_a_read_only_file_opens_read_only_and_refuses_changes_in_words(demo_file, tmp_path):
    from cityapp.models import StaffMember

    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "office.sqlite3"
    shutil.copy(demo_file, path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = path.read_bytes()
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)
    try:
        db = open_database(path, read_only=True) if os.geteuid() == 0 else open_database(path)
        try:
            assert db.read_only
            with db.factory() as s:
                assert s.query(StaffMember).count() > 0
            with pytest.raises(Exception) as failure, db.factory.begin() as s:
                s.add(StaffMember(family_name="Mori"))
            from cityapp.db import describe_write_failure

            assert "read-only" in describe_write_failure(failure.value)
        finally:
            db.dispose()
    finally:
        os.chmod(folder, stat.S_IRWXU)
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    assert path.read_bytes() == before


def test_the_backup_and_restore_commands(demo_file, tmp_path, capsys):
    from cityapp.cli import main

    folder = tmp_path / "東京 #2"
    folder.mkdir()
    path = folder / "office.sqlite3"
    shutil.copy(demo_file, path)
    original = dump(path)
    out = tmp_path / "copies" / "friday.sqlite3"
    assert main(["backup", "--db", str(path), "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"backup\t{out}\n"
    assert dump(out) == original
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM gift")
    conn.close()
    assert main(["restore", "--db", str(path), str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"restored\t{path}\nprevious file kept at\t{folder / 'backups'}")
    assert dump(path) == original


def test_restore_refuses_a_file_of_another_program(demo_file, tmp_path, capsys):
    from cityapp.cli import main

    path = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, path)
    before = dump(path)
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    conn.close()
    assert main(["restore", "--db", str(path), str(other)]) == 1
    assert "not a City Diplomacy Desk database" in capsys.readouterr().err
    assert dump(path) == before


def test_on_the_shared_server_backups_are_explained_not_pretended(capsys):
    from cityapp.cli import main

    url = "postgresql+psycopg://officer@db-server:5433/citydesk"
    assert main(["backup", "--db", url]) == 1
    err = capsys.readouterr().err
    assert "pg_dump -Fc -h db-server -p 5433 -U officer citydesk" in err
    assert main(["restore", "--db", url, "x.dump"]) == 1
    assert "pg_restore" in capsys.readouterr().err
