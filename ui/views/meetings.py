"""The meeting log and the commitments that come out of it."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
)

from cityapp import drafts, fields
from cityapp.clock import CLOCK
from cityapp.labels import choice_label
from cityapp.models import (
    Classification,
    Commitment,
    CommitmentStatus,
    Gift,
    Meeting,
    MeetingAttendee,
    OwnerSide,
)
from cityapp.services import lists
from cityapp.services.choices import (
    cities_with_meetings,
    city_zones,
    commitments_made_in,
    gifts_at,
    meetings_after_commitment,
    objectives,
)
from cityapp.services.commitments import (
    carried_into,
    made_in_a_meeting_to_come,
    progress_of,
    status_values,
)
from cityapp.services.gifts import gift_threshold, state_of
from cityapp.services.precedence import attendees_in_precedence, office_of
from cityapp.services.trips import trip_first_day
from ui import language, semantic
from ui.actions import read
from ui.context import AppContext
from ui.dialogs.drafts import DraftRestoreDialog
from ui.dialogs.messages import ConfirmDialog
from ui.i18n import day, moment, translated
from ui.undo import EditRecord, push
from ui.views.record_page import RecordPage
from ui.widgets.related import RelatedList

DRAFT_DELAY_MS = 600


_day = day


class MeetingsPage(RecordPage):
    """Meetings within trips or standing alone; the outcome form saves a draft as you type."""

    also_shows = (
        "meeting_attendee",
        "commitment",
        "commitment_progress",
        "gift",
        "city",
        "trip",
        "counterpart",
        "staff_member",
        "objective",
        "itinerary_item",
        "office_setting",  # the gift declaration threshold flags gifts
        "precedence_office",  # the order attendees are listed in
        "seating_plan",
        "lesson",
        "bureau",
    )

    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        self.draft_timer = None
        super().__init__(
            ctx,
            undo_stack,
            key="meetings",
            title=self.tr("Meetings"),
            spec=lists.MEETINGS,
            form=fields.MEETING,
            record_class=Meeting,
            parent=parent,
        )
        self.badge = QLabel(self)
        self.badge.setVisible(False)
        palette = self.badge.palette()
        palette.setColor(self.badge.foregroundRole(), semantic.color("error"))
        self.badge.setPalette(palette)
        font = self.badge.font()
        font.setBold(True)
        self.badge.setFont(font)
        self.heading.parentWidget().layout().insertWidget(0, self.badge)
        self.model.row_color = lambda row: (
            "error" if row[4] == Classification.CONFIDENTIAL else None
        )
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        self.form.changed.connect(self.draft_timer.start)
        self._suggested_start: datetime | None = None
        self.form.inputs["trip_id"].changed.connect(self._trip_picked)
        self.form.inputs["city_id"].changed.connect(self._city_picked)
        self.record_action = QAction(self.tr("&Record of discussion…"), self)
        self.record_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.record_action.setToolTip(
            self.tr("A one-page record of the meeting to circulate, for Excel (Ctrl+Shift+R)")
        )
        self.record_action.triggered.connect(self.export_record)
        self.addAction(self.record_action)
        self.record_pdf_action = QAction(self.tr("Record as P&DF…"), self)
        self.record_pdf_action.setToolTip(
            self.tr("The same record of discussion as a PDF file, with no office program needed")
        )
        self.record_pdf_action.triggered.connect(lambda: self.export_record(pdf=True))
        self.addAction(self.record_pdf_action)
        menu = QMenu(self)
        menu.addAction(self.record_pdf_action)
        self.record_action.setMenu(menu)
        self.toolbar.insertSeparator(self.reload_action)
        self.toolbar.insertAction(self.reload_action, self.record_action)
        self.load_extra(self.current_id)

    def export_record(self, pdf: bool = False) -> bool:
        from cityapp.errors import UserError
        from cityapp.filenames import file_name
        from cityapp.record_book import RecordOptions, record_book
        from ui.dialogs.export import ExportDialog, ExportDoneDialog
        from ui.dialogs.messages import ErrorDialog

        if self.current_id is None:
            return False
        meeting_id = self.current_id
        title = self.tr("Record of discussion")
        suffix, kinds = (".pdf", "PDF (*.pdf)") if pdf else (".xlsx", "Excel (*.xlsx)")
        choice = ExportDialog.ask_with_language(
            self,
            title,
            file_name(f"{title} - {self.form.loaded_value('title') or ''}", suffix),
            kinds,
        )
        if choice is None:
            return False
        path, lang, confidential = choice
        options = RecordOptions(include_confidential=confidential, lang=lang)
        try:
            if pdf:
                from ui.printing import write_pdf

                book = read(self.ctx, lambda s: record_book(s, meeting_id, options))
                write_pdf(book, path)
            else:
                from cityapp.excel.record import export_record  # openpyxl loads when used

                read(self.ctx, lambda s: export_record(s, meeting_id, path, options))
        except UserError as exc:
            ErrorDialog.ask(self, title, translated(exc))
            return False
        except OSError as exc:
            ErrorDialog.ask(
                self,
                title,
                self.tr("The record could not be written: {error}. No file was changed.").format(
                    error=exc.strerror
                ),
            )
            return False
        ExportDoneDialog.ask(self, path)
        return True

    def export_seating(self) -> bool:
        from cityapp.errors import UserError
        from cityapp.filenames import file_name
        from ui.dialogs.export import ExportDialog, ExportDoneDialog
        from ui.dialogs.messages import ErrorDialog

        if self.current_id is None:
            return False
        meeting_id = self.current_id
        title = self.tr("Seating plan")
        choice = ExportDialog.ask_with_language(
            self,
            title,
            file_name(f"{title} - {self.form.loaded_value('title') or ''}", ".xlsx"),
            "Excel (*.xlsx)",
        )
        if choice is None:
            return False
        path, lang, confidential = choice
        try:
            from cityapp.excel.seating import export_seating  # openpyxl loads when used

            read(self.ctx, lambda s: export_seating(s, meeting_id, path, lang, confidential))
        except UserError as exc:
            ErrorDialog.ask(self, title, translated(exc))
            return False
        except OSError as exc:
            ErrorDialog.ask(
                self,
                title,
                self.tr(
                    "The seating plan could not be written: {error}. No file was changed."
                ).format(error=exc.strerror),
            )
            return False
        ExportDoneDialog.ask(self, path)
        return True

    # -- local time in the form, instants in the database --------------------------------------

    def save(self) -> bool:
        from cityapp.errors import UserError

        try:  # a local time the clocks skip is explained next to the field
            self.from_form(self.form.values())
        except UserError as exc:
            self.form.show_errors({"starts_local": translated(exc)})
            return False
        # The draft goes before the save: the reload that follows a save must not offer it back.
        self.draft_timer.stop()
        drafts.discard_draft(self.form_spec, self._draft_key(), self.ctx.database.label)
        saved = super().save()
        if not saved:
            self.save_draft()
        return saved

    def revert(self) -> None:
        drafts.discard_draft(self.form_spec, self._draft_key(), self.ctx.database.label)
        super().revert()

    def heading_for(self, obj: Meeting) -> str:
        return f"{obj.title} — {moment(obj.starts_at, obj.zone)}"

    def record_label(self, values: dict[str, Any]) -> str:
        return values.get("title") or ""

    # -- drafts -----------------------------------------------------------------------------------

    def _draft_key(self) -> str:
        return "new" if self.is_new or self.current_id is None else str(self.current_id)

    def save_draft(self) -> None:
        if (self.is_new or self.current_id is not None) and self.form.is_dirty():
            typed = self.form.values() if self.is_new else self.form.changes()
            drafts.save_draft(self.form_spec, self._draft_key(), self.ctx.database.label, typed)

    def offer_draft(self) -> bool:
        found = drafts.load_draft(self.form_spec, self._draft_key(), self.ctx.database.label)
        if found is None:
            return False
        when, values = found
        if not DraftRestoreDialog.ask(self, f"{when.astimezone():%Y-%m-%d %H:%M}"):
            drafts.discard_draft(self.form_spec, self._draft_key(), self.ctx.database.label)
            return False
        self.form.show_unsaved(values)
        self._update_actions()
        return True

    def load_record(self, record_id: int | None) -> None:
        super().load_record(record_id)
        if record_id is None:
            self._draft_unoffered = False
        elif self.draft_timer is not None and self.isVisible():
            self._draft_unoffered = False
            self.offer_draft()
        else:  # built or loaded out of sight: offered when the page is shown
            self._draft_unoffered = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A record shown before the page was (at start-up) has its draft offered now.
        if getattr(self, "_draft_unoffered", False) and self.current_id is not None:
            self._draft_unoffered = False
            self.offer_draft()

    def new_record(self, values: dict[str, Any] | None = None) -> None:
        super().new_record({**self._suggest_start(CLOCK.today()), **(values or {})})
        if self.is_new and self.draft_timer is not None:
            self.offer_draft()

    # -- related tabs -------------------------------------------------------------------------------

    def add_extra_tabs(self) -> None:

        def person(a: MeetingAttendee) -> str:
            p = a.staff or a.counterpart
            return p.display_name if p else "?"

        def office(a: MeetingAttendee) -> str:
            held = office_of(a)
            if held is None:
                return ""
            return held.name_ja if language.current() == "ja" and held.name_ja else held.name_en

        def place(a: MeetingAttendee) -> str:
            if not a.place:
                return ""
            return self.tr("set: {place} ({reason})").format(
                place=a.place, reason=a.place_reason or ""
            )

        self.attendees = RelatedList(
            self,
            record_class=MeetingAttendee,
            form=fields.ATTENDEE,
            owner_key="meeting_id",
            columns=[
                (
                    self.tr("Side"),
                    lambda a: self.tr("Ours") if a.side.value == "ours" else self.tr("Theirs"),
                ),
                (self.tr("Name"), person),
                (self.tr("Office"), office),
                (self.tr("Role"), lambda a: a.role or ""),
                (self.tr("Place"), place),
            ],
            load=lambda s, meeting_id: attendees_in_precedence(s, meeting_id, language.current()),
            empty=self.tr("No attendees recorded yet."),
            describe=person,
        )
        self.new_person_button = self.attendees.add_button_for(
            self.tr("New &counterpart…"), self.add_new_counterpart
        )
        self.attendees.row_buttons.remove(
            self.new_person_button
        )  # needs a meeting, not a selected row
        self.commitments = RelatedList(
            self,
            record_class=Commitment,
            form=fields.COMMITMENT,
            owner_key="meeting_id",
            columns=[
                (self.tr("Due"), lambda c: _day(c.due_on)),
                (self.tr("Status"), lambda c: translated(choice_label(c.status))),
                (self.tr("Owner"), lambda c: translated(choice_label(c.owner_side))),
                (self.tr("Commitment"), lambda c: c.text),
            ],
            load=commitments_made_in,
            empty=self.tr("No commitments from this meeting yet. Add them with Add…."),
            describe=lambda c: c.text[:60],
        )
        self.carried = RelatedList(
            self,
            record_class=type(None),
            form=fields.COMMITMENT,
            owner_key="meeting_id",
            editable=False,
            columns=[
                (self.tr("Made in"), lambda p: p.commitment.meeting.title),
                (self.tr("Commitment"), lambda p: p.commitment.text),
                (self.tr("Status after"), lambda p: translated(choice_label(p.status_after))),
                (self.tr("Note"), lambda p: p.note or ""),
            ],
            load=carried_into,
            empty=self.tr(
                "No earlier commitments were followed up here. Carry one in from the "
                "Commitments page."
            ),
        )

        def gift_flag(g: Gift) -> str:
            return translated(choice_label(state_of(g, self._threshold)))

        self._threshold = 0
        self.gifts = RelatedList(
            self,
            record_class=Gift,
            form=fields.GIFT,
            owner_key="meeting_id",
            columns=[
                (self.tr("Date"), lambda g: _day(g.exchanged_on)),
                (self.tr("Given/received"), lambda g: translated(choice_label(g.direction))),
                (self.tr("Gift"), lambda g: g.description),
                (self.tr("Value (yen)"), lambda g: f"{g.value_jpy:,}" if g.value_jpy else ""),
                (self.tr("Declaration"), gift_flag),
            ],
            load=gifts_at,
            empty=self.tr("No gifts recorded for this meeting."),
            describe=lambda g: g.description,
            starts_with=self._meeting_day,
        )
        self.tabs.addTab(self.attendees, self.tr("&Attendees"))
        self.tabs.addTab(self.commitments, self.tr("&Commitments"))
        self.tabs.addTab(self.carried, self.tr("Followed &up here"))
        self.tabs.addTab(self.gifts, self.tr("&Gifts"))
        from ui.widgets.seating_plan import SeatingTab

        self.seating = SeatingTab(self)
        self.seating_export_button = QPushButton(self.tr("Seating &workbook…"), self.seating)
        self.seating_export_button.setToolTip(
            self.tr("The chart on one A4 page, the order of precedence and place cards, for Excel")
        )
        self.seating_export_button.clicked.connect(self.export_seating)
        self.seating.layout().addWidget(self.seating_export_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(self.seating, self.tr("Sea&ting"))
        from ui.widgets.policy_tabs import lessons

        self.lessons = lessons(self, "meeting_id")
        self.tabs.addTab(self.lessons, self.tr("Le&ssons"))

    def _meeting_day(self) -> dict[str, Any]:
        """A gift added to a meeting was exchanged on the meeting's day."""
        starts = self.form.loaded_value("starts_local")
        return {"exchanged_on": starts.date() if starts else CLOCK.today()}

    def _trip_picked(self) -> None:
        """A new meeting moves to its trip's first day until the officer types a start."""
        trip_id = self.form.inputs["trip_id"].value()
        shown = self.form.inputs["starts_local"].value()
        if not self.is_new or trip_id is None or shown != self._suggested_start:
            return
        first = read(self.ctx, lambda s: trip_first_day(s, trip_id))
        if first is not None:
            self._suggest_start(first)

    def _city_picked(self) -> None:
        """Choosing the meeting's city sets its time zone to the city's (the officer can still
        change it): only when the officer picks a city, never while a record is loaded."""
        if self.form.is_loading():
            return
        city_id = self.form.inputs["city_id"].value()
        if city_id is None or city_id == self.form.loaded_value("city_id"):
            return
        zone = read(self.ctx, city_zones).get(city_id)
        if zone and zone != self.form.inputs["zone"].value():
            self.form.show_unsaved({"zone": zone})

    def _suggest_start(self, day: date) -> dict[str, datetime]:
        start = datetime.combine(day, time(10, 0))
        self._suggested_start = start
        values = {"starts_local": start, "ends_local": start + timedelta(hours=1)}
        if self.is_new:
            self.form.show_unsaved(values)
        return values

    def add_new_counterpart(self) -> bool:
        """Someone not in the record yet: add the person and seat them at this meeting in one step."""
        from cityapp.fields import DEFAULTS
        from cityapp.models import Counterpart, Side
        from cityapp.services.records import create_record
        from ui.actions import run_action
        from ui.dialogs.record_dialog import RecordDialog

        if self.current_id is None:
            return False
        meeting_id = self.current_id
        city_id = self.form.inputs["city_id"].value()
        values = RecordDialog.ask(
            self,
            self.tr("New counterpart at this meeting"),
            fields.COUNTERPART,
            self.form.inputs_provider(),
            {**DEFAULTS["counterpart"], "city_id": city_id},
        )
        if values is None:
            return False

        def work(s):
            person = create_record(s, Counterpart, values, fields.COUNTERPART)
            return create_record(
                s,
                MeetingAttendee,
                {
                    "meeting_id": meeting_id,
                    "side": Side.THEIRS,
                    "counterpart_id": person.id,
                    "role": person.position,
                },
            )

        done = run_action(self.ctx, self, self.tr("Add a counterpart"), work)
        if done is None:
            return False
        self.form.reload_choices()
        self.attendees.refresh(select_id=done.id)
        return True

    def load_extra(self, record_id: int | None) -> None:
        self._threshold = read(self.ctx, gift_threshold)
        for tab in (self.attendees, self.commitments, self.carried, self.gifts, self.lessons):
            tab.set_owner(record_id)
        if hasattr(self, "seating"):
            self.seating.set_owner(record_id)
            self.seating_export_button.setEnabled(record_id is not None)
        self.new_person_button.setEnabled(record_id is not None)
        if hasattr(self, "record_action"):  # made after the first load
            self.record_action.setEnabled(record_id is not None)
            self.record_pdf_action.setEnabled(record_id is not None)
        if hasattr(self, "badge"):
            confidential = self.form.inputs["classification"].value() == Classification.CONFIDENTIAL
            self.badge.setText(self.tr("CONFIDENTIAL — left out of exports unless asked for"))
            self.badge.setVisible(confidential and record_id is not None)


