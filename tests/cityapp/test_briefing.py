"""The trip briefing workbook, reopened and checked cell by cell."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from cityapp.errors import UserError
from cityapp.excel import briefing as briefing_module
from cityapp.excel.briefing import BriefingOptions, export_briefing
from cityapp.excel.cells import CELL_LIMIT, REPLACEMENT
from cityapp.models import Counterpart, Meeting, MeetingAttendee, Side, Trip
from tests.xlsx import shown

SHEETS = [
    "Overview",
    "Programme",
    "Delegation",
    "Counterparts",
    "Relationship",
    "Talking points",
    "Logistics",
    "Gifts",
    "Budget",
]
WHEN = datetime(2026, 11, 27, 3, 0, tzinfo=UTC)


def trip_id(db, title_start):
    with db.factory() as s:
        return s.scalar(select(Trip.id).where(Trip.title.like(f"{title_start}%")))


def write(db, tmp_path, title_start="Tomsk", **options):
    target = tmp_path / "briefing.xlsx"
    with db.factory() as s:
        export_briefing(
            s, trip_id(db, title_start), target, BriefingOptions(exported_at=WHEN, **options)
        )
    return load_workbook(target)


def texts(ws):
    return [shown(c.value) for row in ws.iter_rows() for c in row if c.value is not None]


def test_sheets_in_order_with_the_print_setup_that_matters(demo_db, tmp_path):
    wb = write(demo_db, tmp_path)
    assert wb.sheetnames == SHEETS
    for ws in wb.worksheets:
        assert ws["A1"].value.startswith("Trip briefing: ")
        assert ws.freeze_panes == "A5"
        assert ws.print_title_rows == "$4:$4"
        assert (
            ws.page_setup.orientation == "landscape"
            and str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
        )
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        assert ws["A3"].value == "INTERNAL — for official use"
        assert ws.oddHeader.center.text == "INTERNAL — for official use"
        assert (
            ws.oddFooter.right.text == "&P / &N"
            and "2026-11-27 12:00 JST" in ws.oddFooter.left.text
        )
        assert all(c.alignment.wrap_text for c in ws[5] if c.value is not None)
        assert ws["A1"].font.name == "Yu Gothic"


def test_programme_in_local_and_tokyo_time(demo_db, tmp_path):
    ws = write(demo_db, tmp_path)["Programme"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=5, max_col=4)]
    assert [
        "2014-09-05",
        "09:00–09-06 17:00 Tomsk",
        "11:00–09-06 19:00 Tokyo",
        "ANMC21 13th Plenary Meeting",
    ] in rows


def test_confidential_meetings_and_sensitive_notes_stay_out_unless_asked(demo_db, tmp_path):
    plain = write(demo_db, tmp_path)
    for ws in plain.worksheets:
        assert "Delegation debrief: Moscow talks" not in texts(ws), ws.title
    assert "Allergic to shellfish." not in texts(plain["Counterparts"])
    assert "Dietary notes" not in texts(plain["Counterparts"])
    full = write(demo_db, tmp_path, include_confidential=True)
    assert "Delegation debrief: Moscow talks" in texts(full["Talking points"])
    assert "Delegation debrief: Moscow talks" in texts(full["Programme"])
    assert "Allergic to shellfish." in texts(full["Counterparts"])
    for ws in full.worksheets:
        assert ws["A3"].value.startswith("CONFIDENTIAL")
        assert ws.oddHeader.center.text.startswith("CONFIDENTIAL")


def test_japanese_labels(demo_db, tmp_path):
    wb = write(demo_db, tmp_path, lang="ja")
    assert wb.sheetnames[:3] == ["概要", "日程", "代表団"]
    assert wb["日程"]["B4"].value == "現地時間"


def test_user_text_never_becomes_a_formula(demo_db, tmp_path):
    nasty = ['=HYPERLINK("http://x","y")', "+81 3 5321 1111", "-", "@mention", "=1+1"]
    with demo_db.factory.begin() as s:
        meeting = s.scalars(
            select(Meeting).where(Meeting.title == "Talks with the Government of Moscow")
        ).one()
        for i, name in enumerate(nasty):
            meeting.attendees.append(
                MeetingAttendee(
                    side=Side.THEIRS,
                    counterpart=Counterpart(
                        family_name=name, position=name, form_of_address=f"bad{i}\x07bell"
                    ),
                )
            )
    wb = write(demo_db, tmp_path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    values = texts(wb["Counterparts"])
    for name in nasty:
        assert name in values
    assert f"bad0{REPLACEMENT}bell" in values


def test_text_longer_than_a_cell_continues_below(demo_db, tmp_path):
    long_text = "あ" * (CELL_LIMIT + 100)
    with demo_db.factory.begin() as s:
        meeting = s.scalars(
            select(Meeting).where(Meeting.title == "Talks with the Government of Moscow")
        ).one()
        meeting.talking_points = long_text
    ws = write(demo_db, tmp_path)["Talking points"]
    column = [c.value for c in ws["E"] if c.value is not None]
    joined = "".join(v for v in column if v.startswith("あ"))
    assert joined == long_text
    assert all(len(v) <= CELL_LIMIT for v in column)


def test_an_empty_section_says_so(demo_db, tmp_path):
    wb = write(demo_db, tmp_path, title_start="Los Angeles")
    assert "Nothing recorded for this section." in texts(wb["Programme"])
    assert "Nothing recorded for this section." in texts(wb["Logistics"])


def test_a_file_held_open_elsewhere_is_left_untouched(demo_db, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "briefing.xlsx"
    target.write_bytes(b"the old briefing")

    def locked(source, destination):
        raise PermissionError(13, "The process cannot access the file because it is being used")

    monkeypatch.setattr(briefing_module.os, "replace", locked)
    with pytest.raises(UserError, match="open in another program"), demo_db.factory() as s:
        export_briefing(s, trip_id(demo_db, "Seoul"), target)
    assert target.read_bytes() == b"the old briefing"
    assert [p.name for p in folder.iterdir()] == ["briefing.xlsx"]  # no temporary file left behind


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(min_size=1, max_size=300))
def test_any_string_in_any_text_field_comes_back_as_written(demo_db, tmp_path, text):
    """Arbitrary strings in a name, a position and talking points: never a formula, never lost."""
    from cityapp.excel.cells import clean_text

    with demo_db.factory.begin() as s:
        meeting = s.scalars(
            select(Meeting).where(Meeting.title == "Talks with the Government of Moscow")
        ).one()
        meeting.talking_points = text
        person = s.scalars(select(Counterpart).where(Counterpart.family_name == "Sokolov")).one()
        person.position = text
    wb = write(demo_db, tmp_path)
    expected = clean_text(text)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
    assert expected in texts(wb["Talking points"])
    assert expected in texts(wb["Counterparts"])


def _days_in(wb, sheet: str) -> list:
    """Every day a sheet states: date cells and ISO dates in its text."""
    import re
    from datetime import date

    found = []
    for row in wb[sheet].iter_rows(min_row=5, values_only=True):
        for value in row:
            if isinstance(value, datetime):
                found.append(value.date())
            elif isinstance(value, str):
                found += [date.fromisoformat(d) for d in re.findall(r"\d{4}-\d{2}-\d{2}", value)]
    return found


def test_a_past_trips_briefing_states_what_was_known_when_it_began(demo_db, tmp_path):
    from datetime import date

    start = date(2014, 10, 26)  # London and Berlin
    then = write(demo_db, tmp_path, "London and Berlin")
    now = write(demo_db, tmp_path, "London and Berlin", as_of="today")
    overview = {r[0]: r[1] for r in then["Overview"].iter_rows(min_row=5, values_only=True)}
    assert overview["As known on"] == "2014-10-26"
    for sheet in ("Relationship", "Counterparts"):
        assert all(day <= start for day in _days_in(then, sheet)), sheet
    assert all(day <= date(2014, 10, 31) for day in _days_in(then, "Gifts"))  # this trip's own
    later = [day for day in _days_in(now, "Relationship") if day > start]
    assert later  # agreements signed and visits made since: today's book has them
    relationship = [r[2] for r in then["Relationship"].iter_rows(min_row=5, values_only=True)]
    assert not any("2024" in str(v) for v in relationship)
    # A trip still to come is stated as of today by default; a day can be given.
    from cityapp.services.trips import known_on

    assert known_on(date(2027, 4, 1), today=date(2026, 11, 30)) == date(2026, 11, 30)
    assert known_on(start, today=date(2026, 11, 30)) == start
    assert known_on(start, "today", today=date(2026, 11, 30)) == date(2026, 11, 30)
    assert known_on(start, date(2015, 1, 1)) == date(2015, 1, 1)


def test_the_briefing_command_takes_as_of(demo_db, db_target, tmp_path, capsys):
    from cityapp.cli import main

    demo_db.dispose()
    trip = trip_id(demo_db, "London and Berlin")
    out = tmp_path / "b.xlsx"
    argv = ["export", "briefing", "--trip", str(trip), "--out", str(out), "--db", db_target]
    assert main([*argv, "--as-of", "2015-06-01"]) == 0
    overview = {r[0]: r[1] for r in load_workbook(out)["Overview"].iter_rows(values_only=True)}
    assert overview["As known on"] == "2015-06-01"
    assert main([*argv, "--as-of", "yesterday"]) == 2
    assert "is not a date" in capsys.readouterr().err


def test_logistics_lists_each_leg_with_both_ends_hotels_and_local_contacts(demo_db, tmp_path):
    wb = write(demo_db, tmp_path, "London and Berlin")
    rows = [r for r in wb["Logistics"].iter_rows(min_row=5, values_only=True)]
    legs = {r[2]: r for r in rows if r[1] == "Flight"}
    haneda = legs["Flight Tokyo Haneda → London Heathrow"]
    assert haneda[3] == "Haneda Airport, Tokyo → Heathrow Airport, London"
    assert haneda[4].splitlines() == [
        "Japan Airlines JL 43",
        "departs from International Terminal",
        "arrives at Terminal 3",
        "booking JL7Q2K",
    ]
    hotels = [r for r in rows if r[1] == "Hotel"]
    assert "Unter den Linden 77, 10117 Berlin" in hotels[1][4]
    contacts = rows[[r[0] for r in rows].index("Local contacts") + 1 :]
    assert [(r[0], r[1]) for r in contacts] == [
        ("Embassy", "London"),
        ("Embassy", "Berlin"),
        ("Liaison officer", "London"),
        ("Interpreter", "Berlin"),
    ]
    delegation = wb["Delegation"]
    headers = [c.value for c in delegation[4]]
    first = [c.value for c in delegation[5]]
    assert first[headers.index("Mobile")] == "+81 90 1111 2001"
    assert first[headers.index("Rooming")] == "Suite 801"
