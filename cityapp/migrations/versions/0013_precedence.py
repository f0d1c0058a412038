"""order of precedence: the office's list of offices, each person's office, a place for one meeting

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 18:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from cityapp.models.base import UtcDateTime, utc_now

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The order a city government starts from; the office edits it (Tools > Order of precedence).
DEFAULT_OFFICES = [
    ("Head of state or government", "元首・首相"),
    ("Minister", "大臣"),
    ("Governor or mayor", "知事・市長"),
    ("Assembly speaker", "議会議長"),
    ("Vice-governor or deputy mayor", "副知事・副市長"),
    ("Ambassador", "大使"),
    ("Assembly member", "議会議員"),
    ("Consul-general", "総領事"),
    ("Director-general", "局長"),
    ("Director", "部長"),
    ("Manager", "課長"),
    ("Officer", "職員"),
]


def upgrade() -> None:
    office = op.create_table(
        "precedence_office",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_ja", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint("rank >= 1", name=op.f("ck_precedence_office_rank_positive")),
        sa.CheckConstraint("length(name_en) > 0", name=op.f("ck_precedence_office_name_present")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_precedence_office")),
    )
    with op.batch_alter_table("precedence_office", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_precedence_office_rank"), ["rank"], unique=False)
    now = utc_now()
    op.bulk_insert(
        office,
        [
            {
                "rank": rank,
                "name_en": en,
                "name_ja": ja,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
            for rank, (en, ja) in enumerate(DEFAULT_OFFICES, 1)
        ],
    )
    with op.batch_alter_table("counterpart", schema=None) as batch_op:
        batch_op.add_column(sa.Column("office_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_counterpart_office_id"), ["office_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_counterpart_office_id_precedence_office"),
            "precedence_office",
            ["office_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("staff_member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("office_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("office_since", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_staff_member_office_id"), ["office_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_staff_member_office_id_precedence_office"),
            "precedence_office",
            ["office_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("meeting_attendee", schema=None) as batch_op:
        batch_op.add_column(sa.Column("office_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("place", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("place_reason", sa.String(length=300), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_meeting_attendee_office_id_precedence_office"),
            "precedence_office",
            ["office_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("meeting_attendee", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_meeting_attendee_office_id_precedence_office"), type_="foreignkey"
        )
        batch_op.drop_column("place_reason")
        batch_op.drop_column("place")
        batch_op.drop_column("office_id")
    with op.batch_alter_table("staff_member", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_staff_member_office_id_precedence_office"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_staff_member_office_id"))
        batch_op.drop_column("office_since")
        batch_op.drop_column("office_id")
    with op.batch_alter_table("counterpart", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_counterpart_office_id_precedence_office"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_counterpart_office_id"))
        batch_op.drop_column("office_id")
    with op.batch_alter_table("precedence_office", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_precedence_office_rank"))
    op.drop_table("precedence_office")
