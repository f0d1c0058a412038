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
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from .. import confidentiality
from ..clock import CLOCK
from ..errors import UserError
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
from ..services.budget import summarize
from ..services.itinerary import day_by_day, load_trip
from ..services.relations import reciprocity
from ..timefmt import in_zone, zone_label
from .sheets import SheetWriter

LOGISTICS = {ItineraryKind.FLIGHT, ItineraryKind.RAIL, ItineraryKind.ROAD, ItineraryKind.HOTEL}

LABELS = {
    "en": {
        "overview": "Overview",
        "programme": "Programme",
        "delegation": "Delegation",
        "counterparts": "Counterparts",
        "relationship": "Relationship",
        "talking": "Talking points",
        "logistics": "Logistics",
        "gifts": "Gifts",
        "budget": "Budget",
        "briefing": "Trip briefing",
        "internal": "INTERNAL — for official use",
        "public": "PUBLIC",
        "confidential": "CONFIDENTIAL — contains confidential meetings and sensitive notes",
        "exported": "Exported",
        "none": "Nothing recorded for this section.",
        "field": "Item",
        "value": "Details",
        "trip": "Trip",
        "direction": "Direction",
        "status": "Status",
        "purpose": "Purpose",
        "objectives": "Objectives served",
        "dates": "Dates",
        "destination": "Destination",
        "lead": "Lead",
        "size": "Delegation size",
        "classification": "Classification",
        "marking": "Marking",
        "day": "Day",
        "local": "Local time",
        "home": "Tokyo time",
        "item": "Item",
        "place": "Place",
        "who": "Who attends",
        "notes": "Notes",
        "name": "Name",
        "name_other": "Name (other script)",
        "role": "Role",
        "title": "Title / position",
        "dept": "Department / organization",
        "contact": "Contact",
        "own": "Name (own script)",
        "latin": "Name (Latin)",
        "address": "Form of address",
        "languages": "Languages",
        "interpreter": "Interpreter",
        "dietary": "Dietary notes",
        "protocol": "Protocol notes",
        "last": "Our last meetings",
        "city": "City",
        "what": "What",
        "when": "When",
        "meeting": "Meeting",
        "with": "With",
        "agenda": "Agenda",
        "points": "Talking points",
        "kind": "Kind",
        "date": "Date",
        "given": "Given / received",
        "gift": "Gift",
        "yen": "Value (yen)",
        "disposition": "Disposition",
        "category": "Category",
        "description": "Description",
        "amount": "Amount",
        "currency": "Currency",
        "total": "Total",
        "no_rate": "no rate",
        "agreements": "Agreements",
        "networks": "Networks",
        "visits": "Visits",
        "open": "Open commitments from earlier meetings",
        "owner": "Owner",
        "due": "Due",
        "ours_last": "Our last visit",
        "theirs_last": "Their last visit to us",
        "everyone": "everyone",
        "yes": "yes",
        "no": "no",
        "planned": "This trip",
        "history": "Earlier, with these counterparts",
    },
    "ja": {
        "overview": "概要",
        "programme": "日程",
        "delegation": "代表団",
        "counterparts": "面会者",
        "relationship": "関係",
        "talking": "発言要領",
        "logistics": "移動・宿泊",
        "gifts": "贈答品",
        "budget": "予算",
        "briefing": "出張ブリーフィング",
        "internal": "取扱注意（庁内限り）",
        "public": "公開",
        "confidential": "秘 — 秘扱いの会談及び機微な個人情報を含む",
        "exported": "出力日時",
        "none": "記録なし",
        "field": "項目",
        "value": "内容",
        "trip": "出張",
        "direction": "区分",
        "status": "状況",
        "purpose": "目的",
        "objectives": "関連する目標",
        "dates": "期間",
        "destination": "訪問先",
        "lead": "団長",
        "size": "代表団人数",
        "classification": "区分",
        "marking": "取扱区分",
        "day": "日付",
        "local": "現地時間",
        "home": "東京時間",
        "item": "項目",
        "place": "場所",
        "who": "出席者",
        "notes": "備考",
        "name": "氏名",
        "name_other": "氏名（別表記）",
        "role": "役割",
        "title": "役職",
        "dept": "所属",
        "contact": "連絡先",
        "own": "氏名（現地表記）",
        "latin": "氏名（ローマ字）",
        "address": "敬称",
        "languages": "言語",
        "interpreter": "通訳",
        "dietary": "食事制限",
        "protocol": "儀典上の注意",
        "last": "直近の面会",
        "city": "都市",
        "what": "内容",
        "when": "日時",
        "meeting": "会談",
        "with": "相手方",
        "agenda": "議題",
        "points": "発言要領",
        "kind": "種別",
        "date": "日付",
        "given": "贈呈／受領",
        "gift": "品目",
        "yen": "評価額（円）",
        "disposition": "処理",
        "category": "費目",
        "description": "内訳",
        "amount": "金額",
        "currency": "通貨",
        "total": "合計",
        "no_rate": "換算率なし",
        "agreements": "協定",
        "networks": "都市ネットワーク",
        "visits": "往来",
        "open": "過去の会談からの未了事項",
        "owner": "担当",
        "due": "期限",
        "ours_last": "直近の当方訪問",
        "theirs_last": "直近の先方来訪",
        "everyone": "全員",
        "yes": "要",
        "no": "不要",
        "planned": "本出張",
        "history": "過去（同じ相手方）",
    },
}


