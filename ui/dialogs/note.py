"""Asking why a warning on a trip is acceptable."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget


class NoteDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(
            parent,
            parent.tr("Acknowledge warning") if parent else "Acknowledge warning",
            (parent.tr("Why is this acceptable?") if parent else "Why is this acceptable?")
            + "\n\n"
            + message,
            "",
        )
        return text.strip() if ok else None
