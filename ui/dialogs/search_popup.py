"""Ctrl+K: one box that finds any record by any part of any name, in any script."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cityapp.search import SearchHit, search
from ui.actions import read
from ui.context import AppContext
from ui.widgets.typeahead import ArrowKeysToList

SEARCH_DELAY_MS = 150
HIT_ROLE = Qt.ItemDataRole.UserRole + 1

KIND_LABELS = {
    "city": "City",
    "counterpart": "Counterpart",
    "agreement": "Agreement",
    "trip": "Trip",
    "commitment": "Commitment",
    "meeting": "Meeting",
    "network": "Network",
    "organization": "Organization",
    "staff": "Staff",
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("SearchPopup", KIND_LABELS.get(kind, kind))


class SearchPopup(QDialog):
    """Type, see matches as you type, Enter opens the chosen one (Escape closes)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: SearchHit | None = None
        self.setWindowTitle(self.tr("Find"))
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(
            self.tr("Find a city, person, agreement, trip or meeting — any script")
        )
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Find"))
        self.results = QListWidget(self)
        self.results.setUniformItemSizes(True)
        self.hint = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(self.timer.start)
        self.box.returnPressed.connect(self.open_current)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.arrows = ArrowKeysToList(self.box, self.results)
        self.resize(620, 420)
        self.hint.setText(self.tr("↑ ↓ to choose, Enter to open, Esc to close"))

    def run_search(self) -> None:
        text = self.box.text()
        hits = read(self.ctx, lambda s: search(s, text, limit=50)) if text.strip() else []
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(f"{kind_label(hit.kind)}  ·  {hit.label}")
            item.setData(HIT_ROLE, hit)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
            self.hint.setText(
                self.tr("{n} found. Enter opens the highlighted one.").format(n=len(hits))
            )
        elif text.strip():
            self.hint.setText(self.tr("Nothing found for “{text}”.").format(text=text.strip()))

    def open_current(self) -> None:
        if self.timer.isActive():  # Enter before the delay ran out: search now
            self.timer.stop()
            self.run_search()
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(HIT_ROLE)
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None) -> SearchHit | None:
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.chosen
