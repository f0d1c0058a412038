"""The trip briefing workbook: everything a delegation needs, built from the database alone.

Sheets, in order: Overview, Programme, Delegation, Counterparts, Relationship,
Talking points, Logistics, Gifts, Budget. Confidential meetings and sensitive
personal notes are left out unless asked for; when they are included, every
sheet is marked CONFIDENTIAL.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from .. import confidentiality
from ..clock import CLOCK
from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
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
)
from ..models.enums import TRANSPORT
from ..services.budget import summarize
from ..services.itinerary import day_by_day, load_trip
from ..services.office import wording as office_wording
from ..services.relations import contacts_of, reciprocity
from ..services.trips import known_on
from ..timefmt import HOME_ZONE, in_zone
from ..wording import Wording
from .sheets import SheetWriter, yen_format

LOGISTICS = TRANSPORT | {ItineraryKind.HOTEL}

LABELS = {
    "overview": QT_TRANSLATE_NOOP("briefing", "Overview"),
    "programme": QT_TRANSLATE_NOOP("briefing", "Programme"),
    "delegation": QT_TRANSLATE_NOOP("briefing", "Delegation"),
    "counterparts": QT_TRANSLATE_NOOP("briefing", "Counterparts"),
    "relationship": QT_TRANSLATE_NOOP("briefing", "Relationship"),
    "talking": QT_TRANSLATE_NOOP("briefing", "Talking points"),
    "logistics": QT_TRANSLATE_NOOP("briefing", "Logistics"),
    "gifts": QT_TRANSLATE_NOOP("briefing", "Gifts"),
    "budget": QT_TRANSLATE_NOOP("briefing", "Budget"),
    "briefing": QT_TRANSLATE_NOOP("briefing", "Trip briefing"),
    "internal": QT_TRANSLATE_NOOP("briefing", "INTERNAL — for official use"),
    "public": QT_TRANSLATE_NOOP("briefing", "PUBLIC"),
    "confidential": QT_TRANSLATE_NOOP(
        "briefing", "CONFIDENTIAL — contains confidential meetings and sensitive notes"
    ),
    "exported": QT_TRANSLATE_NOOP("briefing", "Exported"),
    "none": QT_TRANSLATE_NOOP("briefing", "Nothing recorded for this section."),
    "field": QT_TRANSLATE_NOOP("briefing", "Item"),
    "value": QT_TRANSLATE_NOOP("briefing", "Details"),
    "trip": QT_TRANSLATE_NOOP("briefing", "Trip"),
    "direction": QT_TRANSLATE_NOOP("briefing", "Direction"),
    "status": QT_TRANSLATE_NOOP("briefing", "Status"),
    "purpose": QT_TRANSLATE_NOOP("briefing", "Purpose"),
    "objectives": QT_TRANSLATE_NOOP("briefing", "Objectives served"),
    "dates": QT_TRANSLATE_NOOP("briefing", "Dates"),
    "destination": QT_TRANSLATE_NOOP("briefing", "Destination"),
    "lead": QT_TRANSLATE_NOOP("briefing", "Lead"),
    "size": QT_TRANSLATE_NOOP("briefing", "Delegation size"),
    "classification": QT_TRANSLATE_NOOP("briefing", "Classification"),
    "marking": QT_TRANSLATE_NOOP("briefing", "Marking"),
    "day": QT_TRANSLATE_NOOP("briefing", "Day"),
    "local": QT_TRANSLATE_NOOP("briefing", "Local time"),
    "home": QT_TRANSLATE_NOOP("briefing", "Tokyo time"),
    "item": QT_TRANSLATE_NOOP("briefing", "Engagement"),
    "place": QT_TRANSLATE_NOOP("briefing", "Place"),
    "who": QT_TRANSLATE_NOOP("briefing", "Who attends"),
    "notes": QT_TRANSLATE_NOOP("briefing", "Notes"),
    "name": QT_TRANSLATE_NOOP("briefing", "Name"),
    "name_other": QT_TRANSLATE_NOOP("briefing", "Name (other script)"),
    "role": QT_TRANSLATE_NOOP("briefing", "Role"),
    "title": QT_TRANSLATE_NOOP("briefing", "Title / position"),
    "dept": QT_TRANSLATE_NOOP("briefing", "Department / organization"),
    "contact": QT_TRANSLATE_NOOP("briefing", "Contact"),
    "own": QT_TRANSLATE_NOOP("briefing", "Name (own script)"),
    "latin": QT_TRANSLATE_NOOP("briefing", "Name (Latin)"),
    "address": QT_TRANSLATE_NOOP("briefing", "Form of address"),
    "languages": QT_TRANSLATE_NOOP("briefing", "Languages"),
    "interpreter": QT_TRANSLATE_NOOP("briefing", "Interpreter"),
    "dietary": QT_TRANSLATE_NOOP("briefing", "Dietary notes"),
    "protocol": QT_TRANSLATE_NOOP("briefing", "Protocol notes"),
    "last": QT_TRANSLATE_NOOP("briefing", "Our last meetings"),
    "city": QT_TRANSLATE_NOOP("briefing", "City"),
    "what": QT_TRANSLATE_NOOP("briefing", "Subject"),
    "when": QT_TRANSLATE_NOOP("briefing", "When"),
    "meeting": QT_TRANSLATE_NOOP("briefing", "Meeting"),
    "with": QT_TRANSLATE_NOOP("briefing", "With"),
    "agenda": QT_TRANSLATE_NOOP("briefing", "Agenda"),
    "points": QT_TRANSLATE_NOOP("briefing", "Talking points"),
    "kind": QT_TRANSLATE_NOOP("briefing", "Kind"),
    "date": QT_TRANSLATE_NOOP("briefing", "Date"),
    "given": QT_TRANSLATE_NOOP("briefing", "Given / received"),
    "gift": QT_TRANSLATE_NOOP("briefing", "Gift"),
    "yen": QT_TRANSLATE_NOOP("briefing", "Value (yen)"),
    "disposition": QT_TRANSLATE_NOOP("briefing", "Disposition"),
    "category": QT_TRANSLATE_NOOP("briefing", "Category"),
    "description": QT_TRANSLATE_NOOP("briefing", "Description"),
    "amount": QT_TRANSLATE_NOOP("briefing", "Amount"),
    "currency": QT_TRANSLATE_NOOP("briefing", "Currency"),
    "total": QT_TRANSLATE_NOOP("briefing", "Total"),
    "no_rate": QT_TRANSLATE_NOOP("briefing", "no rate"),
    "agreements": QT_TRANSLATE_NOOP("briefing", "Agreements"),
    "networks": QT_TRANSLATE_NOOP("briefing", "Networks"),
    "visits": QT_TRANSLATE_NOOP("briefing", "Visits"),
    "open": QT_TRANSLATE_NOOP("briefing", "Open commitments from earlier meetings"),
    "owner": QT_TRANSLATE_NOOP("briefing", "Owner"),
    "due": QT_TRANSLATE_NOOP("briefing", "Due"),
    "ours_last": QT_TRANSLATE_NOOP("briefing", "Our last visit"),
    "theirs_last": QT_TRANSLATE_NOOP("briefing", "Their last visit to us"),
    "everyone": QT_TRANSLATE_NOOP("briefing", "everyone"),
    "yes": QT_TRANSLATE_NOOP("briefing", "yes"),
    "no": QT_TRANSLATE_NOOP("briefing", "no"),
    "planned": QT_TRANSLATE_NOOP("briefing", "This trip"),
    "history": QT_TRANSLATE_NOOP("briefing", "Earlier, with these counterparts"),
    "reading": QT_TRANSLATE_NOOP("briefing", "Reading"),
    "as_of": QT_TRANSLATE_NOOP("briefing", "As known on"),
    "contacts": QT_TRANSLATE_NOOP("briefing", "Local contacts"),
    "mobile": QT_TRANSLATE_NOOP("briefing", "Mobile"),
    "rooming": QT_TRANSLATE_NOOP("briefing", "Rooming"),
}
ENDED = QT_TRANSLATE_NOOP("briefing", "{agreement}, ended {day}")
LEG_FROM = QT_TRANSLATE_NOOP("briefing", "departs from {terminal}")
LEG_TO = QT_TRANSLATE_NOOP("briefing", "arrives at {terminal}")
BOOKED = QT_TRANSLATE_NOOP("briefing", "booking {reference}")


@dataclass
class BriefingOptions:
    include_confidential: bool = False
    lang: str = "en"
    exported_at: datetime = field(default_factory=lambda: CLOCK.now())
    # What the book knows: the records up to this day (None: `known_on`'s default).
    as_of: date | str | None = None  # a day, "today" or "trip"


@dataclass(frozen=True)
class _Briefing:
    """What every sheet of one briefing shares."""

    sheet: Callable[..., SheetWriter]
    labels: dict[str, str]
    words: Wording
    session: Session
    trip: Any
    options: BriefingOptions
    meetings: list
    marking: str
    exported: str
    as_of: date  # nothing after this day is stated (see `known_on`)
    before: datetime  # its start, as an instant: meetings before it are history


def build_briefing(session: Session, trip_id: int, options: BriefingOptions) -> Workbook:
    """The briefing workbook; confidential content only when the options ask for it."""
    with confidentiality.scope(session, options.include_confidential):
        return _build(session, trip_id, options)


def _build(session: Session, trip_id: int, options: BriefingOptions) -> Workbook:
    secret = options.include_confidential
    confidentiality.check_trip(session, trip_id, secret)
    trip = load_trip(session, trip_id)
    if trip is None:
        raise UserError(QT_TRANSLATE_NOOP("briefing", "There is no trip {id}.").format(id=trip_id))
    w = office_wording(session, options.lang)
    L = {key: w(label) for key, label in LABELS.items()}
    marking = (
        L["confidential"]
        if secret
        else (L["public"] if trip.classification is Classification.PUBLIC else L["internal"])
    )
    exported = f"{L['exported']} {w.at_home(options.exported_at)}"
    subtitle = f"{trip.title} — {w.dates(trip.start_date, trip.end_date)}"
    meetings = list(trip.meetings)  # confidential ones are left out by the rule unless asked for
    as_of = known_on(trip.start_date, options.as_of)
    before = datetime(as_of.year, as_of.month, as_of.day, tzinfo=ZoneInfo(HOME_ZONE)) + timedelta(
        days=1
    )
    wb = Workbook()
    wb.remove(wb.active)

    def sheet(key: str, headers: list[str], widths: list[int], **formats: Any) -> SheetWriter:
        ws = wb.create_sheet(L[key][:31])
        return SheetWriter(
            ws,
            f"{L['briefing']}: {L[key]}",
            subtitle,
            marking,
            headers,
            widths,
            exported,
            yen=yen_format(w.language),
            **formats,
        )

    b = _Briefing(sheet, L, w, session, trip, options, meetings, marking, exported, as_of, before)
    _overview(b)
    rows, items = _programme(b)
    _delegation(b)
    people = _counterparts(b)
    _relationship(b)
    _talking_points(b)
    _logistics(b, rows, items)
    _gifts(b, people)
    _budget(b)
    return wb


def _overview(b: _Briefing) -> None:
    """Overview."""
    L, w, trip = b.labels, b.words, b.trip
    s = b.sheet("overview", [L["field"], L["value"]], [28, 100])
    lead = trip.lead_staff or trip.lead_counterpart
    for key, value in [
        ("trip", trip.title),
        ("direction", w.choice(trip.direction)),
        ("status", w.choice(trip.status)),
        ("purpose", trip.purpose),
        ("objectives", w.join(w.objective(o) for o in trip.objectives)),
        ("dates", w.dates(trip.start_date, trip.end_date)),
        ("destination", w.city(trip.destination_city)),
        ("lead", w.person(lead)),
        ("size", len(trip.delegates)),
        ("classification", w.choice(trip.classification)),
        ("marking", b.marking),
        ("as_of", w.date(b.as_of)),
        ("exported", w.at_home(b.options.exported_at)),
    ]:
        s.add([L[key], value])


def _programme(b: _Briefing) -> tuple[list, dict]:
    """Programme."""
    L, w, trip = b.labels, b.words, b.trip
    s = b.sheet(
        "programme",
        [L["day"], L["local"], L["home"], L["item"], L["place"], L["who"], L["notes"]],
        [16, 26, 24, 36, 28, 26, 40],
    )
    shown_items = list(trip.itinerary)
    items = {i.id: i for i in shown_items}
    rows = day_by_day(shown_items, words=w)
    for r in rows:
        item = items[r.item_id]
        who = w.join(w.person(d.staff or d.counterpart) for d in item.participants) or L["everyone"]
        s.add([w.date(r.day), r.local, r.home, r.title, r.place, who, item.details])
    if not rows:
        s.empty(L["none"])
    return rows, items


def _other_name(w: Wording, person: Any) -> str:
    """The name in the script the first column does not show."""
    shown = w.person(person)
    if shown != person.display_name:
        return person.display_name
    own = getattr(person, "name_ja", None) or getattr(person, "local_name", None)
    return own if own and own != shown else ""


def _delegation(b: _Briefing) -> None:
    """Delegation."""
    L, w, trip = b.labels, b.words, b.trip
    headers = [L["name"], L["name_other"]]
    widths = [24, 20]
    if w.japanese:
        headers.append(L["reading"])
        widths.append(20)
    headers += [L["role"], L["title"], L["dept"], L["mobile"], L["rooming"], L["contact"]]
    widths += [14, 26, 26, 18, 24, 30]
    s = b.sheet("delegation", headers, widths)
    for d in trip.delegates:
        p = d.staff or d.counterpart
        if p is None:
            continue
        row = [w.person(p), _other_name(w, p)]
        if w.japanese:
            row.append(w.reading(p))
        row += [
            w.choice(d.role),
            p.title if d.staff else p.position,
            p.department if d.staff else None,
            d.mobile,
            d.rooming,
            " ".join(x for x in (p.email, p.phone) if x),
        ]
        s.add(row)
    if not trip.delegates:
        s.empty(L["none"])


def _counterparts(b: _Briefing) -> dict:
    """Counterparts: everyone we will meet."""
    L, w, session, trip, meetings = b.labels, b.words, b.session, b.trip, b.meetings
    people: dict[int, Counterpart] = {}
    for m in meetings:
        for a in m.attendees:
            if a.counterpart is not None:
                people[a.counterpart.id] = a.counterpart
    for d in trip.delegates:
        if d.counterpart is not None:
            people[d.counterpart.id] = d.counterpart
    headers, widths = [L["own"], L["latin"]], [18, 22]
    if w.japanese:
        headers.append(L["reading"])
        widths.append(20)
    headers += [L["address"], L["title"], L["languages"], L["interpreter"]]
    widths += [22, 32, 12, 10]
    sensitive = confidentiality.shows_sensitive(session)
    if sensitive:
        headers += [L["dietary"], L["protocol"]]
        widths += [24, 28]
    headers.append(L["last"])
    widths.append(40)
    s = b.sheet("counterparts", headers, widths)
    for p in sorted(people.values(), key=lambda p: (p.family_name, p.given_name or "")):
        last = session.scalars(
            select(Meeting)
            .join(MeetingAttendee)
            .where(MeetingAttendee.counterpart_id == p.id, Meeting.starts_at < b.before)
            .order_by(Meeting.starts_at.desc())
            .limit(3)
        ).all()
        row = [p.local_name, p.display_name]
        if w.japanese:
            row.append(w.reading(p))
        row += [
            p.form_of_address,
            p.position,
            w.languages(p.languages),
            L["yes"] if p.interpreter_needed else L["no"],
        ]
        if sensitive:
            row += [p.dietary_notes, p.protocol_notes]
        row.append("\n".join(f"{w.date(in_zone(m.starts_at, m.zone))} {m.title}" for m in last))
        s.add(row)
    if not people:
        s.empty(L["none"])
    return people


def _relationship(b: _Briefing) -> None:
    """Relationship, per city visited."""
    L, w, session, trip = b.labels, b.words, b.session, b.trip
    s = b.sheet("relationship", [L["what"], L["date"], L["value"]], [34, 18, 90])
    city_ids = sorted(
        {i.city_id for i in trip.itinerary if i.city_id}
        | ({trip.destination_city_id} if trip.destination_city_id else set())
    )
    cities = [
        c for c in (session.get(City, i) for i in city_ids) if c is not None and not c.is_home
    ]
    for city in cities:
        shown = w.city(city)
        local = city.name_local if city.name_local and city.name_local != shown else ""
        s.heading(f"{shown} {local}".strip())
        for a in session.scalars(
            select(Agreement)
            .where(
                Agreement.city_id == city.id,
                or_(Agreement.signed_on.is_(None), Agreement.signed_on <= b.as_of),
            )
            .order_by(Agreement.signed_on)
        ):
            what = f"{a.title} ({w.choice(a.kind)})"
            if a.ended_on and a.ended_on <= b.as_of:
                what = w(ENDED.format(agreement=what, day=w.date(a.ended_on, weekday=False)))
            s.add([L["agreements"], w.date(a.signed_on, weekday=False), what])
        for m in session.scalars(
            select(NetworkMembership)
            .where(
                NetworkMembership.city_id == city.id,
                or_(NetworkMembership.joined_on.is_(None), NetworkMembership.joined_on <= b.as_of),
            )
            .options(selectinload(NetworkMembership.network))
        ):
            s.add(
                [
                    L["networks"],
                    w.date(m.joined_on, weekday=False),
                    f"{w.network(m.network)} ({w.choice(m.role)})",
                ]
            )
        # Visits before this trip (and before the day the book knows).
        r = reciprocity(
            session, city.id, min(trip.start_date, b.as_of + timedelta(days=1)) - timedelta(days=1)
        )
        for key, visit in (("ours_last", r.our_last_visit), ("theirs_last", r.their_last_visit)):
            if visit:
                s.add([L[key], w.date(visit[0], weekday=False), f"{visit[1]} {visit[2]}".strip()])
        open_items = session.scalars(
            select(Commitment)
            .join(Meeting)
            .where(
                Meeting.city_id == city.id,
                Meeting.starts_at < b.before,
                # Open on that day: still open, or done after it.
                or_(
                    Commitment.status.in_([CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS]),
                    Commitment.completed_on > b.as_of,
                ),
                or_(Meeting.trip_id.is_(None), Meeting.trip_id != trip.id),
            )
            .options(
                selectinload(Commitment.owner_staff), selectinload(Commitment.owner_counterpart)
            )
            .order_by(Commitment.due_on)
        ).all()
        for c in open_items:
            owner = c.owner_staff or c.owner_counterpart
            s.add(
                [
                    L["open"],
                    w.date(c.due_on, weekday=False),
                    f"{c.text} — {L['owner']}: {w.choice(c.owner_side)}"
                    + (f" ({w.person(owner)})" if owner else ""),
                ]
            )
        s.gap()
    if not cities:
        s.empty(L["none"])


def _talking_points(b: _Briefing) -> None:
    """Talking points, per meeting."""
    L, w, meetings = b.labels, b.words, b.meetings
    s = b.sheet(
        "talking",
        [L["meeting"], L["when"], L["with"], L["agenda"], L["points"]],
        [30, 26, 30, 40, 60],
    )
    for m in sorted(meetings, key=lambda m: m.starts_at):
        with_whom = w.join(w.person(a.counterpart) for a in m.attendees if a.counterpart)
        s.add([m.title, w.when(m.starts_at, m.zone), with_whom, m.agenda, m.talking_points])
    if not meetings:
        s.empty(L["none"])


def _logistics(b: _Briefing, rows, items) -> None:
    """Logistics."""
    L, w = b.labels, b.words
    s = b.sheet(
        "logistics",
        [L["local"], L["kind"], L["item"], L["place"], L["notes"]],
        [34, 10, 40, 30, 50],
    )
    moves = [r for r in rows if items[r.item_id].kind in LOGISTICS]
    for r in moves:
        item = items[r.item_id]
        booking = [
            " ".join(p for p in (item.carrier, item.service_number) if p),
            w(LEG_FROM.format(terminal=item.origin_terminal)) if item.origin_terminal else "",
            w(LEG_TO.format(terminal=item.destination_terminal))
            if item.destination_terminal
            else "",
            item.address,
            w(BOOKED.format(reference=item.booking_reference)) if item.booking_reference else "",
            item.details,
        ]
        s.add(
            [
                f"{w.date(r.day)} {r.local}",
                w.choice(r.kind),
                r.title,
                r.place,
                "\n".join(p for p in booking if p),
            ]
        )
    if not moves:
        s.empty(L["none"])
    s.heading(L["contacts"])
    contacts = contacts_of(b.session, b.trip.id)
    for c in contacts:
        s.add(
            [
                w.choice(c.role),
                w.city(c.city),
                w.join((c.name, c.organization)),
                c.phone,
                w.join((c.email, c.notes)),
            ]
        )
    if not contacts:
        s.empty(L["none"])


def _gifts(b: _Briefing, people) -> None:
    """Gifts: this trip's, and earlier ones with the same people."""
    L, w, session, trip = b.labels, b.words, b.session, b.trip
    s = b.sheet(
        "gifts",
        [L["date"], L["given"], L["with"], L["gift"], L["yen"], L["disposition"]],
        [18, 14, 26, 34, 14, 36],
        money=[5],
    )
    planned = session.scalars(
        select(Gift)
        .where(Gift.trip_id == trip.id)
        .options(selectinload(Gift.counterpart))
        .order_by(Gift.exchanged_on)
    ).all()
    earlier = (
        session.scalars(
            select(Gift)
            .where(
                Gift.counterpart_id.in_(list(people)),
                or_(Gift.trip_id.is_(None), Gift.trip_id != trip.id),
                or_(Gift.exchanged_on.is_(None), Gift.exchanged_on <= b.as_of),
            )
            .options(selectinload(Gift.counterpart))
            .order_by(Gift.exchanged_on.desc())
        ).all()
        if people
        else []
    )
    for label, gifts in ((L["planned"], planned), (L["history"], earlier)):
        s.heading(label)
        for g in gifts:
            s.add(
                [
                    w.date(g.exchanged_on, weekday=False),
                    w.choice(g.direction),
                    w.person(g.counterpart),
                    g.description,
                    g.value_jpy,
                    g.disposition,
                ]
            )
        if not gifts:
            s.empty(L["none"])


