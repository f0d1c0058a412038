"""What is confidential, written once; every output asks here.

A meeting is confidential when it is classified so or belongs to a trip that
is. With a confidential meeting go its itinerary slot, its attendance (so a
person seen only there is not seen), the gifts exchanged there, the
commitments made there, the progress reported there or on those commitments, the lessons
learned there, its seating plan (seats and acknowledged warnings),
and the search entries and audit entries of all of these. A confidential trip takes all of its
parts with it: route, itinerary, delegation, budget, gifts, meetings, its contacts on the
ground, contacts with the national government about it, lessons learned on it, acknowledged
conflicts. Counterparts'
dietary and protocol notes are sensitive and are left out the same way.

An output (briefing, portfolio, meetings export, calendar, `list`, `search`,
`report`) runs its queries inside `scope(session, include_confidential)`.
Unless confidential content was asked for, every ORM query in that scope
leaves the rows above out, also when reached through a relationship, so an
output cannot forget a filter. A file written with confidential content in
it is marked with `MARKING`.

On a shared PostgreSQL server the same rows are also hidden from roles
without clearance by the server itself (see `cityapp.server`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Select, String, and_, cast, event, not_, or_, select
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria

from .errors import UserError
from .i18n import QT_TRANSLATE_NOOP
from .models import (
    AuditEntry,
    BudgetLine,
    Commitment,
    CommitmentProgress,
    ConflictAcknowledgement,
    Gift,
    ItineraryItem,
    Lesson,
    Meeting,
    MeetingAttendee,
    NationalContact,
    Seat,
    SeatingAcknowledgement,
    SeatingPlan,
    Trip,
    TripContact,
    TripDelegate,
    TripStop,
)
from .models.enums import Classification
from .models.search import SearchEntry

CONFIDENTIAL = Classification.CONFIDENTIAL.value
MARKING = "CONFIDENTIAL"
HIDE_KEY = "cityapp.hide_confidential"

# Counterparts' fields that only cleared outputs carry.
SENSITIVE_FIELDS = {"counterpart": ("dietary_notes", "protocol_notes")}

_trip = Trip.__table__
_meeting = Meeting.__table__
_commitment = Commitment.__table__


def confidential_trip_ids():
    """A subquery: the ids of trips classified confidential."""
    return select(_trip.c.id).where(_trip.c.classification == CONFIDENTIAL)


def confidential_meeting_ids():
    """A subquery: the ids of meetings that are confidential (themselves or by their trip)."""
    return select(_meeting.c.id).where(
        or_(
            _meeting.c.classification == CONFIDENTIAL,
            _meeting.c.trip_id.in_(confidential_trip_ids()),
        )
    )


def confidential_commitment_ids():
    """A subquery: the ids of commitments made in confidential meetings."""
    return select(_commitment.c.id).where(_commitment.c.meeting_id.in_(confidential_meeting_ids()))


def confidential_slot_ids():
    """A subquery: itinerary items that are a confidential meeting's slot."""
    return select(_meeting.c.itinerary_item_id).where(
        _meeting.c.itinerary_item_id.is_not(None),
        _meeting.c.id.in_(confidential_meeting_ids()),
    )


def confidential_plan_ids():
    """A subquery: the seating plans of confidential meetings."""
    plan = SeatingPlan.__table__
    return select(plan.c.id).where(plan.c.meeting_id.in_(confidential_meeting_ids()))


