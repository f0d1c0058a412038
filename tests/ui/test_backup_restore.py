"""File > Back up and File > Restore from backup, a read-only file, and a file that will not open."""

from __future__ import annotations

import logging
import shutil
import sqlite3

import pytest
from sqlalchemy import select

from cityapp.models import City
from cityapp.sqlite_files import backups_of
from tests.ui.helpers import page_of, select_by
from ui.dialogs.restore import RestoreDialog

pytestmark = pytest.mark.gui


def berlin_notes(window):
    with window.ctx.database.factory() as s:
        return s.scalars(select(City.notes).where(City.name_en == "Berlin")).one()


def test_back_up_then_restore_from_the_menu(
    start, tmp_path, demo_file, dialogs, monkeypatch, qtbot
):
    folder = tmp_path / "office #1 50%?"
    folder.mkdir()
    path = folder / "office.sqlite3"
    shutil.copy(demo_file, path)
    window = start("--db", str(path))
    before = berlin_notes(window)
    made = window.backup_database()
    assert made is not None and made.exists()
    assert backups_of(path)[0].path == made
    page = page_of(window, "cities")
    select_by(page, 0, "Berlin")
    page.form.inputs["notes"].edit.setPlainText("Changed after the backup.")
    assert page.save()
    offered = []
    monkeypatch.setattr(
        RestoreDialog,
        "ask",
        classmethod(lambda cls, parent, database, backups: offered.append(backups) or made),
    )
    assert window.restore_from_backup()
    assert offered[0][0].path == made
    assert berlin_notes(window) == before
    assert dialogs["error"] == []
    assert "Restored" in window.statusBar().currentMessage()
    kept = [b.path for b in backups_of(path) if "before-restore" in b.path.name]
    assert len(kept) == 1  # the file as it was, set aside


def test_a_read_only_file_says_so_in_the_status_bar(start, tmp_path, demo_file, monkeypatch):
    import ui.app

    path = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, path)
    real = ui.app.open_database
    monkeypatch.setattr(
        ui.app,
        "open_database",
        lambda target, actor=None: real(target, actor=actor, read_only=True),
    )
    window = start("--db", str(path))
    assert window.ctx.database.read_only
    assert "read-only" in window.db_label.text()


def test_a_file_that_will_not_open_offers_its_newest_backup(tmp_path, demo_file, monkeypatch):
    from cityapp.sqlite_files import make_backup
    from ui import app
    from ui.dialogs.messages import ConfirmDialog

    path = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, path)
    made = make_backup(path)
    path.write_bytes(b"this is not a database any more" * 100)
    asked = []
    monkeypatch.setattr(
        ConfirmDialog, "ask", classmethod(lambda cls, parent, title, q: asked.append(q) or True)
    )
    database = app.offer_restore(str(path), "tester", app.UserError("broken"))
    try:
        assert made.name in asked[0]
        assert database is not None
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT count(*) FROM city").fetchone()[0] > 0
        conn.close()
    finally:
        database.dispose()


def test_a_full_disk_is_said_in_plain_words_and_nothing_is_saved(start, demo_copy, dialogs, qtbot):
    import sqlite3

    from sqlalchemy import event

    packed = sqlite3.connect(demo_copy)  # no free pages left in the file to write into
    packed.execute("VACUUM")
    packed.close()
    window = start("--db", str(demo_copy))
    before = berlin_notes(window)
    engine = window.ctx.database.engine

    def no_room(dbapi_connection, record):  # the file may not grow: SQLite reports a full disk
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(engine, "connect", no_room)
    engine.dispose()
    page = page_of(window, "cities")
    select_by(page, 0, "Berlin")
    page.form.inputs["notes"].edit.setPlainText("A long note. " * 1_500)
    assert not page.save()
    assert dialogs["error"] == [
        "The disk is full: nothing was saved. Free some space and save again."
    ]
    event.remove(engine, "connect", no_room)
    engine.dispose()
    assert berlin_notes(window) == before


def test_a_database_held_by_another_program_is_said_in_plain_words(
    start, demo_copy, dialogs, monkeypatch
):
    from cityapp import db as dbmodule

    monkeypatch.setattr(dbmodule, "SQLITE_BUSY_TIMEOUT_MS", 200)
    window = start("--db", str(demo_copy))
    before = berlin_notes(window)
    page = page_of(window, "cities")
    select_by(page, 0, "Berlin")
    page.form.inputs["notes"].edit.setPlainText("Saved while another program holds the file.")
    holder = sqlite3.connect(demo_copy)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        assert not page.save()
    finally:
        holder.rollback()
        holder.close()
    assert dialogs["error"] == [
        "Another program is holding the database: nothing was saved. Wait a moment and save again."
    ]
    assert berlin_notes(window) == before
    assert page.save()  # once it lets go, the same typing saves
    assert berlin_notes(window) == "Saved while another program holds the file."


@pytest.mark.parametrize("failure", ["refused", "unreachable"])
def test_a_failed_save_logs_no_personal_data(start, demo_copy, dialogs, failure):
    from sqlalchemy import text

    from cityapp import logs
    from cityapp.models import StaffMember
    from ui.actions import run_action

    marker = "Allergic-to-shellfish-090-1234-5678"
    window = start("--db", str(demo_copy))

    def work(s):
        if failure == "refused":  # a rule of the database breaks: the statement carries the marker
            s.add(StaffMember(family_name="", given_name=marker))
            s.flush()
        else:
            s.execute(text("INSERT INTO no_such_table VALUES (:v)"), {"v": marker})

    assert run_action(window.ctx, window, "Save", work) is None
    assert len(dialogs["error"]) == 1
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = logs.log_file().read_text(encoding="utf-8")
    assert "database" in logged or "refused" in logged
    assert marker not in logged
