"""A record list's table model: pages of rows fetched from SQL as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from cityapp.countries import country_name
from cityapp.services.lists import PAGE_SIZE, ListSpec
from cityapp.timefmt import HOME_ZONE, in_zone
from ui.widgets.inputs import choice_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
# fetch(offset, limit) -> rows, each a tuple whose first value is the record id
Fetcher = Callable[[int, int], list[tuple]]


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordTableModel", text)


class RecordTableModel(QAbstractTableModel):
    def __init__(self, spec: ListSpec, parent: Any = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._rows: list[tuple] = []
        self._total = 0
        self._fetch: Fetcher | None = None
        self.muted_rows: Callable[[tuple], bool] | None = None
        self.row_color: Callable[[tuple], str | None] | None = (
            None  # a semantic colour name per row
        )
        # A colour swatch and a tooltip before the first column's text (relationship health)
        self.badge: Callable[[int], tuple[QColor, str] | None] | None = None

    def set_source(self, fetch: Fetcher, total: int) -> None:
        """Start over with a new query: the first page now, the rest as the view asks."""
        self.beginResetModel()
        self._fetch, self._total = fetch, total
        self._rows = fetch(0, PAGE_SIZE) if total else []
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def loaded(self) -> int:
        return len(self._rows)

    def record_id(self, row: int) -> int | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int | None:
        for i, values in enumerate(self._rows):
            if values[0] == record_id:
                return i
        return None

    def load_until(self, row: int) -> None:
        while row >= len(self._rows) and self.canFetchMore():
            self.fetchMore()

    # Qt overrides ---------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetch is None:
            return
        more = self._fetch(len(self._rows), PAGE_SIZE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.spec.columns)
        ):
            return tr(self.spec.columns[section].label)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or index.row() >= len(self._rows):
            return None
        values = self._rows[index.row()]
        if role == ID_ROLE:
            return values[0]
        column = self.spec.columns[index.column()]
        value = values[index.column() + 1]
        if self.badge is not None and index.column() == 0:
            if role == Qt.ItemDataRole.DecorationRole:
                badge = self.badge(values[0])
                return badge[0] if badge else None
            if role == Qt.ItemDataRole.ToolTipRole and (badge := self.badge(values[0])):
                return f"{self.display(column.kind, value)}\n{badge[1]}"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(column.kind, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind == "int":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            from ui import semantic

            if self.row_color is not None and (name := self.row_color(values)):
                return semantic.color(name)
            if self.muted_rows is not None and self.muted_rows(values):
                return semantic.color("muted")
        return None

    @staticmethod
    def display(kind: str, value: Any) -> str:
        if value is None:
            return ""
        if kind == "enum":
            return tr(choice_label(value))
        if kind == "country":
            return f"{value} {country_name(value)}"
        if kind == "bool":
            return tr("Yes") if value else tr("No")
        if kind == "datetime" and isinstance(value, datetime):
            return f"{in_zone(value, HOME_ZONE):%Y-%m-%d %H:%M}"
        if kind == "date" and isinstance(value, date):
            return value.isoformat()
        return str(value).strip()
