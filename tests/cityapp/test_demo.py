"""The demo office holds the public facts; the large office has the sizes it promises."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from cityapp.demo import Sizes, create_demo_database
from cityapp.errors import UserError
from cityapp.models import (
    Agreement,
    AgreementKind,
    AuditEntry,
    City,
    Commitment,
    CommitmentStatus,
    Counterpart,
    Gift,
    ItineraryItem,
    Meeting,
    Network,
    NetworkMembership,
    NetworkPlenary,
    Objective,
    RelationshipLevel,
    Target,
    Trip,
    TripDirection,
)

TODAY = date(2026, 11, 27)


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_the_twelve_partners_and_their_dates(demo_db):
    with demo_db.factory() as s:
        partners = s.execute(
            select(City.name_en, Agreement.signed_on)
            .join(Agreement.city)
            .where(Agreement.kind.in_([AgreementKind.SISTER_CITY, AgreementKind.PARTNERSHIP]))
        ).all()
    assert len(partners) == 12
    assert ("New York City", date(1960, 2, 29)) in partners
    assert ("Moscow", date(1991, 7, 16)) in partners
    assert ("London", date(2015, 10, 14)) in partners


def test_other_agreements_include_the_renewed_ones(demo_db):
    with demo_db.factory() as s:
        nsw = s.scalars(
            select(Agreement)
            .join(Agreement.city)
            .where(City.name_en == "New South Wales", Agreement.kind == AgreementKind.MOU)
        ).one()
        london_mou = s.scalars(
            select(Agreement)
            .join(Agreement.city)
            .where(
                City.name_en == "London",
                Agreement.kind == AgreementKind.MOU,
                Agreement.signed_on == date(2015, 10, 14),
            )
        ).one()
        assert count(s, Agreement) == 22
    assert nsw.signed_on == date(2015, 5, 19) and nsw.renewed_on == date(2024, 2, 6)
    assert not london_mou.legally_binding
    assert "sporting events" in london_mou.fields_of_cooperation


def test_anmc21_has_thirteen_members_and_its_tomsk_plenary(demo_db):
    with demo_db.factory() as s:
        anmc = s.scalars(select(Network).where(Network.short_name == "ANMC21")).one()
        members = s.scalars(
            select(City.name_en)
            .join(NetworkMembership.city)
            .where(NetworkMembership.network_id == anmc.id)
        ).all()
        plenary = s.scalars(
            select(NetworkPlenary).where(NetworkPlenary.network_id == anmc.id)
        ).one()
        assert count(s, Network) == 4
        assert plenary.city.name_en == "Tomsk"
    assert len(members) == 13
    assert {"Tokyo", "Tomsk", "Yangon", "Ulaanbaatar"} <= set(members)
    assert (plenary.number, plenary.starts_on, plenary.ends_on) == (
        13,
        date(2014, 9, 5),
        date(2014, 9, 6),
    )


def test_names_in_local_script_and_japanese(demo_db):
    with demo_db.factory() as s:
        names = {c.name_en: (c.name_local, c.name_ja) for c in s.scalars(select(City))}
    assert names["Moscow"] == ("Москва", "モスクワ")
    assert names["Seoul"] == ("서울", "ソウル")
    assert names["Beijing"] == ("北京", "北京")
    assert names["Tokyo"] == ("東京", "東京")


def test_strategy_objectives_and_targets(demo_db):
    with demo_db.factory() as s:
        assert [o.number for o in s.scalars(select(Objective).order_by(Objective.number))] == [
            1,
            2,
            3,
        ]
        targets = {(t.target_count, t.deadline) for t in s.scalars(select(Target))}
    assert targets == {(15, date(2017, 12, 31)), (30, date(2020, 12, 31))}


def test_the_six_trips_of_2014(demo_db):
    with demo_db.factory() as s:
        trips = s.scalars(
            select(Trip)
            .where(Trip.start_date.between(date(2014, 1, 1), date(2014, 12, 31)))
            .order_by(Trip.start_date)
        ).all()
        titles = [t.title for t in trips]
        assert all(t.direction is TripDirection.OUTBOUND for t in trips)
        seoul = trips[2]
        assert (seoul.start_date, seoul.end_date) == (date(2014, 7, 23), date(2014, 7, 25))
        assert (
            len(seoul.delegates) == 6 and seoul.itinerary and seoul.meetings and seoul.budget_lines
        )
        places = {item.city.name_en for t in trips for item in t.itinerary if item.city}
    assert len(titles) == 6
    assert {"Sochi", "Beijing", "Seoul", "Tomsk", "Moscow", "Incheon", "London", "Berlin"} <= places


def test_itineraries_keep_local_zones(demo_db):
    with demo_db.factory() as s:
        flight = s.scalars(
            select(ItineraryItem).where(ItineraryItem.title.like("Flight Tokyo Haneda → London%"))
        ).one()
    assert (flight.start_zone, flight.end_zone) == ("Asia/Tokyo", "Europe/London")
    # 11:30 in Tokyo on 26 October 2014 is 02:30 UTC; London had left summer time that night.
    assert flight.starts_at.strftime("%Y-%m-%d %H:%M %Z") == "2014-10-26 02:30 UTC"


def test_meetings_commitments_and_gifts_tell_a_story(demo_db):
    with demo_db.factory() as s:
        commitments = s.scalars(select(Commitment)).all()
        statuses = {c.status for c in commitments}
        overdue = [c for c in commitments if c.is_overdue(TODAY)]
        not_yet_due = [
            c
            for c in commitments
            if c.status is CommitmentStatus.IN_PROGRESS and not c.is_overdue(TODAY)
        ]
        assert count(s, Meeting) >= 10
        assert (
            s.scalar(
                select(func.count())
                .select_from(Meeting)
                .where(Meeting.classification == "confidential")
            )
            == 1
        )
        received_undeclared = s.scalars(
            select(Gift).where(Gift.direction == "received", Gift.declared_on.is_(None))
        ).all()
        people = s.scalars(select(Counterpart)).all()
    assert statuses == set(CommitmentStatus)
    assert len(overdue) >= 3
    assert not_yet_due
    assert received_undeclared
    assert any(p.term_end is not None for p in people)
    assert any(p.family_name_local == "김" and p.family_name_first for p in people)


def test_levels_make_a_sensible_portfolio(demo_db):
    with demo_db.factory() as s:
        levels = dict(
            s.execute(
                select(City.relationship_level, func.count()).group_by(City.relationship_level)
            ).all()
        )
        home = s.scalars(select(City).where(City.is_home)).one()
    assert levels[RelationshipLevel.SISTER] == 11
    assert levels[RelationshipLevel.PARTNER] == 1
    assert home.name_en == "Tokyo"


def test_demo_changes_are_audited_as_the_demo(tmp_path):
    db = create_demo_database(tmp_path / "demo.sqlite3")
    try:
        with db.factory() as s:
            actors = set(s.scalars(select(AuditEntry.actor)))
            assert count(s, AuditEntry) > 100
        assert actors == {"demo"}
    finally:
        db.dispose()


def test_an_existing_file_is_not_overwritten_without_force(tmp_path):
    path = tmp_path / "office.sqlite3"
    path.write_bytes(b"precious")
    with pytest.raises(UserError, match="--force"):
        create_demo_database(path)
    assert path.read_bytes() == b"precious"
    create_demo_database(path, force=True).dispose()
    assert path.read_bytes()[:15] == b"SQLite format 3"


def test_a_database_with_data_never_receives_the_demo(db_target):
    create_demo_database(db_target).dispose()
    with pytest.raises(UserError, match="already"):
        create_demo_database(db_target)


SMALL = Sizes(
    cities=60,
    counterparts=300,
    staff=20,
    outbound_trips=30,
    inbound_visits=90,
    meetings=400,
    commitments=1200,
    agreements=25,
    gifts=150,
    largest_trip_items=40,
)


def table_counts(db) -> dict[str, int]:
    from cityapp.models import Base

    with db.factory() as s:
        return {
            name: s.scalar(select(func.count()).select_from(t))
            for name, t in Base.metadata.tables.items()
        }


def test_the_large_office_is_deterministic_and_sized(db_target, tmp_path):
    first = create_demo_database(db_target, large=True, sizes=SMALL, seed=7)
    try:
        counts = table_counts(first)
        with first.factory() as s:
            names = s.scalars(select(City.name_local).order_by(City.id)).all()
            scripts = {max(ord(ch) for ch in n) > 0x2FF for n in names}
            biggest = s.scalar(
                select(func.count()).select_from(ItineraryItem).where(ItineraryItem.trip_id == 1)
            )
            # Rows added after a bulk load get fresh keys (PostgreSQL sequences moved past them).
            with first.factory.begin() as w:
                w.add(City(name_en="Added", country_code="FR", timezone="Europe/Paris"))
    finally:
        first.dispose()
    assert counts["city"] == 60 and counts["counterpart"] == 300 and counts["meeting"] == 400
    assert counts["commitment"] == 1200 and counts["gift"] == 150 and counts["agreement"] == 25
    assert counts["trip"] == 120
    assert biggest == 40
    assert scripts == {True, False}

    again = create_demo_database(tmp_path / "again.sqlite3", large=True, sizes=SMALL, seed=7)
    try:
        with again.factory() as s:
            assert s.scalars(select(City.name_local).order_by(City.id)).all() == names
    finally:
        again.dispose()


def test_the_full_large_office_has_the_promised_sizes(tmp_path):
    db = create_demo_database(tmp_path / "large.sqlite3", large=True)
    try:
        counts = table_counts(db)
        with db.factory() as s:
            outbound = s.scalar(
                select(func.count()).select_from(Trip).where(Trip.direction == "outbound")
            )
    finally:
        db.dispose()
    assert (counts["city"], counts["counterpart"], counts["meeting"]) == (500, 8_000, 25_000)
    assert (counts["commitment"], counts["agreement"], counts["gift"]) == (80_000, 200, 10_000)
    assert (outbound, counts["trip"] - outbound) == (600, 8_000)
