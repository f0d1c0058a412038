"""Benchmark: opening, sorting and filtering the record lists on the large office.

    uv run python tests/benchmarks/bench_lists.py [--db PATH]

Each step is what a page does on the main thread: count the rows and fetch
the first page (200 rows), sorted and filtered in SQL. The window must not
freeze, so each should take a small fraction of a second.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cityapp.db import open_database  # noqa: E402
from cityapp.demo import create_demo_database  # noqa: E402
from cityapp.services import lists  # noqa: E402

REPEAT = 7
CASES = [
    ("counterparts: open", lists.COUNTERPARTS, {"flags": {"current_only": date(2026, 11, 27)}}),
    (
        "counterparts: sort by organization, descending",
        lists.COUNTERPARTS,
        {"order": "organization", "descending": True},
    ),
    ("counterparts: filter 'ka'", lists.COUNTERPARTS, {"text": "ka"}),
    ("counterparts: filter 'москва'", lists.COUNTERPARTS, {"text": "москва"}),
    ("cities: open", lists.CITIES, {}),
    ("cities: sort by agreements", lists.CITIES, {"order": "agreements", "descending": True}),
    ("staff: open", lists.STAFF, {"flags": {"active_only": True}}),
    ("networks: open", lists.NETWORKS, {}),
]


def time_case(session, spec, args) -> float:
    started = time.perf_counter()
    flags = args.get("flags")
    lists.count_rows(session, spec, text=args.get("text"), flags=flags)
    lists.fetch_rows(session, spec, **args)
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing large office (default: build one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or str(Path(folder) / "large.sqlite3")
        if args.db is None:
            create_demo_database(path, large=True).dispose()
        db = open_database(path)
        try:
            with db.factory() as session:
                for label, spec, case in CASES:
                    times = [time_case(session, spec, case) for _ in range(REPEAT)]
                    print(
                        f"{label:50s} median {statistics.median(times):6.1f} ms  max {max(times):6.1f} ms"
                    )
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
