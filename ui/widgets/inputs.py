"""One input widget per field kind, each with value(), set_value() and a `changed` signal."""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from cityapp.countries import country_names
from cityapp.fields import (
    BOOL,
    CHOICE,
    COUNTRY,
    DATE,
    DATETIME,
    FLOAT,
    INT,
    MULTILINE,
    REF,
    REFS,
    TIME,
    ZONE,
    Field,
)

NO_DATE = QDate(1900, 1, 1)
RefProvider = Callable[[str], list[tuple[int, str]]]


SPECIAL_LABELS = {"mou": "MoU", "cooperation_agreement": "Cooperation agreement", "none": "None"}


def choice_label(value: enum.Enum | str | None) -> str:
    """'sister_city' -> 'Sister city'; the UI translates it through its own context."""
    if value is None:
        return ""
    raw = str(getattr(value, "value", value))
    return SPECIAL_LABELS.get(raw) or raw.replace("_", " ").capitalize()


class Input(QWidget):
    changed = Signal()

    def value(self) -> Any:  # pragma: no cover - every input overrides it
        raise NotImplementedError

    def set_value(self, value: Any) -> None:  # pragma: no cover
        raise NotImplementedError

    def problem(self) -> str | None:
        """What is wrong with the text as typed, before it becomes a value (None: nothing)."""
        return None


def _wrap(parent: Input, inner: QWidget) -> None:
    layout = QHBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(inner)
    parent.setFocusProxy(inner)


class TextInput(Input):
    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        if f.max_length:
            self.edit.setMaxLength(f.max_length)
        self.edit.textChanged.connect(self.changed)
        _wrap(self, self.edit)

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class MultilineInput(Input):
    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        self.edit.textChanged.connect(self.changed)
        _wrap(self, self.edit)

    def value(self) -> str | None:
        return self.edit.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))


class ChoiceInput(Input):
    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(10)
        self.choices = f.choices
        if not f.required:
            self.combo.addItem("—", None)
        for member in f.choices or []:
            self.combo.addItem(self.tr(choice_label(member)), member)
        self.combo.currentIndexChanged.connect(self.changed)
        _wrap(self, self.combo)

    def value(self) -> Any:
        data = self.combo.currentData()  # Qt hands a str-based enum back as a plain str
        return self.choices(data) if data is not None and self.choices is not None else data

    def set_value(self, value: Any) -> None:
        if value is not None and self.choices is not None and not isinstance(value, self.choices):
            value = self.choices(value)
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(index, 0))


class DateInput(Input):
    """A date with a calendar popup; the first date in the range stands for 'no date' (shown as —)."""

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setMaximumDate(QDate(2200, 12, 31))
        self.edit.setSpecialValueText("—")
        self.edit.setDate(NO_DATE)  # starts empty, not on Qt's default day
        self.edit.dateChanged.connect(self.changed)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("No date"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)

    def value(self) -> date | None:
        qdate = self.edit.date()
        return None if qdate == NO_DATE else date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: Any) -> None:
        self.edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))


class BoolInput(Input):
    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.box.toggled.connect(self.changed)
        _wrap(self, self.box)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class IntInput(Input):
    """A whole number; empty is allowed unless required (the spin box's minimum shows as —)."""

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.required = f.required
        self.spin = QSpinBox(self)
        low = int(f.minimum) if f.minimum is not None else -1_000_000
        self.spin.setRange(
            low if f.required else low - 1, int(f.maximum) if f.maximum is not None else 1_000_000
        )
        if not f.required:
            self.spin.setSpecialValueText("—")
        self.spin.valueChanged.connect(self.changed)
        _wrap(self, self.spin)

    def value(self) -> int | None:
        if not self.required and self.spin.value() == self.spin.minimum():
            return None
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        self.spin.setValue(self.spin.minimum() if value is None else int(value))


class FloatInput(Input):
    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        validator = QDoubleValidator(f.minimum or -1e9, f.maximum or 1e9, 6, self.edit)
        validator.setLocale(QLocale.c())
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.edit.setValidator(validator)
        self.edit.textChanged.connect(self.changed)
        _wrap(self, self.edit)

    def value(self) -> float | None:
        text = self.edit.text().strip().replace(",", ".")
        try:
            return float(text) if text else None
        except ValueError:
            return None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else f"{value:g}")

    def problem(self) -> str | None:
        text = self.edit.text().strip()
        return (
            self.tr("“{text}” is not a number.").format(text=text)
            if text and self.value() is None
            else None
        )


