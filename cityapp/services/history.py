"""Reading the audit trail: a record's history, the office's trail, and its export.

Every change leaves an AuditEntry (cityapp.audit). Here the entries become
lines a person reads: when, who, what was done, which field, old → new,
newest first. Sensitive fields (a counterpart's dietary and protocol notes)
show their values only to those who may see them (`sensitive_visible`);
others see that they changed, not what they said.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import fields
from ..models import AuditEntry
from ..timefmt import HOME_ZONE, in_zone, zone

HIDDEN = "(hidden)"

# The form that names each table's fields for people.
TABLE_FORMS = fields.FORMS_BY_TABLE


def kind_label(table: str) -> str:
    form = TABLE_FORMS.get(table)
    return form.title if form else table.replace("_", " ").capitalize()


def field_label(table: str, key: str) -> str:
    form = TABLE_FORMS.get(table)
    if form is not None:
        for f in form.fields:
            if f.key == key:
                return f.label
    return key.replace("_id", "").replace("_", " ").capitalize()


def is_sensitive(table: str, key: str) -> bool:
    form = TABLE_FORMS.get(table)
    return bool(form and any(f.key == key and f.sensitive for f in form.fields))


def sensitive_keys(table: str) -> list[str]:
    form = TABLE_FORMS.get(table)
    return [f.key for f in form.fields if f.sensitive] if form else []


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    actor: str
    action: str
    kind: str  # the table
    row_id: str
    field: str  # the column's key
    old: Any
    new: Any

    @property
    def field_label(self) -> str:
        return field_label(self.kind, self.field)

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)


def _lines(entry: AuditEntry, sensitive_visible: bool) -> Iterator[HistoryLine]:
    changes = entry.changes or {}
    if entry.action.value != "update" or not changes:
        # A record created or deleted is one line; its values are the record itself.
        yield HistoryLine(
            entry.at,
            entry.actor,
            entry.action.value,
            entry.table_name,
            entry.row_id,
            "",
            None,
            None,
        )
        return
    for key in sorted(changes, key=lambda k: field_label(entry.table_name, k)):
        pair = changes[key]
        old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, None)
        if old is None and new is None:
            continue
        if is_sensitive(entry.table_name, key) and not sensitive_visible:
            old = HIDDEN if old is not None else None
            new = HIDDEN if new is not None else None
        yield HistoryLine(
            entry.at, entry.actor, entry.action.value, entry.table_name, entry.row_id, key, old, new
        )


def record_history(
    session: Session, table: str, row_id: int | str, *, sensitive_visible: bool
) -> list[HistoryLine]:
    """Every change to one record, newest first, a line per field changed."""
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.table_name == table, AuditEntry.row_id == str(row_id))
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    )
    return [line for e in entries for line in _lines(e, sensitive_visible)]


@dataclass(frozen=True)
class TrailFilter:
    officer: str | None = None
    since: date | None = None  # days in Tokyo time, both included
    until: date | None = None
    kind: str | None = None  # a table name


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone(HOME_ZONE))


def trail_query(where: TrailFilter):
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if where.officer:
        query = query.where(AuditEntry.actor == where.officer)
    if where.kind:
        query = query.where(AuditEntry.table_name == where.kind)
    if where.since:
        query = query.where(AuditEntry.at >= _start_of(where.since))
    if where.until:
        query = query.where(AuditEntry.at < _start_of(where.until + timedelta(days=1)))
    return query


def audit_trail(
    session: Session, where: TrailFilter, *, sensitive_visible: bool, limit: int | None = 1000
) -> list[HistoryLine]:
    """The office's changes, newest first, filtered; at most `limit` entries (None: all)."""
    query = trail_query(where)
    if limit is not None:
        query = query.limit(limit)
    return [line for e in session.scalars(query) for line in _lines(e, sensitive_visible)]


def officers(session: Session) -> list[str]:
    """Everyone who has changed something, by name."""
    return sorted(session.scalars(select(AuditEntry.actor).distinct()))


def kinds(session: Session) -> list[str]:
    return sorted(session.scalars(select(AuditEntry.table_name).distinct()))


def shown(value: Any) -> str:
    """An audit value as text: lists of links joined, nothing as blank."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def export_audit(
    session: Session,
    target: Path,
    where: TrailFilter,
    *,
    sensitive_visible: bool,
    include_confidential: bool = False,
) -> int:
    """The filtered trail as a workbook; returns the number of lines written.

    Entries about confidential meetings and trips stay out unless asked for (the
    file is then marked CONFIDENTIAL), like every other output.
    """
    from openpyxl import Workbook

    from .. import confidentiality
    from ..clock import CLOCK
    from ..excel.briefing import save_workbook
    from ..excel.sheets import SheetWriter

    with confidentiality.scope(session, include_confidential):
        lines = audit_trail(session, where, sensitive_visible=sensitive_visible, limit=None)
    wb = Workbook()
    ws = wb.active
    ws.title = "Audit trail"
    filters = ", ".join(
        f"{name} {value}"
        for name, value in (
            ("officer", where.officer),
            ("from", where.since),
            ("to", where.until),
            ("kind", kind_label(where.kind) if where.kind else None),
        )
        if value
    )
    sheet = SheetWriter(
        ws,
        "Audit trail",
        filters or "every change",
        f"{confidentiality.MARKING} — contains confidential meetings"
        if include_confidential
        else "INTERNAL — for official use",
        ["When (Tokyo)", "Officer", "Action", "Kind", "Record", "Field", "Old value", "New value"],
        [18, 18, 10, 16, 8, 22, 40, 40],
        f"Exported {in_zone(CLOCK.now(), HOME_ZONE):%Y-%m-%d %H:%M} JST",
    )
    for line in lines:
        sheet.add(
            [
                f"{in_zone(line.at, HOME_ZONE):%Y-%m-%d %H:%M:%S}",
                line.actor,
                line.action,
                line.kind_label,
                line.row_id,
                line.field_label if line.field else "",
                shown(line.old),
                shown(line.new),
            ]
        )
    if not lines:
        sheet.empty("No changes match.")
    save_workbook(wb, target)
    return len(lines)
