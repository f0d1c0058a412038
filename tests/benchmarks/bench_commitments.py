"""Benchmark: the Commitments page opening and filtering on the large office (target under 200 ms).

    uv run python tests/benchmarks/bench_commitments.py [--db PATH]

Each step is what the page does when it opens or a filter changes: count the
rows and fetch the first page (80,000 commitments behind it). Beside it, the same two
statements run as plain SQL through the driver.
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

from sqlalchemy import func, select  # noqa: E402

from cityapp.db import open_database  # noqa: E402
from cityapp.demo import create_demo_database  # noqa: E402
from cityapp.models import CommitmentStatus, OwnerSide  # noqa: E402
from cityapp.services import lists  # noqa: E402

TARGET_MS = 200.0
TODAY = date(2026, 11, 27)
CASES = [
    ("open the page", {}),
    ("overdue only", {"flags": {"overdue_on": TODAY}}),
    ("open only, ours", {"flags": {"open_only": True, "owner_side": OwnerSide.OURS}}),
    ("status done, objective 2", {"flags": {"status": CommitmentStatus.DONE, "objective": 2}}),
    ("city 17, due before 2020", {"flags": {"city": 17, "due_before": date(2020, 1, 1)}}),
    ("counterpart 42", {"flags": {"counterpart": 42}}),
    ("text 'materials'", {"text": "materials"}),
    ("text 'ka'", {"text": "ka"}),
    ("text 'action 7123' (11 rows)", {"text": "action 7123"}),
    ("text 'zzq' (none)", {"text": "zzq"}),
    ("sorted by city, descending", {"order": "city", "descending": True}),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing large office (default: build one)")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    medians = []
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or str(Path(folder) / "large.sqlite3")
        if args.db is None:
            create_demo_database(path, large=True).dispose()
        db = open_database(path)
        try:
            with db.factory() as s:
                for label, case in CASES:
                    times = []
                    for _ in range(args.repeat):
                        started = time.perf_counter()
                        lists.count_rows(
                            s, lists.COMMITMENTS, text=case.get("text"), flags=case.get("flags")
                        )
                        lists.fetch_rows(s, lists.COMMITMENTS, **case)
                        times.append((time.perf_counter() - started) * 1000)
                    medians.append(statistics.median(times))
                    raw = statistics.median(raw_sql(s, case) for _ in range(args.repeat))
                    print(f"{label:35s} median {medians[-1]:6.1f} ms; plain SQL {raw:6.1f} ms")
        finally:
            db.dispose()
    worst = max(medians)
    print(
        f"commitments page (80,000): slowest median {worst:.1f} ms (target under {TARGET_MS:.0f} ms): "
        f"{'ok' if worst < TARGET_MS else 'TOO SLOW'}"
    )
    return 0 if worst < TARGET_MS else 1


def raw_sql(session, case: dict) -> float:
    """The count and the first page, compiled as the service runs them, through the driver."""
    spec, text, flags = lists.COMMITMENTS, case.get("text"), case.get("flags")
    indexed = lists.uses_trigrams(session, text)
    column = spec.column(case.get("order") or spec.default_order).expr
    desc = case.get("descending", spec.descending)
    ids = lists.ids_statement(spec, text=text, flags=flags, indexed=indexed).order_by(None)
    count = select(func.count()).select_from(ids.subquery())
    page = (
        spec.query(text, flags, indexed=indexed)
        .order_by(column.desc() if desc else column.asc(), spec.id_column)
        .limit(lists.PAGE_SIZE)
    )
    conn = session.connection()
    sql = [str(q.compile(conn, compile_kwargs={"literal_binds": True})) for q in (count, page)]
    started = time.perf_counter()
    for statement in sql:
        conn.exec_driver_sql(statement).fetchall()
    return (time.perf_counter() - started) * 1000


if __name__ == "__main__":
    sys.exit(main())
