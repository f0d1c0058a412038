"""Trips: outbound delegations and inbound visits, with itinerary and budget."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Editable, UtcDateTime, enum_column
from .enums import (
    BudgetCategory,
    Classification,
    ContactRole,
    DelegateRole,
    ItineraryKind,
    TripDirection,
    TripStatus,
)
from .people import Counterpart, StaffMember
from .places import City
from .strategy import Objective, trip_objective

if TYPE_CHECKING:
    from .meetings import Meeting


class Trip(Editable, Base):
    __tablename__ = "trip"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="end_after_start"),
        CheckConstraint("length(title) > 0", name="title_present"),
        CheckConstraint("buffer_minutes BETWEEN 0 AND 1440", name="buffer_range"),
        CheckConstraint(
            "workday_start BETWEEN 0 AND 1440 AND workday_end BETWEEN 0 AND 1440"
            " AND workday_end > workday_start",
            name="workday_order",
        ),
    )

    direction: Mapped[TripDirection] = mapped_column(enum_column(TripDirection, "trip_direction"))
    title: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[str | None] = mapped_column(Text)
    status: Mapped[TripStatus] = mapped_column(
        enum_column(TripStatus, "trip_status"), default=TripStatus.IDEA
    )
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date)
    lead_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT")
    )
    lead_counterpart_id: Mapped[int | None] = mapped_column(
        ForeignKey("counterpart.id", ondelete="RESTRICT")
    )
    destination_city_id: Mapped[int | None] = mapped_column(
        ForeignKey("city.id", ondelete="RESTRICT"), index=True
    )
    # The joint project it serves, if any.
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="SET NULL"), index=True
    )
    classification: Mapped[Classification] = mapped_column(
        enum_column(Classification, "classification"), default=Classification.INTERNAL
    )
    notes: Mapped[str | None] = mapped_column(Text)
    # The conflict checker's settings for this trip: time to move between two places in one
    # city, and the working day at the destination (minutes after midnight, local time).
    buffer_minutes: Mapped[int] = mapped_column(Integer, default=30, server_default="30")
    workday_start: Mapped[int] = mapped_column(Integer, default=8 * 60, server_default="480")
    workday_end: Mapped[int] = mapped_column(Integer, default=20 * 60, server_default="1200")
    # Yen per unit of each currency, entered for the trip ({"EUR": "162.5"}).
    exchange_rates: Mapped[dict[str, str]] = mapped_column(JSON, default=dict, server_default="{}")

    lead_staff: Mapped[StaffMember | None] = relationship()
    lead_counterpart: Mapped[Counterpart | None] = relationship()
    destination_city: Mapped[City | None] = relationship()
    delegates: Mapped[list[TripDelegate]] = relationship(
        back_populates="trip", cascade="all, delete-orphan"
    )
    budget_lines: Mapped[list[BudgetLine]] = relationship(
        back_populates="trip", cascade="all, delete-orphan"
    )
    itinerary: Mapped[list[ItineraryItem]] = relationship(
        back_populates="trip", cascade="all, delete-orphan", order_by="ItineraryItem.starts_at"
    )
    meetings: Mapped[list[Meeting]] = relationship(back_populates="trip")
    objectives: Mapped[list[Objective]] = relationship(secondary=trip_objective)
    acknowledgements: Mapped[list[ConflictAcknowledgement]] = relationship(
        cascade="all, delete-orphan"
    )
    contacts: Mapped[list[TripContact]] = relationship(
        back_populates="trip", cascade="all, delete-orphan", order_by="TripContact.id"
    )
    # The cities visited, in order; the first is `destination_city` (kept so by the core).
    stops: Mapped[list[TripStop]] = relationship(
        back_populates="trip", cascade="all, delete-orphan", order_by="TripStop.position"
    )

    @property
    def route(self) -> list[City]:
        """The cities visited in order: the stops, else the destination alone."""
        if self.stops:
            return [s.city for s in self.stops]
        return [self.destination_city] if self.destination_city else []


class TripContact(Editable, Base):
    """Someone who helps the delegation on the ground: the embassy or consulate, a liaison
    officer of the host city, an interpreter."""

    __tablename__ = "trip_contact"
    __table_args__ = (CheckConstraint("length(name) > 0", name="name_present"),)

    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"), index=True)
    role: Mapped[ContactRole] = mapped_column(enum_column(ContactRole, "contact_role"))
    name: Mapped[str] = mapped_column(String(300))
    organization: Mapped[str | None] = mapped_column(String(300))
    city_id: Mapped[int | None] = mapped_column(
        ForeignKey("city.id", ondelete="RESTRICT"), index=True
    )
    phone: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)

    trip: Mapped[Trip] = relationship(back_populates="contacts")
    city: Mapped[City | None] = relationship()


class TripStop(Base):
    """One city of a trip's route, in order."""

    __tablename__ = "trip_stop"
    __table_args__ = (UniqueConstraint("trip_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="RESTRICT"), index=True)

    trip: Mapped[Trip] = relationship(back_populates="stops")
    city: Mapped[City] = relationship()


class TripDelegate(Editable, Base):
    """A member of a delegation: one of our staff, or a visiting counterpart."""

    __tablename__ = "trip_delegate"
    __table_args__ = (
        CheckConstraint(
            "(staff_id IS NOT NULL AND counterpart_id IS NULL)"
            " OR (staff_id IS NULL AND counterpart_id IS NOT NULL)",
            name="one_person",
        ),
    )

    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), index=True
    )
    counterpart_id: Mapped[int | None] = mapped_column(
        ForeignKey("counterpart.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[DelegateRole] = mapped_column(
        enum_column(DelegateRole, "delegate_role"), default=DelegateRole.STAFF
    )
    notes: Mapped[str | None] = mapped_column(Text)

    # Reachable during the trip, and where they sleep ("Room 1204, shares with …").
    mobile: Mapped[str | None] = mapped_column(String(100))
    rooming: Mapped[str | None] = mapped_column(String(300))

    trip: Mapped[Trip] = relationship(back_populates="delegates")
    staff: Mapped[StaffMember | None] = relationship()
    counterpart: Mapped[Counterpart | None] = relationship()


class BudgetLine(Editable, Base):
    __tablename__ = "budget_line"
    __table_args__ = (
        CheckConstraint("amount >= 0", name="amount_not_negative"),
        CheckConstraint("length(currency) = 3", name="currency_iso"),
        CheckConstraint("rate_to_jpy IS NULL OR rate_to_jpy > 0", name="rate_positive"),
    )

    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"), index=True)
    category: Mapped[BudgetCategory] = mapped_column(enum_column(BudgetCategory, "budget_category"))
    description: Mapped[str | None] = mapped_column(String(500))
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3), default="JPY")
    rate_to_jpy: Mapped[Decimal | None] = mapped_column(Numeric(14, 6))

    trip: Mapped[Trip] = relationship(back_populates="budget_lines")


