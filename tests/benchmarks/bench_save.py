"""Benchmark: one save as an officer makes it, on the large office, to the painted window.

    uv run python tests/benchmarks/bench_save.py [--db LARGE.sqlite3] [--repeat N]

The Meetings page is on screen with a meeting selected; its venue is changed and saved
(Ctrl+S): the write with its version check, audit trail and search index, then every page
reading its list again and the shown page its record and pickers, until the window is
painted. Beside it, the raw SQL UPDATE of the same column for the same row.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing large office (default: build one)")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from cityapp.demo import create_demo_database

    with tempfile.TemporaryDirectory() as folder:
        os.environ["CITYAPP_HOME"] = folder
        path = args.db or str(Path(folder) / "large.sqlite3")
        if not args.db:
            create_demo_database(path, large=True).dispose()
        from ui.app import run

        window = run(["--db", path], exec=False)
        window.resize(1300, 850)
        window.show_page("meetings")
        page = window.pages["meetings"]
        page.table.selectRow(3)
        QApplication.processEvents()
        venue = page.form.inputs["venue"]
        times = []
        for n in range(args.repeat):
            venue.edit.setText(f"Hall {n}")
            started = time.perf_counter()
            assert page.save()
            QApplication.processEvents()
            window.repaint()
            times.append((time.perf_counter() - started) * 1000)
        record_id = page.current_id
        raw = []
        engine = window.ctx.database.engine
        for n in range(args.repeat):
            started = time.perf_counter()
            with engine.begin() as conn:
                conn.exec_driver_sql(
                    "UPDATE meeting SET venue = ? WHERE id = ?", (f"Room {n}", record_id)
                )
            raw.append((time.perf_counter() - started) * 1000)
        window.ctx.close()
    print(
        f"save on the Meetings page (large office, to the painted window): median "
        f"{statistics.median(times):.0f} ms, max {max(times):.0f} ms; "
        f"raw SQL UPDATE of the same row: median {statistics.median(raw):.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
