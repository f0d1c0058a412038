"""Choosing a backup to put back: the backups of the open file, newest first, with date and size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cityapp.sqlite_files import Backup


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class RestoreDialog(QDialog):
    def __init__(self, parent: QWidget | None, database: Path, backups: list[Backup]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        intro = QLabel(
            self.tr(
                "Choose the backup to put in place of {name}. A copy of the file as it is now "
                "is kept first, so the restore can be undone the same way."
            ).format(name=database.name),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        for backup in backups:
            item = QListWidgetItem(
                f"{backup.made:%Y-%m-%d %H:%M}   {size_text(backup.size)}   {backup.path.name}",
                self.list,
            )
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
        if backups:
            self.list.setCurrentRow(0)
        self.empty = QLabel(self.tr("There are no backups of this file yet."), self)
        self.empty.setVisible(not backups)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restore"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(620, 360)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    @classmethod
    def ask(cls, parent: QWidget | None, database: Path, backups: list[Backup]) -> Path | None:
        dialog = cls(parent, database, backups)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
