"""The Trips page: outbound delegations and inbound visits, planned in full.

The list filters by year, status, direction and city; the selected trip's
form, delegation, itinerary (with a day-by-day view in local and Tokyo time),
conflict warnings and budget sit in tabs beside it.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMenu, QStyle, QWidget

from cityapp import fields
from cityapp.clock import CLOCK
from cityapp.errors import UserError
from cityapp.filenames import file_name
from cityapp.labels import choice_label
from cityapp.models import BudgetLine, Trip, TripContact, TripDelegate, TripDirection, TripStatus
from cityapp.services import lists
from cityapp.services.budget import summarize
from cityapp.services.choices import trip_filter_choices
from cityapp.services.conflicts import check_trip
from cityapp.services.itinerary import copy_trip, load_trip
from cityapp.services.relations import budget_lines_of, contacts_of, delegates_of
from cityapp.services.trips import status_problem, trip_first_day
from ui import icons, worker
from ui.actions import read, run_action, show_status
from ui.context import AppContext
from ui.dialogs.copy_trip import CopyTripDialog
from ui.dialogs.export import ExportDialog
from ui.dialogs.messages import ErrorDialog
from ui.i18n import translated
from ui.models.records import RecordTableModel
from ui.views.record_page import RecordPage
from ui.views.trip_tabs import (
    BudgetFooter,
    DayView,
    ItineraryPanel,
    WarningsPanel,
    format_yen,
    person_name,
)
from ui.widgets.related import RelatedList
from ui.worker import run_in_background

log = logging.getLogger("cityapp.ui")
COUNT_AFTER_MS = 150  # the warnings of a trip are counted this long after it is shown


class TripsPage(RecordPage):
    also_shows = (
        "itinerary_item",
        "trip_delegate",
        "budget_line",
        "trip_contact",
        "trip_stop",
        "conflict_acknowledgement",
        "meeting",
        "city",
        "staff_member",
        "counterpart",
        "objective",
        "national_contact",
        "lesson",
        "bureau",
    )

    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        self.year = QComboBox()
        self.status = QComboBox()
        self.direction = QComboBox()
        self.city = QComboBox()
        super().__init__(
            ctx,
            undo_stack,
            key="trips",
            title=self.tr("Trips"),
            spec=lists.TRIPS,
            form=fields.TRIP,
            record_class=Trip,
            parent=parent,
        )
        self._build_filters()
        self.export_action = QAction(
            icons.standard(QStyle.StandardPixmap.SP_DialogSaveButton),
            self.tr("&Export calendar…"),
            self,
        )
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setToolTip(
            self.tr("The itinerary as a calendar file for Outlook or Google (Ctrl+E)")
        )
        self.export_action.triggered.connect(self.export_calendar)
        self.copy_action = QAction(
            icons.standard(QStyle.StandardPixmap.SP_FileDialogNewFolder),
            self.tr("&Copy trip…"),
            self,
        )
        self.copy_action.setToolTip(self.tr("Plan a new trip or a return visit from this one"))
        self.copy_action.triggered.connect(self.copy_trip)
        self.toolbar.insertSeparator(self.reload_action)
        self.toolbar.insertAction(self.reload_action, self.export_action)
        self.briefing_action = QAction(
            icons.standard(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            self.tr("&Briefing…"),
            self,
        )
        self.briefing_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.briefing_action.setToolTip(
            self.tr("The trip's briefing workbook for Excel (Ctrl+Shift+E)")
        )
        self.briefing_action.triggered.connect(self.export_briefing)
        self.addAction(self.briefing_action)
        self.pdf_action = QAction(self.tr("Briefing as P&DF…"), self)
        self.pdf_action.setToolTip(
            self.tr("The same briefing book as a PDF file, with no office program needed")
        )
        self.pdf_action.triggered.connect(self.export_briefing_pdf)
        self.preview_action = QAction(self.tr("&Print preview of the briefing…"), self)
        self.preview_action.setShortcut(QKeySequence("Ctrl+P"))
        self.preview_action.triggered.connect(self.preview_briefing)
        for action in (self.pdf_action, self.preview_action):
            self.addAction(action)
        self.briefing_menu = QMenu(self)
        self.briefing_menu.addAction(self.pdf_action)
        self.briefing_menu.addAction(self.preview_action)
        self.briefing_action.setMenu(self.briefing_menu)
        self.toolbar.insertAction(self.reload_action, self.briefing_action)
        self.toolbar.insertAction(self.reload_action, self.copy_action)
        self.addAction(self.export_action)
        self.load_extra(self.current_id)
        self.splitter.setSizes([760, 440])  # the list wide enough for its titles

    # -- filters ------------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.year.addItem(self.tr("All years"), None)
        self.status.addItem(self.tr("Any status"), None)
        for status in TripStatus:
            self.status.addItem(translated(choice_label(status)), status)
        self.direction.addItem(self.tr("Both directions"), None)
        for direction in TripDirection:
            self.direction.addItem(translated(choice_label(direction)), direction)
        self.city.addItem(self.tr("Any city"), None)
        for combo, name in (
            (self.year, self.tr("Year")),
            (self.status, self.tr("Status")),
            (self.direction, self.tr("Direction")),
            (self.city, self.tr("City")),
        ):
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(self.reload)
            self.add_filter(combo)

    def fill_filter_choices(self) -> None:
        first, last, cities = read(self.ctx, trip_filter_choices)
        for combo in (self.year, self.city):
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
        if first and last:
            for year in range(last.year, first.year - 1, -1):
                self.year.addItem(str(year), year)
        for city_id, name in cities:
            self.city.addItem(name, city_id)
        for combo in (self.year, self.city):
            combo.blockSignals(False)

    def flags(self) -> dict[str, Any]:
        return {
            "year": self.year.currentData(),
            "status": self.status.currentData(),
            "direction": self.direction.currentData(),
            "city": self.city.currentData(),
        }

    def _database_changed(self) -> None:
        for combo in (self.year, self.status, self.direction, self.city):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        super()._database_changed()

    # -- tabs -----------------------------------------------------------------------------------

    def add_extra_tabs(self) -> None:
        self.delegation = RelatedList(
            self,
            record_class=TripDelegate,
            form=fields.DELEGATE,
            owner_key="trip_id",
            columns=[
                (self.tr("Name"), person_name),
                (self.tr("Role"), lambda d: RecordTableModel.display("enum", d.role)),
                (self.tr("Side"), lambda d: self.tr("Ours") if d.staff_id else self.tr("Visitors")),
            ],
            load=delegates_of,
            empty=self.tr("No one in the delegation yet. Add people with Add…."),
            describe=person_name,
        )
        self.delegation_count = QLabel(self)
        self.delegation.layout().insertWidget(0, self.delegation_count)
        self.itinerary = ItineraryPanel(self)
        self.day_view = DayView(self)
        self.warnings = WarningsPanel(self)
        self.budget = RelatedList(
            self,
            record_class=BudgetLine,
            form=fields.BUDGET,
            owner_key="trip_id",
            columns=[
                (self.tr("Category"), lambda b: RecordTableModel.display("enum", b.category)),
                (self.tr("Description"), lambda b: b.description or ""),
                (self.tr("Amount"), lambda b: f"{b.amount:,.2f} {b.currency}"),
                (self.tr("Yen"), lambda b: self._yen_of(b)),
            ],
            load=budget_lines_of,
            empty=self.tr("No budget lines yet."),
            describe=lambda b: b.description or choice_label(b.category),
        )
        self.contacts = RelatedList(
            self,
            record_class=TripContact,
            form=fields.CONTACT,
            owner_key="trip_id",
            columns=[
                (self.tr("Role"), lambda c: RecordTableModel.display("enum", c.role)),
                (self.tr("Name"), lambda c: c.name),
                (self.tr("Organization"), lambda c: c.organization or ""),
                (self.tr("Telephone"), lambda c: c.phone or ""),
            ],
            load=contacts_of,
            empty=self.tr("No local contacts yet: the embassy, a liaison officer, interpreters."),
            describe=lambda c: c.name,
        )
        self.budget_footer = BudgetFooter(self)
        self.budget.layout().addWidget(self.budget_footer)
        self.tabs.addTab(self.delegation, self.tr("De&legation"))
        self.tabs.addTab(self.itinerary, self.tr("&Itinerary"))
        self.tabs.addTab(self.day_view, self.tr("Day b&y day"))
        self.tabs.addTab(self.warnings, self.tr("&Warnings"))
        self.tabs.addTab(self.contacts, self.tr("Co&ntacts"))
        self.tabs.addTab(self.budget, self.tr("&Budget"))
        from ui.widgets.policy_tabs import TripChecklist, lessons, national_contacts

        self.government = national_contacts(self, "trip_id")
        self.checklist = TripChecklist(self)
        self.government.layout().insertWidget(0, self.checklist)
        self.government.refreshed.connect(
            lambda: self.checklist.show_trip(self.government.owner_id)
        )
        self.lessons = lessons(self, "trip_id")
        self.tabs.addTab(self.government, self.tr("&Government"))
        self.tabs.addTab(self.lessons, self.tr("Le&ssons"))
        self._line_yen: dict[int, Any] = {}
        self._trip_wanted: tuple[int | None, int | None] | None = None
        self._trip_round = 0
        self.tabs.currentChanged.connect(self._tab_changed)
        self.delegation.refreshed.connect(self._show_delegation_count)

    def _yen_of(self, line: BudgetLine) -> str:
        yen = self._line_yen.get(line.id)
        return format_yen(yen) if yen is not None else self.tr("no rate")

    def load_extra(self, record_id: int | None, select_item: int | None = None) -> None:
        """The trip's tabs: the programme, day view, warnings and budget are read when one of
        them is shown; meanwhile the warnings are counted in the background for the tab's title."""
        self.delegation.set_owner(record_id)
        self.contacts.set_owner(record_id)
        self.government.set_owner(record_id)
        self.lessons.set_owner(record_id)
        self._trip_wanted = (record_id, select_item)
        self._trip_round += 1
        for action in (getattr(self, "export_action", None), getattr(self, "copy_action", None)):
            if action is not None:  # made after the first load
                action.setEnabled(record_id is not None)
        if self.tabs.currentWidget() in self._trip_tabs():
            self._load_trip_tabs()
        else:
            self._count_warnings(record_id)

    def _trip_tabs(self) -> tuple[QWidget, ...]:
        return (self.itinerary, self.day_view, self.warnings, self.budget)

    def _tab_changed(self, _index: int) -> None:
        if self._trip_wanted is not None and self.tabs.currentWidget() in self._trip_tabs():
            self._load_trip_tabs()

    def _load_trip_tabs(self) -> None:
        if self._trip_wanted is None:
            return
        record_id, select_item = self._trip_wanted
        self._trip_wanted = None

        def load(s):
            trip = load_trip(s, record_id) if record_id is not None else None
            warnings = check_trip(s, record_id) if trip is not None else []
            return trip, warnings

        trip, warnings = read(self.ctx, load)
        summary = summarize(trip) if trip else None
        self._line_yen = summary.line_jpy if summary else {}
        self.itinerary.show_trip(trip, select_item)
        self.day_view.show_trip(trip)
        self.warnings.show_warnings(warnings)
        self.budget.set_owner(record_id)
        self.budget_footer.show_summary(trip, summary)
        self._show_warning_count(self.warnings.open_count())

    def _count_warnings(self, record_id: int | None) -> None:
        self._show_warning_count(0)
        if record_id is None:
            return
        asked_in = self._trip_round

        def counted(n: int) -> None:
            if asked_in == self._trip_round:  # still the trip shown
                self._show_warning_count(n)

        def count() -> None:
            if asked_in != self._trip_round:  # another trip was chosen meanwhile
                return
            worker.start_background(
                lambda: read(
                    self.ctx,
                    lambda s: sum(1 for w in check_trip(s, record_id) if not w.acknowledged),
                ),
                counted,
                lambda exc: log.info("warnings not counted: %s", type(exc).__name__),
                owner=self,
            )

        # Once the window has painted the trip: the count is a moment's work beside it.
        QTimer.singleShot(COUNT_AFTER_MS, self, count)

    def _show_warning_count(self, count: int) -> None:
        index = self.tabs.indexOf(self.warnings)
        self.tabs.setTabText(
            index, self.tr("&Warnings ({n})").format(n=count) if count else self.tr("&Warnings")
        )

    def _show_delegation_count(self) -> None:
        people = list(self.delegation.records.values())
        ours = sum(1 for d in people if d.staff_id)
        self.delegation_count.setText(
            (
                self.tr("1 person: {ours} ours, {theirs} visiting.")
                if len(people) == 1
                else self.tr("{n} people: {ours} ours, {theirs} visiting.")
            ).format(n=len(people), ours=ours, theirs=len(people) - ours)
            if self.delegation.owner_id is not None
            else ""
        )

    # -- saving with the status workflow ----------------------------------------------------------

    def save(self) -> bool:
        if not self.is_new and self.current_id is not None:
            old, new = self.form.loaded_value("status"), self.form.values().get("status")
            if old is not None and new is not None and (problem := status_problem(old, new)):
                self.form.show_errors({"status": translated(problem)})
                return False
        return super().save()

    def record_label(self, values: dict[str, Any]) -> str:
        return values.get("title") or ""

    # -- calendar and copies -----------------------------------------------------------------------

    def export_calendar(self) -> bool:
        from cityapp.calendar_export import export_trip_calendar  # loads when used

        if self.current_id is None:
            return False
        trip_id = self.current_id
        title = self.heading.text() or "trip"
        choice = ExportDialog.ask_with_language(
            self, self.tr("Export calendar"), file_name(title, ".ics"), "iCalendar (*.ics)"
        )
        if choice is None:
            return False
        path, lang, confidential = choice
        try:
            count = read(
                self.ctx,
                lambda s: export_trip_calendar(
                    s, trip_id, path, include_confidential=confidential, lang=lang
                ),
            )
        except UserError as exc:
            ErrorDialog.ask(self, self.tr("Export calendar"), translated(exc))
            return False
        except OSError as exc:
            ErrorDialog.ask(
                self,
                self.tr("Export calendar"),
                self.tr("The calendar could not be written: {error}. Nothing else changed.").format(
                    error=exc.strerror
                ),
            )
            return False
        wrote = (
            self.tr("Wrote 1 event to {path}")
            if count == 1
            else self.tr("Wrote {n} events to {path}")
        )
        show_status(self, wrote.format(n=count, path=path), 10_000)
        return True

    def export_briefing(self) -> bool:
        from cityapp.excel.briefing import BriefingOptions, export_briefing
        from ui.dialogs.export import BriefingDialog, ExportDoneDialog

        if self.current_id is None:
            return False
        trip_id = self.current_id
        title = self.heading.text() or "trip"
        first_day = read(self.ctx, lambda s: trip_first_day(s, trip_id))
        begun = first_day is not None and first_day <= CLOCK.today()
        choice = BriefingDialog.ask(self, file_name(f"Briefing - {title}", ".xlsx"), begun)
        if choice is None:
            return False
        path, lang, confidential, as_of = choice

        def work(report, cancelled):
            return read(
                self.ctx,
                lambda s: export_briefing(
                    s,
                    trip_id,
                    path,
                    BriefingOptions(
                        include_confidential=confidential,
                        lang=lang,
                        as_of=as_of,
                        prepared_by=self.ctx.officer,
                    ),
                ),
            )

        try:
            run_in_background(self, self.tr("Writing the briefing…"), work)
        except worker.Cancelled:
            return False
        except UserError as exc:
            ErrorDialog.ask(self, self.tr("Export briefing"), translated(exc))
            return False
        except OSError as exc:
            ErrorDialog.ask(
                self,
                self.tr("Export briefing"),
                self.tr("The briefing could not be written: {error}. No file was changed.").format(
                    error=exc.strerror
                ),
            )
            return False
        ExportDoneDialog.ask(self, path)
        return True

    def _book(self, lang: str, confidential: bool, as_of: str | None):
        """The current trip's briefing book, read for printing."""
        from cityapp.briefing_book import BookOptions, build_book

        trip_id = self.current_id
        return read(
            self.ctx,
            lambda s: build_book(
                s,
                trip_id,
                BookOptions(
                    include_confidential=confidential,
                    lang=lang,
                    as_of=as_of,
                    prepared_by=self.ctx.officer,
                ),
            ),
        )

    def export_briefing_pdf(self) -> bool:
        from ui.dialogs.export import BriefingDialog, ExportDoneDialog
        from ui.printing import write_pdf

        if self.current_id is None:
            return False
        first_day = read(self.ctx, lambda s: trip_first_day(s, self.current_id))
        begun = first_day is not None and first_day <= CLOCK.today()
        title = self.heading.text() or "trip"
        choice = BriefingDialog.ask(self, file_name(f"Briefing - {title}", ".pdf"), begun, pdf=True)
        if choice is None:
            return False
        path, lang, confidential, as_of = choice
        try:
            book = self._book(lang, confidential, as_of)
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                write_pdf(book, path)
            finally:
                QApplication.restoreOverrideCursor()
        except UserError as exc:
            ErrorDialog.ask(self, self.tr("Briefing as PDF"), translated(exc))
            return False
        except OSError as exc:
            ErrorDialog.ask(
                self,
                self.tr("Briefing as PDF"),
                self.tr("The PDF could not be written: {error}. No file was changed.").format(
                    error=exc.strerror
                ),
            )
            return False
        ExportDoneDialog.ask(self, path)
        return True

    def preview_briefing(self) -> bool:
        """The briefing book in Qt's print preview, to print or to save as PDF from there."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from ui import language
        from ui.printing import a4, paint_book

        if self.current_id is None:
            return False
        try:
            book = self._book(language.current(), False, None)
        except UserError as exc:
            ErrorDialog.ask(self, self.tr("Print preview"), translated(exc))
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        a4(printer, book.portrait)
        self.preview = QPrintPreviewDialog(printer, self)
        self.preview.setWindowTitle(self.tr("Print preview: {title}").format(title=book.subtitle))
        self.preview.paintRequested.connect(lambda p: paint_book(book, p))
        self.preview.exec()
        return True

    def copy_trip(self) -> bool:
        if self.current_id is None:
            return False
        trip = read(self.ctx, lambda s: load_trip(s, self.current_id))
        choice = CopyTripDialog.ask(self, trip) if trip else None
        if choice is None:
            return False
        start, title, direction = choice
        new = run_action(
            self.ctx,
            self,
            self.tr("Copy trip"),
            lambda s: copy_trip(s, trip.id, start, title=title, direction=direction),
        )
        if new is None:
            return False
        self.fill_filter_choices()
        return self.select_record(new.id)
