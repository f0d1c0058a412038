"""A meeting's seating plan: its attendees as the plan sees them, the saved plan or a proposal,
the warnings and which of them an officer has acknowledged. The rules are in `cityapp.seating`;
the meeting page, the workbook and the command line ask here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Meeting, MeetingAttendee, Seat, SeatingAcknowledgement, SeatingPlan, Side
from ..seating import Layout, Plan, Sitter, Warning, check, propose
from . import precedence

_SPLIT = re.compile(r"[\s,;/、，]+")


def parse_languages(text: str | None) -> frozenset[str]:
    """ "ko, en" -> {"ko", "en"}: the codes a person speaks, as their record lists them."""
    return frozenset(code.strip().lower() for code in _SPLIT.split(text or "") if code.strip())


def sitters_of(meeting: Meeting, language: str = "en") -> list[Sitter]:
    """Every attendee, with their place in their side's order of precedence."""
    found = []
    for side, placed in precedence.by_side(meeting, language).items():
        for p in placed:
            a = p.attendee
            person = a.staff if side is Side.OURS else a.counterpart
            if person is None:
                continue
            found.append(
                Sitter(
                    attendee_id=a.id,
                    ours=side is Side.OURS,
                    place=p.place,
                    person=("staff" if side is Side.OURS else "counterpart", person.id),
                    name=person.display_name,
                    languages=parse_languages(person.languages),
                    interpreter=bool(a.interpreter),
                )
            )
    return found


@dataclass
class SeatingView:
    meeting: Meeting
    sitters: list[Sitter]
    plan: Plan
    saved: bool  # False: a proposal, nothing saved yet
    warnings: list[Warning] = field(default_factory=list)
    acknowledged: dict[str, str] = field(default_factory=dict)  # key -> note


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.scalars(
        select(Meeting)
        .where(Meeting.id == meeting_id)
        .options(*(selectinload(Meeting.attendees).options(o) for o in precedence.attendee_loads()))
    ).one_or_none()
    if meeting is None:
        raise UserError(
            QT_TRANSLATE_NOOP("seating", "There is no meeting {id}.").format(id=meeting_id)
        )
    return meeting


def _saved(session: Session, meeting_id: int) -> SeatingPlan | None:
    return session.scalars(
        select(SeatingPlan)
        .where(SeatingPlan.meeting_id == meeting_id)
        .options(selectinload(SeatingPlan.seats), selectinload(SeatingPlan.acknowledgements))
    ).one_or_none()


def seating_of(
    session: Session,
    meeting_id: int,
    language: str = "en",
    *,
    layout: Layout | None = None,
    tables: int | None = None,
    per_table: int | None = None,
) -> SeatingView:
    """The saved plan; or, when none is saved or another layout is asked for, a proposal."""
    meeting = _meeting(session, meeting_id)
    sitters = sitters_of(meeting, language)
    row = _saved(session, meeting_id)
    if row is not None and (layout is None or layout == row.layout) and tables is None:
        plan = Plan(
            Layout(row.layout),
            row.tables,
            row.per_table,
            row.keep_delegations_together,
            {s.attendee_id: (s.table_no, s.seat_no) for s in row.seats},
        )
        saved = True
    else:
        chosen = layout or (Layout(row.layout) if row is not None else Layout.TALKS)
        count = max(1, len(sitters))
        per = per_table or (row.per_table if row is not None else min(10, max(2, count)))
        plan = Plan(chosen, tables or max(1, -(-count // per)), per)
        plan.seats = propose(plan, sitters)
        saved = False
    view = SeatingView(meeting, sitters, plan, saved, check(plan, sitters))
    if row is not None:
        view.acknowledged = {a.warning_key: a.note or "" for a in row.acknowledgements}
    return view


def save_seating(session: Session, meeting_id: int, plan: Plan) -> SeatingPlan:
    """The plan saved with the meeting (its seats replaced as a whole)."""
    attendees = set(
        session.scalars(select(MeetingAttendee.id).where(MeetingAttendee.meeting_id == meeting_id))
    )
    strangers = set(plan.seats) - attendees
    if strangers:
        raise UserError(QT_TRANSLATE_NOOP("seating", "Only the meeting's attendees can be seated."))
    row = _saved(session, meeting_id)
    if row is None:
        row = SeatingPlan(meeting_id=meeting_id)
        session.add(row)
    row.layout = plan.layout
    row.tables, row.per_table = plan.tables, plan.per_table
    row.keep_delegations_together = plan.keep_delegations_together
    row.seats = [
        Seat(attendee_id=a, table_no=t, seat_no=n) for a, (t, n) in sorted(plan.seats.items())
    ]
    session.flush()
    return row


def acknowledge(session: Session, meeting_id: int, key: str, note: str, actor: str) -> None:
    """An officer's word that a warning is known, with a note: it stops nagging."""
    row = _saved(session, meeting_id)
    if row is None:
        raise UserError(
            QT_TRANSLATE_NOOP("seating", "Save the seating plan before acknowledging a warning.")
        )
    existing = next((a for a in row.acknowledgements if a.warning_key == key), None)
    if existing is None:
        row.acknowledgements.append(
            SeatingAcknowledgement(warning_key=key, note=note, acknowledged_by=actor)
        )
    else:
        existing.note = note
    session.flush()


def drop_seating(session: Session, meeting_id: int) -> None:
    """The meeting's plan removed (undoing its first save)."""
    row = _saved(session, meeting_id)
    if row is not None:
        session.delete(row)
        session.flush()


def swapped(plan: Plan, first: tuple[int, int], second: tuple[int, int]) -> Plan:
    """A copy of the plan with the people in two seats exchanged (or one moved to an empty
    seat)."""
    seats = dict(plan.seats)
    for attendee, seat in plan.seats.items():
        if seat == first:
            seats[attendee] = second
        elif seat == second:
            seats[attendee] = first
    return Plan(plan.layout, plan.tables, plan.per_table, plan.keep_delegations_together, seats)
