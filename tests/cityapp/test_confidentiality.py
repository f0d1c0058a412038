"""Confidential content stays out of every output unless asked for, and is marked when asked.

Unique markers go into every field of a confidential meeting (and what it makes
confidential) and of a confidential trip; every default output (the files
unzipped, the calendars, the command output) is searched for them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cityapp import confidentiality
from cityapp.cli import main
from cityapp.models import (
    BudgetCategory,
    BudgetLine,
    Classification,
    Commitment,
    CommitmentProgress,
    CommitmentStatus,
    ContactRole,
    Counterpart,
    Gift,
    GiftDirection,
    ItineraryItem,
    ItineraryKind,
    Meeting,
    MeetingAttendee,
    OwnerSide,
    Seat,
    SeatingAcknowledgement,
    SeatingLayout,
    SeatingPlan,
    Side,
    Trip,
    TripContact,
    TripDirection,
    TripStatus,
    TripStop,
)
from tests.xlsx import unzipped

# Fields that outputs show, one marker each; the prefix is what `search` is asked for.
MEETING = {
    "title": "ZQXmeetingtitle",
    "venue": "ZQXmeetingvenue",
    "agenda": "ZQXmeetingagenda",
    "talking_points": "ZQXmeetingpoints",
    "outcome": "ZQXmeetingoutcome",
    "decisions": "ZQXmeetingdecisions",
}
SLOT = {"title": "ZQXslottitle", "details": "ZQXslotdetails", "venue": "ZQXslotvenue"}
GIFT = {"description": "ZQXgiftdescription", "disposition_note": "ZQXgiftdisposition"}
COMMITMENT = "ZQXcommitmenttext"
TRIP = {"title": "ZQXtriptitle", "purpose": "ZQXtrippurpose"}
TRIP_ITEM = {"title": "ZQXtripitem", "details": "ZQXtripitemdetails"}
TRIP_BUDGET = "ZQXtripbudget"
TRIP_MEETING = "ZQXtripmeeting"
TRIP_CONTACT = {"name": "ZQXtripcontact", "phone": "ZQXtripphone"}
SEATING_NOTE = "ZQXseatingnote"  # in no output; hidden from queries and the server
# A person seen only in the confidential meeting: their name is not secret in itself
# (the Counterparts page lists them), their presence in this trip's outputs is.
ATTENDEE = "Qjwattendee"
# Sensitive notes of a person the trip meets openly.
SENSITIVE = {"dietary_notes": "ZQXdietary", "protocol_notes": "ZQXprotocol"}

SECRET = [
    *MEETING.values(),
    *SLOT.values(),
    *GIFT.values(),
    COMMITMENT,
    *TRIP.values(),
    *TRIP_ITEM.values(),
    TRIP_BUDGET,
    TRIP_MEETING,
    *TRIP_CONTACT.values(),
    ATTENDEE,
    *SENSITIVE.values(),
]


def seed(db) -> tuple[int, int]:
    """Add the confidential content to the demo office: (open trip id, confidential trip id)."""
    with db.factory.begin() as s:
        trip = s.scalars(select(Trip).where(Trip.title.like("Seoul%"))).one()
        open_meeting = min(trip.meetings, key=lambda m: m.starts_at)
        known = next(a.counterpart for a in open_meeting.attendees if a.counterpart)
        for field, marker in SENSITIVE.items():
            setattr(known, field, marker)
        start = open_meeting.starts_at + timedelta(hours=5)
        who = trip.delegates[:1]  # who goes to the secret slot is as secret as the slot
        slot = ItineraryItem(
            trip=trip,
            kind=ItineraryKind.MEETING,
            starts_at=start,
            start_zone=open_meeting.zone,
            ends_at=start + timedelta(hours=1),
            end_zone=open_meeting.zone,
            city_id=open_meeting.city_id,
            participants=who,
            **SLOT,
        )
        stranger = Counterpart(
            family_name=ATTENDEE, given_name="Only", city_id=open_meeting.city_id
        )
        secret = Meeting(
            trip=trip,
            itinerary_item=slot,
            starts_at=start,
            ends_at=start + timedelta(hours=1),
            zone=open_meeting.zone,
            city_id=open_meeting.city_id,
            classification=Classification.CONFIDENTIAL,
            **MEETING,
        )
        secret.attendees.append(
            MeetingAttendee(side=Side.THEIRS, counterpart=stranger, role="adviser")
        )
        secret.attendees.append(MeetingAttendee(side=Side.THEIRS, counterpart=known))
        secret.commitments.append(
            Commitment(
                text=COMMITMENT,
                owner_side=OwnerSide.OURS,
                due_on=date(2020, 1, 1),  # long overdue, still open
                status=CommitmentStatus.OPEN,
            )
        )
        s.add(
            Gift(
                direction=GiftDirection.RECEIVED,
                counterpart=known,
                meeting=secret,
                trip=trip,
                exchanged_on=start.date(),
                **GIFT,
            )
        )
        # Progress on an open commitment, reported in the confidential meeting.
        earlier = s.scalars(select(Commitment).order_by(Commitment.id)).first()
        s.add(
            CommitmentProgress(
                commitment=earlier,
                meeting=secret,
                note="ZQXprogressnote",
                status_after=earlier.status,
            )
        )

        hidden = Trip(
            direction=TripDirection.OUTBOUND,
            status=TripStatus.PLANNING,
            start_date=date(2026, 2, 2),
            end_date=date(2026, 2, 4),
            classification=Classification.CONFIDENTIAL,
            destination_city_id=open_meeting.city_id,
            **TRIP,
        )
        at = datetime(2026, 2, 2, 1, 0, tzinfo=UTC)
        hidden.itinerary.append(
            ItineraryItem(
                kind=ItineraryKind.EVENT,
                starts_at=at,
                start_zone="Asia/Tokyo",
                ends_at=at + timedelta(hours=2),
                end_zone="Asia/Tokyo",
                **TRIP_ITEM,
            )
        )
        hidden.budget_lines.append(
            BudgetLine(
                category=BudgetCategory.OTHER,
                description=TRIP_BUDGET,
                amount=1000,
                currency="JPY",
            )
        )
        s.add(hidden)
        s.add(
            Meeting(
                trip=hidden,
                title=TRIP_MEETING,
                starts_at=at,
                zone="Asia/Tokyo",
                city_id=open_meeting.city_id,
                classification=Classification.INTERNAL,
            )
        )
        # The confidential meeting's seating, and the hidden trip's route and helper on the ground.
        plan = SeatingPlan(meeting=secret, layout=SeatingLayout.TALKS, tables=1, per_table=10)
        s.add(plan)
        s.flush()
        s.add(Seat(plan_id=plan.id, attendee_id=secret.attendees[0].id, table_no=1, seat_no=1))
        s.add(
            SeatingAcknowledgement(
                plan_id=plan.id, warning_key="ZQXwarning", note=SEATING_NOTE, acknowledged_by="x"
            )
        )
        s.add(TripStop(trip=hidden, position=1, city_id=open_meeting.city_id))
        s.add(TripContact(trip=hidden, role=ContactRole.LIAISON, **TRIP_CONTACT))
        s.flush()
        return trip.id, hidden.id


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out + err


def every_output(capsys, target: str, folder: Path, open_trip: int, include: bool) -> dict:
    """Each output's text, by name; files refused are left out."""
    extra = ["--include-confidential"] if include else []
    db = ["--db", target]
    texts: dict[str, str] = {}
    files = {
        "briefing en": ["export", "briefing", "--trip", str(open_trip), "--lang", "en"],
        "briefing ja": ["export", "briefing", "--trip", str(open_trip), "--lang", "ja"],
        "calendar": ["export", "calendar", "--trip", str(open_trip)],
        "portfolio": ["export", "portfolio"],
        "meetings": ["export", "meetings"],
        "gifts": ["export", "gifts"],
        "commitments": ["export", "commitments"],
    }
    for name, argv in files.items():
        out = (
            folder / f"{name.replace(' ', '-')}-{include}.{'ics' if 'calendar' in name else 'xlsx'}"
        )
        code, said = run(capsys, *argv, *db, "--out", str(out), *extra)
        assert code == 0, said
        texts[name] = (
            out.read_text(encoding="utf-8") if out.suffix == ".ics" else unzipped(out)
        ) + said
    commands = {
        "list trips": ["list", "trips"],
        "list cities": ["list", "cities"],
        "list commitments": ["list", "commitments"],
        "list overdue": ["list", "commitments", "--overdue"],
        "list open": ["list", "commitments", "--status", "open"],
        "search": ["search", "zqx", "--limit", "500"],
        "search attendee": ["search", ATTENDEE, "--limit", "500"],
        "report targets": ["report", "targets"],
    }
    for name, argv in commands.items():
        code, said = run(capsys, *argv, *db, *extra)
        assert code == 0, said
        texts[name] = said
    return texts


