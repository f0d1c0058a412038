"""The model keeps data sane: constraints, versions, aware times — on every backend."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm.exc import StaleDataError

from cityapp.models import (
    Agreement,
    AgreementKind,
    City,
    Commitment,
    CommitmentStatus,
    Counterpart,
    ItineraryItem,
    ItineraryKind,
    Meeting,
    MeetingAttendee,
    OwnerSide,
    Side,
    Trip,
)
from tests import factories


def test_a_trip_cannot_end_before_it_starts(db):
    with pytest.raises(IntegrityError), db.factory.begin() as s:
        s.add(factories.trip(start_date=date(2026, 3, 5), end_date=date(2026, 3, 4)))
    with db.factory() as s:
        assert s.scalar(select(Trip).limit(1)) is None


def test_a_one_day_trip_is_allowed(db):
    with db.factory.begin() as s:
        s.add(factories.trip(start_date=date(2026, 3, 5), end_date=date(2026, 3, 5)))
    with db.factory() as s:
        assert s.scalar(select(Trip.title)) == "Berlin: working visit"


def test_enumerations_are_checked_by_the_database(db):
    with db.factory.begin() as s:
        s.add(factories.city())
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(text("UPDATE city SET relationship_level = 'enemy'"))


def test_an_unknown_enumeration_value_is_refused_before_the_database(db):
    with pytest.raises((StatementError, LookupError)), db.factory.begin() as s:
        s.add(factories.city(relationship_level="best friends"))


@pytest.mark.parametrize("field", ["name_en", "country_code", "timezone"])
def test_required_city_fields_are_not_null(db, field):
    with pytest.raises(IntegrityError), db.factory.begin() as s:
        s.add(factories.city(**{field: None}))


def test_country_code_must_have_two_letters(db):
    with pytest.raises(IntegrityError), db.factory.begin() as s:
        s.add(factories.city(country_code="D"))


def test_coordinates_must_be_on_earth(db):
    with pytest.raises(IntegrityError), db.factory.begin() as s:
        s.add(factories.city(latitude=91.0))


def test_agreement_expiry_cannot_precede_signature(db):
    with pytest.raises(IntegrityError), db.factory.begin() as s:
        s.add(
            Agreement(
                kind=AgreementKind.MOU,
                title="MoU",
                city=factories.city(),
                signed_on=date(2015, 1, 1),
                expires_on=date(2014, 1, 1),
            )
        )


def test_an_attendee_is_one_person_of_the_right_side(db):
    start = datetime(2026, 3, 3, 9, tzinfo=ZoneInfo("Europe/Berlin"))
    with db.factory.begin() as s:
        person = Counterpart(family_name="Weber", given_name="Jonas")
        meeting = Meeting(title="Talks", starts_at=start, zone="Europe/Berlin")
        s.add_all([person, meeting])
    with pytest.raises(IntegrityError), db.factory.begin() as s:
        s.add(MeetingAttendee(meeting_id=meeting.id, side=Side.OURS, counterpart_id=person.id))


def test_atmosphere_is_on_a_five_step_scale(db):
    start = datetime(2026, 3, 3, 9, tzinfo=UTC)
    with pytest.raises(IntegrityError), db.factory.begin() as s:
        s.add(Meeting(title="Talks", starts_at=start, zone="UTC", atmosphere=6))


def test_itinerary_item_keeps_the_instant_and_the_zone(db):
    berlin = ZoneInfo("Europe/Berlin")
    departs = datetime(2026, 10, 25, 1, 30, tzinfo=berlin)  # the night the clocks go back
    with db.factory.begin() as s:
        trip = factories.trip()
        trip.itinerary.append(
            ItineraryItem(
                kind=ItineraryKind.FLIGHT,
                title="Berlin → Tokyo",
                starts_at=departs,
                start_zone="Europe/Berlin",
                ends_at=departs + timedelta(hours=13),
                end_zone="Asia/Tokyo",
            )
        )
        s.add(trip)
    with db.factory() as s:
        item = s.scalar(select(ItineraryItem))
        assert item.starts_at.tzinfo is not None
        assert item.starts_at == departs
        assert item.starts_at.utcoffset() == timedelta(0)
        assert item.start_zone == "Europe/Berlin"
        assert (
            item.ends_at.astimezone(ZoneInfo(item.end_zone)).strftime("%Y-%m-%d %H:%M")
            == "2026-10-25 22:30"
        )


def test_a_naive_datetime_is_refused(db):
    with pytest.raises(StatementError, match="naive datetime"), db.factory.begin() as s:
        s.add(Meeting(title="Talks", starts_at=datetime(2026, 3, 3, 9), zone="Europe/Berlin"))


def test_itinerary_item_cannot_end_before_it_starts(db):
    start = datetime(2026, 3, 3, 9, tzinfo=UTC)
    with pytest.raises(IntegrityError), db.factory.begin() as s:
        trip = factories.trip()
        trip.itinerary.append(
            ItineraryItem(
                kind=ItineraryKind.MEETING,
                title="Talks",
                starts_at=start,
                start_zone="UTC",
                ends_at=start - timedelta(minutes=1),
                end_zone="UTC",
            )
        )
        s.add(trip)


def test_version_and_timestamps_follow_each_save(db):
    with db.factory.begin() as s:
        city = factories.city()
        s.add(city)
    first_update = city.updated_at
    assert city.version == 1
    assert city.created_at.tzinfo is not None
    with db.factory.begin() as s:
        loaded = s.get(City, city.id)
        loaded.name_ja = "ベルリン"
    with db.factory() as s:
        again = s.get(City, city.id)
        assert again.version == 2
        assert again.updated_at >= first_update


def test_a_stale_edit_is_refused_not_overwritten(db):
    with db.factory.begin() as s:
        s.add(factories.city())
    mine, theirs = db.factory(), db.factory()
    try:
        my_copy = mine.scalar(select(City))
        their_copy = theirs.scalar(select(City))
        their_copy.notes = "changed by another officer"
        theirs.commit()
        my_copy.notes = "my change"
        with pytest.raises(StaleDataError):
            mine.commit()
    finally:
        mine.close()
        theirs.close()
    with db.factory() as s:
        assert s.scalar(select(City.notes)) == "changed by another officer"


def test_foreign_keys_are_enforced(db):
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO agreement (kind, title, city_id, legally_binding, version, created_at, "
                "updated_at) VALUES ('mou', 'x', 999, true, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            )
        )


def test_a_city_with_agreements_cannot_be_deleted_underneath_them(db):
    with db.factory.begin() as s:
        s.add(Agreement(kind=AgreementKind.MOU, title="MoU", city=factories.city()))
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(text("DELETE FROM city"))


def test_commitment_overdue_only_while_open(db):
    c = Commitment(
        text="Send the report",
        owner_side=OwnerSide.OURS,
        due_on=date(2026, 1, 31),
        status=CommitmentStatus.OPEN,
    )
    assert c.is_overdue(date(2026, 2, 1))
    assert not c.is_overdue(date(2026, 1, 31))
    c.status = CommitmentStatus.DONE
    assert not c.is_overdue(date(2026, 2, 1))


def test_version_column_exists_on_every_editable_table():
    from cityapp.models import Base

    not_editable = {
        "audit_entry",
        "office_setting",
        "search_entry",
        "trip_objective",
        "meeting_objective",
        "agreement_objective",
        "itinerary_participant",
        "trip_stop",  # a trip's route, edited with the trip (as its objectives are)
        "seat",  # a seating plan's seats, saved with the plan
        # A project's partners and objectives, edited with the project.
        "project_city",
        "project_network",
        "project_organization",
        "project_objective",
        # A programme's partner cities and objectives, edited with the programme.
        "programme_city",
        "programme_objective",
    }
    for name, table in Base.metadata.tables.items():
        if name in not_editable:
            continue
        assert "version" in table.c, name
        assert "created_at" in table.c and "updated_at" in table.c, name
        mapper = next(m for m in Base.registry.mappers if m.local_table is table)
        assert mapper.version_id_col is table.c.version, name


def test_names_in_any_script_round_trip(db):
    names = ["Москва", "서울", "北京", "東京", "القاهرة", "กรุงเทพมหานคร", "Hà Nội", "😀 emoji"]
    with db.factory.begin() as s:
        for i, name in enumerate(names):
            s.add(factories.city(name_en=f"City {i}", name_local=name))
    with db.factory() as s:
        assert [c for c in s.scalars(select(City.name_local).order_by(City.id))] == names


def test_a_nul_character_is_stored_as_a_visible_replacement(db):
    with db.factory.begin() as s:
        city = factories.city(notes="pasted\x00junk")
        s.add(city)
    with db.factory() as s:
        assert s.get(City, city.id).notes == "pasted\ufffdjunk"
