"""Dialogs that tell the user something: an error, with the technical detail folded away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.i18n import translated


class ErrorDialog:
    """A plain-words error: what happened, what was kept safe, what to do; detail folds out."""

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, message: str, details: str | None = None
    ) -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(title)
        box.setText(translated(message))
        if details:
            box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()


class NoticeDialog:
    """Something the officer should know, with nothing to decide."""

    @classmethod
    def tell(cls, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.information(parent, title, translated(message))


class ConfirmDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            translated(question),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


class ConflictDialog:
    """Someone else saved first: say who and when, and offer to reload their version."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, message: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(translated(message))
        reload = box.addButton(
            QCoreApplication.translate("messages", "&Reload"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(reload)
        box.exec()
        return box.clickedButton() is reload


SAVE, DISCARD = "save", "discard"


class UnsavedChangesDialog:
    """Before the window closes or another database opens: save, discard, or stay."""

    @classmethod
    def ask(cls, parent: QWidget | None, names: list[str]) -> str | None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("messages", "Unsaved changes"))
        box.setText(
            QCoreApplication.translate("messages", "You have unsaved changes. Save them first?")
        )
        box.setInformativeText("\n".join(names))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return DISCARD
        return None
