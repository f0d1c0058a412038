"""The Dashboard: what is coming up in the next weeks (the strategy's charts join it later)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cityapp.services.relations import agreements_coming_up, trips_ahead
from ui.actions import read
from ui.context import AppContext

HORIZON_DAYS = 90


class LinkTable(QTableWidget):
    """A read-only table whose rows open a record (Enter or double click)."""

    def __init__(self, headers: list[str], parent: QWidget) -> None:
        super().__init__(0, len(headers), parent)
        self.links: list[tuple[str, int]] = []
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.itemActivated.connect(self._open)

    def fill(self, rows: list[tuple[list[str], tuple[str, int]]]) -> None:
        self.setRowCount(len(rows))
        self.links = [link for _cells, link in rows]
        for i, (cells, _link) in enumerate(rows):
            for j, text in enumerate(cells):
                self.setItem(i, j, QTableWidgetItem(text))

    def _open(self, item: QTableWidgetItem) -> None:
        window = self.window()
        if hasattr(window, "open_record"):
            window.open_record(*self.links[item.row()])


class DashboardPage(QWidget):
    key = "dashboard"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = self.tr("Dashboard")
        self.today: date | None = None  # None: the real today (tests fix a date)
        heading = QLabel(f"<h2>{self.tr('Coming up')}</h2>", self)
        self.summary = QLabel(self)
        self.trips = LinkTable(
            [
                self.tr("Starts"),
                self.tr("Ends"),
                self.tr("Direction"),
                self.tr("Status"),
                self.tr("Trip or visit"),
            ],
            self,
        )
        self.trips_empty = QLabel(self)
        self.agreements = LinkTable([self.tr("Date"), self.tr("City"), self.tr("What")], self)
        self.agreements_empty = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 8, 18, 12)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(f"<h3>{self.tr('Trips and visits')}</h3>", self))
        layout.addWidget(self.trips, 1)
        layout.addWidget(self.trips_empty)
        layout.addWidget(
            QLabel(f"<h3>{self.tr('Agreement anniversaries and expiries')}</h3>", self)
        )
        layout.addWidget(self.agreements, 1)
        layout.addWidget(self.agreements_empty)
        for signal in (ctx.records_changed, ctx.trips_changed, ctx.database_changed):
            signal.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        today = self.today or date.today()
        trips = read(self.ctx, lambda s: trips_ahead(s, today, HORIZON_DAYS))
        dates = read(self.ctx, lambda s: agreements_coming_up(s, today, HORIZON_DAYS))
        self.summary.setText(
            self.tr("The next {days} days, from {today}.").format(
                days=HORIZON_DAYS, today=today.isoformat()
            )
        )
        self.trips.fill(
            [
                (
                    [
                        t.start.isoformat(),
                        t.end.isoformat(),
                        self.tr(t.direction.capitalize()),
                        self.tr(t.status.capitalize()),
                        t.title,
                    ],
                    ("trip", t.trip_id),
                )
                for t in trips
            ]
        )
        self.agreements.fill(
            [([c.day.isoformat(), c.city, c.what], ("agreement", c.agreement_id)) for c in dates]
        )
        self.trips_empty.setText(
            self.tr("No trips or visits in the next {days} days.").format(days=HORIZON_DAYS)
        )
        self.trips_empty.setVisible(not trips)
        self.agreements_empty.setText(
            self.tr("No five-yearly anniversaries or expiries in the next {days} days.").format(
                days=HORIZON_DAYS
            )
        )
        self.agreements_empty.setVisible(not dates)
