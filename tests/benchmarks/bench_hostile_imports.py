"""Benchmark: hostile and huge workbooks end quickly, in bounded memory, with nothing written.

    uv run python tests/benchmarks/bench_hostile_imports.py

Each file is imported through the command line's own path (`import counterparts FILE`)
in a new process, on an empty office; printed: the file's size, the wall time to the answer,
the process's peak memory, and the answer. Beside it, the same for a legitimate list of
50,000 counterparts (the row limit) checked with --dry-run.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PROBE = """
import resource, sys
from cityapp.cli import main
code = main(sys.argv[1:])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"PEAK {peak:.0f}", file=sys.stderr)
sys.exit(code)
"""


def run(db: Path, path: Path, *extra: str) -> tuple[float, str, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "import", "counterparts", str(path), "--db", str(db), *extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    elapsed = time.perf_counter() - started
    peak = next(
        (line.split()[1] for line in done.stderr.splitlines() if line.startswith("PEAK")), "?"
    )
    answer = next(
        (line for line in done.stderr.splitlines() if line.startswith("error:")),
        done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "",
    )
    return elapsed, peak, answer[:110]


def main() -> int:
    from cityapp.db import open_database
    from tests.hostile_files import claimed_giant, many_rows

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        db = folder / "office.sqlite3"
        open_database(str(db), actor="bench").dispose()
        files = [
            (
                "1.6 KB claiming 1,048,576 x 16,384",
                claimed_giant(folder / "giant.xlsx"),
                ["--dry-run"],
            ),
            ("the same without a header row", claimed_giant(folder / "headless.xlsx", False), []),
            ("1,000,000 rows", many_rows(folder / "million.xlsx", 1_000_000), []),
            (
                "50,000 rows (the limit), dry run",
                many_rows(folder / "limit.xlsx", 50_000),
                ["--dry-run"],
            ),
        ]
        print(f"{'file':38} {'size':>10} {'time':>8} {'peak MB':>8}  answer")
        for label, path, extra in files:
            elapsed, peak, answer = run(db, path, *extra)
            size = path.stat().st_size
            print(f"{label:38} {size:>10,} {elapsed:>7.1f}s {peak:>8}  {answer}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
