"""Choosing how to export a briefing, and what to do with the finished file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
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

from cityapp.errors import UserError
from cityapp.services.trips import AS_OF_TODAY, AS_OF_TRIP
from ui import language
from ui.dialogs.files import kind_of, remember_folder, start_folder


class ExportDialog(QDialog):
    """Where to write an export and whether confidential content goes in (off unless ticked).

    With `languages`, also the language of headings and labels.
    """

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        suggested: str,
        file_filter: str,
        *,
        languages: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.file_filter = file_filter
        self.suffix = Path(suggested).suffix
        self.kind = kind_of(suggested)
        self.path = QLineEdit(str(start_folder(self.kind) / suggested), self)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        file_label = QLabel(self.tr("&File"), self)
        file_label.setBuddy(self.path)  # Alt+F goes to the path; the row is a layout, not a widget
        form.addRow(file_label, row)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem("日本語", "ja")
        # The window's language first; an officer may still want the other one for a colleague.
        self.language.setCurrentIndex(self.language.findData(language.current()))
        if languages:
            form.addRow(self.tr("&Language"), self.language)
        else:
            self.language.hide()
        self.confidential = QCheckBox(
            self.tr("Include &confidential meetings, trips and sensitive notes"), self
        )
        self.warning = QLabel(self.tr("When included, the file is marked CONFIDENTIAL."), self)
        self.warning.setWordWrap(True)
        form.addRow(self.confidential)
        form.addRow(self.warning)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.path.text(), self.file_filter
        )
        if path:
            self.path.setText(
                path
                if not self.suffix or path.lower().endswith(self.suffix)
                else path + self.suffix
            )

    def choice(self) -> tuple[Path, str, bool] | None:
        text = self.path.text().strip()
        if not text:
            return None
        remember_folder(self.kind, Path(text))  # the next export of this kind starts there
        return Path(text), self.language.currentData(), self.confidential.isChecked()

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, suggested: str, file_filter: str
    ) -> tuple[Path, bool] | None:
        dialog = cls(parent, title, suggested, file_filter)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.choice()
        return None if chosen is None else (chosen[0], chosen[2])

    @classmethod
    def ask_with_language(
        cls, parent: QWidget | None, title: str, suggested: str, file_filter: str
    ) -> tuple[Path, str, bool] | None:
        """Where, in which language (the window's first), and whether confidential content goes in."""
        dialog = cls(parent, title, suggested, file_filter, languages=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()


class BriefingDialog(ExportDialog):
    """Where to write the briefing, in which language, as known when, and whether confidential
    content goes in."""

    def __init__(
        self, parent: QWidget | None, suggested: str, begun: bool = False, pdf: bool = False
    ) -> None:
        kinds = "PDF (*.pdf)" if pdf else "Excel (*.xlsx)"
        super().__init__(parent, "", suggested, kinds, languages=True)
        self.setWindowTitle(self.tr("Briefing as PDF") if pdf else self.tr("Export briefing"))
        self.warning.setText(self.tr("When included, every sheet is marked CONFIDENTIAL."))
        self.known = QComboBox(self)
        self.known.addItem(self.tr("When the trip began (as the delegation left)"), AS_OF_TRIP)
        self.known.addItem(self.tr("Today (everything recorded since)"), AS_OF_TODAY)
        # A trip begun reads as it did when the delegation left; one to come, as of today.
        self.known.setCurrentIndex(0 if begun else 1)
        form = self.layout()
        form.insertRow(2, self.tr("&As known"), self.known)
        self.resize(560, self.sizeHint().height())

    def briefing_choice(self) -> tuple[Path, str, bool, str] | None:
        chosen = self.choice()
        return None if chosen is None else (*chosen, self.known.currentData())

    @classmethod
    def ask(  # type: ignore[override]
        cls, parent: QWidget | None, suggested: str, begun: bool = False, pdf: bool = False
    ) -> tuple[Path, str, bool, str] | None:
        dialog = cls(parent, suggested, begun, pdf)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.briefing_choice()


class ExportDoneDialog:
    """A finished export offers to open the file or show it in its folder."""

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path) -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("ExportDoneDialog", "Export finished"))
        box.setText(
            QCoreApplication.translate("ExportDoneDialog", "Saved {name}.").format(name=path.name)
        )
        box.setInformativeText(str(path))
        open_button = box.addButton(
            QCoreApplication.translate("ExportDoneDialog", "&Open file"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        folder_button = box.addButton(
            QCoreApplication.translate("ExportDoneDialog", "Show in &folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif box.clickedButton() is folder_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def say_not_written(parent: QWidget | None, title: str, exc: Exception) -> bool:
    """An export that failed: its reason, and that no file was changed. False, for the caller
    to return."""
    from ui.dialogs.messages import ErrorDialog
    from ui.i18n import translated

    message = (
        translated(exc)
        if isinstance(exc, UserError)
        else QCoreApplication.translate(
            "ExportDialog", "The file could not be written: {error}. No file was changed."
        ).format(error=exc)
    )
    ErrorDialog.ask(parent, title, message)
    return False
