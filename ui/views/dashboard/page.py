"""The Dashboard page: its tabs, kept up to date by the changes they show."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cityapp.changes import ChangeSet
from cityapp.clock import CLOCK
from ui.context import AppContext
from ui.widgets.link_table import LinkTable

from .coming_up import ComingUpTab
from .health import HealthTab
from .map import MapTab
from .objectives import ObjectivesTab
from .targets import TargetsTab


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
        if self.isVisible():
            self._refresh_shown()

    def reload(self) -> None:
        """Everything out of date; the tab on screen is computed again now."""
        self.stale = set(self.TABS)
        self._refresh_shown()

    def _refresh_shown(self) -> None:
        key = self.current_key()
        if key in self.stale:
            self.stale.discard(key)
            self.tab(key).refresh(CLOCK.today())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_shown()