@dataclass
class BriefingOptions:
    include_confidential: bool = False
    lang: str = "en"
    exported_at: datetime = field(default_factory=lambda: CLOCK.now())


@dataclass(frozen=True)
class _Briefing:
    """What every sheet of one briefing shares."""

    sheet: Callable[[str, list[str], list[int]], SheetWriter]
    labels: dict[str, str]
    session: Session
    trip: Any
    options: BriefingOptions
    meetings: list
    marking: str
    exported: str


def _day(value) -> str:
    return value.isoformat() if value else ""


def build_briefing(session: Session, trip_id: int, options: BriefingOptions) -> Workbook:
    """The briefing workbook; confidential content only when the options ask for it."""
    with confidentiality.scope(session, options.include_confidential):
        return _build(session, trip_id, options)


def _build(session: Session, trip_id: int, options: BriefingOptions) -> Workbook:
    secret = options.include_confidential
    confidentiality.check_trip(session, trip_id, secret)
    trip = load_trip(session, trip_id)
    if trip is None:
        raise UserError(f"There is no trip {trip_id}.")
    if options.lang not in LABELS:
        raise UserError(f"No labels in {options.lang!r}; use en or ja.")
    L = LABELS[options.lang]
    marking = (
        L["confidential"]
        if secret
        else (L["public"] if trip.classification is Classification.PUBLIC else L["internal"])
    )
    exported = f"{L['exported']} {in_zone(options.exported_at, 'Asia/Tokyo'):%Y-%m-%d %H:%M} JST"
    subtitle = f"{trip.title} — {trip.start_date:%Y-%m-%d} – {trip.end_date:%Y-%m-%d}"
    meetings = list(trip.meetings)  # confidential ones are left out by the rule unless asked for
    wb = Workbook()
    wb.remove(wb.active)

    def sheet(key: str, headers: list[str], widths: list[int]) -> SheetWriter:
        ws = wb.create_sheet(L[key][:31])
        return SheetWriter(
            ws, f"{L['briefing']}: {L[key]}", subtitle, marking, headers, widths, exported
        )

    b = _Briefing(sheet, L, session, trip, options, meetings, marking, exported)
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
    sheet, L, trip, options, marking, exported = (
        b.sheet,
        b.labels,
        b.trip,
        b.options,
        b.marking,
        b.exported,
    )
    s = sheet("overview", [L["field"], L["value"]], [28, 100])
    lead = trip.lead_staff or trip.lead_counterpart
    for key, value in [
        ("trip", trip.title),
        ("direction", trip.direction.value),
        ("status", trip.status.value),
        ("purpose", trip.purpose),
        (
            "objectives",
            "; ".join(
                f"{o.number}. {o.title_ja if options.lang == 'ja' and o.title_ja else o.title}"
                for o in trip.objectives
            ),
        ),
        ("dates", f"{trip.start_date:%Y-%m-%d} – {trip.end_date:%Y-%m-%d}"),
        ("destination", trip.destination_city.name_en if trip.destination_city else ""),
        ("lead", lead.display_name if lead else ""),
        ("size", len(trip.delegates)),
        ("classification", trip.classification.value),
        ("marking", marking),
        ("exported", exported),
    ]:
        s.add([L[key], value])


