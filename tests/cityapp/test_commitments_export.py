"""All commitments in one workbook (`export commitments`): reopened cell by cell, in English and
in Japanese, those of confidential meetings out unless asked for."""

from __future__ import annotations

import shutil
from datetime import datetime

from openpyxl import load_workbook
from sqlalchemy import select

from cityapp.cli import main
from cityapp.models import Classification, Commitment, Meeting


def _export(capsys, db: str, out, *extra: str) -> str:
    assert main(["export", "commitments", "--db", db, "--out", str(out), *extra]) == 0
    return capsys.readouterr().out


def test_every_commitment_reopened_cell_by_cell(capsys, demo_file, tmp_path):
    out = tmp_path / "commitments.xlsx"
    said = _export(capsys, str(demo_file), out)
    ws = load_workbook(out).active
    assert ws.title == "Commitments"
    assert [c.value for c in ws[1]] == [
        "Due",
        "Status",
        "Side",
        "Owner",
        "Commitment",
        "Made in",
        "Meeting date",
        "City",
        "Bureau",
        "Done on",
    ]
    assert ws.freeze_panes == "A2" and ws.print_title_rows == "$1:$1"
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert f"Wrote {len(rows)} commitments" in said
    first = rows[0]
    assert first == [
        datetime(2014, 4, 15),
        "Done",
        "Ours",
        "Suzuki Hana",
        "Send the Tokyo 2020 accessibility working group's contacts to the Sochi administration.",
        "Call on the Sochi City Administration",
        datetime(2014, 3, 8),
        "Sochi",
        None,
        datetime(2014, 4, 2),
    ]
    assert ws.cell(row=2, column=1).number_format == "yyyy-mm-dd"
    by_text = {r[4]: r for r in rows}
    assert by_text["Share the volunteer training handbook in English."][2:4] == [
        "Theirs",
        "Dmitry Orlov",
    ]
    dues = [r[0] for r in rows if r[0] is not None]
    assert dues == sorted(dues) and all(r[0] is None for r in rows[len(dues) :])


def test_in_japanese_and_with_confidential_meetings_only_when_asked(capsys, demo_file, tmp_path):
    from cityapp.db import open_database

    db_path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, db_path)
    db = open_database(str(db_path))
    with db.factory.begin() as s:
        m = s.scalars(
            select(Meeting).where(Meeting.title == "Talks with the Senate of Berlin")
        ).one()
        m.classification = Classification.CONFIDENTIAL
        secret = s.scalars(select(Commitment.text).where(Commitment.meeting_id == m.id)).all()
    db.dispose()
    assert secret
    plain, cleared = tmp_path / "plain.xlsx", tmp_path / "cleared.xlsx"
    _export(capsys, str(db_path), plain)
    _export(capsys, str(db_path), cleared, "--include-confidential", "--lang", "ja")
    plain_texts = {r[4] for r in load_workbook(plain).active.iter_rows(values_only=True)}
    ws = load_workbook(cleared).active
    cleared_texts = {r[4] for r in ws.iter_rows(values_only=True)}
    assert not set(secret) & plain_texts and set(secret) <= cleared_texts
    assert ws["A1"].value == "秘"
    assert ws.freeze_panes == "A3"
    assert ws.cell(row=3, column=1).number_format == 'yyyy"年"m"月"d"日"'
    assert ws.cell(row=3, column=2).value in {"完了", "未着手", "実施中", "取り下げ"}
