"""Benchmark: one keystroke's global search on the large office (goal: median under 5 ms,
none over 16 ms), beside the raw SQL a table scan takes for the same query.

    uv run python tests/benchmarks/bench_search.py [--db PATH]

Types a set of queries letter by letter, as an officer would, and times each
search of the growing prefix (the popup runs one per keystroke after the debounce).
Beside it, the same prefixes as one LIKE over the whole index table in plain sqlite3:
what every keystroke cost before the trigram index.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cityapp.db import open_database  # noqa: E402
from cityapp.demo import create_demo_database  # noqa: E402
from cityapp.search import fold, search  # noqa: E402

MEDIAN_MS = 5.0
WORST_MS = 16.0
WORDS = [
    "tokyo",
    "москва",
    "東京",
    "seoul",
    "서울",
    "kari",
    "visit",
    "talks",
    "λοκα",
    "北京",
    "mission 2019",
]


def prefixes() -> list[str]:
    return [word[:end] for word in WORDS for end in range(1, len(word) + 1)]


def measure_scan(db_path: str) -> list[float]:
    """The same prefixes as a LIKE over every entry (limit as the search's), in plain sqlite3."""
    conn = sqlite3.connect(db_path)
    times = []
    try:
        for prefix in prefixes():
            started = time.perf_counter()
            conn.execute(
                "SELECT kind, ref_id, label FROM search_entry WHERE text LIKE ? LIMIT 200",
                (f"%{fold(prefix)}%",),
            ).fetchall()
            times.append((time.perf_counter() - started) * 1000)
    finally:
        conn.close()
    return times


def measure(db_path: str) -> list[float]:
    db = open_database(db_path)
    times = []
    try:
        with db.factory() as session:
            search(session, "warm up")
            for prefix in prefixes():
                started = time.perf_counter()
                search(session, prefix)
                times.append((time.perf_counter() - started) * 1000)
    finally:
        db.dispose()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing large office (default: build one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db
        if path is None:
            path = str(Path(folder) / "large.sqlite3")
            create_demo_database(path, large=True).dispose()
        times = measure(path)
        scan = measure_scan(path)
    median, worst = statistics.median(times), max(times)
    ok = median < MEDIAN_MS and worst < WORST_MS
    print(
        f"global search on the large office: {len(times)} keystrokes, median {median:.1f} ms, "
        f"90th percentile {statistics.quantiles(times, n=10)[-1]:.1f} ms, max {worst:.1f} ms "
        f"(goal: median under {MEDIAN_MS:.0f} ms, none over {WORST_MS:.0f} ms): "
        f"{'ok' if ok else 'TOO SLOW'}"
    )
    print(
        f"  raw SQL, a LIKE over every entry for the same prefixes: median "
        f"{statistics.median(scan):.1f} ms, max {max(scan):.1f} ms"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
