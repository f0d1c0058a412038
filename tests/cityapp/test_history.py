"""The audit trail reads as lines people understand, and sensitive values stay hidden."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from sqlalchemy import select

from cityapp.models import Counterpart
from cityapp.services.history import (
    HIDDEN,
    TrailFilter,
    audit_trail,
    export_audit,
    record_history,
)
from cityapp.services.records import update_record


def change_person(db, clock):
    with db.factory() as s:
        person = s.scalars(select(Counterpart).where(Counterpart.family_name == "Sokolov")).one()
        person_id, version = person.id, person.version
    clock.set(date(2026, 12, 1))
    with db.writing() as s:
        update_record(
            s,
            Counterpart,
            person_id,
            {"position": "Deputy Mayor", "dietary_notes": "ZQXnopork"},
            version,
        )
    return person_id


def test_a_record_history_is_newest_first_with_old_and_new(demo_db, clock):
    person_id = change_person(demo_db, clock)
    with demo_db.factory() as s:
        lines = record_history(s, "counterpart", person_id, sensitive_visible=True)
        hidden = record_history(s, "counterpart", person_id, sensitive_visible=False)
    assert lines[0].action == "update" and lines[-1].action == "insert"
    latest = {line.field_label: (line.old, line.new) for line in lines if line.action == "update"}
    assert latest["Position"][1] == "Deputy Mayor"
    assert latest["Dietary notes"] == ("Allergic to shellfish.", "ZQXnopork")
    assert [line.at for line in lines] == sorted((line.at for line in lines), reverse=True)
    masked = {line.field: line.new for line in hidden if line.action == "update"}
    assert masked["dietary_notes"] == HIDDEN and masked["position"] == "Deputy Mayor"


def test_the_trail_filters_and_exports(demo_db, clock, tmp_path):
    change_person(demo_db, clock)
    with demo_db.factory() as s:
        since = audit_trail(s, TrailFilter(since=date(2026, 12, 1)), sensitive_visible=False)
        assert {line.kind for line in since} >= {"counterpart"}
        assert all(line.actor == "tester" for line in since)
        assert audit_trail(s, TrailFilter(officer="nobody"), sensitive_visible=True) == []
        people = audit_trail(s, TrailFilter(kind="city"), sensitive_visible=True, limit=5)
        assert people and {line.kind for line in people} == {"city"}
        n = export_audit(
            s,
            tmp_path / "trail.xlsx",
            TrailFilter(since=date(2026, 12, 1)),
            sensitive_visible=False,
        )
    ws = load_workbook(tmp_path / "trail.xlsx").active
    values = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert n == len(since) and "Deputy Mayor" in values
    assert "ZQXnopork" not in values and HIDDEN in values
