"""Following what was promised: commitments, their progress across meetings, and gifts to declare."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, selectinload

from ..clock import CLOCK
from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    City,
    Commitment,
    CommitmentProgress,
    CommitmentStatus,
    Counterpart,
    Gift,
    Meeting,
    StaffMember,
)
from .gifts import gift_threshold, to_declare
from .records import rule  # noqa: E402  (the registry of aggregate rules)

OPEN = (CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS)


@dataclass(frozen=True, slots=True)
class CommitmentLine:
    id: int
    due_on: date | None
    status: CommitmentStatus
    owner_side: str
    city: str
    text: str


def commitment_lines(
    session: Session,
    *,
    status: CommitmentStatus | None = None,
    overdue_on: date | None = None,
    japanese_names: bool = False,
    bureau_id: int | None = None,
) -> list[CommitmentLine]:
    """Commitments for the command line, soonest due first; `overdue_on` keeps only those overdue
    that day; `japanese_names` names cities by their Japanese names where they have one."""
    city = aliased(City)
    query = (
        select(
            Commitment.id,
            Commitment.due_on,
            Commitment.status,
            Commitment.owner_side,
            func.coalesce(city.name_ja, city.name_en) if japanese_names else city.name_en,
            Commitment.text,
        )
        .join(Meeting, Commitment.meeting_id == Meeting.id)
        .outerjoin(city, Meeting.city_id == city.id)
        .order_by(Commitment.due_on.is_(None), Commitment.due_on, Commitment.id)
    )
    if status is not None:
        query = query.where(Commitment.status == status)
    if overdue_on is not None:
        query = query.where(Commitment.status.in_(OPEN), Commitment.due_on < overdue_on)
    if bureau_id is not None:
        from .lists import COMMITMENTS  # the page's own rule of which commitments a bureau has

        query = query.where(COMMITMENTS.options["bureau"](bureau_id))
    return [
        CommitmentLine(r[0], r[1], r[2], r[3].value, r[4] or "", r[5])
        for r in session.execute(query)
    ]


def set_status(
    session: Session, commitment_id: int, status: CommitmentStatus, on: date
) -> Commitment:
    """Change a commitment's status; done ones remember the day."""
    commitment = session.get(Commitment, commitment_id)
    if commitment is None:
        raise UserError(
            QT_TRANSLATE_NOOP("commitments", "The commitment is gone; reload the list.")
        )
    commitment.status = status
    commitment.completed_on = on if status is CommitmentStatus.DONE else None
    session.flush()
    return commitment


def carry_forward(
    session: Session,
    commitment_id: int,
    meeting_id: int,
    note: str | None,
    status_after: CommitmentStatus,
    on: date,
    expected_version: int | None = None,
) -> CommitmentProgress:
    """Record in a later meeting what became of a commitment, and take its status from there.

    With `expected_version`, the commitment must still be as the officer saw it.
    """
    from .records import check_version

    commitment = session.get(Commitment, commitment_id)
    meeting = session.get(Meeting, meeting_id)
    if commitment is None or meeting is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "commitments", "The commitment or the meeting is gone; reload and try again."
            )
        )
    check_version(session, commitment, expected_version)
    if meeting.id == commitment.meeting_id:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "commitments",
                "A commitment is carried into a later meeting, not the one it was made in.",
            )
        )
    if meeting.starts_at <= commitment.meeting.starts_at:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "commitments", "That meeting took place before the commitment was made."
            )
        )
    progress = session.scalars(
        select(CommitmentProgress).where(
            CommitmentProgress.commitment_id == commitment_id,
            CommitmentProgress.meeting_id == meeting_id,
        )
    ).first()
    if progress is None:
        progress = CommitmentProgress(commitment_id=commitment_id, meeting_id=meeting_id)
        session.add(progress)
    progress.note, progress.status_after = note, status_after
    set_status(session, commitment_id, status_after, on)
    return progress


def progress_of(session: Session, commitment_id: int) -> list[CommitmentProgress]:
    return list(
        session.scalars(
            select(CommitmentProgress)
            .where(CommitmentProgress.commitment_id == commitment_id)
            .options(selectinload(CommitmentProgress.meeting))
            .join(CommitmentProgress.meeting)
            .order_by(Meeting.starts_at)
        )
    )


def carried_into(session: Session, meeting_id: int) -> list[CommitmentProgress]:
    return list(
        session.scalars(
            select(CommitmentProgress)
            .where(CommitmentProgress.meeting_id == meeting_id)
            .options(selectinload(CommitmentProgress.commitment).selectinload(Commitment.meeting))
            .order_by(CommitmentProgress.id)
        )
    )


def gifts_awaiting_declaration(session: Session, limit: int | None = None) -> list[Gift]:
    """Gifts received above the office's threshold and not declared yet, oldest first."""
    return list(
        session.scalars(
            select(Gift)
            .where(to_declare(gift_threshold(session)))
            .options(selectinload(Gift.counterpart))
            .order_by(Gift.exchanged_on, Gift.id)
            .limit(limit)
        )
    )


