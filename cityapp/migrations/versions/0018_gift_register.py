"""the gift register's disposition as a choice, and an agreement's renewals and amendments

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-30 23:40:59.538931
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from cityapp.models.base import UtcDateTime

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DISPOSITION = sa.Enum(
    "kept",
    "displayed",
    "stored",
    "returned",
    name="gift_disposition",
    native_enum=False,
    create_constraint=True,
)
# What a received gift's free-text disposition said, as the choice it now is: the words
# officers wrote ("Displayed in the reception room", "Held by the protocol office").
INFERRED = (
    "CASE WHEN direction <> 'received' OR disposition_note IS NULL THEN NULL"
    " WHEN lower(disposition_note) LIKE '%return%' THEN 'returned'"
    " WHEN lower(disposition_note) LIKE '%display%' THEN 'displayed'"
    " WHEN lower(disposition_note) LIKE '%store%' OR lower(disposition_note) LIKE '%held%'"
    " OR lower(disposition_note) LIKE '%storage%' THEN 'stored'"
    " WHEN lower(disposition_note) LIKE '%kept%' OR lower(disposition_note) LIKE '%keep%'"
    " THEN 'kept' ELSE NULL END"
)


def upgrade() -> None:
    op.create_table(
        "agreement_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "renewal",
                "amendment",
                name="agreement_event_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("document_ref", sa.String(length=1000), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "expires_on IS NULL OR expires_on >= happened_on",
            name=op.f("ck_agreement_event_expiry_after_event"),
        ),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_event_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_event")),
    )
    with op.batch_alter_table("agreement_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_event_agreement_id"), ["agreement_id"], unique=False
        )

    # The free text stays, as the note of where the gift is or to whom it went.
    with op.batch_alter_table("gift", schema=None) as batch_op:
        batch_op.add_column(sa.Column("disposition_note", sa.String(length=300), nullable=True))
    op.execute("UPDATE gift SET disposition_note = disposition")
    with op.batch_alter_table("gift", schema=None) as batch_op:
        batch_op.drop_column("disposition")
    with op.batch_alter_table("gift", schema=None, recreate="always") as batch_op:
        batch_op.add_column(sa.Column("disposition", DISPOSITION, nullable=True))
    op.execute(f"UPDATE gift SET disposition = {INFERRED}")


def downgrade() -> None:
    with op.batch_alter_table("gift", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_gift_gift_disposition"), type_="check")
        batch_op.drop_column("disposition")
    with op.batch_alter_table("gift", schema=None) as batch_op:
        batch_op.add_column(sa.Column("disposition", sa.String(length=300), nullable=True))
    op.execute("UPDATE gift SET disposition = disposition_note")
    with op.batch_alter_table("gift", schema=None) as batch_op:
        batch_op.drop_column("disposition_note")

    with op.batch_alter_table("agreement_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_event_agreement_id"))
    op.drop_table("agreement_event")
