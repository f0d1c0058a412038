"""The one in-memory table model behind every small table: a record's related lists, the
dashboard's lists, the trip's tabs, histories and the review dialogs.

Rows are plain values a page has already read; each carries the key it stands for (a
record id, a link to open, a warning's key), returned for any cell under `ID_ROLE`.
The list pages' long lists use the paged `RecordTableModel` instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
NUMBERS = (int, float, Decimal)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
LONG_TEXT = 40  # cells longer than this show their whole text as a tooltip


@dataclass
class Row:
    """One row: its cells (text, or numbers that sort as numbers), the key it stands for,
    and how it looks: tooltips and colours per column, bold columns, or a heading that
    spans the whole row."""

    cells: Sequence[Any]
    key: Any = None
    tips: dict[int, str] = field(default_factory=dict)
    colors: dict[int, QColor] = field(default_factory=dict)
    bold: frozenset[int] = frozenset()
    heading: bool = False


def text_of(value: Any) -> str:
    return "" if value is None else str(value)


def _sort_key(value: Any) -> tuple:
    """Numbers before text, numbers by value, text without regard to case; blanks last."""
    if value is None or value == "":
        return (2, 0, "")
    if isinstance(value, NUMBERS) and not isinstance(value, bool):
        return (0, value, "")
    return (1, 0, str(value).casefold())


class RowsModel(QAbstractTableModel):
    """Read-only rows under column headings; sorts by a column when its view asks."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._header_tips: dict[int, str] = {}
        self._row_headers: list[str] | None = None
        self._rows: list[Row] = []

    # -- filling ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_headers(self, headers: Sequence[str], row_headers: Sequence[str] | None = None) -> None:
        """New column headings (and row headings, for a cross table) with no rows yet."""
        self.beginResetModel()
        self._headers = list(headers)
        self._row_headers = list(row_headers) if row_headers is not None else None
        self._rows = []
        self.endResetModel()

    def set_header_tip(self, column: int, tip: str) -> None:
        self._header_tips[column] = tip
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    # -- reading ----------------------------------------------------------------------------

    @property
    def rows(self) -> list[Row]:
        return self._rows

    def key(self, row: int) -> Any:
        return self._rows[row].key if 0 <= row < len(self._rows) else None

    def row_of(self, key: Any) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.key == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == ID_ROLE:
            return row.key
        value = row.cells[column] if column < len(row.cells) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return text_of(value)  # numbers sort by value all the same (see `sort`)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in row.tips:
                return row.tips[column]
            text = text_of(value)
            return text if len(text) > LONG_TEXT else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = isinstance(value, NUMBERS) and not isinstance(value, bool)
            return int(RIGHT if numeric else LEFT)
        if role == Qt.ItemDataRole.ForegroundRole:
            return row.colors.get(column)
        if role == Qt.ItemDataRole.FontRole and (row.heading or column in row.bold):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not (0 <= section < len(self._headers)):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._header_tips.get(section)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if self._row_headers is not None and 0 <= section < len(self._row_headers):
                return self._row_headers[section]
            return str(section + 1)
        return None

    # -- sorting ----------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self._headers)) or any(r.heading for r in self._rows):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old_rows = [i.row() for i in before]
        numbered = list(enumerate(self._rows))
        numbered.sort(
            key=lambda pair: _sort_key(
                pair[1].cells[column] if column < len(pair[1].cells) else None
            ),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [row for _, row in numbered]
        new_place = {old: new for new, (old, _row) in enumerate(numbered)}
        self.changePersistentIndexList(
            before,
            [self.index(new_place[r], i.column()) for r, i in zip(old_rows, before, strict=True)],
        )
        self.layoutChanged.emit()