def _confidential_rows():
    """(table name, subquery of its ids as text) for rows the rule hides, for the audit trail."""
    gift, attendee, item, progress, lesson = (
        Gift.__table__,
        MeetingAttendee.__table__,
        ItineraryItem.__table__,
        CommitmentProgress.__table__,
        Lesson.__table__,
    )
    secret, trips, plans = (
        confidential_meeting_ids(),
        confidential_trip_ids(),
        confidential_plan_ids(),
    )

    def ids(table, condition):
        return table.name, select(cast(table.c.id, String)).where(condition)

    return [
        ids(_trip, _trip.c.id.in_(trips)),
        ids(_meeting, _meeting.c.id.in_(secret)),
        ids(_commitment, _commitment.c.id.in_(confidential_commitment_ids())),
        ids(gift, or_(gift.c.meeting_id.in_(secret), gift.c.trip_id.in_(trips))),
        ids(attendee, attendee.c.meeting_id.in_(secret)),
        ids(item, or_(item.c.trip_id.in_(trips), item.c.id.in_(confidential_slot_ids()))),
        ids(
            progress,
            or_(
                progress.c.meeting_id.in_(secret),
                progress.c.commitment_id.in_(confidential_commitment_ids()),
            ),
        ),
        ids(lesson, or_(lesson.c.trip_id.in_(trips), lesson.c.meeting_id.in_(secret))),
        *(
            ids(part.__table__, part.__table__.c.trip_id.in_(trips))
            for part in (
                NationalContact,
                TripContact,
                TripStop,
                TripDelegate,
                BudgetLine,
                ConflictAcknowledgement,
            )
        ),
        ids(SeatingPlan.__table__, SeatingPlan.__table__.c.meeting_id.in_(secret)),
        *(
            ids(part.__table__, part.__table__.c.plan_id.in_(plans))
            for part in (Seat, SeatingAcknowledgement)
        ),
    ]


def _outside_trips(column):
    return or_(column.is_(None), column.not_in(confidential_trip_ids()))


def _outside_meetings(column):
    return or_(column.is_(None), column.not_in(confidential_meeting_ids()))


_CRITERIA = (
    (Trip, lambda cls: cls.classification != CONFIDENTIAL),
    (
        Meeting,
        lambda cls: and_(cls.classification != CONFIDENTIAL, _outside_trips(cls.trip_id)),
    ),
    (MeetingAttendee, lambda cls: _outside_meetings(cls.meeting_id)),
    (Commitment, lambda cls: _outside_meetings(cls.meeting_id)),
    (
        CommitmentProgress,
        lambda cls: and_(
            _outside_meetings(cls.meeting_id),
            cls.commitment_id.not_in(confidential_commitment_ids()),
        ),
    ),
    (
        Gift,
        lambda cls: and_(_outside_meetings(cls.meeting_id), _outside_trips(cls.trip_id)),
    ),
    (
        ItineraryItem,
        lambda cls: and_(_outside_trips(cls.trip_id), cls.id.not_in(confidential_slot_ids())),
    ),
    (TripDelegate, lambda cls: _outside_trips(cls.trip_id)),
    (NationalContact, lambda cls: _outside_trips(cls.trip_id)),
    (Lesson, lambda cls: and_(_outside_trips(cls.trip_id), _outside_meetings(cls.meeting_id))),
    (BudgetLine, lambda cls: _outside_trips(cls.trip_id)),
    (ConflictAcknowledgement, lambda cls: _outside_trips(cls.trip_id)),
    (TripContact, lambda cls: _outside_trips(cls.trip_id)),
    (TripStop, lambda cls: _outside_trips(cls.trip_id)),
    (SeatingPlan, lambda cls: _outside_meetings(cls.meeting_id)),
    (Seat, lambda cls: cls.plan_id.not_in(confidential_plan_ids())),
    (SeatingAcknowledgement, lambda cls: cls.plan_id.not_in(confidential_plan_ids())),
    (
        SearchEntry,
        lambda cls: not_(
            or_(
                and_(cls.kind == "trip", cls.ref_id.in_(confidential_trip_ids())),
                and_(cls.kind == "meeting", cls.ref_id.in_(confidential_meeting_ids())),
                and_(cls.kind == "commitment", cls.ref_id.in_(confidential_commitment_ids())),
            )
        ),
    ),
    (
        AuditEntry,
        lambda cls: not_(
            or_(
                *(
                    and_(cls.table_name == table, cls.row_id.in_(ids))
                    for table, ids in _confidential_rows()
                )
            )
        ),
    ),
)


