"""People: counterparts on the other side, and staff on ours."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ColumnElement,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    case,
    event,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Editable
from .places import City, Organization

# A person whose personal data was erased (cityapp.services.privacy) keeps this as their
# family name, and is shown as "an erased person" wherever they attended or owned something.
ERASED = "(erased)"
ERASED_PERSON = "an erased person"


class PrecedenceOffice(Editable, Base):
    """An office in the office's own order of precedence: governor or mayor, assembly
    speaker, vice-governor, ambassador, director-general... Rank 1 comes first; people of
    equal rank are ordered by the date their term began, then by name."""

    __tablename__ = "precedence_office"
    __table_args__ = (
        CheckConstraint("rank >= 1", name="rank_positive"),
        CheckConstraint("length(name_en) > 0", name="name_present"),
    )

    rank: Mapped[int] = mapped_column(Integer, index=True)
    name_en: Mapped[str] = mapped_column(String(200))
    name_ja: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)


class Counterpart(Editable, Base):
    """A person we deal with abroad or who visits us.

    Names are kept in Latin letters and in the person's own script, with the
    order in which the name is written (family name first for Japanese,
    Chinese and Korean names). Dietary and protocol notes are sensitive and
    stay out of exports unless asked for.
    """

    __tablename__ = "counterpart"
    __table_args__ = (
        CheckConstraint(
            "term_end IS NULL OR term_start IS NULL OR term_end >= term_start", name="term_order"
        ),
        CheckConstraint("length(family_name) > 0", name="family_name_present"),
    )

    family_name: Mapped[str] = mapped_column(String(200), index=True)
    given_name: Mapped[str | None] = mapped_column(String(200))
    family_name_local: Mapped[str | None] = mapped_column(String(200))
    given_name_local: Mapped[str | None] = mapped_column(String(200))
    family_name_first: Mapped[bool] = mapped_column(Boolean, default=False)
    # The name in katakana (フリガナ; a foreign name as Japanese write it): Japanese lists sort by
    # it, through its key (kept by `_keep_reading_key`).
    reading: Mapped[str | None] = mapped_column(String(200))
    reading_key: Mapped[str | None] = mapped_column(String(420), index=True)
    # A portrait for briefings: the image file's bytes (PNG or JPEG), copied in.
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    honorific: Mapped[str | None] = mapped_column(String(100))
    form_of_address: Mapped[str | None] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(300))
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    city_id: Mapped[int | None] = mapped_column(
        ForeignKey("city.id", ondelete="RESTRICT"), index=True
    )
    term_start: Mapped[date | None] = mapped_column(Date)
    term_end: Mapped[date | None] = mapped_column(Date)
    office_id: Mapped[int | None] = mapped_column(
        ForeignKey("precedence_office.id", ondelete="SET NULL"), index=True
    )
    languages: Mapped[str | None] = mapped_column(String(200))
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    dietary_notes: Mapped[str | None] = mapped_column(Text)
    protocol_notes: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)

    organization: Mapped[Organization | None] = relationship()
    city: Mapped[City | None] = relationship()
    office: Mapped[PrecedenceOffice | None] = relationship()

    @property
    def display_name(self) -> str:
        """The name in Latin letters, written in the person's own order."""
        if self.family_name == ERASED:
            return ERASED_PERSON
        return written_name(self.family_name, self.given_name, self.family_name_first)

    @property
    def local_name(self) -> str | None:
        """The name in the person's own script, if known."""
        return (
            written_name(self.family_name_local, self.given_name_local, self.family_name_first)
            or None
        )


def written_name(family: str | None, given: str | None, family_first: bool) -> str:
    """A full name in its own order: 'Kim Min-jun', '김민준', 'Anna Volkova'.

    CJK names written family first take no space between the parts.
    """
    parts = [family, given] if family_first else [given, family]
    parts = [p for p in parts if p]
    sep = "" if family_first and family and is_cjk(family) else " "
    return sep.join(parts)


def written_name_sql(person: Any) -> ColumnElement[str]:
    """`written_name` as the database writes it, for lists and exports that read names in SQL
    (CJK names written family first keep a space there: the list is read in one script)."""
    return case(
        (
            person.family_name_first,
            person.family_name + func.coalesce(" " + person.given_name, ""),
        ),
        else_=func.coalesce(person.given_name + " ", "") + person.family_name,
    )


def is_cjk(text: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in text)


class StaffMember(Editable, Base):
    """One of our own officers or officials."""

    __tablename__ = "staff_member"
    __table_args__ = (CheckConstraint("length(family_name) > 0", name="family_name_present"),)

    family_name: Mapped[str] = mapped_column(String(200), index=True)
    given_name: Mapped[str | None] = mapped_column(String(200))
    name_ja: Mapped[str | None] = mapped_column(String(200))
    reading: Mapped[str | None] = mapped_column(String(200))  # フリガナ, for sorting in Japanese
    reading_key: Mapped[str | None] = mapped_column(String(420), index=True)
    title: Mapped[str | None] = mapped_column(String(300))
    department: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    office_id: Mapped[int | None] = mapped_column(
        ForeignKey("precedence_office.id", ondelete="SET NULL"), index=True
    )
    office_since: Mapped[date | None] = mapped_column(Date)
    languages: Mapped[str | None] = mapped_column(String(200))  # "ja, en": seating checks

    office: Mapped[PrecedenceOffice | None] = relationship()

    @property
    def display_name(self) -> str:
        """Family name first, as our own (Japanese) officers' names are written, in lists,
        pickers and exports alike: 'Kanda Haruto'."""
        if self.family_name == ERASED:
            return ERASED_PERSON
        return written_name(self.family_name, self.given_name, True)


@event.listens_for(Counterpart.reading, "set")
@event.listens_for(StaffMember.reading, "set")
def _keep_reading_key(person: Any, value: str | None, _old: Any, _initiator: Any) -> None:
    """The sort key follows the reading on every change (五十音順 in Japanese lists)."""
    from ..search import gojuon_key

    person.reading_key = gojuon_key(value)
