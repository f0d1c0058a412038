"""Asking whether to restore a meeting's draft that was never saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class DraftRestoreDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, when: str) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("DraftRestoreDialog", "Unsaved draft"),
            QCoreApplication.translate(
                "DraftRestoreDialog",
                "This meeting has a draft typed at {when} that was never saved (the program may have "
                "closed unexpectedly). Restore it?",
            ).format(when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes
