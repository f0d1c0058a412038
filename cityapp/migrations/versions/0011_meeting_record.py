"""who prepared and approved a meeting's record of discussion

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 15:30:00

A meeting names the officer who prepared its record of discussion (会談記録), the one who
approved it, and the day it was approved.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prepared_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("approved_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("approved_on", sa.Date(), nullable=True))
        for column in ("prepared_by_id", "approved_by_id"):
            batch_op.create_index(batch_op.f(f"ix_meeting_{column}"), [column], unique=False)
            batch_op.create_foreign_key(
                batch_op.f(f"fk_meeting_{column}_staff_member"),
                "staff_member",
                [column],
                ["id"],
                ondelete="RESTRICT",
            )


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        for column in ("prepared_by_id", "approved_by_id"):
            batch_op.drop_constraint(
                batch_op.f(f"fk_meeting_{column}_staff_member"), type_="foreignkey"
            )
            batch_op.drop_index(batch_op.f(f"ix_meeting_{column}"))
        batch_op.drop_column("approved_on")
        batch_op.drop_column("approved_by_id")
        batch_op.drop_column("prepared_by_id")
