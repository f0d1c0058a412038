"""The main window: navigation on the left, the page in the centre, the database below."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)
from sqlalchemy import func, select

from cityapp import APP_NAME, logs, paths
from cityapp.changes import ChangeSet
from cityapp.db import Database, open_database, pg_dump_advice, sqlite_backup
from cityapp.errors import UserError
from cityapp.models import City
from ui import icons, language
from ui.actions import read, run_action
from ui.context import AppContext
from ui.dialogs.first_start import DEMO, FirstStartDialog
from ui.dialogs.messages import (
    DISCARD,
    SAVE,
    ConfirmDialog,
    ErrorDialog,
    NoticeDialog,
    UnsavedChangesDialog,
)
from ui.dialogs.open_database import OpenFileDialog, ServerUrlDialog
from ui.dialogs.search_popup import SearchPopup
from ui.i18n import translated
from ui.views.list_page import ListPage

log = logging.getLogger("cityapp.ui")
DEMO_FILE_NAME = "demo.sqlite3"
PAGE_KEYS = (
    "dashboard",
    "cities",
    "counterparts",
    "trips",
    "meetings",
    "commitments",
    "gifts",
    "networks",
    "projects",
    "programmes",
    "staff",
    "reports",
)
# The keys that go to each page: a digit each, in order, as officers learned them; the
# programmes sit beside the projects (Ctrl+8) with Shift, the gifts beside the commitments.
PAGE_SHORTCUTS = {
    "dashboard": "Ctrl+1",
    "cities": "Ctrl+2",
    "counterparts": "Ctrl+3",
    "trips": "Ctrl+4",
    "meetings": "Ctrl+5",
    "commitments": "Ctrl+6",
    "gifts": "Ctrl+Shift+6",
    "networks": "Ctrl+7",
    "projects": "Ctrl+8",
    "programmes": "Ctrl+Shift+8",
    "staff": "Ctrl+9",
    "reports": "Ctrl+0",
}


class Pages(Mapping[str, QWidget]):
    """The window's pages by key, each built (and its module imported) the first time it is
    asked for: start-up pays only for the page it shows."""

    def __init__(self, build: Callable[[str], QWidget], on_built: Callable[[str, QWidget], None]):
        self._build, self._on_built = build, on_built
        self._pages: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        if key not in PAGE_KEYS:
            raise KeyError(key)
        if key not in self._pages:
            page = self._pages[key] = self._build(key)
            self._on_built(key, page)
        return self._pages[key]

    def __iter__(self) -> Iterator[str]:
        return iter(PAGE_KEYS)

    def __len__(self) -> int:
        return len(PAGE_KEYS)

    def built(self) -> list[QWidget]:
        """The pages built so far (the others have nothing to save or ask)."""
        return list(self._pages.values())

    def built_keys(self) -> set[str]:
        return set(self._pages)


class ThresholdDialog:
    @classmethod
    def ask(cls, parent: QWidget, current: int) -> int | None:
        from PySide6.QtWidgets import QInputDialog

        yen, ok = QInputDialog.getInt(
            parent,
            QCoreApplication.translate("ThresholdDialog", "Gift declaration threshold"),
            QCoreApplication.translate(
                "ThresholdDialog",
                "Received gifts worth more than this many yen are flagged until their declaration is recorded:",
            ),
            current,
            0,
            100_000_000,
            1000,
        )
        return yen if ok else None


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)
        self.settings = QSettings()
        self.setMinimumSize(QSize(720, 480))

        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(260)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.pages = Pages(self._build_page, self._page_built)
        self._idle_started = False
        self._badge_round = self._badge_round_shown = 0
        self._build_navigation()
        self.nav.currentRowChanged.connect(self._show_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.db_label = QLabel(self)
        self.officer_label = QLabel(self)
        self.rows_label = QLabel(self)
        for label in (self.db_label, self.officer_label, self.rows_label):
            label.setContentsMargins(6, 0, 6, 0)
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.officer_label)
        self.statusBar().addPermanentWidget(self.rows_label)
        self._build_menus()

        ctx.database_changed.connect(self._update_database_labels)
        ctx.database_changed.connect(self._update_badges)
        ctx.changed.connect(self._on_changed)
        self._update_badges()
        self._update_database_labels()
        self._restore_layout()
        self.show_page(self.settings.value("window/page", "trips", type=str))

    # -- pages ---------------------------------------------------------------------------

    def page_titles(self) -> dict[str, str]:
        return {
            "dashboard": self.tr("Dashboard"),
            "cities": self.tr("Cities"),
            "counterparts": self.tr("Counterparts"),
            "trips": self.tr("Trips"),
            "meetings": self.tr("Meetings"),
            "commitments": self.tr("Commitments"),
            "gifts": self.tr("Gifts"),
            "networks": self.tr("Networks"),
            "projects": self.tr("Projects"),
            "programmes": self.tr("Programmes"),
            "staff": self.tr("Staff"),
            "reports": self.tr("Reports"),
        }

    def _build_navigation(self) -> None:
        """One entry per page, and an empty place in the stack until the page is built."""
        for key, title in self.page_titles().items():
            item = QListWidgetItem(icons.page_icon(key), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget(self.stack))

    def _build_page(self, key: str) -> QWidget:
        ctx, undo = self.ctx, self.undo_stack
        if key == "dashboard":
            from ui.views.dashboard import DashboardPage

            return DashboardPage(ctx, self, undo)
        if key in ("meetings", "commitments"):
            from ui.views.meetings import CommitmentsPage, MeetingsPage

            return (MeetingsPage if key == "meetings" else CommitmentsPage)(ctx, undo, self)
        if key == "trips":
            from ui.views.trips_page import TripsPage

            return TripsPage(ctx, undo, self)
        if key == "reports":
            from ui.views.reports import ReportsPage

            return ReportsPage(ctx, self)
        if key == "programmes":
            from ui.views.programmes import ProgrammesPage

            return ProgrammesPage(ctx, undo, self)
        if key == "gifts":
            from ui.views.gifts import GiftsPage

            return GiftsPage(ctx, undo, self)
        from ui.views import records

        kinds = {
            "cities": records.CitiesPage,
            "counterparts": records.CounterpartsPage,
            "networks": records.NetworksPage,
            "projects": records.ProjectsPage,
            "staff": records.StaffPage,
        }
        return kinds[key](ctx, undo, self)

    def _page_built(self, key: str, page: QWidget) -> None:
        """Put a new page in its place in the stack, with the layout it had last time."""
        index = PAGE_KEYS.index(key)
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if isinstance(page, ListPage):
            page.counts_changed.connect(lambda _s, _t: self._update_row_counts())
            page.restore_state(self.settings)

    IDLE_START_MS = 700  # after the first page is painted and read, before the rest is built

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._idle_started:
            self._idle_started = True
            QTimer.singleShot(self.IDLE_START_MS, self, self._prepare_when_idle)

    def _prepare_when_idle(self) -> None:
        """While the officer reads the first page, build the next page not yet built (one
        at a time, so the window answers between them); then work out the Dashboard's figures
        in the background. A page visited first is built then, as before. A closed window
        builds nothing more."""
        if not self.isVisible():
            return
        waiting = [key for key in PAGE_KEYS if key not in self.pages.built_keys()]
        if waiting:
            self.pages[waiting[0]]
            QTimer.singleShot(0, self, self._prepare_when_idle)
            return
        from cityapp.services.health import office_health
        from cityapp.services.strategy import office_targets
        from ui.worker import start_background

        today = self.ctx.clock.today()
        for figures in (office_targets, office_health):
            start_background(
                lambda figures=figures: read(self.ctx, lambda s: figures(s, today)),
                lambda _found: None,  # kept in the core's cache for the first visit
                lambda exc: log.info("figures not prepared: %s", type(exc).__name__),
            )

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(PAGE_KEYS):
            self.stack.setCurrentWidget(self.pages[PAGE_KEYS[row]])
        self._update_row_counts()

    def show_page(self, key: str) -> None:
        keys = list(self.pages)
        self.nav.setCurrentRow(keys.index(key) if key in keys else keys.index("trips"))

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    # -- menus ---------------------------------------------------------------------------

    def _action(
        self, text: str, slot, shortcut: QKeySequence | str | None = None, tip: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        SK = QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_db_action = self._action(
            self.tr("&New database…"),
            self.new_database,
            "Ctrl+Shift+N",
            self.tr("Create an empty database file"),
        )
        self.open_db_action = self._action(
            self.tr("&Open database…"),
            self.open_database_file,
            SK.Open,
            self.tr("Open a database file on this computer"),
        )
        self.server_action = self._action(
            self.tr("Connect to shared &server…"),
            self.open_server,
            None,
            self.tr("Open the office's shared PostgreSQL database"),
        )
        self.demo_action = self._action(
            self.tr("Open &demo database"),
            self.open_demo,
            None,
            self.tr("Open the demo office (Tokyo, 2014)"),
        )
        self.backup_action = self._action(
            self.tr("&Back up database…"),
            self.backup_database,
            None,
            self.tr("Save a copy of the open database file"),
        )
        self.restore_action = self._action(
            self.tr("&Restore from backup…"),
            self.restore_from_backup,
            None,
            self.tr("Put one of the open file's backups in its place"),
        )
        self.exit_action = self._action(self.tr("E&xit"), self.close, "Ctrl+Q")
        for action in (
            self.new_db_action,
            self.open_db_action,
            self.server_action,
            self.demo_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.exit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        # New, Save and Delete act on the page shown; the menu shows their keys, which the
        # page's own actions answer (one owner per key, no ambiguity).
        self.record_actions: dict[str, QAction] = {}
        for name, text, keys in (
            ("new_action", self.tr("&New record"), SK.New),
            ("save_action", self.tr("&Save"), SK.Save),
            ("delete_action", self.tr("&Delete record"), SK.Delete),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, n=name: self._page_action(n))
            edit_menu.addAction(action)
            self.record_actions[name] = action
        edit_menu.aboutToShow.connect(self._update_record_actions)
        edit_menu.addSeparator()
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.filter_action = self._action(self.tr("&Filter this list"), self.focus_filter, SK.Find)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.filter_action)
        self.find_action = self._action(
            self.tr("&Find anything…"),
            self.find_anything,
            "Ctrl+K",
            self.tr("Find a city, person, agreement, trip or meeting"),
        )
        edit_menu.addAction(self.find_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for key in self.pages:
            action = self._action(
                self.page_titles()[key],
                lambda _checked=False, k=key: self.show_page(k),
                PAGE_SHORTCUTS[key],
            )
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.reload_action = self._action(self.tr("&Reload"), self.reload_current, SK.Refresh)
        view_menu.addAction(self.reload_action)

        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.organizations_action = self._action(
            self.tr("&Organizations…"),
            self.show_organizations,
            None,
            self.tr("City governments, embassies and other bodies our counterparts work for"),
        )
        tools_menu.addAction(self.organizations_action)
        self.precedence_action = self._action(
            self.tr("Order of &precedence…"),
            self.show_precedence,
            None,
            self.tr("The offices in their order: who is named and seated first"),
        )
        tools_menu.addAction(self.precedence_action)
        self.bureaus_action = self._action(
            self.tr("&Bureaus…"),
            self.show_bureaus,
            None,
            self.tr("The bureaus of our government that lead projects and act on lessons"),
        )
        tools_menu.addAction(self.bureaus_action)
        self.funds_action = self._action(
            self.tr("&Funds…"),
            self.show_funds,
            None,
            self.tr("The funds that pay for exchange programmes, and their balance"),
        )
        tools_menu.addAction(self.funds_action)
        self.prospects_action = self._action(
            self.tr("Prospective &partners…"),
            self.show_prospects,
            None,
            self.tr(
                "Cities we have no relations with yet, scored on the criteria the office weighs"
            ),
        )
        tools_menu.addAction(self.prospects_action)
        self.threshold_action = self._action(
            self.tr("Gift &declaration threshold…"),
            self.set_gift_threshold,
            None,
            self.tr("Received gifts worth more than this wait for a declaration"),
        )
        tools_menu.addAction(self.threshold_action)
        self.conventions_action = self._action(
            self.tr("Dates and &years…"),
            self.set_conventions,
            None,
            self.tr("The Japanese era on documents, and figures by fiscal year"),
        )
        tools_menu.addAction(self.conventions_action)
        tools_menu.addSeparator()
        self.audit_action = self._action(
            self.tr("&Audit trail…"),
            self.show_audit_trail,
            "Ctrl+Shift+H",
            self.tr("Every change in the office: who, what, when, old and new values"),
        )
        tools_menu.addAction(self.audit_action)
        tools_menu.addSeparator()
        language_menu = tools_menu.addMenu(self.tr("&Language"))
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code, name in language.LANGUAGES.items():
            action = QAction(name, group)
            action.setCheckable(True)
            action.setChecked(code == language.current())
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.manual_action = self._action(
            self.tr("&Manual"), self.show_manual, SK.HelpContents, self.tr("A short manual")
        )
        help_menu.addAction(self.manual_action)
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            "Ctrl+/",
            self.tr("Every key the program answers, and where"),
        )
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("Open the &log folder"), self.open_log_folder))
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("&About City Diplomacy Desk"), self.show_about))

    def _page_action(self, name: str) -> None:
        """Edit > New, Save or Delete: the page shown does it, if it has the action."""
        action = getattr(self.current_page(), name, None)
        if isinstance(action, QAction) and action.isEnabled():
            action.trigger()

    def _update_record_actions(self) -> None:
        page = self.current_page()
        for name, action in self.record_actions.items():
            own = getattr(page, name, None)
            action.setEnabled(isinstance(own, QAction) and own.isEnabled())

    def show_manual(self) -> None:
        from ui.dialogs.manual import ManualDialog

        ManualDialog(self).exec()

    def show_shortcuts(self) -> None:
        from ui.dialogs.manual import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def show_audit_trail(self) -> None:
        from ui.dialogs.audit_trail import AuditTrailDialog

        AuditTrailDialog(self.ctx, self).exec()

    # -- status ---------------------------------------------------------------------------

    def _update_database_labels(self) -> None:
        db = self.ctx.database
        if db.read_only:
            self.db_label.setText(
                self.tr("Database: {label} (read-only: changes cannot be saved)").format(
                    label=db.label
                )
            )
        else:
            self.db_label.setText(self.tr("Database: {label}").format(label=db.label))
        self.db_label.setToolTip(db.url.render_as_string(hide_password=True))
        access = self.ctx.access
        name = access.role or self.ctx.officer
        if not access.may_edit:
            text = self.tr("Officer: {name} (reads only)")
        elif not access.confidential:
            text = self.tr("Officer: {name} (not cleared for confidential content)")
        else:
            text = self.tr("Officer: {name}")
        self.officer_label.setText(text.format(name=name))
        self.backup_action.setEnabled(True)  # on a server it explains pg_dump
        self.restore_action.setEnabled(True)
        self.setWindowTitle(f"{APP_NAME} — {db.path.name if db.path else db.label}")
        self._update_row_counts()

    def _on_changed(self, changes: ChangeSet) -> None:
        """The sidebar's overdue count and the row count follow the kinds they count."""
        page = self.current_page()
        counted = set(getattr(page, "shows", ())) | {"commitment", "meeting"}
        if changes.touches(counted):
            self._update_badges()

    def _update_badges(self) -> None:
        """The sidebar counts what needs attention: overdue commitments, counted by a worker
        (the window is on screen first; the count follows a moment later)."""
        from cityapp.services.commitments import count_overdue
        from ui.worker import start_background

        self._badge_round += 1
        asked_in, today = self._badge_round, self.ctx.clock.today()

        def counted(overdue: int) -> None:
            if asked_in != self._badge_round:
                return  # a newer count is on its way
            self._badge_round_shown = asked_in
            item = self.nav.item(list(self.pages).index("commitments"))
            title = self.page_titles()["commitments"]
            item.setText(
                self.tr("{title} ({n} overdue)").format(title=title, n=overdue)
                if overdue
                else title
            )

        start_background(
            lambda: read(self.ctx, lambda s: count_overdue(s, today)),
            counted,
            lambda exc: log.info("overdue commitments not counted: %s", type(exc).__name__),
            owner=self,
        )

    def badges_counted(self) -> bool:
        """Whether the sidebar shows the newest count asked for."""
        return self._badge_round_shown == self._badge_round

    def _update_row_counts(self) -> None:
        page = self.current_page()
        if isinstance(page, ListPage):
            self.rows_label.setText(
                (
                    self.tr("{shown} of 1 row")
                    if page.total == 1
                    else self.tr("{shown} of {total} rows")
                ).format(shown=page.shown, total=page.total)
            )
        else:
            self.rows_label.setText("")

    def focus_filter(self) -> None:
        page = self.current_page()
        if isinstance(page, ListPage):
            page.filter_box.setFocus()
            page.filter_box.selectAll()

    def choose_language(self, code: str) -> None:
        """Keep the officer's language for the window's next opening, and say so."""
        language.choose(code)
        if code == language.current():
            return
        NoticeDialog.tell(
            self,
            self.tr("Language"),
            self.tr(
                "The window opens in {language} the next time the program starts. "
                "Exports keep the language chosen for each of them."
            ).format(language=language.LANGUAGES[code]),
        )

    def set_gift_threshold(self) -> bool:
        from cityapp.services.gifts import gift_threshold
        from cityapp.services.gifts import set_gift_threshold as store

        current = read(self.ctx, gift_threshold)
        yen = ThresholdDialog.ask(self, current)
        if yen is None or yen == current:
            return False
        return (
            run_action(
                self.ctx,
                self,
                self.tr("Gift declaration threshold"),
                lambda s: store(s, yen) or True,
            )
            is not None
        )

    def set_conventions(self) -> bool:
        from cityapp.services.office import conventions, set_conventions
        from ui.dialogs.conventions import ConventionsDialog

        current = read(self.ctx, conventions)
        chosen = ConventionsDialog.ask(self, current)
        if chosen is None or chosen == current:
            return False
        done = run_action(
            self.ctx,
            self,
            self.tr("Dates and years"),
            lambda s: set_conventions(s, chosen) or True,
        )
        if done is not None:
            self.reload_current()
        return done is not None

    def show_organizations(self) -> None:
        from ui.dialogs.organizations import OrganizationsDialog

        OrganizationsDialog.show_for(self.ctx, self.undo_stack, self)

    def show_bureaus(self) -> None:
        from ui.dialogs.bureaus import BureausDialog

        BureausDialog.show_for(self.ctx, self.undo_stack, self)

    def show_funds(self) -> None:
        from ui.dialogs.funds import FundsDialog

        FundsDialog.show_for(self.ctx, self.undo_stack, self)

    def show_prospects(self) -> None:
        from ui.dialogs.prospects import ProspectsDialog

        city_id = ProspectsDialog.ask(self.ctx, self)
        if city_id is not None:
            self.open_record("city", city_id)

    def show_precedence(self) -> None:
        from ui.dialogs.precedence import PrecedenceDialog

        PrecedenceDialog.show_for(self.ctx, self.undo_stack, self)

    def find_anything(self) -> None:
        hit = SearchPopup.ask(self.ctx, self)
        if hit is not None:
            self.open_record(hit.kind, hit.ref_id)

    def open_record(self, kind: str, record_id: int) -> bool:
        """Show a record on its page (search results, links between records)."""
        from cityapp.models import Agreement

        direct = {
            "city": "cities",
            "counterpart": "counterparts",
            "network": "networks",
            "staff": "staff",
            "trip": "trips",
            "meeting": "meetings",
            "commitment": "commitments",
            "project": "projects",
            "programme": "programmes",
            "gift": "gifts",
        }
        if kind in direct:
            self.show_page(direct[kind])
            return self.pages[direct[kind]].select_record(record_id)
        if kind == "agreement":
            agreement = read(self.ctx, lambda s: s.get(Agreement, record_id))
            if agreement is None:
                return False
            self.show_page("cities")
            page = self.pages["cities"]
            return page.select_record(agreement.city_id) and page.show_agreement(record_id)
        if kind == "lesson":  # shown where it was learned, on that record's Lessons tab
            from cityapp.services.lessons import where_learned

            where = read(self.ctx, lambda s: where_learned(s, record_id))
            if where is None:
                return False
            key, owner = where
            self.show_page(key)
            page = self.pages[key]
            if not page.select_record(owner):
                return False
            page.tabs.setCurrentWidget(page.lessons)
            return page.lessons.select(record_id)
        if kind == "fund":
            from ui.dialogs.funds import FundsDialog

            return FundsDialog.show_for(self.ctx, self.undo_stack, self, record_id)
        if kind == "organization":
            from ui.dialogs.organizations import OrganizationsDialog

            return OrganizationsDialog.show_for(self.ctx, self.undo_stack, self, record_id)
        return False

    def reload_current(self) -> None:
        """F5: read the page shown again from the database, its pickers' lists included."""
        page = self.current_page()
        if hasattr(page, "reload_from_database"):
            page.reload_from_database()
        elif hasattr(page, "reload"):  # the Dashboard and the other lists
            page.reload()

    # -- databases ------------------------------------------------------------------------

    def settle_unsaved_changes(self) -> bool:
        """Ask about forms with unsaved changes: True when it is safe to go on."""
        from ui.views.record_page import RecordPage

        pending = [
            page
            for page in self.pages.built()
            if isinstance(page, RecordPage) and page.has_unsaved_changes()
        ]
        if not pending:
            return True
        answer = UnsavedChangesDialog.ask(self, [page.unsaved_name() for page in pending])
        if answer == SAVE:
            for page in pending:
                if not page.save():
                    self.show_page(page.key)
                    return False
            return True
        if answer == DISCARD:
            for page in pending:
                page.discard_changes()
            return True
        return False

    def _switch_to(self, opener) -> bool:
        if not self.settle_unsaved_changes():
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            database: Database = opener()
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            ErrorDialog.ask(
                self,
                self.tr("Cannot open the database"),
                translated(exc) + "\n\n" + self.tr("The database you had open stays open."),
            )
            return False
        QApplication.restoreOverrideCursor()
        self.undo_stack.clear()
        self.ctx.switch_database(database)
        self.settings.setValue("database/last", str(database.path or ""))
        return True

    def _start_dir(self) -> str:
        path = self.ctx.database.path
        return str(path.parent if path else paths.data_dir())

    def new_database(self) -> None:
        path = OpenFileDialog.ask(self, self._start_dir(), new=True)
        if path:
            if Path(path).exists():
                ErrorDialog.ask(
                    self,
                    self.tr("New database"),
                    self.tr(
                        "{path} already exists. Choose a new file name; existing files are never overwritten here."
                    ).format(path=path),
                )
                return
            self._switch_to(lambda: open_database(path, actor=self.ctx.officer))

    def open_database_file(self) -> None:
        path = OpenFileDialog.ask(self, self._start_dir())
        if path:
            self._switch_to(lambda: open_database(path, actor=self.ctx.officer, create=False))

    def open_server(self) -> None:
        url = ServerUrlDialog.ask(self)
        if url:
            self._switch_to(lambda: open_database(url, actor=self.ctx.officer))

    def open_demo(self) -> None:
        path = paths.data_dir() / DEMO_FILE_NAME

        def opener() -> Database:
            from cityapp.demo import create_demo_database

            if path.exists():
                return open_database(path, actor=self.ctx.officer)
            return create_demo_database(path, actor=self.ctx.officer)

        self._switch_to(opener)

    def backup_database(self) -> Path | None:
        """A checked copy of the open file; on a shared server, how to back it up instead."""
        db = self.ctx.database
        if db.path is None:
            ErrorDialog.ask(
                self,
                self.tr("Back up database"),
                pg_dump_advice(db.url.render_as_string(hide_password=True), "back up"),
            )
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            target = sqlite_backup(db.path)
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            ErrorDialog.ask(self, self.tr("Back up database"), translated(exc))
            return None
        except OSError as exc:
            QApplication.restoreOverrideCursor()
            ErrorDialog.ask(
                self,
                self.tr("Back up database"),
                self.tr(
                    "The backup could not be written: {error}. The database itself is unchanged."
                ).format(error=exc.strerror or exc),
            )
            return None
        QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(
            self.tr("Backup saved and checked: {path}").format(path=target), 10_000
        )
        return target

    def restore_from_backup(self) -> bool:
        """Put a backup of the open file in its place (the current file is kept first)."""
        from cityapp.db import check_backup_is_ours
        from cityapp.sqlite_files import backups_of, restore_backup
        from ui.dialogs.restore import RestoreDialog

        db = self.ctx.database
        title = self.tr("Restore from backup")
        if db.path is None:
            ErrorDialog.ask(
                self, title, pg_dump_advice(db.url.render_as_string(hide_password=True), "restore")
            )
            return False
        if not self.settle_unsaved_changes():
            return False
        path = db.path
        chosen = RestoreDialog.ask(self, path, backups_of(path))
        if chosen is None:
            return False
        if not ConfirmDialog.ask(
            self,
            title,
            self.tr(
                "Replace {name} with the backup {backup}? Changes made since that backup "
                "are set aside in a copy of the current file."
            ).format(name=path.name, backup=chosen.name),
        ):
            return False
        db.dispose()  # no connection may hold the file while it is replaced
        try:
            kept = restore_backup(path, chosen, check=check_backup_is_ours)
        except UserError as exc:
            ErrorDialog.ask(
                self, title, translated(exc) + "\n\n" + self.tr("The database is unchanged.")
            )
            return False
        self.undo_stack.clear()
        if not self._switch_to(lambda: open_database(path, actor=self.ctx.officer)):
            return False
        self.statusBar().showMessage(
            self.tr("Restored {backup}. The file as it was is kept at {kept}.").format(
                backup=chosen.name, kept=kept
            ),
            15_000,
        )
        return True

    def offer_first_start(self) -> None:
        """On an empty database seen for the first time, offer the demo office."""
        key = f"first_start/{self.ctx.database.label}"
        if self.settings.value(key, False, type=bool):
            return
        empty = read(self.ctx, lambda s: not s.scalar(select(func.count()).select_from(City)))
        if not empty:
            return
        choice = FirstStartDialog.ask(self)
        self.settings.setValue(key, True)
        if choice == DEMO:
            from cityapp.demo import build_demo

            run_action(
                self.ctx,
                self,
                self.tr("Load the demo office"),
                build_demo,
            )

    # -- help -------------------------------------------------------------------------------

    def open_log_folder(self) -> None:
        folder = logs.log_file().parent
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(os.fspath(folder)))

    def show_about(self) -> None:
        from ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self, self.ctx.database.label, str(logs.log_file()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    # -- window state ------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([200, 1000])

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/page", self.nav.currentItem().data(Qt.ItemDataRole.UserRole))
        for page in self.pages.built():
            if isinstance(page, ListPage):
                page.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.settle_unsaved_changes():
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)
