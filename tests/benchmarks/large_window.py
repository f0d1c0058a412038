"""The program's window on the large office, as the window benchmarks measure it."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def settle(app, seconds: float) -> None:
    """Let the window work as it does while an officer reads the first page: it builds the
    other pages and works out the Dashboard's figures when idle."""
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.01)


@contextlib.contextmanager
def large_office_window(db: str | None, *, settled: float = 3.0) -> Iterator[tuple]:
    """(window, app): the window shown on `db`, or on a large office built in a temporary
    folder, after `settled` seconds of the window's idle work (none with 0)."""
    from PySide6.QtWidgets import QApplication

    from cityapp.demo import create_demo_database

    with tempfile.TemporaryDirectory() as folder:
        os.environ["CITYAPP_HOME"] = folder
        path = db or str(Path(folder) / "large.sqlite3")
        if not db:
            create_demo_database(path, large=True).dispose()
        from ui.app import run

        window = run(["--db", path], exec=False)
        window.resize(1300, 850)
        window.show()
        app = QApplication.instance()
        app.processEvents()
        settle(app, settled)
        try:
            yield window, app
        finally:
            window.ctx.close()
