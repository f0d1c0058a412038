"""Benchmark: the first visit to each page on the large office, to the painted window.

    uv run python tests/benchmarks/bench_pages.py [--db LARGE.sqlite3]

The window opens on the Trips page; every other page is then shown for the first time
(its list read, its first record and its shown tab loaded) and timed until painted; then
a second visit. Beside each, the raw SQL that reads the page's sorted ids.

Two kinds of window: in the first, every page is visited at once (each is built on its
visit); in the second, the officer reads the Trips page for two seconds first, while the
window builds the other pages and works out the Dashboard's figures. Each is opened
`--repeat` times (a new window each time); the median and the slowest are printed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.large_window import large_office_window  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing large office (default: build one)")
    parser.add_argument("--repeat", type=int, default=5, help="windows of each kind")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db
        if db is None:  # one large office for both windows
            from cityapp.demo import create_demo_database

            db = str(Path(folder) / "large.sqlite3")
            create_demo_database(db, large=True).dispose()
        for idle in (0.0, 2.0):
            print("visited at once" if not idle else f"after {idle:.0f} s on the Trips page")
            runs = [visit_every_page(db, idle) for _ in range(args.repeat)]
            for key in runs[0]:
                first = [run[key][0] for run in runs]
                second = [run[key][1] for run in runs]
                raw = [run[key][2] for run in runs if run[key][2] is not None]
                line = (
                    f"  {key:13s} first visit median {statistics.median(first):5.0f} ms "
                    f"(slowest {max(first):4.0f}), second {statistics.median(second):4.0f} ms"
                )
                if raw:
                    line += f"; raw SQL for its sorted ids {statistics.median(raw):.0f} ms"
                print(line)
    return 0


def visit_every_page(db: str | None, idle: float) -> dict[str, tuple[float, float, float | None]]:
    """Each page's first and second visit, and its raw SQL, in milliseconds."""
    from cityapp.services.lists import ids_statement

    found: dict[str, tuple[float, float, float | None]] = {}

    with large_office_window(db, settled=idle) as (window, app):
        engine = window.ctx.database.engine
        for key in (
            "dashboard",
            "cities",
            "counterparts",
            "meetings",
            "commitments",
            "networks",
            "staff",
            "reports",
        ):
            times = []
            for _visit in range(2):
                window.show_page("trips")
                app.processEvents()
                started = time.perf_counter()
                window.show_page(key)
                app.processEvents()
                window.repaint()
                times.append((time.perf_counter() - started) * 1000)
            page = window.pages[key]
            raw = None
            if hasattr(page, "spec"):
                sql = str(
                    ids_statement(page.spec, **page._query_args()).compile(
                        engine, compile_kwargs={"literal_binds": True}
                    )
                )
                started = time.perf_counter()
                with engine.connect() as conn:
                    conn.exec_driver_sql(sql).fetchall()
                raw = (time.perf_counter() - started) * 1000
            found[key] = (times[0], times[1], raw)
    return found


if __name__ == "__main__":
    sys.exit(main())
