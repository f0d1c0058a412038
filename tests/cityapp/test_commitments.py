"""Commitments followed across meetings, overdue against a fixed day, gifts to declare."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from cityapp.errors import UserError
from cityapp.models import (
    Commitment,
    CommitmentProgress,
    CommitmentStatus,
    Gift,
    GiftDirection,
    Meeting,
    OwnerSide,
)
from cityapp.services import lists
from cityapp.services.commitments import (
    carry_forward,
    commitment_lines,
    gifts_awaiting_declaration,
    open_invitations,
    progress_of,
)
from cityapp.services.gifts import gift_threshold, needs_declaration, set_gift_threshold

TODAY = date(2026, 11, 27)


def meeting(title, day):
    return Meeting(
        title=title,
        starts_at=datetime(day.year, day.month, day.day, 1, tzinfo=UTC),
        zone="Asia/Tokyo",
    )


def test_overdue_against_a_fixed_day(demo_db):
    with demo_db.factory() as s:
        overdue = commitment_lines(s, overdue_on=TODAY)
        overdue_in_2014 = commitment_lines(s, overdue_on=date(2014, 12, 1))
        done = commitment_lines(s, status=CommitmentStatus.DONE)
    assert [c.due_on for c in overdue] == sorted(c.due_on for c in overdue)
    assert all(
        c.status in (CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS) and c.due_on < TODAY
        for c in overdue
    )
    assert (
        "Arrange a student exchange between Tomsk universities and Tokyo Metropolitan University."
        not in [c.text for c in overdue]
    )  # due at the end of 2026
    assert [c.text for c in overdue_in_2014] == [
        "Send the disaster-preparedness handbook in Korean."
    ]
    assert done and all(c.status is CommitmentStatus.DONE for c in done)


def test_a_commitment_is_carried_across_two_meetings(db):
    with db.factory.begin() as s:
        first, second, third = (
            meeting("Talks", date(2026, 1, 10)),
            meeting("Follow-up", date(2026, 3, 1)),
            meeting("Review", date(2026, 6, 1)),
        )
        promise = Commitment(
            text="Share the flood-control study",
            owner_side=OwnerSide.THEIRS,
            due_on=date(2026, 5, 1),
            status=CommitmentStatus.OPEN,
        )
        first.commitments.append(promise)
        s.add_all([first, second, third])
    with db.factory.begin() as s:
        carry_forward(
            s,
            promise.id,
            second.id,
            "Draft translated; final text in May.",
            CommitmentStatus.IN_PROGRESS,
            date(2026, 3, 1),
        )
    with db.factory.begin() as s:
        carry_forward(
            s,
            promise.id,
            third.id,
            "Received and circulated.",
            CommitmentStatus.DONE,
            date(2026, 6, 1),
        )
    with db.factory() as s:
        steps = progress_of(s, promise.id)
        stored = s.get(Commitment, promise.id)
        assert [(p.meeting.title, p.status_after) for p in steps] == [
            ("Follow-up", CommitmentStatus.IN_PROGRESS),
            ("Review", CommitmentStatus.DONE),
        ]
        assert (stored.status, stored.completed_on) == (CommitmentStatus.DONE, date(2026, 6, 1))
    with pytest.raises(UserError, match="not the one it was made in"), db.factory.begin() as s:
        carry_forward(s, promise.id, first.id, None, CommitmentStatus.OPEN, date(2026, 6, 2))


def test_a_commitment_cannot_be_carried_back_in_time(db):
    with db.factory.begin() as s:
        early, later = meeting("Early", date(2026, 1, 10)), meeting("Later", date(2026, 3, 1))
        promise = Commitment(
            text="Send minutes", owner_side=OwnerSide.OURS, status=CommitmentStatus.OPEN
        )
        later.commitments.append(promise)
        s.add_all([early, later])
    with pytest.raises(UserError, match="before the commitment was made"), db.factory.begin() as s:
        carry_forward(s, promise.id, early.id, None, CommitmentStatus.DONE, date(2026, 3, 2))
    with db.factory() as s:
        assert s.scalar(select(CommitmentProgress)) is None


def test_received_gifts_over_the_threshold_wait_for_a_declaration(db):
    with db.factory.begin() as s:
        assert gift_threshold(s) == 50_000
        gifts = [
            Gift(
                direction=GiftDirection.RECEIVED,
                description="Vase",
                value_jpy=80_000,
                exchanged_on=TODAY,
            ),
            Gift(
                direction=GiftDirection.RECEIVED,
                description="Book",
                value_jpy=5_000,
                exchanged_on=TODAY,
            ),
            Gift(
                direction=GiftDirection.GIVEN,
                description="Lacquer box",
                value_jpy=90_000,
                exchanged_on=TODAY,
            ),
            Gift(
                direction=GiftDirection.RECEIVED,
                description="Declared tea set",
                value_jpy=70_000,
                exchanged_on=TODAY,
                declared_on=TODAY,
            ),
        ]
        s.add_all(gifts)
    with db.factory() as s:
        assert [g.description for g in gifts_awaiting_declaration(s)] == ["Vase"]
        assert [needs_declaration(g, 50_000) for g in gifts] == [True, False, False, False]
    with db.factory.begin() as s:
        set_gift_threshold(s, 100_000)
    with db.factory() as s:
        assert gifts_awaiting_declaration(s) == [] and gift_threshold(s) == 100_000


def test_open_invitations_of_a_city(demo_db):
    from cityapp.models import City

    with demo_db.factory() as s:
        moscow = s.scalar(select(City.id).where(City.name_en == "Moscow"))
        assert [c.text for c in open_invitations(s, moscow)] == [
            "Invite a Moscow delegation to Tokyo for talks on urban renewal."
        ]


def test_the_commitments_list_filters_in_sql(demo_db):
    with demo_db.factory() as s:
        everything = lists.count_rows(s, lists.COMMITMENTS)
        overdue = lists.fetch_rows(s, lists.COMMITMENTS, flags={"overdue_on": TODAY})
        ours = lists.count_rows(s, lists.COMMITMENTS, flags={"owner_side": OwnerSide.OURS})
        found = lists.fetch_rows(s, lists.COMMITMENTS, text="tourism")
    assert everything == 18
    assert len(overdue) == 6 and all(r[1] < TODAY for r in overdue)
    assert 0 < ours < everything
    assert [r[5] for r in found] == ["Hold a joint tourism promotion event in both cities."]


def test_overdue_by_owner_and_gifts_to_declare(demo_db):
    from datetime import date

    from cityapp.services.commitments import gifts_to_declare, overdue_by_owner

    with demo_db.factory() as s:
        owners, total = overdue_by_owner(s, date(2026, 11, 27))
        gifts = gifts_to_declare(s)
        early, _ = overdue_by_owner(s, date(2014, 12, 1))
    assert total == len(owners) == 5
    assert (owners[0].owner, owners[0].count, owners[0].oldest_due) == (
        "Yamada Daichi",
        2,
        date(2014, 10, 31),
    )
    assert sum(o.count for o in owners) == 6  # as the sidebar says
    assert [(g.description, g.value_jpy) for g in gifts] == [("Gzhel porcelain tea set", 120_000)]
    assert [(o.owner, o.count) for o in early] == [("Yamada Daichi", 1)]
