"""the reading of a person's name (フリガナ)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 13:10:00

Counterparts and staff members take the reading of their name in katakana, and a key that
sorts readings in 五十音順 (kept by the models on every change): Japanese lists sort by it and
search finds a person by the reading. An upgrade rebuilds the search index, which
now holds the readings, as every upgrade does.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("counterpart", "staff_member"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("reading", sa.String(length=200), nullable=True))
            batch_op.add_column(sa.Column("reading_key", sa.String(length=420), nullable=True))
            batch_op.create_index(f"ix_{table}_reading_key", ["reading_key"], unique=False)


def downgrade() -> None:
    for table in ("counterpart", "staff_member"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f"ix_{table}_reading_key")
            batch_op.drop_column("reading_key")
            batch_op.drop_column("reading")
