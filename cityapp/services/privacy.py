"""Requests about one person's data, as Japan's APPI and the GDPR expect.

- Export: everything held about one counterpart or staff member in one workbook:
  the record, the meetings they attended, the commitments they own, the gifts
  exchanged with them, the trips they travelled on, and the audit entries about them.
- Erase: their personal fields become "(erased)" or blank, the old values of those
  fields leave the audit trail, and the meetings stay, with "an erased person" at the
  table. Then the database file is rewritten (VACUUM on SQLite), so the text is gone
  from its bytes, not only from its tables.
- Review: counterparts out of office for more than five years who still have
  sensitive notes, for someone to decide whether the notes are still needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session, selectinload

from .. import search_index
from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP, Joined
from ..models import (
    AuditEntry,
    Commitment,
    Counterpart,
    Gift,
    Meeting,
    MeetingAttendee,
    StaffMember,
    Trip,
    TripDelegate,
)
from ..models.people import ERASED, ERASED_PERSON
from ..timefmt import in_zone
from ..wording import LIST_SEPARATOR
from .gifts import fate_of
from .history import field_label, shown

COUNTERPART, STAFF = "counterpart", "staff"
MODELS = {COUNTERPART: Counterpart, STAFF: StaffMember}
TABLES = {COUNTERPART: "counterpart", STAFF: "staff_member"}
# What identifies or describes the person: replaced on erasure. Links (city, organization)
# and the fact that someone attended stay, so the office's history still adds up.
PERSONAL = {
    COUNTERPART: {
        "family_name": ERASED,
        "given_name": None,
        "family_name_local": None,
        "given_name_local": None,
        "reading": None,
        "honorific": None,
        "form_of_address": None,
        "position": None,
        "term_start": None,
        "term_end": None,
        "languages": None,
        "dietary_notes": None,
        "protocol_notes": None,
        "email": None,
        "phone": None,
        "notes": None,
        "photo": None,
    },
    STAFF: {
        "family_name": ERASED,
        "given_name": None,
        "name_ja": None,
        "reading": None,
        "title": None,
        "department": None,
        "email": None,
        "phone": None,
    },
}
REVIEW_AFTER_YEARS = 5


def _person(session: Session, kind: str, person_id: int):
    if kind not in MODELS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "privacy",
                "Personal data requests are for a counterpart or a staff member, not {kind}.",
            ).format(kind=kind)
        )
    person = session.get(MODELS[kind], person_id)
    if person is None:
        raise UserError(
            (
                QT_TRANSLATE_NOOP("privacy", "There is no counterpart {id}.")
                if kind == COUNTERPART
                else QT_TRANSLATE_NOOP("privacy", "There is no staff member {id}.")
            ).format(id=person_id)
        )
    return person


def is_erased(person: Any) -> bool:
    return getattr(person, "family_name", None) == ERASED


def display_name(person: Any) -> str:
    """A person's name, or "an erased person"."""
    return ERASED_PERSON if is_erased(person) else person.display_name


def _column(kind: str):
    return MeetingAttendee.counterpart_id if kind == COUNTERPART else MeetingAttendee.staff_id


def _audit_about(session: Session, kind: str, person_id: int) -> list[AuditEntry]:
    """Entries of the person's own record, and of rows that point at them."""
    key = "counterpart_id" if kind == COUNTERPART else "staff_id"
    own = select(AuditEntry).where(
        AuditEntry.table_name == TABLES[kind], AuditEntry.row_id == str(person_id)
    )
    entries = list(session.scalars(own))
    # Attendance, commitments, gifts and delegations name the person by id in their changes.
    linked_tables = ("meeting_attendee", "trip_delegate", "gift", "commitment")
    keys = {key, "owner_counterpart_id" if kind == COUNTERPART else "owner_staff_id"}
    for entry in session.scalars(
        select(AuditEntry).where(AuditEntry.table_name.in_(linked_tables)).order_by(AuditEntry.id)
    ):
        changes = entry.changes or {}
        if any(isinstance(changes.get(k), list) and person_id in changes[k] for k in keys):
            entries.append(entry)
    return sorted(entries, key=lambda e: (e.at, e.id))


@dataclass(frozen=True)
class PersonalData:
    name: str
    record: list[tuple[str, Any]]
    meetings: list[list[Any]]
    commitments: list[list[Any]]
    gifts: list[list[Any]]
    trips: list[list[Any]]
    audit: list[list[Any]]


