"""the region whose public holidays a city keeps

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-30 22:20:03.196124
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subdivision", sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.drop_column("subdivision")