def test_no_default_output_carries_confidential_content(demo_db, db_target, capsys, tmp_path):
    open_trip, hidden_trip = seed(demo_db)
    texts = every_output(capsys, db_target, tmp_path, open_trip, include=False)
    leaks = {
        (name, marker)
        for name, text in texts.items()
        for marker in SECRET
        if marker in text
        and not (name == "search attendee" and marker == ATTENDEE)  # the person's own record
    }
    assert leaks == set()
    assert "CONFIDENTIAL" not in (
        texts["briefing en"]
        + texts["portfolio"]
        + texts["meetings"]
        + texts["gifts"]
        + texts["commitments"]
    )
    # The person's own record is found, not the meeting they were seen in.
    assert texts["search attendee"].startswith("counterpart\t")

    # A confidential trip is not exported at all without asking, and says why.
    for kind, suffix in (("briefing", "xlsx"), ("calendar", "ics")):
        out = tmp_path / f"hidden.{suffix}"
        code, said = run(
            capsys, "export", kind, "--db", db_target, "--trip", str(hidden_trip), "--out", str(out)
        )
        assert code == 1 and "confidential" in said and not out.exists()
        assert TRIP["title"] not in said


def test_every_marker_comes_out_when_asked_for_and_files_are_marked(
    demo_db, db_target, capsys, tmp_path
):
    open_trip, hidden_trip = seed(demo_db)
    texts = every_output(capsys, db_target, tmp_path, open_trip, include=True)
    for kind, suffix in (("briefing", "xlsx"), ("calendar", "ics")):
        out = tmp_path / f"hidden.{suffix}"
        code, said = run(
            capsys,
            "export",
            kind,
            "--db",
            db_target,
            "--trip",
            str(hidden_trip),
            "--out",
            str(out),
            "--include-confidential",
        )
        assert code == 0, said
        texts[f"hidden {kind}"] = (
            out.read_text(encoding="utf-8") if suffix == "ics" else unzipped(out)
        )
    everything = "\n".join(texts.values())
    assert [m for m in SECRET if m not in everything] == []
    for name in (
        "briefing en",
        "portfolio",
        "meetings",
        "gifts",
        "commitments",
        "calendar",
        "hidden briefing",
        "hidden calendar",
    ):
        assert "CONFIDENTIAL" in texts[name], name
    assert "秘" in texts["briefing ja"]


