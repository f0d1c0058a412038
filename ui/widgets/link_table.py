"""A read-only table whose rows open records: the dashboard's lists and the histories."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


def open_link(widget: QWidget, kind: str, record_id: int) -> None:
    window = widget.window()
    if hasattr(window, "open_record"):
        window.open_record(kind, record_id)


class LinkTable(QTableWidget):
    """A read-only table whose rows open a record (Enter or double click)."""

    def __init__(self, headers: list[str], parent: QWidget, *, sortable: bool = False) -> None:
        super().__init__(0, len(headers), parent)
        self.links: list[tuple[str, int] | None] = []
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        # Widths are fitted once after each fill: fitting them as every cell arrives takes
        # time that grows with the square of the rows.
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setWordWrap(False)
        self.sortable = sortable
        self.itemActivated.connect(self._open)

    def fill(self, rows: list[tuple[list[Any], tuple[str, int] | None]]) -> None:
        """Rows of cells (text, or numbers that sort as numbers) and the record each opens."""
        self.setSortingEnabled(False)
        self.clearContents()
        self.links = [link for _cells, link in rows]
        self.setRowCount(len(rows))
        for i, (cells, _link) in enumerate(rows):
            for j, value in enumerate(cells):
                if isinstance(value, QTableWidgetItem):
                    item = value
                elif isinstance(value, int):
                    item = number_item(value)
                else:
                    item = QTableWidgetItem("" if value is None else str(value))
                if j == 0:  # the row's place in `links`, which survives sorting
                    item.setData(Qt.ItemDataRole.UserRole, i)
                self.setItem(i, j, item)
        self.setSortingEnabled(self.sortable)
        if self.sortable:
            header = self.horizontalHeader()
            self.sortItems(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.resizeColumnsToContents()
        for column in range(self.columnCount() - 1):  # a long text gets the last column
            self.setColumnWidth(column, min(self.columnWidth(column), 360))

    def link(self, row: int) -> tuple[str, int] | None:
        item = self.item(row, 0)
        index = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return self.links[index] if isinstance(index, int) else None

    def _open(self, item: QTableWidgetItem) -> None:
        link = self.link(item.row())
        if link:
            open_link(self, *link)


def number_item(value: int) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setData(Qt.ItemDataRole.DisplayRole, value)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
