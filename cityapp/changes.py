"""What a transaction changed: the kinds and ids of the records it wrote, and who wrote them.

`Database.writing` collects it at every flush (where the audit trail sees the same
records); the window hands it to the pages, which reload only for the kinds they
show. `EVERYTHING` stands for a change nobody can list (another database opened).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

CHANGES_KEY = "cityapp.changes"


@dataclass(frozen=True)
class ChangeSet:
    records: frozenset[tuple[str, int | None]] = frozenset()  # (table, id)
    actor: str = ""
    everything: bool = False

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(kind for kind, _id in self.records)

    def touches(self, kinds: Iterable[str]) -> bool:
        """Whether anything of these kinds (table names) changed."""
        return self.everything or not self.kinds.isdisjoint(kinds)

    def ids(self, kind: str) -> set[int]:
        return {i for k, i in self.records if k == kind and i is not None}

    def __bool__(self) -> bool:
        return self.everything or bool(self.records)


EVERYTHING = ChangeSet(everything=True)


@dataclass
class _Collected:
    records: set[tuple[str, int | None]] = field(default_factory=set)


def _table(obj: Any) -> str | None:
    table = getattr(obj, "__table__", None)
    return table.name if table is not None else None


def remember_changes(session: Session, flush_context: Any) -> None:
    """after_flush: add the records this flush wrote to the session's change set."""
    collected = session.info.setdefault(CHANGES_KEY, _Collected())
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = _table(obj)
        if table is None or table == "audit_entry":
            continue
        if obj in session.dirty and not session.is_modified(obj):
            continue
        key = inspect(obj).mapper.primary_key_from_instance(obj)
        collected.records.add((table, key[0] if len(key) == 1 else None))


def changes_of(session: Session, actor: str) -> ChangeSet:
    collected = session.info.get(CHANGES_KEY)
    return ChangeSet(frozenset(collected.records) if collected else frozenset(), actor)
