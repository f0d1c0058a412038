"""A list of records that belong to the shown one (a city's agreements, a network's members),
with Add, Edit and Remove through undoable commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cityapp.fields import DEFAULTS, RecordForm
from cityapp.services.records import form_values, label_of
from ui.actions import read
from ui.dialogs.messages import ConfirmDialog
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import translated
from ui.models.rows import Row
from ui.undo import CreateRecord, DeleteRecord, EditRecord, push
from ui.widgets.rows_table import RowsTable
from ui.widgets.when_shown import LoadsWhenShown


class RelatedList(LoadsWhenShown, QWidget):
    """Read when its tab is shown; Add, Edit and Remove act on the owner's records."""

    refreshed = Signal()  # the rows were read again

    def __init__(
        self,
        page: Any,
        *,
        record_class: type,
        form: RecordForm,
        columns: list[tuple[str, Callable[[Any], Any]]],
        load: Callable[[Any, int], list[Any]],
        owner_key: str,
        empty: str,
        editable: bool = True,
        describe: Callable[[Any], str] = label_of,
        starts_with: Callable[[], dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(page)
        self.describe = describe
        self.starts_with = starts_with  # values a new row takes from its owner (a gift's date)
        self.page, self.record_class, self.form_spec = page, record_class, form
        self.columns, self.load, self.owner_key, self.empty_text = columns, load, owner_key, empty
        self.owner_id: int | None = None
        self.records: dict[int, Any] = {}
        self.row_buttons: list[QPushButton] = []

        self.table = RowsTable([label for label, _ in columns], self)  # translated by the page
        self.table.opened.connect(lambda _key: self.edit())
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)

        self.buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("&Add…"), self.add)
        self.edit_button = self._button(self.tr("&Edit…"), self.edit)
        self.remove_button = self._button(self.tr("Re&move"), self.remove)
        self.buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setVisible(editable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(self.buttons)
        self.table.selection_changed.connect(self._update_buttons)
        self._update_buttons()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def add_button_for(self, text: str, slot) -> QPushButton:
        """A button that acts on the selected row (enabled only while one is selected)."""
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        self.row_buttons.append(button)
        self._update_buttons()
        return button

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        editable = self.page.ctx.access.may_edit  # a reader adds, edits and removes nothing
        for button in self.row_buttons:
            button.setEnabled(chosen and editable)
        self.add_button.setEnabled(editable and self.owner_id is not None)
        self.edit_button.setEnabled(editable and chosen)
        self.remove_button.setEnabled(editable and chosen)

    def set_owner(self, owner_id: int | None) -> None:
        self.owner_id = owner_id
        self.load_when_shown()
        self._update_buttons()

    def load_now(self) -> None:
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        rows = (
            read(self.page.ctx, lambda s: self.load(s, self.owner_id))
            if self.owner_id is not None
            else []
        )
        self.records = {r.id: r for r in rows}
        self.table.fill(
            [Row([value_of(r) for _label, value_of in self.columns], r.id) for r in rows],
            select=select_id,
        )
        self.empty_label.setText(self.empty_text if not rows and self.owner_id else "")
        self.empty_label.setVisible(not rows)
        self._update_buttons()
        self.refreshed.emit()

    def selected(self) -> Any | None:
        return self.records.get(self.table.selected_key())

    def select(self, record_id: int) -> bool:
        return self.table.select_key(record_id)

    def add(self, preset: dict[str, Any] | None = None) -> bool:
        if self.owner_id is None:
            return False
        values = {
            **DEFAULTS.get(self.form_spec.kind, {}),
            **(self.starts_with() if self.starts_with else {}),
            self.owner_key: self.owner_id,
            **(preset or {}),
        }
        chosen = RecordDialog.ask(
            self,
            self.tr("Add {what}").format(what=translated(self.form_spec.title).lower()),
            self.form_spec,
            self.page.form.inputs_provider(),
            values,
        )
        if chosen is None:
            return False
        chosen.setdefault(self.owner_key, self.owner_id)
        command = CreateRecord(
            self.page.ctx,
            self,
            self.tr("Add {what}").format(what=translated(self.form_spec.title).lower()),
            self.record_class,
            values={**chosen, self.owner_key: chosen.get(self.owner_key) or self.owner_id},
            form=self.form_spec,
        )
        if push(self.page.undo_stack, command):
            self.refresh(select_id=command.record_id)
            return True
        return False

    def edit(self, preset: dict[str, Any] | None = None) -> bool:
        record = self.selected()
        if record is None:
            return False
        current = form_values(record)
        old = {f.key: current.get(f.key) for f in self.form_spec.fields}
        chosen = RecordDialog.ask(
            self,
            self.describe(record),
            self.form_spec,
            self.page.form.inputs_provider(),
            {**old, **(preset or {})},
        )
        if chosen is None or chosen == old:
            return False
        command = EditRecord(
            self.page.ctx,
            self,
            self.tr("Edit {name}").format(name=self.describe(record)),
            self.record_class,
            on_conflict=lambda: self.refresh(record.id),
            record_id=record.id,
            version=record.version,
            old=old,
            new=chosen,
            form=self.form_spec,
        )
        if push(self.page.undo_stack, command):
            self.refresh(select_id=record.id)
            return True
        return False

    def remove(self) -> bool:
        record = self.selected()
        if record is None:
            return False
        name = self.describe(record)
        if not ConfirmDialog.ask(
            self,
            self.tr("Remove"),
            self.tr("Remove {name}? You can undo this with Ctrl+Z.").format(name=name),
        ):
            return False
        command = DeleteRecord(
            self.page.ctx,
            self,
            self.tr("Remove {name}").format(name=name),
            self.record_class,
            on_conflict=self.refresh,
            record_id=record.id,
            version=record.version,
        )
        if push(self.page.undo_stack, command):
            self.refresh()
            return True
        return False
