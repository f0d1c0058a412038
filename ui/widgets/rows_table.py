"""A read-only table of rows over a `RowsModel`, set up once for every small table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.models.rows import ID_ROLE, Row, RowsModel, text_of

WIDEST = 360  # a column fitted to its contents is at most this wide; the last one takes the rest


class RowsTable(QTableView):
    """Rows selected whole, one at a time; Enter or a double click opens the row's key."""

    opened = Signal(object)  # the key of the row opened
    selection_changed = Signal()

    def __init__(
        self,
        headers: Sequence[str],
        parent: QWidget | None,
        *,
        sortable: bool = False,
        wrap: bool = False,
        stripes: bool = False,
    ) -> None:
        super().__init__(parent)
        self.rows_model = RowsModel(headers, self)
        self.setModel(self.rows_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(stripes)
        self.setWordWrap(wrap)
        self.verticalHeader().setVisible(False)
        if not wrap:  # rows as compact as the list pages'
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        # Widths are fitted once after each fill, not as every cell arrives.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setSortingEnabled(sortable)
        self.activated.connect(self._open_index)
        self.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())

    # -- filling ----------------------------------------------------------------------------

    def fill(self, rows: Sequence[Row], *, select: Any = None, fit: bool = True) -> None:
        """Show these rows (sorted as the header says, if sortable) and select `select`'s row."""
        self.clearSpans()
        self.rows_model.set_rows(rows)
        if self.isSortingEnabled():
            header = self.horizontalHeader()
            self.rows_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        for i, row in enumerate(self.rows_model.rows):
            if row.heading:
                self.setSpan(i, 0, 1, self.rows_model.columnCount())
        if select is not None:
            self.select_key(select)
        if fit:
            self.fit_columns()
        self.selection_changed.emit()

    def fit_columns(self) -> None:
        self.resizeColumnsToContents()
        for column in range(self.rows_model.columnCount() - 1):
            self.setColumnWidth(column, min(self.columnWidth(column), WIDEST))

    def fit_height(self) -> None:
        """As tall as its rows, for a short table above a chart."""
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.row_count()))
        self.setFixedHeight(
            rows + self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth() + 2
        )

    # -- reading ----------------------------------------------------------------------------

    def row_count(self) -> int:
        return self.rows_model.rowCount()

    def text(self, row: int, column: int) -> str:
        return text_of(self.rows_model.index(row, column).data())

    def cell(self, row: int, column: int, role: int) -> Any:
        return self.rows_model.index(row, column).data(role)

    def key(self, row: int) -> Any:
        return self.rows_model.index(row, 0).data(ID_ROLE)

    def current_row(self) -> int:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_key(self) -> Any:
        row = self.current_row()
        return self.key(row) if row >= 0 else None

    def select_key(self, key: Any) -> bool:
        row = self.rows_model.row_of(key)
        if row is None:
            return False
        self.select_row(row)
        return True

    def select_row(self, row: int) -> None:
        index = self.rows_model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)

    def open_row(self, row: int) -> None:
        """Open a row as Enter or a double click does."""
        self._open_index(self.rows_model.index(row, 0))

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opened.emit(index.data(ID_ROLE))
