"""an index that answers substrings: FTS5 trigrams on SQLite, pg_trgm on PostgreSQL

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 10:00:00

Global search and the list filters look for any part of any name. Without an index
every keystroke reads the whole `search_entry` table. SQLite gets an FTS5 table with
the trigram tokenizer over `search_entry.text`, kept by triggers; PostgreSQL a GIN
index with pg_trgm. Where the database cannot (a SQLite built without FTS5, a server
that does not offer pg_trgm to this role) the search reads the table as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from cityapp.search_index import create_substring_index, drop_substring_index

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_substring_index(op.get_bind())


def downgrade() -> None:
    drop_substring_index(op.get_bind())
