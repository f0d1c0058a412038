"""Start-up in a fixed order: settings and log, the database, then Qt and the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from cityapp import APP_NAME, APP_SLUG, ORG_NAME, __version__, logs, paths
from cityapp.db import open_database
from cityapp.errors import UserError
from ui.context import AppContext
from ui.dialogs.messages import ErrorDialog
from ui.errors import install_exception_hook
from ui.main_window import MainWindow

RESOURCES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources")


def parse_args(argv: Sequence[str] | None) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="cityapp", add_help=False)
    parser.add_argument("--db", default=None)
    parser.add_argument("--officer", default=None)
    return parser.parse_known_args(list(argv) if argv is not None else [])


def _application(qt_args: list[str]) -> QApplication:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_SLUG)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "cityapp", *qt_args])
    app.setApplicationDisplayName(APP_NAME)
    translator = QTranslator(app)
    if translator.load(QLocale(), "cityapp", "_", os.path.join(RESOURCES, "translations")):
        app.installTranslator(translator)
    return app  # type: ignore[return-value]


def run(argv: Sequence[str] | None = None, exec: bool = True) -> int | MainWindow:  # noqa: A002
    """Start the program. With exec=False, return the shown main window without the event loop."""
    args, qt_args = parse_args(argv)
    logs.setup_logging()
    target = args.db or os.environ.get("CITYAPP_DB") or str(paths.default_database_path())
    using_default = not (args.db or os.environ.get("CITYAPP_DB"))
    app = _application(qt_args)
    try:
        database = open_database(target, actor=args.officer or os.environ.get("CITYAPP_OFFICER"))
    except UserError as exc:
        if not exec:
            raise
        ErrorDialog.ask(
            None, QCoreApplication.translate("app", "Cannot open the database"), str(exc)
        )
        return 1
    ctx = AppContext(database)
    window = MainWindow(ctx)
    window.show()
    if using_default:
        window.offer_first_start()
    if not exec:
        return window
    install_exception_hook()
    try:
        return app.exec()
    finally:
        ctx.close()
