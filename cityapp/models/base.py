"""Declarative base, shared column types and mixins for every table."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Enum, Integer, MetaData, TypeDecorator, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as UTC.

    SQLite keeps no offset, so values are normalised to UTC on the way in and
    marked as UTC on the way out; PostgreSQL stores timestamptz. A naive
    datetime is refused: a time without its zone is a bug waiting to happen.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: give it a time zone")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def in_japanese(japanese: Any, english: Any) -> Any:
    """A name or title as Japanese lists and outputs give it, in SQL: the Japanese one, else the
    stored English."""
    return func.coalesce(func.nullif(japanese, ""), english)


def utc_now() -> datetime:
    from ..clock import CLOCK

    return CLOCK.now()


def enum_column(enum_cls: type[enum.Enum], name: str) -> Enum:
    """A portable enumeration: VARCHAR holding the value, with a CHECK constraint."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        length=max(len(m.value) for m in enum_cls),
        values_callable=lambda cls: [m.value for m in cls],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamped:
    """Created and updated times, kept by the database session."""

    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, sort_order=90)
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime, default=utc_now, onupdate=utc_now, sort_order=91
    )


class Editable(Timestamped):
    """A row that officers edit: timestamps and an optimistic-lock version.

    Two officers saving the same row on a shared server get a StaleDataError
    for the second save instead of a silent overwrite.
    """

    id: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-1)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, sort_order=89)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.__table__.c.version}
