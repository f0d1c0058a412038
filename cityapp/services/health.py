"""Relationship health: one score per partner city, with the reasons behind it.

The score is out of 100 and adds five parts, each computed from the records:

- Recency (30): the last meeting or visit either way. Within a year: 30; then down evenly to
  nothing at five years.
- Cadence (20): 4 for each of the last five calendar years with any contact.
- Reciprocity (15): in the last five years, visits both ways 15; one way only 7.
- Commitments kept (20): of the commitments due in the last five years, the share done, for
  our side (10) and theirs (10); joint ones count for both; a side with none due gets 5.
  Overdue and dropped ones count as not kept.
- Agreements (15): one in force 15, or 8 if the last in force expires within a year; an ended
  or expired one 3; none 0.

70 and above is strong, 40 to 69 fair, below 40 weak.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, func, select, type_coerce, union
from sqlalchemy.orm import Session

from ..i18n import QT_TRANSLATE_NOOP, Joined
from ..models import (
    Agreement,
    City,
    Commitment,
    CommitmentStatus,
    Counterpart,
    Meeting,
    MeetingAttendee,
    OwnerSide,
)
from .contacts import ANY_LEVEL, Contacts, load_contacts, years_before
from .office_cache import while_unchanged

EXPLANATION = QT_TRANSLATE_NOOP(
    "health",
    "The score is out of 100 and adds five parts, each computed from the records:\n\n"
    "- Recency (30): the last meeting or visit either way. Within a year: 30; then down evenly "
    "to nothing at five years.\n"
    "- Cadence (20): 4 for each of the last five calendar years with any contact.\n"
    "- Reciprocity (15): in the last five years, visits both ways 15; one way only 7.\n"
    "- Commitments kept (20): of the commitments due in the last five years, the share done, "
    "for our side (10) and theirs (10); joint ones count for both; a side with none due gets 5. "
    "Overdue and dropped ones count as not kept.\n"
    "- Agreements (15): one in force 15, or 8 if the last in force expires within a year; an "
    "ended or expired one 3; none 0.\n\n"
    "70 and above is strong, 40 to 69 fair, below 40 weak.",
)
PART_NAMES = {
    "Recency": QT_TRANSLATE_NOOP("health", "Recency"),
    "Cadence": QT_TRANSLATE_NOOP("health", "Cadence"),
    "Reciprocity": QT_TRANSLATE_NOOP("health", "Reciprocity"),
    "Commitments": QT_TRANSLATE_NOOP("health", "Commitments"),
    "Agreements": QT_TRANSLATE_NOOP("health", "Agreements"),
}
BANDS = {
    "strong": QT_TRANSLATE_NOOP("health", "strong"),
    "fair": QT_TRANSLATE_NOOP("health", "fair"),
    "weak": QT_TRANSLATE_NOOP("health", "weak"),
}

STRONG, FAIR = 70, 40
WINDOW_YEARS = 5


@dataclass(frozen=True, slots=True)
class Part:
    name: str
    points: int
    out_of: int
    why: str


@dataclass(frozen=True, slots=True)
class Health:
    city_id: int
    city: str
    country_code: str
    level: str
    parts: tuple[Part, ...]

    @property
    def score(self) -> int:
        return sum(p.points for p in self.parts)

    @property
    def band(self) -> str:
        return "strong" if self.score >= STRONG else "fair" if self.score >= FAIR else "weak"

    @property
    def reason_lines(self) -> list[str]:
        """One message per part: "Recency 30/30: last contact …"."""
        return [
            QT_TRANSLATE_NOOP("health", "{part} {points}/{out_of}: {why}").format(
                part=PART_NAMES.get(p.name, p.name), points=p.points, out_of=p.out_of, why=p.why
            )
            for p in self.parts
        ]

    @property
    def reasons(self) -> str:
        return Joined(QT_TRANSLATE_NOOP("health", "; "), self.reason_lines)

    def part(self, name: str) -> Part:
        return next(p for p in self.parts if p.name == name)


def recency(contacts: Contacts, city: int, today: date) -> Part:
    last = max(
        (
            d
            for d in (
                contacts.last_meeting(city, today),
                contacts.last_visit(city, today, {"outbound", "inbound"}),
            )
            if d is not None
        ),
        default=None,
    )
    if last is None:
        return Part("Recency", 0, 30, QT_TRANSLATE_NOOP("health", "no meeting or visit recorded"))
    days = (today - last).days
    # Full marks within a year, then down evenly to nothing at five years.
    points = 30 if days <= 365 else max(0, round(30 * (5 * 365 - days) / (4 * 365)))
    years = days / 365.25
    ago = (
        QT_TRANSLATE_NOOP("health", "{days} days ago").format(days=days)
        if days < 365
        else QT_TRANSLATE_NOOP("health", "{years} years ago").format(years=f"{years:.1f}")
    )
    return Part(
        "Recency",
        points,
        30,
        QT_TRANSLATE_NOOP("health", "last contact {day} ({ago})").format(
            day=last.isoformat(), ago=ago
        ),
    )


def cadence(contacts: Contacts, city: int, today: date) -> Part:
    years = contacts.contact_years(city, today.year - WINDOW_YEARS + 1, today.year)
    listed = ", ".join(str(y) for y in sorted(years)) or QT_TRANSLATE_NOOP("health", "none")
    return Part(
        "Cadence",
        4 * len(years),
        20,
        QT_TRANSLATE_NOOP("health", "contact in {n} of the last {window} years ({years})").format(
            n=len(years), window=WINDOW_YEARS, years=listed
        ),
    )


def reciprocity(contacts: Contacts, city: int, today: date) -> Part:
    since = years_before(today, WINDOW_YEARS)
    ours = contacts.visited(city, since, today, {"outbound"})
    theirs = contacts.visited(city, since, today, {"inbound"})
    if ours and theirs:
        return Part(
            "Reciprocity",
            15,
            15,
            QT_TRANSLATE_NOOP("health", "visits both ways (ours {ours}, theirs {theirs})").format(
                ours=ours.last.isoformat(), theirs=theirs.last.isoformat()
            ),
        )
    if ours:
        return Part(
            "Reciprocity",
            7,
            15,
            QT_TRANSLATE_NOOP("health", "only we visited ({day}); no visit from them").format(
                day=ours.last.isoformat()
            ),
        )
    if theirs:
        return Part(
            "Reciprocity",
            7,
            15,
            QT_TRANSLATE_NOOP("health", "only they visited ({day}); no visit of ours").format(
                day=theirs.last.isoformat()
            ),
        )
    return Part(
        "Reciprocity",
        0,
        15,
        QT_TRANSLATE_NOOP("health", "no visit either way in {window} years").format(
            window=WINDOW_YEARS
        ),
    )


def commitments(kept: dict[str, tuple[int, int]]) -> Part:
    """`kept`: side -> (kept, due) for the city."""
    points = 0
    words = []
    sides = (
        ("ours", QT_TRANSLATE_NOOP("health", "ours")),
        ("theirs", QT_TRANSLATE_NOOP("health", "theirs")),
    )
    for side, label in sides:
        done, due = kept.get(side, (0, 0))
        if due == 0:
            points += 5
            words.append(QT_TRANSLATE_NOOP("health", "{side}: none due").format(side=label))
        else:
            points += round(10 * done / due)
            words.append(
                QT_TRANSLATE_NOOP("health", "{side}: {done} of {due} kept").format(
                    side=label, done=done, due=due
                )
            )
    return Part("Commitments", points, 20, Joined(QT_TRANSLATE_NOOP("health", ", "), words))


def agreements(rows: list[tuple[str, date | None, date | None, date | None]], today: date) -> Part:
    """`rows`: (title, signed or effective, expires, ended) of the city's agreements."""
    in_force = [
        (title, expires)
        for title, start, expires, ended in rows
        if (start is None or start <= today)
        and (ended is None or ended > today)
        and (expires is None or expires >= today)
    ]
    if in_force:
        if any(expires is None for _t, expires in in_force):
            title = next(t for t, e in in_force if e is None)
            return Part(
                "Agreements",
                15,
                15,
                QT_TRANSLATE_NOOP("health", "in force: {title}").format(title=title),
            )
        title, expires = max(in_force, key=lambda p: p[1])
        if (expires - today).days <= 365:
            return Part(
                "Agreements",
                8,
                15,
                QT_TRANSLATE_NOOP("health", "{title} expires {day}: renew").format(
                    title=title, day=expires.isoformat()
                ),
            )
        return Part(
            "Agreements",
            15,
            15,
            QT_TRANSLATE_NOOP("health", "in force until {day}: {title}").format(
                day=expires.isoformat(), title=title
            ),
        )
    if rows:
        return Part(
            "Agreements", 3, 15, QT_TRANSLATE_NOOP("health", "only ended or expired agreements")
        )
    return Part("Agreements", 0, 15, QT_TRANSLATE_NOOP("health", "no agreement"))


