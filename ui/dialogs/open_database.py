"""Choosing a database: a file on this computer, or the office's shared server."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from cityapp.i18n import QT_TRANSLATE_NOOP
from ui.i18n import translated

FILE_FILTER = QT_TRANSLATE_NOOP(
    "OpenFileDialog", "City Diplomacy Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)"
)


class OpenFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, directory: str, *, new: bool = False) -> str | None:
        if new:
            path, _ = QFileDialog.getSaveFileName(
                parent,
                QCoreApplication.translate("OpenFileDialog", "New database"),
                directory,
                translated(FILE_FILTER),
            )
        else:
            path, _ = QFileDialog.getOpenFileName(
                parent,
                QCoreApplication.translate("OpenFileDialog", "Open database"),
                directory,
                translated(FILE_FILTER),
            )
        return path or None


class ServerUrlDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, current: str = "") -> str | None:
        url, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("ServerUrlDialog", "Connect to the shared server"),
            QCoreApplication.translate(
                "ServerUrlDialog",
                "Server URL, for example postgresql+psycopg://officer@server/citydesk:",
            ),
            QLineEdit.EchoMode.Normal,
            current,
        )
        return url.strip() if ok and url.strip() else None
