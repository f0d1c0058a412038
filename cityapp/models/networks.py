"""Multilateral city networks (C40, ANMC21, Metropolis, U20) and who belongs to them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Editable, enum_column
from .enums import MembershipRole
from .places import City


class Network(Editable, Base):
    __tablename__ = "network"
    __table_args__ = (CheckConstraint("length(name) > 0", name="name_present"),)

    name: Mapped[str] = mapped_column(String(300), unique=True)
    short_name: Mapped[str | None] = mapped_column(String(50))
    name_ja: Mapped[str | None] = mapped_column(String(300))
    founded_year: Mapped[int | None] = mapped_column(Integer)
    website: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)

    memberships: Mapped[list[NetworkMembership]] = relationship(
        back_populates="network", cascade="all, delete-orphan"
    )
    plenaries: Mapped[list[NetworkPlenary]] = relationship(
        back_populates="network", cascade="all, delete-orphan", order_by="NetworkPlenary.starts_on"
    )


class NetworkMembership(Editable, Base):
    __tablename__ = "network_membership"
    __table_args__ = (
        UniqueConstraint("network_id", "city_id"),
        CheckConstraint(
            "left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on", name="left_after_joined"
        ),
    )

    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="RESTRICT"), index=True)
    role: Mapped[MembershipRole] = mapped_column(
        enum_column(MembershipRole, "membership_role"), default=MembershipRole.MEMBER
    )
    joined_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    network: Mapped[Network] = relationship(back_populates="memberships")
    city: Mapped[City] = relationship(back_populates="memberships")


class NetworkPlenary(Editable, Base):
    """A general assembly or congress of a network, where and when it met."""

    __tablename__ = "network_plenary"
    __table_args__ = (CheckConstraint("ends_on >= starts_on", name="ends_after_starts"),)

    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    city_id: Mapped[int | None] = mapped_column(
        ForeignKey("city.id", ondelete="RESTRICT"), index=True
    )
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    network: Mapped[Network] = relationship(back_populates="plenaries")
    city: Mapped[City | None] = relationship()
