"""Semantic colours that keep their contrast in light and dark palettes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

LIGHT = {
    "error": "#b3261e",
    "overdue": "#b3261e",
    "soon": "#8a5a00",
    "done": "#1b6e2a",
    "muted": "#666666",
}
DARK = {
    "error": "#ff8a80",
    "overdue": "#ff8a80",
    "soon": "#ffcc66",
    "done": "#7ddc8c",
    "muted": "#a0a0a0",
}


def is_dark() -> bool:
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def color(role: str) -> QColor:
    return QColor((DARK if is_dark() else LIGHT)[role])
