"""Meetings, who attended, the commitments made, and gifts exchanged."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Editable, UtcDateTime, enum_column
from .enums import (
    Classification,
    CommitmentStatus,
    GiftDirection,
    GiftDisposition,
    MeetingLevel,
    OwnerSide,
    SeatingLayout,
    Side,
)
from .people import Counterpart, PrecedenceOffice, StaffMember
from .places import City
from .strategy import Objective, meeting_objective
from .trips import ItineraryItem, Trip


class Meeting(Editable, Base):
    """A meeting within a trip's itinerary or standing alone (a courtesy call, a video call)."""

    __tablename__ = "meeting"
    __table_args__ = (
        CheckConstraint("ends_at IS NULL OR ends_at >= starts_at", name="ends_after_starts"),
        CheckConstraint(
            "atmosphere IS NULL OR atmosphere BETWEEN 1 AND 5", name="atmosphere_scale"
        ),
        CheckConstraint("length(title) > 0", name="title_present"),
        # The targets read head-of-city meetings by date without walking every meeting.
        Index("ix_meeting_level_starts_at", "level", "starts_at"),
    )

    trip_id: Mapped[int | None] = mapped_column(
        ForeignKey("trip.id", ondelete="SET NULL"), index=True
    )
    itinerary_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("itinerary_item.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    title_ja: Mapped[str | None] = mapped_column(String(300))  # as Japanese outputs name it
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    zone: Mapped[str] = mapped_column(String(64))
    city_id: Mapped[int | None] = mapped_column(
        ForeignKey("city.id", ondelete="RESTRICT"), index=True
    )
    venue: Mapped[str | None] = mapped_column(String(300))
    language: Mapped[str | None] = mapped_column(String(100))
    interpreter: Mapped[str | None] = mapped_column(String(200))
    agenda: Mapped[str | None] = mapped_column(Text)
    talking_points: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    decisions: Mapped[str | None] = mapped_column(Text)
    atmosphere: Mapped[int | None] = mapped_column(Integer)
    level: Mapped[MeetingLevel] = mapped_column(
        enum_column(MeetingLevel, "meeting_level"),
        default=MeetingLevel.WORKING,
        server_default=MeetingLevel.WORKING.value,
    )
    # The joint project it serves, if any.
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="SET NULL"), index=True
    )
    classification: Mapped[Classification] = mapped_column(
        enum_column(Classification, "classification"), default=Classification.INTERNAL
    )
    follow_up: Mapped[str | None] = mapped_column(Text)
    # The record of discussion: who wrote it, who approved it and when.
    prepared_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), index=True
    )
    approved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), index=True
    )
    approved_on: Mapped[date | None] = mapped_column(Date)

    trip: Mapped[Trip | None] = relationship(back_populates="meetings")
    prepared_by: Mapped[StaffMember | None] = relationship(foreign_keys=[prepared_by_id])
    approved_by: Mapped[StaffMember | None] = relationship(foreign_keys=[approved_by_id])
    itinerary_item: Mapped[ItineraryItem | None] = relationship()
    city: Mapped[City | None] = relationship()
    attendees: Mapped[list[MeetingAttendee]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    commitments: Mapped[list[Commitment]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Commitment.id"
    )
    objectives: Mapped[list[Objective]] = relationship(secondary=meeting_objective)


class MeetingAttendee(Editable, Base):
    """Someone at the table: one of our staff or a counterpart, with a role."""

    __tablename__ = "meeting_attendee"
    __table_args__ = (
        CheckConstraint(
            "(side = 'ours' AND staff_id IS NOT NULL AND counterpart_id IS NULL)"
            " OR (side = 'theirs' AND counterpart_id IS NOT NULL AND staff_id IS NULL)",
            name="person_matches_side",
        ),
    )

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    side: Mapped[Side] = mapped_column(enum_column(Side, "side"))
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), index=True
    )
    counterpart_id: Mapped[int | None] = mapped_column(
        ForeignKey("counterpart.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[str | None] = mapped_column(String(200))
    # The office that counts at this meeting, for someone who holds several (else their own).
    office_id: Mapped[int | None] = mapped_column(
        ForeignKey("precedence_office.id", ondelete="SET NULL")
    )
    interpreter: Mapped[bool] = mapped_column(Boolean, default=False)  # interprets here
    # A place in the side's order set by an officer for this meeting, and why.
    place: Mapped[int | None] = mapped_column(Integer)
    place_reason: Mapped[str | None] = mapped_column(String(300))

    meeting: Mapped[Meeting] = relationship(back_populates="attendees")
    staff: Mapped[StaffMember | None] = relationship()
    counterpart: Mapped[Counterpart | None] = relationship()
    office: Mapped[PrecedenceOffice | None] = relationship()


class Commitment(Editable, Base):
    __tablename__ = "commitment"
    __table_args__ = (
        CheckConstraint("length(text) > 0", name="text_present"),
        CheckConstraint(
            "NOT (owner_staff_id IS NOT NULL AND owner_counterpart_id IS NOT NULL)",
            name="one_owner",
        ),
        # Open commitments past their date, counted for the sidebar on every change.
        Index("ix_commitment_status_due_on", "status", "due_on"),
    )

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    owner_side: Mapped[OwnerSide] = mapped_column(enum_column(OwnerSide, "owner_side"))
    owner_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), index=True
    )
    owner_counterpart_id: Mapped[int | None] = mapped_column(
        ForeignKey("counterpart.id", ondelete="RESTRICT"), index=True
    )
    # The joint project it serves, if any.
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="SET NULL"), index=True
    )
    # The bureau of our government that answers for it, if any.
    bureau_id: Mapped[int | None] = mapped_column(
        ForeignKey("bureau.id", ondelete="RESTRICT"), index=True
    )
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[CommitmentStatus] = mapped_column(
        enum_column(CommitmentStatus, "commitment_status"),
        default=CommitmentStatus.OPEN,
        index=True,
    )
    completed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    # An invitation to visit: followed as reciprocity ("return invitations still open").
    is_invitation: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    meeting: Mapped[Meeting] = relationship(back_populates="commitments")
    owner_staff: Mapped[StaffMember | None] = relationship()
    owner_counterpart: Mapped[Counterpart | None] = relationship()

    def is_overdue(self, on: date) -> bool:
        return (
            self.due_on is not None
            and self.due_on < on
            and self.status in (CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS)
        )


