"""The Health tab: every partner city's relationship health, weakest first."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cityapp.labels import choice_label
from cityapp.services import dashboard
from cityapp.services.health import BANDS, EXPLANATION, PART_NAMES, Health
from ui import semantic
from ui.i18n import translated
from ui.models.rows import Row
from ui.widgets.link_table import LinkTable

if TYPE_CHECKING:
    from .page import DashboardPage


class HealthTab(QWidget):
    PARTS = ("Recency", "Cadence", "Reciprocity", "Commitments", "Agreements")

    def __init__(self, page: DashboardPage) -> None:
        super().__init__(page)
        self.page = page
        self.health: list[Health] = []
        headers = [
            self.tr("City"),
            self.tr("Country"),
            self.tr("Level"),
            self.tr("Score"),
            *[translated(PART_NAMES[p]) for p in self.PARTS],
            self.tr("Reasons"),
        ]
        self.table = LinkTable(headers, self, sortable=True)
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.AscendingOrder)
        self.table.rows_model.set_header_tip(3, translated(EXPLANATION))
        self.explain_button = QPushButton(self.tr("How is the score computed?"), self)
        self.explain_button.setCheckable(True)
        self.explanation = QLabel(translated(EXPLANATION), self)
        self.explanation.setWordWrap(True)
        self.explanation.setFrameShape(QFrame.Shape.StyledPanel)
        self.explanation.setMargin(8)
        self.explanation.setVisible(False)
        self.explain_button.toggled.connect(self.explanation.setVisible)
        self.counts = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.explain_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)

    # Worked out over the whole office by a worker, unless nothing changed since last time.
    figures = staticmethod(dashboard.health)
    cached_figures = staticmethod(dashboard.cached_health)

    def working(self, failed: bool = False) -> None:
        """The figures are being worked out (or could not be): say so where they will appear."""
        self.counts.setText(
            self.tr("The relationship health could not be worked out; F5 tries again.")
            if failed
            else self.tr("Working out the health of every partner city…")
        )

    def show_figures(self, health: list[Health], today: date) -> None:
        self.health = health
        self.table.fill([self._row(h) for h in self.health])
        by_band = {"strong": 0, "fair": 0, "weak": 0}
        for h in self.health:
            by_band[h.band] += 1
        self.counts.setText(
            self.tr(
                "{n} partner cities: <span style='color:{g}'>{strong} strong</span>, "
                "<span style='color:{a}'>{fair} fair</span>, "
                "<span style='color:{r}'>{weak} weak</span>. Weakest first; click a heading "
                "to sort, Enter opens the city."
            ).format(
                n=len(self.health),
                g=semantic.band_color("strong").name(),
                a=semantic.band_color("fair").name(),
                r=semantic.band_color("weak").name(),
                **by_band,
            )
        )

    def _row(self, h: Health) -> Row:
        parts = [h.part(name) for name in self.PARTS]
        lines = "\n".join(translated(line) for line in h.reason_lines)
        tips = {3: f"{h.score}/100 ({translated(BANDS[h.band])})\n" + lines}
        tips |= {4 + i: f"{p.points}/{p.out_of}: {translated(p.why)}" for i, p in enumerate(parts)}
        return Row(
            [
                h.city,
                h.country_code,
                translated(choice_label(h.level)),
                h.score,
                *[p.points for p in parts],
                translated(h.reasons),
            ],
            ("city", h.city_id),
            tips=tips,
            colors={3: semantic.band_color(h.band)},
            bold=frozenset({3}),
        )
