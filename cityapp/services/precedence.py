"""Order of precedence: who is named first, per side, everywhere the attendees are listed.

The one rule, asked by the meeting page, the briefing, the record of discussion and the
command line alike:

1. the rank of the person's office in the office's own table (Tools > Order of precedence);
   at a meeting, the office an officer chose for it counts (someone holding several offices);
   people without an office come after those with one;
2. then seniority in office: the earlier the term began, the earlier the place;
3. then the name, alphabetically in the reader's language (by reading in Japanese).

An officer can set a person's place for one meeting, with a reason: that person takes that
place in their side's list and the others keep their order around them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..models import (
    Counterpart,
    Meeting,
    MeetingAttendee,
    PrecedenceOffice,
    Side,
    StaffMember,
)

UNRANKED = 10**6  # after every office in the table


@dataclass(frozen=True)
class Placed:
    """One attendee in their side's order."""

    attendee: MeetingAttendee
    place: int  # 1 for the first of the side
    office: PrecedenceOffice | None
    since: date | None
    fixed: bool  # set by an officer for this meeting
    reason: str | None


def person_of(attendee: MeetingAttendee) -> Counterpart | StaffMember | None:
    return attendee.staff if attendee.side is Side.OURS else attendee.counterpart


def office_of(attendee: MeetingAttendee) -> PrecedenceOffice | None:
    """The office that counts at this meeting: the one chosen for it, else the person's."""
    if attendee.office is not None:
        return attendee.office
    person = person_of(attendee)
    return person.office if person is not None else None


def since_of(attendee: MeetingAttendee) -> date | None:
    person = person_of(attendee)
    if isinstance(person, Counterpart):
        return person.term_start
    if isinstance(person, StaffMember):
        return person.office_since
    return None


def name_key(person: Counterpart | StaffMember | None, language: str) -> tuple:
    """Alphabetical order in the reader's language: by reading (五十音順) in Japanese when the
    person has one, else by the name in Latin letters."""
    if person is None:
        return (2, "")
    latin = f"{person.family_name} {person.given_name or ''}".casefold()
    if language == "ja" and person.reading_key:
        return (0, person.reading_key, latin)
    return (1, latin)


def precedence_key(attendee: MeetingAttendee, language: str) -> tuple:
    office = office_of(attendee)
    since = since_of(attendee)
    return (
        office.rank if office is not None else UNRANKED,
        since or date.max,
        name_key(person_of(attendee), language),
        attendee.id or 0,
    )


def in_precedence(attendees: Iterable[MeetingAttendee], language: str = "en") -> list[Placed]:
    """One side's attendees in precedence order, the places officers set for this meeting
    kept (a place beyond the end puts the person last)."""
    people = list(attendees)
    ordered = sorted((a for a in people if not a.place), key=lambda a: precedence_key(a, language))
    fixed = sorted(
        (a for a in people if a.place), key=lambda a: (a.place, precedence_key(a, language))
    )
    for a in fixed:
        ordered.insert(min(max(a.place - 1, 0), len(ordered)), a)
    return [
        Placed(a, n, office_of(a), since_of(a), bool(a.place), a.place_reason)
        for n, a in enumerate(ordered, 1)
    ]


def by_side(meeting: Meeting, language: str = "en") -> dict[Side, list[Placed]]:
    """The meeting's attendees, our side first, each side in precedence order."""
    return {
        side: in_precedence([a for a in meeting.attendees if a.side is side], language)
        for side in (Side.OURS, Side.THEIRS)
    }


def attendee_loads():
    """The loader options that read what the order needs in the same few queries."""
    return (
        selectinload(MeetingAttendee.staff).selectinload(StaffMember.office),
        selectinload(MeetingAttendee.counterpart).selectinload(Counterpart.office),
        selectinload(MeetingAttendee.office),
    )


def meeting_precedence(
    session: Session, meeting_id: int, language: str = "en"
) -> dict[Side, list[Placed]]:
    """`by_side` for one meeting, read from the database."""
    meeting = session.scalars(
        select(Meeting)
        .where(Meeting.id == meeting_id)
        .options(*(selectinload(Meeting.attendees).options(o) for o in attendee_loads()))
    ).one_or_none()
    return by_side(meeting, language) if meeting is not None else {}


def attendees_in_precedence(
    session: Session, meeting_id: int, language: str = "en"
) -> list[MeetingAttendee]:
    """The meeting's attendees as its page lists them: ours, then theirs, each in order."""
    return [
        p.attendee
        for side in meeting_precedence(session, meeting_id, language).values()
        for p in side
    ]


def offices(session: Session) -> list[PrecedenceOffice]:
    return list(
        session.scalars(
            select(PrecedenceOffice).order_by(PrecedenceOffice.rank, PrecedenceOffice.name_en)
        )
    )
