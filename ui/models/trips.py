"""The trip list's table model: rows fetched and sorted in SQL by the trip service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cityapp.services.trips import TripRow

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("TripTableModel", text)


class TripTableModel(QAbstractTableModel):
    START, END, DIRECTION, STATUS, TITLE, DESTINATION, DELEGATION = range(7)
    COLUMNS = [
        ("start_date", "Start"),
        ("end_date", "End"),
        ("direction", "Direction"),
        ("status", "Status"),
        ("title", "Title"),
        (None, "Destination"),
        (None, "Delegation"),
    ]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TripRow] = []

    def set_rows(self, rows: list[TripRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> TripRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, trip_id: int) -> int | None:
        for i, trip in enumerate(self._rows):
            if trip.id == trip_id:
                return i
        return None

    def sort_key(self, column: int) -> str | None:
        return self.COLUMNS[column][0] if 0 <= column < len(self.COLUMNS) else None

    # Qt overrides --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.COLUMNS)
        ):
            return tr(self.COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        trip = self.row_at(index.row())
        if trip is None:
            return None
        column = index.column()
        if role == ROW_ROLE:
            return trip
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(trip, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DELEGATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return trip.title
        return None

    def _display(self, trip: TripRow, column: int) -> str | None:
        if column == self.START:
            return trip.start_date.isoformat()
        if column == self.END:
            return trip.end_date.isoformat()
        if column == self.DIRECTION:
            return tr(trip.direction.value.capitalize())
        if column == self.STATUS:
            return tr(trip.status.value.capitalize())
        if column == self.TITLE:
            return trip.title
        if column == self.DESTINATION:
            return trip.destination or ""
        if column == self.DELEGATION:
            return str(trip.delegation_size)
        return None
