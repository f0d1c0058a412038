"""Choosing a database: a file on this computer, or the office's shared server."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

FILE_FILTER = "City Diplomacy Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)"


class OpenFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, directory: str, *, new: bool = False) -> str | None:
        if new:
            path, _ = QFileDialog.getSaveFileName(
                parent,
                parent.tr("New database") if parent else "New database",
                directory,
                FILE_FILTER,
            )
        else:
            path, _ = QFileDialog.getOpenFileName(
                parent,
                parent.tr("Open database") if parent else "Open database",
                directory,
                FILE_FILTER,
            )
        return path or None


class ServerUrlDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, current: str = "") -> str | None:
        url, ok = QInputDialog.getText(
            parent,
            parent.tr("Connect to the shared server") if parent else "Connect to the shared server",
            parent.tr("Server URL, for example postgresql+psycopg://officer@server/citydesk:")
            if parent
            else "Server URL:",
            QLineEdit.EchoMode.Normal,
            current,
        )
        return url.strip() if ok and url.strip() else None
