"""What hangs off a record: a city's agreements, memberships and timeline; a person's meetings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    Agreement,
    City,
    Commitment,
    CommitmentStatus,
    Meeting,
    MeetingAttendee,
    NetworkMembership,
    NetworkPlenary,
    Trip,
)
from ..models.enums import ContactRole
from ..timefmt import in_zone


def agreements_of(session: Session, city_id: int) -> list[Agreement]:
    return list(
        session.scalars(
            select(Agreement)
            .where(Agreement.city_id == city_id)
            .options(selectinload(Agreement.objectives))
            .order_by(Agreement.signed_on.is_(None), Agreement.signed_on, Agreement.id)
        )
    )


def memberships_of_city(session: Session, city_id: int) -> list[NetworkMembership]:
    return list(
        session.scalars(
            select(NetworkMembership)
            .where(NetworkMembership.city_id == city_id)
            .options(selectinload(NetworkMembership.network))
        )
    )


def members_of(session: Session, network_id: int) -> list[NetworkMembership]:
    return list(
        session.scalars(
            select(NetworkMembership)
            .where(NetworkMembership.network_id == network_id)
            .options(selectinload(NetworkMembership.city))
        )
    )


def plenaries_of(session: Session, network_id: int) -> list[NetworkPlenary]:
    return list(
        session.scalars(
            select(NetworkPlenary)
            .where(NetworkPlenary.network_id == network_id)
            .options(selectinload(NetworkPlenary.city))
            .order_by(NetworkPlenary.starts_on)
        )
    )


TIMELINE_KINDS = {
    "agreement": QT_TRANSLATE_NOOP("timeline", "Agreement"),
    "commitment": QT_TRANSLATE_NOOP("timeline", "Commitment"),
    "meeting": QT_TRANSLATE_NOOP("timeline", "Meeting"),
    "network": QT_TRANSLATE_NOOP("timeline", "Network"),
    "plenary": QT_TRANSLATE_NOOP("timeline", "Plenary"),
    "trip": QT_TRANSLATE_NOOP("timeline", "Trip"),
    "visit": QT_TRANSLATE_NOOP("timeline", "Visit"),
}


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    day: date
    kind: str  # agreement, trip, visit, meeting, plenary
    label: str
    ref_kind: str
    ref_id: int

    @property
    def kind_label(self) -> str:
        return TIMELINE_KINDS.get(self.kind, self.kind.capitalize())


def city_timeline(session: Session, city_id: int) -> list[TimelineEntry]:
    """Agreements, trips, visits, meetings and plenaries of one city, oldest first."""
    entries: list[TimelineEntry] = []
    for a in agreements_of(session, city_id):
        if a.signed_on:
            entries.append(
                TimelineEntry(a.signed_on, "agreement", f"Signed: {a.title}", "agreement", a.id)
            )
        if a.renewed_on:
            entries.append(
                TimelineEntry(a.renewed_on, "agreement", f"Renewed: {a.title}", "agreement", a.id)
            )
        if a.ended_on:
            entries.append(
                TimelineEntry(a.ended_on, "agreement", f"Ended: {a.title}", "agreement", a.id)
            )
    from ..models import ItineraryItem

    visited = or_(
        Trip.destination_city_id == city_id,
        Trip.id.in_(select(ItineraryItem.trip_id).where(ItineraryItem.city_id == city_id)),
    )
    for t in session.scalars(select(Trip).where(visited)):
        entries.append(TimelineEntry(t.start_date, "trip", t.title, "trip", t.id))
    for m in session.scalars(select(Meeting).where(Meeting.city_id == city_id)):
        entries.append(
            TimelineEntry(in_zone(m.starts_at, m.zone).date(), "meeting", m.title, "meeting", m.id)
        )
    for p in session.scalars(
        select(NetworkPlenary)
        .where(NetworkPlenary.city_id == city_id)
        .options(selectinload(NetworkPlenary.network))
    ):
        name = p.network.short_name or p.network.name
        entries.append(
            TimelineEntry(p.starts_on, "plenary", f"{name}: {p.title}", "network", p.network_id)
        )
    entries.sort(key=lambda e: (e.day, e.kind, e.label))
    return entries


def meetings_with(session: Session, counterpart_id: int) -> list[Meeting]:
    """Meetings a counterpart attended, newest first."""
    return list(
        session.scalars(
            select(Meeting)
            .join(MeetingAttendee)
            .where(MeetingAttendee.counterpart_id == counterpart_id)
            .options(selectinload(Meeting.city))
            .order_by(Meeting.starts_at.desc())
        )
    )


def open_commitments_of(session: Session, counterpart_id: int) -> list[Commitment]:
    """Open commitments a counterpart owns or that came out of meetings they attended, soonest due first."""
    attended = select(MeetingAttendee.meeting_id).where(
        MeetingAttendee.counterpart_id == counterpart_id
    )
    return list(
        session.scalars(
            select(Commitment)
            .where(
                Commitment.status.in_([CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS]),
                or_(
                    Commitment.owner_counterpart_id == counterpart_id,
                    Commitment.meeting_id.in_(attended),
                ),
            )
            .options(selectinload(Commitment.meeting))
            .order_by(Commitment.due_on.is_(None), Commitment.due_on)
        )
    )


@dataclass(frozen=True, slots=True)
class ComingUp:
    day: date
    what: str
    agreement_id: int
    city: str


def agreements_coming_up(session: Session, today: date, within_days: int = 90) -> list[ComingUp]:
    """Five-yearly anniversaries of signing, and expiries, in the next `within_days` days."""
    horizon = today + timedelta(days=within_days)
    found: list[ComingUp] = []
    rows = session.scalars(
        select(Agreement).where(Agreement.ended_on.is_(None)).options(selectinload(Agreement.city))
    )
    for a in rows:
        city = a.city.name_en if a.city else ""
        if a.expires_on and today <= a.expires_on <= horizon:
            found.append(ComingUp(a.expires_on, f"Expires: {a.title}", a.id, city))
        if a.signed_on:
            for year in (today.year, today.year + 1):
                years = year - a.signed_on.year
                if years <= 0 or years % 5:
                    continue
                try:
                    day = a.signed_on.replace(year=year)
                except ValueError:  # signed on 29 February: marked on 28 February in common years
                    day = date(year, 2, 28)
                if today <= day <= horizon:
                    found.append(ComingUp(day, f"{years}th anniversary: {a.title}", a.id, city))
    found.sort(key=lambda c: (c.day, c.city))
    return found


@dataclass(frozen=True, slots=True)
class TripAhead:
    start: date
    end: date
    title: str
    direction: str
    status: str
    trip_id: int


def trips_ahead(session: Session, today: date, within_days: int = 90) -> list[TripAhead]:
    """Trips and visits not cancelled that start in the next `within_days` days or are under way."""
    from ..models import TripStatus

    horizon = today + timedelta(days=within_days)
    rows = session.scalars(
        select(Trip)
        .where(
            Trip.end_date >= today, Trip.start_date <= horizon, Trip.status != TripStatus.CANCELLED
        )
        .order_by(Trip.start_date, Trip.id)
    )
    return [
        TripAhead(t.start_date, t.end_date, t.title, t.direction.value, t.status.value, t.id)
        for t in rows
    ]


def delegates_of(session: Session, trip_id: int) -> list:
    from ..models import TripDelegate

    return list(
        session.scalars(
            select(TripDelegate)
            .where(TripDelegate.trip_id == trip_id)
            .options(selectinload(TripDelegate.staff), selectinload(TripDelegate.counterpart))
            .order_by(TripDelegate.id)
        )
    )


def contacts_of(session: Session, trip_id: int) -> list:
    """A trip's local contacts, embassy first."""
    from ..models import TripContact

    order = {role: n for n, role in enumerate(ContactRole)}
    found = session.scalars(
        select(TripContact)
        .where(TripContact.trip_id == trip_id)
        .options(selectinload(TripContact.city))
        .order_by(TripContact.id)
    ).all()
    return sorted(found, key=lambda c: order[c.role])


