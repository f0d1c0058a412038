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

from cityapp.labels import choice_label
from cityapp.services import dashboard
from cityapp.services.relations import PartnerPlace
from ui import semantic
from ui.i18n import translated
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

    figures = staticmethod(dashboard.places)  # read by a worker

    def working(self, failed: bool = False) -> None:
        self.note.setText(
            self.tr("The cities could not be read; F5 tries again.")
            if failed
            else self.tr("Reading the partner cities…")
        )

    def show_figures(self, places: list[PartnerPlace], today: date) -> None:
        cities = [
            MapCity(p.city_id, p.name, p.latitude, p.longitude, p.level)
            for p in places
            if p.latitude is not None and p.longitude is not None
        ]
        self.map.set_cities(cities)
        levels = ["partner", "sister", "friendship", "contact", "none"]
        counts = {lv: sum(1 for c in cities if c.level == lv) for lv in levels}
        self.legend.setText(
            "&nbsp;&nbsp;".join(
                f"<span style='color:{semantic.level_color(lv).name()}'>●</span> "
                f"{translated(choice_label(lv))} ({counts[lv]})"
                for lv in levels
            )
        )
        missing = len(places) - len(cities)
        parts = []
        if missing:
            parts.append(
                self.tr("1 city has no coordinates and is not shown.")
                if missing == 1
                else self.tr("{n} cities have no coordinates and are not shown.").format(n=missing)
            )
        if not self.map.has_outlines:
            parts.append(self.tr("The world outlines are missing from this installation."))
        parts.append(self.tr("Click a city to open it."))
        self.note.setText(" ".join(parts))


# ---------------------------------------------------------------------------------------------
