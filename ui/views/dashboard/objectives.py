"""The Objectives tab: what serves each of the strategy's objectives."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget

from cityapp.clock import CLOCK
from cityapp.formats import format_quantity
from cityapp.services import dashboard
from cityapp.services.objectives import KINDS, ObjectiveSummary, objective_items
from cityapp.services.projects import indicators_serving
from cityapp.wording import Wording
from ui import language
from ui.actions import read
from ui.i18n import day
from ui.models.rows import Row
from ui.widgets.charts import KIND_LABELS, ChartPanel, objective_chart, recent_years
from ui.widgets.link_table import LinkTable
from ui.widgets.rows_table import RowsTable

if TYPE_CHECKING:
    from .page import DashboardPage


class ObjectivesTab(QWidget):
    def __init__(self, page: DashboardPage) -> None:
        super().__init__(page)
        self.page = page
        self.summaries: list = []
        self.today = CLOCK.today()
        self.overview = RowsTable(
            [
                self.tr("Objective"),
                self.tr("Trips and visits"),
                self.tr("Meetings"),
                self.tr("Agreements"),
                self.tr("Commitments"),
                self.tr("Joint projects"),
                self.tr("Lessons"),
            ],
            self,
        )
        self.overview.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.overview.horizontalHeader().setStretchLastSection(False)
        self.overview.selection_changed.connect(self._show)
        self.by_year = RowsTable([], self)
        self.by_year.verticalHeader().setVisible(True)
        self.by_year.horizontalHeader().setStretchLastSection(False)
        self.by_year.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.chart = ChartPanel("objective-by-year", self)
        self.items = LinkTable([self.tr("Date"), self.tr("Kind"), self.tr("What")], self)
        self.items_title = QLabel(self)
        self.benefit = LinkTable(
            [
                self.tr("Project"),
                self.tr("Benefit to residents"),
                self.tr("Baseline"),
                self.tr("Last measured"),
                self.tr("Target"),
                self.tr("Of the way"),
            ],
            self,
        )
        header = self.benefit.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(6):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column < 2
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.benefit_title = QLabel(self)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.chart)
        right = QWidget(lower)
        inner = QVBoxLayout(right)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.items_title)
        inner.addWidget(self.items, 2)
        inner.addWidget(self.benefit_title)
        inner.addWidget(self.benefit, 1)
        lower.addWidget(right)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.overview)
        layout.addWidget(QLabel("<b>" + self.tr("By year") + "</b>", self))
        layout.addWidget(self.by_year)
        layout.addWidget(lower, 1)

    # Counted over every record by a worker, while the tab is already on screen.
    figures = staticmethod(dashboard.objectives)

    def working(self, failed: bool = False) -> None:
        text = (
            self.tr("The objectives could not be counted; F5 tries again.")
            if failed
            else self.tr("Counting what serves each objective…")
        )
        self.overview.fill([Row([text], None)])

    def show_figures(self, summaries: list[ObjectiveSummary], today: date) -> None:
        self.today = today
        keep = self.overview.selected_key()
        self.summaries = summaries
        self.overview.fill(
            [
                Row([f"{o.number}. {_title(o)}", *[o.total(k) for k in KINDS]], o.objective_id)
                for o in self.summaries
            ]
        )
        self.overview.fit_height()
        if self.summaries and not self.overview.select_key(keep):
            self.overview.select_row(0)
        self._show()

    def _show(self) -> None:
        row = self.overview.current_row()
        if not (0 <= row < len(self.summaries)):
            return
        o = self.summaries[row]
        years = recent_years(self.today, 10, o.fiscal_years)
        words = Wording(language.current(), fiscal_years=o.fiscal_years)
        self.by_year.rows_model.set_headers(
            [self.tr("Earlier"), *[words.year(y) for y in years], self.tr("Total")],
            [self.tr(KIND_LABELS[k]) for k in KINDS],
        )
        rows = []
        for kind in KINDS:
            counts = o.counts.get(kind, {})
            earlier = sum(n for y, n in counts.items() if y < years[0])
            later = sum(n for y, n in counts.items() if y > years[-1])  # planned ahead
            values = [earlier, *[counts.get(y, 0) for y in years], o.total(kind)]
            tips = {len(values) - 1: self.tr("{n} of them planned ahead").format(n=later)}
            rows.append(Row([v or None for v in values], kind, tips=tips if later else {}))
        self.by_year.fill(rows, fit=False)
        self.by_year.fit_height()
        self.chart.set_chart(objective_chart(o, years))
        items = read(self.page.ctx, lambda s: objective_items(s, o.objective_id))
        kinds = {
            "trip": self.tr("Trip or visit"),
            "meeting": self.tr("Meeting"),
            "agreement": self.tr("Agreement"),
            "commitment": self.tr("Commitment"),
            "project": self.tr("Joint project"),
            "lesson": self.tr("Lesson and action"),
        }
        self.items.fill(
            [
                Row(
                    [day(i.day), kinds[i.kind], i.title],
                    (i.kind, i.record_id),
                )
                for i in items
            ]
        )
        self.items_title.setText(
            "<b>" + self.tr("What serves it, newest first ({n})").format(n=len(items)) + "</b>"
        )
        today = self.today
        lines = read(self.page.ctx, lambda s: indicators_serving(s, o.objective_id, today))
        ja = language.current() == "ja"
        self.benefit.fill(
            [
                Row(
                    [
                        line.project_ja if ja and line.project_ja else line.project,
                        f"{line.indicator} ({line.unit})",
                        format_quantity(line.baseline),
                        format_quantity(line.progress.latest),
                        format_quantity(line.target),
                        line.progress.of_the_way(self.tr("reached")),
                    ],
                    ("project", line.project_id),
                )
                for line in lines
            ]
        )
        self.benefit_title.setText(
            "<b>" + self.tr("What residents got: indicators against their targets") + "</b>"
        )


# ---------------------------------------------------------------------------------------------


def _title(summary: ObjectiveSummary) -> str:
    """The objective's title in the window's language, where the record has it."""
    return summary.title_ja if language.current() == "ja" and summary.title_ja else summary.title
