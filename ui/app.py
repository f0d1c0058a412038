"""Start-up in a fixed order: settings and log, the database, then Qt and the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

# The core first: SQLAlchemy, the models and the lists the first page reads. Every module
# imported once Qt is loaded is also read by PySide6's import hook (its source searched for
# Qt's feature switches), which costs start-up a tenth of a second for nothing.
from cityapp import APP_NAME, APP_SLUG, ORG_NAME, __version__, logs, paths, startup
from cityapp.db import open_database
from cityapp.errors import UserError
from cityapp.services import lists as _lists  # noqa: F401

# isort: split
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui import language
from ui.context import AppContext
from ui.dialogs.messages import ErrorDialog
from ui.errors import install_exception_hook
from ui.i18n import translated
from ui.main_window import MainWindow

ICON = Path(__file__).resolve().parents[1] / "resources" / "icon.png"


def parse_args(argv: Sequence[str] | None) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="cityapp", add_help=False)
    parser.add_argument("--db", default=None)
    parser.add_argument("--officer", default=None)
    parser.add_argument("--lang", default=None, choices=sorted(language.LANGUAGES))
    return parser.parse_known_args(list(argv) if argv is not None else [])


def _application(qt_args: list[str], lang: str | None = None) -> QApplication:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_SLUG)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "cityapp", *qt_args])
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(ICON)))
    language.install(app, language.resolve(lang))
    return app  # type: ignore[return-value]


def offer_restore(target: str, actor: str | None, failure: UserError):
    """The database will not open: name its newest backup and offer to put it back."""
    from pathlib import Path

    from cityapp.db import check_backup_is_ours, is_url
    from cityapp.sqlite_files import backups_of, restore_backup
    from ui.dialogs.messages import ConfirmDialog

    title = QCoreApplication.translate("app", "Cannot open the database")
    backups = [] if is_url(target) else backups_of(Path(target))
    if not backups:
        ErrorDialog.ask(None, title, translated(failure))
        return None
    newest = backups[0]
    question = QCoreApplication.translate(
        "app",
        "{error}\n\nThe newest backup of this file, {name}, was made on {when}. Restore it? "
        "The file as it is now is kept beside it.",
    ).format(error=failure, name=newest.path.name, when=f"{newest.made:%Y-%m-%d %H:%M}")
    if not ConfirmDialog.ask(None, title, question):
        return None
    try:
        restore_backup(Path(target), newest.path, check=check_backup_is_ours)
        return open_database(target, actor=actor)
    except UserError as exc:
        ErrorDialog.ask(None, title, translated(exc))
        return None


def run(argv: Sequence[str] | None = None, exec: bool = True) -> int | MainWindow:  # noqa: A002
    """Start the program. With exec=False, return the shown main window without the event loop."""
    args, qt_args = parse_args(argv)
    logs.setup_logging()
    target = args.db or os.environ.get("CITYAPP_DB") or str(paths.default_database_path())
    using_default = not (args.db or os.environ.get("CITYAPP_DB"))
    app = _application(qt_args, args.lang)
    actor = args.officer or os.environ.get("CITYAPP_OFFICER")
    try:
        database = open_database(target, actor=actor)
    except UserError as exc:
        if not exec:
            raise
        database = offer_restore(target, actor, exc)
        if database is None:
            return 1
    ctx = AppContext(database)
    window = MainWindow(ctx)
    window.show()
    QTimer.singleShot(0, startup.settle)  # once the window is painted
    if using_default:
        window.offer_first_start()
    if not exec:
        return window
    install_exception_hook()
    try:
        return app.exec()
    finally:
        ctx.close()
