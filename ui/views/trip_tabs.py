"""The Trips page's tabs: itinerary, day by day, warnings and budget."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cityapp.formats import format_yen_in_text
from cityapp.i18n import QT_TRANSLATE_NOOP
from cityapp.labels import choice_label
from cityapp.models import ItineraryItem, ItineraryKind, Trip
from cityapp.services.budget import BudgetSummary
from cityapp.services.conflicts import ConflictWarning, acknowledge, withdraw_acknowledgement
from cityapp.services.itinerary import (
    aware,
    day_by_day,
    item_place,
    item_values,
    local_wall,
    slot_titles,
)
from cityapp.services.records import editable_values
from cityapp.wording import Wording
from ui import language, semantic
from ui.actions import read, run_action
from ui.dialogs.itinerary_item import ItineraryItemDialog
from ui.dialogs.messages import ConfirmDialog
from ui.dialogs.note import NoteDialog
from ui.i18n import moment, translated
from ui.models.rows import Row
from ui.undo import CreateRecord, DeleteRecord, EditRecord, push
from ui.widgets.rows_table import RowsTable


def person_name(delegate: Any) -> str:
    person = delegate.staff or delegate.counterpart
    return person.display_name if person else "?"


class ItineraryPanel(QWidget):
    """The programme in time order; add, edit, move, duplicate and delete items."""

    STEP = timedelta(minutes=15)

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.trip: Trip | None = None
        self.items: dict[int, ItineraryItem] = {}
        self.table = RowsTable(
            [
                self.tr("Starts (local)"),
                self.tr("Ends (local)"),
                self.tr("Kind"),
                self.tr("Item"),
                self.tr("Place"),
                self.tr("Who"),
            ],
            self,
        )
        self.table.opened.connect(lambda _key: self.edit())
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions: dict[str, QAction] = {}
        for key, text, keys, slot in [
            ("add", self.tr("&Add…"), "Ctrl+Shift+I", self.add),
            ("edit", self.tr("&Edit…"), None, self.edit),
            ("duplicate", self.tr("D&uplicate"), "Ctrl+D", self.duplicate),
            ("earlier", self.tr("−15 min"), "Alt+Up", lambda: self.move(-self.STEP)),
            ("later", self.tr("+15 min"), "Alt+Down", lambda: self.move(self.STEP)),
            (
                "day_earlier",
                self.tr("−1 day"),
                "Alt+Shift+Up",
                lambda: self.move(timedelta(days=-1)),
            ),
            (
                "day_later",
                self.tr("+1 day"),
                "Alt+Shift+Down",
                lambda: self.move(timedelta(days=1)),
            ),
            ("delete", self.tr("De&lete"), "Delete", self.delete),
        ]:
            action = QAction(text, self)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.setToolTip(f"{text.replace('&', '')} ({keys})")
            action.triggered.connect(slot)
            self.addAction(action)
            bar.addAction(action)
            self.actions[key] = action
        self.empty = QLabel(
            self.tr("No itinerary items yet. Add the first with Add… (Ctrl+Shift+I)."), self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(bar)
        self.table.selection_changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        chosen = self.selected() is not None
        editable = self.page.ctx.access.may_edit  # a reader changes no programme
        for key, action in self.actions.items():
            action.setEnabled(editable and (self.trip is not None if key == "add" else chosen))

    def show_trip(self, trip: Trip | None, select_id: int | None = None) -> None:
        keep = select_id or (self.selected().id if self.selected() else None)
        self.trip = trip
        items = (
            sorted(trip.itinerary, key=lambda i: (i.starts_at, i.position, i.id)) if trip else []
        )
        self.items = {i.id: i for i in items}
        everyone = self.tr("everyone")
        rows = []
        words = Wording(language.current())
        for it in items:
            place = item_place(it, words)
            who = ", ".join(person_name(d) for d in it.participants) or everyone
            cells = [
                moment(it.starts_at, it.start_zone),
                moment(it.ends_at, it.end_zone),
                translated(choice_label(it.kind)),
                it.title,
                place,
                who,
            ]
            rows.append(Row(cells, it.id))
        self.table.fill(rows, select=keep)
        self.empty.setVisible(trip is not None and not items)
        self._update()

    def selected(self) -> ItineraryItem | None:
        return self.items.get(self.table.selected_key())

    def _city_zones(self) -> dict[int, str]:
        from cityapp.services.choices import city_zones

        return read(self.page.ctx, city_zones)

    def _delegates(self) -> list[tuple[int, str]]:
        return [(d.id, person_name(d)) for d in self.trip.delegates] if self.trip else []

    def _ask(self, title: str, values: dict[str, Any]) -> dict[str, Any] | None:
        return ItineraryItemDialog.ask(
            self,
            title,
            values,
            self.page.form.inputs_provider(),
            self._city_zones(),
            self._delegates(),
        )

    def _new_values(self) -> dict[str, Any]:
        trip = self.trip
        city = trip.destination_city
        zone = city.timezone if city else "Asia/Tokyo"
        last = max(self.items.values(), key=lambda i: i.ends_at, default=None)
        if last is not None:
            start = last.ends_at.astimezone(last.ends_at.tzinfo) + timedelta(
                minutes=trip.buffer_minutes
            )
            zone = last.end_zone
            start = aware(local_wall(start, zone).replace(second=0, microsecond=0), zone)
        else:
            start = aware(
                datetime(trip.start_date.year, trip.start_date.month, trip.start_date.day, 9, 0),
                zone,
            )
        return {
            "kind": ItineraryKind.MEETING,
            "title": "",
            "city_id": city.id if city else None,
            "starts_at": start,
            "ends_at": start + timedelta(hours=1),
            "start_zone": zone,
            "end_zone": zone,
            "participants": [],
        }

    def _command_args(self) -> dict[str, Any]:
        return {"on_conflict": self.page.reload_current}

    def add(self) -> bool:
        if self.trip is None:
            return False
        values = self._ask(self.tr("Add to the itinerary"), self._new_values())
        if values is None:
            return False
        values |= {"trip_id": self.trip.id, "position": len(self.items)}
        command = CreateRecord(
            self.page.ctx,
            self,
            self.tr("Add {title}").format(title=values["title"]),
            ItineraryItem,
            values=values,
            **self._command_args(),
        )
        return self._push(command)

    def _edit_to(self, it: ItineraryItem, new: dict[str, Any], text: str) -> bool:
        old = {
            **{k: v for k, v in editable_values(it).items() if k in new},
            "participants": sorted(d.id for d in it.participants),
        }
        old = {k: old[k] for k in new if k in old}
        command = EditRecord(
            self.page.ctx,
            self,
            text,
            ItineraryItem,
            record_id=it.id,
            version=it.version,
            old=old,
            new=new,
            **self._command_args(),
        )
        return self._push(command)

    def edit(self) -> bool:
        it = self.selected()
        if it is None:
            return False
        current = {**item_values(it), "participants": sorted(d.id for d in it.participants)}
        values = self._ask(it.title, current)
        if values is None or values == current:
            return False
        return self._edit_to(it, values, self.tr("Edit {title}").format(title=values["title"]))

    def move(self, by: timedelta) -> bool:
        """Move an item by a step; a day keeps its local clock time, minutes move the instant."""
        it = self.selected()
        if it is None:
            return False
        if by.days:
            shifted = item_values(it, shift_days=by.days)
            new = {"starts_at": shifted["starts_at"], "ends_at": shifted["ends_at"]}
        else:
            new = {"starts_at": it.starts_at + by, "ends_at": it.ends_at + by}
        return self._edit_to(it, new, self.tr("Move {title}").format(title=it.title))

    def duplicate(self) -> bool:
        it = self.selected()
        if it is None:
            return False
        values = {
            **item_values(it),
            "trip_id": it.trip_id,
            "position": it.position + 1,
            "participants": sorted(d.id for d in it.participants),
        }
        command = CreateRecord(
            self.page.ctx,
            self,
            self.tr("Duplicate {title}").format(title=it.title),
            ItineraryItem,
            values=values,
            **self._command_args(),
        )
        return self._push(command)

    def delete(self) -> bool:
        it = self.selected()
        if it is None or not ConfirmDialog.ask(
            self,
            self.tr("Delete"),
            self.tr("Delete “{title}” from the itinerary? You can undo this with Ctrl+Z.").format(
                title=it.title
            ),
        ):
            return False
        command = DeleteRecord(
            self.page.ctx,
            self,
            self.tr("Delete {title}").format(title=it.title),
            ItineraryItem,
            record_id=it.id,
            version=it.version,
            **self._command_args(),
        )
        return self._push(command)

    def _push(self, command: Any) -> bool:
        if not push(self.page.undo_stack, command):
            return False
        self.page.load_extra(self.page.current_id, select_item=command.record_id)
        return True


class DayView(RowsTable):
    """Each day at the destination: local time and Tokyo time side by side, both dates where they differ."""

    def __init__(self, page: Any) -> None:
        super().__init__(
            [
                QCoreApplication.translate("DayView", "Local time"),
                QCoreApplication.translate("DayView", "Tokyo time"),
                QCoreApplication.translate("DayView", "Kind"),
                QCoreApplication.translate("DayView", "Item"),
                QCoreApplication.translate("DayView", "Place"),
            ],
            page,
        )
        self.page = page

    def show_trip(self, trip: Trip | None) -> None:
        lines: list[Row] = []
        last_day = None
        words = Wording(language.current())
        rows = (
            day_by_day(trip.itinerary, words=words, titles=slot_titles(trip, words)) if trip else []
        )
        for row in rows:
            if row.day != last_day:
                heading = words.date(row.day) if words.japanese else f"{row.day:%A %Y-%m-%d}"
                lines.append(Row([heading], heading=True))
                last_day = row.day
            cells = [
                row.local,
                row.home,
                translated(choice_label(row.kind)),
                row.title,
                row.place,
            ]
            lines.append(Row(cells, row.item_id))
        self.fill(lines)


class WarningsPanel(QWidget):
    """Conflicts found in the itinerary; each can be acknowledged with a note."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.warnings: list[ConflictWarning] = []
        self.table = RowsTable(
            [self.tr("Check"), self.tr("Warning"), self.tr("Acknowledged")], self, wrap=True
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(2, 180)
        self.show_acknowledged = QCheckBox(self.tr("Show &acknowledged warnings"), self)
        self.show_acknowledged.toggled.connect(lambda _on: self.show_warnings(self.warnings))
        self.ack_button = QPushButton(self.tr("A&cknowledge…"), self)
        self.withdraw_button = QPushButton(self.tr("&Withdraw acknowledgement"), self)
        self.ack_button.clicked.connect(self.acknowledge)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.summary = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ack_button)
        buttons.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        # On a line of its own: the panel stays narrow enough to leave the trips list its titles.
        layout.addWidget(self.show_acknowledged)
        layout.addLayout(buttons)
        self.table.selection_changed.connect(self._update)
        self._update()

    RULES = {
        "overlap": QT_TRANSLATE_NOOP("WarningsPanel", "Overlap"),
        "travel": QT_TRANSLATE_NOOP("WarningsPanel", "Travel"),
        "buffer": QT_TRANSLATE_NOOP("WarningsPanel", "Too close"),
        "hours": QT_TRANSLATE_NOOP("WarningsPanel", "Working hours"),
        "day_off": QT_TRANSLATE_NOOP("WarningsPanel", "Day off"),
        "term_ended": QT_TRANSLATE_NOOP("WarningsPanel", "Term ended"),
        "outside_trip": QT_TRANSLATE_NOOP("WarningsPanel", "Outside the trip"),
    }

    def open_count(self) -> int:
        return sum(1 for w in self.warnings if not w.acknowledged)

    def show_warnings(self, warnings: list[ConflictWarning]) -> None:
        self.warnings = warnings
        shown = [w for w in warnings if self.show_acknowledged.isChecked() or not w.acknowledged]
        soon = semantic.color("soon")
        rows = []
        for w in shown:
            ack = f"{w.acknowledged_by}: {w.note or ''}" if w.acknowledged else ""
            cells = [translated(self.RULES.get(w.rule, w.rule)), translated(w.message), ack]
            rows.append(Row(cells, w.key, colors={} if w.acknowledged else {0: soon}))
        keep = self.table.selected_key()
        self.table.fill(rows, select=keep, fit=False)
        self.table.resizeRowsToContents()
        hidden = len(warnings) - len(shown)
        text = (
            (
                self.tr("1 warning to look at.")
                if self.open_count() == 1
                else self.tr("{n} warnings to look at.").format(n=self.open_count())
            )
            if self.open_count()
            else self.tr("No open warnings: the programme holds together.")
        )
        if hidden:
            text += " " + self.tr("{n} acknowledged, hidden.").format(n=hidden)
        self.summary.setText(text)
        self._update()

    def selected(self) -> ConflictWarning | None:
        key = self.table.selected_key()
        return next((w for w in self.warnings if w.key == key), None) if key is not None else None

    def _update(self) -> None:
        w = self.selected()
        editable = self.page.ctx.access.may_edit  # a reader acknowledges nothing
        self.ack_button.setEnabled(editable and w is not None and not w.acknowledged)
        self.withdraw_button.setEnabled(editable and w is not None and w.acknowledged)

    def acknowledge(self) -> bool:
        w = self.selected()
        if w is None or self.page.current_id is None:
            return False
        note = NoteDialog.ask(self, w.message)
        if note is None:
            return False
        trip_id, actor = self.page.current_id, self.page.ctx.officer
        done = run_action(
            self.page.ctx,
            self,
            self.tr("Acknowledge warning"),
            lambda s: acknowledge(s, trip_id, w.key, note or None, actor),
        )
        return done is not None

    def withdraw(self) -> bool:
        w = self.selected()
        if w is None or self.page.current_id is None:
            return False
        trip_id = self.page.current_id
        done = run_action(
            self.page.ctx,
            self,
            self.tr("Withdraw acknowledgement"),
            lambda s: withdraw_acknowledgement(s, trip_id, w.key) or True,
        )
        return done is not None