def kept_commitments(
    session: Session, today: date, city_ids: set[int] | None = None
) -> dict[int, dict[str, tuple[int, int]]]:
    """city -> side -> (kept, due) over commitments due in the last five years (of
    `city_ids` only, when given)."""
    # Commitments due in the window, counted per meeting first; then each meeting's partner
    # cities (the place, and the cities of the other side), each once.
    due = select(
        Commitment.meeting_id,
        type_coerce(Commitment.owner_side, String).label("owner_side"),
        type_coerce(Commitment.status, String).label("status"),
        func.count().label("n"),
    ).where(
        Commitment.due_on >= years_before(today, WINDOW_YEARS),
        Commitment.due_on < today,
    )
    if city_ids is not None:  # only the meetings in or with those cities
        due = due.where(
            Commitment.meeting_id.in_(
                union(
                    select(Meeting.id).where(Meeting.city_id.in_(city_ids)),
                    select(MeetingAttendee.meeting_id)
                    .join(Counterpart, Counterpart.id == MeetingAttendee.counterpart_id)
                    .where(Counterpart.city_id.in_(city_ids)),
                )
            )
        )
    per_meeting = due.group_by(Commitment.meeting_id, Commitment.owner_side, Commitment.status).cte(
        "per_meeting"
    )
    with_due = select(per_meeting.c.meeting_id)
    place = select(Meeting.id.label("meeting_id"), Meeting.city_id.label("city_id")).where(
        Meeting.city_id.is_not(None), Meeting.id.in_(with_due)
    )
    people = (
        select(MeetingAttendee.meeting_id, Counterpart.city_id)
        .join(Counterpart, Counterpart.id == MeetingAttendee.counterpart_id)
        .where(Counterpart.city_id.is_not(None), MeetingAttendee.meeting_id.in_(with_due))
    )
    if city_ids is not None:
        place = place.where(Meeting.city_id.in_(city_ids))
        people = people.where(Counterpart.city_id.in_(city_ids))
    cities = union(place, people).cte("meeting_city")
    rows = (
        select(
            cities.c.city_id,
            per_meeting.c.owner_side,
            per_meeting.c.status,
            func.sum(per_meeting.c.n),
        )
        .join(per_meeting, per_meeting.c.meeting_id == cities.c.meeting_id)
        .group_by(cities.c.city_id, per_meeting.c.owner_side, per_meeting.c.status)
    )
    tally: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for city, owner, status, count in session.execute(rows):
        sides = ["ours", "theirs"] if owner == OwnerSide.JOINT else [owner]
        for side in sides:
            tally[city][side][1] += count
            if status == CommitmentStatus.DONE:
                tally[city][side][0] += count
    return {c: {s: (v[0], v[1]) for s, v in sides.items()} for c, sides in tally.items()}


