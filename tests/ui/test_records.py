"""Record pages driven as an officer would: edit, validate, delete, undo, redo, conflicts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from cityapp.models import City, Counterpart, RelationshipLevel
from cityapp.services.lists import CITIES
from tests.demo_counts import DEMO_CITIES
from tests.ui.helpers import page_of, select_by
from ui.dialogs.messages import ConfirmDialog
from ui.models.records import ID_ROLE, RecordTableModel

pytestmark = pytest.mark.gui


def test_a_counterpart_is_edited_and_saved(start, demo_copy, dialogs, qtbot):
    window = start("--db", str(demo_copy))
    page = page_of(window, "counterparts")
    select_by(page, 0, "Volkova")
    assert page.heading.text() == "Anna Volkova"
    position = page.form.inputs["position"]
    position.edit.setFocus()
    position.edit.clear()
    qtbot.keyClicks(position.edit, "Governor for Science")
    assert page.revert_action.isEnabled()
    qtbot.keyClick(position.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with window.ctx.database.factory() as s:
        person = s.scalars(select(Counterpart).where(Counterpart.family_name == "Volkova")).one()
    assert person.position == "Governor for Science" and person.version == 2
    assert page.model.index(page.model.row_of(person.id), 3).data() == "Governor for Science"
    assert "Saved" in window.statusBar().currentMessage()
    assert dialogs["error"] == []


def test_validation_speaks_next_to_the_field_and_saves_nothing(start, demo_copy, dialogs, qtbot):
    window = start("--db", str(demo_copy))
    page = page_of(window, "cities")
    select_by(page, 0, "Berlin")
    page.form.inputs["name_en"].edit.clear()
    page.form.inputs["timezone"].set_value("Mars/Olympus")
    assert not page.save()
    assert page.form.errors["name_en"].text() == "English name is required."
    assert not page.form.errors["name_en"].isHidden()
    assert "not a time zone" in page.form.errors["timezone"].text()
    assert page.form.errors["country_code"].isHidden()
    with window.ctx.database.factory() as s:
        assert s.scalar(select(City.timezone).where(City.name_en == "Berlin")) == "Europe/Berlin"


def test_a_city_is_added_by_hand_then_undone_and_redone(
    start, demo_copy, dialogs, qtbot, monkeypatch
):
    from ui.dialogs.world_city import BY_HAND, WorldCityDialog

    monkeypatch.setattr(WorldCityDialog, "ask", classmethod(lambda cls, parent: BY_HAND))
    window = start("--db", str(demo_copy))
    page = page_of(window, "cities")
    page.new_action.trigger()
    assert page.heading.text() == "New city"
    form = page.form.inputs
    qtbot.keyClicks(form["name_en"].edit, "Vienna")
    form["name_local"].edit.setText("Wien")
    form["name_ja"].edit.setText("ウィーン")
    form["country_code"].set_value("AT")
    form["timezone"].set_value("Europe/Vienna")
    form["relationship_level"].set_value(RelationshipLevel.CONTACT)
    assert page.save()
    assert page.heading.text() == "Vienna"
    assert window.rows_label.text() == f"{DEMO_CITIES + 1} of {DEMO_CITIES + 1} rows"
    selected = page.table.selectionModel().selectedRows()[0]
    assert selected.data() == "Vienna"

    def vienna():
        with window.ctx.database.factory() as s:
            return s.scalars(select(City).where(City.name_en == "Vienna")).first()

    assert vienna().name_local == "Wien"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert vienna() is None
    assert window.rows_label.text() == f"{DEMO_CITIES} of {DEMO_CITIES} rows"
    window.redo_action.trigger()
    assert vienna().name_ja == "ウィーン"
    assert dialogs["error"] == []


def test_an_edit_is_undone_and_redone(start, demo_copy, dialogs):
    window = start("--db", str(demo_copy))
    page = page_of(window, "cities")
    select_by(page, 0, "Rome")
    page.form.inputs["notes"].edit.setPlainText("Capital of Italy")
    assert page.save()

    def notes():
        with window.ctx.database.factory() as s:
            return s.scalar(select(City.notes).where(City.name_en == "Rome"))

    assert notes() == "Capital of Italy"
    window.undo_action.trigger()
    assert notes() is None
    assert page.form.inputs["notes"].value() is None
    window.redo_action.trigger()
    assert notes() == "Capital of Italy"


def test_a_delete_with_dependents_is_refused_with_reasons(start, demo_copy, dialogs, qtbot):
    window = start("--db", str(demo_copy))
    page = page_of(window, "cities")
    select_by(page, 0, "Seoul")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert dialogs["confirm"] and "Seoul" in dialogs["confirm"][0]
    assert len(dialogs["error"]) == 1 and "Seoul cannot be deleted" in dialogs["error"][0]
    assert "3 agreements" in dialogs["error"][0]
    assert window.rows_label.text() == f"{DEMO_CITIES} of {DEMO_CITIES} rows"
    assert not window.undo_action.isEnabled()


def test_a_delete_is_undone(start, demo_copy, dialogs):
    from cityapp.models import StaffMember

    window = start("--db", str(demo_copy))
    page = page_of(window, "staff")
    page.new_action.trigger()
    page.form.inputs["family_name"].edit.setText("Ogawa")
    page.form.inputs["title"].edit.setText("Protocol Officer")
    assert page.save()
    ogawa = page.current_id

    def stored():
        with window.ctx.database.factory() as s:
            return s.get(StaffMember, ogawa)

    assert page.delete()
    assert stored() is None
    assert window.rows_label.text() == "10 of 10 rows"
    window.undo_action.trigger()
    assert stored().title == "Protocol Officer"
    assert window.rows_label.text() == "11 of 11 rows"
    assert page.select_record(ogawa) and page.heading.text() == "Ogawa"


def test_an_edit_conflict_names_the_other_officer_and_reloads(start, db_target, dialogs, tmp_path):
    from cityapp.db import open_database
    from cityapp.demo import create_demo_database
    from cityapp.services.records import update_record

    create_demo_database(db_target).dispose()
    window = start("--db", db_target, "--officer", "Mori Aiko")
    page = page_of(window, "cities")
    select_by(page, 0, "Paris")
    page.form.inputs["notes"].edit.setPlainText("my note")

    other = open_database(db_target, actor="Sato Kenji")
    try:
        with other.factory.begin() as s:
            paris = s.scalars(select(City).where(City.name_en == "Paris")).one()
            update_record(s, City, paris.id, {"notes": "their note"}, paris.version)
    finally:
        other.dispose()

    assert not page.save()
    assert len(dialogs["conflict"]) == 1
    assert "changed by Sato Kenji at" in dialogs["conflict"][0]
    assert page.form.inputs["notes"].value() == "their note"  # reloaded, as the officer chose
    with window.ctx.database.factory() as s:
        assert s.scalar(select(City.notes).where(City.name_en == "Paris")) == "their note"


def test_unsaved_changes_are_not_lost_silently(start, demo_copy, monkeypatch):
    window = start("--db", str(demo_copy))
    page = page_of(window, "cities")
    select_by(page, 0, "Berlin")
    page.form.inputs["notes"].edit.setPlainText("draft")
    asked = []
    monkeypatch.setattr(
        ConfirmDialog, "ask", classmethod(lambda cls, p, t, q: asked.append(q) or False)
    )
    select_by(page, 0, "Cairo")
    assert asked and "Berlin" in asked[0]
    assert page.heading.text() == "Berlin"
    assert page.form.inputs["notes"].value() == "draft"


def test_the_record_model_is_sound_and_pages(qtmodeltester, demo_file):
    from cityapp.db import open_database
    from cityapp.services.lists import fetch_rows

    db = open_database(demo_file)
    try:
        with db.factory() as s:
            rows = fetch_rows(s, CITIES, limit=1000)
        model = RecordTableModel(CITIES)
        asked = []

        def fetch(offset, limit):
            asked.append(offset)
            return rows[offset : offset + limit]

        model.set_source(fetch, len(rows), page_size=10)
        assert model.rowCount() == len(rows) == DEMO_CITIES  # counted, not fetched
        assert model.loaded() == 10 and asked == [0]
        # The last row fetches the last page only, not every page before it.
        last = model.index(len(rows) - 1, 0).data(ID_ROLE)
        assert last == rows[-1][0] and asked == [0, 20]
        assert model.row_of(last) == len(rows) - 1
        qtmodeltester.check(model, force_py=True)
    finally:
        db.dispose()
    QApplication.processEvents()


def test_a_city_is_created_from_the_world_list(start, demo_copy, dialogs, qtbot, monkeypatch):
    from ui.dialogs.world_city import WorldCityDialog

    def drive(cls, parent):
        dialog = cls(parent)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.box, "wien")
        qtbot.waitUntil(lambda: dialog.results.count() > 0)
        assert dialog.results.item(0).text().startswith("Vienna Wien")
        qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
        return dialog.chosen

    monkeypatch.setattr(WorldCityDialog, "ask", classmethod(drive))
    window = start("--db", str(demo_copy))
    page = page_of(window, "cities")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.form.inputs
    assert form["name_en"].value() == "Vienna"
    assert form["name_local"].value() == "Wien"
    assert form["name_ja"].value() == "ウィーン"
    assert form["country_code"].value() == "AT"
    assert form["timezone"].value() == "Europe/Vienna"
    assert abs(form["latitude"].value() - 48.2) < 0.1
    assert page.save()
    with window.ctx.database.factory() as s:
        vienna = s.scalars(select(City).where(City.name_en == "Vienna")).one()
    assert (vienna.country_code, vienna.timezone, vienna.name_local) == (
        "AT",
        "Europe/Vienna",
        "Wien",
    )


def test_escape_forgets_unsaved_changes(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    page = page_of(window, "cities")
    select_by(page, 0, "Cairo")
    notes = page.form.inputs["notes"]
    notes.setFocus()
    qtbot.keyClicks(notes.edit, "draft")
    assert page.form.is_dirty()
    qtbot.keyClick(notes.edit, Qt.Key.Key_Escape)
    assert notes.value() is None and not page.form.is_dirty()


def test_a_counterparts_photo_is_copied_in_shown_and_removed(start, demo_copy, dialogs, tmp_path):
    from PySide6.QtGui import QColor, QImage

    window = start("--db", str(demo_copy))
    page = page_of(window, "counterparts")
    select_by(page, 0, "Volkova")
    photo = page.form.inputs["photo"]
    assert photo.value() is None and photo.picture.text() == "No photo"
    image = QImage(120, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    portrait = tmp_path / "volkova.png"
    assert image.save(str(portrait))
    not_image = tmp_path / "notes.png"
    not_image.write_text("not an image", encoding="utf-8")

    assert not photo.use_file(str(not_image))
    assert not page.save()  # said next to the field; nothing stored
    assert "PNG or JPEG" in page.form.errors["photo"].text()
    assert photo.use_file(str(portrait)) and page.save()
    portrait.unlink()  # copied in: the file may go
    with window.ctx.database.factory() as s:
        person = s.scalars(select(Counterpart).where(Counterpart.family_name == "Volkova")).one()
        assert person.photo.startswith(b"\x89PNG")
    select_by(page, 0, "Volkova")
    assert not photo.picture.pixmap().isNull()
    photo.remove_button.click()
    assert page.save()
    with window.ctx.database.factory() as s:
        person = s.scalars(select(Counterpart).where(Counterpart.family_name == "Volkova")).one()
        assert person.photo is None
    assert dialogs["error"] == []


def test_the_projects_page_shows_what_residents_get(start, demo_copy):
    from tests.ui.helpers import page_of, select_by, show_tab

    window = start("--db", str(demo_copy))
    page = page_of(window, "projects")
    select_by(page, 0, "Cap-and-trade knowledge sharing with C40 cities")
    table = show_tab(page, page.indicators).table
    rows = {
        table.text(r, 0): [table.text(r, c) for c in range(6)] for r in range(table.row_count())
    }
    co2 = rows["CO₂ emitted by the covered facilities"]
    # From 13.6 down to 11 Mt: 11.6 measured on 2018-03-31 is 77% of the way.
    assert co2[1:4] == ["Mt-CO₂", "13.6", "11"] and co2[4].startswith("11.6")
    assert co2[5] == "77%"
    assert rows["Partner-city staff trained"][5] == "38%"
    milestones = show_tab(page, page.milestones).table
    assert milestones.row_count() == 3


def test_a_measured_value_is_recorded_for_an_indicator(start, demo_copy, monkeypatch):
    from datetime import date

    from tests.ui.helpers import page_of, select_by, show_tab
    from ui.dialogs.record_dialog import RecordDialog

    window = start("--db", str(demo_copy))
    page = page_of(window, "projects")
    select_by(page, 0, "Cap-and-trade knowledge sharing with C40 cities")
    tab = show_tab(page, page.indicators)
    row = next(
        r for r in range(tab.table.row_count()) if tab.table.text(r, 0).startswith("Partner")
    )
    tab.table.selectRow(row)
    monkeypatch.setattr(
        RecordDialog,
        "ask",
        classmethod(
            lambda cls, parent, title, form, provider, values: {
                **values,
                "measured_on": date(2018, 3, 31),
                "value": 120.0,
            }
        ),
    )
    assert page.measure_button.isEnabled() and page.add_measurement()
    row = next(
        r for r in range(tab.table.row_count()) if tab.table.text(r, 0).startswith("Partner")
    )
    assert tab.table.text(row, 4).startswith("120") and tab.table.text(row, 5) == "reached"
