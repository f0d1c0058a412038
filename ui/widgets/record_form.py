"""A record's form, built from its field list: labels, inputs, and the problem under each field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from cityapp.fields import BOOL, RecordForm, validate
from ui import semantic
from ui.i18n import translated
from ui.widgets.inputs import Input, RefProvider, make_input


class RecordFormWidget(QWidget):
    """Shows and edits one record's values; says what is wrong next to the field at fault."""

    changed = Signal()

    def __init__(
        self, spec: RecordForm, provider: RefProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.provider = provider
        self.inputs: dict[str, Input] = {}
        self.errors: dict[str, QLabel] = {}
        self._clean: dict[str, Any] = {}  # what the inputs showed after loading
        self._loaded: dict[str, Any] = {}  # the values they were given to show
        self._loading = False
        self._checkable: set[str] = set()  # shown errors the form's own rules can check again
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for f in spec.fields:
            widget = make_input(f, provider, self)
            widget.setObjectName(f.key)
            widget.changed.connect(self._on_changed)
            widget.changed.connect(lambda key=f.key: self._field_changed(key))
            text = translated(f.label) + (" *" if f.required and f.kind != BOOL else "")
            # An access key from the first letter; a Japanese label has none to type (Alt+件).
            keyed = "&" not in text and text[:1].isascii()
            label = QLabel("&" + text if keyed else text, self)
            label.setBuddy(widget)
            if f.sensitive:
                label.setText(
                    label.text() + " " + QCoreApplication.translate("fields", "(sensitive)")
                )
                label.setToolTip(
                    QCoreApplication.translate(
                        "fields", "Sensitive: left out of exports unless you ask for it."
                    )
                )
            if f.hint:
                widget.setToolTip(translated(f.hint))
            error = QLabel(self)
            error.setWordWrap(True)
            error.setVisible(False)
            palette = error.palette()
            palette.setColor(error.foregroundRole(), semantic.color("error"))
            error.setPalette(palette)
            cell = QWidget(self)
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(widget)
            cell_layout.addWidget(error)
            cell.setFocusProxy(widget)
            layout.addRow(label, cell)
            self.inputs[f.key] = widget
            self.errors[f.key] = error

    def _on_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def values(self) -> dict[str, Any]:
        return {key: widget.value() for key, widget in self.inputs.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            for key, widget in self.inputs.items():
                widget.set_value(values.get(key))
        finally:
            self._loading = False
        self._loaded = {key: values.get(key) for key in self.inputs}
        self._clean = self.values()
        self.show_errors({})

    def show_unsaved(self, values: dict[str, Any]) -> None:
        """Put values into the inputs as if typed (a restored draft): they count as unsaved."""
        self._loading = True
        try:
            for key, value in values.items():
                if key in self.inputs:
                    self.inputs[key].set_value(value)
        finally:
            self._loading = False
        self.changed.emit()

    def is_loading(self) -> bool:
        """Whether the form is putting values into its inputs itself (not the officer typing)."""
        return self._loading

    def loaded_values(self) -> dict[str, Any]:
        """The stored values the form was loaded with."""
        return dict(self._loaded)

    def loaded_value(self, key: str) -> Any:
        """The stored value a field was loaded with."""
        return self._loaded.get(key)

    def is_dirty(self) -> bool:
        return self.values() != self._clean

    def changes(self) -> dict[str, Any]:
        """The fields the user changed since the values were loaded, with their new values."""
        return {k: v for k, v in self.values().items() if v != self._clean.get(k)}

    def edited_values(self) -> dict[str, Any]:
        """The loaded values with the user's changes on top.

        A field the user did not touch keeps the value it was loaded with, even when its
        input could not show it (a picker whose list lacked the record): saving never
        writes what an input failed to show. A field loaded empty takes what its input shows
        (a check box is unticked, not unknown).
        """
        shown, changed = self.values(), self.changes()
        return {
            key: changed[key]
            if key in changed
            else (self._loaded[key] if self._loaded.get(key) is not None else shown[key])
            for key in self.inputs
        }

    def problems(self, values: dict[str, Any] | None = None) -> dict[str, str]:
        """Every problem, the typed-text ones first, then the record's rules."""
        found = {key: p for key, widget in self.inputs.items() if (p := widget.problem())}
        checked = self.values() if values is None else values
        for key, message in validate(self.spec, checked).items():
            found.setdefault(key, translated(message))
        return found

    def _field_changed(self, key: str) -> None:
        """A problem shown goes as soon as it is put right: the form's own rules are checked
        again on every change; a problem only the database could find (the fund's balance)
        goes when its own field changes."""
        if self._loading:
            return
        live = self.inputs[key].live_problem()
        if live:
            self.errors[key].setText(live)
            self.errors[key].setVisible(True)
            return
        if not any(not label.isHidden() for label in self.errors.values()):
            return
        still = self.problems()
        for other, label in self.errors.items():
            if label.isHidden():
                continue
            if other in still and (other in self._checkable or other == key):
                label.setText(still[other])
            elif other in self._checkable or other == key:
                label.setText("")
                label.setVisible(False)

    def show_errors(self, errors: dict[str, str]) -> None:
        self._checkable = set(errors) & set(self.problems()) if errors else set()
        for key, label in self.errors.items():
            message = errors.get(key)
            label.setText(message or "")
            label.setVisible(bool(message))
        if errors:
            first = next(f.key for f in self.spec.fields if f.key in errors)
            self.inputs[first].setFocus()

    def inputs_provider(self) -> RefProvider:
        return self.provider

    def reload_choices(self) -> None:
        for widget in self.inputs.values():
            if hasattr(widget, "reload_choices"):
                widget.reload_choices()
