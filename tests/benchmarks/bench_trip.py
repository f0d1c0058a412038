"""Benchmark: opening the largest trip (200 itinerary items) with its conflicts computed.

    uv run python tests/benchmarks/bench_trip.py [--db PATH]

Target: under 100 ms (median), measured as the planner does it: load the
trip with its items, delegation and meetings, then run every conflict rule.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import func, select  # noqa: E402

from cityapp.db import open_database  # noqa: E402
from cityapp.demo import create_demo_database  # noqa: E402
from cityapp.models import ItineraryItem  # noqa: E402
from cityapp.services.conflicts import check_trip  # noqa: E402
from cityapp.services.itinerary import day_by_day, load_trip  # noqa: E402

TARGET_MS = 100.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing large office (default: build one)")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or str(Path(folder) / "large.sqlite3")
        if args.db is None:
            create_demo_database(path, large=True).dispose()
        db = open_database(path)
        try:
            with db.factory() as s:
                trip_id, items = s.execute(
                    select(ItineraryItem.trip_id, func.count())
                    .group_by(ItineraryItem.trip_id)
                    .order_by(func.count().desc())
                    .limit(1)
                ).one()
            times, warnings = [], 0
            for _ in range(args.repeat):
                started = time.perf_counter()
                with db.factory() as s:
                    trip = load_trip(s, trip_id)
                    warnings = len(check_trip(s, trip_id))
                    day_by_day(trip.itinerary)
                times.append((time.perf_counter() - started) * 1000)
        finally:
            db.dispose()
    median = statistics.median(times)
    print(
        f"largest trip ({items} items, {warnings} warnings): open + conflicts + day view median "
        f"{median:.1f} ms, max {max(times):.1f} ms (target under {TARGET_MS:.0f} ms): "
        f"{'ok' if median < TARGET_MS else 'TOO SLOW'}"
    )
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
