"""What officers touch every day, on the real widgets: every tab in sight, Tab out of a list,
a problem's message gone once put right, the commitments' owners by name, a meeting's zone
from its city, a commitment done before its meeting asked about first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from cityapp.models import Commitment, CommitmentStatus, Meeting, OwnerSide
from tests.ui.helpers import page_of, select_by

RECORD_PAGES = (
    "cities",
    "counterparts",
    "trips",
    "meetings",
    "commitments",
    "gifts",
    "networks",
    "projects",
    "programmes",
    "staff",
)


def test_every_tab_of_a_record_is_in_sight_at_1280_by_720(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    window.resize(1280, 720)
    for key in RECORD_PAGES:
        page = page_of(window, key)
        qtbot.waitUntil(lambda p=page: p.tabs.strip.width() > 0)
        strip = page.tabs.strip.rect()
        for i in range(page.tabs.count()):
            button = page.tabs.tabButton(i)
            assert button.isVisible(), (key, button.text())
            assert strip.contains(button.geometry()), (key, button.text())
    trips = page_of(window, "trips")
    trips.tabs.setCurrentIndex(0)
    trips.tabs.setFocus()
    qtbot.keyClick(trips.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert trips.tabs.currentIndex() == 1
    assert trips.tabs.tabButton(1).isChecked() and not trips.tabs.tabButton(0).isChecked()


def test_tab_leaves_the_list_for_the_form(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    page = page_of(window, "cities")
    select_by(page, 0, "Berlin")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert not page.table.hasFocus()
    assert page.heading.text() == "Berlin"  # the record did not change


def test_answering_no_keeps_the_list_on_the_record_shown(start, demo_copy, qtbot, monkeypatch):
    from ui.dialogs.messages import ConfirmDialog

    window = start("--db", str(demo_copy))
    page = page_of(window, "cities")
    row = select_by(page, 0, "Berlin")
    page.form.inputs["notes"].edit.setPlainText("draft")
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, p, t, q: False))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.heading.text() == "Berlin"
    assert page.table.selectionModel().selectedRows()[0].row() == row
    assert page.table.currentIndex().row() == row
    assert page.form.inputs["notes"].value() == "draft"


def test_the_commitments_list_names_the_owner(start, demo_copy):
    window = start("--db", str(demo_copy))
    page = page_of(window, "commitments")
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert headers[2:4] == ["Side", "Owner"]
    with window.ctx.database.factory() as s:
        owned = s.scalars(
            select(Commitment).where(Commitment.owner_staff_id.is_not(None)).limit(1)
        ).one()
        text, name = owned.text, f"{owned.owner_staff.family_name} {owned.owner_staff.given_name}"
    row = select_by(page, 4, text)
    assert page.model.index(row, 3).data() == name


def test_choosing_a_meetings_city_sets_its_time_zone(start, demo_copy):
    window = start("--db", str(demo_copy))
    page = page_of(window, "meetings")
    page.new_action.trigger()
    zone = page.form.inputs["zone"]
    assert zone.value() == "Asia/Tokyo"
    with window.ctx.database.factory() as s:
        from cityapp.models import City

        berlin = s.scalars(select(City.id).where(City.name_en == "Berlin")).one()
    page.form.inputs["city_id"].set_value(berlin)
    assert zone.value() == "Europe/Berlin"
    zone.set_value("Europe/London")  # the officer can still change it
    assert zone.value() == "Europe/London"


def test_marking_done_before_the_meeting_took_place_asks_first(start, demo_copy, monkeypatch):
    from datetime import UTC, datetime

    from ui.dialogs.messages import ConfirmDialog

    with_db = start("--db", str(demo_copy))
    with with_db.ctx.database.factory.begin() as s:
        later = Meeting(
            title="Talks to come", starts_at=datetime(2027, 2, 16, 1, tzinfo=UTC), zone="UTC"
        )
        s.add(later)
        s.flush()
        s.add(Commitment(meeting_id=later.id, text="Promise ahead", owner_side=OwnerSide.OURS))
    window = with_db
    page = page_of(window, "commitments")
    page.reload_from_database()
    select_by(page, 4, "Promise ahead")
    asked = []
    monkeypatch.setattr(
        ConfirmDialog, "ask", classmethod(lambda cls, p, t, q: asked.append(q) or False)
    )
    assert not page.mark(CommitmentStatus.DONE)
    assert asked and "has not happened yet" in asked[0]
    with window.ctx.database.factory() as s:
        status = s.scalars(select(Commitment.status).where(Commitment.text == "Promise ahead"))
        assert status.one() is CommitmentStatus.OPEN
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, p, t, q: True))
    assert page.mark(CommitmentStatus.DONE)


def test_the_edit_menu_acts_on_the_page_shown(start, demo_copy):
    window = start("--db", str(demo_copy))
    page = page_of(window, "staff")
    select_by(page, 0, "Mori")
    window._update_record_actions()
    assert all(a.isEnabled() for a in window.record_actions.values())
    window.record_actions["new_action"].trigger()
    assert page.is_new
    page.revert()
    window.show_page("reports")  # a page with no records: nothing to do
    window._update_record_actions()
    assert not any(a.isEnabled() for a in window.record_actions.values())


def test_help_lists_every_shortcut_and_opens_the_manual(start, demo_copy):
    from PySide6.QtGui import QAction, QKeySequence

    from ui.dialogs.manual import ManualDialog, ShortcutsDialog

    window = start("--db", str(demo_copy))
    dialog = ShortcutsDialog(window)
    listed = {(keys, what) for _where, keys, what in dialog.rows}
    native = QKeySequence.SequenceFormat.NativeText
    # Every action of every page that answers a key is listed (the Edit menu's own are the
    # pages' keys again).
    proxies = set(window.record_actions.values())
    for action in window.findChildren(QAction):
        if action.shortcuts() and action not in proxies:
            keys = ", ".join(s.toString(native) for s in action.shortcuts())
            assert any(k == keys for k, _ in listed), (keys, action.text())
    wheres = {where for where, _k, _w in dialog.rows}
    assert {"Everywhere", "Trips", "Commitments", "A record's tabs"} <= wheres
    assert ("Ctrl+K", "Find anything") in listed
    assert ("Ctrl+Shift+8", "Programmes") in listed
    manual = ManualDialog(window)
    assert "a short manual" in manual.browser.toPlainText()


def test_the_manual_speaks_the_windows_language(start, demo_copy):
    from ui.dialogs.manual import manual_text

    assert manual_text("ja").startswith("# シティ・ディプロマシー・デスク")
    assert manual_text("en").startswith("# City Diplomacy Desk")
    assert manual_text("fr") == manual_text("en")  # English where there is none


def test_file_dialogs_open_where_that_kind_of_file_went_last(
    start, demo_copy, tmp_path, monkeypatch
):
    import os
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from ui.dialogs.export import ExportDialog
    from ui.dialogs.files import FileChooser, documents

    window = start("--db", str(demo_copy))
    docs = documents()
    assert docs.is_dir()  # made when missing, never an error
    first = ExportDialog(window, "Export", "Berlin visit.xlsx", "Excel (*.xlsx)")
    assert Path(first.path.text()) == docs / "Berlin visit.xlsx"  # the record's title
    chosen = tmp_path / "shared" / "Berlin visit.xlsx"
    chosen.parent.mkdir()
    first.path.setText(str(chosen))
    assert first.choice()[0] == chosen
    again = ExportDialog(window, "Export", "Seoul visit.xlsx", "Excel (*.xlsx)")
    assert Path(again.path.text()) == chosen.parent / "Seoul visit.xlsx"
    other = ExportDialog(window, "Export", "Seoul visit.ics", "iCalendar (*.ics)")
    assert Path(other.path.text()).parent == docs  # another kind of file: its own folder
    seen = {}

    def fake_open(parent, title, folder, filters):
        seen["folder"] = folder
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    assert FileChooser.open(window, "Import") is None
    assert seen["folder"].endswith(os.sep)  # a folder, no file name typed for the officer


def test_a_long_trip_title_is_elided_in_the_middle_and_whole_in_its_tooltip(start, demo_copy):
    window = start("--db", str(demo_copy))
    page = page_of(window, "trips")
    assert page.table.textElideMode() == Qt.TextElideMode.ElideMiddle
    row = select_by(page, 4, "London and Berlin: Games legacy and memorandum")
    tip = page.model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "London and Berlin: Games legacy and memorandum"


def test_the_atmosphere_is_a_scale_of_words_in_sight(start, demo_copy):
    window = start("--db", str(demo_copy))
    page = page_of(window, "meetings")
    select_by(page, 1, "Talks with the Seoul Metropolitan Government")
    scale = page.form.inputs["atmosphere"]
    steps = [scale.combo.itemText(i) for i in range(scale.combo.count())]
    assert steps == ["—", "1 — tense", "2 — cool", "3 — businesslike", "4 — friendly", "5 — warm"]
    assert scale.combo.maxVisibleItems() >= len(steps)
    with window.ctx.database.factory() as s:
        stored = s.scalars(
            select(Meeting.atmosphere).where(
                Meeting.title == "Talks with the Seoul Metropolitan Government"
            )
        ).one()
    assert scale.value() == stored
    scale.set_value(None)
    assert scale.value() is None


def test_the_objectives_checklist_reads_without_scrolling(start, demo_copy, qtbot):
    from PySide6.QtCore import Qt as _Qt

    window = start("--db", str(demo_copy))
    window.resize(1280, 720)
    page = page_of(window, "trips")
    page.tabs.setCurrentIndex(0)
    checklist = page.form.inputs["objectives"].list
    qtbot.waitUntil(lambda: checklist.isVisible())
    qtbot.wait(20)
    assert checklist.horizontalScrollBarPolicy() == _Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert checklist.wordWrap()
    bottom = max(
        checklist.visualItemRect(checklist.item(i)).bottom() for i in range(checklist.count())
    )
    assert bottom <= checklist.viewport().height()  # every objective in sight, whole


def test_a_long_title_never_widens_the_form_past_the_window(start, demo_copy, qtbot):
    from cityapp.models import Trip

    window = start("--db", str(demo_copy))
    window.resize(1280, 720)
    long_title = "Delegation-" + "x" * 150 + " visit"
    with window.ctx.database.factory.begin() as s:
        trip = s.scalars(select(Trip).where(Trip.title.like("London and Berlin%"))).one()
        trip.title = long_title
    page = page_of(window, "trips")
    page.reload_from_database()
    select_by(page, 4, long_title)
    page.tabs.setCurrentIndex(0)
    qtbot.wait(20)
    scroll = page.form.parentWidget().parentWidget().parentWidget()  # holder → viewport → area
    assert page.heading.text().replace("\u200b", "") == long_title
    assert page.heading.width() <= scroll.viewport().width()
    assert page.form.width() <= scroll.viewport().width()


def test_f5_keeps_every_picker_on_its_record(start, demo_copy):
    window = start("--db", str(demo_copy))
    page = page_of(window, "trips")
    select_by(page, 4, "London and Berlin: Games legacy and memorandum")
    lead = page.form.inputs["lead_staff_id"].value()
    assert lead is not None
    window.reload_current()  # F5
    assert page.form.inputs["lead_staff_id"].value() == lead
    assert not page.form.is_dirty()  # nothing a save could write over the stored lead


def test_no_progress_box_is_left_over_an_error(start, demo_copy, tmp_path, monkeypatch, qtbot):
    """A portfolio that cannot be written (its folder is a file): the error is said with no
    progress box still on screen behind or over it."""
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from ui.dialogs.export import ExportDialog
    from ui.dialogs.messages import ErrorDialog

    window = start("--db", str(demo_copy))
    page = page_of(window, "reports")
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be")
    monkeypatch.setattr(
        ExportDialog,
        "ask_with_language",
        classmethod(lambda cls, *a, **k: (blocked / "Portfolio.xlsx", "en", False)),
    )
    seen = []

    def said(cls, parent, title, message, details=None):
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        seen.append((message, [b for b in boxes if b.isVisible()]))

    monkeypatch.setattr(ErrorDialog, "ask", classmethod(said))
    assert not page.portfolio()
    assert len(seen) == 1 and seen[0][1] == []
