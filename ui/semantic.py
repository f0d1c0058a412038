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


# Relationship levels: one hue in steps, darker for closer ties (lighter in a dark palette).
LEVELS_LIGHT = {
    "none": "#c3c8d0",
    "contact": "#9ecae1",
    "friendship": "#4292c6",
    "sister": "#2171b5",
    "partner": "#08306b",
}
LEVELS_DARK = {
    "none": "#5a5f68",
    "contact": "#3b6e99",
    "friendship": "#5aa0d8",
    "sister": "#8cc3ee",
    "partner": "#d2e8fb",
}
# Relationship health bands take the status colours.
BANDS = {"strong": "done", "fair": "soon", "weak": "overdue"}


def level_color(level: str) -> QColor:
    return QColor((LEVELS_DARK if is_dark() else LEVELS_LIGHT).get(str(level), "#888888"))


def band_color(band: str) -> QColor:
    return color(BANDS[band])
