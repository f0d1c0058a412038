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
    assert table.row_count() > 1
    rows = [
        [table.text(r, c) for c in range(table.model().columnCount())]
        for r in range(table.row_count())
    ]
    # (The suite's clock starts again at its fixed instant in every test, so the shared demo
    # file may look newer than this save: the line is looked for, not taken from the top.)
    assert ["changed", "Region or state", "", "Capital Area"] in [row[2:] for row in rows]
    # Another record: the tab follows the selection.
    select_by(page, 0, "Berlin")
    assert all(table.text(r, 5) != "Capital Area" for r in range(table.row_count()))


def test_the_audit_trail_dialog_filters_and_exports(
    start, demo_copy, qtbot, tmp_path, monkeypatch, model_tester
):
    window = start("--db", str(demo_copy))
    dialog = AuditTrailDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    model_tester(dialog.table.model())  # and as the filter refills it
    everything = dialog.table.row_count()
    assert everything > 0
    dialog.kind.setCurrentIndex(dialog.kind.findData("city"))
    dialog.apply_button.click()
    assert 0 < dialog.table.row_count() < everything
    assert {dialog.table.text(r, 3) for r in range(dialog.table.row_count())} == {"City"}
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
