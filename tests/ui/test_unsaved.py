"""Unsaved edits are never thrown away: closing, exiting and switching databases ask first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from cityapp.models import City, Meeting
from tests.ui.helpers import page_of, select_by
from ui.dialogs.drafts import DraftRestoreDialog
from ui.dialogs.messages import DISCARD, SAVE

pytestmark = pytest.mark.gui


def berlin_notes(window):
    with window.ctx.database.factory() as s:
        return s.scalars(select(City.notes).where(City.name_en == "Berlin")).one()


def type_berlin_note(window, qtbot, text="Call the Senate office first."):
    page = page_of(window, "cities")
    select_by(page, 0, "Berlin")
    notes = page.form.inputs["notes"]
    notes.edit.setFocus()
    notes.edit.moveCursor(notes.edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes.edit, text)
    assert page.form.is_dirty()
    return page


@pytest.mark.parametrize("how", ["close", "exit", "ctrl_q"])
def test_leaving_with_unsaved_typing_asks_and_cancel_keeps_it(
    start, demo_copy, qtbot, unsaved_question, how
):
    window = start("--db", str(demo_copy))
    before = berlin_notes(window)
    page = type_berlin_note(window, qtbot)
    if how == "close":
        window.close()
    elif how == "exit":
        window.exit_action.trigger()
    else:
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert unsaved_question.asked == [["Cities: Berlin"]]
    assert window.isVisible()
    assert page.form.is_dirty()
    assert berlin_notes(window) == before


def test_save_on_close_keeps_the_typing(start, demo_copy, qtbot, unsaved_question):
    window = start("--db", str(demo_copy))
    before = berlin_notes(window) or ""
    type_berlin_note(window, qtbot)
    unsaved_question.answer = SAVE
    window.close()
    assert not window.isVisible()
    assert berlin_notes(window) == (before + "Call the Senate office first.").strip()


def test_discard_on_close_throws_the_typing_away_on_purpose(
    start, demo_copy, qtbot, unsaved_question
):
    window = start("--db", str(demo_copy))
    before = berlin_notes(window)
    page = type_berlin_note(window, qtbot)
    unsaved_question.answer = DISCARD
    window.close()
    assert not window.isVisible()
    assert not page.form.is_dirty()
    assert berlin_notes(window) == before


def test_nothing_to_save_closes_without_asking(start, demo_copy, unsaved_question):
    window = start("--db", str(demo_copy))
    page_of(window, "cities")
    window.close()
    assert unsaved_question.asked == []
    assert not window.isVisible()


@pytest.mark.parametrize("switch", ["open_demo", "open_file"])
def test_switching_database_asks_first(
    start, demo_copy, qtbot, unsaved_question, monkeypatch, tmp_path, switch
):
    from ui.dialogs.open_database import OpenFileDialog

    window = start("--db", str(demo_copy))
    page = type_berlin_note(window, qtbot)
    other = tmp_path / "other.sqlite3"
    monkeypatch.setattr(OpenFileDialog, "ask", classmethod(lambda cls, *a, **k: str(other)))
    if switch == "open_demo":
        window.demo_action.trigger()
    else:
        window.new_db_action.trigger()
    assert unsaved_question.asked == [["Cities: Berlin"]]
    assert window.ctx.database.path == demo_copy  # cancelled: still here, typing kept
    assert page.form.is_dirty()
    unsaved_question.answer = SAVE
    if switch == "open_demo":
        window.demo_action.trigger()
    else:
        window.new_db_action.trigger()
    assert window.ctx.database.path != demo_copy
    from cityapp.db import open_database

    db = open_database(demo_copy)
    try:
        with db.factory() as s:
            notes = s.scalars(select(City.notes).where(City.name_en == "Berlin")).one()
    finally:
        db.dispose()
    assert notes.endswith("Call the Senate office first.")


def test_no_draft_is_offered_after_a_successful_save(start, demo_copy, qtbot, monkeypatch):
    offered = []
    monkeypatch.setattr(
        DraftRestoreDialog,
        "ask",
        classmethod(lambda cls, parent, when: offered.append(when) or True),
    )
    window = start("--db", str(demo_copy))
    page = page_of(window, "meetings")
    select_by(page, 1, "Courtesy call on the Governor")
    venue = page.form.inputs["venue"]
    venue.edit.setFocus()
    venue.edit.end(False)
    qtbot.keyClicks(venue.edit, " (east wing)")
    qtbot.waitUntil(lambda: not page.draft_timer.isActive())  # the draft is on disk
    assert page.save()
    assert offered == []
    select_by(page, 1, "Talks with the Senate of Berlin")
    select_by(page, 1, "Courtesy call on the Governor")
    assert offered == []
    with window.ctx.database.factory() as s:
        venue_now = s.scalars(
            select(Meeting.venue).where(Meeting.title == "Courtesy call on the Governor")
        ).one()
    assert venue_now.endswith("(east wing)")
