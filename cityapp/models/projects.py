"""The strategy beyond trips: joint projects with partner cities and networks, the bureau of our
government that leads each, and what residents get from them (indicators measured over time)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Editable, enum_column
from .enums import MilestoneStatus, ProjectStatus
from .networks import Network
from .places import City, Organization
from .strategy import Objective


def _link(name: str, other: str) -> Table:
    return Table(
        f"project_{name}",
        Base.metadata,
        Column("project_id", ForeignKey("project.id", ondelete="CASCADE"), primary_key=True),
        Column(f"{name}_id", ForeignKey(f"{other}.id", ondelete="RESTRICT"), primary_key=True),
    )


project_city = _link("city", "city")
project_network = _link("network", "network")
project_organization = _link("organization", "organization")
project_objective = _link("objective", "objective")


class Bureau(Editable, Base):
    """A bureau of our own government (the office's own list): who leads a project, owns a
    commitment or acts on a lesson."""

    __tablename__ = "bureau"
    __table_args__ = (CheckConstraint("length(name_en) > 0", name="name_present"),)

    name_en: Mapped[str] = mapped_column(String(200), unique=True)
    name_ja: Mapped[str | None] = mapped_column(String(200))


class Project(Editable, Base):
    """A practical joint project with partner cities, networks or organizations."""

    __tablename__ = "project"
    __table_args__ = (
        CheckConstraint("length(title) > 0", name="title_present"),
        CheckConstraint(
            "ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on", name="end_after_start"
        ),
        CheckConstraint("budget_yen IS NULL OR budget_yen >= 0", name="budget_not_negative"),
    )

    title: Mapped[str] = mapped_column(String(300))
    title_ja: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[ProjectStatus] = mapped_column(enum_column(ProjectStatus, "project_status"))
    bureau_id: Mapped[int | None] = mapped_column(
        ForeignKey("bureau.id", ondelete="RESTRICT"), index=True
    )
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    budget_yen: Mapped[Decimal | None] = mapped_column(Numeric(16, 0))
    description: Mapped[str | None] = mapped_column(Text)
    results: Mapped[str | None] = mapped_column(Text)

    bureau: Mapped[Bureau | None] = relationship()
    cities: Mapped[list[City]] = relationship(secondary=project_city)
    networks: Mapped[list[Network]] = relationship(secondary=project_network)
    organizations: Mapped[list[Organization]] = relationship(secondary=project_organization)
    objectives: Mapped[list[Objective]] = relationship(secondary=project_objective)
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Indicator.id"
    )
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Milestone.due_on"
    )


class Indicator(Editable, Base):
    """A benefit to residents the project aims for: a measure with a unit, where it started
    and where it should get to (lower can be better: tonnes of CO₂)."""

    __tablename__ = "indicator"
    __table_args__ = (
        CheckConstraint("length(name) > 0", name="name_present"),
        CheckConstraint("target <> baseline", name="target_differs"),
    )

    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(50))
    baseline: Mapped[Decimal] = mapped_column(Numeric(18, 3))
    target: Mapped[Decimal] = mapped_column(Numeric(18, 3))
    target_on: Mapped[date | None] = mapped_column(Date)

    project: Mapped[Project] = relationship(back_populates="indicators")
    measurements: Mapped[list[Measurement]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", order_by="Measurement.measured_on"
    )


class Measurement(Editable, Base):
    """An indicator's value as measured on a day."""

    __tablename__ = "measurement"
    __table_args__ = (UniqueConstraint("indicator_id", "measured_on"),)

    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True
    )
    measured_on: Mapped[date] = mapped_column(Date)
    value: Mapped[Decimal] = mapped_column(Numeric(18, 3))
    note: Mapped[str | None] = mapped_column(Text)

    indicator: Mapped[Indicator] = relationship(back_populates="measurements")


class Milestone(Editable, Base):
    __tablename__ = "milestone"
    __table_args__ = (
        CheckConstraint("length(title) > 0", name="title_present"),
        CheckConstraint("status <> 'reached' OR reached_on IS NOT NULL", name="reached_has_day"),
    )

    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[MilestoneStatus] = mapped_column(
        enum_column(MilestoneStatus, "milestone_status")
    )
    reached_on: Mapped[date | None] = mapped_column(Date)

    project: Mapped[Project] = relationship(back_populates="milestones")
