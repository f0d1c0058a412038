"""A page of records: the list on one side, the selected record's form and related lists on the other.

Cities, counterparts, networks and staff are all this page with their own
list, form and extra tabs. Every change is an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cityapp.changes import ChangeSet
from cityapp.clock import CLOCK
from cityapp.fields import DEFAULTS, RecordForm
from cityapp.services.choices import picker_choices, picker_labels, table_of
from cityapp.services.lists import ListSpec, count_rows, fetch_rows, ordered_ids, rows_of
from cityapp.services.records import editable_values, label_of, link_ids
from ui import icons, language
from ui.actions import read, show_status
from ui.context import AppContext
from ui.dialogs.messages import ConfirmDialog
from ui.i18n import translated
from ui.models.records import ID_ROLE, RecordTableModel
from ui.undo import CreateRecord, DeleteRecord, EditRecord, push
from ui.views.list_page import ListPage
from ui.widgets.history import HistoryPanel
from ui.widgets.record_form import RecordFormWidget
from ui.widgets.wrapping_tabs import WrappingTabs

SP = QStyle.StandardPixmap


LONGEST_UNBROKEN = 24


def breakable(text: str) -> str:
    """A heading that wraps whatever it holds: a word longer than the panel is wide (a code, a
    URL, a name typed without spaces) gets places to break, so it never widens the form."""
    words = text.split(" ")
    return " ".join(
        "\u200b".join(w[i : i + LONGEST_UNBROKEN] for i in range(0, len(w), LONGEST_UNBROKEN))
        if len(w) > LONGEST_UNBROKEN
        else w
        for w in words
    )


class Heading(QLabel):
    """The record's name above its form, wrapped wherever the panel ends; its text reads back
    as set (file names and questions use it)."""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(breakable(text))

    def text(self) -> str:
        return super().text().replace("\u200b", "")


class RefChoices:
    """The provider that fills reference pickers (a city, an organization) from the database:
    a whole list, shared by every picker of its kind until a change touches it; the list at
    hand, if any; the labels of a few records, for a picker that shows its record before the
    officer opens it (see `RefInput`)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def __call__(self, kind: str) -> list[tuple[int, str]]:
        ctx = self.ctx
        language_now = language.current()
        return ctx.choices(kind, lambda: read(ctx, lambda s: picker_choices(s, kind, language_now)))

    def cached(self, kind: str) -> list[tuple[int, str]] | None:
        return self.ctx.cached_choices(kind)

    def labels(self, kind: str, ids: list[int]) -> list[tuple[int, str]]:
        language_now = language.current()
        return read(self.ctx, lambda s: picker_labels(s, kind, ids, language_now))


