"""Order of precedence: office rank, then seniority, then name; a meeting's own office and
places; every output names the attendees in that order."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from cityapp.cli import main
from cityapp.confidentiality import confidential_meeting_ids
from cityapp.db import open_database
from cityapp.excel.briefing import BriefingOptions, export_briefing
from cityapp.excel.record import RecordOptions, export_record
from cityapp.fields import ATTENDEE, validate
from cityapp.models import (
    Counterpart,
    Meeting,
    MeetingAttendee,
    PrecedenceOffice,
    Side,
    StaffMember,
    Trip,
)
from cityapp.services.precedence import meeting_precedence
from cityapp.services.records import HasDependents, delete_record

WHEN = datetime(2026, 11, 27, 3, 0, tzinfo=UTC)


def office(s, name: str) -> PrecedenceOffice:
    return s.scalars(select(PrecedenceOffice).where(PrecedenceOffice.name_en == name)).one()


@pytest.fixture
def talks(db):
    """A meeting with five of theirs and two of ours, added in no particular order."""
    with db.factory.begin() as s:
        meeting = Meeting(
            title="Talks",
            starts_at=datetime(2026, 3, 3, 9, 0, tzinfo=UTC),
            zone="Europe/Berlin",
        )
        people = {
            "officer": Counterpart(family_name="Zimmer", office=office(s, "Officer")),
            "dg_late": Counterpart(
                family_name="Adler",
                office=office(s, "Director-general"),
                term_start=date(2020, 1, 1),
            ),
            "nobody": Counterpart(family_name="Abel"),
            "mayor": Counterpart(family_name="Wolf", office=office(s, "Governor or mayor")),
            "dg_early": Counterpart(
                family_name="Zeller",
                office=office(s, "Director-general"),
                term_start=date(2015, 1, 1),
            ),
        }
        for person in people.values():
            meeting.attendees.append(MeetingAttendee(side=Side.THEIRS, counterpart=person))
        ours = {
            "b": StaffMember(family_name="Sato", given_name="B", reading="サトウ"),
            "a": StaffMember(family_name="Ueda", given_name="A", reading="ウエダ"),
        }
        for person in ours.values():
            meeting.attendees.append(MeetingAttendee(side=Side.OURS, staff=person))
        s.add(meeting)
        s.flush()
        return meeting.id


def names(db, meeting_id, language="en"):
    with db.factory() as s:
        return {
            side.value: [(p.attendee.staff or p.attendee.counterpart).family_name for p in placed]
            for side, placed in meeting_precedence(s, meeting_id, language).items()
        }


def test_rank_then_seniority_then_name(db, talks):
    order = names(db, talks)
    # Mayor (rank 3), the director-general in office since 2015 before the one since 2020,
    # the officer, then the one with no office.
    assert order["theirs"] == ["Wolf", "Zeller", "Adler", "Zimmer", "Abel"]
    # Neither of ours holds an office: by name in English, by reading in Japanese.
    assert order["ours"] == ["Sato", "Ueda"]
    assert names(db, talks, "ja")["ours"] == ["Ueda", "Sato"]  # ウエダ before サトウ


def test_the_office_that_counts_at_the_meeting_and_a_place_set_with_a_reason(db, talks):
    with db.factory.begin() as s:
        rows = {
            a.counterpart.family_name: a for a in s.get(Meeting, talks).attendees if a.counterpart
        }
        rows["Zimmer"].office = office(s, "Ambassador")  # the officer, here as ambassador
        rows["Abel"].place, rows["Abel"].place_reason = 1, "Guest of honour"
    # Abel set first; Zimmer as ambassador (rank 6) before the directors-general (rank 9).
    assert names(db, talks)["theirs"] == ["Abel", "Wolf", "Zimmer", "Zeller", "Adler"]
    with db.factory() as s:
        first = meeting_precedence(s, talks)[Side.THEIRS][0]
        assert (first.place, first.fixed, first.reason) == (1, True, "Guest of honour")
    # The table is the office's own: moving the ambassador up moves Zimmer with it.
    with db.factory.begin() as s:
        office(s, "Ambassador").rank = 2
    assert names(db, talks)["theirs"] == ["Abel", "Zimmer", "Wolf", "Zeller", "Adler"]


def test_a_place_needs_a_reason_and_an_office_in_use_stays(db, talks):
    errors = validate(ATTENDEE, {"side": Side.THEIRS, "counterpart_id": 1, "place": 2})
    assert "place_reason" in errors
    assert not validate(
        ATTENDEE, {"side": Side.THEIRS, "counterpart_id": 1, "place": 2, "place_reason": "host"}
    )
    with db.factory.begin() as s, pytest.raises(HasDependents):
        delete_record(s, PrecedenceOffice, office(s, "Director-general").id)


def test_the_default_order_of_a_city_government(db):
    with db.factory() as s:
        table = [
            o.name_en for o in s.scalars(select(PrecedenceOffice).order_by(PrecedenceOffice.rank))
        ]
    assert table[2:7] == [
        "Governor or mayor",
        "Assembly speaker",
        "Vice-governor or deputy mayor",
        "Ambassador",
        "Assembly member",
    ]


def _berlin(db) -> int:
    with db.factory() as s:
        return s.scalar(
            select(Meeting.id).where(Meeting.title == "Talks with the Senate of Berlin")
        )


def test_record_briefing_and_command_name_the_attendees_in_order(
    demo_db, db_target, tmp_path, capsys
):
    berlin = _berlin(demo_db)
    with demo_db.factory.begin() as s:
        meeting = s.get(Meeting, berlin)
        ours = [a for a in meeting.attendees if a.side is Side.OURS]
        assert len(ours) >= 3
        # Recorded with the governor last: the order of precedence puts him first.
        governor = next(a for a in ours if a.staff.family_name == "Kanda")
        others = [a for a in ours if a is not governor]
        expected = ["Kanda Haruto"] + [
            a.staff.display_name
            for a in sorted(
                others,
                key=lambda a: (a.staff.office.rank, a.staff.office_since, a.staff.family_name),
            )
        ]
    with demo_db.factory() as s:
        export_record(s, berlin, tmp_path / "record.xlsx", RecordOptions(written_at=WHEN))
    values = [
        v
        for row in load_workbook(tmp_path / "record.xlsx").active.iter_rows(values_only=True)
        for v in row
        if v is not None
    ]
    listed = [v for v in values if v in expected]
    assert listed == expected
    # The command line, the same order.
    assert main(["list", "precedence", "--db", db_target, "--meeting", str(berlin)]) == 0
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [line[2] for line in lines if line[0] == "Ours"] == expected
    assert [line[1] for line in lines if line[0] == "Ours"] == [
        str(n) for n in range(1, len(expected) + 1)
    ]
    assert lines[0][3] == "Governor or mayor" and lines[0][4] == "2014-02-11"
    # The briefing's brief of that meeting, the same order.
    with demo_db.factory() as s:
        trip_id = s.scalar(select(Trip.id).where(Trip.title.like("London and Berlin%")))
        export_briefing(
            s, trip_id, tmp_path / "book.xlsx", BriefingOptions(include_confidential=True)
        )
    briefs = load_workbook(tmp_path / "book.xlsx")["Meeting briefs"]
    text = [v for row in briefs.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    start = text.index("Talks with the Senate of Berlin")
    line = next(v for v in text[start:] if "Kanda Haruto" in v)
    assert [line.index(n) for n in expected] == sorted(line.index(n) for n in expected)


def test_the_command_needs_a_meeting_and_refuses_a_confidential_one(demo_file, capsys):
    assert main(["list", "precedence", "--db", str(demo_file)]) != 0
    assert "--meeting" in capsys.readouterr().err
    db = open_database(demo_file)
    try:
        with db.factory() as s:
            secret = s.scalar(select(Meeting.id).where(Meeting.id.in_(confidential_meeting_ids())))
    finally:
        db.dispose()
    command = ["list", "precedence", "--db", str(demo_file), "--meeting", str(secret)]
    assert main(command) != 0
    assert "confidential" in capsys.readouterr().err
    assert main([*command, "--include-confidential"]) == 0
    assert "Ours\t1\t" in capsys.readouterr().out
