"""What hangs off a record: a city's agreements, memberships and timeline; a person's meetings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from ..i18n import QT_TRANSLATE_NOOP
from ..labels import choice_label
from ..models import (
    Agreement,
    AgreementEvent,
    AgreementEventKind,
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
            .options(selectinload(Agreement.objectives), selectinload(Agreement.events))
            .order_by(Agreement.signed_on.is_(None), Agreement.signed_on, Agreement.id)
        )
    )


def agreement_history(session: Session, agreement_id: int) -> list[AgreementEvent]:
    """An agreement's renewals and amendments, oldest first."""
    return list(
        session.scalars(
            select(AgreementEvent)
            .where(AgreementEvent.agreement_id == agreement_id)
            .order_by(AgreementEvent.happened_on, AgreementEvent.id)
        )
    )


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return date(day.year + years, 2, 28)


def suggested_renewal(agreement: Agreement, today: date) -> dict:
    """What the Renew action offers: renewed today, for as long again as the term now ending
    (from the last renewal, or from taking effect or signing, to the expiry); an agreement with
    no expiry is renewed with none."""
    values: dict = {"happened_on": today, "expires_on": None, "document_ref": None, "note": None}
    start = agreement.renewed_on or agreement.effective_on or agreement.signed_on
    if agreement.expires_on is not None and start is not None and agreement.expires_on > start:
        term = agreement.expires_on - start
        years = round(term.days / 365.25)
        base = max(agreement.expires_on, today)
        values["expires_on"] = _years_later(base, years) if years >= 1 else base + term
    return values


def renew_agreement(
    session: Session, agreement_id: int, values: dict, expected_version: int
) -> tuple[AgreementEvent, Agreement]:
    """Record a renewal and carry it onto the agreement (last renewed, new expiry), in one
    transaction: the history and the agreement never disagree."""
    from ..errors import UserError
    from ..fields import AGREEMENT_EVENT
    from .records import create_record, update_record

    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise UserError(QT_TRANSLATE_NOOP("relations", "The agreement is no longer there."))
    if agreement.ended_on is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "relations", "This agreement ended on {day}: an ended agreement is not renewed."
            ).format(day=agreement.ended_on.isoformat())
        )
    on = values["happened_on"]
    if agreement.signed_on is not None and on < agreement.signed_on:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "relations", "An agreement is renewed after it is signed ({day})."
            ).format(day=agreement.signed_on.isoformat())
        )
    event = create_record(
        session,
        AgreementEvent,
        {**values, "kind": AgreementEventKind.RENEWAL, "agreement_id": agreement_id},
        AGREEMENT_EVENT,
    )
    changes = {"renewed_on": on}
    if values.get("expires_on") is not None:
        changes["expires_on"] = values["expires_on"]
    agreement = update_record(session, Agreement, agreement_id, changes, expected_version)
    return event, agreement


def withdraw_renewal(
    session: Session, event_id: int, before: dict, expected_version: int
) -> Agreement:
    """Undo a renewal: its entry goes and the agreement's dates are as they were."""
    from .records import delete_record, update_record

    event = session.get(AgreementEvent, event_id)
    agreement_id = event.agreement_id if event is not None else None
    delete_record(session, AgreementEvent, event_id)
    return update_record(session, Agreement, agreement_id, before, expected_version)


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


# What happened to an agreement, and a commitment with its status, as a history names them.
SIGNED = QT_TRANSLATE_NOOP("timeline", "Signed: {title}")
RENEWED = QT_TRANSLATE_NOOP("timeline", "Renewed: {title}")
AMENDED = QT_TRANSLATE_NOOP("timeline", "Amended: {title}")
ENDED = QT_TRANSLATE_NOOP("timeline", "Ended: {title}")
WITH_STATUS = QT_TRANSLATE_NOOP("timeline", "{text} ({status})")


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    day: date
    kind: str  # agreement, trip, visit, meeting, plenary
    label: str  # a message where the program words it (translated where shown)
    ref_kind: str
    ref_id: int
    label_ja: str | None = None  # the record's own Japanese title, for a Japanese window

    @property
    def kind_label(self) -> str:
        return TIMELINE_KINDS.get(self.kind, self.kind.capitalize())