def hides(session: Session) -> bool:
    """Whether queries in this session leave confidential content out."""
    return bool(session.info.get(HIDE_KEY))


def shows_sensitive(session: Session) -> bool:
    """Whether outputs from this session may carry sensitive notes."""
    return not hides(session)


@contextlib.contextmanager
def scope(session: Session, include_confidential: bool) -> Iterator[Session]:
    """Run an output's queries with (or without) confidential content.

    When the scope changes what may be seen, the session lets go of the objects
    it holds, on the way in and on the way out: an object loaded under one rule
    (and the relationships it would load later) never serves the other.
    """
    before = bool(session.info.get(HIDE_KEY))
    hide = not include_confidential
    changes = before != hide
    if changes:
        _let_go(session)
    session.info[HIDE_KEY] = hide
    try:
        yield session
    finally:
        session.info[HIDE_KEY] = before
        if changes:
            _let_go(session)


def _let_go(session: Session) -> None:
    if session.new or session.dirty or session.deleted:
        session.flush()
    session.expunge_all()


def check_trip(session: Session, trip_id: int, include_confidential: bool) -> str:
    """The title of a trip an output may show; a clear refusal for a confidential or missing one."""
    row = session.execute(
        select(_trip.c.title, _trip.c.classification).where(_trip.c.id == trip_id)
    ).first()
    if row is None:
        raise UserError(
            QT_TRANSLATE_NOOP("confidentiality", "There is no trip {id} (see: list trips).").format(
                id=trip_id
            )
        )
    if row.classification == CONFIDENTIAL and not include_confidential:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "confidentiality",
                "Trip {id} is confidential: it is exported only with confidential content included "
                "(--include-confidential, or the box in the export dialog), and the file is then "
                "marked {marking}.",
            ).format(id=trip_id, marking=MARKING)
        )
    return row.title


def meeting_is_confidential(session: Session, meeting_id: int) -> bool:
    """Whether a meeting is confidential, itself or by its trip."""
    return bool(
        session.scalar(
            select(_meeting.c.id.in_(confidential_meeting_ids())).where(_meeting.c.id == meeting_id)
        )
    )


def check_meeting(session: Session, meeting_id: int, include_confidential: bool) -> str:
    """The title of a meeting an output may show; a clear refusal for a confidential (itself or
    by its trip) or missing one."""
    row = session.execute(
        select(
            _meeting.c.title, _meeting.c.id.in_(confidential_meeting_ids()).label("secret")
        ).where(_meeting.c.id == meeting_id)
    ).first()
    if row is None:
        raise UserError(
            QT_TRANSLATE_NOOP("confidentiality", "There is no meeting {id}.").format(id=meeting_id)
        )
    if row.secret and not include_confidential:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "confidentiality",
                "Meeting {id} is confidential: its record is exported only with confidential "
                "content included (--include-confidential, or the box in the export dialog), and "
                "the file is then marked {marking}.",
            ).format(id=meeting_id, marking=MARKING)
        )
    return row.title


def _criteria() -> list[Any]:
    return [
        with_loader_criteria(entity, criteria, include_aliases=True, track_closure_variables=False)
        for entity, criteria in _CRITERIA
    ]


@event.listens_for(Session, "do_orm_execute")
def _leave_out_confidential(state: ORMExecuteState) -> None:
    if not state.session.info.get(HIDE_KEY):
        return
    if not state.is_select:
        return
    state.statement = state.statement.options(*_criteria())


def plain_rows(session: Session, stmt: Select, batch: int = 2000) -> Iterator[tuple]:
    """The statement's rows as the driver gives them, a batch at a time (no row objects, no
    type conversion: a long export reads tens of thousands), under the same rule as every
    query of the session: confidential content left out unless its scope lets it in."""
    if hides(session):
        stmt = stmt.options(*_criteria())
    result = session.connection().execute(stmt)
    try:
        fetch = result.cursor.fetchmany
        while rows := fetch(batch):
            yield from rows
    finally:
        result.close()
