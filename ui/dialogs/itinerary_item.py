"""Adding or editing one itinerary item, with its times typed in the local time of each place."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from cityapp.errors import UserError
from cityapp.fields import DATETIME, ZONE, Field
from cityapp.labels import choice_label
from cityapp.models import ItineraryKind
from cityapp.models.enums import TRANSPORT
from cityapp.services.itinerary import LEG_DETAILS, aware, local_wall
from ui import semantic
from ui.i18n import translated
from ui.widgets.inputs import DateTimeInput, RefInput, RefProvider, ZoneInput

LEG_TEXTS = tuple(key for key in LEG_DETAILS if key != "origin_city_id")  # typed as text


def _typed(edit: DateTimeInput, what: str) -> datetime:
    """The local time as typed, or the reason it is not one."""
    problem = edit.problem()
    if problem:
        raise UserError(f"{what}: {problem}")
    value = edit.value()
    if value is None:
        raise UserError(f"{what}: type the local date and time, like 2027-03-14 09:30.")
    return value


class ItineraryItemDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        values: dict[str, Any],
        provider: RefProvider,
        city_zones: dict[int, str],
        delegates: list[tuple[int, str]],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.city_zones = city_zones
        self.result_values: dict[str, Any] | None = None
        self.kind = QComboBox(self)
        for kind in ItineraryKind:
            self.kind.addItem(translated(choice_label(kind)), kind)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(300)
        self.city = RefInput(Field("city_id", "City", ref="city"), provider, self)
        self.venue = QLineEdit(self)
        self.venue.setMaxLength(300)
        # A transport leg's origin and its booking; a hotel's address and confirmation.
        self.origin_city = RefInput(Field("origin_city_id", "From", ref="city"), provider, self)
        self.origin_venue = QLineEdit(self)
        self.carrier = QLineEdit(self)
        self.service_number = QLineEdit(self)
        self.origin_terminal = QLineEdit(self)
        self.destination_terminal = QLineEdit(self)
        self.booking_reference = QLineEdit(self)
        self.address = QLineEdit(self)
        for edit, most in (
            (self.origin_venue, 300),
            (self.carrier, 200),
            (self.service_number, 50),
            (self.origin_terminal, 100),
            (self.destination_terminal, 100),
            (self.booking_reference, 100),
            (self.address, 500),
        ):
            edit.setMaxLength(most)
        self.start = DateTimeInput(Field("starts_local", "Starts", DATETIME, required=True), self)
        self.end = DateTimeInput(Field("ends_local", "Ends", DATETIME, required=True), self)
        self.start_zone = ZoneInput(Field("start_zone", "Zone", ZONE), self)
        self.end_zone = ZoneInput(Field("end_zone", "Zone", ZONE), self)
        self.details = QPlainTextEdit(self)
        self.details.setTabChangesFocus(True)
        self.details.setFixedHeight(self.details.fontMetrics().lineSpacing() * 4 + 12)
        self.people = QListWidget(self)
        for delegate_id, name in delegates:
            item = QListWidgetItem(name, self.people)
            item.setData(Qt.ItemDataRole.UserRole, delegate_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked
                if delegate_id in (values.get("participants") or [])
                else Qt.CheckState.Unchecked
            )
        self.people.setFixedHeight(min(140, 24 + 22 * max(1, len(delegates))))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        palette = self.error.palette()
        palette.setColor(self.error.foregroundRole(), semantic.color("error"))
        self.error.setPalette(palette)

        form = QFormLayout(self)
        self.form = form
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Title *"), self.title_edit)
        form.addRow(self.tr("&From (city)"), self.origin_city)
        form.addRow(self.tr("From (&place)"), self.origin_venue)
        form.addRow(self.tr("&City"), self.city)
        form.addRow(self.tr("&Venue"), self.venue)
        form.addRow(self.tr("Carrier"), self.carrier)
        form.addRow(self.tr("Flight or train &number"), self.service_number)
        form.addRow(self.tr("Departure terminal"), self.origin_terminal)
        form.addRow(self.tr("Arrival terminal"), self.destination_terminal)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("&Booking or confirmation number"), self.booking_reference)
        form.addRow(self.tr("&Starts (local)"), self.start)
        form.addRow(self.tr("Start &zone"), self.start_zone)
        form.addRow(self.tr("&Ends (local)"), self.end)
        form.addRow(self.tr("End zo&ne"), self.end_zone)
        form.addRow(self.tr("&Details"), self.details)
        form.addRow(self.tr("&Who (none ticked: everyone)"), self.people)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._fill(values)
        self.city.changed.connect(self._city_changed)
        self.origin_city.changed.connect(self._origin_changed)
        self.kind.currentIndexChanged.connect(self._show_rows)
        self._show_rows()
        self.resize(560, 700)

    def _show_rows(self) -> None:
        """A leg shows its two ends and its booking; a hotel its address; the rest one place."""
        kind = self.kind.currentData()
        leg, hotel = kind in TRANSPORT, kind == ItineraryKind.HOTEL
        for widget in (
            self.origin_city,
            self.origin_venue,
            self.carrier,
            self.service_number,
            self.origin_terminal,
            self.destination_terminal,
        ):
            self.form.setRowVisible(widget, leg)
        self.form.setRowVisible(self.address, hotel)
        self.form.setRowVisible(self.booking_reference, leg or hotel)
        self.form.labelForField(self.city).setText(
            self.tr("&To (city)") if leg else self.tr("&City")
        )
        self.form.labelForField(self.venue).setText(
            self.tr("To (p&lace)") if leg else self.tr("&Venue")
        )

    def _fill(self, values: dict[str, Any]) -> None:
        self.kind.setCurrentIndex(
            max(0, self.kind.findData(values.get("kind", ItineraryKind.MEETING)))
        )
        self.title_edit.setText(values.get("title") or "")
        self.city.set_value(values.get("city_id"))
        self.venue.setText(values.get("venue") or "")
        self.start_zone.set_value(values["start_zone"])
        self.end_zone.set_value(values["end_zone"])
        self.start.set_value(local_wall(values["starts_at"], values["start_zone"]))
        self.end.set_value(local_wall(values["ends_at"], values["end_zone"]))
        self.details.setPlainText(values.get("details") or "")
        self.origin_city.set_value(values.get("origin_city_id"))
        for key in LEG_TEXTS:
            getattr(self, key).setText(values.get(key) or "")

    def _city_changed(self) -> None:
        """A new place brings its zone with it: a leg's destination the arrival zone, any other
        item's place both."""
        zone = self.city_zones.get(self.city.value())
        if zone:
            self.end_zone.set_value(zone)
            if self.kind.currentData() not in TRANSPORT:
                self.start_zone.set_value(zone)

    def _origin_changed(self) -> None:
        zone = self.city_zones.get(self.origin_city.value())
        if zone and self.kind.currentData() in TRANSPORT:
            self.start_zone.set_value(zone)

    def values(self) -> dict[str, Any]:
        start_zone, end_zone = self.start_zone.value(), self.end_zone.value()
        title = self.title_edit.text().strip()
        if not title:
            raise UserError(self.tr("Give the item a title."))
        for picker in (self.city, self.origin_city):
            if picker.problem():
                raise UserError(picker.problem())
        leg = self.kind.currentData() in TRANSPORT
        hotel = self.kind.currentData() == ItineraryKind.HOTEL
        starts_local = _typed(self.start, self.tr("Starts"))
        ends_local = _typed(self.end, self.tr("Ends"))
        try:
            starts = aware(starts_local, start_zone)
            ends = aware(ends_local, end_zone)
        except ValueError as exc:  # an unknown zone name
            raise UserError(translated(exc)) from exc
        if ends < starts:
            raise UserError(
                self.tr("It ends before it starts (compare the local times and zones).")
            )
        return {
            "kind": self.kind.currentData(),
            "title": title,
            "city_id": self.city.value(),
            "venue": self.venue.text().strip() or None,
            "starts_at": starts,
            "start_zone": start_zone,
            "ends_at": ends,
            "end_zone": end_zone,
            "details": self.details.toPlainText().strip() or None,
            "origin_city_id": self.origin_city.value() if leg else None,
            **{
                key: (getattr(self, key).text().strip() or None)
                if (leg and key != "address") or (hotel and key in ("address", "booking_reference"))
                else None
                for key in LEG_TEXTS
            },
            "participants": [
                self.people.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.CheckState.Checked
            ],
        }

    def _accept_if_valid(self) -> None:
        try:
            self.result_values = self.values()
        except UserError as exc:
            self.error.setText(translated(exc))
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        values: dict[str, Any],
        provider: RefProvider,
        city_zones: dict[int, str],
        delegates: list[tuple[int, str]],
    ) -> dict[str, Any] | None:
        dialog = cls(parent, title, values, provider, city_zones, delegates)
        dialog.exec()
        return dialog.result_values
