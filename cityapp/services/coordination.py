"""Coordination with the national government: contacts with the Ministry of Foreign Affairs,
our embassies and consulates abroad and other ministries, kept per trip and per project, and
the trip's checklist, which asks whether the mission was told before the delegation left.

The checklist is one rule, asked by the trip page, the briefing and the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..i18n import QT_TRANSLATE_NOOP, Text
from ..models import (
    MISSIONS,
    BudgetLine,
    City,
    ItineraryItem,
    NationalBody,
    NationalContact,
    Trip,
    TripDelegate,
    TripDirection,
    TripStop,
    trip_objective,
)


def contacts_about(
    session: Session, *, trip_id: int | None = None, project_id: int | None = None
) -> list[NationalContact]:
    """A trip's or a project's contacts with the national government, oldest first."""
    stmt = select(NationalContact).order_by(NationalContact.contacted_on, NationalContact.id)
    if trip_id is not None:
        stmt = stmt.where(NationalContact.trip_id == trip_id)
    else:
        stmt = stmt.where(NationalContact.project_id == project_id)
    return list(session.scalars(stmt))


@dataclass(frozen=True, slots=True)
class CheckItem:
    key: str
    label: Text
    done: bool
    detail: Text | None = None  # what makes it done, or what is missing
    on: date | None = None  # the day it was done, where it has one


def _abroad(session: Session, trip: Trip) -> bool:
    """Whether the trip goes to another country than our own city's."""
    home = session.scalar(select(City.country_code).where(City.is_home))
    countries = set(
        session.scalars(
            select(City.country_code)
            .join(TripStop, TripStop.city_id == City.id)
            .where(TripStop.trip_id == trip.id)
        )
    )
    if trip.destination_city_id is not None:
        countries.add(
            session.scalar(select(City.country_code).where(City.id == trip.destination_city_id))
        )
    return bool(countries - {home}) if home else bool(countries)


def mission_informed(session: Session, trip: Trip) -> CheckItem | None:
    """Whether the national government knew of the trip before it began: for a delegation
    going abroad, our embassy or consulate there; for a visit to us, the Ministry of Foreign
    Affairs. None where nothing needs telling (a trip within the country)."""
    outbound = trip.direction == TripDirection.OUTBOUND
    if outbound and not _abroad(session, trip):
        return None
    bodies = MISSIONS if outbound else frozenset({NationalBody.FOREIGN_MINISTRY})
    first = session.scalar(
        select(func.min(NationalContact.contacted_on)).where(
            NationalContact.trip_id == trip.id,
            NationalContact.body.in_([b.value for b in bodies]),
            NationalContact.contacted_on < trip.start_date,
        )
    )
    label = (
        QT_TRANSLATE_NOOP("coordination", "Embassy or consulate informed before departure")
        if outbound
        else QT_TRANSLATE_NOOP(
            "coordination", "Ministry of Foreign Affairs informed before the visit"
        )
    )
    if first is None:
        detail = QT_TRANSLATE_NOOP(
            "coordination",
            "No contact recorded before the first day: record it on the Government tab.",
        )
        return CheckItem("mission", label, False, detail)
    return CheckItem("mission", label, True, None, first)


def trip_checklist(session: Session, trip_id: int) -> list[CheckItem]:
    """What a trip needs before it leaves, each with whether it is done."""
    trip = session.get(Trip, trip_id)
    if trip is None:
        return []

    def count(stmt) -> int:
        return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0

    delegates = count(select(TripDelegate.id).where(TripDelegate.trip_id == trip_id))
    objectives = count(
        select(trip_objective.c.objective_id).where(trip_objective.c.trip_id == trip_id)
    )
    items = count(select(ItineraryItem.id).where(ItineraryItem.trip_id == trip_id))
    budget = count(select(BudgetLine.id).where(BudgetLine.trip_id == trip_id))
    checks = [
        CheckItem(
            "delegation",
            QT_TRANSLATE_NOOP("coordination", "Delegation named"),
            delegates > 0,
            QT_TRANSLATE_NOOP("coordination", "In the delegation: {n}").format(n=delegates),
        ),
        CheckItem(
            "objectives",
            QT_TRANSLATE_NOOP("coordination", "Objectives served chosen"),
            objectives > 0,
        ),
        CheckItem(
            "itinerary",
            QT_TRANSLATE_NOOP("coordination", "Itinerary planned"),
            items > 0,
            QT_TRANSLATE_NOOP("coordination", "Items: {n}").format(n=items),
        ),
        CheckItem("budget", QT_TRANSLATE_NOOP("coordination", "Budget recorded"), budget > 0),
    ]
    mission = mission_informed(session, trip)
    if mission is not None:
        checks.append(mission)
    return checks
