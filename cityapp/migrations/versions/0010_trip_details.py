"""trip details for the briefing book: transport legs, hotels, route, rooming, photos

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 15:10:00

- An itinerary item gains an origin (city and place) for transport legs, a carrier, a
  service number, terminals, a booking reference (a hotel's confirmation number) and an
  address; "ferry" joins the kinds. A transport leg stored before had one city: the one it
  arrives in when that city lies in the arrival zone (it stays the destination), else the
  one it leaves from (it becomes the origin). The other end is the one city of the office
  in that end's zone, when there is exactly one (else it is left empty).
- A trip has a route: its cities in order (`trip_stop`), starting with its destination.
- Delegates have a mobile number and rooming; counterparts a photo.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = ("flight", "rail", "road", "hotel", "meeting", "ceremony", "event", "press", "free")
NEW_KINDS = (
    "flight",
    "rail",
    "road",
    "ferry",
    "hotel",
    "meeting",
    "ceremony",
    "event",
    "press",
    "free",
)
TRANSPORT = ("flight", "rail", "road")


def _kinds(kinds: Sequence[str]) -> str:
    return "kind IN (" + ", ".join(f"'{k}'" for k in kinds) + ")"


def upgrade() -> None:
    with op.batch_alter_table("itinerary_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("origin_city_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("origin_venue", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("carrier", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("service_number", sa.String(length=50), nullable=True))
        batch_op.add_column(sa.Column("origin_terminal", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("destination_terminal", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("booking_reference", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("address", sa.String(length=500), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_itinerary_item_origin_city_id"), ["origin_city_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_itinerary_item_origin_city_id_city"),
            "city",
            ["origin_city_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch_op.drop_constraint(op.f("ck_itinerary_item_itinerary_kind"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_itinerary_item_itinerary_kind"), _kinds(NEW_KINDS)
        )

    bind = op.get_bind()
    legs = sa.text(
        "SELECT itinerary_item.id, city_id, start_zone, end_zone, city.timezone"
        " FROM itinerary_item JOIN city ON city.id = itinerary_item.city_id"
        " WHERE kind IN ('flight', 'rail', 'road')"
    )
    zones: dict[str, list[int]] = {}
    for city_id, zone in bind.execute(sa.text("SELECT id, timezone FROM city")):
        zones.setdefault(zone, []).append(city_id)

    def only_city(zone: str, other: int) -> int | None:
        found = [c for c in zones.get(zone, []) if c != other]
        return found[0] if len(found) == 1 else None

    for item_id, city_id, start_zone, end_zone, city_zone in bind.execute(legs).all():
        if start_zone == end_zone:
            continue  # one zone: which end the city is cannot be told
        if city_zone == end_zone:
            origin, arrival = only_city(start_zone, city_id), city_id
        else:
            origin, arrival = city_id, only_city(end_zone, city_id)
        bind.execute(
            sa.text(
                "UPDATE itinerary_item SET origin_city_id = :origin, city_id = :arrival"
                " WHERE id = :id"
            ),
            {"origin": origin, "arrival": arrival, "id": item_id},
        )

    op.create_table(
        "trip_stop",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["city_id"], ["city.id"], name=op.f("fk_trip_stop_city_id_city"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"], ["trip.id"], name=op.f("fk_trip_stop_trip_id_trip"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trip_stop")),
        sa.UniqueConstraint("trip_id", "position", name=op.f("uq_trip_stop_trip_id_position")),
    )
    with op.batch_alter_table("trip_stop", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trip_stop_city_id"), ["city_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_trip_stop_trip_id"), ["trip_id"], unique=False)
    bind.execute(
        sa.text(
            "INSERT INTO trip_stop (trip_id, position, city_id)"
            " SELECT id, 0, destination_city_id FROM trip WHERE destination_city_id IS NOT NULL"
        )
    )

    with op.batch_alter_table("trip_delegate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("mobile", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("rooming", sa.String(length=300), nullable=True))
    with op.batch_alter_table("counterpart", schema=None) as batch_op:
        batch_op.add_column(sa.Column("photo", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("counterpart", schema=None) as batch_op:
        batch_op.drop_column("photo")
    with op.batch_alter_table("trip_delegate", schema=None) as batch_op:
        batch_op.drop_column("rooming")
        batch_op.drop_column("mobile")
    with op.batch_alter_table("trip_stop", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trip_stop_trip_id"))
        batch_op.drop_index(batch_op.f("ix_trip_stop_city_id"))
    op.drop_table("trip_stop")
    op.execute("DELETE FROM itinerary_item WHERE kind = 'ferry'")
    with op.batch_alter_table("itinerary_item", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_itinerary_item_itinerary_kind"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_itinerary_item_itinerary_kind"), _kinds(OLD_KINDS)
        )
        batch_op.drop_constraint(
            batch_op.f("fk_itinerary_item_origin_city_id_city"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_itinerary_item_origin_city_id"))
        for column in (
            "address",
            "booking_reference",
            "destination_terminal",
            "origin_terminal",
            "service_number",
            "carrier",
            "origin_venue",
            "origin_city_id",
        ):
            batch_op.drop_column(column)
