"""Benchmark: the program against the folder of Excel files it replaces, on the large office.

    uv run python tests/benchmarks/bench_excel_folder.py [--db LARGE.sqlite3] [--repeat N]

The Excel folder: the office's meetings (25,000) and commitments (80,000) as workbooks (written
by the program's own exports), read with openpyxl, every cell of every row (read-only mode, its
quickest), each in a fresh process. The program: a fresh process to the window painted on the
Meetings page with its first page of meetings, on a machine that has run it once (its compiled
modules kept). Beside them, the floors: a bare PySide6 window with SQLAlchemy's ORM and one
query (what any window on a database pays before its own code), and the same window with no
database layer at all.
Targets: the program at least 4 times quicker than reading the meetings' workbook, and at least
10 times quicker than reading both.
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
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_startup import BARE, QT_ALONE  # noqa: E402

# The program as an officer finds it: it opens on the page used last, here the Meetings page.
PROGRAM = r"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, sys.argv[2])
import main  # the entry point's first lines, as `uv run main.py` starts
from ui.app import run
from PySide6.QtWidgets import QApplication
window = run(["--db", sys.argv[1]], exec=False)
QApplication.processEvents()
window.grab()
page = window.pages["meetings"]
assert window.stack.currentWidget() is page, "not opened on the Meetings page"
print(time.time(), page.model.rowCount())
"""

READER = r"""
import sys, time
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1], read_only=True)
n = sum(1 for row in wb.active.iter_rows(values_only=True) for _value in row)
print(time.time(), n)
"""

REMEMBER_PAGE = r"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, sys.argv[2])
from PySide6.QtCore import QCoreApplication, QSettings
from cityapp import APP_SLUG, ORG_NAME
QCoreApplication.setOrganizationName(ORG_NAME)
QCoreApplication.setApplicationName(APP_SLUG)
QSettings().setValue("window/page", "meetings")
QSettings().sync()
"""


def launch(code: str, arg: Path, env: dict[str, str]) -> tuple[float, int]:
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, str(arg), str(ROOT)], capture_output=True, text=True, env=env
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    shown, count = done.stdout.split()
    return float(shown) - started, int(count)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing large office (default: build one)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from cityapp.db import open_database
    from cityapp.demo import create_demo_database
    from cityapp.excel.commitments_export import export_commitments
    from cityapp.excel.meetings_export import export_meetings

    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "CITYAPP_HOME": home, "XDG_CONFIG_HOME": home}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as on an officer's machine
        large = Path(args.db) if args.db else Path(home) / "large.sqlite3"
        if not args.db:
            create_demo_database(large, large=True).dispose()
        meetings, commitments = Path(home) / "meetings.xlsx", Path(home) / "commitments.xlsx"
        db = open_database(str(large))
        with db.factory() as s:
            export_meetings(s, meetings, include_confidential=True)
            export_commitments(s, commitments, include_confidential=True)
        db.dispose()
        subprocess.run([sys.executable, "-c", REMEMBER_PAGE, "", str(ROOT)], env=env, check=True)
        kinds = {
            "program": (PROGRAM, large),
            "bare window": (BARE, large),
            "bare window, no database layer": (QT_ALONE, large),
            "meetings workbook": (READER, meetings),
            "commitments workbook": (READER, commitments),
        }
        for code, arg in kinds.values():  # the compiled modules written; not timed
            launch(code, arg, env)
        times: dict[str, list[float]] = {k: [] for k in kinds}
        counts: dict[str, int] = {}
        for _ in range(args.repeat):  # in turn: a slow moment falls on every kind alike
            for kind, (code, arg) in kinds.items():
                took, counts[kind] = launch(code, arg, env)
                times[kind].append(took)
    median = {k: statistics.median(v) for k, v in times.items()}
    for kind, found in times.items():
        print(
            f"{kind}: median {median[kind]:.2f} s over {len(found)} fresh processes "
            f"(min {min(found):.2f}, max {max(found):.2f}); "
            + (
                f"{counts[kind]:,} cells read"
                if "workbook" in kind
                else f"{counts[kind]:,} rows shown"
            )
        )
    alone = median["meetings workbook"] / median["program"]
    both = (median["meetings workbook"] + median["commitments workbook"]) / median["program"]
    print(f"meetings alone: the program {alone:.1f} times quicker (target at least 4)")
    print(f"meetings and commitments: {both:.1f} times quicker (target at least 10)")
    return 0 if alone >= 4 and both >= 10 else 1


if __name__ == "__main__":
    sys.exit(main())
