"""Undoable record changes. Each runs as one audited transaction through ui.actions.

A command is executed once before it is pushed (so a refused change never
enters the stack); later redo and undo run the same services again. A
command that cannot be undone or redone any more (the record changed under
it) explains why and drops out of the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from cityapp.fields import RecordForm
from cityapp.services.records import create_record, delete_record, restore_record, update_record
from ui.actions import run_action
from ui.context import AppContext


class RecordCommand(QUndoCommand):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        text: str,
        record_class: type,
        on_conflict: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(text)
        self.ctx, self.parent_widget, self.record_class = ctx, parent, record_class
        self.on_conflict = on_conflict
        self.record_id: int | None = None
        self._pushed = False

    def expected(self, fallback: int | None) -> int | None:
        """The version to expect: the one our own last change left, if we made one."""
        if self.record_id is None:
            return fallback
        known = self.ctx.known_versions.get((self.record_class.__name__, self.record_id))
        if known is None or fallback is None:
            return known if fallback is None else fallback
        return max(known, fallback)

    def remember(self, obj: Any) -> Any:
        self.ctx.known_versions[(self.record_class.__name__, obj.id)] = obj.version
        return obj

    def forward(self, session: Session) -> Any:  # pragma: no cover - subclasses
        raise NotImplementedError

    def backward(self, session: Session) -> Any:  # pragma: no cover - subclasses
        raise NotImplementedError

    def _run(self, work: Callable[[Session], Any]) -> bool:
        done = run_action(
            self.ctx,
            self.parent_widget,
            self.text(),
            lambda s: work(s) or True,
            on_conflict=self.on_conflict,
        )
        return done is not None

    def execute(self) -> bool:
        """The first run, before the command is pushed."""
        return self._run(self.forward)

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo(): the work was done by execute()
            self._pushed = True
            return
        if not self._run(self.forward):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._run(self.backward):
            self.setObsolete(True)


class CreateRecord(RecordCommand):
    def __init__(
        self, *args: Any, values: dict[str, Any], form: RecordForm | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.values, self.form, self.version = values, form, None

    def forward(self, session: Session) -> Any:
        if self.record_id is None:
            obj = create_record(session, self.record_class, self.values, self.form)
        else:
            obj = restore_record(session, self.record_class, {"id": self.record_id, **self.values})
        self.record_id, self.version = obj.id, obj.version
        return self.remember(obj)

    def backward(self, session: Session) -> Any:
        return delete_record(
            session, self.record_class, self.record_id, expected_version=self.expected(self.version)
        )


class EditRecord(RecordCommand):
    def __init__(
        self,
        *args: Any,
        record_id: int,
        version: int,
        old: dict[str, Any],
        new: dict[str, Any],
        form: RecordForm | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        # Only what changed is written, and only that is put back by undo.
        changed = [key for key, value in new.items() if key not in old or old[key] != value]
        self.record_id, self.version, self.form = record_id, version, form
        self.new = {key: new[key] for key in changed}
        self.old = {key: old[key] for key in changed if key in old}

    def forward(self, session: Session) -> Any:
        obj = update_record(
            session,
            self.record_class,
            self.record_id,
            self.new,
            self.expected(self.version),
            self.form,
        )
        self.version = obj.version
        return self.remember(obj)

    def backward(self, session: Session) -> Any:
        obj = update_record(
            session, self.record_class, self.record_id, self.old, self.expected(self.version)
        )
        self.version = obj.version
        return self.remember(obj)


class DeleteRecord(RecordCommand):
    def __init__(self, *args: Any, record_id: int, version: int | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.record_id, self.version = record_id, version
        self.saved: dict[str, Any] | None = None

    def forward(self, session: Session) -> Any:
        expected = self.expected(self.version)
        self.saved = delete_record(
            session, self.record_class, self.record_id, expected_version=expected
        )
        return self.saved

    def backward(self, session: Session) -> Any:
        obj = restore_record(session, self.record_class, self.saved)
        self.version = obj.version
        return self.remember(obj)


def push(stack: Any, command: RecordCommand) -> bool:
    """Run a command; keep it for undo only if it worked."""
    if not command.execute():
        return False
    stack.push(command)
    return True
