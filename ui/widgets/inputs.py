"""One input widget per field kind, each with value(), set_value() and a `changed` signal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QObject,
    QStringListModel,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDoubleValidator, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from cityapp.clock import CLOCK
from cityapp.countries import country_names
from cityapp.fields import (
    BOOL,
    CHOICE,
    COUNTRY,
    DATE,
    DATETIME,
    FLOAT,
    INT,
    MONEY,
    MULTILINE,
    PHOTO,
    REF,
    REFS,
    ROUTE,
    SCALE,
    TIME,
    ZONE,
    Field,
    check_field,
)
from cityapp.labels import choice_label
from cityapp.typed import TypedValueError, format_money, parse_date, parse_datetime, parse_money
from ui.i18n import translated

RefProvider = Callable[[str], list[tuple[int, str]]]


class Input(QWidget):
    changed = Signal()

    def value(self) -> Any:  # pragma: no cover - every input overrides it
        raise NotImplementedError

    def set_value(self, value: Any) -> None:  # pragma: no cover
        raise NotImplementedError

    def problem(self) -> str | None:
        """What is wrong with the text as typed, before it becomes a value (None: nothing)."""
        return None

    def live_problem(self) -> str | None:
        """A problem worth saying while the officer types (text too long for its column)."""
        return None


def too_long(f: Field, value: str | None) -> str | None:
    """The text is longer than its column holds: said at once, the text kept as typed."""
    if value and f.max_length and len(value) > f.max_length:
        return translated(check_field(f, value))  # the form's own rule and words
    return None


def _wrap(parent: Input, inner: QWidget) -> None:
    layout = QHBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(inner)
    parent.setFocusProxy(inner)


class TextInput(Input):
    """One line of text. Nothing typed or pasted is cut silently: text longer than its column
    holds stays as typed, and the form says how much shorter it must be."""

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = f
        self.edit = QLineEdit(self)
        self.edit.textChanged.connect(self.changed)
        _wrap(self, self.edit)

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def live_problem(self) -> str | None:
        return too_long(self.field, self.value())

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))
        self.edit.home(False)  # a long venue shows its start, not its end


class MultilineInput(Input):
    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = f
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        self.edit.textChanged.connect(self.changed)
        _wrap(self, self.edit)

    def value(self) -> str | None:
        return self.edit.toPlainText().strip() or None

    def live_problem(self) -> str | None:
        return too_long(self.field, self.value())

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
            self.combo.addItem(translated(choice_label(member)), member)
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


class _TypedInput(Input):
    """A line for typed text that becomes a value (a date, a time, an amount) or a problem."""

    placeholder = ""

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.required = f.required
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.placeholder)
        self.edit.textChanged.connect(self.changed)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)

    def parse(self, text: str) -> Any:  # pragma: no cover - every input overrides it
        raise NotImplementedError

    def show(self, value: Any) -> str:  # pragma: no cover
        raise NotImplementedError

    def value(self) -> Any:
        try:
            return self.parse(self.edit.text())
        except TypedValueError:
            return None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else self.show(value))

    def problem(self) -> str | None:
        try:
            self.parse(self.edit.text())
        except TypedValueError as exc:
            return translated(exc)
        return None


class _CalendarInput(_TypedInput):
    """Typed as text, or picked from a calendar that opens on the shown month (or a suggestion)."""

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(f, parent)
        self.suggestion: date | None = None  # where the calendar opens when the field is empty
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Pick from a calendar"))
        self.calendar_button.setAccessibleName(self.tr("Pick from a calendar"))
        self.calendar_button.clicked.connect(self.open_calendar)
        self.layout_.addWidget(self.calendar_button)
        self.calendar: QCalendarWidget | None = None

    def shown_day(self) -> date:
        current = self.value()
        if isinstance(current, datetime):
            return current.date()
        return current or self.suggestion or CLOCK.today()

    def open_calendar(self) -> QCalendarWidget:
        """The calendar pop-up, on the shown day's month; a click puts the day into the field."""
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        day = self.shown_day()
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        calendar.setCurrentPage(day.year, day.month)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)
        calendar.clicked.connect(
            lambda q: (self.pick(date(q.year(), q.month(), q.day())), menu.close())
        )
        self.calendar = calendar
        menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        return calendar

    def pick(self, day: date) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class DateInput(_CalendarInput):
    """A date typed as year-month-day (or picked from a calendar); empty means no date."""

    placeholder = "YYYY-MM-DD"

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(f, parent)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("No date"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        self.layout_.addWidget(self.clear_button)

    def parse(self, text: str) -> date | None:
        return parse_date(text)

    def show(self, value: Any) -> str:
        return value.isoformat()

    def pick(self, day: date) -> None:
        self.set_value(day)


class DateTimeInput(_CalendarInput):
    """A local date and time typed as 2015-03-15 09:30 (the zone is shown by another field)."""

    placeholder = "YYYY-MM-DD HH:MM"

    def parse(self, text: str) -> datetime | None:
        return parse_datetime(text)

    def show(self, value: Any) -> str:
        return f"{value:%Y-%m-%d %H:%M}"

    def pick(self, day: date) -> None:
        current = self.value()
        hour, minute = (current.hour, current.minute) if current else (9, 0)
        self.set_value(datetime(day.year, day.month, day.day, hour, minute))


class MoneyInput(_TypedInput):
    """An amount typed with or without separators and currency marks: 1,850,000 or ¥1850000."""

    placeholder = "0"

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(f, parent)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit.editingFinished.connect(self._tidy)

    def parse(self, text: str) -> int | float | None:
        return parse_money(text)

    def show(self, value: Any) -> str:
        return format_money(value)

    def _tidy(self) -> None:
        """Once typed, the amount is shown with its thousands separators."""
        value = self.value()
        if value is not None and self.edit.text() != format_money(value):
            self.edit.setText(format_money(value))


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


class ScaleInput(Input):
    """A short scale, every step in sight with its word: "4 — friendly" (empty allowed)."""

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(14)
        if not f.required:
            self.combo.addItem("—", None)
        low = int(f.minimum if f.minimum is not None else 1)
        for step, word in enumerate(f.words, start=low):
            self.combo.addItem(f"{step} — {translated(word)}", step)
        self.combo.setMaxVisibleItems(len(f.words) + 1)  # the whole scale, no scrolling
        self.combo.currentIndexChanged.connect(self.changed)
        _wrap(self, self.combo)

    def value(self) -> int | None:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(None if value is None else int(value))
        self.combo.setCurrentIndex(max(index, 0))


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
    """An editable combo box whose typed text filters its items (zones, countries, records).

    Its labels sit in a `QStringListModel`, given in one call, and the values behind them in
    a list with two lookups beside it: a picker of 8,600 trips fills, and finds a record or
    a typed name, without a Python call per item.
    """

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
        self.labels = QStringListModel(self)
        self.combo.setModel(self.labels)
        self._values: list[Any] = []
        self._labels: list[str] = []
        self._row_of_value: dict[Any, int] = {}
        self._row_of_text: dict[str, int] | None = None
        completer = self.combo.completer()
        completer.setModel(self.labels)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.combo.currentIndexChanged.connect(self.changed)
        self.combo.lineEdit().textEdited.connect(self.changed)
        _wrap(self, self.combo)

    def set_items(self, items: list[tuple[Any, str]]) -> None:
        """Replace the list with (value, label) pairs; nothing is left chosen."""
        self._values = [value for value, _label in items]
        self._labels = [label for _value, label in items]
        self._row_of_value = dict(
            zip(reversed(self._values), range(len(items) - 1, -1, -1), strict=True)
        )
        self._row_of_text = None  # made when a typed name is first looked up
        self.labels.setStringList(self._labels)
        self.combo.setCurrentIndex(-1)

    def row_of(self, value: Any) -> int:
        return self._row_of_value.get(value, -1) if value is not None else -1

    def _data_for_text(self) -> Any:
        text = self.combo.currentText().strip()
        if not text:
            return None
        row = self.combo.currentIndex()
        if not (0 <= row < len(self._labels) and self._labels[row].strip() == text):
            row = self._typed_row(text)
        return self._values[row] if row >= 0 else text

    def _typed_row(self, text: str) -> int:
        if self._row_of_text is None:
            self._row_of_text = {}
            for row, label in enumerate(self._labels):
                self._row_of_text.setdefault(label.strip().casefold(), row)
        return self._row_of_text.get(text.casefold(), -1)

    def value(self) -> Any:
        return self._data_for_text()

    def set_value(self, value: Any) -> None:
        index = self.row_of(value)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        else:
            self.combo.setCurrentIndex(-1)
            self.combo.setEditText("" if value is None else str(value))


def _zone_names() -> set[str]:
    """Every time zone the program can use: the list the tzdata package ships (one file, read
    at once), else what the standard library finds by walking the system's zone folders (a
    tenth of a second on Linux)."""
    try:
        from importlib.resources import files

        listed = files("tzdata").joinpath("zones").read_text(encoding="utf-8").split()
    except (ImportError, OSError, ValueError):
        listed = []
    return set(listed) or available_timezones()


class ZoneInput(_SearchableCombo):
    _zones: list[str] | None = None

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if ZoneInput._zones is None:
            ZoneInput._zones = sorted(
                z for z in _zone_names() if "/" in z and not z.startswith("Etc/")
            )
        self.set_items([(name, name) for name in ZoneInput._zones])


class CountryInput(_SearchableCombo):
    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        english, japanese = country_names("en"), country_names("ja")
        self.set_items(
            [
                (code, f"{name} ({code}) {japanese.get(code, '')}".strip())
                for code, name in sorted(english.items(), key=lambda kv: kv[1])
            ]
        )

    def value(self) -> Any:
        value = super().value()
        return value.upper() if isinstance(value, str) and len(value) == 2 else value


class RefInput(_SearchableCombo):
    """A reference to another record, picked by name.

    The whole list (8,000 people on a large office) is read when the officer opens the picker
    (focus, a click, a key), or at once when another picker of its kind read it already; until
    then the picker shows its record's name alone, read by id (a provider without `labels`
    reads the whole list when the picker is shown or given a record, as before).
    """

    def __init__(self, f: Field, provider: RefProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = f.ref or ""
        self.provider = provider
        self.required = f.required
        self.loaded = False  # the whole list is in the picker
        self.combo.lineEdit().setPlaceholderText("—")
        self.combo.installEventFilter(self)
        self.combo.lineEdit().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not self.loaded and event.type() in self._OPENING:
            self.ensure_loaded()
        return super().eventFilter(watched, event)

    _OPENING = (
        QEvent.Type.FocusIn,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.KeyPress,
        QEvent.Type.InputMethod,
    )

    def showEvent(self, event: QShowEvent) -> None:
        if not self.loaded and (not self._reads_by_id() or self._at_hand() is not None):
            self.ensure_loaded()  # nothing to read (the list is at hand), or no other way
        super().showEvent(event)

    def _reads_by_id(self) -> bool:
        return callable(getattr(self.provider, "labels", None))

    def _at_hand(self) -> list[tuple[int, str]] | None:
        cached = getattr(self.provider, "cached", None)
        return cached(self.ref) if callable(cached) else None

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.loaded = True
            self.reload_choices()

    def reload_choices(self) -> None:
        """Read the list again (a record was added or renamed); a picker never opened shows its
        record's name again, read by id."""
        current = self.value() if self._values else None
        if not self.loaded:
            if self.isVisible() and not self._reads_by_id():
                self.loaded = True  # shown, and the list is the only way to name the record
            else:
                if current is not None and self._reads_by_id():
                    self._show_alone(current)
                    self.combo.blockSignals(True)
                    self._select(current)  # still the record shown: F5 never empties a picker
                    self.combo.blockSignals(False)
                return
        self.combo.blockSignals(True)
        self.set_items(self.provider(self.ref))
        self.combo.lineEdit().setPlaceholderText("—")
        self.combo.blockSignals(False)
        self._select(current)

    def _show_alone(self, value: int) -> None:
        """The record's name alone, until the officer opens the picker."""
        self.combo.blockSignals(True)
        self.set_items(self.provider.labels(self.ref, [value]))  # type: ignore[attr-defined]
        self.combo.blockSignals(False)

    def value(self) -> int | None:
        value = self._data_for_text()
        return value if isinstance(value, int) else None

    def _select(self, value: Any) -> None:
        index = self.row_of(value)
        self.combo.setCurrentIndex(index)
        if index < 0:
            self.combo.setEditText("")  # empty shows the placeholder, never text to type after
        else:
            self.combo.lineEdit().home(False)  # a long name shows its start, not its end

    def set_value(self, value: Any) -> None:
        if value is not None and self.row_of(value) < 0:
            if self.loaded or not self._reads_by_id() or self._at_hand() is not None:
                self.loaded = True  # the list is older than the record (or unread): read it
                self.reload_choices()
            else:
                self._show_alone(value)
        elif value is None and not self.loaded:
            self.combo.blockSignals(True)
            self.set_items([])
            self.combo.blockSignals(False)
        self._select(value)

    def problem(self) -> str | None:
        text = self.combo.currentText().strip()
        if text and self.value() is None:
            return self.tr("Nothing called “{text}” was found; pick one from the list.").format(
                text=text
            )
        return None


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
        # Long names (an objective's title) wrap onto more lines instead of scrolling sideways;
        # the list is as tall as its first five entries, however they wrap.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.installEventFilter(self)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        _wrap(self, self.list)
        self.reload_choices()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.list and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._fit_height)
        return super().eventFilter(watched, event)

    def _fit_height(self) -> None:
        if not self.list.count():
            self.list.setFixedHeight(30)
            return
        self.list.doItemsLayout()
        shown = min(self.list.count(), 5)
        rows = sum(
            max(self.list.visualItemRect(self.list.item(i)).height(), self.list.sizeHintForRow(i))
            for i in range(shown)
        )
        height = rows + 2 * self.list.frameWidth() + 2
        if height != self.list.height():
            self.list.setFixedHeight(height)

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
        self.list.blockSignals(False)
        self._fit_height()

    def value(self) -> list[int]:
        return sorted(
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        known = {self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())}
        if chosen - known:
            self.reload_choices()  # the list is older than the record: read it again
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in chosen
                else Qt.CheckState.Unchecked
            )
        self.list.blockSignals(False)


