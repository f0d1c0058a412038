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


def _agreement(s, **kw) -> Agreement:
    values = {"kind": AgreementKind.MOU, "title": "MoU", "city": factories.city(), **kw}
    a = Agreement(**values)
    s.add(a)
    s.flush()
    return a


def test_an_expiry_is_flagged_half_a_year_ahead_and_a_lapsed_one_stays_in_sight(db):
    today = date(2026, 11, 27)
    with db.factory.begin() as s:
        _agreement(
            s, title="In five months", signed_on=date(2022, 3, 1), expires_on=date(2027, 4, 30)
        )
        _agreement(
            s, title="In seven months", signed_on=date(2022, 3, 1), expires_on=date(2027, 6, 30)
        )
        _agreement(s, title="Lapsed", signed_on=date(2021, 3, 1), expires_on=date(2026, 10, 1))
        _agreement(s, title="Long gone", signed_on=date(2019, 3, 1), expires_on=date(2024, 3, 1))
    with db.factory() as s:
        found = [(c.kind, c.title) for c in agreements_coming_up(s, today, 90)]
    assert found == [("expired", "Lapsed"), ("expires", "In five months")]


def test_renewing_records_the_history_and_moves_the_dates_in_one_step(db):
    from cityapp.errors import UserError
    from cityapp.models import AgreementEvent, AgreementEventKind
    from cityapp.services.relations import (
        agreement_history,
        renew_agreement,
        suggested_renewal,
        withdraw_renewal,
    )

    with db.factory.begin() as s:
        a = _agreement(
            s,
            signed_on=date(2022, 3, 1),
            effective_on=date(2022, 4, 1),
            expires_on=date(2027, 3, 31),
        )
        agreement_id, version = a.id, a.version
        offered = suggested_renewal(a, date(2026, 11, 27))
    # As long again as the term now ending (five years), from the expiry.
    assert offered["happened_on"] == date(2026, 11, 27)
    assert offered["expires_on"] == date(2032, 3, 31)
    chosen = {**offered, "document_ref": "Agreements/2026/renewal.pdf", "note": "Same terms."}
    with db.factory.begin() as s:
        event, agreement = renew_agreement(s, agreement_id, chosen, version)
        event_id, version = event.id, agreement.version
    with db.factory() as s:
        a = s.get(Agreement, agreement_id)
        assert (a.renewed_on, a.expires_on) == (date(2026, 11, 27), date(2032, 3, 31))
        history = agreement_history(s, agreement_id)
        assert [(e.kind, e.happened_on, e.expires_on, e.document_ref) for e in history] == [
            (
                AgreementEventKind.RENEWAL,
                date(2026, 11, 27),
                date(2032, 3, 31),
                "Agreements/2026/renewal.pdf",
            )
        ]
        timeline = [e.label for e in city_timeline(s, a.city_id)]
        assert "Renewed: MoU" in timeline
    # Undone, the entry goes and the dates are as they were.
    with db.factory.begin() as s:
        withdraw_renewal(
            s, event_id, {"renewed_on": None, "expires_on": date(2027, 3, 31)}, version
        )
    with db.factory() as s:
        a = s.get(Agreement, agreement_id)
        assert (a.renewed_on, a.expires_on) == (None, date(2027, 3, 31))
        assert s.scalars(select(AgreementEvent)).all() == []
        version = a.version
    # An ended agreement is not renewed, and nothing is written.
    with db.factory.begin() as s:
        s.get(Agreement, agreement_id).ended_on = date(2026, 1, 1)
    with db.factory() as s:
        version = s.get(Agreement, agreement_id).version
    with db.factory.begin() as s:
        try:
            renew_agreement(s, agreement_id, chosen, version)
        except UserError as refused:
            assert "ended" in str(refused)
        else:
            raise AssertionError("an ended agreement was renewed")
    with db.factory() as s:
        assert s.scalars(select(AgreementEvent)).all() == []


def test_an_amendment_keeps_the_expiry_and_an_agreement_without_one_renews_without_one():
    from cityapp import fields
    from cityapp.models import AgreementEventKind
    from cityapp.services.relations import suggested_renewal

    errors = fields.validate(
        fields.AGREEMENT_EVENT,
        {
            "kind": AgreementEventKind.AMENDMENT,
            "happened_on": date(2026, 1, 1),
            "expires_on": date(2030, 1, 1),
        },
    )
    assert set(errors) == {"expires_on"}
    errors = fields.validate(
        fields.RENEWAL, {"happened_on": date(2026, 1, 1), "expires_on": date(2025, 1, 1)}
    )
    assert set(errors) == {"expires_on"}
    open_ended = Agreement(title="Sister city", signed_on=date(1960, 2, 29))
    assert suggested_renewal(open_ended, date(2026, 11, 27))["expires_on"] is None
