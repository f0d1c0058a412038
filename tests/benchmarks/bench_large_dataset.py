"""Benchmark: building the large synthetic office (target: under 2 minutes).

    uv run python tests/benchmarks/bench_large_dataset.py [--db URL] [--repeat N]

Prints the median wall time and the rows written per table.
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

from cityapp.demo import create_demo_database  # noqa: E402
from cityapp.models import Base  # noqa: E402

TARGET_SECONDS = 120.0


def build_once(target: str) -> tuple[float, dict[str, int]]:
    started = time.perf_counter()
    db = create_demo_database(target, large=True, force=True)
    elapsed = time.perf_counter() - started
    with db.factory() as s:
        counts = {
            name: s.scalar(select(func.count()).select_from(t))
            for name, t in Base.metadata.tables.items()
        }
    db.dispose()
    return elapsed, counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    times = []
    with tempfile.TemporaryDirectory() as folder:
        for i in range(args.repeat):
            elapsed, counts = build_once(str(Path(folder) / f"large-{i}.sqlite3"))
            times.append(elapsed)
            print(f"run {i + 1}: {elapsed:.1f} s")
    median = statistics.median(times)
    print(
        f"large dataset on SQLite: median {median:.1f} s over {len(times)} runs "
        f"(target under {TARGET_SECONDS:.0f} s): {'ok' if median < TARGET_SECONDS else 'TOO SLOW'}"
    )
    print(
        f"rows: {sum(counts.values()):,} in all; "
        + ", ".join(f"{k} {v:,}" for k, v in sorted(counts.items()))
    )
    return 0 if median < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