class ItineraryItem(Editable, Base):
    """A slot of a trip. Start and end are instants (UTC) with the zone of each place.

    A transport leg (flight, train, car, ferry) goes from an origin (`origin_city`,
    `origin_venue`, `start_zone`) to a destination (`city`, `venue`, `end_zone`), with its
    carrier, number, terminals and booking reference; everything else happens at one place
    (`city`, `venue`) and has the same zone at both ends, the city's by default. A hotel has
    its address and confirmation number (`booking_reference`); check-in and check-out are its
    start and end.
    """

    __tablename__ = "itinerary_item"
    __table_args__ = (
        CheckConstraint("ends_at >= starts_at", name="ends_after_starts"),
        CheckConstraint("length(title) > 0", name="title_present"),
    )

    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ItineraryKind] = mapped_column(enum_column(ItineraryKind, "itinerary_kind"))
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    start_zone: Mapped[str] = mapped_column(String(64))
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime)
    end_zone: Mapped[str] = mapped_column(String(64))
    city_id: Mapped[int | None] = mapped_column(
        ForeignKey("city.id", ondelete="RESTRICT"), index=True
    )
    venue: Mapped[str | None] = mapped_column(String(300))
    details: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    origin_city_id: Mapped[int | None] = mapped_column(
        ForeignKey("city.id", ondelete="RESTRICT"), index=True
    )
    origin_venue: Mapped[str | None] = mapped_column(String(300))
    carrier: Mapped[str | None] = mapped_column(String(200))
    service_number: Mapped[str | None] = mapped_column(String(50))
    origin_terminal: Mapped[str | None] = mapped_column(String(100))
    destination_terminal: Mapped[str | None] = mapped_column(String(100))
    booking_reference: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(String(500))

    trip: Mapped[Trip] = relationship(back_populates="itinerary")
    city: Mapped[City | None] = relationship(foreign_keys=[city_id])
    origin_city: Mapped[City | None] = relationship(foreign_keys=[origin_city_id])
    # Who takes part; none listed means the whole delegation.
    participants: Mapped[list[TripDelegate]] = relationship(secondary="itinerary_participant")


itinerary_participant = Table(
    "itinerary_participant",
    Base.metadata,
    Column("item_id", ForeignKey("itinerary_item.id", ondelete="CASCADE"), primary_key=True),
    Column("delegate_id", ForeignKey("trip_delegate.id", ondelete="CASCADE"), primary_key=True),
)


class ConflictAcknowledgement(Editable, Base):
    """A planner's word that a conflict warning is known and accepted, so it stops nagging."""

    __tablename__ = "conflict_acknowledgement"
    __table_args__ = (UniqueConstraint("trip_id", "warning_key"),)

    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"), index=True)
    warning_key: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    acknowledged_by: Mapped[str] = mapped_column(String(200))
