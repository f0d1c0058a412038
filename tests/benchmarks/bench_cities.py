"""Benchmark: a city chosen on the Cities page with its History tab in front, to the painted
window, on the large office.

    uv run python tests/benchmarks/bench_cities.py [--db LARGE.sqlite3] [--repeat N]

Our own city (Tokyo: 21,559 of the 25,000 meetings are there, every trip is "with" it), the
three cities with most meetings after it, and three chosen at random, each selected in turn
from another city, several times; the median and the slowest. Beside them, the raw SQL for
the rows the tab reads of the busiest partner city (its newest page of meetings, trips and
commitments, and the counts the home city's tab gives), as plain SQL on the driver.
Target: every city within 150 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.large_window import large_office_window  # noqa: E402

TARGET_MS = 150


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing large office (default: build one)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with large_office_window(args.db) as (window, app):
        engine = window.ctx.database.engine
        with engine.connect() as conn:
            names = dict(conn.exec_driver_sql("SELECT id, name_en FROM city").fetchall())
            home = conn.exec_driver_sql("SELECT id FROM city WHERE is_home").scalar()
            busiest = [
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT city_id FROM meeting WHERE city_id IS NOT NULL AND city_id <> ?"
                    " GROUP BY city_id ORDER BY count(*) DESC LIMIT 3",
                    (home,),
                )
            ]
        others = random.Random(7).sample(sorted(set(names) - {home, *busiest}), 3)
        chosen = [home, *busiest, *others]
        window.show_page("cities")
        page = window.pages["cities"]
        page.tabs.setCurrentWidget(page.history)
        app.processEvents()
        timings: dict[int, list[float]] = {c: [] for c in chosen}
        park = next(c for c in names if c not in chosen)
        for _ in range(args.repeat):
            for city in chosen:
                page.select_record(park)
                app.processEvents()
                started = time.perf_counter()
                page.select_record(city)
                app.processEvents()
                window.repaint()
                timings[city].append((time.perf_counter() - started) * 1000)
        assert "Our own city" in (page.select_record(home) and page.history.summary.text())

        partner = busiest[0]
        started = time.perf_counter()
        with engine.connect() as conn:
            for sql in (
                "SELECT id, starts_at, zone, title FROM meeting WHERE city_id = ?"
                " ORDER BY starts_at DESC, id DESC LIMIT 201",
                "SELECT id, start_date, title FROM trip WHERE destination_city_id = ?"
                " ORDER BY start_date DESC, id DESC LIMIT 201",
                "SELECT k.id, k.text FROM commitment k JOIN meeting m ON m.id = k.meeting_id"
                " WHERE m.city_id = ? ORDER BY coalesce(k.completed_on, k.due_on) DESC LIMIT 201",
            ):
                conn.exec_driver_sql(sql, (partner,)).fetchall()
            for table in ("trip", "meeting", "commitment", "agreement"):
                conn.exec_driver_sql(f"SELECT count(id) FROM {table}").scalar()
        raw = (time.perf_counter() - started) * 1000

    worst_all = 0.0
    for city, times in timings.items():
        label = names[city] + (" (our own city)" if city == home else "")
        worst_all = max(worst_all, max(times))
        print(
            f"{label:<32} median {statistics.median(times):6.1f} ms, slowest {max(times):6.1f} ms"
        )
    print(f"raw SQL for the same rows (busiest partner, and the home city's counts): {raw:.1f} ms")
    ok = worst_all <= TARGET_MS
    print(f"every city within {TARGET_MS} ms: {'ok' if ok else 'TOO SLOW'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
