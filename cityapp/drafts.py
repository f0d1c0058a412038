"""Drafts of forms being typed, kept on disk as the officer types, so a crash loses nothing.

A draft is a small JSON file per record (or per new record) in the user's
data folder, written atomically; it is removed when the record is saved or
the changes are thrown away on purpose.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from . import paths
from .clock import CLOCK
from .fields import CHOICE, DATE, DATETIME, RecordForm


def drafts_dir() -> Path:
    return paths.data_dir() / "drafts"


def _file(kind: str, key: str, database: str) -> Path:
    safe = "".join(ch if ch.isalnum() else "_" for ch in database)[-80:]
    return drafts_dir() / f"{safe}-{kind}-{key}.json"


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _decode(form: RecordForm, values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in form.fields:
        if f.key not in values:
            continue
        value = values[f.key]
        if value is not None and f.kind == DATE:
            value = date.fromisoformat(value)
        elif value is not None and f.kind == DATETIME:
            value = datetime.fromisoformat(value)
        elif value is not None and f.kind == CHOICE and f.choices is not None:
            value = f.choices(value)
        out[f.key] = value
    return out


def save_draft(form: RecordForm, key: str, database: str, values: dict[str, Any]) -> Path:
    target = _file(form.kind, key, database)
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "saved_at": CLOCK.now().isoformat(),
        "values": {k: _encode(v) for k, v in values.items()},
    }
    fd, temp = tempfile.mkstemp(prefix=".draft-", dir=target.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False)
    os.replace(temp, target)
    return target


def load_draft(form: RecordForm, key: str, database: str) -> tuple[datetime, dict[str, Any]] | None:
    """The draft's time and values, or None (a damaged draft counts as none)."""
    target = _file(form.kind, key, database)
    try:
        payload = json.loads(target.read_text(encoding="utf-8"))
        return datetime.fromisoformat(payload["saved_at"]), _decode(form, payload["values"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def discard_draft(form: RecordForm, key: str, database: str) -> None:
    _file(form.kind, key, database).unlink(missing_ok=True)