class Gift(Editable, Base):
    __tablename__ = "gift"
    __table_args__ = (
        CheckConstraint("value_jpy IS NULL OR value_jpy >= 0", name="value_not_negative"),
        CheckConstraint("length(description) > 0", name="description_present"),
    )

    direction: Mapped[GiftDirection] = mapped_column(enum_column(GiftDirection, "gift_direction"))
    counterpart_id: Mapped[int | None] = mapped_column(
        ForeignKey("counterpart.id", ondelete="RESTRICT"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    trip_id: Mapped[int | None] = mapped_column(
        ForeignKey("trip.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(String(500))
    value_jpy: Mapped[int | None] = mapped_column(Integer)
    exchanged_on: Mapped[date] = mapped_column(Date)
    disposition: Mapped[GiftDisposition | None] = mapped_column(
        enum_column(GiftDisposition, "gift_disposition")
    )
    disposition_note: Mapped[str | None] = mapped_column(String(300))
    declared_on: Mapped[date | None] = mapped_column(Date)
    declaration_ref: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)

    counterpart: Mapped[Counterpart | None] = relationship()
    meeting: Mapped[Meeting | None] = relationship()
    trip: Mapped[Trip | None] = relationship()


class CommitmentProgress(Editable, Base):
    """A commitment carried into a later meeting: what was said about it there."""

    __tablename__ = "commitment_progress"
    __table_args__ = (UniqueConstraint("commitment_id", "meeting_id"),)

    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    note: Mapped[str | None] = mapped_column(Text)
    status_after: Mapped[CommitmentStatus] = mapped_column(
        enum_column(CommitmentStatus, "commitment_status")
    )

    commitment: Mapped[Commitment] = relationship()
    meeting: Mapped[Meeting] = relationship()


class SeatingPlan(Editable, Base):
    """Where everyone sits at a meeting or an event (`cityapp.seating`), saved with it."""

    __tablename__ = "seating_plan"
    __table_args__ = (
        CheckConstraint("tables >= 1 AND tables <= 50", name="tables_range"),
        CheckConstraint("per_table >= 2 AND per_table <= 40", name="per_table_range"),
    )

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), unique=True
    )
    layout: Mapped[SeatingLayout] = mapped_column(enum_column(SeatingLayout, "seating_layout"))
    tables: Mapped[int] = mapped_column(Integer, default=1)
    per_table: Mapped[int] = mapped_column(Integer, default=10)
    keep_delegations_together: Mapped[bool] = mapped_column(Boolean, default=False)

    meeting: Mapped[Meeting] = relationship()
    seats: Mapped[list[Seat]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Seat.id"
    )
    acknowledgements: Mapped[list[SeatingAcknowledgement]] = relationship(
        back_populates="plan", cascade="all, delete-orphan"
    )


class Seat(Base):
    """One attendee's seat: table (or row) and seat number, as the plan's layout numbers them."""

    __tablename__ = "seat"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("seating_plan.id", ondelete="CASCADE"), index=True
    )
    attendee_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_attendee.id", ondelete="CASCADE"), index=True
    )
    table_no: Mapped[int] = mapped_column(Integer)
    seat_no: Mapped[int] = mapped_column(Integer)

    plan: Mapped[SeatingPlan] = relationship(back_populates="seats")


class SeatingAcknowledgement(Editable, Base):
    """An officer's word that a seating warning is known and accepted, with a note."""

    __tablename__ = "seating_acknowledgement"
    __table_args__ = (UniqueConstraint("plan_id", "warning_key"),)

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("seating_plan.id", ondelete="CASCADE"), index=True
    )
    warning_key: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    acknowledged_by: Mapped[str] = mapped_column(String(200))

    plan: Mapped[SeatingPlan] = relationship(back_populates="acknowledgements")


class OfficeSetting(Base):
    """An office-wide setting kept with the data (the gift declaration threshold), by key."""

    __tablename__ = "office_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(String(1000))
