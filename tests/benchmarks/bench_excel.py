"""Benchmarks for the Excel hand-offs on the large office.

    uv run python tests/benchmarks/bench_excel.py [--db PATH]

1. The briefing for the trip with the most itinerary items (target: under 1 s).
2. All 25,000 meetings exported, side by side with openpyxl's write-only mode writing the
   same cells from the same query (target: our export at least 80% of its speed).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from openpyxl import Workbook  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from cityapp.db import open_database  # noqa: E402
from cityapp.demo import create_demo_database  # noqa: E402
from cityapp.excel.briefing import BriefingOptions, export_briefing  # noqa: E402
from cityapp.excel.meetings_export import export_meetings, meeting_rows  # noqa: E402
from cityapp.models import ItineraryItem  # noqa: E402


def baseline(session, target: Path) -> int:
    """openpyxl write-only mode writing the same values, plainly."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Meetings")
    n = 0
    for values in meeting_rows(session):
        ws.append(list(values))
        n += 1
    wb.save(target)
    return n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing large office (default: build one)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        path = args.db or str(work / "large.sqlite3")
        if args.db is None:
            create_demo_database(path, large=True).dispose()
        db = open_database(path)
        try:
            with db.factory() as s:
                trip_id = s.scalar(
                    select(ItineraryItem.trip_id)
                    .group_by(ItineraryItem.trip_id)
                    .order_by(func.count().desc())
                    .limit(1)
                )
            briefing = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                with db.factory() as s:
                    export_briefing(
                        s,
                        trip_id,
                        work / "briefing.xlsx",
                        BriefingOptions(include_confidential=True),
                    )
                briefing.append(time.perf_counter() - started)
            ours, plain = [], []
            for _ in range(args.repeat):
                with db.factory() as s:
                    started = time.perf_counter()
                    n = export_meetings(s, work / "ours.xlsx", include_confidential=True)
                    ours.append(time.perf_counter() - started)
                with db.factory() as s:
                    started = time.perf_counter()
                    baseline(s, work / "plain.xlsx")
                    plain.append(time.perf_counter() - started)
        finally:
            db.dispose()
    b, o, p = statistics.median(briefing), statistics.median(ours), statistics.median(plain)
    ratio = p / o
    print(
        f"briefing of the largest trip: median {b * 1000:.0f} ms (target under 1000 ms): "
        f"{'ok' if b < 1 else 'TOO SLOW'}"
    )
    print(
        f"all {n:,} meetings: ours {o:.2f} s, openpyxl write-only {p:.2f} s -> {ratio:.0%} of its speed "
        f"(target at least 80%): {'ok' if ratio >= 0.8 else 'TOO SLOW'}"
    )
    return 0 if b < 1 and ratio >= 0.8 else 1


if __name__ == "__main__":
    sys.exit(main())