def budget_lines_of(session: Session, trip_id: int) -> list:
    from ..models import BudgetLine

    return list(
        session.scalars(
            select(BudgetLine).where(BudgetLine.trip_id == trip_id).order_by(BudgetLine.id)
        )
    )


def _inbound_from(city_id: int):
    """Inbound visits whose delegation or lead comes from a city."""
    from ..models import Counterpart, TripDelegate, TripDirection

    from_city = select(Counterpart.id).where(Counterpart.city_id == city_id)
    return select(Trip).where(
        Trip.direction == TripDirection.INBOUND,
        or_(
            Trip.lead_counterpart_id.in_(from_city),
            Trip.id.in_(
                select(TripDelegate.trip_id).where(TripDelegate.counterpart_id.in_(from_city))
            ),
        ),
    )


def city_history(session: Session, city_id: int) -> list[TimelineEntry]:
    """Everything between us and a city, newest first: agreements, trips both ways, meetings, commitments."""
    entries = [e for e in city_timeline(session, city_id)]
    for t in session.scalars(_inbound_from(city_id)):
        entries.append(TimelineEntry(t.start_date, "visit", t.title, "trip", t.id))
    for c in session.scalars(
        select(Commitment)
        .join(Meeting)
        .where(Meeting.city_id == city_id)
        .options(selectinload(Commitment.meeting))
    ):
        day = c.completed_on or c.due_on or in_zone(c.meeting.starts_at, c.meeting.zone).date()
        entries.append(
            TimelineEntry(
                day,
                "commitment",
                f"{c.text} ({c.status.value.replace('_', ' ')})",
                "commitment",
                c.id,
            )
        )
    entries.sort(key=lambda e: (e.day, e.kind, e.label), reverse=True)
    return entries


