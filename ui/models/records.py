"""A record list's table model: every row counted, only the pages in view fetched.

The model reports the list's full length, and fetches the page of rows a view
asks about the first time it asks (scrolling to the end fetches the last page,
not every page before it). Showing a record far down the list asks the database
for its position and fetches that one page.
"""

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
from cityapp.formats import format_date
from cityapp.labels import choice_label
from cityapp.services.lists import PAGE_SIZE, ListSpec
from cityapp.timefmt import HOME_ZONE, in_zone
from ui import language
from ui.i18n import translated
from ui.models.rows import ID_ROLE

Index = QModelIndex | QPersistentModelIndex
# fetch(offset, limit) -> rows, each a tuple whose first value is the record id
Fetcher = Callable[[int, int], list[tuple]]


class RecordTableModel(QAbstractTableModel):
    def __init__(self, spec: ListSpec, parent: Any = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._pages: dict[int, list[tuple]] = {}
        self._total = 0
        self._fetch: Fetcher | None = None
        self.page_size = PAGE_SIZE
        self.muted_rows: Callable[[tuple], bool] | None = None
        self.row_color: Callable[[tuple], str | None] | None = (
            None  # a semantic colour name per row
        )
        # A colour swatch and a tooltip before the first column's text (relationship health)
        self.badge: Callable[[int], tuple[QColor, str] | None] | None = None

    def set_source(self, fetch: Fetcher, total: int, page_size: int = PAGE_SIZE) -> None:
        """Start over with a new query of `total` rows: the first page now, the rest when asked."""
        self.beginResetModel()
        self._fetch, self._total, self.page_size = fetch, total, page_size
        self._pages = {}
        if total:
            self._page(0)
        self.endResetModel()

    def _page(self, number: int) -> list[tuple]:
        rows = self._pages.get(number)
        if rows is None:
            rows = self._fetch(number * self.page_size, self.page_size) if self._fetch else []
            self._pages[number] = rows
        return rows

    def _values(self, row: int) -> tuple | None:
        if not 0 <= row < self._total:
            return None
        rows = self._page(row // self.page_size)
        offset = row % self.page_size
        return rows[offset] if offset < len(rows) else None  # the list shrank meanwhile

    def total(self) -> int:
        return self._total

    def loaded(self) -> int:
        """How many rows have been fetched so far."""
        return sum(len(rows) for rows in self._pages.values())

    def record_id(self, row: int) -> int | None:
        values = self._values(row)
        return values[0] if values else None

    def row_of(self, record_id: int) -> int | None:
        """The row of a record among the pages fetched so far (None: not fetched, or absent)."""
        for number, rows in self._pages.items():
            for offset, values in enumerate(rows):
                if values[0] == record_id:
                    return number * self.page_size + offset
        return None

    def load_until(self, row: int) -> None:
        """Fetch the page that holds `row` (and no other)."""
        if self._total:
            self._values(min(max(row, 0), self._total - 1))

    # Qt overrides ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

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
            return translated(self.spec.columns[section].label)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        values = self._values(index.row())
        if values is None:
            return None
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
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("int", "yen"):
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
            return translated(choice_label(value))
        if kind == "country":
            return f"{value} {country_name(value, language.current())}"
        if kind == "bool":
            return (
                QCoreApplication.translate("RecordTableModel", "Yes")
                if value
                else QCoreApplication.translate("RecordTableModel", "No")
            )
        if kind == "datetime" and isinstance(value, datetime):
            local = in_zone(value, HOME_ZONE)
            if language.current() == "ja":
                return f"{format_date(local.date(), 'ja', weekday=False)} {local:%H:%M}"
            return f"{local:%Y-%m-%d %H:%M}"
        if kind == "date" and isinstance(value, date):
            return format_date(value, language.current(), weekday=False)  # narrow columns
        if kind == "yen":
            return f"{int(value):,}"
        return str(value).strip()
