"""Saves never overwrite another officer's work, and two saves at once end as one save and
one conflict that names who saved first (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from cityapp.db import open_database
from cityapp.models import Commitment, CommitmentStatus, Meeting, StaffMember
from cityapp.services.commitments import carry_forward
from cityapp.services.records import EditConflict, update_record

ROUNDS = 25


def test_two_officers_saving_at_once_get_one_save_and_one_conflict(db_target):
    first = open_database(db_target, actor="Officer Aoki")
    second = open_database(db_target, actor="Officer Brown")
    try:
        with first.writing() as s:
            person = StaffMember(family_name="Mori")
            s.add(person)
            s.flush()
            person_id = person.id
        for round_ in range(ROUNDS):
            with first.factory() as s:
                version = s.get(StaffMember, person_id).version
            barrier = threading.Barrier(2)
            outcomes: dict[str, object] = {}

            def save(db, who, version=version, barrier=barrier, outcomes=outcomes, n=round_):
                barrier.wait()
                try:
                    with db.writing() as s:
                        update_record(s, StaffMember, person_id, {"title": f"{who} {n}"}, version)
                    outcomes[who] = "saved"
                except EditConflict as exc:
                    outcomes[who] = exc
                except Exception as exc:  # anything else is the defect this test is about
                    outcomes[who] = repr(exc)

            threads = [
                threading.Thread(target=save, args=(first, "Aoki")),
                threading.Thread(target=save, args=(second, "Brown")),
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=60)
            saved = [who for who, o in outcomes.items() if o == "saved"]
            conflicts = [o for o in outcomes.values() if isinstance(o, EditConflict)]
            assert len(saved) == 1 and len(conflicts) == 1, outcomes
            winner = "Officer Aoki" if saved == ["Aoki"] else "Officer Brown"
            assert conflicts[0].actor == winner
            assert conflicts[0].at is not None
            assert winner in str(conflicts[0])
            with first.factory() as s:
                assert s.get(StaffMember, person_id).title == f"{saved[0]} {round_}"
    finally:
        first.dispose()
        second.dispose()


def test_carrying_a_commitment_from_a_stale_view_is_a_conflict(demo_db):
    with demo_db.factory() as s:
        commitment = s.scalars(
            select(Commitment)
            .where(Commitment.status == CommitmentStatus.OPEN)
            .order_by(Commitment.id)
        ).first()
        later = s.scalars(
            select(Meeting)
            .where(Meeting.starts_at > commitment.meeting.starts_at)
            .order_by(Meeting.starts_at)
        ).first()
        seen = commitment.version
    other = open_database(demo_db.url.render_as_string(hide_password=False), actor="Officer Chen")
    try:
        with other.writing() as s:  # another officer marks it done meanwhile
            update_record(s, Commitment, commitment.id, {"status": CommitmentStatus.DONE}, seen)
    finally:
        other.dispose()
    with pytest.raises(EditConflict) as refused, demo_db.writing() as s:
        carry_forward(
            s,
            commitment.id,
            later.id,
            "still open",
            CommitmentStatus.IN_PROGRESS,
            later.starts_at.date(),
            seen,
        )
    assert refused.value.actor == "Officer Chen"
    with demo_db.factory() as s:
        assert s.get(Commitment, commitment.id).status is CommitmentStatus.DONE
