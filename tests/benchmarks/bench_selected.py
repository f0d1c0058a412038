"""Benchmark: the big lists as people work in them, with a record selected, to the painted window.

    uv run python tests/benchmarks/bench_selected.py [--db LARGE.sqlite3]

On the large office (25,000 meetings, 80,000 commitments), the Meetings and Commitments
pages each have a record selected from the middle of the list; the list is then sorted by
every column in turn, both ways (the selected record stays selected and in view), and
scrolled from the top to the bottom. Each step is timed until the window is painted.
Beside it, the raw SQL for the same rows: every id in the sorted order and the one page
that holds the selected record, as plain SQL strings on the driver's connection.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.large_window import large_office_window  # noqa: E402


def painted(window, app) -> None:
    app.processEvents()
    window.repaint()


def raw_sql(window, page, selected: int) -> float:
    """The same rows by hand: every id in the sorted order, then the page holding the
    selected record, as plain SQL strings on the driver's connection (milliseconds)."""
    from cityapp.services.lists import PAGE_SIZE, ids_statement

    spec, args = page.spec, page._query_args()
    engine = window.ctx.database.engine
    ids_sql = str(
        ids_statement(spec, **args).compile(engine, compile_kwargs={"literal_binds": True})
    )
    started = time.perf_counter()
    with engine.connect() as conn:
        ids = [r[0] for r in conn.exec_driver_sql(ids_sql)]
        start = ids.index(selected) // PAGE_SIZE * PAGE_SIZE
        rows_sql = str(
            spec.query(None)
            .where(spec.id_column.in_(ids[start : start + PAGE_SIZE]))
            .compile(engine, compile_kwargs={"literal_binds": True})
        )
        conn.exec_driver_sql(rows_sql).fetchall()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing large office (default: build one)")
    args = parser.parse_args()
    from PySide6.QtCore import Qt

    with large_office_window(args.db) as (window, app):
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
                    raw.append(raw_sql(window, page, selected))
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
