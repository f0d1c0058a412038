"""One person's data: exported whole, erased for good (the bytes of the file included)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select, text

from cityapp.cli import main
from cityapp.models import (
    Commitment,
    CommitmentStatus,
    Counterpart,
    Gift,
    GiftDirection,
    Meeting,
    MeetingAttendee,
    OwnerSide,
    Side,
)
from cityapp.services.privacy import notes_to_review
from cityapp.services.records import update_record

NAME = "Zqxerasable"
NOTES = "ZQXsecretdiet"
EMAIL = "zqx.person@example.org"
OLD_NOTES = "ZQXolderprotocol"


def add_person(db) -> tuple[int, int]:
    with db.factory.begin() as s:
        meeting = s.scalars(
            select(Meeting).where(Meeting.title.like("Talks with the Seoul%"))
        ).one()
        person = Counterpart(
            family_name=NAME,
            given_name="Mina",
            dietary_notes=NOTES,
            protocol_notes=OLD_NOTES,
            email=EMAIL,
            position="Director for ZQX",
        )
        meeting.attendees.append(MeetingAttendee(side=Side.THEIRS, counterpart=person))
        meeting.commitments.append(
            Commitment(
                text="Send the ZQX study",
                owner_side=OwnerSide.THEIRS,
                owner_counterpart=person,
                status=CommitmentStatus.OPEN,
            )
        )
        s.add(
            Gift(
                direction=GiftDirection.RECEIVED,
                counterpart=person,
                meeting=meeting,
                description="ZQX fan",
                exchanged_on=date(2026, 5, 1),
            )
        )
        s.flush()
        person_id, meeting_id = person.id, meeting.id
    with db.factory() as s:
        version = s.get(Counterpart, person_id).version
    with db.writing() as s:  # an older value that only the audit trail now holds
        update_record(s, Counterpart, person_id, {"protocol_notes": "Prefers tea"}, version)
    return person_id, meeting_id


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out + err


def test_everything_held_about_a_person_is_exported(demo_db, db_target, capsys, tmp_path):
    person_id, _ = add_person(demo_db)
    target = tmp_path / "person.xlsx"
    code, said = run(
        capsys,
        "privacy",
        "export",
        "--db",
        db_target,
        "--counterpart",
        str(person_id),
        "--out",
        str(target),
    )
    assert code == 0, said
    wb = load_workbook(target)
    assert wb.sheetnames == ["Record", "Meetings", "Commitments", "Gifts", "Trips", "Audit trail"]

    def values(name):
        return " ".join(str(c.value) for row in wb[name].iter_rows() for c in row if c.value)

    assert NAME in values("Record") and NOTES in values("Record") and EMAIL in values("Record")
    assert "Talks with the Seoul" in values("Meetings")
    assert "Send the ZQX study" in values("Commitments")
    assert "ZQX fan" in values("Gifts")
    assert OLD_NOTES in values("Audit trail") and "Prefers tea" in values("Audit trail")
    assert "CONFIDENTIAL" in values("Record")


def test_an_erased_person_is_gone_from_the_database_file(demo_db, db_target, capsys, monkeypatch):
    person_id, meeting_id = add_person(demo_db)
    # Without --yes and without a terminal to ask on, nothing happens.
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, said = run(capsys, "privacy", "erase", "--db", db_target, "--counterpart", str(person_id))
    assert code == 1 and "--yes" in said
    code, said = run(
        capsys, "privacy", "erase", "--db", db_target, "--counterpart", str(person_id), "--yes"
    )
    assert code == 0, said
    with demo_db.factory() as s:
        person = s.get(Counterpart, person_id)
        assert person.family_name == "(erased)" and person.dietary_notes is None
        assert person.display_name == "an erased person"
        meeting = s.get(Meeting, meeting_id)
        assert person_id in {a.counterpart_id for a in meeting.attendees}  # the meeting is kept
    again = run(
        capsys, "privacy", "erase", "--db", db_target, "--counterpart", str(person_id), "--yes"
    )
    assert again[0] == 1 and "already been erased" in again[1]

    secrets = [NAME, NOTES, EMAIL, OLD_NOTES, "Director for ZQX"]
    if demo_db.is_sqlite:
        demo_db.dispose()
        path = Path(db_target)
        blob = b"".join(
            p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()
        )
        for secret in secrets:
            assert secret.encode() not in blob, secret
            assert secret.encode("utf-16-le") not in blob, secret
    else:
        with demo_db.engine.connect() as conn:
            for secret in secrets:
                found = conn.execute(
                    text(
                        "SELECT (SELECT count(*) FROM audit_entry WHERE CAST(changes AS text) LIKE :p)"
                        " + (SELECT count(*) FROM search_entry WHERE text LIKE lower(:p) OR label LIKE :p)"
                        " + (SELECT count(*) FROM counterpart WHERE CAST(counterpart.* AS text) LIKE :p)"
                    ),
                    {"p": f"%{secret}%"},
                ).scalar()
                assert found == 0, secret


def test_sensitive_notes_of_people_long_out_of_office_are_listed(db, clock):
    with db.factory.begin() as s:
        s.add_all(
            [
                Counterpart(family_name="Long", term_end=date(2019, 3, 31), dietary_notes="vegan"),
                Counterpart(
                    family_name="Recent", term_end=date(2024, 3, 31), dietary_notes="vegan"
                ),
                Counterpart(family_name="Nothing", term_end=date(2010, 3, 31)),
                Counterpart(family_name="Serving", protocol_notes="tea"),
            ]
        )
    with db.factory() as s:
        lines = notes_to_review(s, date(2026, 11, 27))
    assert [(r.name, r.notes) for r in lines] == [("Long", "dietary")]


def test_compacting_removes_text_left_in_free_pages(tmp_path):
    """A build without secure_delete leaves replaced text in free pages; VACUUM takes it out."""
    import sqlite3

    from cityapp.db import open_database
    from cityapp.services.privacy import compact

    db_target = str(tmp_path / "office.sqlite3")  # the bytes are SQLite's; the server is above
    db = open_database(db_target, actor="tester")
    with db.factory.begin() as s:
        s.add(Counterpart(family_name="Left", dietary_notes=NOTES + " no pork," * 1000))
    db.dispose()
    raw = sqlite3.connect(db_target)
    raw.execute("PRAGMA secure_delete = OFF")  # as on a build that keeps freed pages as they were
    raw.execute("UPDATE counterpart SET dietary_notes = NULL")
    raw.execute("DELETE FROM audit_entry")
    raw.execute("DELETE FROM search_entry")
    raw.commit()
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    assert NOTES.encode() in Path(db_target).read_bytes()
    db = open_database(db_target, actor="tester")
    with db.session() as s:
        assert "VACUUM" in compact(s)
    db.dispose()
    assert NOTES.encode() not in Path(db_target).read_bytes()
