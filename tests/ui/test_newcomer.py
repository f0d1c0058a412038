"""The newcomer's path: a fresh data folder, the first-start dialog, the demo, then one field
edited and saved on every page. A save writes the field that changed and nothing else."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from cityapp.fields import MULTILINE, TEXT
from cityapp.services.records import editable_values, link_ids
from ui.dialogs import first_start
from ui.models.records import ID_ROLE
from ui.widgets.inputs import RefInput, RefsInput

pytestmark = pytest.mark.gui

BOOKKEEPING = {"version", "updated_at"}
PAGES = [
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
]


@pytest.fixture
def newcomer(start, monkeypatch):
    """The program on a fresh data folder, the demo chosen in the first-start dialog."""
    monkeypatch.setattr(
        first_start.FirstStartDialog, "ask", classmethod(lambda cls, parent: first_start.DEMO)
    )
    return start()


def stored(window, model, record_id):
    with window.ctx.database.factory() as s:
        obj = s.get(model, record_id)
        return {**editable_values(obj), **link_ids(obj)}


def text_field(page):
    """A plain text field of the page's form the user can type into (notes first)."""
    fields = [f for f in page.form_spec.fields if f.kind in (TEXT, MULTILINE)]
    return next((f for f in fields if f.key == "notes"), fields[0])


def type_into(qtbot, widget, text):
    inner = widget.findChild(QLineEdit) or widget.findChild(QPlainTextEdit)
    inner.setFocus()
    if isinstance(inner, QLineEdit):
        inner.end(False)
    else:
        inner.moveCursor(inner.textCursor().MoveOperation.End)
    qtbot.keyClicks(inner, text)


def record_with_links(window, page):
    """The listed record with the most links to other records (a city, a trip, objectives)."""
    model = page.model
    model.load_until(model.total())
    ref_keys = [f.key for f in page.form_spec.fields if f.kind in ("ref", "refs")]
    best = None
    for row in range(min(model.rowCount(), 200)):
        record_id = model.index(row, 0).data(ID_ROLE)
        values = stored(window, page.record_class, record_id)
        links = sum(values.get(k) not in (None, []) for k in ref_keys)
        if best is None or links > best[0]:
            best = (links, row, record_id)
    return best[1], best[2]


@pytest.mark.parametrize("key", PAGES)
def test_editing_one_field_after_the_first_start_changes_that_field_alone(newcomer, qtbot, key):
    window = newcomer
    window.show_page(key)
    page = window.pages[key]
    assert page.model.rowCount() > 0
    row, record_id = record_with_links(window, page)
    page.table.selectRow(row)
    assert page.current_id == record_id
    before = stored(window, page.record_class, record_id)
    # Every picker shows the record it links to: nothing reads "—" where a link is stored.
    for f in page.form_spec.fields:
        widget = page.form.inputs[f.key]
        if isinstance(widget, RefInput) and before.get(f.key) is not None:
            assert widget.value() == before[f.key], f.key
        if isinstance(widget, RefsInput) and f.key in before:
            assert widget.value() == sorted(before[f.key]), f.key
    field = text_field(page)
    type_into(qtbot, page.form.inputs[field.key], " (checked)")
    assert page.save()
    after = stored(window, page.record_class, record_id)
    changed = {k for k in after if k not in BOOKKEEPING and after[k] != before[k]}
    assert changed == {field.key}
    assert after[field.key] == ((before[field.key] or "") + " (checked)").strip()
    window.undo_action.trigger()
    assert {
        k: v
        for k, v in stored(window, page.record_class, record_id).items()
        if k not in BOOKKEEPING
    } == {k: v for k, v in before.items() if k not in BOOKKEEPING}


def test_a_picker_that_cannot_show_its_record_never_erases_the_link(newcomer, qtbot, dialogs):
    """Even when a picker's list lacks the linked record, saving another field keeps the link."""
    from cityapp.models import Meeting

    window = newcomer
    window.show_page("meetings")
    page = window.pages["meetings"]
    row, record_id = record_with_links(window, page)
    before = stored(window, Meeting, record_id)
    assert before["city_id"] is not None
    page.table.selectRow(row + 1)
    city = page.form.inputs["city_id"]
    city.provider = lambda kind: []  # a list that fails to load
    city.combo.blockSignals(True)
    city.combo.clear()
    city.combo.blockSignals(False)
    page.table.selectRow(row)
    assert page.current_id == record_id
    assert city.value() is None and not page.form.is_dirty()
    type_into(qtbot, page.form.inputs["venue"], " Hall")
    assert page.save()
    after = stored(window, Meeting, record_id)
    assert after["city_id"] == before["city_id"]
    assert after["trip_id"] == before["trip_id"]
    assert after["objectives"] == before["objectives"]
    assert after["venue"] == ((before["venue"] or "") + " Hall").strip()


def test_undo_puts_a_changed_link_back(newcomer, qtbot):
    from cityapp.models import Meeting

    window = newcomer
    window.show_page("meetings")
    page = window.pages["meetings"]
    row, record_id = record_with_links(window, page)
    page.table.selectRow(row)
    before = stored(window, Meeting, record_id)
    objectives = page.form.inputs["objectives"]
    item = objectives.list.item(0)
    item.setCheckState(
        Qt.CheckState.Unchecked
        if item.checkState() == Qt.CheckState.Checked
        else Qt.CheckState.Checked
    )
    trip = page.form.inputs["trip_id"]
    trip.set_value(None)
    trip.changed.emit()
    assert page.save()
    after = stored(window, Meeting, record_id)
    assert after["objectives"] != before["objectives"]
    assert after["trip_id"] is None
    window.undo_action.trigger()
    back = stored(window, Meeting, record_id)
    assert back["objectives"] == before["objectives"]
    assert back["trip_id"] == before["trip_id"]
