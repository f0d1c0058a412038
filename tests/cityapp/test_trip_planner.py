"""Trip planning: time zones, conflict rules, budget, calendar export and copying a trip."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import select

from cityapp.calendar_export import export_trip_calendar, item_uid
from cityapp.errors import UserError
from cityapp.models import (
    BudgetCategory,
    BudgetLine,
    City,
    Counterpart,
    DelegateRole,
    ItineraryItem,
    ItineraryKind,
    Meeting,
    MeetingAttendee,
    Side,
    StaffMember,
    TripDelegate,
)
from cityapp.services.budget import summarize
from cityapp.services.conflicts import acknowledge, check_trip
from cityapp.services.itinerary import aware, copy_trip, day_by_day, load_trip
from tests import factories

# -- time zones ---------------------------------------------------------------------------------


def test_london_autumn_night_an_hour_that_happens_twice_is_the_first():
    first = aware(datetime(2026, 10, 25, 1, 30), "Europe/London")
    assert first.utcoffset() == timedelta(hours=1)  # still summer time
    assert first.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    after = aware(datetime(2026, 10, 25, 2, 30), "Europe/London")
    assert after.astimezone(UTC) - first.astimezone(UTC) == timedelta(
        hours=2
    )  # clocks went back between


def test_new_york_spring_gap_is_refused():
    with pytest.raises(UserError, match="does not exist in America/New_York"):
        aware(datetime(2026, 3, 8, 2, 30), "America/New_York")
    morning = aware(datetime(2026, 3, 8, 3, 30), "America/New_York")
    assert morning.utcoffset() == timedelta(hours=-4)


def item(kind, title, start_local, end_local, zone_a, zone_b=None, **extra) -> ItineraryItem:
    zone_b = zone_b or zone_a
    return ItineraryItem(
        kind=kind,
        title=title,
        starts_at=aware(start_local, zone_a),
        start_zone=zone_a,
        ends_at=aware(end_local, zone_b),
        end_zone=zone_b,
        **extra,
    )


def test_crossing_the_date_line_shows_both_dates():
    west = item(
        ItineraryKind.FLIGHT,
        "Tokyo → Los Angeles",
        datetime(2026, 3, 2, 17, 0),
        datetime(2026, 3, 2, 10, 0),
        "Asia/Tokyo",
        "America/Los_Angeles",
        id=1,
        position=0,
    )
    east = item(
        ItineraryKind.FLIGHT,
        "Los Angeles → Tokyo",
        datetime(2026, 3, 5, 11, 0),
        datetime(2026, 3, 6, 16, 0),
        "America/Los_Angeles",
        "Asia/Tokyo",
        id=2,
        position=1,
    )
    assert west.ends_at - west.starts_at == timedelta(
        hours=10
    )  # lands "before" it took off, locally
    assert east.ends_at - east.starts_at == timedelta(hours=12)
    rows = day_by_day([east, west])
    assert [r.title for r in rows] == ["Tokyo → Los Angeles", "Los Angeles → Tokyo"]
    assert rows[0].local == "17:00–10:00 Tokyo → Los Angeles" and rows[0].day == date(2026, 3, 2)
    assert rows[1].local == "11:00–03-06 16:00 Los Angeles → Tokyo"
    assert (
        rows[1].home == "03-06 04:00–16:00 Tokyo"
    )  # 11:00 in LA is already the next morning at home
    assert rows[1].crosses_midnight


# -- conflict rules -----------------------------------------------------------------------------

BERLIN = "Europe/Berlin"


@pytest.fixture
def berlin_trip(db):
    """A trip to Berlin with two delegates; tests add items and check."""
    with db.factory.begin() as s:
        berlin = factories.city()
        trip = factories.trip(
            start_date=date(2026, 3, 2), end_date=date(2026, 3, 6), destination_city=berlin
        )
        a = TripDelegate(staff=StaffMember(family_name="Mori"), role=DelegateRole.HEAD)
        b = TripDelegate(staff=StaffMember(family_name="Sato"), role=DelegateRole.PROTOCOL)
        trip.delegates.extend([a, b])
        s.add(trip)
    return db, trip.id, berlin.id, a.id, b.id


def add_items(db, trip_id, *items, participants=None):
    with db.factory.begin() as s:
        for n, it in enumerate(items):
            it.trip_id = trip_id
            it.position = n
            if participants and n in participants:
                it.participants = [s.get(TripDelegate, d) for d in participants[n]]
            s.add(it)
    return [it.id for it in items]


def rules(db, trip_id):
    with db.factory() as s:
        return sorted(w.rule for w in check_trip(s, trip_id))


def meeting(title, start, end, city_id, venue="Rotes Rathaus", zone=BERLIN):
    return item(ItineraryKind.MEETING, title, start, end, zone, city_id=city_id, venue=venue)


def test_overlap_for_the_same_person_warns_and_for_different_people_does_not(berlin_trip):
    db, trip_id, berlin, a, b = berlin_trip
    add_items(
        db,
        trip_id,
        meeting("Talks", datetime(2026, 3, 3, 10), datetime(2026, 3, 3, 11), berlin),
        meeting("Press", datetime(2026, 3, 3, 10, 30), datetime(2026, 3, 3, 11, 30), berlin),
        participants={0: [a], 1: [b]},
    )
    assert rules(db, trip_id) == []
    add_items(
        db,
        trip_id,
        meeting("Lunch", datetime(2026, 3, 3, 10, 45), datetime(2026, 3, 3, 12), berlin),
    )
    with db.factory() as s:
        found = check_trip(s, trip_id)
    assert sorted(w.rule for w in found) == ["overlap", "overlap"]
    assert "“Talks” (2026-03-03 10:00 Berlin) and “Lunch”" in found[0].message


def test_a_flight_arriving_after_the_next_item_starts_warns(berlin_trip):
    db, trip_id, berlin, *_ = berlin_trip
    add_items(
        db,
        trip_id,
        item(
            ItineraryKind.FLIGHT,
            "Flight Tokyo → Berlin",
            datetime(2026, 3, 2, 10),
            datetime(2026, 3, 2, 16),
            "Asia/Tokyo",
            BERLIN,
            city_id=berlin,
        ),
        meeting("Welcome dinner", datetime(2026, 3, 2, 15, 30), datetime(2026, 3, 2, 17), berlin),
    )
    with db.factory() as s:
        (warning,) = check_trip(s, trip_id)
    assert warning.rule == "travel"
    assert "arrives at 2026-03-02 16:00 Berlin, after “Welcome dinner” starts" in warning.message


def test_a_flight_landing_before_the_next_item_does_not_warn(berlin_trip):
    db, trip_id, berlin, *_ = berlin_trip
    add_items(
        db,
        trip_id,
        item(
            ItineraryKind.FLIGHT,
            "Flight Tokyo → Berlin",
            datetime(2026, 3, 2, 10),
            datetime(2026, 3, 2, 16),
            "Asia/Tokyo",
            BERLIN,
            city_id=berlin,
        ),
        meeting("Welcome dinner", datetime(2026, 3, 2, 19), datetime(2026, 3, 2, 20), berlin),
    )
    assert rules(db, trip_id) == []


def test_too_little_time_between_two_places_in_one_city(berlin_trip):
    db, trip_id, berlin, *_ = berlin_trip
    add_items(
        db,
        trip_id,
        meeting(
            "Talks",
            datetime(2026, 3, 3, 10),
            datetime(2026, 3, 3, 11),
            berlin,
            venue="Rotes Rathaus",
        ),
        meeting(
            "Visit",
            datetime(2026, 3, 3, 11, 20),
            datetime(2026, 3, 3, 12),
            berlin,
            venue="Tempelhof",
        ),
        meeting(
            "Same room",
            datetime(2026, 3, 3, 12),
            datetime(2026, 3, 3, 13),
            berlin,
            venue="Tempelhof",
        ),
        meeting(
            "Later",
            datetime(2026, 3, 3, 13, 30),
            datetime(2026, 3, 3, 14),
            berlin,
            venue="Bundestag",
        ),
    )
    with db.factory() as s:
        found = check_trip(s, trip_id)
    assert [w.rule for w in found] == ["buffer"]
    assert (
        "Only 20 minutes between “Talks” (Rotes Rathaus) and “Visit” (Tempelhof)"
        in found[0].message
    )


def test_the_buffer_is_settable_per_trip(berlin_trip):
    from cityapp.models import Trip

    db, trip_id, berlin, *_ = berlin_trip
    add_items(
        db,
        trip_id,
        meeting("Talks", datetime(2026, 3, 3, 10), datetime(2026, 3, 3, 11), berlin, venue="A"),
        meeting("Visit", datetime(2026, 3, 3, 11, 20), datetime(2026, 3, 3, 12), berlin, venue="B"),
    )
    with db.factory.begin() as s:
        s.get(Trip, trip_id).buffer_minutes = 15
    assert rules(db, trip_id) == []


def test_meetings_outside_working_hours(berlin_trip):
    db, trip_id, berlin, *_ = berlin_trip
    add_items(
        db,
        trip_id,
        meeting("Breakfast", datetime(2026, 3, 3, 7, 30), datetime(2026, 3, 3, 8, 30), berlin),
        meeting(
            "Working day", datetime(2026, 3, 3, 8), datetime(2026, 3, 3, 20), berlin, venue="B"
        ),
        meeting("Late", datetime(2026, 3, 4, 19, 30), datetime(2026, 3, 4, 20, 30), berlin),
    )
    with db.factory() as s:
        found = check_trip(s, trip_id)
    hours = [w for w in found if w.rule == "hours"]
    assert [w.item_ids for w in hours] and len(hours) == 2
    assert "“Breakfast” is outside working hours" in hours[0].message
    assert "working day 08:00–20:00" in hours[0].message


def test_weekend_and_public_holiday_at_the_destination(db):
    with db.factory.begin() as s:
        seoul = factories.city(name_en="Seoul", country_code="KR", timezone="Asia/Seoul")
        trip = factories.trip(
            start_date=date(2014, 9, 5), end_date=date(2014, 9, 10), destination_city=seoul
        )
        s.add(trip)
    add_items(
        db,
        trip.id,
        meeting(
            "Chuseok call",
            datetime(2014, 9, 8, 10),
            datetime(2014, 9, 8, 11),
            seoul.id,
            zone="Asia/Seoul",
        ),
        meeting(
            "Saturday call",
            datetime(2014, 9, 6, 10),
            datetime(2014, 9, 6, 11),
            seoul.id,
            zone="Asia/Seoul",
        ),
        meeting(
            "Working call",
            datetime(2014, 9, 5, 10),
            datetime(2014, 9, 5, 11),
            seoul.id,
            zone="Asia/Seoul",
        ),
    )
    with db.factory() as s:
        found = sorted(check_trip(s, trip.id), key=lambda w: w.message)
    assert [w.rule for w in found] == ["day_off", "day_off"]
    assert (
        "“Chuseok call” falls on Chuseok, a public holiday in KR (2014-09-08)." in found[0].message
    )
    assert found[1].message == "“Saturday call” falls on a Saturday (2014-09-06)."


def test_the_weekend_and_the_regions_holidays_of_the_place(db):
    """Friday and Saturday are Cairo's weekend, Sunday a working day there; 8 March is a
    holiday in Berlin (its region keeps it), not in Munich, which keeps 6 January."""
    with db.factory.begin() as s:
        cairo = factories.city(name_en="Cairo", country_code="EG", timezone="Africa/Cairo")
        berlin = factories.city(subdivision="BE")
        munich = factories.city(name_en="Munich", subdivision="BY")
        trip = factories.trip(
            start_date=date(2027, 1, 1), end_date=date(2027, 3, 31), destination_city=cairo
        )
        s.add_all([cairo, berlin, munich, trip])
    add_items(
        db,
        trip.id,
        meeting(
            "Cairo Friday",
            datetime(2027, 1, 8, 10),
            datetime(2027, 1, 8, 11),
            cairo.id,
            zone="Africa/Cairo",
        ),
        meeting(
            "Cairo Sunday",
            datetime(2027, 1, 10, 10),
            datetime(2027, 1, 10, 11),
            cairo.id,
            zone="Africa/Cairo",
        ),
        meeting(
            "Berlin 8 March",
            datetime(2027, 3, 8, 10),
            datetime(2027, 3, 8, 11),
            berlin.id,
            zone="Europe/Berlin",
        ),
        meeting(
            "Munich 8 March",
            datetime(2027, 3, 8, 15),
            datetime(2027, 3, 8, 16),
            munich.id,
            zone="Europe/Berlin",
        ),
        meeting(
            "Munich Epiphany",
            datetime(2027, 1, 6, 10),
            datetime(2027, 1, 6, 11),
            munich.id,
            zone="Europe/Berlin",
        ),
    )
    with db.factory() as s:
        off = {
            w.message.split("”")[0].lstrip("“")
            for w in check_trip(s, trip.id)
            if w.rule == "day_off"
        }
    assert off == {"Cairo Friday", "Berlin 8 March", "Munich Epiphany"}


def test_a_city_names_a_region_the_holiday_calendar_knows():
    from cityapp.fields import CITY, validate

    base = {
        "name_en": "Berlin",
        "country_code": "DE",
        "timezone": "Europe/Berlin",
        "relationship_level": "contact",
        "status": "active",
        "priority": 3,
    }
    assert "subdivision" not in validate(CITY, {**base, "subdivision": "BE"})
    assert "known: BB, BE" in validate(CITY, {**base, "subdivision": "XX"})["subdivision"]
    assert "subdivision" in validate(CITY, {**base, "country_code": "SG", "subdivision": "X"})


def test_a_meeting_with_a_counterpart_whose_term_ended(berlin_trip):
    db, trip_id, berlin, *_ = berlin_trip
    (talks_id,) = add_items(
        db, trip_id, meeting("Talks", datetime(2026, 3, 3, 10), datetime(2026, 3, 3, 11), berlin)
    )
    with db.factory.begin() as s:
        gone = Counterpart(
            family_name="Weber",
            given_name="Jonas",
            position="State Secretary",
            term_end=date(2026, 1, 31),
        )
        still = Counterpart(family_name="Klein", given_name="Eva", term_end=date(2026, 12, 31))
        m = Meeting(
            title="Talks",
            trip_id=trip_id,
            itinerary_item_id=talks_id,
            zone=BERLIN,
            starts_at=datetime(2026, 3, 3, 9, tzinfo=UTC),
        )
        m.attendees.append(MeetingAttendee(side=Side.THEIRS, counterpart=still))
        s.add(m)
    assert rules(db, trip_id) == []
    with db.factory.begin() as s:
        loaded = s.get(Meeting, m.id)
        loaded.attendees.append(MeetingAttendee(side=Side.THEIRS, counterpart=gone))
    with db.factory() as s:
        (warning,) = check_trip(s, trip_id)
    assert warning.message == (
        "“Talks” is with Jonas Weber, whose term as State Secretary ended on 2026-01-31."
    )


def test_items_outside_the_trip_dates(berlin_trip):
    db, trip_id, berlin, *_ = berlin_trip
    add_items(
        db,
        trip_id,
        meeting("Inside", datetime(2026, 3, 6, 10), datetime(2026, 3, 6, 11), berlin),
        item(
            ItineraryKind.FLIGHT,
            "Home",
            datetime(2026, 3, 6, 23),
            datetime(2026, 3, 7, 18),
            BERLIN,
            "Asia/Tokyo",
        ),
    )
    with db.factory() as s:
        (warning,) = check_trip(s, trip_id)
    assert warning.rule == "outside_trip" and "“Home”" in warning.message


def test_an_acknowledged_warning_stays_listed_but_stops_nagging(berlin_trip):
    db, trip_id, berlin, *_ = berlin_trip
    add_items(
        db, trip_id, meeting("Breakfast", datetime(2026, 3, 3, 7), datetime(2026, 3, 3, 8), berlin)
    )
    with db.factory() as s:
        (warning,) = check_trip(s, trip_id)
    assert not warning.acknowledged
    with db.factory.begin() as s:
        acknowledge(s, trip_id, warning.key, "The mayor asked for an early start.", "Mori")
    with db.factory() as s:
        (again,) = check_trip(s, trip_id)
    assert again.acknowledged and again.note == "The mayor asked for an early start."
    assert again.key == warning.key


def test_the_demo_trips_check_cleanly_or_explain(demo_db):
    from cityapp.models import Trip

    with demo_db.factory() as s:
        for trip in s.scalars(select(Trip)):
            for w in check_trip(s, trip.id):
                assert w.item_ids and w.message.startswith("“"), w


# -- budget, calendar, copies ---------------------------------------------------------------------


def test_budget_totals_in_yen_at_the_trips_rates(db):
    with db.factory.begin() as s:
        trip = factories.trip(exchange_rates={"EUR": "160"})
        trip.budget_lines.extend(
            [
                BudgetLine(
                    category=BudgetCategory.AIRFARE, amount=Decimal("1200000"), currency="JPY"
                ),
                BudgetLine(
                    category=BudgetCategory.HOTEL, amount=Decimal("1000.50"), currency="EUR"
                ),
                BudgetLine(
                    category=BudgetCategory.HOTEL,
                    amount=Decimal("100"),
                    currency="EUR",
                    rate_to_jpy=Decimal("150"),
                ),
                BudgetLine(category=BudgetCategory.OTHER, amount=Decimal("50"), currency="USD"),
            ]
        )
        s.add(trip)
    with db.factory() as s:
        summary = summarize(load_trip(s, trip.id))
    assert summary.total_jpy == Decimal(1200000 + 160080 + 15000)
    assert summary.by_category[BudgetCategory.HOTEL] == Decimal(175080)
    assert summary.missing_rates == ["USD"]


def test_the_calendar_file_reads_back_to_the_same_instants(demo_db, tmp_path):
    from cityapp.models import Trip

    with demo_db.factory() as s:
        trip_id = s.scalar(select(Trip.id).where(Trip.title.like("London and Berlin%")))
        trip = load_trip(s, trip_id)
        target = tmp_path / "trip.ics"
        assert export_trip_calendar(s, trip_id, target) == len(trip.itinerary) == 9
    cal = Calendar.from_ical(target.read_bytes())
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")} >= {
        "Asia/Tokyo",
        "Europe/London",
        "Europe/Berlin",
    }
    for it in trip.itinerary:
        event = events[item_uid(it.id)]
        assert event.decoded("DTSTART") == it.starts_at
        assert event.decoded("DTEND") == it.ends_at
        assert event["DTSTART"].params["TZID"] == it.start_zone
        assert str(event["SUMMARY"]) == it.title
    flight = events[item_uid(trip.itinerary[0].id)]
    assert flight.decoded("DTEND").tzinfo.key == "Europe/London"
    # A second export keeps the same UIDs, so a calendar updates instead of doubling.
    with demo_db.factory() as s:
        export_trip_calendar(s, trip_id, target)
    assert {str(e["UID"]) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")} == set(
        events
    )


def test_a_copied_trip_keeps_local_times_across_a_change_of_clocks(db):
    with db.factory.begin() as s:
        berlin = factories.city()
        trip = factories.trip(
            start_date=date(2026, 3, 16), end_date=date(2026, 3, 20), destination_city=berlin
        )
        trip.delegates.append(
            TripDelegate(staff=StaffMember(family_name="Mori"), role=DelegateRole.HEAD)
        )
        trip.itinerary.append(
            item(
                ItineraryKind.MEETING,
                "Talks",
                datetime(2026, 3, 18, 9),
                datetime(2026, 3, 18, 10),
                BERLIN,
                city=berlin,
                venue="Rathaus",
                position=0,
            )
        )
        trip.budget_lines.append(
            BudgetLine(category=BudgetCategory.HOTEL, amount=Decimal(500), currency="EUR")
        )
        s.add(trip)
    with db.factory.begin() as s:
        copy = copy_trip(s, trip.id, date(2026, 4, 6), title="Berlin again")
    with db.factory() as s:
        loaded = load_trip(s, copy.id)
    assert (loaded.start_date, loaded.end_date, loaded.status.value) == (
        date(2026, 4, 6),
        date(2026, 4, 10),
        "idea",
    )
    (talks,) = loaded.itinerary
    local = talks.starts_at.astimezone(ZoneInfo(BERLIN))
    assert (local.date(), local.hour, local.utcoffset()) == (
        date(2026, 4, 8),
        9,
        timedelta(hours=2),
    )
    assert len(loaded.delegates) == 1 and len(loaded.budget_lines) == 1


def test_a_return_visit_starts_with_an_empty_programme(demo_db):
    from cityapp.models import Trip, TripDirection

    with demo_db.factory() as s:
        seoul_trip = s.scalars(select(Trip).where(Trip.title.like("Seoul:%"))).one()
    with demo_db.factory.begin() as s:
        visit = copy_trip(
            s,
            seoul_trip.id,
            date(2027, 5, 10),
            title="Return visit from Seoul",
            direction=TripDirection.INBOUND,
        )
    with demo_db.factory() as s:
        loaded = load_trip(s, visit.id)
        home = s.scalars(select(City).where(City.is_home)).one()
    assert loaded.direction is TripDirection.INBOUND and loaded.destination_city_id == home.id
    assert loaded.itinerary == [] and loaded.delegates == []
    assert [o.number for o in loaded.objectives] == [1, 2]


# -- trip details: legs with two ends, routes -----------------------------------------------


def test_a_short_transfer_from_an_arriving_train_warns(berlin_trip):
    """The train arrives at Berlin Hauptbahnhof at 10:45; talks at the Rotes Rathaus at 11:00
    leave 15 minutes, less than the trip's 30: the check uses the place of arrival."""
    db, trip_id, berlin, *_ = berlin_trip
    with db.factory.begin() as s:
        hamburg = factories.city(name_en="Hamburg", country_code="DE", timezone=BERLIN)
        s.add(hamburg)
    leg = dict(
        city_id=berlin,
        venue="Berlin Hauptbahnhof",
        origin_city_id=hamburg.id,
        origin_venue="Hamburg Hbf",
        carrier="Deutsche Bahn",
        service_number="ICE 1509",
    )
    add_items(
        db,
        trip_id,
        item(
            ItineraryKind.RAIL,
            "Train Hamburg → Berlin",
            datetime(2026, 3, 3, 8, 55),
            datetime(2026, 3, 3, 10, 45),
            BERLIN,
            **leg,
        ),
        meeting("Talks", datetime(2026, 3, 3, 11), datetime(2026, 3, 3, 12), berlin),
        meeting(
            "Lunch",
            datetime(2026, 3, 3, 12, 10),
            datetime(2026, 3, 3, 13),
            berlin,
            venue="Hamburg Hbf",
        ),  # in Berlin: not the train's origin city
        item(
            ItineraryKind.RAIL,
            "Train Berlin → Hamburg",
            datetime(2026, 3, 3, 13, 15),
            datetime(2026, 3, 3, 15, 0),
            BERLIN,
            city_id=hamburg.id,
            origin_city_id=berlin,
            origin_venue="Berlin Hauptbahnhof",
        ),
    )
    with db.factory() as s:
        found = [w for w in check_trip(s, trip_id) if w.rule == "buffer"]
        trip = load_trip(s, trip_id)
        places = [r.place for r in day_by_day(trip.itinerary)]
    assert len(found) == 3
    assert (
        "Only 15 minutes between “Train Hamburg → Berlin” (Berlin Hauptbahnhof)" in found[0].message
    )
    assert (
        "“Lunch” (Hamburg Hbf) and “Train Berlin → Hamburg” (Berlin Hauptbahnhof)"
        in found[2].message
    )
    assert places[0] == "Hamburg Hbf → Berlin Hauptbahnhof"  # the places name their cities


