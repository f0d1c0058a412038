"""What is written is what was stored: exported text reads back exactly as typed.

Checked in the files themselves (decoded as spreadsheet programs decode them)
and, where LibreOffice is installed (always in CI), as LibreOffice reads them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from cityapp.calendar_export import calendar_text
from cityapp.excel.briefing import BriefingOptions, export_briefing
from cityapp.excel.cells import put_text
from cityapp.excel.meetings_export import export_meetings
from cityapp.excel.stream import RowWriter
from cityapp.models import ItineraryItem, Meeting, Trip
from tests.xlsx import as_csv_rows, shown, soffice, unzipped

TRICKY = [
    "_x0041_",
    "_X004a_ and _x000D_",
    "a_x005F_b",
    "__x0041__",
    "   ",
    " ",
    "#N/A",
    "#DIV/0!",
    "#REF!",
    "#NAME?",
    "#NULL!",
    "#NUM!",
    "#VALUE!",
    "\uff1d1+1",  # full-width =
    "\uff0b81 3 5321 1111",  # full-width +
    "\uff0d",  # full-width -
    "\uff20someone",  # full-width @
    "=1+1",
    "-2",
]
FULL_WIDTH_RISKY = ("\uff1d", "\uff0b", "\uff0d", "\uff20")


def written_both_ways(folder: Path) -> tuple[Path, ...]:
    """The strings in a normal workbook (briefings, portfolio) and in streamed ones (meetings,
    commitments): each alone in its row, and each in a row with plain text around it (a row
    is checked all at once)."""
    normal, streamed, in_rows = Workbook(), Workbook(write_only=True), Workbook(write_only=True)
    ws = normal.active
    for row, text in enumerate(TRICKY, start=1):
        put_text(ws.cell(row=row, column=1), text)
    sheet = streamed.create_sheet("Meetings")
    alone = RowWriter(sheet, "yyyy-mm-dd")
    for text in TRICKY:
        sheet.append(alone.cells([text]))
    crowded = in_rows.create_sheet("Commitments")
    among = RowWriter(crowded, 'yyyy"年"m"月"d"日"')
    for text in TRICKY:
        crowded.append(among.cells([text, "plain", None, 3, "more text"]))
    paths = folder / "normal.xlsx", folder / "streamed.xlsx", folder / "in_rows.xlsx"
    normal.save(paths[0])
    streamed.save(paths[1])
    in_rows.save(paths[2])
    return paths


def test_text_reads_back_as_typed_never_as_an_error_or_a_formula(tmp_path):
    for path in written_both_ways(tmp_path):
        ws = load_workbook(path).worksheets[0]
        cells = [ws.cell(row=r, column=1) for r in range(1, len(TRICKY) + 1)]
        assert [shown(c.value) for c in cells] == TRICKY, path.name
        assert {c.data_type for c in cells} == {"s"}, path.name  # never "e" (error) or "f"
        for cell in cells:
            if cell.value.startswith(FULL_WIDTH_RISKY):
                assert cell.quotePrefix, (path.name, cell.value)
        # Whitespace-only text is marked to be kept, or readers drop it.
        xml = unzipped(path)
        assert '<t xml:space="preserve">   </t>' in xml, path.name


@pytest.mark.skipif(
    soffice() is None and not os.environ.get("CI"), reason="LibreOffice is not installed"
)
def test_libreoffice_shows_what_was_typed(tmp_path):
    for path in written_both_ways(tmp_path):
        rows = as_csv_rows(path, tmp_path)
        assert rows[: len(TRICKY)] == TRICKY, path.name


def test_real_exports_carry_the_text_as_stored(demo_db, tmp_path):
    with demo_db.factory.begin() as s:
        meeting = s.scalars(
            select(Meeting).where(Meeting.title.like("Talks with the Seoul%"))
        ).one()
        meeting.title = "_x0041_ talks"
        meeting.outcome = "#N/A"
        meeting.decisions = "   "
        meeting.venue = "\uff1dHYPERLINK(1)"
        trip_id = meeting.trip_id
    with demo_db.factory() as s:
        export_meetings(s, tmp_path / "m.xlsx")
        export_briefing(s, trip_id, tmp_path / "b.xlsx", BriefingOptions())
    ws = load_workbook(tmp_path / "m.xlsx").active
    row = next(r for r in ws.iter_rows() if shown(r[3].value) == "_x0041_ talks")
    assert [shown(c.value) for c in row[4:]][1] == "\uff1dHYPERLINK(1)"
    assert row[5].quotePrefix and row[8].value == "#N/A" and row[8].data_type == "s"
    assert row[9].value == "   "
    talking = load_workbook(tmp_path / "b.xlsx")["Meeting briefs"]
    assert "_x0041_ talks" in [shown(c.value) for r in talking.iter_rows() for c in r]


def test_calendar_text_carries_no_control_characters(demo_db, tmp_path):
    from cityapp.calendar_export import export_trip_calendar

    with demo_db.factory.begin() as s:
        item = s.scalars(select(ItineraryItem).join(Trip).where(Trip.title.like("Seoul%"))).first()
        item.title = "Bell\x07 and\x1b[31m escape\x7f"
        item.details = "line one\r\nline two\x0c"
        trip_id = item.trip_id
    with demo_db.factory() as s:
        export_trip_calendar(s, trip_id, tmp_path / "c.ics")
    raw = (tmp_path / "c.ics").read_bytes().decode("utf-8")
    body = raw.replace("\r\n", "")  # folded lines and line ends
    assert not any(ord(c) < 32 and c != "\t" or ord(c) == 0x7F for c in body)
    events = Calendar.from_ical(raw).walk("VEVENT")
    titles = [str(e["SUMMARY"]) for e in events]
    assert "Bell and[31m escape" in titles
    assert any("line one\nline two" in str(e["DESCRIPTION"]) for e in events)
    assert calendar_text("a\u0000b\tc") == "ab\tc"


def test_a_row_checked_at_once_still_cleans_each_text(tmp_path):
    """The streamed exports check a row's texts together: a text holding the separator they
    are joined with, a carriage return, a character a cell cannot hold or more than a cell holds
    still goes the careful way, and the plain texts beside it are untouched."""
    from cityapp.excel.cells import CELL_LIMIT

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Rows")
    writer = RowWriter(ws, "yyyy-mm-dd")
    rows = [
        ["a\x1fb", "plain"],
        ["x\r\ny", "plain"],
        ["bad\x01", "plain"],
        ["z" * (CELL_LIMIT + 5), "plain"],
        ["plain", "=1+1"],
    ]
    for row in rows:
        ws.append(writer.cells(row))
    wb.save(tmp_path / "rows.xlsx")
    read = [[c.value for c in r] for r in load_workbook(tmp_path / "rows.xlsx").active.iter_rows()]
    assert read[0] == ["a\ufffdb", "plain"]
    assert read[1] == ["x\ny", "plain"]
    assert read[2] == ["bad\ufffd", "plain"]
    assert len(read[3][0]) == CELL_LIMIT and read[3][1] == "plain"
    assert read[4] == ["plain", "=1+1"]
