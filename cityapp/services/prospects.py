"""Choosing partners strategically: cities the office has no relations with yet, scored on
criteria the office weighs, each score with the reasons behind it.

Criteria, each worth 0 to 1 before its weight:
- population: from 100,000 (0) to about 30 million (1), on a logarithmic scale;
- shared issues: the city belongs to a network through which one of our running or planned
  joint projects works (the project's theme is an issue the city shares);
- networks: networks we both belong to now;
- contacts: counterparts there and meetings with the city in the last five years.
The score is the weighted mean, 0 to 100. Weights (0 to 5) are the office's, kept with its data.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ..i18n import QT_TRANSLATE_NOOP, Text
from ..models import (
    City,
    CityStatus,
    Counterpart,
    Meeting,
    Network,
    NetworkMembership,
    OfficeSetting,
    Project,
    ProjectStatus,
    RelationshipLevel,
    project_network,
)
from .contacts import years_before
from .records import InvalidRecord

WEIGHTS_KEY = "prospect_weights"
CRITERIA = ("population", "issues", "networks", "contacts")
DEFAULT_WEIGHTS = {"population": 2, "issues": 3, "networks": 2, "contacts": 3}
CRITERION_LABELS = {
    "population": QT_TRANSLATE_NOOP("prospects", "Population"),
    "issues": QT_TRANSLATE_NOOP("prospects", "Shared issues"),
    "networks": QT_TRANSLATE_NOOP("prospects", "Networks in common"),
    "contacts": QT_TRANSLATE_NOOP("prospects", "Existing contacts"),
}


def weights(session: Session) -> dict[str, int]:
    """The office's weights, the defaults where it has set none."""
    setting = session.get(OfficeSetting, WEIGHTS_KEY)
    chosen = dict(DEFAULT_WEIGHTS)
    if setting is not None:
        try:
            stored = json.loads(setting.value)
        except ValueError:
            stored = {}
        for key in CRITERIA:
            value = stored.get(key) if isinstance(stored, dict) else None
            if isinstance(value, int) and 0 <= value <= 5:
                chosen[key] = value
    return chosen


def set_weights(session: Session, chosen: dict[str, int]) -> None:
    bad = {k: v for k, v in chosen.items() if k not in CRITERIA or not 0 <= int(v) <= 5}
    if bad or not any(int(chosen.get(k, 0)) for k in CRITERIA):
        raise InvalidRecord(
            {
                "weights": QT_TRANSLATE_NOOP(
                    "prospects", "Give each criterion a weight from 0 to 5, at least one above 0."
                )
            }
        )
    value = json.dumps({k: int(chosen.get(k, 0)) for k in CRITERIA})
    setting = session.get(OfficeSetting, WEIGHTS_KEY)
    if setting is None:
        session.add(OfficeSetting(key=WEIGHTS_KEY, value=value))
    else:
        setting.value = value
    session.flush()


@dataclass(slots=True)
class Prospect:
    city_id: int
    name: str
    name_ja: str | None
    country_code: str
    population: int | None
    score: int = 0
    parts: dict[str, float] = field(default_factory=dict)  # criterion -> 0..1
    reasons: list[Text] = field(default_factory=list)


def _population_part(population: int | None) -> float:
    if not population or population <= 0:
        return 0.0
    return min(1.0, max(0.0, (math.log10(population) - 5.0) / 2.5))