def _held(value: Any) -> Any:
    """A value as the export shows it: an image as what it is, not its bytes."""
    if isinstance(value, bytes):
        return QT_TRANSLATE_NOOP("privacy", "an image of {size} bytes").format(
            size=f"{len(value):,}"
        )
    return value


def personal_data(session: Session, kind: str, person_id: int) -> PersonalData:
    """Everything held about one person (confidential meetings included: it is theirs)."""
    person = _person(session, kind, person_id)
    columns = [c.key for c in person.__mapper__.column_attrs]
    record = [(field_label(TABLES[kind], key), _held(getattr(person, key))) for key in columns]
    meetings = [
        [
            in_zone(m.starts_at, m.zone).strftime("%Y-%m-%d %H:%M"),
            m.title,
            m.city.name_en if m.city else "",
            a.role,
            m.classification.value,
        ]
        for a, m in session.execute(
            select(MeetingAttendee, Meeting)
            .join(Meeting, MeetingAttendee.meeting_id == Meeting.id)
            .where(_column(kind) == person_id)
            .options(selectinload(Meeting.city))
            .order_by(Meeting.starts_at)
        )
    ]
    owner = Commitment.owner_counterpart_id if kind == COUNTERPART else Commitment.owner_staff_id
    commitments = [
        [c.due_on, c.status.value, c.text, c.notes]
        for c in session.scalars(
            select(Commitment).where(owner == person_id).order_by(Commitment.id)
        )
    ]
    gifts = (
        [
            [
                g.exchanged_on,
                g.direction.value,
                g.description,
                g.value_jpy,
                fate_of(g, lambda d: str(d.value)),
            ]
            for g in session.scalars(
                select(Gift).where(Gift.counterpart_id == person_id).order_by(Gift.exchanged_on)
            )
        ]
        if kind == COUNTERPART
        else []
    )
    delegate = TripDelegate.counterpart_id if kind == COUNTERPART else TripDelegate.staff_id
    trips = [
        [t.start_date, t.end_date, t.title, d.role.value, d.mobile, d.rooming]
        for d, t in session.execute(
            select(TripDelegate, Trip)
            .join(Trip)
            .where(delegate == person_id)
            .order_by(Trip.start_date)
        )
    ]
    audit = [
        [
            in_zone(e.at, "Asia/Tokyo").strftime("%Y-%m-%d %H:%M:%S"),
            e.actor,
            e.action.value,
            e.table_name,
            e.row_id,
            "; ".join(
                f"{field_label(e.table_name, k)}: {shown(v[0] if isinstance(v, list) else None)}"
                f" → {shown(v[1] if isinstance(v, list) and len(v) > 1 else v)}"
                for k, v in sorted((e.changes or {}).items())
            ),
        ]
        for e in _audit_about(session, kind, person_id)
    ]
    return PersonalData(display_name(person), record, meetings, commitments, gifts, trips, audit)


def export_personal_data(session: Session, kind: str, person_id: int, target: Path) -> Path:
    """The person's data as a workbook, every sheet marked as personal and confidential."""
    from openpyxl import Workbook

    from ..clock import CLOCK
    from ..excel.briefing import save_workbook
    from ..excel.sheets import SheetWriter

    data = personal_data(session, kind, person_id)
    wb = Workbook()
    wb.remove(wb.active)
    marking = "CONFIDENTIAL — personal data: hand over only to the person or as the law requires"
    exported = f"Exported {in_zone(CLOCK.now(), 'Asia/Tokyo'):%Y-%m-%d %H:%M} JST"

    def sheet(name: str, headers: list[str], widths: list[int], rows: list[list[Any]]) -> None:
        s = SheetWriter(
            wb.create_sheet(name),
            f"Personal data: {name}",
            data.name,
            marking,
            headers,
            widths,
            exported,
        )
        for row in rows:
            s.add(row)
        if not rows:
            s.empty("Nothing held.")

    sheet("Record", ["Field", "Value"], [28, 80], [list(r) for r in data.record])
    sheet(
        "Meetings",
        ["When (local)", "Meeting", "City", "Role", "Classification"],
        [18, 50, 18, 20, 14],
        data.meetings,
    )
    sheet(
        "Commitments", ["Due", "Status", "Commitment", "Notes"], [12, 12, 60, 40], data.commitments
    )
    sheet(
        "Gifts",
        ["Date", "Given or received", "Gift", "Yen", "Disposition"],
        [12, 16, 40, 12, 30],
        data.gifts,
    )
    sheet(
        "Trips",
        ["From", "To", "Trip", "Role", "Mobile", "Rooming"],
        [12, 12, 50, 14, 18, 30],
        data.trips,
    )
    sheet(
        "Audit trail",
        ["When (Tokyo)", "Officer", "Action", "Table", "Row", "Changes"],
        [20, 16, 10, 18, 8, 90],
        data.audit,
    )
    save_workbook(wb, target)
    return Path(target)


