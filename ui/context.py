"""What the whole window shares: the open database, and signals that say what changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from cityapp.access import FULL, Access, current_access
from cityapp.changes import ChangeSet
from cityapp.clock import CLOCK, Clock
from cityapp.db import Database


class AppContext(QObject):
    """The open database and the change signals pages listen to.

    Signals are past tense and emitted after a commit, so a page that reloads
    on them always reads committed data; `changed` says which kinds of records
    changed, so a page reloads only for the kinds it shows.
    """

    database_changed = Signal()
    # After every committed action: a cityapp.changes.ChangeSet of the records it wrote.
    changed = Signal(object)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.clock: Clock = CLOCK  # every 'today' and 'now' of the window
        # The version each record had after our own last change: undo and redo of several
        # changes to one record check against it, so only someone else's change is a conflict.
        self.known_versions: dict[tuple[str, int], int] = {}
        self.access: Access = FULL
        self.refresh_access()
        # What pickers offer, by kind, read once and shared by every picker of that kind until
        # a change touches its table (connected first: forgotten before the pages reload).
        self._choices: dict[str, list[tuple[int, str]]] = {}
        self.changed.connect(self._forget_changed_choices)

    @property
    def officer(self) -> str:
        return self.database.actor

    def publish(self, changes: ChangeSet) -> None:
        """Tell the pages what a committed action changed (nothing is said for no change)."""
        if changes:
            self.changed.emit(changes)

    def choices(
        self, kind: str, read_them: Callable[[], list[tuple[int, str]]]
    ) -> list[tuple[int, str]]:
        """A picker's list of this kind: the one read last, or `read_them()` now."""
        if kind not in self._choices:
            self._choices[kind] = read_them()
        return self._choices[kind]

    def cached_choices(self, kind: str) -> list[tuple[int, str]] | None:
        """A picker's list of this kind if it is at hand, else None (nothing is read)."""
        return self._choices.get(kind)

    def forget_choices(self) -> None:
        """Every picker reads its list again (F5, another database)."""
        self._choices.clear()

    def _forget_changed_choices(self, changes: ChangeSet) -> None:
        from cityapp.services.choices import table_of

        for kind in [k for k in self._choices if changes.touches({table_of(k)})]:
            del self._choices[kind]

    def refresh_access(self) -> Access:
        """Ask the database what the connected officer may do (a server decides; a file allows all)."""
        try:
            with self.database.factory() as session:
                self.access = current_access(session, read_only=self.database.read_only)
        except Exception:  # unreachable now: the first action will say so in plain words
            self.access = FULL
        return self.access

    def switch_database(self, database: Database) -> None:
        old, self.database = self.database, database
        self.known_versions.clear()
        self.forget_choices()
        self.refresh_access()
        if old is not database:
            old.dispose()
        self.database_changed.emit()

    # How long closing waits for work still reading on a worker thread (a list's colours, the
    # Dashboard's figures) before it lets the database go.
    CLOSE_WAIT_MS = 15_000

    def close(self) -> None:
        """Let the database go once the work reading it on worker threads has finished: a
        query still running against a closed or dropped database fails, or holds it."""
        QThreadPool.globalInstance().waitForDone(self.CLOSE_WAIT_MS)
        self.database.dispose()