class RecordPage(ListPage):
    # Kinds of records (table names) this page shows besides its own and its pickers':
    # in its list's columns and its related tabs. A change to any of them reloads the page.
    also_shows: tuple[str, ...] = ()

    def __init__(
        self,
        ctx: AppContext,
        undo_stack: QUndoStack,
        *,
        key: str,
        title: str,
        spec: ListSpec,
        form: RecordForm,
        record_class: type,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        spec = spec.in_language(language.current())  # in Japanese, the Japanese names
        self.ctx, self.undo_stack = ctx, undo_stack
        self.key, self.title, self.spec, self.form_spec, self.record_class = (
            key,
            title,
            spec,
            form,
            record_class,
        )
        self.current_id: int | None = None
        self.current_version: int | None = None
        self.is_new = False
        self._awaiting: CreateRecord | None = (
            None  # a record being added, shown once the list reloads
        )
        self._order, self._descending = spec.default_order, spec.descending
        if language.current() == "ja" and "reading" in {c.key for c in spec.columns}:
            self._order, self._descending = "reading", False  # 五十音順, by the readings

        self.model = RecordTableModel(spec, self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for i, column in enumerate(spec.columns):
            self.table.setColumnWidth(i, max(column.width, self._width_for(column.kind)))
            if column.stretch:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
                self.keep_readable(i)
        header.setSortIndicator(
            [c.key for c in spec.columns].index(self._order),
            Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder,
        )
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self.form.setFocus())

        self.heading = Heading(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.form = RecordFormWidget(form, RefChoices(ctx), self)
        self.form.changed.connect(self._update_actions)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget(scroll)
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(self.heading)
        holder_layout.addWidget(self.form)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        # The panel never gets narrower than the form: nothing of it is cut off at the right.
        scroll.setMinimumWidth(
            holder.minimumSizeHint().width()
            + scroll.verticalScrollBar().sizeHint().width()
            + 2 * scroll.frameWidth()
        )
        self.tabs = WrappingTabs(self)  # every tab in sight, in as many rows as it takes
        self.tabs.addTab(scroll, self.tr("&Details"))
        self.set_detail(self.tabs)
        self.splitter.setSizes([620, 480])

        self._build_actions()
        # A list whose records name a bureau of our government filters by it.
        self.bureau_filter: QComboBox | None = None
        if spec.options and "bureau" in spec.options:
            self.bureau_filter = QComboBox(self)
            self.bureau_filter.setAccessibleName(self.tr("Bureau"))
            self.bureau_filter.setToolTip(
                self.tr("Only what this bureau of our government leads or answers for")
            )
            self.bureau_filter.addItem(self.tr("Any bureau"), None)
            self.bureau_filter.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.bureau_filter.setMinimumContentsLength(12)
            self.bureau_filter.currentIndexChanged.connect(self.reload)
            self.bureau_filter.hide()  # placed after the page's own filters when first shown
        self.add_extra_tabs()
        # Who changed what and when (the Cities page's own History is the relationship's).
        self.change_history = HistoryPanel(ctx, record_class.__tablename__, self)
        self.tabs.addTab(self.change_history, self.tr("Cha&nge history"))
        # What this page shows and picks, as table names: a committed change reloads the page
        # only when it touches one of them (a hidden page waits until it is shown).
        picked = {table_of(f.ref) for f in form.fields if f.ref}
        self.picks: frozenset[str] = frozenset(
            picked | ({"bureau"} if self.bureau_filter else set())
        )
        self.shows: frozenset[str] = frozenset(
            {record_class.__tablename__, *picked, *self.also_shows}
        )
        self._choices_stale = False
        self._filters_filled = False
        self._ids: list[int] | None = None  # the list's ids in order, once read: index = row
        self._list_ids: Callable[[], list[int]] = list
        # Built now, read when first shown (or asked for a record): start-up pays only for
        # the page on screen.
        self._list_stale = True
        ctx.changed.connect(self._on_changed)
        ctx.database_changed.connect(self._database_changed)

    # -- set-up hooks for subclasses -----------------------------------------------------------

    def add_extra_tabs(self) -> None:
        """Subclasses add their related lists here."""

    def load_extra(self, record_id: int | None) -> None:
        """Subclasses fill their related lists for the shown record (None: nothing shown)."""

    def add_toggle(self, box: QCheckBox, text: str) -> QCheckBox:
        """A check box in the filter row that narrows or widens the list (made before the page,
        so `flags()` can read it during the first load)."""
        box.setText(text)
        box.toggled.connect(self.reload)
        self.add_filter(box)
        return box

    def flags(self) -> dict[str, Any]:
        """Extra list conditions (for example 'current office holders only')."""
        return {}

    def heading_for(self, obj: Any) -> str:
        return label_of(obj)

    def to_form(self, stored: dict[str, Any]) -> dict[str, Any]:
        """Stored values as the form shows them: the form spec converts (core, not page)."""
        return self.form_spec.shown(stored)

    def from_form(self, values: dict[str, Any]) -> dict[str, Any]:
        """The form's values as they are stored (the form spec converts)."""
        return self.form_spec.stored(values)

    def record_label(self, values: dict[str, Any]) -> str:
        for key in ("name_en", "name", "title", "family_name"):
            if values.get(key):
                return str(values[key])
        return ""

    # -- actions ----------------------------------------------------------------------------------

    def _action(self, icon: SP, text: str, shortcut: Any, slot, tip: str) -> QAction:
        action = QAction(icons.standard(icon), text, self)
        if shortcut is None:
            action.setToolTip(tip)
        else:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            SP.SP_FileIcon,
            self.tr("&New"),
            QKeySequence.StandardKey.New,
            lambda: self.new_record(),
            self.tr("Add a new record"),
        )
        self.save_action = self._action(
            SP.SP_DialogSaveButton,
            self.tr("&Save"),
            QKeySequence.StandardKey.Save,
            self.save,
            self.tr("Save the changes"),
        )
        self.revert_action = self._action(
            SP.SP_DialogCancelButton,
            self.tr("&Revert"),
            Qt.Key.Key_Escape,
            self.revert,
            self.tr("Forget the unsaved changes"),
        )
        self.delete_action = self._action(
            SP.SP_TrashIcon,
            self.tr("&Delete"),
            QKeySequence.StandardKey.Delete,
            self.delete,
            self.tr("Delete the selected record"),
        )
        # F5 belongs to View > Reload, which reloads the page shown: one owner, no ambiguity.
        self.reload_action = self._action(
            SP.SP_BrowserReload,
            self.tr("Re&load"),
            None,
            self.reload_from_database,
            self.tr("Read the list again from the database (F5)"),
        )
        self.toolbar.clear()
        for action in (self.new_action, self.save_action, self.revert_action, self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.reload_action)
        # Delete in a text field deletes text, not the record: only the list's Delete removes records.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)
        self._update_actions()

    def _update_actions(self) -> None:
        dirty = self.is_new or self.form.is_dirty()
        editable = self.ctx.access.may_edit  # a reader sees no Save, New or Delete
        self.new_action.setEnabled(editable)
        self.save_action.setEnabled(editable and (self.current_id is not None or self.is_new))
        self.revert_action.setEnabled(dirty)
        self.delete_action.setEnabled(editable and self.current_id is not None and not self.is_new)
        self.form.setEnabled(self.current_id is not None or self.is_new)

    # -- list -------------------------------------------------------------------------------------

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self._order = self.spec.columns[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def _query_args(self) -> dict[str, Any]:
        flags = self.flags()
        if self.bureau_filter is not None:
            flags = {**flags, "bureau": self.bureau_filter.currentData()}
        return {
            "text": self.filter_text() or None,
            "order": self._order,
            "descending": self._descending,
            "flags": flags,
        }

    def reload(self) -> None:
        args = self._query_args()

        filtered = bool(args["text"]) or any(
            value not in (None, False) for value in (args["flags"] or {}).values()
        )

        keep = self.current_id
        if keep is None and self._awaiting is not None:
            keep = self._awaiting.record_id

        def sorted_ids(s) -> list[int]:
            return ordered_ids(s, self.spec, **args)

        def list_ids() -> list[int]:
            """Every id in order, read the first time a record must be found or a page past
            the first is shown: a first visit shows the first page without them."""
            if self._ids is None:
                self._ids = read(self.ctx, sorted_ids)
            return self._ids

        self._ids = None
        self._list_ids = list_ids
        if keep is not None:  # a record to keep in view: its position comes from the ids
            total = len(list_ids())
            total_all = read(self.ctx, lambda s: count_rows(s, self.spec)) if filtered else total
        else:

            def counts(s) -> tuple[int, int]:
                shown = count_rows(s, self.spec, text=args["text"], flags=args["flags"])
                # "n of m rows": the whole list is counted only when a filter leaves some out.
                return shown, (count_rows(s, self.spec) if filtered else shown)

            total, total_all = read(self.ctx, counts)

        def fetch(offset: int, limit: int) -> list[tuple]:
            if offset == 0 and self._ids is None:
                return read(self.ctx, lambda s: fetch_rows(s, self.spec, limit=limit, **args))
            ids = list_ids()  # a page anywhere: fetched by its ids
            return read(self.ctx, lambda s: rows_of(s, self.spec, ids[offset : offset + limit]))

        self.table.selectionModel().blockSignals(True)
        self.model.set_source(fetch, total)
        self.table.selectionModel().blockSignals(False)
        if args["text"]:
            empty = self.tr("Nothing matches “{text}”.").format(text=args["text"])
        else:
            empty = self.tr("Nothing here yet. Add the first one with New (Ctrl+N).")
        self.show_list(total, total_all, empty)
        if self.is_new:
            return
        if keep is not None and self._show_row(keep):
            if keep == self.current_id and self.form.is_dirty():
                self.load_extra(keep)  # keep the officer's unsaved typing; related lists follow
            else:
                self.load_record(keep)
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.load_record(None)

    def _mark_choices_stale(self) -> None:
        self._choices_stale = True

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.picks):
            # Pickers read their lists again before the next record is shown on screen.
            self._choices_stale = True
        if changes.touches(self.shows):
            if self.isVisible():
                self.reload()
            else:
                self._list_stale = True

    def _refresh_choices(self) -> None:
        if self._choices_stale and self.isVisible():
            self._choices_stale = False
            self.form.reload_choices()
            self._fill_bureaus()

    def _fill_bureaus(self) -> None:
        """The bureau filter's choices, the chosen bureau kept while it exists."""
        combo = self.bureau_filter
        if combo is None:
            return
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for bureau_id, name in RefChoices(self.ctx)("bureau"):
            combo.addItem(name, bureau_id)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if chosen is not None and index < 0:
            self.reload()  # the bureau went: the list shows every bureau's again

    def fill_filter_choices(self) -> None:
        """Fill the toolbar filters whose choices come from the database (a page that has
        any does it here): read when the page is first shown, not when it is built."""

    def _width_for(self, kind: str) -> int:
        """Wide enough for the longest date the language writes (2026年12月28日 23:59)."""
        if kind not in ("date", "datetime"):
            return 0
        longest = datetime(2026, 12, 28, 23, 59, tzinfo=UTC)
        sample = RecordTableModel.display(kind, longest if kind == "datetime" else longest.date())
        return self.table.fontMetrics().horizontalAdvance(sample) + 18

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._filters_filled:
            self._filters_filled = True
            if self.bureau_filter is not None and self.bureau_filter.parent() is self:
                self.add_filter(self.bureau_filter).show()
            self.fill_filter_choices()
            self._fill_bureaus()
        if self._list_stale:
            self.ensure_loaded()  # shows the current record again, pickers read first
        elif self._choices_stale and not self.is_new and not self.form.is_dirty():
            self.load_record(self.current_id)  # reads the pickers' lists again first

    def reload_from_database(self) -> None:
        self.ctx.forget_choices()  # someone else may have added a city or a person meanwhile
        self.form.reload_choices()
        self.reload()

    def _database_changed(self) -> None:
        self.current_id, self.is_new = None, False
        self._choices_stale = True
        self._filters_filled = self.isVisible()
        if self.isVisible():
            self.fill_filter_choices()
            self._fill_bureaus()
            self.form.reload_choices()
            self._choices_stale = False
            self.reload()
        else:
            self._list_stale = True

    def _show_row(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            try:
                position = self._list_ids().index(record_id)
            except ValueError:
                return False
            self.model.load_until(position)  # that one page, not every page before it
            row = position if self.model.record_id(position) == record_id else None
        if row is None:
            return False
        self.table.selectionModel().blockSignals(True)
        self.table.selectRow(row)
        self.table.selectionModel().blockSignals(False)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def ensure_loaded(self) -> None:
        """Read the list now if it has not been read since it last changed."""
        if self._list_stale:
            self._list_stale = False
            self.reload()

    def select_record(self, record_id: int) -> bool:
        """Show a record, clearing the filter if it hides it (used by search and links)."""
        self.ensure_loaded()
        if not self._confirm_leave():
            return False
        self.is_new = False
        if not self._show_row(record_id) and self.filter_text():
            self.filter_box.blockSignals(True)
            self.filter_box.clear()
            self.filter_box.blockSignals(False)
            self.current_id = None
            self.reload()
            if not self._show_row(record_id):
                return False
        elif self.model.row_of(record_id) is None:
            return False
        self.load_record(record_id)
        return True

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        indexes = self.table.selectionModel().selectedRows()
        record_id = indexes[0].data(ID_ROLE) if indexes else None
        if record_id == self.current_id and not self.is_new:
            return
        if not self._confirm_leave():
            self.table.selectionModel().blockSignals(True)
            if (
                self.current_id is not None
                and (row := self.model.row_of(self.current_id)) is not None
            ):
                self.table.selectRow(row)
            else:
                self.table.clearSelection()
            self.table.selectionModel().blockSignals(False)
            return
        self.is_new = False
        self.load_record(record_id)

    def has_unsaved_changes(self) -> bool:
        return (self.is_new or self.current_id is not None) and self.form.is_dirty()

    def unsaved_name(self) -> str:
        """How the record with unsaved changes is named when the window asks about it."""
        return f"{self.title}: {self.heading.text() or self.tr('new record')}"

    def discard_changes(self) -> None:
        self.revert()

    def _confirm_leave(self) -> bool:
        if not (self.is_new or self.form.is_dirty()) or not (self.current_id or self.is_new):
            return True
        if not self.form.is_dirty() and self.is_new:
            return True
        name = self.heading.text() or self.title
        return ConfirmDialog.ask(
            self,
            self.tr("Unsaved changes"),
            self.tr("Discard your unsaved changes to {name}?").format(name=name),
        )

    # -- the record -------------------------------------------------------------------------------

    def _fetch(self, session, record_id: int):
        """The record and the values its form shows (links included), read in one session."""
        obj = session.get(self.record_class, record_id)
        if obj is None:
            return None, {}
        return obj, {**editable_values(obj), **link_ids(obj)}

    def load_record(self, record_id: int | None) -> None:
        self._refresh_choices()
        obj, stored = (
            read(self.ctx, lambda s: self._fetch(s, record_id))
            if record_id is not None
            else (None, {})
        )
        if obj is None:
            self.current_id = self.current_version = None
            self.form.set_values(DEFAULTS.get(self.form_spec.kind, {}))
            self.heading.setText("")
        else:
            self.current_id, self.current_version = obj.id, obj.version
            shown = self.to_form(stored)
            self.form.set_values({f.key: shown.get(f.key) for f in self.form_spec.fields})
            self.heading.setText(self.heading_for(obj))
        self.load_extra(self.current_id)
        self.change_history.show_record(self.current_id)
        self._update_actions()

    def reload_current(self) -> None:
        self.is_new = False
        self.load_record(self.current_id)

    def new_record(self, values: dict[str, Any] | None = None) -> None:
        if not self._confirm_leave():
            return
        self.is_new = True
        self.table.selectionModel().blockSignals(True)
        self.table.clearSelection()
        self.table.selectionModel().blockSignals(False)
        self.current_id = self.current_version = None
        self._refresh_choices()
        self.form.set_values({**DEFAULTS.get(self.form_spec.kind, {}), **(values or {})})
        self.heading.setText(
            self.tr("New {what}").format(what=translated(self.form_spec.title).lower())
        )
        self.load_extra(None)
        self.tabs.setCurrentIndex(0)
        self._update_actions()
        self.form.inputs[self.form_spec.fields[0].key].setFocus()

    def save(self) -> bool:
        if not (self.is_new or self.current_id is not None):
            return False
        shown = self.form.values() if self.is_new else self.form.edited_values()
        problems = self.form.problems(shown)
        self.form.show_errors(problems)
        if problems:
            show_status(
                self,
                (
                    self.tr("Not saved: 1 field needs attention.")
                    if len(problems) == 1
                    else self.tr("Not saved: {n} fields need attention.").format(n=len(problems))
                ),
                8000,
            )
            return False
        name = self.record_label(shown)
        values = self.from_form(shown)
        checked_form = self.form_spec  # the service checks every record, converted or not
        common = dict(on_conflict=self.reload_current)
        if self.is_new:
            command = CreateRecord(
                self.ctx,
                self,
                self.tr("Add {name}").format(name=name),
                self.record_class,
                values=values,
                form=checked_form,
                **common,
            )
        else:
            old = self.from_form(self.form.loaded_values())
            if values == old:
                return True
            command = EditRecord(
                self.ctx,
                self,
                self.tr("Edit {name}").format(name=name),
                self.record_class,
                record_id=self.current_id,
                version=self.current_version,
                old=old,
                new=values,
                form=checked_form,
                **common,
            )
        was_new, self.is_new = self.is_new, False
        self._awaiting = command if was_new else None
        try:
            if not push(self.undo_stack, command):
                self.is_new = was_new
                return False
        finally:
            self._awaiting = None
        self.current_id = command.record_id
        # The committed change has reloaded the list already (a new record shown and selected);
        # read it again only if it is not there.
        if self.model.row_of(command.record_id) is None:
            self.reload()
        self.load_record(self.current_id)
        show_status(self, self.tr("Saved {name}.").format(name=name), 5000)
        return True

    def revert(self) -> None:
        if self.is_new:
            self.is_new = False
            self.reload()
        else:
            self.load_record(self.current_id)

    def delete(self) -> bool:
        if self.current_id is None or self.is_new:
            return False
        name = self.heading.text()
        if not ConfirmDialog.ask(
            self,
            self.tr("Delete"),
            self.tr("Delete {name}? You can undo this with Ctrl+Z.").format(name=name),
        ):
            return False
        row = self.model.row_of(self.current_id) or 0
        command = DeleteRecord(
            self.ctx,
            self,
            self.tr("Delete {name}").format(name=name),
            self.record_class,
            record_id=self.current_id,
            version=self.current_version,
            on_conflict=self.reload_current,
        )
        self.current_id = None
        if not push(self.undo_stack, command):
            self.current_id = command.record_id
            return False
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        return True

    @staticmethod
    def today() -> date:
        return CLOCK.today()
