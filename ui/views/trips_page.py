"""The Trips page: outbound delegations and inbound visits, newest first."""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QStyle, QTextBrowser, QWidget

from cityapp.models import Trip, TripDirection
from cityapp.services.trips import count_trips, trip_detail, trip_rows
from cityapp.timefmt import local_with_home
from ui import icons
from ui.actions import read
from ui.context import AppContext
from ui.models.trips import ROW_ROLE, TripTableModel
from ui.views.list_page import ListPage


class TripsPage(ListPage):
    key = "trips"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = self.tr("Trips")
        self.model = TripTableModel(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self._order, self._descending = "start_date", True
        self.table.horizontalHeader().setSortIndicator(
            TripTableModel.START, Qt.SortOrder.DescendingOrder
        )
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.detail.setFocus())
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TripTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (TripTableModel.START, 84),
            (TripTableModel.END, 84),
            (TripTableModel.DIRECTION, 72),
            (TripTableModel.STATUS, 82),
            (TripTableModel.DESTINATION, 96),
            (TripTableModel.DELEGATION, 74),
        ):
            self.table.setColumnWidth(column, width)

        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Trip details"))
        self.set_detail(self.detail)

        self.reload_action = QAction(
            icons.standard(QStyle.StandardPixmap.SP_BrowserReload), self.tr("&Reload"), self
        )
        self.reload_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.reload_action.setToolTip(self.tr("Read the trips again from the database (F5)"))
        self.reload_action.triggered.connect(self.reload)
        self.toolbar.addAction(self.reload_action)
        self.addAction(self.reload_action)

        ctx.trips_changed.connect(self.reload)
        ctx.database_changed.connect(self.reload)
        self.reload()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        key = self.model.sort_key(column)
        if key is None:  # computed columns are not sortable in SQL: keep the current order
            self.table.horizontalHeader().blockSignals(True)
            self.table.horizontalHeader().setSortIndicator(
                [c[0] for c in TripTableModel.COLUMNS].index(self._order),
                Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder,
            )
            self.table.horizontalHeader().blockSignals(False)
            return
        self._order, self._descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    def reload(self) -> None:
        selected = self.selected_trip_id()
        text = self.filter_text() or None

        def query(session):
            return (
                trip_rows(session, order=self._order, descending=self._descending, text=text),
                count_trips(session),
            )

        rows, total = read(self.ctx, query)
        self.model.set_rows(rows)
        if text:
            empty = self.tr("No trips match “{text}”.").format(text=text)
        else:
            empty = self.tr(
                "No trips yet. Outbound delegations and inbound visits appear here once planned."
            )
        self.show_list(len(rows), total, empty)
        row = self.model.row_of(selected) if selected is not None else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        else:
            self.detail.setHtml("")

    def select_trip(self, trip_id: int) -> bool:
        """Show a trip, clearing the filter if it hides it."""
        row = self.model.row_of(trip_id)
        if row is None and self.filter_text():
            self.filter_box.clear()
            self.reload()
            row = self.model.row_of(trip_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def selected_trip_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        trip = indexes[0].data(ROW_ROLE)
        return trip.id if trip is not None else None

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        trip_id = self.selected_trip_id()
        trip = read(self.ctx, lambda s: trip_detail(s, trip_id)) if trip_id is not None else None
        self.detail.setHtml(self.render_detail(trip) if trip else "")

    def render_detail(self, trip: Trip) -> str:
        e = html.escape
        tr = self.tr
        lead = (
            trip.lead_staff.display_name
            if trip.lead_staff
            else (trip.lead_counterpart.display_name if trip.lead_counterpart else "—")
        )
        where = trip.destination_city.name_en if trip.destination_city else "—"
        if trip.destination_city and trip.destination_city.name_local not in (
            None,
            trip.destination_city.name_en,
        ):
            where = f"{trip.destination_city.name_local} {where}"
        direction = (
            tr("Outbound delegation")
            if trip.direction is TripDirection.OUTBOUND
            else tr("Inbound visit")
        )
        facts = [
            (tr("Dates"), f"{trip.start_date:%Y-%m-%d} – {trip.end_date:%Y-%m-%d}"),
            (tr("Direction"), direction),
            (tr("Status"), tr(trip.status.value.capitalize())),
            (tr("Destination"), where),
            (tr("Lead"), lead),
            (tr("Classification"), tr(trip.classification.value.capitalize())),
            (tr("Objectives"), "; ".join(o.title for o in trip.objectives) or "—"),
        ]
        parts = [f"<h3>{e(trip.title)}</h3><table cellspacing='2'>"]
        parts += [f"<tr><td><b>{e(k)}</b>&nbsp;&nbsp;</td><td>{e(v)}</td></tr>" for k, v in facts]
        parts.append("</table>")
        if trip.purpose:
            parts.append(f"<p>{e(trip.purpose)}</p>")
        parts.append(f"<h4>{e(tr('Delegation'))} ({len(trip.delegates)})</h4><ul>")
        for d in trip.delegates:
            person = d.staff or d.counterpart
            name = person.display_name if person else "?"
            parts.append(f"<li>{e(name)} — {e(tr(d.role.value.capitalize()))}</li>")
        parts.append("</ul>")
        parts.append(f"<h4>{e(tr('Itinerary'))} ({len(trip.itinerary)})</h4>")
        if trip.itinerary:
            parts.append("<ul>")
            for item in trip.itinerary:
                when = local_with_home(item.starts_at, item.start_zone)
                parts.append(f"<li>{e(when)} — {e(item.title)}</li>")
            parts.append("</ul>")
        else:
            parts.append(f"<p>{e(tr('No itinerary items yet.'))}</p>")
        return "".join(parts)