def test_a_route_sets_the_destination_and_a_destination_the_route(db):
    from cityapp.models import Trip
    from cityapp.services.lists import TRIPS, fetch_rows
    from cityapp.services.records import create_record, link_ids, update_record

    with db.factory.begin() as s:
        london = factories.city(name_en="London", country_code="GB", timezone="Europe/London")
        berlin = factories.city(name_en="Berlin", country_code="DE", timezone=BERLIN)
        rome = factories.city(name_en="Rome", country_code="IT", timezone="Europe/Rome")
        s.add_all([london, berlin, rome])
    values = {
        "title": "Europe",
        "direction": "outbound",
        "status": "idea",
        "start_date": date(2027, 5, 1),
        "end_date": date(2027, 5, 8),
        "classification": "internal",
        "buffer_minutes": 30,
        "workday_start": 480,
        "workday_end": 1200,
        "route": [london.id, berlin.id, london.id],  # a city once
    }
    with db.factory.begin() as s:
        trip = create_record(s, Trip, values)
        trip_id = trip.id
    with db.factory.begin() as s:
        trip = s.get(Trip, trip_id)
        assert trip.destination_city_id == london.id
        assert link_ids(trip)["route"] == [london.id, berlin.id]
        assert [c.name_en for c in trip.route] == ["London", "Berlin"]
        update_record(s, Trip, trip_id, {"route": [berlin.id, rome.id, london.id]}, trip.version)
    with db.factory.begin() as s:
        trip = s.get(Trip, trip_id)
        assert trip.destination_city_id == berlin.id
        assert [(p.position, p.city.name_en) for p in trip.stops] == [
            (0, "Berlin"),
            (1, "Rome"),
            (2, "London"),
        ]
        update_record(s, Trip, trip_id, {"destination_city_id": rome.id}, trip.version)
    with db.factory() as s:
        trip = s.get(Trip, trip_id)
        # A new destination takes the first city's place; the rest of the route stays.
        assert [c.name_en for c in trip.route] == ["Rome", "London"]
        row = next(r for r in fetch_rows(s, TRIPS, limit=None) if r[0] == trip_id)
        assert "Rome → London" in row
