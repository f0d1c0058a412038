"""Opening databases: pragmas, network shares refused, clear messages for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from cityapp import db as dbmod
from cityapp.db import check_local_path, looks_like_unc, open_database
from cityapp.errors import DatabaseOpenError, NetworkShareError


def test_sqlite_pragmas_are_on_for_every_connection(tmp_path):
    database = open_database(tmp_path / "office.sqlite3")
    try:
        for _ in range(2):
            with database.engine.connect() as conn:
                assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
                assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
                assert (
                    conn.execute(text("PRAGMA busy_timeout")).scalar()
                    == dbmod.SQLITE_BUSY_TIMEOUT_MS
                )
            database.engine.dispose()
    finally:
        database.dispose()


@pytest.mark.parametrize(
    "path",
    [
        r"\\server\share\office.sqlite3",
        "//server/share/office.sqlite3",
        r"\\fileserver.city.local\diplomacy$\desk.sqlite3",
    ],
)
def test_unc_paths_are_refused_with_advice(path):
    with pytest.raises(NetworkShareError, match="shared server"):
        check_local_path(path)
    with pytest.raises(NetworkShareError):
        open_database(path)


@pytest.mark.parametrize(
    "path", [r"\\?\C:\data\office.sqlite3", "C:/data/office.sqlite3", "office.sqlite3"]
)
def test_local_paths_are_not_taken_for_shares(path):
    assert not looks_like_unc(path)


def test_a_network_file_system_mount_is_refused(tmp_path, monkeypatch):
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\n//server/share {tmp_path / 'share'} cifs rw 0 0\n")
    monkeypatch.setattr(dbmod, "MOUNTS_FILE", mounts)
    (tmp_path / "share").mkdir()
    with pytest.raises(NetworkShareError, match="cifs"):
        check_local_path(str(tmp_path / "share" / "office.sqlite3"))
    assert check_local_path(str(tmp_path / "local.sqlite3")) == tmp_path / "local.sqlite3"


def test_a_sqlite_url_on_a_share_is_refused_too():
    with pytest.raises(NetworkShareError):
        open_database("sqlite://///server/share/office.sqlite3")


def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path):
    path = tmp_path / "briefing.xlsx"
    path.write_bytes(b"PK\x03\x04 this is a workbook, not a database" * 40)
    with pytest.raises(DatabaseOpenError, match="not a City Diplomacy Desk database"):
        open_database(path)
    assert path.read_bytes().startswith(b"PK\x03\x04")


def test_a_missing_file_is_not_created_when_asked_not_to(tmp_path):
    with pytest.raises(DatabaseOpenError, match="no database"):
        open_database(tmp_path / "missing.sqlite3", create=False)
    assert not (tmp_path / "missing.sqlite3").exists()


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseOpenError, match="folder"):
        open_database(tmp_path)


def test_a_bad_url_gets_a_clear_message():
    with pytest.raises(DatabaseOpenError):
        open_database("nosuchdb+driver://x/y")


def test_an_unreachable_server_gets_a_clear_message():
    with pytest.raises(DatabaseOpenError, match="Cannot open the database"):
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_the_default_database_lives_in_the_user_data_folder(isolated_home, monkeypatch):
    monkeypatch.chdir(isolated_home)
    database = open_database()
    try:
        assert database.path == isolated_home / "data" / "city-diplomacy-desk.sqlite3"
        assert database.path.exists()
    finally:
        database.dispose()


def test_the_environment_variable_chooses_the_database(tmp_path, monkeypatch):
    monkeypatch.setenv("CITYAPP_DB", str(tmp_path / "chosen.sqlite3"))
    database = open_database()
    try:
        assert database.path == Path(tmp_path / "chosen.sqlite3")
    finally:
        database.dispose()


def test_labels_name_the_file_or_the_server(tmp_path):
    database = open_database(tmp_path / "office.sqlite3")
    try:
        assert database.label.endswith("office.sqlite3")
    finally:
        database.dispose()
