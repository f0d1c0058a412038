"""Every record page has a History tab; Tools > Audit trail shows and exports the office's changes."""

from __future__ import annotations

from openpyxl import load_workbook

from tests.ui.helpers import page_of, retype, select_by
from ui.dialogs.audit_trail import AuditTrailDialog
from ui.dialogs.export import ExportDialog, ExportDoneDialog


def test_the_history_tab_shows_a_save(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    page = page_of(window, "cities")
    select_by(page, 0, "Seoul")
    retype(qtbot, page.form.inputs["region"].edit, "Capital Area")
    assert page.save()
    page.tabs.setCurrentWidget(page.change_history)
    table = page.change_history.table
    assert table.rowCount() > 1
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    # (The suite's clock starts again at its fixed instant in every test, so the shared demo
    # file may look newer than this save: the line is looked for, not taken from the top.)
    assert ["changed", "Region or state", "", "Capital Area"] in [row[2:] for row in rows]
    # Another record: the tab follows the selection.
    select_by(page, 0, "Berlin")
    assert all(table.item(r, 5).text() != "Capital Area" for r in range(table.rowCount()))


def test_the_audit_trail_dialog_filters_and_exports(start, demo_copy, qtbot, tmp_path, monkeypatch):
    window = start("--db", str(demo_copy))
    dialog = AuditTrailDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    everything = dialog.table.rowCount()
    assert everything > 0
    dialog.kind.setCurrentIndex(dialog.kind.findData("city"))
    dialog.apply_button.click()
    assert 0 < dialog.table.rowCount() < everything
    assert {dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())} == {"City"}
    dialog.since.set_value(None)
    dialog.since.edit.setText("2026-02-30")
    dialog.apply_button.click()
    assert "not a day in the calendar" in dialog.summary.text()  # said, not used
    dialog.since.edit.setText("")
    target = tmp_path / "trail.xlsx"
    monkeypatch.setattr(
        ExportDialog,
        "ask",
        classmethod(lambda cls, parent, title, suggested, kinds: (target, False)),
    )
    done = []
    monkeypatch.setattr(
        ExportDoneDialog, "ask", classmethod(lambda cls, parent, path: done.append(path))
    )
    assert dialog.export()
    assert done == [target]
    ws = load_workbook(target).active
    assert ws["A1"].value == "Audit trail"
