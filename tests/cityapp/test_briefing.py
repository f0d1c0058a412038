"""The trip briefing workbook, reopened and checked cell by cell."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from cityapp import files as files_module
from cityapp.errors import UserError
from cityapp.excel.briefing import BriefingOptions, export_briefing
from cityapp.excel.cells import CELL_LIMIT, REPLACEMENT
from cityapp.models import Counterpart, Meeting, MeetingAttendee, Side, Trip
from tests.xlsx import shown

SHEETS = [
    "Cover",
    "Programme",
    "Meeting briefs",
    "Counterpart profiles",
    "City profiles",
    "Delegation",
    "Logistics",
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


def test_the_book_in_order_with_one_print_scale_and_pages_across_it(demo_db, tmp_path):
    wb = write(demo_db, tmp_path)
    assert wb.sheetnames == SHEETS
    widths = set()
    firsts = []
    for ws in wb.worksheets:
        assert (
            ws.page_setup.orientation == "landscape"
            and str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
        )
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        widths.add(sum(ws.column_dimensions[c].width for c in "ABCDEFGHIJKLMNOPQRST"))
        assert ws.oddHeader.center.text == "INTERNAL — for official use"
        assert "INTERNAL — for official use" not in texts(ws)  # the marking once, in the header
        assert "2026-11-27 12:00 JST" in ws.oddFooter.left.text
        assert ws.page_setup.useFirstPageNumber
        firsts.append((ws.page_setup.firstPageNumber, len(ws.row_breaks.brk) + 1))
    assert len(widths) == 1  # the same grid everywhere: one print scale for the whole book
    total = sum(n for _, n in firsts)
    assert [f for f, _ in firsts] == [1 + sum(n for _, n in firsts[:i]) for i in range(len(firsts))]
    assert {ws.oddFooter.right.text for ws in wb.worksheets} == {f"&P / {total}"}


def test_the_cover_says_what_the_book_is_with_its_contents(demo_db, tmp_path):
    wb = write(demo_db, tmp_path, "London and Berlin", prepared_by="Sato Kenji")
    cover = texts(wb["Cover"])
    for expected in [
        "Briefing book",
        "London and Berlin: Games legacy and memorandum",
        "London → Berlin",
        "2014-10-26 – 2014-10-31",
        "Kanda Haruto",
        "6 people",
        "Sato Kenji, 2026-11-27 12:00 JST",
        "Contents",
    ]:
        assert expected in cover, expected
    rows = _rows(wb["Cover"])
    contents = rows[rows.index(["Contents"]) + 1 :]
    assert [r[0] for r in contents] == SHEETS
    assert [r[1] for r in contents][:2] == [1, 2]


def test_programme_a_page_a_day_in_local_and_tokyo_time(demo_db, tmp_path):
    ws = write(demo_db, tmp_path)["Programme"]
    rows = _rows(ws)
    plenary = next(r for r in rows if "ANMC21 13th Plenary Meeting" in r)
    assert plenary[:3] == [
        "09:00–09-06 17:00 Tomsk",
        "11:00–09-06 19:00 Tokyo",
        "ANMC21 13th Plenary Meeting",
    ]
    weekday = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{4}-\d\d-\d\d"
    days = [r[0] for r in rows if len(r) == 1 and re.fullmatch(weekday, str(r[0]))]
    assert "Friday 2014-09-05" in days and len(days) > 3
    assert len(ws.row_breaks.brk) >= len(days) - 1  # each day starts a printed page


def test_a_brief_for_each_meeting_with_its_counterparts(demo_db, tmp_path):
    wb = write(demo_db, tmp_path, "London and Berlin")
    briefs = texts(wb["Meeting briefs"])
    for expected in [
        "Talks with the Greater London Authority on Games legacy",
        "Talks with the Senate of Berlin",
        "Their side",
        "Talking points",
        "Commitments open on both sides",
        "Gifts exchanged before and planned",
        "Emily Carter",
        "Jonas Weber",
        "Start-ups; climate; culture; the 2024 30th anniversary.",
    ]:
        assert expected in briefs, expected
    profiles = texts(wb["Counterpart profiles"])
    assert "Deputy Mayor for Culture and Legacy (fictional)" in profiles
    cities = texts(wb["City profiles"])
    assert "Relationship health" in cities and "Germany" in cities


def test_confidential_meetings_and_sensitive_notes_stay_out_unless_asked(demo_db, tmp_path):
    plain = write(demo_db, tmp_path)
    for ws in plain.worksheets:
        assert "Delegation debrief: Moscow talks" not in texts(ws), ws.title
        assert not any("Allergic to shellfish." in str(v) for v in texts(ws))
    full = write(demo_db, tmp_path, include_confidential=True)
    assert "Delegation debrief: Moscow talks" in texts(full["Meeting briefs"])
    assert "Delegation debrief: Moscow talks" in texts(full["Programme"])
    assert any("Allergic to shellfish." in str(v) for v in texts(full["Meeting briefs"]))
    for ws in full.worksheets:
        assert ws.oddHeader.center.text.startswith("CONFIDENTIAL")


def test_japanese_labels(demo_db, tmp_path):
    wb = write(demo_db, tmp_path, lang="ja")
    assert wb.sheetnames[:3] == ["表紙", "日程", "会談資料"]
    assert "現地時間" in texts(wb["日程"])


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
    values = texts(wb["Counterpart profiles"])
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
    ws = write(demo_db, tmp_path)["Meeting briefs"]
    column = [c.value for c in ws["A"] if isinstance(c.value, str) and c.value.startswith("あ")]
    assert "".join(column) == long_text
    assert all(len(v) <= CELL_LIMIT for v in column)


def test_a_section_with_nothing_to_say_is_a_line_in_the_contents(demo_db, tmp_path):
    wb = write(demo_db, tmp_path, title_start="Los Angeles")
    assert "Programme" not in wb.sheetnames and "Logistics" not in wb.sheetnames
    assert ["Programme", "nothing recorded"] in _rows(wb["Cover"])


def test_a_file_held_open_elsewhere_is_left_untouched(demo_db, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "briefing.xlsx"
    target.write_bytes(b"the old briefing")

    def locked(source, destination):
        raise PermissionError(13, "The process cannot access the file because it is being used")

    monkeypatch.setattr(files_module.os, "replace", locked)
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
    assert expected in texts(wb["Meeting briefs"])
    assert expected in texts(wb["Counterpart profiles"])


def _rows(ws) -> list[list]:
    return [[v for v in r if v is not None] for r in ws.iter_rows(values_only=True)]


def _days_in(wb, sheet: str) -> list:
    """Every day a sheet states: date cells and ISO dates in its text."""
    import re
    from datetime import date

    found = []
    for row in wb[sheet].iter_rows(values_only=True):
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
    assert ["As known on", "2014-10-26"] in _rows(then["Cover"])
    for sheet in ("City profiles", "Counterpart profiles"):
        assert all(day <= start for day in _days_in(then, sheet)), sheet
    assert all(day <= date(2014, 10, 31) for day in _days_in(then, "Meeting briefs"))  # its own
    later = [day for day in _days_in(now, "City profiles") if day > start]
    assert later  # agreements signed and visits made since: today's book has them
    assert not any("2024" in v for v in texts(then["City profiles"]) if isinstance(v, str))
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
    assert ["As known on", "2015-06-01"] in _rows(load_workbook(out)["Cover"])
    assert main([*argv, "--as-of", "yesterday"]) == 2
    assert "is not a date" in capsys.readouterr().err


def test_logistics_lists_each_leg_with_both_ends_hotels_and_local_contacts(demo_db, tmp_path):
    wb = write(demo_db, tmp_path, "London and Berlin")
    rows = _rows(wb["Logistics"])
    haneda = next(r for r in rows if "Haneda Airport, Tokyo → Heathrow Airport, London" in r)
    assert haneda[1:] == [
        "Haneda Airport, Tokyo → Heathrow Airport, London",
        "Japan Airlines JL 43",
        "International Terminal → Terminal 3",
        "JL7Q2K",
    ]
    assert any("200 Westminster Bridge Road, London SE1 7UT" in r for r in rows)
    national_at = rows.index(["Contacts with the national government"])
    contacts = [r for r in rows[rows.index(["Local contacts"]) + 2 : national_at] if r]
    assert [r[0] for r in contacts] == ["Embassy", "Embassy", "Liaison officer", "Interpreter"]
    # The trip's contacts with the Ministry and our embassies, oldest first.
    national = [r for r in rows[national_at + 2 :] if r]
    assert [r[:2] for r in national] == [
        ["2014-10-01", "Ministry of Foreign Affairs"],
        ["2014-10-08", "Embassy"],
        ["2014-10-10", "Embassy"],
    ]
    assert national[1][2] == "Embassy of Japan in the United Kingdom, political section"
    delegation = _rows(wb["Delegation"])
    header, first = delegation[1], delegation[2]
    assert first[header.index("Mobile")] == "+81 90 1111 2001"
    assert first[header.index("Rooming")] == "Suite 801"


def test_no_database_code_in_any_cell_in_either_language(demo_file, tmp_path):
    """Directions, statuses, kinds, roles, categories: said in words, never as stored (read
    from the shared demo file: the words do not depend on the database server)."""
    from cityapp.db import open_database

    demo_db = open_database(demo_file)
    import enum

    from cityapp.models import enums

    codes = {
        member.value
        for value in vars(enums).values()
        if isinstance(value, type) and issubclass(value, enum.Enum)
        for member in value
    }
    for lang in ("en", "ja"):
        with demo_db.factory() as s:
            trips = s.scalars(select(Trip.id)).all()
        for trip in trips:
            target = tmp_path / f"{lang}-{trip}.xlsx"
            with demo_db.factory() as s:
                export_briefing(
                    s, trip, target, BriefingOptions(lang=lang, include_confidential=True)
                )
            for ws in load_workbook(target).worksheets:
                for value in texts(ws):
                    assert value not in codes, (lang, trip, ws.title, value)
                    if isinstance(value, str):
                        assert not any(
                            f"({code})" in value or f" {code} " in f" {value} "
                            for code in codes
                            if "_" in code
                        ), (lang, trip, ws.title, value)
    london_berlin = trip_id(demo_db, "London and Berlin")
    yen = [
        c.number_format
        for row in load_workbook(tmp_path / f"en-{london_berlin}.xlsx")["Budget"].iter_rows()
        for c in row
        if isinstance(c.value, int | float)
    ]
    demo_db.dispose()
    assert yen and set(yen) == {"#,##0"}
