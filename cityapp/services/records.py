"""Creating, changing and deleting records: the same rules for every kind.

A change names the version it was made against; when the row has moved on
(another officer saved first) the change is refused with who and when. A
delete is refused while other records refer to the row. A deleted row can be
put back as it was (undo).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..errors import UserError
from ..fields import RecordForm, validate
from ..i18n import QT_TRANSLATE_NOOP
from ..models import AuditAction, AuditEntry, Base

T = TypeVar("T")
BOOKKEEPING = frozenset({"version", "created_at", "updated_at"})

# How a table's rows are named when they hold on to a record.
DEPENDENT_NAMES = {
    "agreement": ("agreement", "agreements"),
    "agreement_event": ("renewal or amendment", "renewals and amendments"),
    "organization": ("organization", "organizations"),
    "precedence_office": ("office", "offices"),
    "counterpart": ("counterpart", "counterparts"),
    "staff_member": ("staff member", "staff members"),
    "network_membership": ("network membership", "network memberships"),
    "network_plenary": ("plenary", "plenaries"),
    "trip": ("trip", "trips"),
    "trip_delegate": ("delegation place", "delegation places"),
    "itinerary_item": ("itinerary item", "itinerary items"),
    "meeting": ("meeting", "meetings"),
    "meeting_attendee": ("meeting attendance", "meeting attendances"),
    "commitment": ("commitment", "commitments"),
    "gift": ("gift", "gifts"),
    "target": ("target", "targets"),
    "trip_objective": ("trip served", "trips served"),
    "meeting_objective": ("meeting served", "meetings served"),
    "budget_line": ("budget line", "budget lines"),
    "itinerary_participant": ("itinerary place", "itinerary places"),
    "conflict_acknowledgement": ("acknowledged warning", "acknowledged warnings"),
    "commitment_progress": ("progress note", "progress notes"),
}


class InvalidRecord(UserError):
    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__(" ".join(errors.values()))


@dataclass
class EditConflict(UserError):
    """The record changed (or went) after it was read: nothing was saved."""

    what: str
    actor: str | None
    at: datetime | None
    deleted: bool = False

    def __str__(self) -> str:
        who = self.actor or "another officer"
        when = f" at {self.at.astimezone():%Y-%m-%d %H:%M}" if self.at else ""
        verb = "deleted" if self.deleted else "changed"
        return (
            f"{self.what} was {verb} by {who}{when} while you were editing it. "
            "Nothing was saved. Reload it to see their version, then make your change again."
        )


class HasDependents(UserError):
    def __init__(self, what: str, dependents: list[tuple[str, int]]) -> None:
        self.dependents = dependents
        parts = [f"{n} {DEPENDENT_NAMES.get(t, (t, t))[0 if n == 1 else 1]}" for t, n in dependents]
        listing = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        super().__init__(
            f"{what} cannot be deleted: {listing} refer to it. "
            "Remove or reassign those first; nothing was deleted."
        )


def label_of(obj: Any) -> str:
    for attr in ("name_en", "display_name", "title", "name"):
        value = getattr(obj, attr, None)
        if value:
            return str(value)
    return f"{type(obj).__name__} {getattr(obj, 'id', '')}".strip()


def editable_values(obj: Any) -> dict[str, Any]:
    """The values a form edits: every column but the key and the bookkeeping."""
    return {
        a.key: getattr(obj, a.key)
        for a in inspect(obj).mapper.column_attrs
        if a.key not in BOOKKEEPING and a.key != "id"
    }


# Ordered lists of linked records kept in rows of their own, as a form edits them (a list of
# ids): the form's key -> (the relationship holding the rows, the row's column with the id).
ORDERED_LINKS = {"Trip": {"route": ("stops", "city_id")}}


def _ordered_links(model: type) -> dict[str, tuple[str, str]]:
    return ORDERED_LINKS.get(model.__name__, {})


def _ordered_rows(model: type, obj: Any, values: dict[str, Any]) -> dict[str, Any]:
    """Ordered links given as id lists become their rows; rows already there are reused in
    place (their positions stay unique while the list changes)."""
    resolved = dict(values)
    for key, (rel_key, column) in _ordered_links(model).items():
        if key not in resolved:
            continue
        ids = resolved.pop(key) or []
        row_class = inspect(model).relationships[rel_key].mapper.class_
        old = list(getattr(obj, rel_key)) if obj is not None else []
        rows = []
        for position, linked in enumerate(ids):
            row = old[position] if position < len(old) else row_class(position=position)
            setattr(row, column, linked)
            rows.append(row)
        resolved[rel_key] = rows
    return resolved


# Rows that belong to a record and go with it when it is deleted, in the order to put them back.
OWNED = {"Trip": ["delegates", "budget_lines", "itinerary", "acknowledgements", "contacts"]}
CHILDREN = "__children__"


def _owned(model: type) -> list[Any]:
    rels = inspect(model).relationships
    return [rels[key] for key in OWNED.get(model.__name__, [])]


def snapshot(obj: Any) -> dict[str, Any]:
    """Everything needed to put a deleted row back as it was: key, links, and the rows it owns."""
    saved = {"id": obj.id, **editable_values(obj), **link_ids(obj)}
    children = {
        rel.key: [snapshot(child) for child in getattr(obj, rel.key)] for rel in _owned(type(obj))
    }
    if children:
        saved[CHILDREN] = children
    return saved


def last_change(session: Session, table: str, row_id: int) -> AuditEntry | None:
    return session.scalars(
        select(AuditEntry)
        .where(AuditEntry.table_name == table, AuditEntry.row_id == str(row_id))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()


def _conflict(session: Session, model: type, record_id: int, what: str) -> EditConflict:
    """Who changed the record last, and when: read in a session of its own, since the
    caller's may have failed mid-flush (a race lost to another officer's save)."""
    with Session(session.get_bind()) as fresh:
        entry = last_change(fresh, model.__table__.name, record_id)
    return EditConflict(
        what,
        entry.actor if entry else None,
        entry.at if entry else None,
        deleted=bool(entry and entry.action is AuditAction.DELETE),
    )


def form_for(model: type) -> RecordForm | None:
    """The form whose rules every record of this table must meet (None: no user-edited table)."""
    from ..fields import FORMS_BY_TABLE

    return FORMS_BY_TABLE.get(model.__table__.name)


def _checked(form: RecordForm | None, values: dict[str, Any]) -> None:
    """Check stored values against the form's rules, as the form would show them."""
    if form is not None:
        errors = validate(form, form.shown(values))
        if errors:
            raise InvalidRecord(errors)


