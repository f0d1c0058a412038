"""local contacts of a trip: embassy or consulate, liaison officer, interpreter

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 15:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from cityapp.models.base import UtcDateTime

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "trip_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "embassy",
                "consulate",
                "liaison",
                "interpreter",
                "other",
                name="contact_role",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("organization", sa.String(length=300), nullable=True),
        sa.Column("city_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=100), nullable=True),
        sa.Column("email", sa.String(length=300), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_trip_contact_name_present")),
        sa.ForeignKeyConstraint(
            ["city_id"], ["city.id"], name=op.f("fk_trip_contact_city_id_city"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"], ["trip.id"], name=op.f("fk_trip_contact_trip_id_trip"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trip_contact")),
    )
    with op.batch_alter_table("trip_contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trip_contact_city_id"), ["city_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_trip_contact_trip_id"), ["trip_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("trip_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trip_contact_trip_id"))
        batch_op.drop_index(batch_op.f("ix_trip_contact_city_id"))
    op.drop_table("trip_contact")
