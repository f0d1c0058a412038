"""The Reports page: portfolio and meeting exports, templates, imports with a preview."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from cityapp.models import Counterpart
from tests.demo_counts import DEMO_OPEN_MEETINGS
from tests.ui.helpers import page_of
from ui.dialogs.export import ExportDialog, ExportDoneDialog
from ui.dialogs.files import FileChooser
from ui.dialogs.import_preview import ImportPreview

pytestmark = pytest.mark.gui


@pytest.fixture
def finished(monkeypatch):
    done = []
    monkeypatch.setattr(
        ExportDoneDialog, "ask", classmethod(lambda cls, parent, path: done.append(path))
    )
    return done


def test_portfolio_all_meetings_and_all_commitments(
    start, demo_copy, tmp_path, monkeypatch, finished
):
    window = start("--db", str(demo_copy))
    page = page_of(window, "reports")
    targets = iter(
        [tmp_path / "portfolio.xlsx", tmp_path / "meetings.xlsx", tmp_path / "commitments.xlsx"]
    )
    monkeypatch.setattr(
        ExportDialog,
        "ask_with_language",
        classmethod(lambda cls, parent, title, suggested, kinds: (next(targets), "en", False)),
    )
    assert page.portfolio_button.isEnabled()
    page.portfolio_button.click()
    page.meetings_button.click()
    assert finished == [tmp_path / "portfolio.xlsx", tmp_path / "meetings.xlsx"]
    assert load_workbook(tmp_path / "portfolio.xlsx").sheetnames[0] == "Partners"
    assert (
        load_workbook(tmp_path / "meetings.xlsx").active.max_row == 1 + DEMO_OPEN_MEETINGS
    )  # header + meetings
    assert window.statusBar().currentMessage() == f"Wrote {DEMO_OPEN_MEETINGS} meetings."
    page.commitments_button.click()
    assert finished[-1] == tmp_path / "commitments.xlsx"
    with window.ctx.database.factory() as s:
        from cityapp import confidentiality
        from cityapp.models import Commitment

        with confidentiality.scope(s, False):
            open_commitments = s.scalar(select(func.count(Commitment.id)))
    sheet = load_workbook(tmp_path / "commitments.xlsx").active
    assert sheet.max_row == 1 + open_commitments
    assert [c.value for c in sheet[1]][:5] == ["Due", "Status", "Side", "Owner", "Commitment"]
    assert window.statusBar().currentMessage() == f"Wrote {open_commitments} commitments."


def test_an_import_is_previewed_then_written(start, demo_copy, tmp_path, monkeypatch, dialogs):
    window = start("--db", str(demo_copy))
    page = page_of(window, "reports")
    wb = Workbook()
    wb.active.append(["Family name", "Given name", "City"])
    wb.active.append(["Haddad", "Omar", "Cairo"])
    wb.active.append(["Kim", "Min-jun", "Seoul"])  # already in the record
    source = tmp_path / "people.xlsx"
    wb.save(source)
    monkeypatch.setattr(FileChooser, "open", classmethod(lambda cls, parent, title: source))
    previews = []
    monkeypatch.setattr(
        ImportPreview,
        "ask",
        classmethod(lambda cls, parent, report, file: previews.append(report) or report.ok),
    )

    def people():
        with window.ctx.database.factory() as s:
            return s.scalar(select(func.count()).select_from(Counterpart))

    before = people()
    assert not page.import_file("counterparts")
    assert previews[-1].rejected[0].reasons == ["already in the record (same name and city)"]
    assert people() == before
    wb.active.delete_rows(3)
    wb.save(source)
    assert page.import_file("counterparts")
    assert people() == before + 1
    assert window.statusBar().currentMessage() == "Imported 1 counterparts."


def test_the_preview_dialog_refuses_to_import_a_bad_file(qtbot, tmp_path, model_tester):
    from cityapp.excel.imports import ImportReport, RowResult

    report = ImportReport(
        "cities",
        accepted=[RowResult(2, "Vienna")],
        rejected=[RowResult(3, "Nowhere", ["Country: XX is not an ISO country code."])],
    )
    dialog = ImportPreview(None, report, tmp_path / "cities.xlsx")
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert (
        dialog.table.row_count() == 2
        and dialog.table.text(1, 3) == "Country: XX is not an ISO country code."
    )
    model_tester(dialog.table.model())


def test_confidential_meetings_go_into_the_reports_only_when_the_box_is_ticked(
    start, demo_copy, tmp_path, monkeypatch, finished
):
    window = start("--db", str(demo_copy))
    page = page_of(window, "reports")
    targets = iter([tmp_path / "portfolio.xlsx", tmp_path / "meetings.xlsx"])
    monkeypatch.setattr(
        ExportDialog,
        "ask_with_language",
        classmethod(lambda cls, parent, title, suggested, kinds: (next(targets), "en", True)),
    )
    page.portfolio_button.click()
    page.meetings_button.click()
    assert load_workbook(tmp_path / "portfolio.xlsx")["Partners"]["A3"].value.startswith(
        "CONFIDENTIAL"
    )
    sheet = load_workbook(tmp_path / "meetings.xlsx").active
    assert sheet["A1"].value == "CONFIDENTIAL"
    assert sheet.max_row == 2 + DEMO_OPEN_MEETINGS + 1  # marking, header, every meeting


def test_the_export_dialog_leaves_confidential_content_out_unless_ticked(qtbot, tmp_path):
    dialog = ExportDialog(None, "All meetings", "Meetings.xlsx", "Excel (*.xlsx)")
    qtbot.addWidget(dialog)
    label = dialog.layout().labelForField(
        dialog.layout().itemAt(0, dialog.layout().ItemRole.FieldRole).layout()
    )
    assert label.buddy() is dialog.path  # "&File" is a mnemonic, not text
    assert not dialog.confidential.isChecked()
    dialog.path.setText(str(tmp_path / "m.xlsx"))
    assert dialog.choice() == (tmp_path / "m.xlsx", "en", False)
    qtbot.keyClick(dialog.confidential, Qt.Key.Key_Space)
    assert dialog.choice()[2] is True
    dialog.path.setText("  ")
    assert dialog.choice() is None
