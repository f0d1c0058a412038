"""Access on the shared PostgreSQL server is enforced by the server, even against raw SQL."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from cityapp.access import ADMINISTRATOR, EDITOR, READER, current_access
from cityapp.cli import main
from tests.cityapp.test_confidentiality import (
    COMMITMENT,
    MEETING,
    SEATING_NOTE,
    SLOT,
    TRIP,
    TRIP_CONTACT,
    seed,
)
from tests.conftest import backends

pytestmark = pytest.mark.parametrize(
    "db_target", [b for b in backends() if b == "postgresql"], indirect=True
)


def as_role(url: str, name: str) -> str:
    return make_url(url).set(username=name, password=None).render_as_string(hide_password=False)


def scalar(url: str, sql: str, **params):
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql), params).scalar()
    finally:
        engine.dispose()


@pytest.fixture
def officers(db_target):
    names = {k: f"officer_{k}_{uuid.uuid4().hex[:8]}" for k in ("reader", "editor", "cleared")}
    yield names
    engine = create_engine(db_target)
    with engine.begin() as conn:
        for name in names.values():
            conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    engine.dispose()


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out + err


def test_roles_and_row_level_security(demo_db, db_target, officers, capsys):
    _open_trip, hidden_trip = seed(demo_db)
    for _ in range(2):  # setup can be run again
        code, said = run(capsys, "server", "setup", "--db", db_target)
        assert code == 0, said
    code, said = run(capsys, "server", "grant", "--db", db_target, officers["reader"], "reader")
    assert code == 0 and "created the login role" in said, said
    assert run(capsys, "server", "grant", "--db", db_target, officers["editor"], "editor")[0] == 0
    code, said = run(
        capsys,
        "server",
        "grant",
        "--db",
        db_target,
        officers["cleared"],
        "editor",
        "--confidential",
    )
    assert code == 0, said

    ids = {
        "slot": scalar(
            db_target, "SELECT id FROM itinerary_item WHERE title = :t", t=SLOT["title"]
        ),
        "plan": scalar(
            db_target,
            "SELECT p.id FROM seating_plan p JOIN meeting m ON m.id = p.meeting_id"
            " WHERE m.title = :t",
            t=MEETING["title"],
        ),
    }
    reader = as_role(db_target, officers["reader"])
    editor = as_role(db_target, officers["editor"])
    cleared = as_role(db_target, officers["cleared"])
    secret_rows = {
        "meeting": ("SELECT count(*) FROM meeting WHERE title = :m", {"m": MEETING["title"]}),
        "trip": ("SELECT count(*) FROM trip WHERE title = :m", {"m": TRIP["title"]}),
        "slot": ("SELECT count(*) FROM itinerary_item WHERE title = :m", {"m": SLOT["title"]}),
        "commitment": ("SELECT count(*) FROM commitment WHERE text = :m", {"m": COMMITMENT}),
        "search": ("SELECT count(*) FROM search_entry WHERE text LIKE :m", {"m": "%zqx%"}),
        "audit": (
            "SELECT count(*) FROM audit_entry WHERE CAST(changes AS text) LIKE :m"
            " AND table_name <> 'counterpart'",
            {"m": "%ZQX%"},
        ),
        "trip's meeting": (
            "SELECT count(*) FROM meeting WHERE title = 'ZQXtripmeeting'",
            {},
        ),
        "trip's contact": (
            "SELECT count(*) FROM trip_contact WHERE name = :m",
            {"m": TRIP_CONTACT["name"]},
        ),
        "trip's route": ("SELECT count(*) FROM trip_stop WHERE trip_id = :t", {"t": hidden_trip}),
        "who attends the slot": (
            "SELECT count(*) FROM itinerary_participant WHERE item_id = :i",
            {"i": ids["slot"]},
        ),
        "seating": ("SELECT count(*) FROM seating_plan WHERE id = :p", {"p": ids["plan"]}),
        "seats": ("SELECT count(*) FROM seat WHERE plan_id = :p", {"p": ids["plan"]}),
        "seating note": (
            "SELECT count(*) FROM seating_acknowledgement WHERE note = :m",
            {"m": SEATING_NOTE},
        ),
        "seating's audit": (
            "SELECT count(*) FROM audit_entry WHERE table_name = 'seating_acknowledgement'"
            " AND CAST(changes AS text) LIKE :m",
            {"m": "%ZQXseating%"},
        ),
    }
    for what, (sql, params) in secret_rows.items():
        assert scalar(reader, sql, **params) == 0, what
        assert scalar(editor, sql, **params) == 0, what
        assert scalar(cleared, sql, **params) >= 1, what
    assert scalar(reader, "SELECT count(*) FROM city") > 0

    # A reader cannot change anything, even with raw SQL.
    engine = create_engine(reader)
    with pytest.raises(DBAPIError, match="permission denied"), engine.begin() as conn:
        conn.execute(text("UPDATE city SET notes = 'x'"))
    engine.dispose()
    # An uncleared editor cannot write a confidential meeting either.
    engine = create_engine(editor)
    with pytest.raises(DBAPIError, match="row-level security"), engine.begin() as conn:
        conn.execute(text("UPDATE meeting SET classification = 'confidential'"))
    engine.dispose()

    # The program asks what the officer may do; the audit trail records the role, not a typed name.
    from cityapp.db import open_database

    for url, level, confidential in (
        (reader, READER, False),
        (editor, EDITOR, False),
        (cleared, EDITOR, True),
        (db_target, ADMINISTRATOR, True),
    ):
        db = open_database(url, actor="typed name", create=False)
        try:
            with db.session() as s:
                access = current_access(s)
            assert (access.level, access.confidential) == (level, confidential), url
        finally:
            db.dispose()
    db = open_database(editor, actor="someone else", create=False)
    try:
        from cityapp.models import City
        from cityapp.services.records import update_record

        with db.session() as s:
            city = s.query(City).order_by(City.id).first()
            city_id, version = city.id, city.version
        with db.writing() as s:
            update_record(s, City, city_id, {"notes": "seen by the editor"}, version)
    finally:
        db.dispose()
    actor = scalar(
        db_target,
        "SELECT actor FROM audit_entry WHERE table_name = 'city' ORDER BY id DESC LIMIT 1",
    )
    assert actor == officers["editor"]

    # Revoked: nothing at all (without the schema, its tables are not even seen).
    assert run(capsys, "server", "revoke", "--db", db_target, officers["reader"])[0] == 0
    with pytest.raises(DBAPIError, match="permission denied|does not exist"):
        scalar(reader, "SELECT count(*) FROM city")


def test_only_an_administrator_grants(demo_db, db_target, officers, capsys):
    assert run(capsys, "server", "setup", "--db", db_target)[0] == 0
    assert run(capsys, "server", "grant", "--db", db_target, officers["editor"], "editor")[0] == 0
    code, said = run(
        capsys,
        "server",
        "grant",
        "--db",
        as_role(db_target, officers["editor"]),
        officers["reader"],
        "reader",
    )
    assert code == 1 and "only an administrator" in said, said


def test_a_refused_command_says_so_in_one_line(demo_db, db_target, officers, capsys):
    assert run(capsys, "server", "setup", "--db", db_target)[0] == 0
    assert run(capsys, "server", "grant", "--db", db_target, officers["reader"], "reader")[0] == 0
    import tempfile
    from pathlib import Path

    from tests.cityapp.test_imports import workbook

    folder = Path(tempfile.mkdtemp())
    source = workbook(folder / "people.xlsx", [["Family name"], ["Haddad"]])
    code, said = run(
        capsys,
        "import",
        "counterparts",
        str(source),
        "--db",
        as_role(db_target, officers["reader"]),
    )
    assert code == 1 and "the server refused" in said and "Traceback" not in said
