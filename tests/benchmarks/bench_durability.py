"""Benchmark: what a durable commit costs an officer's save (synchronous=FULL against NORMAL).

    uv run python tests/benchmarks/bench_durability.py [--saves N]

Each save is the program's own path: one record edited through `update_record` in one
write transaction (`Database.writing`, with the audit trail and the search index), on the
demo office, in WAL mode. Printed: the median and 95th percentile per save for each setting.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def measure(path: Path, synchronous: str, saves: int) -> list[float]:
    from cityapp import db as dbmodule
    from cityapp.models import City
    from cityapp.services.records import update_record

    dbmodule.SQLITE_SYNCHRONOUS = synchronous
    database = dbmodule.open_database(path, actor="bench")
    try:
        with database.factory() as s:
            city = s.query(City).order_by(City.id).first()
            city_id, version = city.id, city.version
        timings = []
        for n in range(saves):
            started = time.perf_counter()
            with database.writing() as s:
                obj = update_record(s, City, city_id, {"notes": f"save {synchronous} {n}"}, version)
                version = obj.version
            timings.append(time.perf_counter() - started)
        return timings
    finally:
        database.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--saves", type=int, default=200)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from cityapp.demo import create_demo_database

    with tempfile.TemporaryDirectory() as folder:
        for synchronous in ("NORMAL", "FULL", "NORMAL", "FULL"):
            path = Path(folder) / f"office-{synchronous}.sqlite3"
            if not path.exists():
                create_demo_database(path).dispose()
            timings = sorted(measure(path, synchronous, args.saves))
            median = statistics.median(timings) * 1000
            p95 = timings[int(len(timings) * 0.95)] * 1000
            print(f"synchronous={synchronous:6} save median {median:.2f} ms  p95 {p95:.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
