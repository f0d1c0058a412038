"""What hangs off records: timelines, meetings of a person, and what is coming up."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from cityapp.models import Agreement, AgreementKind, City
from cityapp.services.relations import agreements_coming_up, city_timeline, trips_ahead
from tests import factories


def test_anniversaries_every_five_years_within_the_horizon(demo_db):
    with demo_db.factory() as s:
        upcoming = agreements_coming_up(s, date(2024, 4, 20), 90)
    assert [(c.day, c.city, c.what) for c in upcoming] == [
        (date(2024, 5, 9), "New South Wales", "40th anniversary: Sister state affiliation"),
        (date(2024, 5, 14), "Berlin", "30th anniversary: Sister city affiliation"),
    ]


def test_a_29_february_signing_is_marked_on_28_february(demo_db):
    with demo_db.factory() as s:
        upcoming = agreements_coming_up(s, date(2025, 1, 15), 60)
    assert (date(2025, 2, 28), "New York City", "65th anniversary: Sister city affiliation") in [
        (c.day, c.city, c.what) for c in upcoming
    ]


def test_expiries_within_the_horizon_and_not_ended_ones_only(db):
    with db.factory.begin() as s:
        city = factories.city()
        s.add_all(
            [
                Agreement(
                    kind=AgreementKind.MOU,
                    title="Expiring",
                    city=city,
                    signed_on=date(2022, 3, 1),
                    expires_on=date(2027, 1, 31),
                ),
                Agreement(
                    kind=AgreementKind.MOU,
                    title="Ended early",
                    city=city,
                    signed_on=date(2022, 3, 1),
                    expires_on=date(2027, 1, 15),
                    ended_on=date(2025, 1, 1),
                ),
                Agreement(
                    kind=AgreementKind.MOU,
                    title="Later",
                    city=city,
                    signed_on=date(2022, 3, 1),
                    expires_on=date(2027, 6, 1),
                ),
            ]
        )
    with db.factory() as s:
        upcoming = agreements_coming_up(s, date(2026, 11, 27), 90)
    assert [(c.day, c.what) for c in upcoming] == [(date(2027, 1, 31), "Expires: Expiring")]


def test_trips_ahead_include_those_under_way_and_skip_cancelled(demo_db):
    with demo_db.factory() as s:
        ahead = trips_ahead(s, date(2026, 11, 27), 90)
        during = trips_ahead(s, date(2014, 7, 24), 1)
    assert [t.title for t in ahead] == [
        "Jakarta delegation visit to Tokyo",
        "Los Angeles: Games partnership follow-up",
    ]
    assert [t.title for t in during] == ["Seoul: memorandum of understanding"]


def test_a_city_timeline_is_in_date_order(demo_db):
    with demo_db.factory() as s:
        berlin = s.scalar(select(City.id).where(City.name_en == "Berlin"))
        entries = city_timeline(s, berlin)
    days = [e.day for e in entries]
    assert days == sorted(days)
    assert entries[0].label == "Signed: Sister city affiliation"
    assert {e.kind for e in entries} == {
        "agreement",
        "meeting",
        "trip",
    }  # the 2014 trip went on to Berlin
    assert entries[-1].day == date(2024, 5, 14)


def test_reciprocity_and_history_of_a_city(demo_db):
    from cityapp.services.relations import city_history, reciprocity

    with demo_db.factory() as s:
        jakarta = s.scalar(select(City.id).where(City.name_en == "Jakarta"))
        before = reciprocity(s, jakarta, date(2026, 11, 27))
        after = reciprocity(s, jakarta, date(2026, 12, 20))
        history = city_history(s, jakarta)
    assert before.their_last_visit is None  # the visit is still ahead
    assert after.their_last_visit[:2] == (date(2026, 12, 8), "Jakarta delegation visit to Tokyo")
    assert "Siti Rahma" in after.their_last_visit[2]
    assert before.our_last_visit is None
    days = [e.day for e in history]
    assert days == sorted(days, reverse=True)
    assert {"visit", "agreement"} <= {e.kind for e in history}


def test_our_officers_are_named_family_name_first_everywhere(demo_db):
    """Lists, pickers, search and exports name a staff member the same way: 'Kanda Haruto'."""
    from cityapp.models import StaffMember
    from cityapp.search import search
    from cityapp.services.choices import picker_choices

    with demo_db.factory() as s:
        staff = s.scalars(select(StaffMember).order_by(StaffMember.id)).all()
        picked = dict(picker_choices(s, "staff"))
        for member in staff:
            assert member.display_name == picked[member.id]
            assert member.display_name.startswith(member.family_name)
        kanda = next(m for m in staff if m.family_name == "Kanda")
        assert kanda.display_name == "Kanda Haruto"
        for typed in ("kanda haruto", "haruto kanda"):  # found whichever way it is typed
            assert any(h.label.startswith("Kanda Haruto") for h in search(s, typed)), typed