def _programme(b: _Briefing) -> tuple[list, dict]:
    """Programme."""
    sheet, L, trip = b.sheet, b.labels, b.trip
    s = sheet(
        "programme",
        [L["day"], L["local"], L["home"], L["item"], L["place"], L["who"], L["notes"]],
        [12, 26, 24, 36, 28, 26, 40],
    )
    shown_items = list(trip.itinerary)
    items = {i.id: i for i in shown_items}
    rows = day_by_day(shown_items)
    for r in rows:
        item = items[r.item_id]
        who = (
            ", ".join(
                d.staff.display_name if d.staff else d.counterpart.display_name
                for d in item.participants
            )
            or L["everyone"]
        )
        s.add([r.day.isoformat(), r.local, r.home, r.title, r.place, who, item.details])
    if not rows:
        s.empty(L["none"])
    return rows, items


def _delegation(b: _Briefing) -> None:
    """Delegation."""
    sheet, L, trip = b.sheet, b.labels, b.trip
    s = sheet(
        "delegation",
        [L["name"], L["name_other"], L["role"], L["title"], L["dept"], L["contact"]],
        [24, 20, 14, 30, 30, 30],
    )
    for d in trip.delegates:
        if d.staff:
            p = d.staff
            s.add(
                [
                    p.display_name,
                    p.name_ja,
                    d.role.value,
                    p.title,
                    p.department,
                    " ".join(x for x in (p.email, p.phone) if x),
                ]
            )
        elif d.counterpart:
            p = d.counterpart
            s.add(
                [
                    p.display_name,
                    p.local_name,
                    d.role.value,
                    p.position,
                    None,
                    " ".join(x for x in (p.email, p.phone) if x),
                ]
            )
    if not trip.delegates:
        s.empty(L["none"])


def _counterparts(b: _Briefing) -> dict:
    """Counterparts: everyone we will meet."""
    sheet, L, session, trip, meetings = b.sheet, b.labels, b.session, b.trip, b.meetings
    people: dict[int, Counterpart] = {}
    for m in meetings:
        for a in m.attendees:
            if a.counterpart is not None:
                people[a.counterpart.id] = a.counterpart
    for d in trip.delegates:
        if d.counterpart is not None:
            people[d.counterpart.id] = d.counterpart
    headers = [L["own"], L["latin"], L["address"], L["title"], L["languages"], L["interpreter"]]
    widths = [18, 22, 22, 32, 12, 10]
    sensitive = confidentiality.shows_sensitive(session)
    if sensitive:
        headers += [L["dietary"], L["protocol"]]
        widths += [24, 28]
    headers.append(L["last"])
    widths.append(40)
    s = sheet("counterparts", headers, widths)
    for p in sorted(people.values(), key=lambda p: (p.family_name, p.given_name or "")):
        last = session.scalars(
            select(Meeting)
            .join(MeetingAttendee)
            .where(MeetingAttendee.counterpart_id == p.id)
            .order_by(Meeting.starts_at.desc())
            .limit(3)
        ).all()
        row = [
            p.local_name,
            p.display_name,
            p.form_of_address,
            p.position,
            p.languages,
            L["yes"] if p.interpreter_needed else L["no"],
        ]
        if sensitive:
            row += [p.dietary_notes, p.protocol_notes]
        row.append("\n".join(f"{in_zone(m.starts_at, m.zone):%Y-%m-%d} {m.title}" for m in last))
        s.add(row)
    if not people:
        s.empty(L["none"])
    return people


