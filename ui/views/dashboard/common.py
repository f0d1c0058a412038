"""What the Dashboard's tabs share."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cityapp.fields import TARGET
from ui.widgets.rows_table import RowsTable

EDITED = {f.key for f in TARGET.fields} | {"milestones", "rule"}


def heading(text: str, parent: QWidget) -> QLabel:
    return QLabel(f"<h3>{text}</h3>", parent)


def _box(parent: QWidget, title: str, *widgets: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(heading(title, box))
    for w in widgets:
        layout.addWidget(w, 1 if isinstance(w, RowsTable) else 0)
    return box
