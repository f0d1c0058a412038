"""Benchmarks for the Excel hand-offs on the large office.

    uv run python tests/benchmarks/bench_excel.py [--db PATH] [--repeat N]

1. The briefing for the trip with the most itinerary items (target: under 1 s).
2. All 25,000 meetings and all 80,000 commitments exported, each side by side in the same run
   with a plain reference: the same rows read straight from SQLite with the standard library's
   driver and written as the same cells with openpyxl's write-only mode, nothing else (target:
   our exports at least 95% of its speed). The runs alternate, ours first, then the reference.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from openpyxl import Workbook  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from cityapp.db import open_database  # noqa: E402
from cityapp.demo import create_demo_database  # noqa: E402
from cityapp.excel.briefing import BriefingOptions, export_briefing  # noqa: E402
from cityapp.excel.commitments_export import export_commitments  # noqa: E402
from cityapp.excel.meetings_export import export_meetings  # noqa: E402
from cityapp.labels import choice_label  # noqa: E402
from cityapp.models import ItineraryItem  # noqa: E402
from cityapp.wording import Wording  # noqa: E402

TARGET = 0.95
WORDS = Wording()


@cache
def _label(value: str) -> str:
    return WORDS(choice_label(value))


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


@cache
def _languages(codes: str | None) -> str:
    return WORDS.languages(codes)


def _local(text: str, zone: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).astimezone(_zone(zone))


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def reference_meetings(db_file: str, target: Path) -> int:
    """Every meeting's cells, read with sqlite3 and written plainly in write-only mode."""
    con = sqlite3.connect(db_file)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Meetings")
    n = 0
    for starts, zone, title, city, venue, level, languages, outcome, decisions in con.execute(
        "SELECT m.starts_at, m.zone, m.title, c.name_en, m.venue, m.classification, m.language,"
        " m.outcome, m.decisions FROM meeting m LEFT JOIN city c ON c.id = m.city_id"
        " ORDER BY m.starts_at, m.id"
    ):
        local = _local(starts, zone)
        ws.append(
            [
                local.date(),
                f"{local:%H:%M}",
                zone,
                title,
                city,
                venue,
                _label(level),
                _languages(languages),
                outcome,
                decisions,
            ]
        )
        n += 1
    wb.save(target)
    con.close()
    return n


def reference_commitments(db_file: str, target: Path) -> int:
    """Every commitment's cells, read with sqlite3 and written plainly in write-only mode."""
    con = sqlite3.connect(db_file)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Commitments")
    n = 0
    for due, status, side, owner, text, title, starts, zone, city, bureau, done in con.execute(
        "SELECT k.due_on, k.status, k.owner_side,"
        " coalesce(s.family_name || ' ' || coalesce(s.given_name, ''),"
        "  CASE WHEN p.family_name_first THEN p.family_name || coalesce(' ' || p.given_name, '')"
        "  ELSE coalesce(p.given_name || ' ', '') || p.family_name END),"
        " k.text, m.title, m.starts_at, m.zone, c.name_en, b.name_en, k.completed_on"
        " FROM commitment k JOIN meeting m ON m.id = k.meeting_id"
        " LEFT JOIN city c ON c.id = m.city_id"
        " LEFT JOIN staff_member s ON s.id = k.owner_staff_id"
        " LEFT JOIN counterpart p ON p.id = k.owner_counterpart_id"
        " LEFT JOIN bureau b ON b.id = k.bureau_id"
        " ORDER BY k.due_on IS NULL, k.due_on, k.id"
    ):
        ws.append(
            [
                _day(due),
                _label(status),
                _label(side),
                owner,
                text,
                title,
                _local(starts, zone).date(),
                city,
                bureau,
                _day(done),
            ]
        )
        n += 1
    wb.save(target)
    con.close()
    return n


def side_by_side(db, db_file: str, work: Path, ours, reference, repeat: int):
    mine, plain = [], []
    for _ in range(repeat):
        with db.factory() as s:
            started = time.perf_counter()
            n = ours(s, work / "ours.xlsx", include_confidential=True)
            mine.append(time.perf_counter() - started)
        started = time.perf_counter()
        m = reference(db_file, work / "plain.xlsx")
        plain.append(time.perf_counter() - started)
        assert n == m, (n, m)
    return n, statistics.median(mine), statistics.median(plain), mine, plain


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing large office (default: build one)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        path = args.db or str(work / "large.sqlite3")
        if args.db is None:
            create_demo_database(path, large=True).dispose()
        db = open_database(path)
        try:
            with db.factory() as s:
                trip_id = s.scalar(
                    select(ItineraryItem.trip_id)
                    .group_by(ItineraryItem.trip_id)
                    .order_by(func.count().desc())
                    .limit(1)
                )
            briefing = []
            for _ in range(3):
                started = time.perf_counter()
                with db.factory() as s:
                    export_briefing(
                        s,
                        trip_id,
                        work / "briefing.xlsx",
                        BriefingOptions(include_confidential=True),
                    )
                briefing.append(time.perf_counter() - started)
            results = {
                "meetings": side_by_side(
                    db, path, work, export_meetings, reference_meetings, args.repeat
                ),
                "commitments": side_by_side(
                    db, path, work, export_commitments, reference_commitments, args.repeat
                ),
            }
        finally:
            db.dispose()
    b = statistics.median(briefing)
    ok = b < 1
    print(
        f"briefing of the largest trip: median {b * 1000:.0f} ms (target under 1000 ms): "
        f"{'ok' if b < 1 else 'TOO SLOW'}"
    )
    for what, (n, o, p, mine, plain) in results.items():
        ratio = p / o
        ok = ok and ratio >= TARGET
        print(
            f"all {n:,} {what}: ours {o:.2f} s, plain sqlite3 + openpyxl write-only {p:.2f} s "
            f"-> {ratio:.0%} of its speed (target at least {TARGET:.0%}): "
            f"{'ok' if ratio >= TARGET else 'TOO SLOW'}"
            f"  [ours {', '.join(f'{t:.2f}' for t in mine)}; plain {', '.join(f'{t:.2f}' for t in plain)}]"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
