"""Figures worked out over the whole office, kept while nothing has changed.

Every write leaves an audit entry, so the newest entry's id says whether anything changed
since a figure was worked out; the day is part of the key, since figures age by the day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

T = TypeVar("T")


def while_unchanged(
    store: dict[str, tuple[tuple, T]],
    session: Session,
    day: date,
    work: Callable[[], T],
    *,
    cached_only: bool = False,
) -> T | None:
    """`work()` for this database and day, again only after a change (one entry per database);
    with `cached_only`, None instead of working it out (the window then asks a worker)."""
    from ..models import AuditEntry

    where = session.get_bind().url.render_as_string(hide_password=True)
    key = (day, session.scalar(select(func.max(AuditEntry.id))))
    cached = store.get(where)
    if cached is not None and cached[0] == key:
        return cached[1]
    if cached_only:
        return None
    found = work()
    store[where] = (key, found)
    return found
