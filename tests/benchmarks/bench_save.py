"""Benchmark: one save as an officer makes it, on the large office, to the painted window.

    uv run python tests/benchmarks/bench_save.py [--db LARGE.sqlite3] [--repeat N]

The Meetings page is on screen with a meeting selected; its venue is changed and saved
(Ctrl+S): the write with its version check, audit trail and search index, then every page
reading its list again and the shown page its record and pickers, until the window is
painted. Beside it, the raw SQL UPDATE of the same column for the same row.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.large_window import large_office_window  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing large office (default: build one)")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    with large_office_window(args.db) as (window, app):
        window.show_page("meetings")
        page = window.pages["meetings"]
        page.table.selectRow(3)
        app.processEvents()
        venue = page.form.inputs["venue"]
        times = []
        for n in range(args.repeat):
            venue.edit.setText(f"Hall {n}")
            started = time.perf_counter()
            assert page.save()
            app.processEvents()
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
    print(
        f"save on the Meetings page (large office, to the painted window): median "
        f"{statistics.median(times):.0f} ms, max {max(times):.0f} ms; "
        f"raw SQL UPDATE of the same row: median {statistics.median(raw):.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