def test_the_rule_follows_relationships_and_counts(demo_db):
    """Objects reached through a relationship and counts obey the rule as well as queries."""
    from sqlalchemy import func

    open_trip, hidden_trip = seed(demo_db)
    with demo_db.factory() as s:
        with confidentiality.scope(s, include_confidential=False):
            trip = s.get(Trip, open_trip)
            assert all(m.classification is not Classification.CONFIDENTIAL for m in trip.meetings)
            assert SLOT["title"] not in {i.title for i in trip.itinerary}
            assert s.get(Trip, hidden_trip) is None
            hidden_count = s.scalar(select(func.count()).select_from(Meeting))
            assert not s.scalars(select(Gift).where(Gift.description == GIFT["description"])).all()
            assert not s.scalars(
                select(CommitmentProgress).where(CommitmentProgress.note == "ZQXprogressnote")
            ).all()
        # Leaving the scope forgets what was loaded inside it.
        trip = s.get(Trip, open_trip)
        assert MEETING["title"] in {m.title for m in trip.meetings}
        # the two added here, and the demo's own confidential debrief in Moscow
        assert s.scalar(select(func.count()).select_from(Meeting)) == hidden_count + 3


HIDDEN_PARTS = (TripContact, TripStop, SeatingPlan, Seat, SeatingAcknowledgement)


