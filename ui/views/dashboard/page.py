"""The Dashboard page: its tabs, kept up to date by the changes they show."""

from __future__ import annotations

import logging

from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cityapp.changes import ChangeSet
from cityapp.clock import CLOCK
from ui.actions import read
from ui.context import AppContext
from ui.widgets.link_table import LinkTable
from ui.worker import start_background

from .coming_up import ComingUpTab
from .health import HealthTab
from .map import MapTab
from .objectives import ObjectivesTab
from .targets import TargetsTab

log = logging.getLogger("cityapp.ui.dashboard")


class DashboardPage(QWidget):
    # What the targets, objectives, health, coming-up and map tabs are computed from.
    SHOWS = frozenset(
        {
            "city",
            "agreement",
            "network",
            "network_membership",
            "trip",
            "itinerary_item",
            "meeting",
            "commitment",
            "commitment_progress",
            "objective",
            "target",
        }
    )
    key = "dashboard"
    TABS = ("targets", "objectives", "health", "coming_up", "map")

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, undo_stack: QUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.title = self.tr("Dashboard")
        self.targets = TargetsTab(self)
        self.objectives = ObjectivesTab(self)
        self.health = HealthTab(self)
        self.coming_up = ComingUpTab(self)
        self.map = MapTab(self)
        self.tabs = QTabWidget(self)
        for tab, label in (
            (self.targets, self.tr("&Targets")),
            (self.objectives, self.tr("&Objectives")),
            (self.health, self.tr("Relationship &health")),
            (self.coming_up, self.tr("&Coming up")),
            (self.map, self.tr("&Map")),
        ):
            self.tabs.addTab(tab, label)
        self.stale = set(self.TABS)
        # Tabs whose figures a worker is working out, with the round each was asked in: a
        # change or reload starts a new round and makes older answers moot.
        self.working: dict[str, int] = {}
        self._round = 0
        self.tabs.currentChanged.connect(lambda _i: self._refresh_shown())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 8, 18, 12)
        layout.addWidget(QLabel(f"<h2>{self.title}</h2>", self))
        layout.addWidget(self.tabs, 1)
        ctx.database_changed.connect(self.data_changed)
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS):
            self.data_changed()

    # Trips and agreements coming up, as before (tests and callers reach them here).
    @property
    def trips(self) -> LinkTable:
        return self.coming_up.trips

    @property
    def agreements(self) -> LinkTable:
        return self.coming_up.agreements

    @property
    def agreements_empty(self) -> QLabel:
        return self.coming_up.agreements_empty

    def tab(self, key: str) -> QWidget:
        return getattr(self, key)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.tab(key))
        self._refresh_shown()

    def current_key(self) -> str:
        return self.TABS[self.tabs.currentIndex()]

    def data_changed(self) -> None:
        self.stale = set(self.TABS)
        self._drop_answers()
        if self.isVisible():
            self._refresh_shown()

    def reload(self) -> None:
        """Everything out of date; the tab on screen is computed again now."""
        self.stale = set(self.TABS)
        self._drop_answers()
        self._refresh_shown()

    def _refresh_shown(self) -> None:
        key = self.current_key()
        if key not in self.stale:
            return
        self.stale.discard(key)
        tab, today = self.tab(key), CLOCK.today()
        figures = getattr(tab, "figures", None)
        if figures is None:
            tab.refresh(today)
            return
        # Figures over the whole office: shown at once when nothing changed since they were
        # worked out, else worked out by a worker while the page is already on screen.
        cached = getattr(tab, "cached_figures", None)
        ready = read(self.ctx, lambda s: cached(s, today)) if cached else None
        if ready is not None:
            tab.show_figures(ready, today)
            return
        self._round += 1
        asked_in = self.working[key] = self._round
        tab.working()

        def arrived(found) -> None:
            if self.working.get(key) == asked_in:  # else a change came meanwhile
                del self.working[key]
                tab.show_figures(found, today)

        def failed(exc: BaseException) -> None:
            if self.working.get(key) == asked_in:
                del self.working[key]
                self.stale.add(key)  # asked again on the next visit
                tab.working(failed=True)
                log.warning("dashboard figures not worked out: %s", type(exc).__name__)

        start_background(
            lambda: read(self.ctx, lambda s: figures(s, today)), arrived, failed, owner=tab
        )

    def _drop_answers(self) -> None:
        self._round += 1
        self.working.clear()

    def busy(self) -> bool:
        """Whether a tab waits for figures a worker is working out."""
        return bool(self.working)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_shown()
