"""Benchmark: one keystroke's global search on the large office (target: median under 50 ms).

    uv run python tests/benchmarks/bench_search.py [--db PATH]

Types a set of queries letter by letter, as an officer would, and times each
search of the growing prefix (the popup runs one per keystroke after the debounce).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cityapp.db import open_database  # noqa: E402
from cityapp.demo import create_demo_database  # noqa: E402
from cityapp.search import search  # noqa: E402

TARGET_MS = 50.0
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


def measure(db_path: str) -> list[float]:
    db = open_database(db_path)
    times = []
    try:
        with db.factory() as session:
            search(session, "warm up")
            for word in WORDS:
                for end in range(1, len(word) + 1):
                    started = time.perf_counter()
                    search(session, word[:end])
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
    median = statistics.median(times)
    print(
        f"global search on the large office: {len(times)} keystrokes, median {median:.1f} ms, "
        f"90th percentile {statistics.quantiles(times, n=10)[-1]:.1f} ms, max {max(times):.1f} ms "
        f"(target median under {TARGET_MS:.0f} ms): {'ok' if median < TARGET_MS else 'TOO SLOW'}"
    )
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
