"""Agreements between our city and another: sister-city pacts, MoUs, statements."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Editable, enum_column
from .enums import AgreementEventKind, AgreementKind
from .places import City, Organization
from .strategy import Objective, agreement_objective


class Agreement(Editable, Base):
    __tablename__ = "agreement"
    __table_args__ = (
        CheckConstraint(
            "effective_on IS NULL OR signed_on IS NULL OR effective_on >= signed_on",
            name="effective_after_signed",
        ),
        CheckConstraint(
            "expires_on IS NULL OR signed_on IS NULL OR expires_on >= signed_on",
            name="expiry_after_signed",
        ),
        CheckConstraint(
            "ended_on IS NULL OR signed_on IS NULL OR ended_on >= signed_on",
            name="ended_after_signed",
        ),
        CheckConstraint("length(title) > 0", name="title_present"),
    )

    kind: Mapped[AgreementKind] = mapped_column(enum_column(AgreementKind, "agreement_kind"))
    title: Mapped[str] = mapped_column(String(300))
    city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="RESTRICT"), index=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    signed_on: Mapped[date | None] = mapped_column(Date)
    effective_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    renewed_on: Mapped[date | None] = mapped_column(Date)
    legally_binding: Mapped[bool] = mapped_column(Boolean, default=True)
    fields_of_cooperation: Mapped[str | None] = mapped_column(Text)
    renewal_terms: Mapped[str | None] = mapped_column(Text)
    document_ref: Mapped[str | None] = mapped_column(String(1000))
    notes: Mapped[str | None] = mapped_column(Text)

    city: Mapped[City] = relationship(back_populates="agreements")
    organization: Mapped[Organization | None] = relationship()
    objectives: Mapped[list[Objective]] = relationship(secondary=agreement_objective)
    events: Mapped[list[AgreementEvent]] = relationship(
        back_populates="agreement",
        cascade="all, delete-orphan",
        order_by="AgreementEvent.happened_on",
    )


class AgreementEvent(Editable, Base):
    """A renewal or an amendment in an agreement's life, with its document."""

    __tablename__ = "agreement_event"
    __table_args__ = (
        CheckConstraint(
            "expires_on IS NULL OR expires_on >= happened_on", name="expiry_after_event"
        ),
    )

    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[AgreementEventKind] = mapped_column(
        enum_column(AgreementEventKind, "agreement_event_kind")
    )
    happened_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)  # a renewal's new expiry
    document_ref: Mapped[str | None] = mapped_column(String(1000))
    note: Mapped[str | None] = mapped_column(Text)

    agreement: Mapped[Agreement] = relationship(back_populates="events")
