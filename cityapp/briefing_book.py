"""The briefing book's content, read from the records: what a delegation carries.

In this order: a cover with contents; the programme day by day (a page a day); a brief for
each meeting (a page each); the counterparts' profiles; the cities' profiles; the delegation;
logistics; the budget. A section with nothing to say is a line in the contents, not a page.
The book states what was known on one day (`known_on`): nothing after it is in it. Written
once as a `cityapp.book.Book`; the workbook and the window's PDF lay it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from . import confidentiality
from .book import Book, Contents, Facts, Heading, Page, Paragraph, Picture, Section, Table
from .clock import CLOCK
from .errors import UserError
from .i18n import QT_TRANSLATE_NOOP
from .models import (
    Agreement,
    City,
    Classification,
    Commitment,
    CommitmentStatus,
    Counterpart,
    Gift,
    ItineraryKind,
    Meeting,
    MeetingAttendee,
    NetworkMembership,
    SeatingPlan,
    Side,
)
from .models.enums import TRANSPORT
from .services import precedence
from .services.budget import summarize
from .services.coordination import contacts_about
from .services.gifts import fate_of
from .services.health import BANDS, relationship_health
from .services.itinerary import day_by_day, item_place, load_trip, slot_titles
from .services.office import wording as office_wording
from .services.relations import contacts_of, reciprocity
from .services.trips import known_on
from .timefmt import HOME_ZONE, in_zone
from .wording import Wording

W = {
    "book": QT_TRANSLATE_NOOP("book", "Briefing book"),
    "internal": QT_TRANSLATE_NOOP("book", "INTERNAL — for official use"),
    "public": QT_TRANSLATE_NOOP("book", "PUBLIC"),
    "confidential": QT_TRANSLATE_NOOP(
        "book", "CONFIDENTIAL — contains confidential meetings and sensitive notes"
    ),
    "prepared": QT_TRANSLATE_NOOP("book", "{officer}, {moment}"),
    "footer": QT_TRANSLATE_NOOP("book", "{trip} — version {version}, {moment}"),
    "cover": QT_TRANSLATE_NOOP("book", "Cover"),
    "contents": QT_TRANSLATE_NOOP("book", "Contents"),
    "nothing": QT_TRANSLATE_NOOP("book", "nothing recorded"),
    "route": QT_TRANSLATE_NOOP("book", "Route"),
    "dates": QT_TRANSLATE_NOOP("book", "Dates"),
    "lead": QT_TRANSLATE_NOOP("book", "Led by"),
    "direction": QT_TRANSLATE_NOOP("book", "Direction"),
    "status": QT_TRANSLATE_NOOP("book", "Status"),
    "classification": QT_TRANSLATE_NOOP("book", "Classification"),
    "purpose": QT_TRANSLATE_NOOP("book", "Purpose"),
    "objectives": QT_TRANSLATE_NOOP("book", "Objectives served"),
    "size": QT_TRANSLATE_NOOP("book", "Delegation"),
    "people": QT_TRANSLATE_NOOP("book", "{count} people"),
    "person": QT_TRANSLATE_NOOP("book", "1 person"),
    "prepared_by": QT_TRANSLATE_NOOP("book", "Prepared by"),
    "version": QT_TRANSLATE_NOOP("book", "Version"),
    "as_of": QT_TRANSLATE_NOOP("book", "As known on"),
    "programme": QT_TRANSLATE_NOOP("book", "Programme"),
    "local": QT_TRANSLATE_NOOP("book", "Local time"),
    "tokyo": QT_TRANSLATE_NOOP("book", "Tokyo time"),
    "what": QT_TRANSLATE_NOOP("book", "Engagement"),
    "where": QT_TRANSLATE_NOOP("book", "Place"),
    "who": QT_TRANSLATE_NOOP("book", "Who attends"),
    "everyone": QT_TRANSLATE_NOOP("book", "everyone"),
    "transport": QT_TRANSLATE_NOOP("book", "Transport"),
    "stay": QT_TRANSLATE_NOOP("book", "Hotel"),
    "contacts": QT_TRANSLATE_NOOP("book", "Contacts"),
    "briefs": QT_TRANSLATE_NOOP("book", "Meeting briefs"),
    "when": QT_TRANSLATE_NOOP("book", "When"),
    "when_home": QT_TRANSLATE_NOOP("book", "{moment} (Tokyo time {time})"),
    "level": QT_TRANSLATE_NOOP("book", "Level"),
    "language": QT_TRANSLATE_NOOP("book", "Language and interpretation"),
    "agenda": QT_TRANSLATE_NOOP("book", "Purpose and agenda"),
    "theirs": QT_TRANSLATE_NOOP("book", "Their side"),
    "ours": QT_TRANSLATE_NOOP("book", "Our side"),
    "history": QT_TRANSLATE_NOOP("book", "Our history with them"),
    "points": QT_TRANSLATE_NOOP("book", "Talking points"),
    "open": QT_TRANSLATE_NOOP("book", "Commitments open on both sides"),
    "gifts": QT_TRANSLATE_NOOP("book", "Gifts exchanged before and planned"),
    "protocol": QT_TRANSLATE_NOOP("book", "Protocol and dietary notes"),
    "seating": QT_TRANSLATE_NOOP("book", "Seating"),
    "seat_table": QT_TRANSLATE_NOOP("book", "Table or row"),
    "seat_number": QT_TRANSLATE_NOOP("book", "Seat"),
    "profiles": QT_TRANSLATE_NOOP("book", "Counterpart profiles"),
    "name": QT_TRANSLATE_NOOP("book", "Name"),
    "own": QT_TRANSLATE_NOOP("book", "In their script"),
    "reading": QT_TRANSLATE_NOOP("book", "Reading"),
    "position": QT_TRANSLATE_NOOP("book", "Position"),
    "organization": QT_TRANSLATE_NOOP("book", "Organization"),
    "term": QT_TRANSLATE_NOOP("book", "In office"),
    "career": QT_TRANSLATE_NOOP("book", "Career and notes"),
    "languages": QT_TRANSLATE_NOOP("book", "Languages"),
    "address": QT_TRANSLATE_NOOP("book", "Form of address"),
    "interpreter": QT_TRANSLATE_NOOP("book", "Needs an interpreter"),
    "last": QT_TRANSLATE_NOOP("book", "Last meetings"),
    "cities": QT_TRANSLATE_NOOP("book", "City profiles"),
    "country": QT_TRANSLATE_NOOP("book", "Country"),
    "relationship": QT_TRANSLATE_NOOP("book", "Relationship"),
    "since": QT_TRANSLATE_NOOP("book", "Partnership since"),
    "agreements": QT_TRANSLATE_NOOP("book", "Agreements in force"),
    "networks": QT_TRANSLATE_NOOP("book", "Networks"),
    "our_visit": QT_TRANSLATE_NOOP("book", "Our last visit"),
    "their_visit": QT_TRANSLATE_NOOP("book", "Their last visit to us"),
    "health": QT_TRANSLATE_NOOP("book", "Relationship health"),
    "score": QT_TRANSLATE_NOOP("book", "{score}/100, {band}"),
    "delegation": QT_TRANSLATE_NOOP("book", "Delegation"),
    "role": QT_TRANSLATE_NOOP("book", "Role"),
    "title": QT_TRANSLATE_NOOP("book", "Title"),
    "mobile": QT_TRANSLATE_NOOP("book", "Mobile"),
    "rooming": QT_TRANSLATE_NOOP("book", "Rooming"),
    "logistics": QT_TRANSLATE_NOOP("book", "Logistics"),
    "leg": QT_TRANSLATE_NOOP("book", "Leg"),
    "from_to": QT_TRANSLATE_NOOP("book", "From → to"),
    "carrier": QT_TRANSLATE_NOOP("book", "Carrier and number"),
    "terminals": QT_TRANSLATE_NOOP("book", "Terminals"),
    "booking": QT_TRANSLATE_NOOP("book", "Booking"),
    "hotels": QT_TRANSLATE_NOOP("book", "Hotels"),
    "hotel_address": QT_TRANSLATE_NOOP("book", "Address"),
    "stay_dates": QT_TRANSLATE_NOOP("book", "Check-in – check-out"),
    "confirmation": QT_TRANSLATE_NOOP("book", "Confirmation"),
    "local_contacts": QT_TRANSLATE_NOOP("book", "Local contacts"),
    "national": QT_TRANSLATE_NOOP("book", "Contacts with the national government"),
    "whom": QT_TRANSLATE_NOOP("book", "Whom"),
    "subject": QT_TRANSLATE_NOOP("book", "Discussed or requested"),
    "follow_up": QT_TRANSLATE_NOOP("book", "Follow-up"),
    "telephone": QT_TRANSLATE_NOOP("book", "Telephone"),
    "budget": QT_TRANSLATE_NOOP("book", "Budget"),
    "category": QT_TRANSLATE_NOOP("book", "Category"),
    "description": QT_TRANSLATE_NOOP("book", "Description"),
    "amount": QT_TRANSLATE_NOOP("book", "Amount"),
    "yen": QT_TRANSLATE_NOOP("book", "Yen"),
    "total": QT_TRANSLATE_NOOP("book", "Total"),
    "no_rate": QT_TRANSLATE_NOOP("book", "no rate"),
    "date": QT_TRANSLATE_NOOP("book", "Date"),
    "gift": QT_TRANSLATE_NOOP("book", "Gift"),
    "disposition": QT_TRANSLATE_NOOP("book", "What became of it"),
    "given": QT_TRANSLATE_NOOP("book", "Given or received"),
    "with": QT_TRANSLATE_NOOP("book", "With"),
    "owner": QT_TRANSLATE_NOOP("book", "Owner"),
    "due": QT_TRANSLATE_NOOP("book", "Due"),
    "commitment": QT_TRANSLATE_NOOP("book", "Commitment"),
    "meeting": QT_TRANSLATE_NOOP("book", "Meeting"),
    "this_trip": QT_TRANSLATE_NOOP("book", "planned for this trip"),
    "none": QT_TRANSLATE_NOOP("book", "Nothing recorded."),
}


@dataclass
class BookOptions:
    include_confidential: bool = False
    lang: str = "en"
    exported_at: datetime = field(default_factory=lambda: CLOCK.now())
    as_of: date | str | None = None  # a day, "today" or "trip" (see `known_on`)
    prepared_by: str = ""  # the officer who exported it


@dataclass
class _Reader:
    """What every section shares: the session, the trip, the words, the day known."""

    session: Session
    trip: Any
    w: Wording
    L: dict[str, str]
    as_of: date
    before: datetime  # the start of the day after `as_of`, as an instant
    sensitive: bool
    # What several pages ask for (a counterpart met in many meetings), read once.
    read_before: dict = field(default_factory=dict)

    def in_order(self, attendees: list[MeetingAttendee]) -> list[MeetingAttendee]:
        """One side of a meeting in precedence order (every office read once, beforehand)."""
        self.once(("offices",), lambda: precedence.offices(self.session))
        return [p.attendee for p in precedence.in_precedence(attendees, self.w.language)]

    def once(self, key: tuple, read: Any) -> Any:
        if key not in self.read_before:
            self.read_before[key] = read()
        return self.read_before[key]

    def people_met(self) -> dict[int, Counterpart]:
        found: dict[int, Counterpart] = {}
        for m in sorted(self.trip.meetings, key=lambda m: m.starts_at):
            for a in m.attendees:
                if a.counterpart is not None:
                    found.setdefault(a.counterpart.id, a.counterpart)
        return found


def build_book(session: Session, trip_id: int, options: BookOptions) -> Book:
    """The briefing book of a trip; confidential content only when the options ask for it."""
    confidentiality.check_trip(session, trip_id, options.include_confidential)
    with confidentiality.scope(session, options.include_confidential):
        trip = load_trip(session, trip_id)
        if trip is None:
            raise UserError(QT_TRANSLATE_NOOP("book", "There is no trip {id}.").format(id=trip_id))
        w = office_wording(session, options.lang)
        L = {key: w(text) for key, text in W.items() if "{" not in text}
        as_of = known_on(trip.start_date, options.as_of)
        before = datetime(as_of.year, as_of.month, as_of.day, tzinfo=ZoneInfo(HOME_ZONE))
        r = _Reader(
            session,
            trip,
            w,
            L,
            as_of,
            before + timedelta(days=1),
            confidentiality.shows_sensitive(session),
        )
        marking = (
            L["confidential"]
            if options.include_confidential
            else L["public"]
            if trip.classification == Classification.PUBLIC
            else L["internal"]
        )
        moment = w.at_home(options.exported_at)
        book = Book(
            title=L["book"],
            subtitle=f"{trip.title} — {w.dates(trip.start_date, trip.end_date)}",
            marking=marking,
            footer=w(W["footer"].format(trip=trip.title, version=trip.version, moment=moment)),
            language=w.language,
        )
        book.sections = [
            _cover(r, options, moment),
            _programme(r),
            _briefs(r),
            _profiles(r),
            _cities(r),
            _delegation(r),
            _logistics(r),
            _budget(r),
        ]
        for section in book.sections:
            section.empty_note = section.empty_note or L["nothing"]
        return book


def _cover(r: _Reader, options: BookOptions, moment: str) -> Section:
    w, L, trip = r.w, r.L, r.trip
    lead = trip.lead_staff or trip.lead_counterpart
    facts = [
        (L["route"], " → ".join(w.city(c) for c in trip.route)),
        (L["dates"], w.dates(trip.start_date, trip.end_date)),
        (L["lead"], w.person(lead)),
        (
            L["size"],
            w(
                W["person"]
                if len(trip.delegates) == 1
                else W["people"].format(count=len(trip.delegates))
            ),
        ),
        (L["direction"], w.choice(trip.direction)),
        (L["status"], w.choice(trip.status)),
        (L["classification"], w.choice(trip.classification)),
        (L["purpose"], trip.purpose or ""),
        (L["objectives"], "\n".join(w.objective(o) for o in trip.objectives)),
        (
            L["prepared_by"],
            w(W["prepared"].format(officer=options.prepared_by or "—", moment=moment)),
        ),
        (L["version"], str(trip.version)),
        (L["as_of"], w.date(r.as_of)),
    ]
    page = Page().add(
        Heading(L["book"]),
        Heading(trip.title, 2),
        Facts([(k, v) for k, v in facts if v]),
        Heading(L["contents"], 2),
        Contents(),
    )
    return Section("cover", L["cover"], [page])


def _programme(r: _Reader) -> Section:
    w, L, trip = r.w, r.L, r.trip
    items = {i.id: i for i in trip.itinerary}
    rows = day_by_day(list(trip.itinerary), words=w, titles=slot_titles(trip, w))
    contacts = contacts_of(r.session, trip.id)
    days: dict[date, list] = {}
    for row in rows:
        days.setdefault(row.day, []).append(row)
    pages = []
    for day, day_rows in days.items():
        table = []
        cities: set[int] = set()
        for row in day_rows:
            item = items[row.item_id]
            who = w.join(w.person(d.staff or d.counterpart) for d in item.participants)
            table.append([row.local, row.home, row.title, row.place, who or L["everyone"]])
            cities |= {c for c in (item.city_id, item.origin_city_id) if c}
        page = Page().add(
            Heading(w.day_heading(day)),
            Table(
                [L["local"], L["tokyo"], L["what"], L["where"], L["who"]], table, [3, 3, 5, 5, 4]
            ),
        )
        legs = [items[row.item_id] for row in day_rows if items[row.item_id].kind in TRANSPORT]
        if legs:
            page.add(
                Heading(L["transport"], 2),
                Table(
                    [L["leg"], L["carrier"], L["terminals"], L["booking"]],
                    [
                        [
                            item_place(i, w),
                            " ".join(p for p in (i.carrier, i.service_number) if p),
                            " → ".join(p for p in (i.origin_terminal, i.destination_terminal) if p),
                            i.booking_reference,
                        ]
                        for i in legs
                    ],
                    [8, 4, 5, 3],
                ),
            )
        there = [c for c in contacts if c.city_id in cities]
        if there:
            page.add(
                Heading(L["contacts"], 2),
                Table(
                    [L["role"], L["name"], L["organization"], L["telephone"]],
                    [[w.choice(c.role), c.name, c.organization, c.phone] for c in there],
                    [3, 5, 8, 4],
                ),
            )
        pages.append(page)
    return Section("programme", L["programme"], pages)


def _history(r: _Reader, person: Counterpart, limit: int = 5) -> list[list[Any]]:
    """Our last meetings with a person before the day the book knows (not this trip's)."""
    found = r.once(("history",), lambda: _read_histories(r))
    return found.get(person.id, [])[:limit]


def _read_histories(r: _Reader) -> dict[int, list[list[Any]]]:
    """Every counterpart met on the trip: their earlier meetings, newest first, in one read."""
    people = list(r.people_met())
    found: dict[int, list[list[Any]]] = {}
    if not people:
        return found
    rows = r.session.execute(
        select(
            MeetingAttendee.counterpart_id,
            Meeting.starts_at,
            Meeting.zone,
            Meeting.title,
            Meeting.title_ja,
        )
        .join(Meeting, Meeting.id == MeetingAttendee.meeting_id)
        .where(MeetingAttendee.counterpart_id.in_(people), Meeting.starts_at < r.before)
        .where(or_(Meeting.trip_id.is_(None), Meeting.trip_id != r.trip.id))
        .order_by(Meeting.starts_at.desc())
    )
    for row in rows:
        mine = found.setdefault(row.counterpart_id, [])
        if len(mine) < 5:
            when = r.w.date(in_zone(row.starts_at, row.zone), weekday=False)
            mine.append([when, r.w.title_of(row)])  # its Japanese title in Japanese
    return found


def _open_commitments(r: _Reader, city_id: int | None, people: list[int]) -> list[list[Any]]:
    """Commitments open on the day the book knows, from earlier meetings in this city or with
    these people, soonest due first."""
    every = r.once(("open",), lambda: _read_open_commitments(r))
    wanted = set(people)
    return [row for row, city, met in every if (city_id and city == city_id) or (met & wanted)]


def _read_open_commitments(r: _Reader) -> list[tuple[list[Any], int | None, set[int]]]:
    """Every commitment the briefs may name, in one read: (row, its meeting's city, the
    counterparts who attended that meeting)."""
    trip = r.trip
    cities = {m.city_id for m in trip.meetings if m.city_id}
    people = list(r.people_met())
    attended = select(MeetingAttendee.meeting_id).where(MeetingAttendee.counterpart_id.in_(people))
    meetings = select(Meeting.id).where(Meeting.city_id.in_(cities)).union(attended)
    found = r.session.scalars(
        select(Commitment)
        .join(Meeting)
        .where(
            Meeting.id.in_(meetings),
            Meeting.starts_at < r.before,
            or_(
                Commitment.status.in_([CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS]),
                Commitment.completed_on > r.as_of,
            ),
            or_(Meeting.trip_id.is_(None), Meeting.trip_id != trip.id),
        )
        .options(
            selectinload(Commitment.owner_staff),
            selectinload(Commitment.owner_counterpart),
            selectinload(Commitment.meeting).selectinload(Meeting.attendees),
        )
        .order_by(Commitment.due_on)
    ).all()
    w = r.w
    rows = []
    for c in found:
        owner = c.owner_staff or c.owner_counterpart
        row = [
            c.text,
            w.choice(c.owner_side) + (f" — {w.person(owner)}" if owner else ""),
            w.date(c.due_on, weekday=False),
        ]
        met = {a.counterpart_id for a in c.meeting.attendees if a.counterpart_id}
        rows.append((row, c.meeting.city_id, met))
    return rows


def _gifts(r: _Reader, people: list[int]) -> list[list[Any]]:
    """Gifts exchanged with these people before the day the book knows, and planned for this
    trip, oldest first."""
    every = r.once(("gifts",), lambda: _read_gifts(r))
    wanted = set(people)
    return [row for row, person in every if person in wanted]


def _read_gifts(r: _Reader) -> list[tuple[list[Any], int]]:
    people = list(r.people_met())
    if not people:
        return []
    found = r.session.scalars(
        select(Gift)
        .where(
            Gift.counterpart_id.in_(people),
            or_(
                Gift.trip_id == r.trip.id,
                Gift.exchanged_on.is_(None),
                Gift.exchanged_on <= r.as_of,
            ),
        )
        .options(selectinload(Gift.counterpart))
        .order_by(Gift.exchanged_on)
    ).all()
    w = r.w
    return [
        (
            [
                r.L["this_trip"]
                if g.trip_id == r.trip.id
                else w.date(g.exchanged_on, weekday=False),
                w.choice(g.direction),
                w.person(g.counterpart),
                g.description,
                g.value_jpy,
                fate_of(g, w.choice),
            ],
            g.counterpart_id,
        )
        for g in found
    ]


def _briefs(r: _Reader) -> Section:
    w, L, trip = r.w, r.L, r.trip
    pages = []
    for m in sorted(trip.meetings, key=lambda m: m.starts_at):
        theirs = r.in_order([a for a in m.attendees if a.side is Side.THEIRS and a.counterpart])
        ours = r.in_order([a for a in m.attendees if a.side is Side.OURS and a.staff])
        home = f"{in_zone(m.starts_at, HOME_ZONE):%H:%M}"
        page = Page().add(
            Heading(w.title_of(m)),
            Facts(
                [
                    (
                        L["when"],
                        w(W["when_home"].format(moment=w.when(m.starts_at, m.zone), time=home)),
                    ),
                    (L["where"], w.place(m.venue, m.city)),
                    (L["level"], w.choice(m.level)),
                    (L["language"], w.join((w.languages(m.language), m.interpreter))),
                    (L["objectives"], "\n".join(w.objective(o) for o in m.objectives)),
                    (L["agenda"], m.agenda or ""),
                ]
            ),
            Heading(L["theirs"], 2),
        )
        for a in theirs:
            p = a.counterpart
            if p.photo:
                page.add(Picture(p.photo, w.person(p)))
            page.add(
                Facts(
                    [
                        (L["name"], w.join((w.person(p), p.local_name, w.reading(p)))),
                        (L["position"], a.role or p.position or ""),
                        (L["address"], p.form_of_address or ""),
                        (L["languages"], w.languages(p.languages)),
                    ]
                )
            )
        page.add(Heading(L["ours"], 2))
        page.add(
            Paragraph(w.join(w.person(a.staff) for a in ours))
            if ours
            else Paragraph(L["none"], note=True)
        )
        history = [row for a in theirs for row in _history(r, a.counterpart, 3)]
        page.add(Heading(L["history"], 2))
        page.add(
            Table([L["date"], L["meeting"]], history, [3, 17])
            if history
            else Paragraph(L["none"], note=True)
        )
        page.add(
            Heading(L["points"], 2),
            Paragraph(m.talking_points or L["none"], note=not m.talking_points),
        )
        open_rows = _open_commitments(r, m.city_id, [a.counterpart.id for a in theirs])
        page.add(Heading(L["open"], 2))
        page.add(
            Table([L["commitment"], L["owner"], L["due"]], open_rows, [11, 6, 3])
            if open_rows
            else Paragraph(L["none"], note=True)
        )
        gifts = _gifts(r, [a.counterpart.id for a in theirs])
        page.add(Heading(L["gifts"], 2))
        page.add(
            Table(
                [L["date"], L["given"], L["with"], L["gift"], L["yen"], L["disposition"]],
                gifts,
                [3, 3, 3, 5, 2, 4],
                money=frozenset({4}),
            )
            if gifts
            else Paragraph(L["none"], note=True)
        )
        if r.sensitive:
            notes = [
                (
                    w.person(a.counterpart),
                    w.join((a.counterpart.protocol_notes, a.counterpart.dietary_notes)),
                )
                for a in theirs
                if a.counterpart.protocol_notes or a.counterpart.dietary_notes
            ]
            if notes:
                page.add(Heading(L["protocol"], 2), Facts(notes))
        plan = r.once(("seating",), lambda: _seating_plans(r)).get(m.id)
        if plan is not None:  # seating, when a plan is saved
            names = {a.id: w.person(a.staff or a.counterpart) for a in m.attendees}
            page.add(
                Heading(L["seating"], 2),
                Paragraph(w.choice(plan.layout)),
                Table(
                    [L["seat_table"], L["seat_number"], L["name"]],
                    [
                        [s.table_no, s.seat_no + 1, names.get(s.attendee_id, "")]
                        for s in sorted(plan.seats, key=lambda s: (s.table_no, s.seat_no))
                    ],
                    [4, 3, 13],
                ),
            )
        pages.append(page)
    return Section("briefs", L["briefs"], pages)


def _seating_plans(r: _Reader) -> dict[int, SeatingPlan]:
    """The saved seating plans of the trip's meetings, by meeting, in one read."""
    ids = [m.id for m in r.trip.meetings]
    return {
        p.meeting_id: p
        for p in r.session.scalars(
            select(SeatingPlan)
            .where(SeatingPlan.meeting_id.in_(ids))
            .options(selectinload(SeatingPlan.seats))
        )
    }


def _profiles(r: _Reader) -> Section:
    w, L = r.w, r.L
    pages = []
    for p in r.people_met().values():
        page = Page().add(Heading(w.person(p)))
        if p.photo:
            page.add(Picture(p.photo, w.person(p)))
        term = w.dates(p.term_start, p.term_end) if (p.term_start or p.term_end) else ""
        page.add(
            Facts(
                [
                    (k, v)
                    for k, v in [
                        (L["own"], p.local_name or ""),
                        (L["name"], p.display_name),
                        (L["reading"], w.reading(p)),
                        (L["position"], p.position or ""),
                        (L["organization"], p.organization.name if p.organization else ""),
                        (L["term"], term),
                        (L["languages"], w.languages(p.languages)),
                        (L["address"], p.form_of_address or ""),
                        (L["interpreter"], w.yes_no(p.interpreter_needed)),
                        (L["career"], p.notes or ""),
                    ]
                    if v
                ]
            )
        )
        history = _history(r, p, 5)
        page.add(Heading(L["last"], 2))
        page.add(
            Table([L["date"], L["meeting"]], history, [3, 17])
            if history
            else Paragraph(L["none"], note=True)
        )
        pages.append(page)
    return Section("profiles", L["profiles"], pages)


def _cities(r: _Reader) -> Section:
    w, L, trip, session = r.w, r.L, r.trip, r.session
    ids = [c.id for c in trip.route] + [i.city_id for i in trip.itinerary if i.city_id]
    cities = [
        c
        for c in (session.get(City, i) for i in dict.fromkeys(ids))
        if c is not None and not c.is_home
    ]
    health = {h.city_id: h for h in relationship_health(session, r.as_of, {c.id for c in cities})}
    pages = []
    for city in cities:
        agreements = session.scalars(
            select(Agreement)
            .where(
                Agreement.city_id == city.id,
                or_(Agreement.signed_on.is_(None), Agreement.signed_on <= r.as_of),
                or_(Agreement.ended_on.is_(None), Agreement.ended_on > r.as_of),
            )
            .order_by(Agreement.signed_on)
        ).all()
        networks = session.scalars(
            select(NetworkMembership)
            .where(
                NetworkMembership.city_id == city.id,
                or_(NetworkMembership.joined_on.is_(None), NetworkMembership.joined_on <= r.as_of),
            )
            .options(selectinload(NetworkMembership.network))
        ).all()
        visits = reciprocity(
            session, city.id, min(trip.start_date, r.as_of + timedelta(days=1)) - timedelta(days=1)
        )
        since = min((a.signed_on for a in agreements if a.signed_on), default=None)
        h = health.get(city.id)
        facts = [
            (L["country"], w.country(city.country_code)),
            (L["relationship"], w.choice(city.relationship_level)),
            (L["since"], w.date(since, weekday=False) if since else ""),
            (
                L["our_visit"],
                w.join((w.date(visits.our_last_visit[0], weekday=False), visits.our_last_visit[1]))
                if visits.our_last_visit
                else "",
            ),
            (
                L["their_visit"],
                w.join(
                    (w.date(visits.their_last_visit[0], weekday=False), visits.their_last_visit[1])
                )
                if visits.their_last_visit
                else "",
            ),
            (
                L["health"],
                w(W["score"].format(score=h.score, band=BANDS[h.band])) if h else "",
            ),
        ]
        page = Page().add(
            Heading(
                w.join((w.city(city), city.name_local if city.name_local != w.city(city) else None))
            ),
            Facts([(k, v) for k, v in facts if v]),
            Heading(L["agreements"], 2),
        )
        page.add(
            Table(
                [L["date"], L["agreements"]],
                [
                    [w.date(a.signed_on, weekday=False), f"{a.title} ({w.choice(a.kind)})"]
                    for a in agreements
                ],
                [3, 17],
            )
            if agreements
            else Paragraph(L["none"], note=True)
        )
        page.add(Heading(L["networks"], 2))
        page.add(
            Paragraph(w.join(f"{w.network(n.network)} ({w.choice(n.role)})" for n in networks))
            if networks
            else Paragraph(L["none"], note=True)
        )
        if h is not None:
            page.add(
                Heading(L["health"], 2), Paragraph("\n".join(w(line) for line in h.reason_lines))
            )
        pages.append(page)
    return Section("cities", L["cities"], pages)


def _delegation(r: _Reader) -> Section:
    w, L, trip = r.w, r.L, r.trip
    rows = []
    for d in trip.delegates:
        p = d.staff or d.counterpart
        if p is None:
            continue
        rows.append(
            [
                w.join((w.person(p), w.reading(p))),
                w.choice(d.role),
                p.title if d.staff else p.position,
                d.mobile,
                d.rooming,
            ]
        )
    if not rows:
        return Section("delegation", L["delegation"])
    page = Page().add(
        Heading(L["delegation"]),
        Table([L["name"], L["role"], L["title"], L["mobile"], L["rooming"]], rows, [5, 3, 5, 3, 4]),
    )
    return Section("delegation", L["delegation"], [page])


def _logistics(r: _Reader) -> Section:
    w, L, trip = r.w, r.L, r.trip
    legs = [i for i in sorted(trip.itinerary, key=lambda i: i.starts_at) if i.kind in TRANSPORT]
    hotels = [
        i
        for i in sorted(trip.itinerary, key=lambda i: i.starts_at)
        if i.kind == ItineraryKind.HOTEL
    ]
    contacts = contacts_of(r.session, trip.id)
    national = contacts_about(r.session, trip_id=trip.id)
    if not (legs or hotels or contacts or national):
        return Section("logistics", L["logistics"])
    page = Page().add(Heading(L["logistics"]))
    if legs:
        page.add(
            Heading(L["transport"], 2),
            Table(
                [L["when"], L["from_to"], L["carrier"], L["terminals"], L["booking"]],
                [
                    [
                        f"{w.when(i.starts_at, i.start_zone, with_zone=False)}",
                        item_place(i, w),
                        " ".join(p for p in (i.carrier, i.service_number) if p),
                        " → ".join(p for p in (i.origin_terminal, i.destination_terminal) if p),
                        i.booking_reference,
                    ]
                    for i in legs
                ],
                [4, 7, 4, 3, 2],
            ),
        )
    if hotels:
        page.add(
            Heading(L["hotels"], 2),
            Table(
                [L["stay"], L["hotel_address"], L["stay_dates"], L["confirmation"]],
                [
                    [
                        w.join((i.venue, w.city(i.city))) or i.title,
                        i.address,
                        w.dates(
                            in_zone(i.starts_at, i.start_zone).date(),
                            in_zone(i.ends_at, i.end_zone).date(),
                        ),
                        i.booking_reference,
                    ]
                    for i in hotels
                ],
                [5, 7, 5, 3],
            ),
        )
    if contacts:
        page.add(
            Heading(L["local_contacts"], 2),
            Table(
                [L["role"], L["name"], L["organization"], L["telephone"]],
                [
                    [w.choice(c.role), c.name, w.join((c.organization, w.city(c.city))), c.phone]
                    for c in contacts
                ],
                [3, 5, 8, 4],
            ),
        )
    if national:
        page.add(
            Heading(L["national"], 2),
            Table(
                [L["date"], L["with"], L["whom"], L["subject"], L["follow_up"]],
                [
                    [
                        w.date(c.contacted_on, weekday=False),
                        w.choice(c.body),
                        c.whom,
                        c.subject,
                        c.follow_up,
                    ]
                    for c in national
                ],
                [3, 3, 5, 6, 4],
            ),
        )
    return Section("logistics", L["logistics"], [page])


def _budget(r: _Reader) -> Section:
    w, L, trip = r.w, r.L, r.trip
    if not trip.budget_lines:
        return Section("budget", L["budget"])
    summary = summarize(trip)
    rows = []
    for line in trip.budget_lines:
        yen = summary.line_jpy.get(line.id)
        rows.append(
            [
                w.choice(line.category),
                line.description,
                f"{line.amount:,.2f} {line.currency}".replace(".00 ", " "),
                yen if yen is not None else L["no_rate"],
            ]
        )
    rows.append([L["total"], None, None, summary.total_jpy])
    page = Page().add(
        Heading(L["budget"]),
        Table(
            [L["category"], L["description"], L["amount"], L["yen"]],
            rows,
            [4, 9, 4, 3],
            money=frozenset({3}),
        ),
    )
    return Section("budget", L["budget"], [page])
