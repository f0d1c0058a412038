"""A world map drawn offline from the bundled outlines, with partner cities as coloured dots."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from ui import semantic

# resources/ beside ui/, as for the translations (ui/app.py)
OUTLINES = Path(__file__).resolve().parents[2] / "resources" / "world" / "land_110m.json"
# Longitude to the right, latitude up (drawn as y = -latitude); Antarctica is left out.
SHOWN = QRectF(-180, -84, 360, 144)
ID_KEY = 0


@dataclass(frozen=True, slots=True)
class MapCity:
    city_id: int
    name: str
    latitude: float
    longitude: float
    level: str
    note: str = ""


@cache
def land_path() -> QPainterPath:
    """Every country outline as one path (odd-even fill), in degrees; empty if the file is gone."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    try:
        rings = json.loads(OUTLINES.read_text(encoding="utf-8"))["rings"]
    except (OSError, ValueError, KeyError):
        return path
    for ring in rings:
        if max(ring[1::2]) < -58:  # Antarctica: no partner there, and it takes a fifth of the map
            continue
        path.moveTo(ring[0], -ring[1])
        for i in range(2, len(ring) - 1, 2):
            path.lineTo(ring[i], -ring[i + 1])
        path.closeSubpath()
    return path


class WorldMap(QGraphicsView):
    """Click a dot (or press Enter on the one under the mouse) to open the city."""

    city_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setMinimumSize(360, 200)
        palette = self.palette()
        self.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        land = self.scene().addPath(
            land_path(),
            QPen(palette.color(QPalette.ColorRole.Mid), 0),
            QBrush(palette.color(QPalette.ColorRole.Window)),
        )
        pen = land.pen()
        pen.setCosmetic(True)
        land.setPen(pen)
        land.setZValue(0)
        self.scene().setSceneRect(SHOWN)
        self.dots: dict[int, QGraphicsEllipseItem] = {}

    @property
    def has_outlines(self) -> bool:
        return not land_path().isEmpty()

    def set_cities(self, cities: list[MapCity]) -> None:
        for dot in self.dots.values():
            self.scene().removeItem(dot)
        self.dots = {}
        outline = self.palette().color(QPalette.ColorRole.Base)
        # Closer ties are drawn last, on top.
        order = ["none", "contact", "friendship", "sister", "partner"]
        for c in sorted(cities, key=lambda c: order.index(c.level) if c.level in order else 0):
            radius = 5.0 if c.level in ("sister", "partner") else 4.0
            dot = QGraphicsEllipseItem(-radius, -radius, 2 * radius, 2 * radius)
            dot.setPos(QPointF(c.longitude, -c.latitude))
            dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            dot.setBrush(QBrush(semantic.level_color(c.level)))
            dot.setPen(QPen(outline, 1.2))
            dot.setZValue(1 + (order.index(c.level) if c.level in order else 0))
            dot.setData(ID_KEY, c.city_id)
            dot.setToolTip(
                f"{c.name} — {c.level}"
                + (f"\n{c.note}" if c.note else "")
                + "\n"
                + self.tr("Click to open the city.")
            )
            dot.setCursor(Qt.CursorShape.PointingHandCursor)
            dot.setAcceptHoverEvents(True)
            self.scene().addItem(dot)
            self.dots[c.city_id] = dot

    def city_at(self, pos) -> int | None:
        for item in self.items(pos):
            value = item.data(ID_KEY)
            if value is not None:
                return int(value)
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        city = self.city_at(event.position().toPoint())
        if city is not None and event.button() == Qt.MouseButton.LeftButton:
            self.city_activated.emit(city)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fitInView(SHOWN, Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fitInView(SHOWN, Qt.AspectRatioMode.KeepAspectRatio)
