"""A trip's budget in yen: each line at its own rate, or the rate entered for the trip."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from ..models import BudgetCategory, Trip


@dataclass
class BudgetSummary:
    total_jpy: Decimal = Decimal(0)
    by_category: dict[BudgetCategory, Decimal] = field(default_factory=dict)
    missing_rates: list[str] = field(
        default_factory=list
    )  # currencies with no rate: left out of the total
    line_jpy: dict[int, Decimal | None] = field(default_factory=dict)


def rate_for(trip: Trip, currency: str, line_rate: Decimal | None = None) -> Decimal | None:
    if currency.upper() == "JPY":
        return Decimal(1)
    if line_rate is not None:
        return Decimal(line_rate)
    raw = (trip.exchange_rates or {}).get(currency.upper())
    try:
        return Decimal(str(raw)) if raw not in (None, "") else None
    except InvalidOperation:
        return None


def summarize(trip: Trip) -> BudgetSummary:
    summary = BudgetSummary()
    for line in trip.budget_lines:
        rate = rate_for(trip, line.currency, line.rate_to_jpy)
        if rate is None:
            summary.line_jpy[line.id] = None
            if line.currency.upper() not in summary.missing_rates:
                summary.missing_rates.append(line.currency.upper())
            continue
        yen = (Decimal(line.amount) * rate).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        summary.line_jpy[line.id] = yen
        summary.total_jpy += yen
        summary.by_category[line.category] = (
            summary.by_category.get(line.category, Decimal(0)) + yen
        )
    return summary
