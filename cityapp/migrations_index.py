"""The schema revisions this version knows, read from the migration files' names alone.

Checking a file's revision this way needs no Alembic import, so refusing a file from
a newer version costs nothing at start-up.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

REVISION = re.compile(r'^revision(?:: str)? = "([^"]+)"', re.MULTILINE)
VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"


@cache
def known_revisions() -> frozenset[str]:
    found = set()
    for path in VERSIONS.glob("*.py"):
        match = REVISION.search(path.read_text(encoding="utf-8"))
        if match:
            found.add(match.group(1))
    return frozenset(found)