def erase_person(session: Session, kind: str, person_id: int) -> list[str]:
    """Erase one person's personal data in this transaction; returns what was done.

    The caller commits, then calls `compact` so that the old text leaves the file.
    """
    person = _person(session, kind, person_id)
    if is_erased(person):
        raise UserError(QT_TRANSLATE_NOOP("privacy", "This person's data has already been erased."))
    fields = PERSONAL[kind]
    for key, value in fields.items():
        setattr(person, key, value)
    if kind == STAFF:
        person.active = False
    delegate = TripDelegate.counterpart_id if kind == COUNTERPART else TripDelegate.staff_id
    for d in session.scalars(select(TripDelegate).where(delegate == person_id)):
        d.mobile = d.rooming = None  # how to reach them on a trip, and where they slept
    session.flush()  # the search index and the audit trail see the erased values
    scrubbed = 0
    for entry in _audit_about(session, kind, person_id):
        changes = dict(entry.changes or {})
        touched = False
        for key in fields if entry.table_name == TABLES[kind] else ():
            if key in changes and isinstance(changes[key], list):
                pair = changes[key]
                changes[key] = [ERASED if v not in (None, ERASED) else v for v in pair]
                touched = True
        if touched:
            entry.changes = changes
            scrubbed += 1
    session.flush()
    return [
        QT_TRANSLATE_NOOP("privacy", "personal fields erased: {fields}").format(
            fields=", ".join(fields)
        ),
        QT_TRANSLATE_NOOP("privacy", "audit entries cleaned: {count}").format(count=scrubbed),
    ]


def compact(session: Session) -> str:
    """Rewrite the database so that erased text is gone from its bytes, not only its rows."""
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        with bind.connect() as conn:
            with conn.begin():  # the search index drops what it no longer holds, then VACUUM
                search_index.optimize(conn)
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return QT_TRANSLATE_NOOP("privacy", "the database file was rewritten (VACUUM)")
    try:
        with bind.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM (FULL) counterpart, staff_member, audit_entry, search_entry"))
        return QT_TRANSLATE_NOOP("privacy", "the tables were rewritten on the server (VACUUM FULL)")
    except Exception:
        return QT_TRANSLATE_NOOP(
            "privacy",
            "the server did not let this role rewrite the tables: ask its administrator to run "
            "VACUUM FULL so that the old values leave the server's files",
        )


@dataclass(frozen=True)
class ReviewLine:
    counterpart_id: int
    name: str
    term_end: date
    notes: str  # which sensitive notes are held


def notes_to_review(session: Session, today: date) -> list[ReviewLine]:
    """Counterparts out of office for more than five years who still have sensitive notes."""
    try:
        cutoff = today.replace(year=today.year - REVIEW_AFTER_YEARS)
    except ValueError:  # 29 February
        cutoff = today.replace(year=today.year - REVIEW_AFTER_YEARS, day=28)
    people = session.scalars(
        select(Counterpart)
        .where(
            Counterpart.term_end.is_not(None),
            Counterpart.term_end < cutoff,
            or_(
                func.length(func.coalesce(Counterpart.dietary_notes, "")) > 0,
                func.length(func.coalesce(Counterpart.protocol_notes, "")) > 0,
            ),
        )
        .order_by(Counterpart.term_end)
    )
    return [
        ReviewLine(
            p.id,
            p.display_name,
            p.term_end,
            Joined(
                LIST_SEPARATOR,
                [
                    label
                    for label, value in (
                        (QT_TRANSLATE_NOOP("privacy", "dietary"), p.dietary_notes),
                        (QT_TRANSLATE_NOOP("privacy", "protocol"), p.protocol_notes),
                    )
                    if value
                ],
            ),
        )
        for p in people
    ]
