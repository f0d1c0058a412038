"""Choosing a workbook to write or to read, starting in the Documents folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


class FileChooser:
    @classmethod
    def save(cls, parent: QWidget, title: str, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, title, str(documents() / suggested), "Excel (*.xlsx)"
        )
        return Path(path) if path else None

    @classmethod
    def open(cls, parent: QWidget, title: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, title, str(documents()), "Excel (*.xlsx);;All files (*)"
        )
        return Path(path) if path else None
