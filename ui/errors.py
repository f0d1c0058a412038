"""Unexpected failures: written to the log file, shown in a dialog, and the program goes on."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from cityapp import logs
from ui.dialogs.messages import ErrorDialog

log = logging.getLogger("cityapp.ui")


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Log an unhandled exception and tell the user in plain words."""
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    log.error("unhandled exception", exc_info=(exc_type, exc, tb))
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    message = QCoreApplication.translate(
        "errors",
        "Something went wrong inside the program: {what}.\n\n"
        "Your saved data is safe: every change is stored as one complete step, "
        "and an interrupted step is undone. The program keeps running.\n\n"
        "The details were written to {log}. If it happens again, send that file to your support desk.",
    ).format(what=f"{exc_type.__name__}: {exc}"[:300], log=logs.log_file())
    try:
        ErrorDialog.ask(
            QApplication.activeWindow(),
            QCoreApplication.translate("errors", "Unexpected error"),
            message,
            details,
        )
    except Exception:  # never let the handler itself take the program down
        log.exception("could not show the error dialog")


def install_exception_hook() -> None:
    sys.excepthook = handle_exception