class _SearchableCombo(Input):
    """An editable combo box whose typed text filters its items (zones, countries, records)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMaxVisibleItems(15)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(14)
        completer = self.combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.combo.currentIndexChanged.connect(self.changed)
        self.combo.lineEdit().textEdited.connect(self.changed)
        _wrap(self, self.combo)

    def _data_for_text(self) -> Any:
        text = self.combo.currentText().strip()
        if not text:
            return None
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.combo.itemData(index) if index >= 0 else text

    def value(self) -> Any:
        return self._data_for_text()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        else:
            self.combo.setCurrentIndex(-1)
            self.combo.setEditText("" if value is None else str(value))


class ZoneInput(_SearchableCombo):
    _zones: list[str] | None = None

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if ZoneInput._zones is None:
            ZoneInput._zones = sorted(
                z for z in available_timezones() if "/" in z and not z.startswith("Etc/")
            )
        for name in ZoneInput._zones:
            self.combo.addItem(name, name)
        self.combo.setCurrentIndex(-1)


class CountryInput(_SearchableCombo):
    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        english, japanese = country_names("en"), country_names("ja")
        for code, name in sorted(english.items(), key=lambda kv: kv[1]):
            self.combo.addItem(f"{name} ({code}) {japanese.get(code, '')}".strip(), code)
        self.combo.setCurrentIndex(-1)

    def value(self) -> Any:
        value = super().value()
        return value.upper() if isinstance(value, str) and len(value) == 2 else value


class RefInput(_SearchableCombo):
    """A reference to another record, picked by name; the list comes from the database."""

    def __init__(self, f: Field, provider: RefProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = f.ref or ""
        self.provider = provider
        self.required = f.required
        self.reload_choices()

    def reload_choices(self) -> None:
        current = self.value() if self.combo.count() else None
        self.combo.blockSignals(True)
        self.combo.clear()
        if not self.required:
            self.combo.addItem("—", None)
        for record_id, label in self.provider(self.ref):
            self.combo.addItem(label, record_id)
        self.combo.blockSignals(False)
        self.set_value(current)

    def value(self) -> int | None:
        value = self._data_for_text()
        return value if isinstance(value, int) else None

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(index if index >= 0 else (0 if not self.required else -1))

    def problem(self) -> str | None:
        text = self.combo.currentText().strip()
        if text and text != "—" and self.value() is None:
            return self.tr("Nothing called “{text}” was found; pick one from the list.").format(
                text=text
            )
        return None


class DateTimeInput(Input):
    """A local date and time (the zone is shown by another field); the earliest value means none."""

    NONE = QDateTime(QDate(1900, 1, 1), QTime(0, 0))

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.required = f.required
        self.edit = QDateTimeEdit(self)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDateTime(self.NONE)
        if not f.required:
            self.edit.setSpecialValueText("—")
        self.edit.setDateTime(self.NONE)
        self.edit.dateTimeChanged.connect(self.changed)
        _wrap(self, self.edit)

    def value(self) -> datetime | None:
        q = self.edit.dateTime()
        if q == self.NONE and not self.required:
            return None
        d, t = q.date(), q.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def set_value(self, value: Any) -> None:
        if value is None:
            self.edit.setDateTime(self.NONE)
        else:
            self.edit.setDateTime(
                QDateTime(
                    QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)
                )
            )


class TimeInput(Input):
    """A time of day (HH:MM), kept as minutes after midnight."""

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QTimeEdit(self)
        self.edit.setDisplayFormat("HH:mm")
        self.edit.timeChanged.connect(self.changed)
        _wrap(self, self.edit)

    def value(self) -> int:
        t = self.edit.time()
        return t.hour() * 60 + t.minute()

    def set_value(self, value: Any) -> None:
        minutes = int(value or 0)
        self.edit.setTime(QTime(min(minutes // 60, 23), minutes % 60))


class RefsInput(Input):
    """Several linked records, ticked in a short list."""

    def __init__(self, f: Field, provider: RefProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref, self.provider = f.ref or "", provider
        self.list = QListWidget(self)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        _wrap(self, self.list)
        self.reload_choices()

    def reload_choices(self) -> None:
        chosen = set(self.value())
        self.list.blockSignals(True)
        self.list.clear()
        for record_id, label in self.provider(self.ref):
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if record_id in chosen else Qt.CheckState.Unchecked
            )
        rows = max(1, self.list.count())
        self.list.setFixedHeight(
            self.list.sizeHintForRow(0) * min(rows, 5) + 6 if self.list.count() else 30
        )
        self.list.blockSignals(False)

    def value(self) -> list[int]:
        return sorted(
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in chosen
                else Qt.CheckState.Unchecked
            )
        self.list.blockSignals(False)


def make_input(f: Field, provider: RefProvider, parent: QWidget | None = None) -> Input:
    if f.kind == MULTILINE:
        return MultilineInput(f, parent)
    if f.kind == CHOICE:
        return ChoiceInput(f, parent)
    if f.kind == DATE:
        return DateInput(f, parent)
    if f.kind == BOOL:
        return BoolInput(f, parent)
    if f.kind == INT:
        return IntInput(f, parent)
    if f.kind == FLOAT:
        return FloatInput(f, parent)
    if f.kind == ZONE:
        return ZoneInput(f, parent)
    if f.kind == COUNTRY:
        return CountryInput(f, parent)
    if f.kind == REF:
        return RefInput(f, provider, parent)
    if f.kind == TIME:
        return TimeInput(f, parent)
    if f.kind == DATETIME:
        return DateTimeInput(f, parent)
    if f.kind == REFS:
        return RefsInput(f, provider, parent)
    return TextInput(f, parent)
