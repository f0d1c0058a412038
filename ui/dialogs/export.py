"""Choosing how to export a briefing, and what to do with the finished file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)


class BriefingDialog(QDialog):
    """Where to write the briefing, in which language, and whether confidential content goes in."""

    def __init__(self, parent: QWidget | None, suggested: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export briefing"))
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.path = QLineEdit(str(Path(folder) / suggested), self)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem("日本語", "ja")
        self.confidential = QCheckBox(
            self.tr("Include &confidential meetings and sensitive notes"), self
        )
        warning = QLabel(self.tr("When included, every sheet is marked CONFIDENTIAL."), self)
        form = QFormLayout(self)
        form.addRow(self.tr("&File"), row)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.confidential)
        form.addRow(warning)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 180)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export briefing"), self.path.text(), "Excel (*.xlsx)"
        )
        if path:
            self.path.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> tuple[Path, str, bool] | None:
        dialog = cls(parent, suggested)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.path.text().strip():
            return None
        return (
            Path(dialog.path.text().strip()),
            dialog.language.currentData(),
            dialog.confidential.isChecked(),
        )


class ExportDoneDialog:
    """A finished export offers to open the file or show it in its folder."""

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path) -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(box.tr("Export finished"))
        box.setText(box.tr("Saved {name}.").format(name=path.name))
        box.setInformativeText(str(path))
        open_button = box.addButton(box.tr("&Open file"), QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton(box.tr("Show in &folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif box.clickedButton() is folder_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