def test_a_confidential_records_route_contacts_and_seating_go_with_it(demo_db):
    """Rows that hang on a confidential trip or meeting are left out with it, and so are their
    entries in the audit trail."""
    from cityapp.models import AuditEntry

    _open_trip, hidden_trip = seed(demo_db)
    with demo_db.factory() as s:
        secret = s.scalars(select(Meeting.id).where(Meeting.title == MEETING["title"])).one()
        plans = select(SeatingPlan.id).where(SeatingPlan.meeting_id == secret)
        ids = {
            part: s.scalars(select(part.id).where(where)).all()
            for part, where in (
                (TripContact, TripContact.trip_id == hidden_trip),
                (TripStop, TripStop.trip_id == hidden_trip),
                (SeatingPlan, SeatingPlan.meeting_id == secret),
                (Seat, Seat.plan_id.in_(plans)),
                (SeatingAcknowledgement, SeatingAcknowledgement.plan_id.in_(plans)),
            )
        }
        assert all(ids.values()), ids
        everyone = {part: len(s.scalars(select(part.id)).all()) for part in HIDDEN_PARTS}
        audited = {
            part: s.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(
                    AuditEntry.table_name == part.__tablename__,
                    AuditEntry.row_id.in_([str(i) for i in ids[part]]),
                )
            )
            for part in HIDDEN_PARTS
        }
        assert all(audited.values()), audited
        with confidentiality.scope(s, include_confidential=False):
            for part in HIDDEN_PARTS:
                seen = s.scalars(select(part).where(part.id.in_(ids[part]))).all()
                trail = s.scalars(
                    select(AuditEntry).where(
                        AuditEntry.table_name == part.__tablename__,
                        AuditEntry.row_id.in_([str(i) for i in ids[part]]),
                    )
                ).all()
                assert (seen, trail) == ([], []), part.__name__
                # The open trips' and meetings' rows stay.
                left = len(s.scalars(select(part.id)).all())
                assert left == everyone[part] - len(ids[part]), part.__name__
        with confidentiality.scope(s, include_confidential=True):
            names = s.scalars(select(TripContact.name)).all()
            assert TRIP_CONTACT["name"] in names


def test_every_table_that_hangs_on_a_trip_or_meeting_is_hidden_in_every_rule():
    """A table added later with a key to a trip or a meeting (or to a table that has one) is
    caught here: the outputs' rule, the audit trail's rule and the server's row policies each
    name it."""
    from cityapp import server
    from cityapp.models import Base

    tables = Base.metadata.tables
    hanging, grown = {"trip", "meeting"}, True
    while grown:
        grown = False
        for table in tables.values():
            if table.name not in hanging and any(
                fk.column.table.name in hanging for fk in table.foreign_keys
            ):
                hanging.add(table.name)
                grown = True
    mapped = {m.local_table.name: m.class_ for m in Base.registry.mappers}
    in_rule = {entity.__tablename__ for entity, _criteria in confidentiality._CRITERIA}
    in_trail = {name for name, _ids in confidentiality._confidential_rows()}
    trail_sql = next(f for f in server.FUNCTIONS if "citydesk_secret_row" in f)
    for name in sorted(hanging):
        assert name in server.OPEN_ROWS, f"{name}: no row policy on the server"
        if name in mapped:  # a table of its own (not only a link between two)
            assert name in in_rule, f"{name}: not in confidentiality._CRITERIA"
            assert name in in_trail, f"{name}: its audit entries are not hidden"
            assert f"WHEN '{name}'" in trail_sql, f"{name}: its audit entries show on the server"


@pytest.mark.parametrize("include", [False, True])
def test_the_gui_exports_use_the_same_rule(demo_db, tmp_path, include):
    """The functions the pages call carry the same rule (the dialogs' box is `include`)."""
    from cityapp.calendar_export import export_trip_calendar
    from cityapp.excel.meetings_export import export_meetings

    open_trip, _ = seed(demo_db)
    with demo_db.factory() as s:
        export_meetings(s, tmp_path / "m.xlsx", include_confidential=include)
        export_trip_calendar(s, open_trip, tmp_path / "c.ics", include_confidential=include)
    found = unzipped(tmp_path / "m.xlsx") + (tmp_path / "c.ics").read_text(encoding="utf-8")
    assert (MEETING["outcome"] in found) is include
    assert (SLOT["details"] in found) is include
