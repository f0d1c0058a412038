"""Benchmark: the Dashboard opening on the large office (target under 300 ms), and each tab.

    uv run python tests/benchmarks/bench_dashboard.py [--db PATH] [--repeat N]

"Opening" is what an officer waits for when choosing Dashboard: the page is built and shown
and its first tab (the targets: progress by year, the cities that count and those one step
away, the chart) computed and painted. The other tabs are computed when first looked at;
their times are printed too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from cityapp.db import open_database  # noqa: E402
from cityapp.demo import create_demo_database  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.views.dashboard import DashboardPage  # noqa: E402

TARGET_MS = 300.0
TODAY = date(2026, 11, 27)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing large office (default: build one)")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    opening: list[float] = []
    tabs: dict[str, list[float]] = {key: [] for key in DashboardPage.TABS[1:]}
    changed: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or str(Path(folder) / "large.sqlite3")
        if args.db is None:
            create_demo_database(path, large=True).dispose()
        ctx = AppContext(open_database(path))
        try:
            for _ in range(args.repeat):
                started = time.perf_counter()
                page = DashboardPage(ctx)
                page.today = TODAY
                page.resize(1200, 800)
                page.show()
                app.processEvents()
                page.grab()
                opening.append((time.perf_counter() - started) * 1000)
                for key in tabs:
                    started = time.perf_counter()
                    page.show_tab(key)
                    app.processEvents()
                    page.grab()
                    tabs[key].append((time.perf_counter() - started) * 1000)
                # A change saved elsewhere while the health table is on screen.
                page.show_tab("health")
                app.processEvents()
                started = time.perf_counter()
                page.data_changed()
                app.processEvents()
                page.grab()
                changed.append((time.perf_counter() - started) * 1000)
                reached = page.targets.current()
                page.close()
                page.deleteLater()
                app.processEvents()
        finally:
            ctx.close()
    median = statistics.median(opening)
    print(
        f"dashboard open (targets tab, {reached.reached if reached else 0} cities counting): "
        f"median {median:.1f} ms, max {max(opening):.1f} ms (target under {TARGET_MS:.0f} ms): "
        f"{'ok' if median < TARGET_MS else 'TOO SLOW'}"
    )
    for key, times in tabs.items():
        print(
            f"  first look at the {key.replace('_', ' ')} tab: median {statistics.median(times):.1f} ms"
        )
    print(f"  a change while the health tab is shown: median {statistics.median(changed):.1f} ms")
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
