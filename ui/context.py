"""What the whole window shares: the open database, and signals that say what changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cityapp.clock import CLOCK, Clock
from cityapp.db import Database


class AppContext(QObject):
    """The open database and the change signals pages listen to.

    Signals are past tense and emitted after a commit, so a page that reloads
    on them always reads committed data.
    """

    database_changed = Signal()
    trips_changed = Signal()
    records_changed = Signal()
    meetings_changed = Signal()

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.clock: Clock = CLOCK  # every 'today' and 'now' of the window
        # The version each record had after our own last change: undo and redo of several
        # changes to one record check against it, so only someone else's change is a conflict.
        self.known_versions: dict[tuple[str, int], int] = {}

    @property
    def officer(self) -> str:
        return self.database.actor

    def switch_database(self, database: Database) -> None:
        old, self.database = self.database, database
        self.known_versions.clear()
        if old is not database:
            old.dispose()
        self.database_changed.emit()

    def close(self) -> None:
        self.database.dispose()
