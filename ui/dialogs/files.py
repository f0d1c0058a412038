"""Where file dialogs open: the folder last used for that kind of file (workbooks, PDFs,
calendars, imports), else Documents, created when missing. A name suggested is the record's
title; an open dialog starts in a folder with no file name typed for the officer."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def documents() -> Path:
    """The Documents folder, made if it is missing (a new Windows profile, a fresh machine);
    the home folder if it cannot be made."""
    found = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        or Path.home()
    )
    try:
        found.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return found


def kind_of(name: str) -> str:
    """The kind of file a name is, by its ending: .xlsx, .pdf, .ics, …"""
    return Path(name).suffix.lower() or "files"


def start_folder(kind: str) -> Path:
    """The folder last used for this kind of file, if it is still there; else Documents."""
    last = QSettings().value(f"folders/{kind}", "", type=str)
    if last and Path(last).is_dir():
        return Path(last)
    return documents()


def remember_folder(kind: str, chosen: Path) -> None:
    QSettings().setValue(f"folders/{kind}", str(Path(chosen).parent))


class FileChooser:
    @classmethod
    def save(cls, parent: QWidget, title: str, suggested: str) -> Path | None:
        kind = kind_of(suggested)
        path, _ = QFileDialog.getSaveFileName(
            parent, title, str(start_folder(kind) / suggested), "Excel (*.xlsx)"
        )
        if not path:
            return None
        remember_folder(kind, Path(path))
        return Path(path)

    @classmethod
    def open(cls, parent: QWidget, title: str) -> Path | None:
        # A folder with its separator: the dialog shows it, with no name typed in the file box.
        folder = str(start_folder("imports")) + os.sep
        path, _ = QFileDialog.getOpenFileName(
            parent, title, folder, "Excel (*.xlsx);;All files (*)"
        )
        if not path:
            return None
        remember_folder("imports", Path(path))
        return Path(path)
