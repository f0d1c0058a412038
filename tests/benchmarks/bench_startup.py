"""Benchmark: from a new process to the main window shown, on an empty office and the large one.

    uv run python tests/benchmarks/bench_startup.py [--repeat N] [--db LARGE.sqlite3]
        [--doubled DOUBLED.sqlite3 | --no-doubled]

Each run is a fresh process (offscreen), timed from interpreter start to the
first painted window (the Trips page), the way an officer waits for it. The
ratio of the large office to the empty one says whether start-up grows with the data, and
an office twice as large again (every kind of record doubled) whether it keeps growing.
As on an officer's machine, Python keeps the compiled modules it has once written
(a first, untimed run writes them even where PYTHONDONTWRITEBYTECODE is set).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, sys.argv[2])
from PySide6.QtWidgets import QApplication
from ui.app import run
window = run(["--db", sys.argv[1]], exec=False)
QApplication.processEvents()
window.grab()
print(time.time(), window.pages["trips"].model.rowCount())
"""


def measure(db_path: Path, home: str, repeat: int) -> tuple[list[float], int]:
    times, rows = [], 0
    env = {**os.environ, "CITYAPP_HOME": home}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for run in range(repeat + 1):  # the first run writes the compiled modules and is not timed
        started = time.time()
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(db_path), str(ROOT)],
            capture_output=True,
            text=True,
            env=env,
        )
        if done.returncode != 0:
            raise SystemExit(done.stderr)
        shown, count = done.stdout.split()
        if run:
            times.append(float(shown) - started)
        rows = int(count)
    return times, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", help="an existing large office (default: build one)")
    parser.add_argument("--doubled", help="an existing office twice as large (default: build one)")
    parser.add_argument("--no-doubled", action="store_true", help="skip the doubled office")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from dataclasses import fields, replace

    from cityapp.db import open_database
    from cityapp.demo import create_demo_database
    from cityapp.demo.large import FULL

    with tempfile.TemporaryDirectory() as home:
        empty = Path(home) / "empty.sqlite3"
        open_database(str(empty), actor="bench").dispose()
        large = Path(args.db) if args.db else Path(home) / "large.sqlite3"
        if not args.db:
            create_demo_database(large, large=True).dispose()
        offices = [("empty office", empty), ("large office", large)]
        if not args.no_doubled:
            doubled = Path(args.doubled) if args.doubled else Path(home) / "doubled.sqlite3"
            if not doubled.exists():
                twice = {f.name: getattr(FULL, f.name) * 2 for f in fields(FULL)}
                twice["largest_trip_items"] = FULL.largest_trip_items
                create_demo_database(doubled, large=True, sizes=replace(FULL, **twice)).dispose()
            offices.append(("doubled office", doubled))
        results = {}
        for label, path in offices:
            times, rows = measure(path, home, args.repeat)
            results[label] = statistics.median(times)
            print(
                f"{label}: window with {rows:,} trips shown, median "
                f"{results[label] * 1000:.0f} ms over {len(times)} fresh processes "
                f"(min {min(times) * 1000:.0f} ms)"
            )
        print(f"large / empty: {results['large office'] / results['empty office']:.2f}")
        if "doubled office" in results:
            print(f"doubled / large: {results['doubled office'] / results['large office']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
