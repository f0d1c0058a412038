"""Personal data from the Counterparts and Staff pages: exported whole, erased for good."""

from __future__ import annotations

from openpyxl import load_workbook

from cityapp.models import Counterpart
from tests.ui.helpers import page_of, retype, select_by
from ui.dialogs.export import ExportDoneDialog
from ui.dialogs.files import FileChooser
from ui.dialogs.privacy_review import ReviewDialog


def test_export_then_erase_a_counterpart(start, demo_copy, qtbot, tmp_path, monkeypatch, dialogs):
    window = start("--db", str(demo_copy))
    page = page_of(window, "counterparts")
    select_by(page, 0, "Sokolov")
    person_id = page.current_id
    retype(qtbot, page.form.inputs["position"].edit, "Mayor for ZQX")
    assert page.save() and page.undo_stack.count() == 1
    target = tmp_path / "person.xlsx"
    monkeypatch.setattr(
        FileChooser, "save", classmethod(lambda cls, parent, title, suggested: target)
    )
    monkeypatch.setattr(ExportDoneDialog, "ask", classmethod(lambda cls, parent, path: None))
    page.privacy_export_action.trigger()
    assert "Mayor for ZQX" in [c.value for c in load_workbook(target)["Record"]["B"]]

    page.privacy_erase_action.trigger()
    assert dialogs["confirm"] and "cannot be undone" in dialogs["confirm"][-1]
    assert page.undo_stack.count() == 0  # undo would bring the data back
    assert "erased" in window.statusBar().currentMessage()
    with window.ctx.database.factory() as s:
        person = s.get(Counterpart, person_id)
        assert person.family_name == "(erased)" and person.position is None
    assert "ZQX" not in page.form.inputs["position"].edit.text()


def test_the_review_lists_people_long_out_of_office(start, demo_copy, monkeypatch, model_tester):
    from datetime import date

    from sqlalchemy import select

    from cityapp.db import open_database

    db = open_database(str(demo_copy), actor="tester")
    with db.factory.begin() as s:
        person = s.scalars(select(Counterpart).where(Counterpart.family_name == "Sokolov")).one()
        person.term_end, person.dietary_notes = date(2015, 3, 31), "no pork"
    db.dispose()
    window = start("--db", str(demo_copy))
    page = page_of(window, "counterparts")
    seen = []
    monkeypatch.setattr(ReviewDialog, "exec", lambda self: seen.append(self) or 0)
    page.privacy_review_action.trigger()
    dialog = seen[0]
    row, line = next(
        (i, line)
        for i, line in enumerate(dialog.lines)
        if "Sokolov" in line.name and line.term_end == date(2015, 3, 31) and "dietary" in line.notes
    )
    model_tester(dialog.table.model())
    assert dialog.table.text(row, 1) == "2015-03-31"
    dialog.table.select_row(row)
    dialog.open_button.click()
    assert dialog.chosen == line.counterpart_id
