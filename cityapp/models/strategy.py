"""The strategy: objectives that trips and meetings serve, and measurable targets."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, Date, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Editable

trip_objective = Table(
    "trip_objective",
    Base.metadata,
    Column("trip_id", ForeignKey("trip.id", ondelete="CASCADE"), primary_key=True),
    Column("objective_id", ForeignKey("objective.id", ondelete="RESTRICT"), primary_key=True),
)

meeting_objective = Table(
    "meeting_objective",
    Base.metadata,
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True),
    Column("objective_id", ForeignKey("objective.id", ondelete="RESTRICT"), primary_key=True),
)

agreement_objective = Table(
    "agreement_objective",
    Base.metadata,
    Column("agreement_id", ForeignKey("agreement.id", ondelete="CASCADE"), primary_key=True),
    Column("objective_id", ForeignKey("objective.id", ondelete="RESTRICT"), primary_key=True),
)


class Objective(Editable, Base):
    __tablename__ = "objective"
    __table_args__ = (CheckConstraint("length(title) > 0", name="title_present"),)

    number: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(String(300))
    title_ja: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)


class Target(Editable, Base):
    """A number of cities to reach by a deadline.

    Which cities count is decided by `rule`, a small JSON document evaluated
    against the data, so progress is computed and never typed in.
    """

    __tablename__ = "target"
    __table_args__ = (
        CheckConstraint("target_count > 0", name="count_positive"),
        CheckConstraint("starts_on IS NULL OR deadline >= starts_on", name="deadline_after_start"),
    )

    title: Mapped[str] = mapped_column(String(300))
    title_ja: Mapped[str | None] = mapped_column(String(300))
    target_count: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[date | None] = mapped_column(Date)
    deadline: Mapped[date] = mapped_column(Date)
    rule: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    milestones: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    objective_id: Mapped[int | None] = mapped_column(
        ForeignKey("objective.id", ondelete="SET NULL")
    )
    notes: Mapped[str | None] = mapped_column(Text)
