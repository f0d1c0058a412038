"""Progress toward the strategy's targets, computed from the data, never typed in.

A target's rule is JSON, for example {"any": [{"agreement_in_force": true},
{"head_of_city_meeting_within_years": 5}, {"relationship_level_at_least": "friendship"}]}.
Counting by year uses what the database can date: agreements in force at the
year's end and meetings in the years before it; the relationship level has no
history, so it counts only for the current year.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Agreement, City, Meeting, RelationshipLevel, Target

LEVELS = [
    RelationshipLevel.NONE,
    RelationshipLevel.CONTACT,
    RelationshipLevel.FRIENDSHIP,
    RelationshipLevel.SISTER,
    RelationshipLevel.PARTNER,
]


def cities_counting(session: Session, rule: dict, on: date, today: date | None = None) -> set[int]:
    """The cities (other than home) that satisfy a rule on a given day."""
    today = today or date.today()
    clauses = rule.get("any") or [rule]
    found: set[int] = set()
    for clause in clauses:
        if clause.get("agreement_in_force"):
            for a in session.scalars(select(Agreement).where(Agreement.signed_on <= on)):
                if (a.ended_on is None or a.ended_on > on) and (
                    a.expires_on is None or a.expires_on >= on
                ):
                    found.add(a.city_id)
        if (years := clause.get("head_of_city_meeting_within_years")) is not None:
            since = datetime(on.year - int(years), on.month, min(on.day, 28), tzinfo=UTC)
            until = datetime(on.year, on.month, on.day, 23, 59, tzinfo=UTC)
            found |= set(
                session.scalars(
                    select(Meeting.city_id).where(
                        Meeting.starts_at >= since,
                        Meeting.starts_at <= until,
                        Meeting.city_id.is_not(None),
                    )
                )
            )
        if (level := clause.get("relationship_level_at_least")) and on >= today:
            minimum = LEVELS.index(RelationshipLevel(level))
            found |= {
                c.id
                for c in session.scalars(select(City))
                if LEVELS.index(c.relationship_level) >= minimum
            }
    home = {c for c in session.scalars(select(City.id).where(City.is_home))}
    return found - home


def progress_by_year(
    session: Session, target: Target, years: range, today: date | None = None
) -> list[tuple[int, int]]:
    """(year, cities counting at the year's end) for each year."""
    today = today or date.today()
    return [
        (y, len(cities_counting(session, target.rule or {}, min(date(y, 12, 31), today), today)))
        for y in years
    ]