def format_yen(value: Decimal) -> str:
    return format_yen_in_text(value)


class BudgetFooter(QWidget):
    """The total in yen, and the trip's exchange rates (yen per unit) to edit."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.total = QLabel(self)
        self.rates = QLineEdit(self)
        self.rates.setPlaceholderText(self.tr("EUR=162.5, USD=151"))
        self.rates.setToolTip(self.tr("Yen per unit of each currency, for this trip"))
        self.apply = QPushButton(self.tr("Set &rates"), self)
        self.apply.clicked.connect(self.save_rates)
        self.rates.returnPressed.connect(self.save_rates)
        self.error = QLabel(self)
        palette = self.error.palette()
        palette.setColor(self.error.foregroundRole(), semantic.color("error"))
        self.error.setPalette(palette)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Exchange rates (yen per unit):"), self))
        row.addWidget(self.rates, 1)
        row.addWidget(self.apply)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.total)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.trip: Trip | None = None

    def show_summary(self, trip: Trip | None, summary: BudgetSummary | None) -> None:
        self.trip = trip
        self.error.setText("")
        editable = self.page.ctx.access.may_edit  # a reader sets no rates
        self.apply.setEnabled(editable and trip is not None)
        self.rates.setReadOnly(not editable)
        if trip is None or summary is None:
            self.total.setText("")
            self.rates.setText("")
            return
        text = self.tr("Total: {total}").format(total=format_yen(summary.total_jpy))
        if summary.missing_rates:
            text += "  " + self.tr("(no rate for {currencies}: left out of the total)").format(
                currencies=", ".join(summary.missing_rates)
            )
        self.total.setText(text)
        self.rates.setText(
            ", ".join(f"{k}={v}" for k, v in sorted((trip.exchange_rates or {}).items()))
        )

    def parse(self) -> dict[str, str]:
        rates = {}
        for part in filter(
            None, (p.strip() for p in self.rates.text().replace(";", ",").split(","))
        ):
            code, _, value = part.partition("=")
            code = code.strip().upper()
            try:
                number = Decimal(value.strip())
            except ArithmeticError:
                number = Decimal(-1)
            if len(code) != 3 or not code.isalpha() or number <= 0:
                raise ValueError(
                    self.tr("“{part}” is not CODE=rate, for example EUR=162.5.").format(part=part)
                )
            rates[code] = str(number)
        return rates

    def save_rates(self) -> bool:
        if self.trip is None:
            return False
        try:
            rates = self.parse()
        except ValueError as exc:
            self.error.setText(translated(exc))
            return False
        old = dict(self.trip.exchange_rates or {})
        if rates == old:
            return False
        command = EditRecord(
            self.page.ctx,
            self,
            self.tr("Set exchange rates"),
            Trip,
            on_conflict=self.page.reload_current,
            record_id=self.trip.id,
            version=self.trip.version,
            old={"exchange_rates": old},
            new={"exchange_rates": rates},
        )
        return push(self.page.undo_stack, command)
