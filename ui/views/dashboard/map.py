"""The Map tab: the partner cities on a world map."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cityapp.models import City
from ui import semantic
from ui.actions import read
from ui.widgets.link_table import open_link
from ui.widgets.world_map import MapCity, WorldMap

if TYPE_CHECKING:
    from .page import DashboardPage


class MapTab(QWidget):
    def __init__(self, page: DashboardPage) -> None:
        super().__init__(page)
        self.page = page
        self.map = WorldMap(self)
        self.map.city_activated.connect(lambda city_id: open_link(self, "city", city_id))
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.note)

    def refresh(self, today: date) -> None:
        rows = read(
            self.page.ctx,
            lambda s: (
                s.execute(City.__table__.select().where(City.is_home.is_(False))).mappings().all()
            ),
        )
        cities = [
            MapCity(
                r["id"],
                r["name_en"],
                r["latitude"],
                r["longitude"],
                str(r["relationship_level"]),
            )
            for r in rows
            if r["latitude"] is not None and r["longitude"] is not None
        ]
        self.map.set_cities(cities)
        levels = ["partner", "sister", "friendship", "contact", "none"]
        counts = {lv: sum(1 for c in cities if c.level == lv) for lv in levels}
        self.legend.setText(
            "&nbsp;&nbsp;".join(
                f"<span style='color:{semantic.level_color(lv).name()}'>●</span> "
                f"{self.tr(lv.capitalize())} ({counts[lv]})"
                for lv in levels
            )
        )
        missing = len(rows) - len(cities)
        parts = []
        if missing:
            parts.append(
                self.tr("{n} cities have no coordinates and are not shown.").format(n=missing)
            )
        if not self.map.has_outlines:
            parts.append(self.tr("The world outlines are missing from this installation."))
        parts.append(self.tr("Click a city to open it."))
        self.note.setText(" ".join(parts))


# ---------------------------------------------------------------------------------------------
