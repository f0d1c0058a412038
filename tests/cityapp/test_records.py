"""Record changes: validation, versions and conflicts, dependents, undo of deletes; and the lists."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from cityapp import fields
from cityapp.db import open_database
from cityapp.models import AuditAction, AuditEntry, City, Counterpart, RelationshipLevel
from cityapp.services import lists
from cityapp.services.records import (
    EditConflict,
    HasDependents,
    InvalidRecord,
    create_record,
    delete_record,
    editable_values,
    restore_record,
    update_record,
)

BERLIN = {
    "name_en": "Berlin",
    "name_local": "Berlin",
    "name_ja": "ベルリン",
    "country_code": "DE",
    "timezone": "Europe/Berlin",
    "relationship_level": RelationshipLevel.SISTER,
    "status": "active",
    "priority": 1,
}


def test_a_valid_city_is_created_and_audited(db):
    with db.factory.begin() as s:
        city = create_record(s, City, BERLIN, fields.CITY)
    with db.factory() as s:
        assert s.get(City, city.id).name_ja == "ベルリン"
        assert (
            s.scalar(select(AuditEntry.action).where(AuditEntry.table_name == "city"))
            is AuditAction.INSERT
        )


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"name_en": "  "}, "name_en", "required"),
        ({"country_code": "XX"}, "country_code", "not an ISO country code"),
        ({"timezone": "Mars/Olympus"}, "timezone", "not a time zone"),
        ({"latitude": 91.0}, "latitude", "at most 90"),
        ({"priority": 0}, "priority", "at least 1"),
        ({"relationship_level": "best friends"}, "relationship_level", "not one of"),
    ],
)
def test_invalid_values_are_explained_per_field(db, change, field, words):
    errors = fields.validate(fields.CITY, BERLIN | change)
    assert words in errors[field]
    with pytest.raises(InvalidRecord), db.factory.begin() as s:
        create_record(s, City, BERLIN | change, fields.CITY)


def test_a_term_cannot_end_before_it_starts():
    errors = fields.validate(
        fields.COUNTERPART,
        {"family_name": "Weber", "term_start": date(2020, 1, 1), "term_end": date(2019, 1, 1)},
    )
    assert errors == {"term_end": "The term cannot end before it starts."}


def test_a_stale_save_names_who_changed_it_and_when(db_target):
    first = open_database(db_target, actor="Mori Aiko")
    second = open_database(db_target, actor="Sato Kenji")
    try:
        with first.factory.begin() as s:
            city = create_record(s, City, BERLIN)
        version = city.version
        with second.factory.begin() as s:
            update_record(s, City, city.id, {"notes": "their change"}, version)
        with pytest.raises(EditConflict) as caught, first.factory.begin() as s:
            update_record(s, City, city.id, {"notes": "my change"}, version)
        assert caught.value.actor == "Sato Kenji"
        assert "changed by Sato Kenji at" in str(caught.value)
        with first.factory() as s:
            assert s.get(City, city.id).notes == "their change"
    finally:
        first.dispose()
        second.dispose()


def test_saving_a_record_someone_deleted_says_so(db):
    with db.factory.begin() as s:
        city = create_record(s, City, BERLIN)
    with db.factory.begin() as s:
        delete_record(s, City, city.id)
    with pytest.raises(EditConflict) as caught, db.factory.begin() as s:
        update_record(s, City, city.id, {"notes": "x"}, city.version)
    assert caught.value.deleted and "was deleted by tester" in str(caught.value)


def test_a_city_with_dependents_is_not_deleted(demo_db):
    with demo_db.factory() as s:
        seoul = s.scalars(select(City).where(City.name_en == "Seoul")).one()
    with pytest.raises(HasDependents) as caught, demo_db.factory.begin() as s:
        delete_record(s, City, seoul.id)
    message = str(caught.value)
    assert message.startswith("Seoul cannot be deleted:")
    assert (
        "3 agreements" in message and "2 meetings" in message and "nothing was deleted" in message
    )
    with demo_db.factory() as s:
        assert s.get(City, seoul.id) is not None


def test_a_deleted_record_comes_back_as_it_was(db):
    with db.factory.begin() as s:
        city = create_record(s, City, BERLIN)
    with db.factory.begin() as s:
        before = editable_values(s.get(City, city.id))
        saved = delete_record(s, City, city.id, expected_version=city.version)
    with db.factory.begin() as s:
        restore_record(s, City, saved)
    with db.factory() as s:
        back = s.get(City, city.id)
        assert editable_values(back) == before
        actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions == [AuditAction.INSERT, AuditAction.DELETE, AuditAction.INSERT]


def test_lists_sort_filter_and_page_in_sql(demo_db):
    with demo_db.factory() as s:
        names = [r[1] for r in lists.fetch_rows(s, lists.CITIES)]
        assert names == sorted(names)
        assert [r[1] for r in lists.fetch_rows(s, lists.CITIES, descending=True)] == sorted(
            names, reverse=True
        )
        by_level = lists.fetch_rows(s, lists.CITIES, order="relationship_level")
        assert [r[5].value for r in by_level] == sorted(r[5].value for r in by_level)
        assert [r[1] for r in lists.fetch_rows(s, lists.CITIES, text="москва")] == ["Moscow"]
        assert lists.count_rows(s, lists.CITIES, text="sister") == 0
        page = lists.fetch_rows(s, lists.CITIES, offset=10, limit=5)
        assert [r[1] for r in page] == names[10:15]
        seoul = names.index("Seoul")
        seoul_id = lists.fetch_rows(s, lists.CITIES)[seoul][0]
        assert lists.position_of(s, lists.CITIES, seoul_id) == seoul


def test_past_office_holders_are_left_out_unless_asked(demo_db):
    today = date(2026, 11, 27)
    with demo_db.factory() as s:
        current = {
            r[1] for r in lists.fetch_rows(s, lists.COUNTERPARTS, flags={"current_only": today})
        }
        everyone = {
            r[1] for r in lists.fetch_rows(s, lists.COUNTERPARTS, flags={"current_only": None})
        }
        past = s.scalars(select(Counterpart.family_name).where(Counterpart.term_end < today)).all()
    assert past and set(past) <= everyone and not set(past) & current


def test_a_trip_goes_with_its_programme_and_comes_back_whole(demo_db):
    from cityapp.models import ItineraryItem, Trip, TripDelegate

    with demo_db.factory() as s:
        incheon = s.scalars(select(Trip).where(Trip.title.like("Incheon%"))).one()
        items = s.scalar(
            select(func.count())
            .select_from(ItineraryItem)
            .where(ItineraryItem.trip_id == incheon.id)
        )
    with pytest.raises(HasDependents, match="1 meeting"), demo_db.factory.begin() as s:
        delete_record(s, Trip, incheon.id)  # its meeting is a record of its own: refused

    with demo_db.factory.begin() as s:
        trip = Trip(
            title="Draft",
            direction="outbound",
            start_date=date(2027, 1, 5),
            end_date=date(2027, 1, 6),
            objectives=[],
            buffer_minutes=30,
            workday_start=480,
            workday_end=1200,
        )
        s.add(trip)
        s.flush()
        from cityapp.services.itinerary import duplicate_item

        first_item = s.scalars(
            select(ItineraryItem).where(ItineraryItem.trip_id == incheon.id)
        ).first()
        copy = duplicate_item(s, first_item.id)
        copy.trip_id = trip.id
        trip.delegates.append(TripDelegate(staff_id=1, role="head"))
    with demo_db.factory.begin() as s:
        saved = delete_record(s, Trip, trip.id)
    with demo_db.factory() as s:
        assert s.get(Trip, trip.id) is None
        assert (
            s.scalar(
                select(func.count())
                .select_from(TripDelegate)
                .where(TripDelegate.trip_id == trip.id)
            )
            == 0
        )
    with demo_db.factory.begin() as s:
        restore_record(s, Trip, saved)
    with demo_db.factory() as s:
        back = s.get(Trip, trip.id)
        assert back.title == "Draft" and len(back.delegates) == 1 and len(back.itinerary) == 1
        assert (
            s.scalar(
                select(func.count())
                .select_from(ItineraryItem)
                .where(ItineraryItem.trip_id == incheon.id)
            )
            == items
        )


def test_every_path_is_validated_and_the_aggregates_rules_hold(demo_db, clock):
    """No form passed, no page involved: the services still check meetings, trips, commitments."""
    from datetime import timedelta

    from cityapp.models import Commitment, CommitmentStatus, Meeting, Trip, TripStatus
    from cityapp.services.records import InvalidRecord, create_record, update_record

    with demo_db.factory() as s:
        meeting = s.scalars(select(Meeting).order_by(Meeting.id)).first()
        meeting_id, m_version, starts = meeting.id, meeting.version, meeting.starts_at
        trip = s.scalars(select(Trip).where(Trip.status == TripStatus.PLANNING)).first()
        commitment = s.scalars(
            select(Commitment).where(Commitment.status == CommitmentStatus.OPEN)
        ).first()
        c_id, c_version = commitment.id, commitment.version
    with pytest.raises(InvalidRecord) as refused, demo_db.writing() as s:
        update_record(s, Meeting, meeting_id, {"ends_at": starts - timedelta(hours=1)}, m_version)
    assert "ends_local" in refused.value.errors  # checked as the form shows it
    with pytest.raises(InvalidRecord) as refused, demo_db.writing() as s:
        create_record(s, Meeting, {"title": "", "starts_at": starts, "zone": "Asia/Tokyo"})
    assert "title" in refused.value.errors
    assert trip is not None  # the demo plans one trip
    with pytest.raises(InvalidRecord) as refused, demo_db.writing() as s:
        update_record(s, Trip, trip.id, {"status": TripStatus.COMPLETED}, trip.version)
    assert "status" in refused.value.errors
    clock.set(date(2026, 12, 3))
    with demo_db.writing() as s:
        done = update_record(s, Commitment, c_id, {"status": CommitmentStatus.DONE}, c_version)
        assert done.completed_on == date(2026, 12, 3)
        again = update_record(
            s, Commitment, c_id, {"status": CommitmentStatus.IN_PROGRESS}, done.version
        )
        assert again.completed_on is None


def test_sorted_ids_match_the_full_list_query_for_every_column_and_filter(demo_db):
    """The ids read from the record's own table (joins left out when nothing needs them) are
    the full list query's ids, in the same order, for every list, column, direction and filter."""
    from cityapp.services.lists import COMMITMENTS, MEETINGS, TRIPS, fetch_rows, ordered_ids

    cases = [
        (COMMITMENTS, {}),
        (COMMITMENTS, {"overdue_on": date(2026, 11, 27)}),
        (MEETINGS, {}),
        (TRIPS, {}),
        (lists.CITIES, {}),
        (lists.COUNTERPARTS, {"current_only": date(2026, 11, 27)}),
    ]
    with demo_db.factory() as s:
        for spec, flags in cases:
            for column in spec.columns:
                for descending in (False, True):
                    args = {"order": column.key, "descending": descending, "flags": flags}
                    full = [r[0] for r in fetch_rows(s, spec, limit=100_000, **args)]
                    assert ordered_ids(s, spec, **args) == full, (spec.kind, column.key)
        assert ordered_ids(s, lists.CITIES, text="seoul") == [
            r[0] for r in fetch_rows(s, lists.CITIES, text="seoul")
        ]
