"""Benchmark: the first visit to each page on the large office, to the painted window.

    uv run python tests/benchmarks/bench_pages.py [--db LARGE.sqlite3]

The window opens on the Trips page; every other page is then shown for the first time
(its list read, its first record and its shown tab loaded) and timed until painted; then
a second visit. Beside each, the raw SQL that reads the page's sorted ids.

Two windows: in the first, every page is visited at once (each is built on its visit);
in the second, the officer reads the Trips page for two seconds first, while the window
builds the other pages and works out the Dashboard's figures.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.large_window import large_office_window  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing large office (default: build one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db
        if db is None:  # one large office for both windows
            from cityapp.demo import create_demo_database

            db = str(Path(folder) / "large.sqlite3")
            create_demo_database(db, large=True).dispose()
        for idle in (0.0, 2.0):
            print("visited at once" if not idle else f"after {idle:.0f} s on the Trips page")
            visit_every_page(db, idle)
    return 0


def visit_every_page(db: str | None, idle: float) -> None:
    from cityapp.services.lists import ids_statement

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
            raw = ""
            if hasattr(page, "spec"):
                sql = str(
                    ids_statement(page.spec, **page._query_args()).compile(
                        engine, compile_kwargs={"literal_binds": True}
                    )
                )
                started = time.perf_counter()
                with engine.connect() as conn:
                    conn.exec_driver_sql(sql).fetchall()
                raw = (
                    f"; raw SQL for its sorted ids {(time.perf_counter() - started) * 1000:.0f} ms"
                )
            print(f"  {key:13s} first visit {times[0]:5.0f} ms, second {times[1]:5.0f} ms{raw}")


if __name__ == "__main__":
    sys.exit(main())
