"""What the Dashboard's tabs show, each read in one call a worker can make.

Each function takes a session and the day; the window calls it on a worker thread and
shows the answer when it arrives (the `cached_*` ones answer at once, or None).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from .commitments import GiftToDeclare, OwnerOverdue, gifts_to_declare, overdue_by_owner
from .health import Health, office_health
from .objectives import ObjectiveSummary, objective_summaries
from .relations import (
    ComingUp,
    PartnerPlace,
    TripAhead,
    agreements_coming_up,
    partner_places,
    trips_ahead,
)
from .strategy import TargetProgress, office_targets

HORIZON_DAYS = 90


@dataclass(frozen=True, slots=True)
class ComingUpFigures:
    trips: list[TripAhead]
    agreements: list[ComingUp]
    overdue_owners: list[OwnerOverdue]
    owners_in_all: int
    gifts: list[GiftToDeclare]


def coming_up(session: Session, today: date) -> ComingUpFigures:
    """Trips and agreement dates in the next 90 days, overdue owners, undeclared gifts."""
    owners, total = overdue_by_owner(session, today)
    return ComingUpFigures(
        trips_ahead(session, today, HORIZON_DAYS),
        agreements_coming_up(session, today, HORIZON_DAYS),
        owners,
        total,
        gifts_to_declare(session),
    )


def objectives(session: Session, today: date) -> list[ObjectiveSummary]:
    return objective_summaries(session)


def targets(session: Session, today: date) -> list[TargetProgress]:
    return office_targets(session, today)


def cached_targets(session: Session, today: date) -> list[TargetProgress] | None:
    return office_targets(session, today, cached_only=True)


def health(session: Session, today: date) -> list[Health]:
    return office_health(session, today)


def cached_health(session: Session, today: date) -> list[Health] | None:
    return office_health(session, today, cached_only=True)


def places(session: Session, today: date) -> list[PartnerPlace]:
    return partner_places(session)
