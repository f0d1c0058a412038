"""What the Dashboard's tabs share."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cityapp.fields import TARGET
from ui import semantic
from ui.widgets.link_table import number_item

HORIZON_DAYS = 90
EDITED = {f.key for f in TARGET.fields} | {"milestones", "rule"}


def _fit_height(table: QTableWidget) -> None:
    """A short table as tall as its rows, so the space goes to the chart."""
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(
        rows + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
    )


def heading(text: str, parent: QWidget) -> QLabel:
    return QLabel(f"<h3>{text}</h3>", parent)


def _box(parent: QWidget, title: str, *widgets: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(heading(title, box))
    for w in widgets:
        layout.addWidget(w, 1 if isinstance(w, QTableWidget) else 0)
    return box


# ---------------------------------------------------------------------------------------------


def _overdue(count: int) -> QTableWidgetItem:
    item = number_item(count)
    item.setForeground(semantic.color("overdue"))
    return item


# ---------------------------------------------------------------------------------------------
