"""The Objectives tab: what serves each of the strategy's objectives."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cityapp.clock import CLOCK
from cityapp.services.objectives import KINDS, objective_items, objective_summaries
from ui.actions import read
from ui.widgets.charts import KIND_LABELS, ChartPanel, objective_chart, recent_years
from ui.widgets.link_table import LinkTable

from .common import _fit_height

if TYPE_CHECKING:
    from .page import DashboardPage


class ObjectivesTab(QWidget):
    def __init__(self, page: DashboardPage) -> None:
        super().__init__(page)
        self.page = page
        self.summaries: list = []
        self.today = CLOCK.today()
        self.overview = LinkTable(
            [
                self.tr("Objective"),
                self.tr("Trips and visits"),
                self.tr("Meetings"),
                self.tr("Agreements"),
                self.tr("Commitments"),
            ],
            self,
        )
        self.overview.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.overview.horizontalHeader().setStretchLastSection(False)
        self.overview.itemSelectionChanged.connect(self._show)
        self.by_year = QTableWidget(0, 0, self)
        self.by_year.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.by_year.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.chart = ChartPanel("objective-by-year", self)
        self.items = LinkTable([self.tr("Date"), self.tr("Kind"), self.tr("What")], self)
        self.items_title = QLabel(self)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.chart)
        right = QWidget(lower)
        inner = QVBoxLayout(right)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.items_title)
        inner.addWidget(self.items, 1)
        lower.addWidget(right)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.overview)
        layout.addWidget(QLabel("<b>" + self.tr("By year") + "</b>", self))
        layout.addWidget(self.by_year)
        layout.addWidget(lower, 1)

    def refresh(self, today: date) -> None:
        self.today = today
        keep = self.overview.currentRow()
        self.summaries = read(self.page.ctx, objective_summaries)
        self.overview.fill(
            [
                (
                    [f"{o.number}. {o.title}", *[o.total(k) for k in KINDS]],
                    None,
                )
                for o in self.summaries
            ]
        )
        _fit_height(self.overview)
        if self.summaries:
            self.overview.selectRow(keep if 0 <= keep < len(self.summaries) else 0)
        self._show()

    def _show(self) -> None:
        row = self.overview.currentRow()
        if not (0 <= row < len(self.summaries)):
            return
        o = self.summaries[row]
        years = recent_years(self.today, 10)
        self.by_year.setColumnCount(len(years) + 2)
        self.by_year.setRowCount(len(KINDS))
        self.by_year.setHorizontalHeaderLabels(
            [self.tr("Earlier"), *[str(y) for y in years], self.tr("Total")]
        )
        self.by_year.setVerticalHeaderLabels([self.tr(KIND_LABELS[k]) for k in KINDS])
        for i, kind in enumerate(KINDS):
            counts = o.counts.get(kind, {})
            earlier = sum(n for y, n in counts.items() if y < years[0])
            later = sum(n for y, n in counts.items() if y > years[-1])  # planned ahead
            values = [earlier, *[counts.get(y, 0) for y in years], o.total(kind)]
            for j, value in enumerate(values):
                item = QTableWidgetItem(str(value) if value else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if j == len(values) - 1 and later:
                    item.setToolTip(self.tr("{n} of them planned ahead").format(n=later))
                self.by_year.setItem(i, j, item)
        _fit_height(self.by_year)
        self.chart.set_chart(objective_chart(o, years))
        items = read(self.page.ctx, lambda s: objective_items(s, o.objective_id))
        kinds = {
            "trip": self.tr("Trip or visit"),
            "meeting": self.tr("Meeting"),
            "agreement": self.tr("Agreement"),
            "commitment": self.tr("Commitment"),
        }
        self.items.fill(
            [
                (
                    [i.day.isoformat() if i.day else "", kinds[i.kind], i.title],
                    (i.kind, i.record_id),
                )
                for i in items
            ]
        )
        self.items_title.setText(
            "<b>" + self.tr("What serves it, newest first ({n})").format(n=len(items)) + "</b>"
        )


# ---------------------------------------------------------------------------------------------