class RouteInput(Input):
    """Records in an order (a trip's cities): picked one by one, moved up or down, removed."""

    def __init__(self, f: Field, provider: RefProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref, self.provider = f.ref or "", provider
        self.list = QListWidget(self)
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * 4 + 12)
        self.picker = RefInput(Field(f"{f.key}_next", f.label, REF, ref=f.ref), provider, self)
        # Narrow enough that the form, and so the list beside it, keeps its room at 1280 px.
        self.list.setMinimumWidth(110)
        self.picker.setMinimumWidth(110)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.down_button = QPushButton(self.tr("Down"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add_picked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)
        self.up_button.setToolTip(self.tr("Visit the selected city earlier"))
        self.down_button.setToolTip(self.tr("Visit the selected city later"))
        picking = QHBoxLayout()
        picking.setContentsMargins(0, 0, 0, 0)
        picking.addWidget(self.picker, 1)
        picking.addWidget(self.add_button)
        moving = QVBoxLayout()
        moving.setContentsMargins(0, 0, 0, 0)
        for button in (self.up_button, self.down_button, self.remove_button):
            moving.addWidget(button)
        moving.addStretch(1)
        rows = QHBoxLayout()
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(self.list, 1)
        rows.addLayout(moving)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(rows)
        layout.addLayout(picking)
        self.setFocusProxy(self.list)

    def _names(self, ids: list[int]) -> dict[int, str]:
        labels = getattr(self.provider, "labels", None)
        found = labels(self.ref, ids) if callable(labels) else self.provider(self.ref)
        return dict(found)

    def value(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_value(self, value: Any) -> None:
        ids = list(value or [])
        names = self._names(ids) if ids else {}
        self.list.clear()
        for record_id in ids:
            item = QListWidgetItem(names.get(record_id, str(record_id)), self.list)
            item.setData(Qt.ItemDataRole.UserRole, record_id)

    def add_picked(self) -> bool:
        picked = self.picker.value()
        if picked is None or picked in self.value():
            return False
        self.set_value([*self.value(), picked])
        self.picker.set_value(None)
        self.changed.emit()
        return True

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        ids = self.value()
        if not (0 <= row < len(ids)) or not (0 <= row + step < len(ids)):
            return
        ids[row], ids[row + step] = ids[row + step], ids[row]
        self.set_value(ids)
        self.list.setCurrentRow(row + step)
        self.changed.emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        ids = self.value()
        if 0 <= row < len(ids):
            del ids[row]
            self.set_value(ids)
            self.changed.emit()

    def reload_choices(self) -> None:
        self.picker.reload_choices()
        self.set_value(self.value())


class PhotoInput(Input):
    """A portrait: chosen from a file (copied in), shown small, removable."""

    SIZE = 96

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: bytes | None = None
        self._problem: str | None = None
        self.picture = QLabel(self)
        self.picture.setFixedSize(self.SIZE, self.SIZE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_button = QPushButton(self.tr("&Choose photo…"), self)
        self.remove_button = QPushButton(self.tr("Remove photo"), self)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(lambda: self.use(None))
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setFocusProxy(self.choose_button)
        self._show()

    def choose(self) -> bool:
        from PySide6.QtWidgets import QFileDialog

        from ui.dialogs.files import documents

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo"),
            str(documents()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        return self.use_file(path) if path else False

    def use_file(self, path: str) -> bool:
        """Read an image file; a file that cannot be read or is no image is said, not kept."""
        from pathlib import Path

        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self._problem = self.tr("The file could not be read: {error}.").format(
                error=exc.strerror or exc
            )
            self.changed.emit()
            return False
        self.use(data)
        return self._problem is None

    def use(self, data: bytes | None) -> None:
        from cityapp.fields import image_problem

        problem = image_problem(data) if data is not None else None
        if problem is None and data is not None and QPixmap().loadFromData(data) is False:
            problem = self.tr("The file is not an image that can be shown.")
        self._problem = translated(problem) if problem is not None else None
        if self._problem is None:
            self._data = data
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        pixmap = QPixmap()
        if self._data and pixmap.loadFromData(self._data):
            self.picture.setPixmap(
                pixmap.scaled(
                    self.SIZE,
                    self.SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.picture.clear()
            self.picture.setText(self.tr("No photo"))
        self.remove_button.setEnabled(self._data is not None)

    def value(self) -> bytes | None:
        return self._data

    def set_value(self, value: Any) -> None:
        self._data = bytes(value) if value else None
        self._problem = None
        self._show()

    def problem(self) -> str | None:
        return self._problem


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
    if f.kind == SCALE:
        return ScaleInput(f, parent)
    if f.kind == FLOAT:
        return FloatInput(f, parent)
    if f.kind == MONEY:
        return MoneyInput(f, parent)
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
    if f.kind == ROUTE:
        return RouteInput(f, provider, parent)
    if f.kind == PHOTO:
        return PhotoInput(f, parent)
    return TextInput(f, parent)