# Rules of an aggregate that a form cannot state alone (a trip's status workflow needs the
# status it comes from): registered by the aggregate's service with `@rule(Model)`, applied
# to every create and update. A rule may add derived values (a commitment's done date).
Rule = Callable[[Session, Any, dict[str, Any]], dict[str, Any]]
_RULES: dict[type, list[Rule]] = {}
_RULE_MODULES = (
    "cityapp.services.trips",
    "cityapp.services.commitments",
    "cityapp.services.fund",
    "cityapp.services.projects",
    "cityapp.services.gifts",
)


def rule(model: type) -> Callable[[Rule], Rule]:
    def register(check: Rule) -> Rule:
        _RULES.setdefault(model, []).append(check)
        return check

    return register


def _ruled(session: Session, model: type, obj: Any, values: dict[str, Any]) -> dict[str, Any]:
    """`values` with every rule of the model applied (obj is None for a new record)."""
    import importlib

    for name in _RULE_MODULES:  # the aggregates' services register their rules on import
        importlib.import_module(name)
    for check in _RULES.get(model, ()):
        values = check(session, obj, values)
    return values


def _with_links(session: Session, model: type, values: dict[str, Any]) -> dict[str, Any]:
    """Many-to-many fields arrive as lists of ids (a trip's objectives): turn them into rows."""
    links = {r.key: r for r in inspect(model).relationships if r.secondary is not None}
    resolved = dict(values)
    for key, rel in links.items():
        if key in values and values[key] is not None:
            target = rel.mapper.class_
            resolved[key] = [session.get(target, i) for i in values[key]]
            if any(o is None for o in resolved[key]):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "records",
                        "Something linked to this record was deleted meanwhile; reload and try again.",
                    )
                )
    return resolved


def link_ids(obj: Any) -> dict[str, list[int]]:
    """The many-to-many links of a row as sorted id lists, and its ordered links in their
    order (the form's view of them)."""
    return {
        **{
            r.key: sorted(o.id for o in getattr(obj, r.key))
            for r in inspect(obj).mapper.relationships
            if r.secondary is not None
        },
        **{
            key: [getattr(row, column) for row in getattr(obj, rel_key)]
            for key, (rel_key, column) in _ordered_links(type(obj)).items()
        },
    }


