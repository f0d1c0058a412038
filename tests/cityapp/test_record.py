"""A meeting's record of discussion, reopened cell by cell, in both languages."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from cityapp.cli import main
from cityapp.errors import UserError
from cityapp.excel.record import RecordOptions, export_record
from cityapp.models import Classification, Meeting, StaffMember

WHEN = datetime(2026, 11, 27, 3, 0, tzinfo=UTC)


def meeting_id(db, title):
    with db.factory() as s:
        return s.scalar(select(Meeting.id).where(Meeting.title == title))


def cells(path):
    ws = load_workbook(path).active
    return ws, [v for row in ws.iter_rows(values_only=True) for v in row if v is not None]


def test_the_record_holds_the_meeting_in_order(demo_db, tmp_path):
    berlin = meeting_id(demo_db, "Talks with the Senate of Berlin")
    with demo_db.factory.begin() as s:
        meeting = s.get(Meeting, berlin)
        mori = s.scalar(select(StaffMember).where(StaffMember.family_name == "Mori"))
        meeting.prepared_by, meeting.approved_by = mori, mori
        meeting.approved_on = date(2014, 11, 3)
    target = tmp_path / "record.xlsx"
    with demo_db.factory() as s:
        export_record(s, berlin, target, RecordOptions(written_at=WHEN))
    ws, values = cells(target)
    assert ws.title == "Record of discussion" and ws.page_setup.orientation == "portrait"
    assert ws.oddHeader.center.text == "INTERNAL — for official use"
    assert "INTERNAL — for official use" not in values  # the marking once, in the header
    order = [
        "Record of discussion",
        "Talks with the Senate of Berlin",
        "2014-10-29 12:00 Berlin (Tokyo 20:00)",
        "Our side",
        "Their side",
        "Summary",
        "Agreed to hold an urban forum in both cities and to mark the anniversaries together.",
        "Decisions",
        "Commitments",
        "Hold a joint urban forum alternately in Tokyo and Berlin.",
        "Prepared by",
        "Approved by",
        "Approved on",
        "2014-11-03",
    ]
    positions = [values.index(v) for v in order]
    assert positions == sorted(positions)
    assert "Joint (Jonas Weber)" in values and "2027-03-31" in values and "In progress" in values
    assert "Rotes Rathaus, Berlin" in values


def test_a_confidential_meeting_is_refused_unless_asked_and_then_marked(demo_db, tmp_path):
    secret = meeting_id(demo_db, "Delegation debrief: Moscow talks")
    with demo_db.factory() as s:
        assert s.get(Meeting, secret).classification is Classification.CONFIDENTIAL
        with pytest.raises(UserError, match="confidential"):
            export_record(s, secret, tmp_path / "no.xlsx")
        export_record(s, secret, tmp_path / "yes.xlsx", RecordOptions(include_confidential=True))
    assert not (tmp_path / "no.xlsx").exists()
    ws, _values = cells(tmp_path / "yes.xlsx")
    assert ws.oddHeader.center.text == "CONFIDENTIAL"


def test_the_record_command_in_japanese(demo_db, db_target, tmp_path, capsys):
    berlin = meeting_id(demo_db, "Talks with the Senate of Berlin")
    demo_db.dispose()
    out = tmp_path / "kaidan.xlsx"
    argv = ["export", "record", "--meeting", str(berlin), "--out", str(out), "--db", db_target]
    assert main([*argv, "--lang", "ja"]) == 0
    assert "Talks with the Senate of Berlin" in capsys.readouterr().out
    ws, values = cells(out)
    assert ws.title == "会談記録"
    assert "2014年10月29日（水） 12:00 ベルリン（東京 20:00）" in values
    assert "共同（Jonas Weber）" in values and "当方（森 愛子）" in values
    assert (
        main(["export", "record", "--meeting", "99999", "--out", str(out), "--db", db_target]) == 1
    )
    assert "no meeting 99999" in capsys.readouterr().err
