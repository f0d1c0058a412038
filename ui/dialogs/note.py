"""Asking why a warning on a trip is acceptable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget


class NoteDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(
            parent,
            QCoreApplication.translate("NoteDialog", "Acknowledge warning"),
            QCoreApplication.translate("NoteDialog", "Why is this acceptable?") + "\n\n" + message,
            "",
        )
        return text.strip() if ok else None