def form_values(obj: Any) -> dict[str, Any]:
    """Columns and the many-to-many links already loaded (a detached row loads nothing more)."""
    unloaded = inspect(obj).unloaded
    links = {
        r.key: sorted(o.id for o in getattr(obj, r.key))
        for r in inspect(obj).mapper.relationships
        if r.secondary is not None and r.key not in unloaded
    }
    ordered = {
        key: [getattr(row, column) for row in getattr(obj, rel_key)]
        for key, (rel_key, column) in _ordered_links(type(obj)).items()
        if rel_key not in unloaded
    }
    return editable_values(obj) | links | ordered


def create_record(
    session: Session, model: type[T], values: dict[str, Any], form: RecordForm | None = None
) -> T:
    values = _ruled(session, model, None, values)
    _checked(form or form_for(model), values)
    obj = model(**_ordered_rows(model, None, _with_links(session, model, values)))
    session.add(obj)
    session.flush()
    return obj


def update_record(
    session: Session,
    model: type[T],
    record_id: int,
    values: dict[str, Any],
    expected_version: int,
    form: RecordForm | None = None,
) -> T:
    """Apply `values` (some or all fields) to the row if it is still at `expected_version`.

    The rules are checked on the whole record as it will be: stored values with the changes on top.
    """
    obj = session.get(model, record_id)
    if obj is None:
        raise _conflict(session, model, record_id, f"This {model.__name__.lower()}")
    check_version(session, obj, expected_version)
    values = _ruled(session, model, obj, values)
    _checked(form or form_for(model), {**editable_values(obj), **link_ids(obj), **values})
    name = label_of(obj)
    for key, value in _ordered_rows(model, obj, _with_links(session, model, values)).items():
        setattr(obj, key, value)
    try:
        session.flush()
    except StaleDataError:  # another session saved between our read and our write
        raise _conflict(session, model, record_id, name) from None
    return obj


def check_version(session: Session, obj: Any, expected_version: int | None) -> None:
    """Refuse a change made against an older version of the row (another officer saved)."""
    if expected_version is not None and obj.version != expected_version:
        raise _conflict(session, type(obj), obj.id, label_of(obj))


def dependents(session: Session, model: type, record_id: int) -> list[tuple[str, int]]:
    """Which tables hold rows that refer to this record, and how many (its own rows aside)."""
    target = model.__table__
    own = {rel.mapper.class_.__table__ for rel in _owned(model)}
    own |= {rel.secondary for rel in inspect(model).relationships if rel.secondary is not None}
    found = []
    for table in Base.metadata.sorted_tables:
        if table in own:
            continue
        for fk in table.foreign_keys:
            if fk.column.table is target:
                n = session.scalar(
                    select(func.count()).select_from(table).where(fk.parent == record_id)
                )
                if n:
                    found.append((table.name, n))
    return found


def delete_record(
    session: Session, model: type, record_id: int, expected_version: int | None = None
) -> dict[str, Any]:
    """Delete a row nothing refers to; return its snapshot for undo."""
    obj = session.get(model, record_id)
    if obj is None:
        raise _conflict(session, model, record_id, f"This {model.__name__.lower()}")
    if expected_version is not None and obj.version != expected_version:
        raise _conflict(session, model, record_id, label_of(obj))
    held = dependents(session, model, record_id)
    if held:
        raise HasDependents(label_of(obj), held)
    saved = snapshot(obj)
    session.delete(obj)
    session.flush()
    return saved


def restore_record(session: Session, model: type[T], saved: dict[str, Any]) -> T:
    """Put a deleted row back with its key and values (undo of a delete)."""
    if session.get(model, saved["id"]) is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("records", "The record is already back; nothing to undo.")
        )
    saved = dict(saved)
    children = saved.pop(CHILDREN, {})
    obj = model(**_ordered_rows(model, None, _with_links(session, model, saved)))
    session.add(obj)
    session.flush()
    for rel in _owned(model):
        for row in children.get(rel.key, []):
            restore_record(session, rel.mapper.class_, row)
    session.expire(obj)
    return obj
