"""Exchange programmes and the fund that pays for them, the national government kept informed,
and what leaders learn abroad turned into policy actions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import (
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

from .base import Base, Editable, enum_column
from .enums import ActionStatus, NationalBody, ProgrammeKind
from .people import StaffMember
from .places import City
from .projects import Bureau
from .strategy import Objective

programme_city = Table(
    "programme_city",
    Base.metadata,
    Column("programme_id", ForeignKey("programme.id", ondelete="CASCADE"), primary_key=True),
    Column("city_id", ForeignKey("city.id", ondelete="RESTRICT"), primary_key=True),
)
programme_objective = Table(
    "programme_objective",
    Base.metadata,
    Column("programme_id", ForeignKey("programme.id", ondelete="CASCADE"), primary_key=True),
    Column("objective_id", ForeignKey("objective.id", ondelete="RESTRICT"), primary_key=True),
)


class Fund(Editable, Base):
    """Money set aside for exchanges (the human-resources fund): a total from a fiscal year."""

    __tablename__ = "fund"
    __table_args__ = (
        CheckConstraint("length(name) > 0", name="name_present"),
        CheckConstraint("total_yen > 0", name="total_positive"),
    )

    name: Mapped[str] = mapped_column(String(300), unique=True)
    name_ja: Mapped[str | None] = mapped_column(String(300))
    total_yen: Mapped[Decimal] = mapped_column(Numeric(16, 0))
    start_fiscal_year: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)


class Programme(Editable, Base):
    """An exchange programme: youth exchange, staff secondment, scholarships, training."""

    __tablename__ = "programme"
    __table_args__ = (CheckConstraint("length(title) > 0", name="title_present"),)

    title: Mapped[str] = mapped_column(String(300))
    title_ja: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[ProgrammeKind] = mapped_column(enum_column(ProgrammeKind, "programme_kind"))
    fund_id: Mapped[int | None] = mapped_column(
        ForeignKey("fund.id", ondelete="RESTRICT"), index=True
    )
    bureau_id: Mapped[int | None] = mapped_column(
        ForeignKey("bureau.id", ondelete="RESTRICT"), index=True
    )
    description: Mapped[str | None] = mapped_column(Text)
    outcomes: Mapped[str | None] = mapped_column(Text)

    fund: Mapped[Fund | None] = relationship()
    bureau: Mapped[Bureau | None] = relationship()
    cities: Mapped[list[City]] = relationship(secondary=programme_city)
    objectives: Mapped[list[Objective]] = relationship(secondary=programme_objective)
    years: Mapped[list[ProgrammeYear]] = relationship(
        back_populates="programme",
        cascade="all, delete-orphan",
        order_by="ProgrammeYear.fiscal_year",
    )


class ProgrammeYear(Editable, Base):
    """A programme's fiscal year: how many took part and what it spent from the fund."""

    __tablename__ = "programme_year"
    __table_args__ = (
        UniqueConstraint("programme_id", "fiscal_year"),
        CheckConstraint("participants >= 0", name="participants_not_negative"),
        CheckConstraint("spending_yen >= 0", name="spending_not_negative"),
    )

    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    fiscal_year: Mapped[int] = mapped_column(Integer)
    participants: Mapped[int] = mapped_column(Integer, default=0)
    spending_yen: Mapped[Decimal] = mapped_column(Numeric(16, 0), default=0)
    note: Mapped[str | None] = mapped_column(Text)

    programme: Mapped[Programme] = relationship(back_populates="years")


class ProgrammeParticipant(Editable, Base):
    """One of our own staff taking part in a programme in a fiscal year (a secondment)."""

    __tablename__ = "programme_participant"
    __table_args__ = (UniqueConstraint("programme_id", "staff_id", "fiscal_year"),)

    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), index=True
    )
    fiscal_year: Mapped[int] = mapped_column(Integer)
    role: Mapped[str | None] = mapped_column(String(200))

    staff: Mapped[StaffMember] = relationship()


class NationalContact(Editable, Base):
    """A contact with the national government or its missions abroad about a trip or a
    project: the Ministry of Foreign Affairs, the embassy or consulate, another ministry."""

    __tablename__ = "national_contact"
    __table_args__ = (
        CheckConstraint("(trip_id IS NULL) <> (project_id IS NULL)", name="about_trip_or_project"),
        CheckConstraint("length(whom) > 0", name="whom_present"),
    )

    trip_id: Mapped[int | None] = mapped_column(
        ForeignKey("trip.id", ondelete="CASCADE"), index=True
    )
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    contacted_on: Mapped[date] = mapped_column(Date)
    body: Mapped[NationalBody] = mapped_column(enum_column(NationalBody, "national_body"))
    whom: Mapped[str] = mapped_column(String(300))
    subject: Mapped[str | None] = mapped_column(Text)
    follow_up: Mapped[str | None] = mapped_column(Text)


class Lesson(Editable, Base):
    """What was learned on a trip or in a meeting, and the policy action it led to."""

    __tablename__ = "lesson"
    __table_args__ = (
        CheckConstraint("trip_id IS NOT NULL OR meeting_id IS NOT NULL", name="learned_somewhere"),
        CheckConstraint("length(learned) > 0", name="learned_present"),
    )

    trip_id: Mapped[int | None] = mapped_column(
        ForeignKey("trip.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    learned_on: Mapped[date] = mapped_column(Date)
    learned: Mapped[str] = mapped_column(Text)
    objective_id: Mapped[int | None] = mapped_column(
        ForeignKey("objective.id", ondelete="RESTRICT"), index=True
    )
    bureau_id: Mapped[int | None] = mapped_column(
        ForeignKey("bureau.id", ondelete="RESTRICT"), index=True
    )
    action: Mapped[str | None] = mapped_column(Text)
    action_status: Mapped[ActionStatus] = mapped_column(
        enum_column(ActionStatus, "action_status"), default=ActionStatus.PROPOSED
    )
    action_on: Mapped[date | None] = mapped_column(Date)

    bureau: Mapped[Bureau | None] = relationship()
    objective: Mapped[Objective | None] = relationship()