def counterpart_history(session: Session, counterpart_id: int) -> list[TimelineEntry]:
    """A person's meetings, visits and commitments with us, newest first."""
    from ..models import TripDelegate

    entries = [
        TimelineEntry(in_zone(m.starts_at, m.zone).date(), "meeting", m.title, "meeting", m.id)
        for m in meetings_with(session, counterpart_id)
    ]
    trips = session.scalars(
        select(Trip).where(
            or_(
                Trip.lead_counterpart_id == counterpart_id,
                Trip.id.in_(
                    select(TripDelegate.trip_id).where(
                        TripDelegate.counterpart_id == counterpart_id
                    )
                ),
            )
        )
    )
    entries += [TimelineEntry(t.start_date, "visit", t.title, "trip", t.id) for t in trips]
    attended = select(MeetingAttendee.meeting_id).where(
        MeetingAttendee.counterpart_id == counterpart_id
    )
    for c in session.scalars(
        select(Commitment)
        .where(
            or_(
                Commitment.owner_counterpart_id == counterpart_id,
                Commitment.meeting_id.in_(attended),
            )
        )
        .options(selectinload(Commitment.meeting))
    ):
        day = c.completed_on or c.due_on or in_zone(c.meeting.starts_at, c.meeting.zone).date()
        entries.append(
            TimelineEntry(
                day,
                "commitment",
                f"{c.text} ({c.status.value.replace('_', ' ')})",
                "commitment",
                c.id,
            )
        )
    entries.sort(key=lambda e: (e.day, e.kind, e.label), reverse=True)
    return entries


@dataclass(frozen=True)
class Reciprocity:
    our_last_visit: tuple[date, str, str] | None  # day, trip, who led it
    their_last_visit: tuple[date, str, str] | None
    open_invitations: list[str]


def reciprocity(session: Session, city_id: int, today: date) -> Reciprocity:
    """Who visited whom last, at what level, and which invitations are still open."""
    from ..models import TripDirection, TripStatus
    from .commitments import open_invitations

    ours = session.scalars(
        select(Trip)
        .where(
            Trip.direction == TripDirection.OUTBOUND,
            Trip.status != TripStatus.CANCELLED,
            Trip.start_date <= today,
            or_(
                Trip.destination_city_id == city_id,
                Trip.id.in_(select(Meeting.trip_id).where(Meeting.city_id == city_id)),
            ),
        )
        .options(selectinload(Trip.lead_staff))
        .order_by(Trip.start_date.desc())
    ).first()
    theirs = session.scalars(
        _inbound_from(city_id)
        .where(Trip.status != TripStatus.CANCELLED, Trip.start_date <= today)
        .options(selectinload(Trip.lead_counterpart))
        .order_by(Trip.start_date.desc())
    ).first()

    def lead(trip, person) -> str:
        if person is None:
            return ""
        title = getattr(person, "title", None) or getattr(person, "position", None)
        return f"{person.display_name}" + (f", {title}" if title else "")

    return Reciprocity(
        our_last_visit=(ours.start_date, ours.title, lead(ours, ours.lead_staff)) if ours else None,
        their_last_visit=(theirs.start_date, theirs.title, lead(theirs, theirs.lead_counterpart))
        if theirs
        else None,
        open_invitations=[c.text for c in open_invitations(session, city_id)],
    )


@dataclass(frozen=True, slots=True)
class PartnerPlace:
    """A partner city where a map places it (no coordinates: not placed)."""

    city_id: int
    name: str
    latitude: float | None
    longitude: float | None
    level: str


def partner_places(session: Session) -> list[PartnerPlace]:
    """Every city but our own, with its coordinates and relationship level."""
    rows = session.execute(
        select(City.id, City.name_en, City.latitude, City.longitude, City.relationship_level).where(
            City.is_home.is_(False)
        )
    )
    return [
        PartnerPlace(r.id, r.name_en, r.latitude, r.longitude, str(r.relationship_level))
        for r in rows
    ]
