"""seating plans of meetings and events, who interprets, our staff's languages

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30 19:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from cityapp.models.base import UtcDateTime

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "seating_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column(
            "layout",
            sa.Enum(
                "talks",
                "round_tables",
                "long_tables",
                "rows",
                name="seating_layout",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("tables", sa.Integer(), nullable=False),
        sa.Column("per_table", sa.Integer(), nullable=False),
        sa.Column("keep_delegations_together", sa.Boolean(), nullable=False),
        *_stamps(),
        sa.CheckConstraint(
            "tables >= 1 AND tables <= 50", name=op.f("ck_seating_plan_tables_range")
        ),
        sa.CheckConstraint(
            "per_table >= 2 AND per_table <= 40", name=op.f("ck_seating_plan_per_table_range")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_seating_plan_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seating_plan")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_seating_plan_meeting_id")),
    )
    op.create_table(
        "seat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("attendee_id", sa.Integer(), nullable=False),
        sa.Column("table_no", sa.Integer(), nullable=False),
        sa.Column("seat_no", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attendee_id"],
            ["meeting_attendee.id"],
            name=op.f("fk_seat_attendee_id_meeting_attendee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["seating_plan.id"],
            name=op.f("fk_seat_plan_id_seating_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seat")),
    )
    with op.batch_alter_table("seat", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_seat_attendee_id"), ["attendee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_seat_plan_id"), ["plan_id"], unique=False)
    op.create_table(
        "seating_acknowledgement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("warning_key", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("acknowledged_by", sa.String(length=200), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["seating_plan.id"],
            name=op.f("fk_seating_acknowledgement_plan_id_seating_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seating_acknowledgement")),
        sa.UniqueConstraint(
            "plan_id", "warning_key", name=op.f("uq_seating_acknowledgement_plan_id_warning_key")
        ),
    )
    with op.batch_alter_table("seating_acknowledgement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_seating_acknowledgement_plan_id"), ["plan_id"], unique=False
        )
    with op.batch_alter_table("meeting_attendee", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("interpreter", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("staff_member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("languages", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff_member", schema=None) as batch_op:
        batch_op.drop_column("languages")
    with op.batch_alter_table("meeting_attendee", schema=None) as batch_op:
        batch_op.drop_column("interpreter")
    with op.batch_alter_table("seating_acknowledgement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seating_acknowledgement_plan_id"))
    op.drop_table("seating_acknowledgement")
    with op.batch_alter_table("seat", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seat_plan_id"))
        batch_op.drop_index(batch_op.f("ix_seat_attendee_id"))
    op.drop_table("seat")
    op.drop_table("seating_plan")
