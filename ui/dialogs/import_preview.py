"""What an import would do, row by row, before anything is written."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translated
from ui.models.rows import Row
from ui.widgets.rows_table import RowsTable

if TYPE_CHECKING:
    from cityapp.excel.imports import ImportReport


class ImportPreview(QDialog):
    """What an import would do, row by row; Import writes it all (or nothing)."""

    def __init__(self, parent: QWidget | None, report: ImportReport, file: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Import {what} from {name}").format(
                what=self.tr("counterparts")
                if report.what == "counterparts"
                else self.tr("cities"),
                name=file.name,
            )
        )
        rows = [(r, self.tr("Accepted"), "") for r in report.accepted] + [
            (r, self.tr("Refused"), self.tr("; ").join(translated(why) for why in r.reasons))
            for r in report.rejected
        ]
        rows.sort(key=lambda x: x[0].row)
        self.table = RowsTable(
            [self.tr("Row"), self.tr("Record"), self.tr("Result"), self.tr("Why")], self
        )
        self.table.fill(
            [
                Row([result.row, translated(result.label), verdict, why], result.row)
                for result, verdict, why in rows
            ]
        )
        summary = QLabel(self)
        summary.setWordWrap(True)
        if report.rejected:
            summary.setText(
                self.tr(
                    "{bad} of {n} rows are refused, so nothing can be imported. Correct the file "
                    "and try again."
                ).format(bad=len(report.rejected), n=len(report.accepted) + len(report.rejected))
            )
        else:
            summary.setText(
                self.tr("The row is good.")
                if len(report.accepted) == 1
                else self.tr("All {n} rows are good.").format(n=len(report.accepted))
            )
        notes = QLabel("\n".join(translated(note) for note in report.notes), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(report.ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(notes)
        layout.addWidget(buttons)
        self.resize(760, 480)

    @classmethod
    def ask(cls, parent: QWidget | None, report: ImportReport, file: Path) -> bool:
        return cls(parent, report, file).exec() == QDialog.DialogCode.Accepted
