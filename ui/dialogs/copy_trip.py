"""Planning a new trip from an earlier one: a copy with dates moved, or a return visit."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from cityapp.clock import CLOCK
from cityapp.fields import DATE, Field
from cityapp.models import Trip, TripDirection
from ui import semantic
from ui.widgets.inputs import DateInput


class CopyTripDialog(QDialog):
    def __init__(self, parent: QWidget | None, trip: Trip) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan from “{title}”").format(title=trip.title))
        self.trip = trip
        self.start = DateInput(Field("starts_on", "Starts", DATE, required=True), self)
        self.start.set_value(CLOCK.today())
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        palette = self.error.palette()
        palette.setColor(self.error.foregroundRole(), semantic.color("error"))
        self.error.setPalette(palette)
        self.title_edit = QLineEdit(self)
        self.return_visit = QCheckBox(
            self.tr("A &return visit (the other direction: the programme starts empty)"), self
        )
        self.return_visit.toggled.connect(self._suggest_title)
        self._suggest_title(False)
        form = QFormLayout(self)
        form.addRow(self.tr("New trip &starts"), self.start)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.return_visit)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(480, 160)

    def _suggest_title(self, back: bool) -> None:
        city = self.trip.destination_city.name_en if self.trip.destination_city else ""
        if back:
            self.title_edit.setText(
                self.tr("Return visit from {city}").format(city=city)
                if city
                else self.tr("Return visit")
            )
        else:
            self.title_edit.setText(self.tr("{title} (copy)").format(title=self.trip.title))

    def _accept_if_valid(self) -> None:
        problem = self.start.problem() or (
            None if self.start.value() else self.tr("Type the day the new trip starts.")
        )
        self.error.setText(problem or "")
        if not problem:
            self.accept()

    def choice(self) -> tuple[date, str, TripDirection]:
        starts = self.start.value()
        direction = self.trip.direction
        if self.return_visit.isChecked():
            direction = (
                TripDirection.INBOUND
                if direction is TripDirection.OUTBOUND
                else TripDirection.OUTBOUND
            )
        return (
            starts,
            self.title_edit.text().strip() or self.trip.title,
            direction,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, trip: Trip) -> tuple[date, str, TripDirection] | None:
        dialog = cls(parent, trip)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
