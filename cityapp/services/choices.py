"""What pickers and filters offer, and the small lists pages show beside a record.

Pages ask here instead of building queries: every query of the program lives in
the core, where the rules and the confidentiality scope can reach it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import (
    Bureau,
    City,
    Commitment,
    Counterpart,
    Fund,
    Gift,
    Meeting,
    Network,
    Objective,
    Organization,
    PrecedenceOffice,
    Project,
    StaffMember,
    Trip,
)
from ..timefmt import as_utc, in_zone
from .itinerary import local_wall

_QUERIES = {
    "city": lambda: select(City.id, City.name_en, City.country_code, City.name_ja).order_by(
        City.name_en
    ),
    "organization": lambda: select(Organization.id, Organization.name).order_by(Organization.name),
    "network": lambda: select(Network.id, Network.name).order_by(Network.name),
    "trip": lambda: select(Trip.id, Trip.start_date, Trip.title).order_by(Trip.start_date.desc()),
    "objective": lambda: select(Objective.id, Objective.number, Objective.title).order_by(
        Objective.number
    ),
    "staff": lambda: select(
        StaffMember.id, StaffMember.family_name, StaffMember.given_name
    ).order_by(StaffMember.family_name),
    "bureau": lambda: select(Bureau.id, Bureau.name_en, Bureau.name_ja).order_by(Bureau.name_en),
    "project": lambda: select(Project.id, Project.title, Project.title_ja).order_by(Project.title),
    "fund": lambda: select(Fund.id, Fund.name).order_by(Fund.name),
    "meeting": lambda: select(
        Meeting.id, Meeting.starts_at, Meeting.title, Meeting.title_ja, Meeting.zone
    ).order_by(Meeting.starts_at.desc()),
    "office": lambda: select(
        PrecedenceOffice.id,
        PrecedenceOffice.rank,
        PrecedenceOffice.name_en,
        PrecedenceOffice.name_ja,
    ).order_by(PrecedenceOffice.rank, PrecedenceOffice.name_en),
    "counterpart": lambda: select(
        Counterpart.id, Counterpart.family_name, Counterpart.given_name
    ).order_by(Counterpart.family_name),
}


def _meeting_day(row: Any) -> str:
    """The day a meeting took place where it took place (the driver gives SQLite's as text)."""
    return f"{in_zone(as_utc(row[1]), row[4]):%Y-%m-%d}"


def _person(row: Any) -> str:
    return f"{row[1]} {row[2]}" if row[2] else row[1]


# Each kind's label from its query's row (id first); any other kind's is its second column.
_LABELS = {
    "city": lambda row: f"{row[1]} ({row[2]})",
    "trip": lambda row: f"{row[1]} {row[2]}",
    "meeting": lambda row: f"{_meeting_day(row)} {row[2]}",
    "objective": lambda row: f"{row[1]}. {row[2]}",
    "staff": _person,
    "counterpart": _person,
    "office": lambda row: f"{row[1]}. {row[2]}" + (f" ({row[3]})" if row[3] else ""),
}
# In a Japanese window, where the record has a Japanese name: a city by both (typed either
# way, it is found), the others by their Japanese name.
_JAPANESE = {
    "city": lambda row: f"{row[3]} {row[1]} ({row[2]})" if row[3] else None,
    "meeting": lambda row: f"{_meeting_day(row)} {row[3]}" if row[3] else None,
    "bureau": lambda row: row[2] or None,
    "project": lambda row: row[2] or None,
}


def _labeller(kind: str, language: str):
    plain = _LABELS.get(kind, lambda row: row[1])
    japanese = _JAPANESE.get(kind) if language == "ja" else None
    if japanese is None:
        return plain
    return lambda row: japanese(row) or plain(row)


# The table behind each kind of record a picker lists, where the two names differ.
_TABLES = {"staff": "staff_member", "office": "precedence_office"}


def table_of(kind: str) -> str:
    """The table whose changes change a picker of this kind."""
    return _TABLES.get(kind, kind)


def picker_choices(session: Session, kind: str, language: str = "en") -> list[tuple[int, str]]:
    """(id, label) of every record a picker of this kind offers, in the order it shows them
    (labelled in `language`).

    Read straight from the driver's cursor: a picker of people lists thousands of them on a
    large office, and a row object for each would take longer than the query.
    """
    if kind not in _QUERIES:
        return []
    result = session.connection().execute(_QUERIES[kind]())
    try:
        rows = result.cursor.fetchall()
    finally:
        result.close()
    label = _labeller(kind, language)
    return [(row[0], label(row)) for row in rows]


def picker_labels(
    session: Session, kind: str, ids: list[int], language: str = "en"
) -> list[tuple[int, str]]:
    """(id, label) of these records only, as a picker of this kind labels them: a picker shows
    its record at once and reads the whole list when the officer opens it."""
    if kind not in _QUERIES or not ids:
        return []
    stmt = _QUERIES[kind]()
    key = stmt.selected_columns[0]
    rows = session.execute(stmt.where(key.in_(ids))).all()
    label = _labeller(kind, language)
    return [(row[0], label(row)) for row in rows]


def cities_with_meetings(session: Session) -> list[tuple[int, str]]:
    return [
        (row.id, row.name_en)
        for row in session.execute(
            select(City.id, City.name_en)
            .where(City.id.in_(select(Meeting.city_id)))
            .order_by(City.name_en)
        )
    ]


def objectives(session: Session) -> list[tuple[int, int, str]]:
    return [
        (row.id, row.number, row.title)
        for row in session.execute(
            select(Objective.id, Objective.number, Objective.title).order_by(Objective.number)
        )
    ]


def trip_filter_choices(
    session: Session,
) -> tuple[date | None, date | None, list[tuple[int, str]]]:
    """The first and last day of any trip, and the cities trips go to."""
    first = session.scalar(select(func.min(Trip.start_date)))
    last = session.scalar(select(func.max(Trip.end_date)))
    cities = [
        (row.id, row.name_en)
        for row in session.execute(
            select(City.id, City.name_en)
            .where(City.id.in_(select(Trip.destination_city_id)))
            .order_by(City.name_en)
        )
    ]
    return first, last, cities


def city_zones(session: Session) -> dict[int, str]:
    return {city_id: zone for city_id, zone in session.execute(select(City.id, City.timezone))}


def commitments_made_in(session: Session, meeting_id: int) -> list[Commitment]:
    return list(
        session.scalars(
            select(Commitment).where(Commitment.meeting_id == meeting_id).order_by(Commitment.id)
        )
    )


def gifts_at(session: Session, meeting_id: int) -> list[Gift]:
    return list(
        session.scalars(
            select(Gift).where(Gift.meeting_id == meeting_id).order_by(Gift.exchanged_on, Gift.id)
        )
    )


def meetings_after_commitment(session: Session, commitment_id: int) -> list[tuple[int, str]]:
    """Meetings after the one a commitment was made in: where it can be followed up."""
    made = session.get(Commitment, commitment_id).meeting
    rows = session.execute(
        select(Meeting.id, Meeting.starts_at, Meeting.zone, Meeting.title)
        .where(Meeting.starts_at > made.starts_at)
        .order_by(Meeting.starts_at)
    ).all()
    return [(r.id, f"{local_wall(r.starts_at, r.zone):%Y-%m-%d} {r.title}") for r in rows]
