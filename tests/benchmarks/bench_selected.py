"""Benchmark: the big lists as people work in them, with a record selected, to the painted window.

    uv run python tests/benchmarks/bench_selected.py [--db LARGE.sqlite3]

On the large office (25,000 meetings, 80,000 commitments), the Meetings and Commitments
pages each have a record selected from the middle of the list; the list is then sorted by
every column in turn, both ways (the selected record stays selected and in view), and
scrolled from the top to the bottom. Each step is timed until the window is painted.
Beside it, the raw SQL the same step needs: the selected record's position and the one
page of rows that holds it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def painted(window, app) -> None:
    app.processEvents()
    window.repaint()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing large office (default: build one)")
    args = parser.parse_args()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from cityapp.demo import create_demo_database
    from cityapp.services.lists import PAGE_SIZE, fetch_rows, position_of

    with tempfile.TemporaryDirectory() as folder:
        os.environ["CITYAPP_HOME"] = folder
        path = args.db or str(Path(folder) / "large.sqlite3")
        if not args.db:
            create_demo_database(path, large=True).dispose()
        from ui.app import run

        window = run(["--db", path], exec=False)
        window.resize(1300, 850)
        window.show()
        app = QApplication.instance()
        for key in ("meetings", "commitments"):
            window.show_page(key)
            page = window.pages[key]
            painted(window, app)
            total = page.model.total()
            middle = total // 2
            page.model.load_until(middle)
            page.table.selectRow(middle)
            painted(window, app)
            selected = page.current_id
            sorts, raw = [], []
            header = page.table.horizontalHeader()
            for column in range(len(page.spec.columns)):
                for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                    started = time.perf_counter()
                    header.setSortIndicator(column, order)
                    painted(window, app)
                    sorts.append((time.perf_counter() - started) * 1000)
                    assert page.current_id == selected, "the selection was lost"
                    args_ = page._query_args()
                    started = time.perf_counter()
                    with window.ctx.database.factory() as s:
                        pos = position_of(s, page.spec, selected, **args_)
                        fetch_rows(s, page.spec, offset=(pos // PAGE_SIZE) * PAGE_SIZE, **args_)
                    raw.append((time.perf_counter() - started) * 1000)
            page.table.scrollToTop()
            painted(window, app)
            started = time.perf_counter()
            bar = page.table.verticalScrollBar()
            steps = 20
            for n in range(1, steps + 1):
                bar.setValue(bar.maximum() * n // steps)
                painted(window, app)
            scroll = (time.perf_counter() - started) * 1000
            print(
                f"{key} ({total:,} rows, record {middle:,} selected): sort by any column "
                f"median {statistics.median(sorts):.0f} ms, worst {max(sorts):.0f} ms "
                f"(raw SQL for the same rows: median {statistics.median(raw):.0f} ms, worst "
                f"{max(raw):.0f} ms); top to bottom in {steps} steps {scroll:.0f} ms; "
                f"rows fetched {page.model.loaded():,}"
            )
        window.ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
