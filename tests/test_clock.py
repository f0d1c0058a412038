"""One clock: the program reads "today" and "now" from cityapp.clock alone, and tests set it."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from cityapp.clock import CLOCK, Clock

ROOT = Path(__file__).resolve().parent.parent
WALL_CLOCK = re.compile(
    r"\b(date\.today\(|datetime\.(now|utcnow|today)\(|QDate\.currentDate\(|"
    r"QDateTime\.currentDateTime\(|time\.localtime\()"
)


def test_no_code_reads_the_machine_clock_but_the_clock_itself():
    offenders = []
    for folder in ("cityapp", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            if path == ROOT / "cityapp" / "clock.py":
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if WALL_CLOCK.search(line):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_the_suite_runs_on_its_fixed_day():
    assert CLOCK.today() == date(2026, 11, 27)


def test_a_set_clock_runs_on_from_the_instant_it_was_set():
    clock = Clock()
    clock.set(datetime(2030, 1, 2, 3, 4, tzinfo=UTC))
    first = clock.now()
    second = clock.now()
    assert datetime(2030, 1, 2, 3, 4, tzinfo=UTC) <= first <= second
    assert (first - datetime(2030, 1, 2, 3, 4, tzinfo=UTC)).total_seconds() < 5
    with clock.at(date(2001, 5, 6)):
        assert clock.today(UTC) == date(2001, 5, 6)
    assert clock.today(UTC) == date(2030, 1, 2)
    clock.set(None)
    assert abs((clock.now() - Clock().now()).total_seconds()) < 5  # a clock never set


def test_a_program_started_by_a_test_takes_the_day_from_the_environment(tmp_path):
    code = "from cityapp.clock import CLOCK; print(CLOCK.today().isoformat())"
    shown = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout.strip()
    assert shown == "2026-11-27"


def test_records_are_stamped_by_the_clock(db, clock):
    from cityapp.models import AuditEntry, StaffMember

    clock.set(datetime(2031, 6, 1, 9, 0, tzinfo=UTC))
    with db.factory.begin() as s:
        s.add(StaffMember(family_name="Mori", given_name="Aiko"))
    with db.factory() as s:
        staff = s.query(StaffMember).one()
        entry = s.query(AuditEntry).filter(AuditEntry.table_name == "staff_member").one()
    assert staff.created_at.date() == date(2031, 6, 1)
    assert entry.at.date() == date(2031, 6, 1)
