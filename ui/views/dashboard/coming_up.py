"""The Coming up tab: trips, agreements, overdue commitments and gifts to declare."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QWidget,
)

from cityapp.labels import choice_label
from cityapp.services import dashboard
from cityapp.services.dashboard import HORIZON_DAYS
from cityapp.services.relations import RENEWAL_NOTICE_DAYS
from ui import language, semantic
from ui.i18n import day, translated
from ui.models.rows import Row
from ui.widgets.link_table import LinkTable

from .common import _box

if TYPE_CHECKING:
    from .page import DashboardPage


class ComingUpTab(QWidget):
    def __init__(self, page: DashboardPage) -> None:
        super().__init__(page)
        self.page = page
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
        self.overdue = LinkTable(
            [self.tr("Owner"), self.tr("Side"), self.tr("Overdue"), self.tr("Oldest due")],
            self,
            sortable=True,
        )
        self.overdue.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        self.overdue_note = QLabel(self)
        self.gifts = LinkTable(
            [self.tr("Received"), self.tr("Gift"), self.tr("Value (¥)"), self.tr("From")], self
        )
        self.gifts_empty = QLabel(self)
        grid = QGridLayout(self)
        grid.addWidget(self.summary, 0, 0, 1, 2)
        grid.addWidget(_box(self, self.tr("Trips and visits"), self.trips, self.trips_empty), 1, 0)
        grid.addWidget(
            _box(
                self,
                self.tr("Agreement anniversaries and expiries"),
                self.agreements,
                self.agreements_empty,
            ),
            1,
            1,
        )
        grid.addWidget(
            _box(self, self.tr("Overdue commitments by owner"), self.overdue, self.overdue_note),
            2,
            0,
        )
        grid.addWidget(
            _box(self, self.tr("Gifts waiting for a declaration"), self.gifts, self.gifts_empty),
            2,
            1,
        )

    # Read by a worker, while the tab is already on screen.
    figures = staticmethod(dashboard.coming_up)

    def working(self, failed: bool = False) -> None:
        self.summary.setText(
            self.tr("What is coming up could not be read; F5 tries again.")
            if failed
            else self.tr("Reading what is coming up…")
        )

    def coming_up_words(self, c) -> str:
        if c.kind == "anniversary":
            return self.tr("{years}th anniversary: {title}").format(years=c.years, title=c.title)
        if c.kind == "expired":
            return self.tr("Expired, not renewed: {title}").format(title=c.title)
        return self.tr("Expires: {title}").format(title=c.title)

    def show_figures(self, found: dashboard.ComingUpFigures, today: date) -> None:
        trips, dates, gifts = found.trips, found.agreements, found.gifts
        owners, total_owners = found.overdue_owners, found.owners_in_all
        self.summary.setText(
            self.tr(
                "The next {days} days, from {today}, and agreements expiring in the next "
                "{notice} days (time to renew); overdue and undeclared as of today."
            ).format(days=HORIZON_DAYS, today=day(today), notice=RENEWAL_NOTICE_DAYS)
        )
        self.trips.fill(
            [
                Row(
                    [
                        day(t.start),
                        day(t.end),
                        translated(choice_label(t.direction)),
                        translated(choice_label(t.status)),
                        t.title,
                    ],
                    ("trip", t.trip_id),
                )
                for t in trips
            ]
        )
        self.agreements.fill(
            [
                Row(
                    [
                        day(c.day),
                        c.city_ja if c.city_ja and language.current() == "ja" else c.city,
                        self.coming_up_words(c),
                    ],
                    ("agreement", c.agreement_id),
                    colors={2: semantic.color("overdue")} if c.kind == "expired" else {},
                )
                for c in dates
            ]
        )
        sides = {"ours": self.tr("Ours"), "theirs": self.tr("Theirs"), "joint": self.tr("Joint")}
        overdue = semantic.color("overdue")
        self.overdue.fill(
            [
                Row(
                    [o.owner, sides.get(o.side, o.side), o.count, day(o.oldest_due)],
                    ("commitment", o.oldest_id),
                    colors={2: overdue},
                )
                for o in owners
            ]
        )
        if not owners:
            self.overdue_note.setText(self.tr("Nothing overdue."))
        elif total_owners > len(owners):
            self.overdue_note.setText(
                self.tr(
                    "The {shown} owners with most overdue of {total}; the Commitments page "
                    "lists them all (Overdue only)."
                ).format(shown=len(owners), total=total_owners)
            )
        else:
            self.overdue_note.setText(self.tr("Enter opens the owner's oldest overdue commitment."))
        self.gifts.fill(
            [
                Row(
                    [day(g.exchanged_on), g.description, f"{g.value_jpy:,}", g.counterpart],
                    ("meeting", g.meeting_id) if g.meeting_id else None,
                )
                for g in gifts
            ]
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
        self.gifts_empty.setText(self.tr("Every gift above the threshold is declared."))
        self.gifts_empty.setVisible(not gifts)


# ---------------------------------------------------------------------------------------------
