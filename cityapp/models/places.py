"""Cities and the organizations that act in them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Boolean, CheckConstraint, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Editable, enum_column
from .enums import CityStatus, OrganizationKind, RelationshipLevel

if TYPE_CHECKING:
    from .agreements import Agreement
    from .networks import NetworkMembership


class City(Editable, Base):
    """A place we relate to, the home city included."""

    __tablename__ = "city"
    __table_args__ = (
        CheckConstraint("length(country_code) = 2", name="country_code_iso2"),
        CheckConstraint("latitude IS NULL OR (latitude BETWEEN -90 AND 90)", name="latitude"),
        CheckConstraint("longitude IS NULL OR (longitude BETWEEN -180 AND 180)", name="longitude"),
        CheckConstraint("priority BETWEEN 1 AND 5", name="priority_range"),
        CheckConstraint("length(name_en) > 0", name="name_en_present"),
        CheckConstraint("population IS NULL OR population >= 0", name="population_not_negative"),
    )

    name_en: Mapped[str] = mapped_column(String(200), index=True)
    name_local: Mapped[str | None] = mapped_column(String(200))
    name_ja: Mapped[str | None] = mapped_column(String(200))
    country_code: Mapped[str] = mapped_column(String(2))
    region: Mapped[str | None] = mapped_column(String(200))
    # The state or region whose public holidays the city keeps (ISO 3166-2 code: BE, BY, NSW).
    subdivision: Mapped[str | None] = mapped_column(String(10))
    timezone: Mapped[str] = mapped_column(String(64))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    relationship_level: Mapped[RelationshipLevel] = mapped_column(
        enum_column(RelationshipLevel, "relationship_level"), default=RelationshipLevel.NONE
    )
    status: Mapped[CityStatus] = mapped_column(
        enum_column(CityStatus, "city_status"), default=CityStatus.ACTIVE
    )
    priority: Mapped[int] = mapped_column(Integer, default=3)
    is_home: Mapped[bool] = mapped_column(Boolean, default=False)
    population: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)

    agreements: Mapped[list[Agreement]] = relationship(back_populates="city")
    memberships: Mapped[list[NetworkMembership]] = relationship(back_populates="city")

    def __repr__(self) -> str:
        return f"<City {self.id} {self.name_en}>"


class Organization(Editable, Base):
    """A body a counterpart works for: a city government, an embassy, a network's secretariat."""

    __tablename__ = "organization"
    __table_args__ = (CheckConstraint("length(name) > 0", name="name_present"),)

    name: Mapped[str] = mapped_column(String(300))
    name_local: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[OrganizationKind] = mapped_column(
        enum_column(OrganizationKind, "organization_kind"), default=OrganizationKind.OTHER
    )
    city_id: Mapped[int | None] = mapped_column(
        ForeignKey("city.id", ondelete="RESTRICT"), index=True
    )
    country_code: Mapped[str | None] = mapped_column(String(2))
    website: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)

    city: Mapped[City | None] = relationship()
