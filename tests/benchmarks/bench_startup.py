"""Benchmark: from a new process to the main window shown on the large dataset's trips.

    uv run python tests/benchmarks/bench_startup.py [--repeat N]

Each run is a fresh process (offscreen), timed from interpreter start to the
first painted window, the way an officer waits for it.
"""

from __future__ import annotations

import argparse
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from cityapp.demo import create_demo_database

    with tempfile.TemporaryDirectory() as home:
        db_path = Path(home) / "large.sqlite3"
        create_demo_database(db_path, large=True).dispose()
        times = []
        for _ in range(args.repeat):
            started = time.time()
            done = subprocess.run(
                [sys.executable, "-c", CHILD, str(db_path), str(ROOT)],
                capture_output=True,
                text=True,
                env={**__import__("os").environ, "CITYAPP_HOME": home},
            )
            if done.returncode != 0:
                print(done.stderr)
                return 1
            shown, rows = done.stdout.split()
            times.append(float(shown) - started)
        print(
            f"window with {int(rows):,} trips shown: median {statistics.median(times) * 1000:.0f} ms "
            f"over {len(times)} fresh processes (min {min(times) * 1000:.0f} ms)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
