"""The gift register: which gifts are to be declared or valued, and the register of a fiscal
year for the annual declaration. Every page, list, dashboard and export asks here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Integer, and_, case, cast, func, literal, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql import ColumnElement

from ..errors import UserError
from ..formats import fiscal_bounds, fiscal_year
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Gift, GiftDirection, Meeting, OfficeSetting
from .itinerary import local_wall
from .records import rule

GIFT_THRESHOLD_KEY = "gift_declaration_threshold_jpy"
DEFAULT_GIFT_THRESHOLD = 50_000

# What a gift still needs from the office, as the lists and the export name it.
TO_DECLARE, TO_VALUE, DECLARED = "to_declare", "to_value", "declared"


def gift_threshold(session: Session) -> int:
    setting = session.get(OfficeSetting, GIFT_THRESHOLD_KEY)
    try:
        return int(Decimal(setting.value)) if setting else DEFAULT_GIFT_THRESHOLD
    except (InvalidOperation, ValueError):
        return DEFAULT_GIFT_THRESHOLD


def set_gift_threshold(session: Session, yen: int) -> None:
    if yen < 0:
        raise UserError(QT_TRANSLATE_NOOP("commitments", "The threshold cannot be negative."))
    setting = session.get(OfficeSetting, GIFT_THRESHOLD_KEY)
    if setting is None:
        session.add(OfficeSetting(key=GIFT_THRESHOLD_KEY, value=str(yen)))
    else:
        setting.value = str(yen)
    session.flush()


def threshold_in_database() -> ColumnElement[int]:
    """The office's declaration threshold as the database reads it (the default when unset)."""
    stored = (
        select(cast(OfficeSetting.value, Integer))
        .where(OfficeSetting.key == GIFT_THRESHOLD_KEY)
        .scalar_subquery()
    )
    return func.coalesce(stored, DEFAULT_GIFT_THRESHOLD)


def to_declare(threshold: int | ColumnElement[int]) -> ColumnElement[bool]:
    """A gift received, worth more than the threshold, not declared yet."""
    return and_(
        Gift.direction == GiftDirection.RECEIVED,
        Gift.declared_on.is_(None),
        Gift.value_jpy > threshold,
    )


def to_value() -> ColumnElement[bool]:
    """A gift received with no value recorded: nobody can tell whether it is to be declared."""
    return and_(Gift.direction == GiftDirection.RECEIVED, Gift.value_jpy.is_(None))


def state_in_database() -> ColumnElement[str | None]:
    """What the gift needs (to declare, to value) or that it was declared, for a list column."""
    return case(
        (to_value(), literal(TO_VALUE)),
        (to_declare(threshold_in_database()), literal(TO_DECLARE)),
        (Gift.declared_on.is_not(None), literal(DECLARED)),
        else_=None,
    )


def state_of(gift: Gift, threshold: int) -> str | None:
    """The same as `state_in_database`, for a gift already read."""
    if gift.direction == GiftDirection.RECEIVED and gift.value_jpy is None:
        return TO_VALUE
    if needs_declaration(gift, threshold):
        return TO_DECLARE
    return DECLARED if gift.declared_on is not None else None


def needs_declaration(gift: Gift, threshold: int) -> bool:
    return (
        gift.direction == GiftDirection.RECEIVED
        and gift.declared_on is None
        and (gift.value_jpy or 0) > threshold
    )


def fate_of(gift: Gift, choice: Callable[[Any], str]) -> str:
    """What became of a gift in one cell: the choice in words (by `choice`), then the note."""
    return " — ".join(
        part
        for part in (choice(gift.disposition) if gift.disposition else "", gift.disposition_note)
        if part
    )


def in_fiscal_year(year: int) -> ColumnElement[bool]:
    first, last = fiscal_bounds(year)
    return Gift.exchanged_on.between(first, last)


def gift_fiscal_years(session: Session) -> list[int]:
    """The fiscal years in which gifts were exchanged, latest first (for the year filter)."""
    first, last = session.execute(
        select(func.min(Gift.exchanged_on), func.max(Gift.exchanged_on))
    ).one()
    if first is None:
        return []
    return list(range(fiscal_year(last), fiscal_year(first) - 1, -1))


def meeting_day(session: Session, meeting_id: int) -> date | None:
    """The meeting's date where it took place: the day a gift exchanged there is dated."""
    row = session.execute(
        select(Meeting.starts_at, Meeting.zone).where(Meeting.id == meeting_id)
    ).first()
    return local_wall(row.starts_at, row.zone).date() if row else None


@dataclass(frozen=True, slots=True)
class RegisterRow:
    gift: Gift
    state: str | None


def register(session: Session, fiscal: int | None, threshold: int) -> list[RegisterRow]:
    """The gifts of a fiscal year (or every gift), oldest first, each with what it needs.

    Read under the caller's confidentiality scope: gifts of confidential meetings and trips
    come only when the caller asked for them."""
    stmt = (
        select(Gift)
        .options(
            selectinload(Gift.counterpart),
            selectinload(Gift.meeting),
            selectinload(Gift.trip),
        )
        .order_by(Gift.exchanged_on, Gift.id)
    )
    if fiscal is not None:
        stmt = stmt.where(in_fiscal_year(fiscal))
    return [RegisterRow(g, state_of(g, threshold)) for g in session.scalars(stmt)]


@rule(Gift)
def _trip_of_meeting(session: Session, gift: Gift | None, values: dict) -> dict:
    """A gift exchanged at a meeting of a trip belongs to that trip (its briefing lists it)."""
    if values.get("meeting_id") is None:
        return values
    trip_id = session.scalar(select(Meeting.trip_id).where(Meeting.id == values["meeting_id"]))
    return {**values, "trip_id": trip_id} if trip_id is not None else values
