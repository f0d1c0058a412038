"""Text that a database cannot hold: NUL characters.

PostgreSQL refuses a NUL inside text and SQLite truncates at it in some
tools; a NUL is never meaningful in an officer's text (it comes from pasted
binary junk), so before every flush it becomes "�", visibly, on every backend.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

REPLACEMENT = "\ufffd"


def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        for attr in inspect(obj).mapper.column_attrs:
            value = obj.__dict__.get(attr.key)
            if isinstance(value, str) and "\x00" in value:
                setattr(obj, attr.key, value.replace("\x00", REPLACEMENT))


def install_sanitizer(factory: sessionmaker[Session]) -> None:
    """Called once per new factory (like the audit trail and the search index)."""
    event.listen(factory, "before_flush", _before_flush)