def city_timeline(session: Session, city_id: int, limit: int | None = None) -> list[TimelineEntry]:
    """Agreements, trips, visits, meetings and plenaries of one city, oldest first; with a
    `limit`, only the newest `limit` of each kind are read (enough for that many in all)."""
    entries: list[TimelineEntry] = []
    for a in agreements_of(session, city_id):
        if a.signed_on:
            entries.append(
                TimelineEntry(
                    a.signed_on, "agreement", SIGNED.format(title=a.title), "agreement", a.id
                )
            )
        for e in a.events:
            done = RENEWED if e.kind == AgreementEventKind.RENEWAL else AMENDED
            entries.append(
                TimelineEntry(
                    e.happened_on, "agreement", done.format(title=a.title), "agreement", a.id
                )
            )
        if a.renewed_on and a.renewed_on not in {e.happened_on for e in a.events}:
            entries.append(
                TimelineEntry(
                    a.renewed_on, "agreement", RENEWED.format(title=a.title), "agreement", a.id
                )
            )
        if a.ended_on:
            entries.append(
                TimelineEntry(
                    a.ended_on, "agreement", ENDED.format(title=a.title), "agreement", a.id
                )
            )
    from ..models import ItineraryItem

    visited = or_(
        Trip.destination_city_id == city_id,
        Trip.id.in_(select(ItineraryItem.trip_id).where(ItineraryItem.city_id == city_id)),
    )
    trips = select(Trip.id, Trip.start_date, Trip.title).where(visited)
    for t in session.execute(trips.order_by(Trip.start_date.desc(), Trip.id.desc()).limit(limit)):
        entries.append(TimelineEntry(t.start_date, "trip", t.title, "trip", t.id))
    meetings = select(
        Meeting.id, Meeting.starts_at, Meeting.zone, Meeting.title, Meeting.title_ja
    ).where(Meeting.city_id == city_id)
    for m in session.execute(
        meetings.order_by(Meeting.starts_at.desc(), Meeting.id.desc()).limit(limit)
    ):
        entries.append(
            TimelineEntry(
                in_zone(m.starts_at, m.zone).date(), "meeting", m.title, "meeting", m.id, m.title_ja
            )
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


RENEWAL_NOTICE_DAYS = 180  # renewing takes months of talks: an expiry is flagged this early
EXPIRED_SHOWN_DAYS = 90  # an agreement left to expire stays in sight this long


@dataclass(frozen=True, slots=True)
class ComingUp:
    day: date
    kind: str  # expires, expired, anniversary
    title: str
    agreement_id: int
    city: str
    years: int = 0  # of an anniversary
    city_ja: str | None = None  # the city's Japanese name, for a Japanese window

    @property
    def what(self) -> str:
        """In English, as the command line and logs say it."""
        if self.kind == "anniversary":
            return f"{self.years}th anniversary: {self.title}"
        if self.kind == "expired":
            return f"Expired, not renewed: {self.title}"
        return f"Expires: {self.title}"


def agreements_coming_up(session: Session, today: date, within_days: int = 90) -> list[ComingUp]:
    """Five-yearly anniversaries of signing in the next `within_days` days; expiries in the next
    `RENEWAL_NOTICE_DAYS` (or `within_days` if longer), while there is time to renew; and
    agreements that expired in the last `EXPIRED_SHOWN_DAYS` without a renewal or an end."""
    horizon = today + timedelta(days=within_days)
    notice = today + timedelta(days=max(within_days, RENEWAL_NOTICE_DAYS))
    found: list[ComingUp] = []
    rows = session.scalars(
        select(Agreement).where(Agreement.ended_on.is_(None)).options(selectinload(Agreement.city))
    )
    for a in rows:
        city = a.city.name_en if a.city else ""
        city_ja = a.city.name_ja if a.city else None
        if a.expires_on and today <= a.expires_on <= notice:
            found.append(ComingUp(a.expires_on, "expires", a.title, a.id, city, city_ja=city_ja))
        elif a.expires_on and today - timedelta(days=EXPIRED_SHOWN_DAYS) <= a.expires_on < today:
            found.append(ComingUp(a.expires_on, "expired", a.title, a.id, city, city_ja=city_ja))
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
                    found.append(ComingUp(day, "anniversary", a.title, a.id, city, years, city_ja))
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


def _commitment_entry(c: Commitment) -> TimelineEntry:
    """A commitment in a history: on the day it was done, else due, else made."""
    day = c.completed_on or c.due_on or in_zone(c.meeting.starts_at, c.meeting.zone).date()
    label = WITH_STATUS.format(text=c.text, status=choice_label(c.status))
    return TimelineEntry(day, "commitment", label, "commitment", c.id)


HISTORY_PAGE = 200  # entries of a city's history read at a time, newest first


@dataclass(frozen=True, slots=True)
class HistoryPage:
    entries: list[TimelineEntry]  # newest first
    more: bool  # older entries remain


def city_history(session: Session, city_id: int, limit: int | None = None) -> list[TimelineEntry]:
    """Everything between us and a city, newest first: agreements, trips both ways, meetings,
    commitments; with a `limit`, the newest `limit` only, each kind read no further than that."""
    entries = city_timeline(session, city_id, limit)
    for t in session.execute(
        _inbound_from(city_id)
        .with_only_columns(Trip.id, Trip.start_date, Trip.title)
        .order_by(Trip.start_date.desc(), Trip.id.desc())
        .limit(limit)
    ):
        entries.append(TimelineEntry(t.start_date, "visit", t.title, "trip", t.id))
    made_here = (
        select(Commitment)
        .join(Meeting)
        .where(Meeting.city_id == city_id)
        .options(selectinload(Commitment.meeting))
    )
    # A commitment is dated by when it was done, else when it is due, else by its meeting:
    # the dated and the undated are each read newest first.
    dated = made_here.where(
        or_(Commitment.completed_on.is_not(None), Commitment.due_on.is_not(None))
    ).order_by(func.coalesce(Commitment.completed_on, Commitment.due_on).desc(), Commitment.id)
    undated = made_here.where(
        Commitment.completed_on.is_(None), Commitment.due_on.is_(None)
    ).order_by(Meeting.starts_at.desc(), Commitment.id)
    for query in (dated, undated):
        entries += [_commitment_entry(c) for c in session.scalars(query.limit(limit))]
    entries.sort(key=lambda e: (e.day, e.kind, e.label), reverse=True)
    return entries[:limit] if limit is not None else entries


def city_history_page(session: Session, city_id: int, shown: int = 0) -> HistoryPage:
    """The newest `shown + HISTORY_PAGE` entries of a city's history, and whether more remain."""
    wanted = shown + HISTORY_PAGE
    entries = city_history(session, city_id, wanted + 1)
    return HistoryPage(entries[:wanted], len(entries) > wanted)


@dataclass(frozen=True, slots=True)
class HomeHolds:
    """What the home city's history would list: the whole office's, counted."""

    trips: int
    meetings: int
    commitments: int
    agreements: int


def home_holds(session: Session) -> HomeHolds:
    def count(model) -> int:
        return session.scalar(select(func.count(model.id))) or 0

    return HomeHolds(count(Trip), count(Meeting), count(Commitment), count(Agreement))


def city_history_at_a_glance(
    session: Session, city_id: int, today: date, shown: int = 0
) -> HomeHolds | tuple[Reciprocity, HistoryPage]:
    """What a city's History tab shows: for our own city, what its history would hold; for any
    other, the reciprocity of visits and the next page of its history."""
    if session.scalar(select(City.is_home).where(City.id == city_id)):
        return home_holds(session)
    return reciprocity(session, city_id, today), city_history_page(session, city_id, shown)


def counterpart_history(session: Session, counterpart_id: int) -> list[TimelineEntry]:
    """A person's meetings, visits and commitments with us, newest first."""
    from ..models import TripDelegate

    entries = [
        TimelineEntry(
            in_zone(m.starts_at, m.zone).date(), "meeting", m.title, "meeting", m.id, m.title_ja
        )
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
        entries.append(_commitment_entry(c))
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
