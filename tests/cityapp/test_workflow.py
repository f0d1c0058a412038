"""The trip and meeting workflow the core keeps: a trip's lead is in its delegation, a meeting
on a trip starts with the delegation at the table, a commitment done before its meeting is
noticed."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select

from cityapp.fields import DEFAULTS
from cityapp.models import (
    Commitment,
    Counterpart,
    DelegateRole,
    Meeting,
    OwnerSide,
    Side,
    StaffMember,
    Trip,
    TripDelegate,
    TripDirection,
    TripStatus,
)
from cityapp.services.commitments import made_in_a_meeting_to_come
from cityapp.services.records import create_record, update_record

MEETING = {k: v for k, v in DEFAULTS["meeting"].items() if k != "objectives"}


def _trip_values(**extra):
    return {
        **DEFAULTS["trip"],
        "title": "Berlin: working visit",
        "direction": TripDirection.OUTBOUND,
        "status": TripStatus.PLANNING,
        "start_date": date(2027, 3, 2),
        "end_date": date(2027, 3, 5),
        **extra,
    }


def test_a_trips_lead_is_in_its_delegation(db):
    with db.factory.begin() as s:
        mori, sato = StaffMember(family_name="Mori"), StaffMember(family_name="Sato")
        s.add_all([mori, sato])
        s.flush()
        trip = create_record(s, Trip, _trip_values(lead_staff_id=mori.id))
        s.flush()
        assert [(d.staff_id, d.role) for d in trip.delegates] == [(mori.id, DelegateRole.HEAD)]
        # A new lead joins too; the head stays who it was.
        update_record(s, Trip, trip.id, {"lead_staff_id": sato.id}, trip.version)
        s.flush()
        roles = {d.staff_id: d.role for d in s.scalars(select(TripDelegate))}
        assert roles == {mori.id: DelegateRole.HEAD, sato.id: DelegateRole.STAFF}
        # Someone already in the delegation is not added twice.
        update_record(s, Trip, trip.id, {"lead_staff_id": mori.id}, trip.version)
        s.flush()
        assert len(s.scalars(select(TripDelegate)).all()) == 2


def test_a_meeting_on_a_trip_starts_with_the_delegation_at_the_table(db):
    with db.factory.begin() as s:
        mori = StaffMember(family_name="Mori")
        visitor = Counterpart(family_name="Wegner", given_name="Kai")
        s.add_all([mori, visitor])
        s.flush()
        trip = create_record(s, Trip, _trip_values(lead_staff_id=mori.id))
        s.flush()
        s.add(TripDelegate(trip_id=trip.id, counterpart_id=visitor.id, role=DelegateRole.STAFF))
        s.flush()
        meeting = create_record(
            s,
            Meeting,
            {
                **MEETING,
                "title": "Talks",
                "trip_id": trip.id,
                "starts_at": datetime(2027, 3, 3, 9, tzinfo=UTC),
                "zone": "Europe/Berlin",
            },
        )
        s.flush()
        seats = sorted((a.side, a.staff_id or a.counterpart_id) for a in meeting.attendees)
        assert seats == sorted([(Side.OURS, mori.id), (Side.THEIRS, visitor.id)])
        # A meeting outside a trip starts empty.
        alone = create_record(
            s,
            Meeting,
            {
                **MEETING,
                "title": "Call",
                "starts_at": datetime(2027, 1, 5, 9, tzinfo=UTC),
                "zone": "Asia/Tokyo",
            },
        )
        s.flush()
        assert alone.attendees == []


def test_a_commitment_of_a_meeting_still_to_come_is_noticed(db):
    with db.factory.begin() as s:
        # 00:30 UTC on 1 December is still 30 November in New York, where the meeting is.
        meeting = Meeting(
            title="Talks",
            starts_at=datetime(2026, 12, 1, 0, 30, tzinfo=UTC),
            zone="America/New_York",
        )
        s.add(meeting)
        s.flush()
        promise = Commitment(
            meeting_id=meeting.id, text="Send the report", owner_side=OwnerSide.OURS
        )
        s.add(promise)
        s.flush()
        assert made_in_a_meeting_to_come(s, promise.id, date(2026, 11, 30)) is None
        assert made_in_a_meeting_to_come(s, promise.id, date(2026, 11, 29)) == date(2026, 11, 30)