def _relationship(b: _Briefing) -> None:
    """Relationship, per city visited."""
    sheet, L, session, trip = b.sheet, b.labels, b.session, b.trip
    s = sheet("relationship", [L["what"], L["date"], L["value"]], [34, 14, 90])
    city_ids = sorted(
        {i.city_id for i in trip.itinerary if i.city_id}
        | ({trip.destination_city_id} if trip.destination_city_id else set())
    )
    cities = [
        c for c in (session.get(City, i) for i in city_ids) if c is not None and not c.is_home
    ]
    for city in cities:
        local = city.name_local if city.name_local and city.name_local != city.name_en else ""
        s.heading(f"{city.name_en} {local}".strip())
        for a in session.scalars(
            select(Agreement).where(Agreement.city_id == city.id).order_by(Agreement.signed_on)
        ):
            s.add(
                [
                    L["agreements"],
                    _day(a.signed_on),
                    f"{a.title}" + (f" (ended {a.ended_on})" if a.ended_on else ""),
                ]
            )
        for m in session.scalars(
            select(NetworkMembership)
            .where(NetworkMembership.city_id == city.id)
            .options(selectinload(NetworkMembership.network))
        ):
            s.add(
                [
                    L["networks"],
                    _day(m.joined_on),
                    f"{m.network.short_name or m.network.name} ({m.role.value})",
                ]
            )
        r = reciprocity(session, city.id, trip.start_date - timedelta(days=1))  # before this trip
        if r.our_last_visit:
            s.add(
                [
                    L["ours_last"],
                    _day(r.our_last_visit[0]),
                    f"{r.our_last_visit[1]} {r.our_last_visit[2]}".strip(),
                ]
            )
        if r.their_last_visit:
            s.add(
                [
                    L["theirs_last"],
                    _day(r.their_last_visit[0]),
                    f"{r.their_last_visit[1]} {r.their_last_visit[2]}".strip(),
                ]
            )
        open_items = session.scalars(
            select(Commitment)
            .join(Meeting)
            .where(
                Meeting.city_id == city.id,
                Commitment.status.in_([CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS]),
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
                    _day(c.due_on),
                    f"{c.text} — {L['owner']}: {c.owner_side.value}"
                    + (f" ({owner.display_name})" if owner else ""),
                ]
            )
        s.gap()
    if not cities:
        s.empty(L["none"])


def _talking_points(b: _Briefing) -> None:
    """Talking points, per meeting."""
    sheet, L, meetings = b.sheet, b.labels, b.meetings
    s = sheet(
        "talking",
        [L["meeting"], L["when"], L["with"], L["agenda"], L["points"]],
        [30, 22, 30, 40, 60],
    )
    for m in sorted(meetings, key=lambda m: m.starts_at):
        with_whom = ", ".join(a.counterpart.display_name for a in m.attendees if a.counterpart)
        s.add(
            [
                m.title,
                f"{in_zone(m.starts_at, m.zone):%Y-%m-%d %H:%M} {zone_label(m.zone)}",
                with_whom,
                m.agenda,
                m.talking_points,
            ]
        )
    if not meetings:
        s.empty(L["none"])


def _logistics(b: _Briefing, rows, items) -> None:
    """Logistics."""
    sheet, L = b.sheet, b.labels
    s = sheet(
        "logistics",
        [L["local"], L["kind"], L["item"], L["place"], L["notes"]],
        [30, 10, 40, 30, 50],
    )
    moves = [r for r in rows if items[r.item_id].kind in LOGISTICS]
    for r in moves:
        s.add(
            [f"{r.day.isoformat()} {r.local}", r.kind, r.title, r.place, items[r.item_id].details]
        )
    if not moves:
        s.empty(L["none"])


def _gifts(b: _Briefing, people) -> None:
    """Gifts: this trip's, and earlier ones with the same people."""
    sheet, L, session, trip = b.sheet, b.labels, b.session, b.trip
    s = sheet(
        "gifts",
        [L["date"], L["given"], L["with"], L["gift"], L["yen"], L["disposition"]],
        [12, 14, 26, 34, 14, 36],
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
                    _day(g.exchanged_on),
                    g.direction.value,
                    g.counterpart.display_name if g.counterpart else "",
                    g.description,
                    g.value_jpy,
                    g.disposition,
                ]
            )
        if not gifts:
            s.empty(L["none"])


def _budget(b: _Briefing) -> None:
    """Budget."""
    sheet, L, trip = b.sheet, b.labels, b.trip
    s = sheet(
        "budget",
        [L["category"], L["description"], L["amount"], L["currency"], L["yen"]],
        [18, 40, 16, 10, 16],
    )
    summary = summarize(trip)
    for line in trip.budget_lines:
        yen = summary.line_jpy.get(line.id)
        s.add(
            [
                line.category.value,
                line.description,
                line.amount,
                line.currency,
                yen if yen is not None else L["no_rate"],
            ]
        )
    if trip.budget_lines:
        s.add([L["total"], None, None, "JPY", summary.total_jpy])
    else:
        s.empty(L["none"])


def save_workbook(wb: Workbook, target: Path) -> None:
    """Write to a temporary file beside the target, then replace it: the old file survives any failure."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"The folder {folder} does not exist.")
    fd, temp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".xlsx", dir=folder)
    os.close(fd)
    try:
        wb.save(temp)
        try:
            os.replace(temp, target)
        except PermissionError as exc:
            raise UserError(
                f"{target.name} is open in another program (Excel?). Close it and export again; "
                "the existing file was left as it was."
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
