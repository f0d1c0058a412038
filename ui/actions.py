"""One helper runs each user action: one transaction, signals after commit, errors as dialogs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from cityapp.changes import ChangeSet, changes_of
from cityapp.db import describe_write_failure
from cityapp.errors import UserError
from cityapp.server import is_permission_refusal
from cityapp.services.records import EditConflict
from ui.context import AppContext
from ui.dialogs.messages import ConflictDialog, ErrorDialog
from ui.i18n import translated

T = TypeVar("T")
log = logging.getLogger("cityapp.ui.actions")


def run_action(
    ctx: AppContext,
    parent: QWidget | None,
    title: str,
    work: Callable[[Session], T],
    *,
    on_conflict: Callable[[], None] | None = None,
) -> T | None:
    """Run `work` in one transaction; after the commit, publish what it changed (the kinds
    and ids of the records it wrote, and who) to the window; None when it failed.

    Failures roll the whole action back and are explained in a dialog; nothing
    half-done is ever saved. When someone else changed the record first, the
    dialog offers to reload it (`on_conflict`).
    """
    try:
        result, changes = commit(ctx, work)
    except Exception as exc:
        if explain_failure(parent, title, exc, on_conflict):
            return None
        raise
    ctx.publish(changes)
    return result


def commit(ctx: AppContext, work: Callable[[Session], T]) -> tuple[T, ChangeSet]:
    """Run `work` in one write transaction and commit; its result and what it changed.

    Shows nothing, so a worker thread may call it (its session is its own); the window's
    thread then publishes the changes and explains a failure (`explain_failure`).
    """
    with ctx.database.writing() as session:
        result = work(session)
    return result, changes_of(session, ctx.officer)


def explain_failure(
    parent: QWidget | None,
    title: str,
    exc: BaseException,
    on_conflict: Callable[[], None] | None = None,
) -> bool:
    """Explain a failed action in plain words; False for a failure that is a defect."""
    try:
        raise exc
    except EditConflict as exc:
        log.info("edit conflict: the record had changed")
        if ConflictDialog.ask(parent, title, translated(exc)) and on_conflict is not None:
            on_conflict()
        return True
    except UserError as exc:
        ErrorDialog.ask(parent, title, translated(exc))
        return True
    except StaleDataError:
        log.info("edit conflict (stale data)")
        ErrorDialog.ask(
            parent,
            title,
            QCoreApplication.translate(
                "actions",
                "Someone else changed this record while you were editing it. Nothing was saved. "
                "Reload the record (F5) to see their change, then make yours again.",
            ),
        )
        return True
    except IntegrityError as exc:
        log.info("refused by the database (%s): %s", about(exc), driver_message(exc))
        ErrorDialog.ask(
            parent,
            title,
            QCoreApplication.translate(
                "actions",
                "The database refused the change because it would break a rule that keeps the data "
                "consistent. Nothing was saved.",
            ),
            str(exc.orig),
        )
        return True
    except DBAPIError as exc:
        if is_permission_refusal(exc):
            log.info("refused by the server's access rules (%s)", about(exc))
            ErrorDialog.ask(
                parent,
                title,
                QCoreApplication.translate(
                    "actions",
                    "The server does not let you make this change: your access does not include "
                    "it (for example, you may only read, or the record is confidential). Nothing "
                    "was saved. An administrator can change your access.",
                ),
                driver_message(exc),
            )
            return True
        log.error("database failure (%s): %s", about(exc), driver_message(exc))
        plain = describe_write_failure(exc)
        if plain is not None:
            ErrorDialog.ask(parent, title, plain, str(exc.orig))
            return True
        ErrorDialog.ask(
            parent,
            title,
            QCoreApplication.translate(
                "actions",
                "The database could not be reached or refused the change. Nothing was saved. "
                "Check the connection and try again.",
            ),
            str(exc.orig),
        )
        return True
    except Exception:
        return False


def driver_message(exc: DBAPIError) -> str:
    """What the database said, for the log: its error class and first line, never the values
    (a PostgreSQL DETAIL line quotes them; statements are logged without their parameters)."""
    orig = getattr(exc, "orig", exc)
    first = str(orig).strip().splitlines()[0] if str(orig).strip() else ""
    return f"{type(orig).__name__}: {first}"


def about(exc: BaseException) -> str:
    """Which records a failed write touched, by kind and id (set by `Database.writing`)."""
    return getattr(exc, "records", None) or "records unknown"


def read(ctx: AppContext, work: Callable[[Session], T]) -> T:
    """Run a read-only query in a short session of its own."""
    with ctx.database.factory() as session:
        return work(session)


def show_status(widget: QWidget, text: str, milliseconds: int) -> None:
    """A message in the main window's status bar, from a page in the window or in a dialog
    over it (a dialog has no status bar of its own)."""
    window: QWidget | None = widget.window()
    while window is not None and not hasattr(window, "statusBar"):
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    if window is not None:
        window.statusBar().showMessage(text, milliseconds)
