"""Audit trail: every ORM insert, update and delete leaves an AuditEntry.

The entries are written on the flush's own connection, so they commit or roll
back together with the change they describe.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import getpass
import hashlib
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import NO_VALUE, get_history

from .models import AuditAction, AuditEntry
from .models.base import utc_now

ACTOR_KEY = "actor"
SKIPPED_COLUMNS = frozenset({"version", "created_at", "updated_at", "reading_key"})  # derived


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service contexts
        return "unknown"


def actor_of(session: Session) -> str:
    return session.info.get(ACTOR_KEY) or os_user()


def plain(value: Any) -> Any:
    """A JSON-friendly form of a column value."""
    if value is None or value is NO_VALUE:
        return None
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):  # an image: what it was, not its bytes
        return f"{len(value):,} bytes, sha256 {hashlib.sha256(value).hexdigest()[:16]}"
    return value


def _row_id(obj: Any) -> str:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return ",".join(str(v) for v in key)


def _column_keys(obj: Any) -> list[str]:
    return [
        attr.key for attr in inspect(obj).mapper.column_attrs if attr.key not in SKIPPED_COLUMNS
    ]


def _link_changes(obj: Any) -> dict[str, Any]:
    """Changes to many-to-many links (a trip's objectives), as lists of the linked keys."""
    changes: dict[str, Any] = {}
    for rel in inspect(obj).mapper.relationships:
        if rel.secondary is None:
            continue
        hist = get_history(obj, rel.key)
        if not hist.has_changes():
            continue
        kept = [_row_id(o) for o in hist.unchanged]
        old = sorted(kept + [_row_id(o) for o in hist.deleted])
        new = sorted(kept + [_row_id(o) for o in hist.added])
        if old != new:
            changes[rel.key] = [old, new]
    return changes


def _entry(
    obj: Any, action: AuditAction, changes: dict[str, Any], actor: str, at: dt.datetime
) -> dict[str, Any]:
    return {
        "at": at,
        "actor": actor,
        "action": action,
        "table_name": obj.__table__.name,
        "row_id": _row_id(obj),
        "changes": changes,
    }


def _after_flush(session: Session, flush_context: Any) -> None:
    actor = actor_of(session)
    at = utc_now()
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, AuditEntry):
            continue
        changes = {k: [None, plain(getattr(obj, k))] for k in _column_keys(obj)}
        changes |= _link_changes(obj)
        rows.append(_entry(obj, AuditAction.INSERT, changes, actor, at))
    for obj in session.dirty:
        if isinstance(obj, AuditEntry) or not session.is_modified(obj):
            continue
        changes = _link_changes(obj)
        for key in _column_keys(obj):
            hist = get_history(obj, key)
            if hist.has_changes():
                old = hist.deleted[0] if hist.deleted else None
                new = hist.added[0] if hist.added else None
                if plain(old) != plain(new):
                    changes[key] = [plain(old), plain(new)]
        if changes:
            rows.append(_entry(obj, AuditAction.UPDATE, changes, actor, at))
    for obj in session.deleted:
        if isinstance(obj, AuditEntry):
            continue
        state = inspect(obj)
        changes = {k: [plain(state.dict.get(k)), None] for k in _column_keys(obj)}
        rows.append(_entry(obj, AuditAction.DELETE, changes, actor, at))
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    # Load what a deleted row still holds, so its old values can be recorded.
    for obj in session.deleted:
        if not isinstance(obj, AuditEntry):
            for key in _column_keys(obj):
                getattr(obj, key)


def install_audit(factory: sessionmaker[Session]) -> None:
    """Audit every session this (new) factory makes.

    Called once per factory. No `event.contains` guard: the event registry keys
    targets by id(), and a new factory's class can reuse a collected one's id.
    """
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
