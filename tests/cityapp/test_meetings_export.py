"""All meetings in one workbook: streamed, safe text, confidential only on request, cancellable."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from cityapp.excel.meetings_export import Cancelled, export_meetings
from cityapp.models import Meeting
from tests.demo_counts import DEMO_OPEN_MEETINGS


def test_every_meeting_but_the_confidential_one(demo_db, tmp_path):
    target = tmp_path / "meetings.xlsx"
    seen = []
    with demo_db.factory() as s:
        n = export_meetings(s, target, progress=lambda done, total: seen.append((done, total)))
    ws = load_workbook(target).active
    titles = [r[3].value for r in ws.iter_rows(min_row=2)]
    assert n == len(titles) == DEMO_OPEN_MEETINGS
    assert seen[-1] == (DEMO_OPEN_MEETINGS, DEMO_OPEN_MEETINGS)
    assert "Delegation debrief: Moscow talks" not in titles
    assert (
        ws["A2"].number_format == "yyyy-mm-dd"
        and ws["B2"].value == "10:00"
        and ws["C2"].value == "Europe/Moscow"
    )
    with demo_db.factory() as s:
        assert export_meetings(s, target, include_confidential=True) == DEMO_OPEN_MEETINGS + 1


def test_formula_like_text_stays_text(demo_db, tmp_path):
    with demo_db.factory.begin() as s:
        s.scalars(
            select(Meeting).where(Meeting.title == "Talks with the Senate of Berlin")
        ).one().outcome = "=1+1"
        s.scalars(
            select(Meeting).where(Meeting.title == "Talks with the Government of Moscow")
        ).one().venue = "@x"
    target = tmp_path / "meetings.xlsx"
    with demo_db.factory() as s:
        export_meetings(s, target)
    ws = load_workbook(target).active
    cells = [c for row in ws.iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)
    assert "=1+1" in [c.value for c in cells] and "@x" in [c.value for c in cells]


def test_a_cancelled_export_leaves_the_old_file(demo_db, tmp_path, monkeypatch):
    import cityapp.excel.stream as module

    monkeypatch.setattr(module, "BATCH", 5)
    monkeypatch.setattr(module, "CHECKED_TOGETHER", 5)
    target = tmp_path / "meetings.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(Cancelled), demo_db.factory() as s:
        export_meetings(s, target, cancelled=lambda: True)
    assert target.read_bytes() == b"old"