def open_invitations(session: Session, city_id: int) -> list[Commitment]:
    """Invitations made in meetings in or with a city that are still open."""
    # Driven by the city's meetings (an index each way); the status is checked on the few
    # invitations found, not by reading every open commitment of the office.
    invitations = session.scalars(
        select(Commitment)
        .where(
            Commitment.meeting_id.in_(select(Meeting.id).where(Meeting.city_id == city_id)),
            Commitment.is_invitation.is_(True),
        )
        .order_by(Commitment.due_on.is_(None), Commitment.due_on, Commitment.id)
    )
    return [c for c in invitations if c.status in OPEN]


def count_overdue(session: Session, on: date) -> int:
    from sqlalchemy import func

    return (
        session.scalar(
            select(func.count(Commitment.id)).where(
                Commitment.status.in_(OPEN), Commitment.due_on < on
            )
        )
        or 0
    )


@dataclass(frozen=True, slots=True)
class OwnerOverdue:
    owner: str
    side: str
    count: int
    oldest_due: date
    oldest_id: int


def overdue_by_owner(
    session: Session, today: date, limit: int = 100
) -> tuple[list[OwnerOverdue], int]:
    """Overdue commitments per owner, most first, and how many owners there are in all."""
    from sqlalchemy import func

    rows = session.execute(
        select(
            Commitment.owner_side,
            Commitment.owner_staff_id,
            Commitment.owner_counterpart_id,
            func.count(),
            func.min(Commitment.due_on),
        )
        .where(Commitment.status.in_(OPEN), Commitment.due_on < today)
        .group_by(Commitment.owner_side, Commitment.owner_staff_id, Commitment.owner_counterpart_id)
    ).all()
    rows.sort(key=lambda r: (-r[3], r[4]))
    shown = rows[:limit]
    staff = {r[1] for r in shown if r[1] is not None}
    people = {r[2] for r in shown if r[2] is not None}
    names = {
        ("s", m.id): m.display_name
        for m in session.scalars(select(StaffMember).where(StaffMember.id.in_(staff)))
    } | {
        ("c", c.id): c.display_name
        for c in session.scalars(select(Counterpart).where(Counterpart.id.in_(people)))
    }
    found = []
    for side, staff_id, person_id, count, oldest in shown:
        oldest_id = session.scalar(
            select(func.min(Commitment.id)).where(
                Commitment.owner_side == side,
                Commitment.owner_staff_id.is_(None)
                if staff_id is None
                else Commitment.owner_staff_id == staff_id,
                Commitment.owner_counterpart_id.is_(None)
                if person_id is None
                else Commitment.owner_counterpart_id == person_id,
                Commitment.status.in_(OPEN),
                Commitment.due_on == oldest,
            )
        )
        if staff_id is not None:
            owner = names.get(("s", staff_id), "")
        elif person_id is not None:
            owner = names.get(("c", person_id), "")
        else:
            owner = {"ours": "Our side (no one named)", "theirs": "Their side (no one named)"}.get(
                str(side), "Both sides"
            )
        found.append(OwnerOverdue(owner, str(side), count, oldest, oldest_id))
    return found, len(rows)


@dataclass(frozen=True, slots=True)
class GiftToDeclare:
    gift_id: int
    exchanged_on: date
    description: str
    value_jpy: int
    counterpart: str
    meeting_id: int | None


def gifts_to_declare(session: Session, limit: int = 200) -> list[GiftToDeclare]:
    """The gifts awaiting a declaration, as the dashboard lists them."""
    return [
        GiftToDeclare(
            g.id,
            g.exchanged_on,
            g.description,
            g.value_jpy or 0,
            g.counterpart.display_name if g.counterpart else "",
            g.meeting_id,
        )
        for g in gifts_awaiting_declaration(session, limit)
    ]


@rule(Commitment)
def _done_on(session: Session, commitment: Commitment | None, values: dict) -> dict:
    """A commitment marked done remembers the day (today, unless given); undone, it forgets it."""
    if "status" not in values or "completed_on" in values:
        return values
    return {
        **values,
        **status_values(
            values["status"],
            commitment.status if commitment is not None else None,
            commitment.completed_on if commitment is not None else None,
        ),
    }


def status_values(
    status: CommitmentStatus | str,
    current: CommitmentStatus | str | None,
    completed_on: date | None,
) -> dict:
    """What a change of status writes: the status, and the day it was done (kept if it was
    done already, today if it becomes done, none if it is not done)."""
    status = CommitmentStatus(status)
    if status is not CommitmentStatus.DONE:
        return {"status": status, "completed_on": None}
    already = current is not None and CommitmentStatus(current) is CommitmentStatus.DONE
    return {"status": status, "completed_on": (completed_on if already else None) or CLOCK.today()}


def made_in_a_meeting_to_come(session: Session, commitment_id: int, today: date) -> date | None:
    """The day of the meeting a commitment was made in, when that day is still to come (in
    the meeting's own time zone): a commitment done before its meeting took place is most
    likely a slip, and the window asks first. None when the meeting has taken place."""
    row = session.execute(
        select(Meeting.starts_at, Meeting.zone)
        .join(Commitment, Commitment.meeting_id == Meeting.id)
        .where(Commitment.id == commitment_id)
    ).first()
    if row is None:
        return None
    from ..timefmt import in_zone

    day = in_zone(row[0], row[1]).date()
    return day if day > today else None
