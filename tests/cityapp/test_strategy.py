"""Targets, objectives and relationship health, computed from constructed records."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from cityapp.db import open_database
from cityapp.errors import UserError
from cityapp.models import (
    Agreement,
    AgreementKind,
    City,
    Commitment,
    CommitmentStatus,
    Counterpart,
    Lesson,
    Meeting,
    MeetingAttendee,
    MeetingLevel,
    Objective,
    OwnerSide,
    Project,
    ProjectStatus,
    RelationshipLevel,
    Side,
    Target,
    TripStatus,
)
from cityapp.services import health
from cityapp.services.contacts import ANY_LEVEL, load_contacts
from cityapp.services.objectives import objective_items, objective_summaries
from cityapp.services.strategy import (
    check_rule,
    describe_rule,
    evaluate,
    load_strategy_data,
    target_progress,
)
from tests import factories

TODAY = date(2026, 11, 27)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)


@pytest.fixture
def office(db):
    """Tokyo and five partner cities, each with one kind of tie."""
    with db.factory.begin() as s:
        home = factories.city(
            name_en="Tokyo", country_code="JP", timezone="Asia/Tokyo", is_home=True
        )
        rome = factories.city(name_en="Rome", country_code="IT", timezone="Europe/Rome")
        oslo = factories.city(name_en="Oslo", country_code="NO", timezone="Europe/Oslo")
        lima = factories.city(name_en="Lima", country_code="PE", timezone="America/Lima")
        hanoi = factories.city(name_en="Hanoi", country_code="VN", timezone="Asia/Ho_Chi_Minh")
        quito = factories.city(name_en="Quito", country_code="EC", timezone="America/Guayaquil")
        s.add_all([home, rome, oslo, lima, hanoi, quito])
        s.flush()
        # Rome: an agreement since 2015. Oslo: one from 2016 that ended in 2018.
        s.add_all(
            [
                Agreement(
                    kind=AgreementKind.MOU, title="Rome MoU", city=rome, signed_on=date(2015, 3, 1)
                ),
                Agreement(
                    kind=AgreementKind.MOU,
                    title="Oslo MoU",
                    city=oslo,
                    signed_on=date(2016, 3, 1),
                    ended_on=date(2018, 6, 1),
                ),
            ]
        )
        # Lima: the Governor met there in 2019; Hanoi: a working meeting in Tokyo with a
        # visitor from Hanoi in 2024.
        s.add(
            Meeting(
                title="Talks in Lima",
                starts_at=at(date(2019, 5, 10)),
                zone="America/Lima",
                city=lima,
                level=MeetingLevel.HEAD_OF_CITY,
            )
        )
        visitor = Counterpart(family_name="Tran", city=hanoi)
        s.add(
            Meeting(
                title="Working meeting in Tokyo",
                starts_at=at(date(2024, 2, 1)),
                zone="Asia/Tokyo",
                city=home,
                level=MeetingLevel.WORKING,
                attendees=[MeetingAttendee(side=Side.THEIRS, counterpart=visitor)],
            )
        )
        # Quito: we visited in 2025.
        s.add(
            factories.trip(
                title="Quito visit",
                destination_city=quito,
                status=TripStatus.COMPLETED,
                start_date=date(2025, 4, 1),
                end_date=date(2025, 4, 3),
            )
        )
    return db, {c.name_en: c.id for c in (home, rome, oslo, lima, hanoi, quito)}


def counting(db, rule, on):
    with db.factory() as s:
        data = load_strategy_data(s, TODAY)
        return {data.names[c] for c in evaluate(data, rule, on).counting}


def near(db, rule, on):
    with db.factory() as s:
        data = load_strategy_data(s, TODAY)
        return {data.names[c]: why for c, why in evaluate(data, rule, on, near=True).near.items()}


def test_agreements_count_while_in_force(office):
    db, _ = office
    rule = {"agreement_in_force": True}
    assert counting(db, rule, date(2014, 12, 31)) == set()
    assert counting(db, rule, date(2016, 12, 31)) == {"Rome", "Oslo"}
    assert counting(db, rule, date(2018, 12, 31)) == {"Rome"}
    assert near(db, rule, date(2018, 12, 31)) == {
        "Oslo": ["renewing “Oslo MoU” (ended 2018-06-01)"]
    }
    assert counting(db, {"agreement_in_force": ["sister_city"]}, TODAY) == set()


def test_meetings_count_by_level_within_the_window(office):
    db, _ = office
    head = {"head_of_city_meeting_within_years": 5}
    assert counting(db, head, date(2019, 12, 31)) == {"Lima"}
    assert counting(db, head, date(2024, 5, 9)) == {"Lima"}  # five years to the day
    assert counting(db, head, date(2024, 5, 11)) == set()
    # Hanoi was met, in Tokyo, below head-of-city level: one step away, and so is Lima.
    assert near(db, head, TODAY) == {
        "Lima": ["a head-of-city meeting (the last was 2019-05-10)"],
        "Hanoi": ["a head-of-city meeting (met at a lower level on 2024-02-01)"],
    }
    any_level = {"meeting_within_years": 3, "level_at_least": "working"}
    assert counting(db, any_level, TODAY) == {"Hanoi"}
    deputy = {"meeting_within_years": 10, "level_at_least": "deputy"}
    assert counting(db, deputy, TODAY) == {"Lima"}


def test_visits_count_by_direction(office):
    db, _ = office
    assert counting(db, {"visit_within_years": 2, "direction": "outbound"}, TODAY) == {"Quito"}
    assert counting(db, {"visit_within_years": 2, "direction": "inbound"}, TODAY) == set()
    assert counting(db, {"visit_within_years": 1}, date(2027, 6, 1)) == set()
    assert near(db, {"visit_within_years": 1}, TODAY) == {
        "Quito": ["a visit (the last was 2025-04-01)"]
    }


def test_rules_combine_with_any_and_all(office):
    db, ids = office
    either = {"any": [{"agreement_in_force": True}, {"head_of_city_meeting_within_years": 5}]}
    assert counting(db, either, date(2019, 12, 31)) == {"Rome", "Lima"}
    both = {"all": [{"agreement_in_force": True}, {"visit_within_years": 5}]}
    assert counting(db, both, TODAY) == set()
    nested = {
        "any": [
            {"all": [{"agreement_in_force": True}, {"meeting_within_years": 10}]},
            {"visit_within_years": 5},
        ]
    }
    assert counting(db, nested, TODAY) == {"Quito"}
    # Our own city never counts, whatever the rule.
    with db.factory.begin() as s:
        home = s.get(City, ids["Tokyo"])
        s.add(
            Agreement(kind=AgreementKind.MOU, title="Self", city=home, signed_on=date(2010, 1, 1))
        )
    assert "Tokyo" not in counting(db, {"agreement_in_force": True}, TODAY)


def test_the_level_counts_from_the_day_it_was_recorded(office):
    db, ids = office
    rule = {"relationship_level_at_least": "friendship"}
    with db.factory.begin() as s:
        s.get(City, ids["Quito"]).relationship_level = RelationshipLevel.CONTACT
    with db.factory.begin() as s:
        s.get(City, ids["Quito"]).relationship_level = RelationshipLevel.SISTER
    assert counting(db, rule, TODAY) == {"Quito"}
    # Before the cities were recorded nothing is known about their level.
    assert counting(db, rule, date(2020, 12, 31)) == set()
    assert near(db, rule, TODAY).get("Quito") is None


def test_rules_are_checked_and_described():
    rule = {
        "any": [
            {"agreement_in_force": True},
            {"meeting_within_years": 5, "level_at_least": "deputy"},
            {"visit_within_years": 3, "direction": "inbound"},
        ]
    }
    check_rule(rule)
    assert describe_rule(rule) == (
        "any of: an agreement in force; a meeting at deputy level or above in the last 5 years; "
        "a visit from them in the last 3 years"
    )
    for bad in (
        {},
        {"any": []},
        {"sometimes": True},
        {"visit_within_years": 0},
        {"level_at_least": "king"},
        {"any": [{"agreement_in_force": True}], "all": [{"visit_within_years": 2}]},
        {"agreement_in_force": ["treaty"]},
        {"direction": "sideways", "visit_within_years": 2},
        {"relationship_level_at_least": "cousin"},
    ):
        with pytest.raises(UserError):
            check_rule(bad)


def test_target_progress_by_year_and_milestones(office):
    db, _ = office
    with db.factory.begin() as s:
        s.add(
            Target(
                title="Relations with 3 cities by 2020",
                target_count=3,
                starts_on=date(2015, 1, 1),
                deadline=date(2020, 12, 31),
                milestones=[{"on": "2017-12-31", "count": 2}, {"on": "bad", "count": 1}],
                rule={
                    "any": [{"agreement_in_force": True}, {"head_of_city_meeting_within_years": 5}]
                },
            )
        )
    with db.factory() as s:
        (p,) = target_progress(s, TODAY)
    assert dict(p.by_year)[2016] == 2 and dict(p.by_year)[2019] == 2 and p.by_year[-1] == (2026, 1)
    assert [(m.on, m.count, m.reached, m.met) for m in p.milestones] == [
        (date(2017, 12, 31), 2, 2, True),
        (date(2020, 12, 31), 3, 2, False),
    ]
    assert p.result == 2 and p.reached == 1 and not p.done  # the deadline has passed
    assert [name for _c, name in p.counting] == ["Rome"]
    assert {name for _c, name, _why in p.near} == {"Oslo", "Lima", "Hanoi"}


def test_health_parts():
    from cityapp.services.contacts import Contacts, Span

    contacts = Contacts(
        meetings={1: {("any", 2026): Span(date(2026, 3, 1), date(2026, 6, 1))}},
        visits={
            1: {
                ("outbound", 2024): Span(date(2024, 5, 1), date(2024, 5, 1)),
                ("inbound", 2025): Span(date(2025, 9, 9), date(2025, 9, 9)),
            },
            2: {("outbound", 2019): Span(date(2019, 1, 1), date(2019, 1, 1))},
        },
    )
    assert health.recency(contacts, 1, TODAY).points == 30
    old = health.recency(contacts, 2, TODAY)
    assert old.points == 0 and "2019-01-01" in old.why
    assert health.recency(contacts, 3, TODAY).points == 0
    three_years = Contacts(
        meetings={4: {("any", 2023): Span(date(2023, 11, 27), date(2023, 11, 27))}}
    )
    assert health.recency(three_years, 4, TODAY).points == 15  # halfway between one and five years
    assert health.cadence(contacts, 1, TODAY).points == 12  # 2024, 2025, 2026
    assert health.reciprocity(contacts, 1, TODAY).points == 15
    assert health.reciprocity(contacts, 2, TODAY).points == 0  # 2019 is outside the window
    assert health.commitments({"ours": (3, 4), "theirs": (0, 2)}).points == 8
    assert health.commitments({}).points == 10
    deals = [("MoU", date(2015, 1, 1), None, None)]
    assert health.agreements(deals, TODAY).points == 15
    expiring = [("MoU", date(2015, 1, 1), date(2027, 3, 1), None)]
    assert health.agreements(expiring, TODAY).points == 8
    assert health.agreements([("MoU", date(2015, 1, 1), None, date(2020, 1, 1))], TODAY).points == 3
    assert health.agreements([], TODAY).points == 0


def test_health_from_the_records(office):
    db, ids = office
    with db.factory.begin() as s:
        meeting = s.scalars(
            select(Meeting).where(Meeting.title == "Working meeting in Tokyo")
        ).one()
        s.add_all(
            [
                Commitment(
                    meeting=meeting,
                    text="Send the plan",
                    owner_side=OwnerSide.OURS,
                    due_on=date(2024, 6, 1),
                    status=CommitmentStatus.DONE,
                ),
                Commitment(
                    meeting=meeting,
                    text="Host a study tour",
                    owner_side=OwnerSide.THEIRS,
                    due_on=date(2025, 1, 1),
                    status=CommitmentStatus.OPEN,
                ),
                Commitment(
                    meeting=meeting,
                    text="Joint report",
                    owner_side=OwnerSide.JOINT,
                    due_on=date(2025, 3, 1),
                    status=CommitmentStatus.DONE,
                ),
                Commitment(
                    meeting=meeting,
                    text="Not yet due",
                    owner_side=OwnerSide.OURS,
                    due_on=date(2027, 1, 1),
                    status=CommitmentStatus.OPEN,
                ),
            ]
        )
    with db.factory() as s:
        found = {h.city: h for h in health.relationship_health(s, TODAY)}
    assert "Tokyo" not in found
    hanoi = found["Hanoi"]
    assert hanoi.part("Commitments").why == "ours: 2 of 2 kept, theirs: 1 of 2 kept"
    assert hanoi.part("Commitments").points == 15
    assert hanoi.part("Cadence").points == 4 and hanoi.part("Agreements").points == 0
    assert found["Rome"].part("Agreements").points == 15
    assert found["Oslo"].part("Agreements").points == 3
    assert found["Quito"].part("Reciprocity").why.startswith("only we visited")
    # Recency 16 (last contact 2024-02-01), cadence 4, reciprocity 0, commitments 15, agreements 0.
    assert [p.points for p in hanoi.parts] == [16, 4, 0, 15, 0]
    assert (hanoi.score, hanoi.band) == (35, "weak")
    assert list(found) == sorted(found, key=lambda c: (found[c].score, c))  # weakest first


def test_objectives_count_what_serves_them(office):
    db, _ = office
    with db.factory.begin() as s:
        goal = Objective(number=1, title="Urban issues")
        s.add(goal)
        rome_mou = s.scalars(select(Agreement).where(Agreement.title == "Rome MoU")).one()
        rome_mou.objectives = [goal]
        meeting = s.scalars(select(Meeting).where(Meeting.title == "Talks in Lima")).one()
        meeting.objectives = [goal]
        s.add(Commitment(meeting=meeting, text="Exchange engineers", owner_side=OwnerSide.OURS))
        trip = factories.trip(
            title="Lima trip", start_date=date(2019, 5, 9), end_date=date(2019, 5, 12)
        )
        trip.objectives = [goal]
        s.add(trip)
        s.add(
            Project(
                title="Water engineers",
                status=ProjectStatus.RUNNING,
                starts_on=date(2016, 4, 1),
                objectives=[goal],
            )
        )
        s.flush()
        s.add(
            Lesson(
                trip_id=trip.id,
                learned_on=date(2019, 5, 12),
                learned="Metering cuts leaks",
                objective_id=goal.id,
                action="Smart meters in two wards",
            )
        )
    with db.factory() as s:
        (summary,) = objective_summaries(s)
        items = objective_items(s, summary.objective_id)
    assert summary.counts == {
        "trips": {2019: 1},
        "meetings": {2019: 1},
        "agreements": {2015: 1},
        "commitments": {2019: 1},
        "projects": {2016: 1},
        "lessons": {2019: 1},
    }
    assert [(i.kind, i.day) for i in items] == [  # newest first
        ("lesson", date(2019, 5, 12)),
        ("meeting", date(2019, 5, 10)),
        ("commitment", date(2019, 5, 10)),
        ("trip", date(2019, 5, 9)),
        ("project", date(2016, 4, 1)),
        ("agreement", date(2015, 3, 1)),
    ]
    assert items[0].title == "Metering cuts leaks → Smart meters in two wards"


def test_the_demo_shows_progress_toward_its_targets(demo_db):
    with demo_db.factory() as s:
        fifteen, thirty = target_progress(s, TODAY)
    by_year = dict(thirty.by_year)
    # 2013: the eleven sister partners. Then the Governor's meetings and the new agreements.
    assert (by_year[2013], by_year[2014], by_year[2017], by_year[2020]) == (11, 14, 22, 27)
    assert fifteen.result == 22 and fifteen.done
    assert thirty.result == 27 and not thirty.done
    assert [m.met for m in thirty.milestones] == [True, True, True, False]


@pytest.mark.parametrize(
    ("points", "band"), [(70, "strong"), (69, "fair"), (40, "fair"), (39, "weak")]
)
def test_health_bands(points, band):
    parts = (health.Part("Recency", 30, 30, ""), health.Part("Cadence", points - 30, 70, ""))
    assert health.Health(1, "Rome", "IT", "sister", parts).band == band


def test_health_of_some_cities_is_theirs_in_the_whole_office(demo_file):
    """A briefing asks for its route's cities alone: the same health as in the office's."""
    db = open_database(demo_file)
    try:
        with db.factory() as s:
            everyone = health.relationship_health(s, TODAY)
            by_city = {h.city_id: h for h in everyone}
            for some in ({h.city_id for h in everyone[-3:]}, {everyone[0].city_id}):
                found = health.relationship_health(s, TODAY, some)
                assert {h.city_id for h in found} == some
                assert [h.parts for h in found] == [by_city[h.city_id].parts for h in found]
            assert min(h.score for h in everyone[-3:]) > 40  # cities with much to count
            # What is counted for them: meetings there and with their people, visits both ways.
            ids = {h.city_id for h in everyone}
            whole = load_contacts(s, TODAY, levels=ANY_LEVEL)
            part = load_contacts(s, TODAY, levels=ANY_LEVEL, cities=ids)
            assert (part.meetings, part.visits, part.last_any) == (
                whole.meetings,
                whole.visits,
                whole.last_any,
            )
    finally:
        db.dispose()