class CommitmentsPage(RecordPage):
    """Every commitment, overdue ones marked; status changes with one keystroke."""

    also_shows = (
        "meeting",
        "commitment_progress",
        "city",
        "counterpart",
        "staff_member",
        "objective",
    )

    STATUS_KEYS = [
        (CommitmentStatus.OPEN, "Ctrl+Shift+O"),
        (CommitmentStatus.IN_PROGRESS, "Ctrl+Shift+P"),
        (CommitmentStatus.DONE, "Ctrl+Shift+D"),
        (CommitmentStatus.DROPPED, "Ctrl+Shift+X"),
    ]

    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        self.status_filter, self.side_filter = QComboBox(), QComboBox()
        self.city_filter, self.objective_filter = QComboBox(), QComboBox()
        self.open_only, self.overdue_only = QCheckBox(), QCheckBox()
        super().__init__(
            ctx,
            undo_stack,
            key="commitments",
            title=self.tr("Commitments"),
            spec=lists.COMMITMENTS,
            form=fields.COMMITMENT,
            record_class=Commitment,
            parent=parent,
        )
        self.new_action.setEnabled(False)
        self.new_action.setToolTip(
            self.tr("Commitments are added from the meeting where they were made")
        )
        self._build_filters()
        self._build_status_actions()
        due = [c.key for c in lists.COMMITMENTS.columns].index("due_on") + 1
        status = [c.key for c in lists.COMMITMENTS.columns].index("status") + 1
        self.model.row_color = lambda row: (
            "overdue"
            if row[due] is not None
            and row[due] < self.today()
            and row[status] in (CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS)
            else "done"
            if row[status] is CommitmentStatus.DONE
            else None
        )
        self.progress = RelatedList(
            self,
            record_class=type(None),
            form=fields.COMMITMENT,
            owner_key="commitment_id",
            editable=False,
            columns=[
                (self.tr("Meeting"), lambda p: p.meeting.title),
                (self.tr("Status after"), lambda p: translated(choice_label(p.status_after))),
                (self.tr("Note"), lambda p: p.note or ""),
            ],
            load=progress_of,
            empty=self.tr("Not followed up in a later meeting yet."),
        )
        self.tabs.addTab(self.progress, self.tr("&Progress"))
        self.splitter.setSizes([780, 420])  # the list is read when the page is first shown

    def _update_actions(self) -> None:
        super()._update_actions()
        self.new_action.setEnabled(False)

    def fill_filter_choices(self) -> None:
        """The cities where meetings took place and the strategy's objectives."""
        choices = (
            (self.city_filter, read(self.ctx, cities_with_meetings)),
            (
                self.objective_filter,
                [(i, f"{number}. {title[:30]}") for i, number, title in read(self.ctx, objectives)],
            ),
        )
        for combo, items in choices:
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, label in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def _build_filters(self) -> None:
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in CommitmentStatus:
            self.status_filter.addItem(translated(choice_label(status)), status)
        self.side_filter.addItem(self.tr("Either side"), None)
        for side in OwnerSide:
            self.side_filter.addItem(translated(choice_label(side)), side)
        self.city_filter.addItem(self.tr("Any city"), None)
        self.objective_filter.addItem(self.tr("Any objective"), None)
        from cityapp.fields import DATE, REF, Field
        from ui.widgets.inputs import DateInput, RefInput

        self.counterpart_filter = RefInput(
            Field("counterpart", "Counterpart", REF, ref="counterpart"),
            self.form.inputs_provider(),
            self,
        )
        self.counterpart_filter.setToolTip(
            self.tr("Only commitments this person owns or was at the table for")
        )
        self.counterpart_filter.setMinimumWidth(160)
        self.counterpart_filter.changed.connect(self.reload)
        self.due_before = DateInput(Field("due_before", "Due before", DATE), self)
        self.due_before.setToolTip(self.tr("Only commitments due before this day"))
        self.due_before.changed.connect(self.reload)
        self.add_toggle(self.open_only, self.tr("&Open only"))
        self.add_toggle(self.overdue_only, self.tr("O&verdue only"))
        for combo in (
            self.status_filter,
            self.side_filter,
            self.city_filter,
            self.objective_filter,
        ):
            combo.currentIndexChanged.connect(self.reload)
            self.add_filter(combo)
        self.add_filter(self.counterpart_filter)
        due = QWidget(self)
        row = QHBoxLayout(due)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Due before"), due)
        label.setBuddy(self.due_before)
        row.addWidget(label)
        self.due_before.setParent(due)
        row.addWidget(self.due_before)
        self.add_filter(due)

    def _build_status_actions(self) -> None:
        self.status_actions: dict[CommitmentStatus, QAction] = {}
        self.toolbar.addSeparator()
        for status, keys in self.STATUS_KEYS:
            action = QAction(translated(choice_label(status)), self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(
                self.tr("Mark as {status} ({keys})").format(
                    status=translated(choice_label(status)).lower(), keys=keys
                )
            )
            action.triggered.connect(lambda _checked=False, s=status: self.mark(s))
            self.addAction(action)
            self.toolbar.addAction(action)
            self.status_actions[status] = action
        self.carry_action = QAction(self.tr("Carry &into a meeting…"), self)
        self.carry_action.setToolTip(self.tr("Record what became of it in a later meeting"))
        self.carry_action.triggered.connect(self.carry)
        self.toolbar.addAction(self.carry_action)

    def carry(self) -> bool:
        """Record the commitment's progress in a later meeting."""
        from cityapp.services.commitments import carry_forward
        from ui.actions import run_action
        from ui.dialogs.carry import CarryDialog

        if self.current_id is None:
            return False
        commitment_id = self.current_id

        choice = CarryDialog.ask(
            self,
            self.heading.text(),
            read(self.ctx, lambda s: meetings_after_commitment(s, commitment_id)),
            self.form.loaded_value("status") or CommitmentStatus.IN_PROGRESS,
        )
        if choice is None:
            return False
        meeting_id, note, status = choice
        today, seen = self.today(), self.current_version
        done = run_action(
            self.ctx,
            self,
            self.tr("Carry commitment"),
            lambda s: carry_forward(s, commitment_id, meeting_id, note, status, today, seen),
            on_conflict=self.reload_current,
        )
        if done is None:
            return False
        self.load_record(commitment_id)
        return True

    def flags(self) -> dict[str, Any]:
        if not hasattr(self, "status_actions"):
            return {}
        return {
            "status": self.status_filter.currentData(),
            "owner_side": self.side_filter.currentData(),
            "city": self.city_filter.currentData(),
            "objective": self.objective_filter.currentData(),
            "open_only": self.open_only.isChecked(),
            "counterpart": self.counterpart_filter.value()
            if hasattr(self, "counterpart_filter")
            else None,
            "due_before": self.due_before.value() if hasattr(self, "due_before") else None,
            "overdue_on": self.today() if self.overdue_only.isChecked() else None,
        }

    def _done_before_meeting_confirmed(self) -> bool:
        """A commitment marked done before the meeting it was made in took place: ask first."""
        commitment_id, today = self.current_id, self.today()
        meeting_day = read(self.ctx, lambda s: made_in_a_meeting_to_come(s, commitment_id, today))
        if meeting_day is None:
            return True
        return ConfirmDialog.ask(
            self,
            self.tr("Mark done"),
            self.tr(
                "The meeting where this was promised takes place on {day}: it has not happened "
                "yet. Mark the commitment done anyway?"
            ).format(day=day(meeting_day)),
        )

    def save(self) -> bool:
        changes = self.form.changes() if not self.is_new else {}
        if (
            changes.get("status") is CommitmentStatus.DONE
            and not self._done_before_meeting_confirmed()
        ):
            return False
        return super().save()

    def mark(self, status: CommitmentStatus) -> bool:
        """One keystroke: the selected commitment takes this status (undoable)."""
        if self.current_id is None:
            return False
        old = {
            "status": self.form.loaded_value("status"),
            "completed_on": self.form.loaded_value("completed_on"),
        }
        new = status_values(status, old["status"], old["completed_on"])  # the core's rule
        if old == new:
            return False
        if status is CommitmentStatus.DONE and not self._done_before_meeting_confirmed():
            return False
        command = EditRecord(
            self.ctx,
            self,
            self.tr("Mark {status}").format(status=translated(choice_label(status)).lower()),
            Commitment,
            on_conflict=self.reload_current,
            record_id=self.current_id,
            version=self.current_version,
            old=old,
            new=new,
        )
        if not push(self.undo_stack, command):
            return False
        self.load_record(self.current_id)
        return True

    def load_extra(self, record_id: int | None) -> None:
        if hasattr(self, "progress"):
            self.progress.set_owner(record_id)

    def record_label(self, values: dict[str, Any]) -> str:
        return (values.get("text") or "")[:60]

    def heading_for(self, obj: Commitment) -> str:
        return obj.text[:120]