def relationship_health(
    session: Session, today: date, city_ids: set[int] | None = None
) -> list[Health]:
    """Every partner city's health (all cities but our own, or `city_ids`), weakest first."""
    contacts = load_contacts(session, today, levels=ANY_LEVEL, cities=city_ids)
    kept = kept_commitments(session, today, city_ids)
    deals: dict[int, list] = defaultdict(list)
    agreements_of = select(
        Agreement.city_id,
        Agreement.title,
        Agreement.signed_on,
        Agreement.effective_on,
        Agreement.expires_on,
        Agreement.ended_on,
    )
    if city_ids is not None:
        agreements_of = agreements_of.where(Agreement.city_id.in_(city_ids))
    for city, title, signed, effective, expires, ended in session.execute(agreements_of):
        deals[city].append((title, signed or effective, expires, ended))
    found = []
    stmt = select(City.id, City.name_en, City.country_code, City.relationship_level).where(
        City.is_home.is_(False)
    )
    if city_ids is not None:
        stmt = stmt.where(City.id.in_(city_ids))
    for city, name, country, level in session.execute(stmt):
        found.append(
            Health(
                city,
                name,
                country,
                str(level),
                (
                    recency(contacts, city, today),
                    cadence(contacts, city, today),
                    reciprocity(contacts, city, today),
                    commitments(kept.get(city, {})),
                    agreements(deals.get(city, []), today),
                ),
            )
        )
    found.sort(key=lambda h: (h.score, h.city))
    return found


# The last office's health, by database, while nothing has changed (see office_cache).
_CACHE: dict[str, tuple[tuple, list[Health]]] = {}


def office_health(
    session: Session, today: date, *, cached_only: bool = False
) -> list[Health] | None:
    """`relationship_health` for every city, from a cache while nothing has changed (None when
    `cached_only` and nothing is cached)."""
    return while_unchanged(
        _CACHE, session, today, lambda: relationship_health(session, today), cached_only=cached_only
    )