def prospects(
    session: Session, today: date, chosen: dict[str, int] | None = None
) -> list[Prospect]:
    """Cities we have no relations with yet, best first."""
    w = chosen or weights(session)
    home = session.scalars(select(City.id).where(City.is_home)).all()
    candidates = {
        c.id: Prospect(c.id, c.name_en, c.name_ja, c.country_code, c.population)
        for c in session.scalars(
            select(City)
            .where(
                City.is_home.is_(False),
                or_(
                    City.status == CityStatus.PROSPECT,
                    City.relationship_level == RelationshipLevel.NONE,
                ),
            )
            .order_by(City.name_en)
        )
    }
    if not candidates:
        return []
    ids = list(candidates)
    current = or_(NetworkMembership.left_on.is_(None), NetworkMembership.left_on > today)

    # Networks each candidate belongs to now.
    member_of: dict[int, set[int]] = {}
    for city_id, network_id in session.execute(
        select(NetworkMembership.city_id, NetworkMembership.network_id).where(
            NetworkMembership.city_id.in_(ids), current
        )
    ):
        member_of.setdefault(city_id, set()).add(network_id)
    ours = set(
        session.scalars(
            select(NetworkMembership.network_id).where(NetworkMembership.city_id.in_(home), current)
        )
    )
    names = dict(
        session.execute(select(Network.id, func.coalesce(Network.short_name, Network.name))).all()
    )
    # Projects (planned or running) and the networks they work through.
    themes: dict[int, list[str]] = {}
    for network_id, title in session.execute(
        select(project_network.c.network_id, Project.title)
        .join(Project, Project.id == project_network.c.project_id)
        .where(Project.status.in_([ProjectStatus.PLANNED, ProjectStatus.RUNNING]))
        .order_by(Project.title)
    ):
        themes.setdefault(network_id, []).append(title)
    counterparts = dict(
        session.execute(
            select(Counterpart.city_id, func.count())
            .where(Counterpart.city_id.in_(ids))
            .group_by(Counterpart.city_id)
        ).all()
    )
    since = years_before(today, 5)
    meetings = dict(
        session.execute(
            select(Meeting.city_id, func.count())
            .where(
                and_(
                    Meeting.city_id.in_(ids),
                    Meeting.starts_at >= datetime(since.year, since.month, since.day, tzinfo=UTC),
                )
            )
            .group_by(Meeting.city_id)
        ).all()
    )
    total_weight = sum(w.get(k, 0) for k in CRITERIA) or 1
    for p in candidates.values():
        networks = member_of.get(p.city_id, set())
        p.parts["population"] = _population_part(p.population)
        p.reasons.append(
            QT_TRANSLATE_NOOP("prospects", "Population {n}").format(n=f"{p.population:,}")
            if p.population
            else QT_TRANSLATE_NOOP("prospects", "Population not recorded")
        )
        issues = sorted({t for n in networks for t in themes.get(n, [])})
        p.parts["issues"] = min(1.0, len(issues) / 2)
        for title in issues:
            via = sorted(names[n] for n in networks if title in themes.get(n, []))
            p.reasons.append(
                QT_TRANSLATE_NOOP(
                    "prospects", "Shares the issue of “{project}” (through {networks})"
                ).format(project=title, networks=", ".join(via))
            )
        common = sorted(names[n] for n in networks & ours)
        p.parts["networks"] = min(1.0, len(common) / 3)
        if common:
            p.reasons.append(
                QT_TRANSLATE_NOOP("prospects", "Fellow member of {networks}").format(
                    networks=", ".join(common)
                )
            )
        people, met = counterparts.get(p.city_id, 0), meetings.get(p.city_id, 0)
        p.parts["contacts"] = min(1.0, (people + met) / 5)
        if people or met:
            p.reasons.append(
                QT_TRANSLATE_NOOP(
                    "prospects", "Counterparts there: {people}; meetings in five years: {met}"
                ).format(people=people, met=met)
            )
        p.score = round(100 * sum(w.get(k, 0) * p.parts[k] for k in CRITERIA) / total_weight)
    return sorted(candidates.values(), key=lambda p: (-p.score, p.name))


def start_relations(session: Session, city_id: int) -> City:
    """Move a prospect into the relationship record: an active city at contact level (a higher
    level already set is kept)."""
    city = session.get(City, city_id)
    if city is None:
        raise InvalidRecord(
            {
                "city": QT_TRANSLATE_NOOP(
                    "prospects", "This city was deleted meanwhile; nothing was changed."
                )
            }
        )
    from .records import update_record

    values: dict = {"status": CityStatus.ACTIVE}
    if city.relationship_level == RelationshipLevel.NONE:
        values["relationship_level"] = RelationshipLevel.CONTACT
    return update_record(session, City, city_id, values, city.version)