def _budget(b: _Briefing) -> None:
    """Budget."""
    L, w, trip = b.labels, b.words, b.trip
    s = b.sheet(
        "budget",
        [L["category"], L["description"], L["amount"], L["currency"], L["yen"]],
        [18, 40, 16, 10, 16],
        amounts=[3],
        money=[5],
    )
    summary = summarize(trip)
    for line in trip.budget_lines:
        yen = summary.line_jpy.get(line.id)
        s.add(
            [
                w.choice(line.category),
                line.description,
                line.amount,
                line.currency,
                yen if yen is not None else L["no_rate"],
            ]
        )
    if trip.budget_lines:
        s.add([L["total"], None, None, None, summary.total_jpy])
    else:
        s.empty(L["none"])


def save_workbook(wb: Workbook, target: Path) -> None:
    """Write to a temporary file beside the target, then replace it: the old file survives any failure."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("exports", "The folder {folder} does not exist.").format(
                folder=str(folder)
            )
        )
    fd, temp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".xlsx", dir=folder)
    os.close(fd)
    try:
        wb.save(temp)
        try:
            os.replace(temp, target)
        except PermissionError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exports",
                    "{name} is open in another program (Excel?). Close it and export again; "
                    "the existing file was left as it was.",
                ).format(name=target.name)
            ) from exc
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def export_briefing(
    session: Session, trip_id: int, target: Path, options: BriefingOptions | None = None
) -> Path:
    wb = build_briefing(session, trip_id, options or BriefingOptions())
    save_workbook(wb, target)
    return Path(target)
