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
import main  # the entry point's first lines, as `uv run main.py` starts
from PySide6.QtWidgets import QApplication
from ui.app import run
window = run(["--db", sys.argv[1]], exec=False)
QApplication.processEvents()
window.grab()
print(time.time(), window.pages["trips"].model.rowCount())
"""


# The floors in the same run: a bare PySide6 window with a table, SQLAlchemy's ORM imported and
# one query through it (what any window on a database pays before its own code), and the same
# window with no database layer at all.
_QT = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
"""
_ORM = """
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session
with Session(create_engine("sqlite:///" + sys.argv[1])) as session:
    session.execute(text("SELECT 1")).all()
"""
_WINDOW = """
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1280, 800)
window.show()
QApplication.processEvents()
window.grab()
print(time.time(), 0)
"""
BARE = _QT + _ORM + _WINDOW
QT_ALONE = _QT + _WINDOW


def launch(db_path: Path, home: str, child: str = CHILD) -> tuple[float, int]:
    """One fresh process: seconds from its start to its painted window, and the trips shown."""
    env = {**os.environ, "CITYAPP_HOME": home}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", child, str(db_path), str(ROOT)],
        capture_output=True,
        text=True,
        env=env,
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    shown, count = done.stdout.split()
    return float(shown) - started, int(count)


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
        kinds = [(label, path, CHILD) for label, path in offices]
        kinds.append(("reference", empty, BARE))
        for _label, path, child in kinds:  # writes the compiled modules; not timed
            launch(path, home, child)
        # Taken in turn, so that a slow moment of the machine falls on every kind alike.
        times: dict[str, list[float]] = {label: [] for label, _path, _child in kinds}
        rows: dict[str, int] = {}
        for _ in range(args.repeat):
            for label, path, child in kinds:
                took, rows[label] = launch(path, home, child)
                times[label].append(took)
        results = {label: statistics.median(found) for label, found in times.items()}
        for label, _path, _child in kinds:
            what = (
                "a bare PySide6 window with SQLAlchemy's ORM and one query"
                if label == "reference"
                else f"window with {rows[label]:,} trips shown"
            )
            print(
                f"{label}: {what}, median {results[label] * 1000:.0f} ms over "
                f"{len(times[label])} fresh processes (min {min(times[label]) * 1000:.0f} ms)"
            )
        print(f"large / empty: {results['large office'] / results['empty office']:.2f}")
        if "doubled office" in results:
            print(f"doubled / large: {results['doubled office'] / results['large office']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
