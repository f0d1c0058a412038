"""The synthetic 20-year office: sizes of a large protocol office, for measuring speed.

Deterministic from a seed. Rows go in with Core bulk inserts and explicit
keys (ORM add_all is ten times slower here), so this bypasses the audit trail
on purpose: nobody made these changes.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, select

from ..models import (
    Agreement,
    AgreementKind,
    BudgetCategory,
    BudgetLine,
    City,
    CityStatus,
    Classification,
    Commitment,
    CommitmentStatus,
    Counterpart,
    DelegateRole,
    Gift,
    GiftDirection,
    ItineraryItem,
    ItineraryKind,
    Meeting,
    MeetingAttendee,
    MeetingLevel,
    MembershipRole,
    Network,
    NetworkMembership,
    Objective,
    Organization,
    OrganizationKind,
    OwnerSide,
    PrecedenceOffice,
    RelationshipLevel,
    Side,
    StaffMember,
    Target,
    Trip,
    TripDelegate,
    TripDirection,
    TripStatus,
    meeting_objective,
    trip_objective,
)
from ..search import rebuild_search_index
from . import facts
from .scripts import CJK_SCRIPTS, COUNTRIES, make_name

DEFAULT_SEED = 20141201
FIRST_DAY = date(2007, 1, 1)
LAST_DAY = date(2026, 12, 31)
CHUNK = 5000


# One meeting in fifteen at head-of-city level, two at deputy level, four with senior officials.
LEVEL_CYCLE = [
    MeetingLevel.HEAD_OF_CITY,
    *[MeetingLevel.DEPUTY] * 2,
    *[MeetingLevel.SENIOR_OFFICIAL] * 4,
    *[MeetingLevel.WORKING] * 8,
]


@dataclass(frozen=True)
class Sizes:
    cities: int = 500
    counterparts: int = 8_000
    staff: int = 150
    outbound_trips: int = 600
    inbound_visits: int = 8_000
    meetings: int = 25_000
    commitments: int = 80_000
    agreements: int = 200
    gifts: int = 10_000
    largest_trip_items: int = 200


FULL = Sizes()


# Each position's office in the order of precedence.
OFFICE_OF = {
    "Governor": "Governor or mayor",
    "Mayor": "Governor or mayor",
    "Vice Governor": "Vice-governor or deputy mayor",
    "Vice Mayor": "Vice-governor or deputy mayor",
    "Council Chair": "Assembly speaker",
    "Director General": "Director-general",
    "Secretary General": "Director-general",
    "Director": "Director",
    "Head of International Relations": "Director",
    "Deputy Director": "Manager",
    "Manager": "Manager",
    "Protocol Officer": "Officer",
    "Interpreter": "Officer",
    "Press Officer": "Officer",
}


def _insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK):
        conn.execute(table.insert(), rows[start : start + CHUNK])


class LargeOffice:
    def __init__(self, seed: int, sizes: Sizes, progress: Callable[[str], None] | None) -> None:
        self.rng = random.Random(seed)
        self.sizes = sizes
        self.progress = progress or (lambda _msg: None)
        self.now = datetime(2026, 11, 1, tzinfo=UTC)
        self.cities: list[dict[str, Any]] = []
        self.people_by_city: dict[int, list[int]] = {}
        self.staff_ids: list[int] = []

    def stamp(self) -> dict[str, Any]:
        return {"version": 1, "created_at": self.now, "updated_at": self.now}

    def day(self) -> date:
        return FIRST_DAY + timedelta(days=self.rng.randrange((LAST_DAY - FIRST_DAY).days))

    def write(self, conn: Connection) -> dict[str, int]:
        counts: dict[str, int] = {}
        # The order of precedence the office starts with, by office (written by a migration).
        self.office_ids = dict(
            conn.execute(select(PrecedenceOffice.name_en, PrecedenceOffice.id)).all()
        )
        for name, step in [
            ("cities", self.make_cities),
            ("organizations", self.make_organizations),
            ("staff", self.make_staff),
            ("counterparts", self.make_counterparts),
            ("agreements", self.make_agreements),
            ("networks", self.make_networks),
            ("strategy", self.make_strategy),
            ("trips", self.make_trips),
            ("meetings", self.make_meetings),
            ("commitments", self.make_commitments),
            ("gifts", self.make_gifts),
        ]:
            self.progress(f"Writing {name}")
            for table, rows in step():
                _insert(conn, table, rows)
                counts[table.name] = counts.get(table.name, 0) + len(rows)
        return counts

    # -- record ---------------------------------------------------------------------------

    def make_cities(self) -> Iterator[tuple[Table, list[dict[str, Any]]]]:
        rng = self.rng
        en, loc, ja, cc, tz, lat, lon, *_ = facts.CITIES["tokyo"]
        rows = [
            {
                "id": 1,
                "name_en": en,
                "name_local": loc,
                "name_ja": ja,
                "country_code": cc,
                "timezone": tz,
                "latitude": lat,
                "longitude": lon,
                "relationship_level": RelationshipLevel.NONE,
                "status": CityStatus.ACTIVE,
                "priority": 1,
                "is_home": True,
                "region": None,
                "notes": None,
                **self.stamp(),
            }
        ]
        codes = [c for c in COUNTRIES if c != "JP"] + ["JP"]
        levels = list(RelationshipLevel)
        seen: set[str] = {"Tokyo"}
        while len(rows) < self.sizes.cities:
            code = codes[len(rows) % len(codes)] if len(rows) < len(codes) else rng.choice(codes)
            script, zone, clat, clon = COUNTRIES[code]
            local, latin, japanese = make_name(rng, script, rng.randint(2, 3))
            if latin in seen:
                continue
            seen.add(latin)
            rows.append(
                {
                    "id": len(rows) + 1,
                    "name_en": latin,
                    "name_local": local,
                    "name_ja": japanese,
                    "country_code": code,
                    "timezone": zone,
                    "latitude": round(max(-89.0, min(89.0, clat + rng.uniform(-4, 4))), 4),
                    "longitude": round(((clon + rng.uniform(-6, 6) + 180) % 360) - 180, 4),
                    "relationship_level": rng.choices(levels, weights=[30, 40, 15, 10, 5])[0],
                    "status": rng.choice(list(CityStatus)),
                    "priority": rng.randint(1, 5),
                    "is_home": False,
                    "region": None,
                    "notes": None,
                    **self.stamp(),
                }
            )
        self.cities = rows
        yield City.__table__, rows

    def make_organizations(self) -> Iterator[tuple[Table, list[dict[str, Any]]]]:
        rows = [
            {
                "id": c["id"],
                "name": f"{c['name_en']} City Government",
                "name_local": c["name_local"],
                "kind": OrganizationKind.CITY_GOVERNMENT,
                "city_id": c["id"],
                "country_code": c["country_code"],
                "website": None,
                "notes": None,
                **self.stamp(),
            }
            for c in self.cities
        ]
        yield Organization.__table__, rows

    def make_staff(self) -> Iterator[tuple[Table, list[dict[str, Any]]]]:
        rows = []
        for i in range(1, self.sizes.staff + 1):
            family, family_latin, _ = make_name(self.rng, "kana", 2)
            given, given_latin, _ = make_name(self.rng, "kana", 2)
            rows.append(
                {
                    "id": i,
                    "family_name": family_latin,
                    "given_name": given_latin,
                    "name_ja": f"{family} {given}",
                    "title": self.rng.choice(
                        [
                            "Protocol Officer",
                            "Director",
                            "Deputy Director",
                            "Interpreter",
                            "Press Officer",
                            "Manager",
                            "Governor",
                            "Vice Governor",
                        ]
                    ),
                    "department": "Office for City Diplomacy",
                    "office_id": None,
                    "office_since": None,
                    "email": None,
                    "phone": None,
                    "active": i % 7 != 0,
                    **self.stamp(),
                }
            )
        for r in rows:
            r["office_id"] = self.office_ids.get(OFFICE_OF.get(r["title"], ""))
            r["office_since"] = r["office_id"] and date(2010 + r["id"] % 12, 4, 1)
        self.staff_ids = [r["id"] for r in rows]
        yield StaffMember.__table__, rows

    def make_counterparts(self) -> Iterator[tuple[Table, list[dict[str, Any]]]]:
        rng, rows = self.rng, []
        foreign = self.cities[1:]
        for i in range(1, self.sizes.counterparts + 1):
            city = foreign[(i - 1) % len(foreign)] if i <= len(foreign) else rng.choice(foreign)
            script = COUNTRIES[city["country_code"]][0]
            cjk = script in CJK_SCRIPTS
            fam_local, fam_latin, _ = make_name(rng, script, 1 if cjk else 2)
            giv_local, giv_latin, _ = make_name(rng, script, 2)
            start = self.day()
            ended = rng.random() < 0.35
            rows.append(
                {
                    "id": i,
                    "family_name": fam_latin,
                    "given_name": giv_latin,
                    "family_name_local": None if script == "latin" else fam_local,
                    "given_name_local": None if script == "latin" else giv_local,
                    "family_name_first": cjk,
                    "honorific": rng.choice(["Mr", "Ms", "Dr", "H.E."]),
                    "form_of_address": None,
                    "position": rng.choice(
                        [
                            "Mayor",
                            "Vice Mayor",
                            "Director General",
                            "Head of International Relations",
                            "Council Chair",
                            "Secretary General",
                            "Deputy Director",
                        ]
                    ),
                    "organization_id": city["id"],
                    "city_id": city["id"],
                    "office_id": None,
                    "term_start": start,
                    "term_end": start + timedelta(days=rng.randint(365, 2500)) if ended else None,
                    "languages": None,
                    "interpreter_needed": rng.random() < 0.6,
                    "dietary_notes": rng.choice(
                        [None, None, None, "Vegetarian", "Halal", "No alcohol"]
                    ),
                    "protocol_notes": None,
                    "email": None,
                    "phone": None,
                    "notes": None,
                    **self.stamp(),
                }
            )
            self.people_by_city.setdefault(city["id"], []).append(i)
        for r in rows:
            r["office_id"] = self.office_ids.get(OFFICE_OF.get(r["position"], ""))
        yield Counterpart.__table__, rows

    def make_agreements(self) -> Iterator[tuple[Table, list[dict[str, Any]]]]:
        rng, rows = self.rng, []
        kinds = list(AgreementKind)
        for i in range(1, self.sizes.agreements + 1):
            city = self.cities[1 + (i - 1) % (len(self.cities) - 1)]
            signed = date(1960, 1, 1) + timedelta(days=rng.randrange(66 * 365))
            kind = rng.choice(kinds)
            rows.append(
                {
                    "id": i,
                    "kind": kind,
                    "title": f"{kind.value.replace('_', ' ').capitalize()} with {city['name_en']}",
                    "city_id": city["id"],
                    "organization_id": city["id"],
                    "signed_on": signed,
                    "effective_on": signed,
                    "expires_on": signed + timedelta(days=365 * 5)
                    if kind is AgreementKind.MOU
                    else None,
                    "ended_on": None,
                    "renewed_on": None,
                    "legally_binding": kind is not AgreementKind.MOU,
                    "fields_of_cooperation": "environment; culture; tourism",
                    "renewal_terms": None,
                    "document_ref": None,
                    "notes": None,
                    **self.stamp(),
                }
            )
        yield Agreement.__table__, rows

    def make_networks(self) -> Iterator[tuple[Table, list[dict[str, Any]]]]:
        nets, members = [], []
        for i, spec in enumerate(facts.NETWORKS, start=1):
            nets.append(
                {
                    "id": i,
                    "name": spec["name"],
                    "short_name": spec["short_name"],
                    "name_ja": spec["name_ja"],
                    "founded_year": spec["founded_year"],
                    "website": None,
                    "description": spec["description"],
                    **self.stamp(),
                }
            )
            chosen = {1} | {c["id"] for c in self.rng.sample(self.cities[1:], 40)}
            for city_id in sorted(chosen):
                members.append(
                    {
                        "id": len(members) + 1,
                        "network_id": i,
                        "city_id": city_id,
                        "role": MembershipRole.MEMBER,
                        "joined_on": None,
                        "left_on": None,
                        "notes": None,
                        **self.stamp(),
                    }
                )
        yield Network.__table__, nets
        yield NetworkMembership.__table__, members

    def make_strategy(self) -> Iterator[tuple[Table, list[dict[str, Any]]]]:
        yield (
            Objective.__table__,
            [
                {"id": n, "number": n, "title": t, "title_ja": tj, "description": d, **self.stamp()}
                for n, t, tj, d in facts.OBJECTIVES
            ],
        )
        yield (
            Target.__table__,
            [
                {
                    "id": i,
                    "title": s["title"],
                    "title_ja": s["title_ja"],
                    "target_count": s["target_count"],
                    "starts_on": s["starts_on"],
                    "deadline": s["deadline"],
                    "rule": facts.RELATIONS_RULE,
                    "milestones": s["milestones"],
                    "objective_id": s["objective"],
                    "notes": None,
                    **self.stamp(),
                }
                for i, s in enumerate(facts.TARGETS, start=1)
            ],
        )

    # -- trips and meetings -----------------------------------------------------------------

    def make_trips(self) -> Iterator[tuple[Table, list[dict[str, Any]]]]:
        rng = self.rng
        trips, delegates, items, budget, objectives = [], [], [], [], []
        total = self.sizes.outbound_trips + self.sizes.inbound_visits
        self.trip_rows = trips
        for i in range(1, total + 1):
            outbound = i <= self.sizes.outbound_trips
            city = rng.choice(self.cities[1:])
            start = self.day()
            largest = i == 1
            length = 14 if largest else rng.randint(2, 7) if outbound else rng.randint(1, 4)
            end = start + timedelta(days=length - 1)
            people = self.people_by_city.get(city["id"], [])
            status = (
                TripStatus.COMPLETED
                if end < date(2026, 11, 1)
                else rng.choice([TripStatus.IDEA, TripStatus.PLANNING, TripStatus.CONFIRMED])
            )
            if rng.random() < 0.03:
                status = TripStatus.CANCELLED
            trips.append(
                {
                    "id": i,
                    "direction": TripDirection.OUTBOUND if outbound else TripDirection.INBOUND,
                    "title": (
                        f"{city['name_en']}: mission {start.year}"
                        if outbound
                        else f"Visit from {city['name_en']} ({city['name_local'] or city['name_en']})"
                    ),
                    "purpose": "Exchange on urban policy.",
                    "status": status,
                    "start_date": start,
                    "end_date": end,
                    "lead_staff_id": rng.choice(self.staff_ids) if outbound else None,
                    "lead_counterpart_id": None if outbound or not people else rng.choice(people),
                    "destination_city_id": city["id"] if outbound else 1,
                    "classification": rng.choices(list(Classification), weights=[3, 6, 1])[0],
                    "notes": None,
                    **self.stamp(),
                }
            )
            for n in rng.sample([1, 2, 3], rng.randint(1, 2)):
                objectives.append({"trip_id": i, "objective_id": n})
            if outbound:
                for j, staff_id in enumerate(rng.sample(self.staff_ids, rng.randint(3, 8))):
                    delegates.append(
                        {
                            "id": len(delegates) + 1,
                            "trip_id": i,
                            "staff_id": staff_id,
                            "counterpart_id": None,
                            "role": DelegateRole.HEAD
                            if j == 0
                            else rng.choice(list(DelegateRole)[1:]),
                            "notes": None,
                            **self.stamp(),
                        }
                    )
                for category in (
                    BudgetCategory.AIRFARE,
                    BudgetCategory.HOTEL,
                    BudgetCategory.PER_DIEM,
                ):
                    budget.append(
                        {
                            "id": len(budget) + 1,
                            "trip_id": i,
                            "category": category,
                            "description": None,
                            "amount": Decimal(rng.randint(50, 3000) * 1000),
                            "currency": "JPY",
                            "rate_to_jpy": None,
                            **self.stamp(),
                        }
                    )
            else:
                for person in rng.sample(people, min(len(people), rng.randint(1, 3))):
                    delegates.append(
                        {
                            "id": len(delegates) + 1,
                            "trip_id": i,
                            "staff_id": None,
                            "counterpart_id": person,
                            "role": DelegateRole.STAFF,
                            "notes": None,
                            **self.stamp(),
                        }
                    )
            count = (
                self.sizes.largest_trip_items
                if largest
                else (rng.randint(4, 10) if outbound else 2)
            )
            zone = city["timezone"] if outbound else "Asia/Tokyo"
            first = datetime(start.year, start.month, start.day, 0, 0, tzinfo=UTC)
            span = max(1, length * 24 * 60 // count)
            for k in range(count):
                begins = first + timedelta(minutes=k * span + rng.randint(0, span // 3))
                kind = rng.choice(list(ItineraryKind))
                items.append(
                    {
                        "id": len(items) + 1,
                        "trip_id": i,
                        "kind": kind,
                        "title": f"{kind.value.capitalize()} {k + 1}",
                        "starts_at": begins,
                        "start_zone": zone,
                        "ends_at": begins + timedelta(minutes=rng.randint(30, max(31, span // 2))),
                        "end_zone": zone,
                        "city_id": city["id"] if outbound else 1,
                        "venue": None,
                        "details": None,
                        "position": k,
                        **self.stamp(),
                    }
                )
        self.items_by_trip: dict[int, list[dict[str, Any]]] = {}
        for item in items:
            self.items_by_trip.setdefault(item["trip_id"], []).append(item)
        yield Trip.__table__, trips
        yield trip_objective, objectives
        yield TripDelegate.__table__, delegates
        yield BudgetLine.__table__, budget
        yield ItineraryItem.__table__, items

    def make_meetings(self) -> Iterator[tuple[Table, list[dict[str, Any]]]]:
        rng = self.rng
        meetings, attendees, objectives = [], [], []
        trips = self.trip_rows
        self.meeting_rows = meetings
        for i in range(1, self.sizes.meetings + 1):
            trip = trips[0] if i <= 60 else (rng.choice(trips) if rng.random() < 0.85 else None)
            if trip is not None:
                city_id = (
                    trip["destination_city_id"]
                    if trip["direction"] is TripDirection.OUTBOUND
                    else 1
                )
                partner_city = (
                    trip["destination_city_id"]
                    if city_id != 1
                    else rng.choice(self.cities[1:])["id"]
                )
                day = trip["start_date"] + timedelta(
                    days=rng.randrange((trip["end_date"] - trip["start_date"]).days + 1)
                )
            else:
                partner_city = rng.choice(self.cities[1:])["id"]
                city_id = rng.choice([1, partner_city])
                day = self.day()
            zone = self.cities[city_id - 1]["timezone"]
            starts = datetime(
                day.year, day.month, day.day, rng.randint(0, 9), rng.choice([0, 30]), tzinfo=UTC
            )
            meetings.append(
                {
                    "id": i,
                    "trip_id": trip["id"] if trip else None,
                    "itinerary_item_id": None,
                    "title": rng.choice(
                        [
                            "Courtesy call",
                            "Working meeting",
                            "Talks",
                            "Dinner",
                            "Video call",
                            "Site visit debrief",
                        ]
                    )
                    + f" #{i}",
                    "starts_at": starts,
                    "ends_at": starts + timedelta(minutes=rng.choice([30, 60, 90])),
                    "zone": zone,
                    "city_id": city_id,
                    "venue": None,
                    "language": "English",
                    "interpreter": None,
                    "agenda": "Cooperation in urban policy.",
                    "talking_points": "Points for the head of delegation.",
                    "outcome": "Both sides agreed to continue the exchange."
                    if day < date(2026, 11, 1)
                    else None,
                    "decisions": None,
                    "atmosphere": rng.randint(2, 5),
                    "level": LEVEL_CYCLE[i % len(LEVEL_CYCLE)],
                    "classification": rng.choices(list(Classification), weights=[3, 6, 1])[0],
                    "follow_up": None,
                    **self.stamp(),
                }
            )
            objectives.append({"meeting_id": i, "objective_id": rng.randint(1, 3)})
            for staff_id in rng.sample(self.staff_ids, 2):
                attendees.append(
                    {
                        "id": len(attendees) + 1,
                        "meeting_id": i,
                        "side": Side.OURS,
                        "staff_id": staff_id,
                        "counterpart_id": None,
                        "role": None,
                        **self.stamp(),
                    }
                )
            people = self.people_by_city.get(partner_city) or [1]
            for person in rng.sample(people, min(len(people), rng.randint(1, 3))):
                attendees.append(
                    {
                        "id": len(attendees) + 1,
                        "meeting_id": i,
                        "side": Side.THEIRS,
                        "staff_id": None,
                        "counterpart_id": person,
                        "role": None,
                        **self.stamp(),
                    }
                )
        yield Meeting.__table__, meetings
        yield meeting_objective, objectives
        yield MeetingAttendee.__table__, attendees

    def make_commitments(self) -> Iterator[tuple[Table, list[dict[str, Any]]]]:
        rng, rows = self.rng, []
        statuses = list(CommitmentStatus)
        for i in range(1, self.sizes.commitments + 1):
            meeting = (
                self.meeting_rows[(i - 1) % len(self.meeting_rows)]
                if i <= len(self.meeting_rows)
                else rng.choice(self.meeting_rows)
            )
            made = meeting["starts_at"].date()
            due = made + timedelta(days=rng.randint(14, 540))
            status = rng.choices(statuses, weights=[25, 15, 50, 10])[0]
            side = rng.choice(list(OwnerSide))
            rows.append(
                {
                    "id": i,
                    "meeting_id": meeting["id"],
                    "text": f"Follow-up action {i}: send materials and arrange the next step.",
                    "owner_side": side,
                    "owner_staff_id": rng.choice(self.staff_ids)
                    if side is OwnerSide.OURS
                    else None,
                    "owner_counterpart_id": None,
                    "due_on": due,
                    "status": status,
                    "completed_on": due - timedelta(days=rng.randint(0, 10))
                    if status is CommitmentStatus.DONE
                    else None,
                    "notes": None,
                    **self.stamp(),
                }
            )
        yield Commitment.__table__, rows

    def make_gifts(self) -> Iterator[tuple[Table, list[dict[str, Any]]]]:
        rng, rows = self.rng, []
        for i in range(1, self.sizes.gifts + 1):
            meeting = rng.choice(self.meeting_rows)
            received = rng.random() < 0.5
            value = rng.choice([3_000, 10_000, 25_000, 50_000, 120_000])
            on = meeting["starts_at"].date()
            rows.append(
                {
                    "id": i,
                    "direction": GiftDirection.RECEIVED if received else GiftDirection.GIVEN,
                    "counterpart_id": rng.randint(1, self.sizes.counterparts),
                    "meeting_id": meeting["id"],
                    "trip_id": meeting["trip_id"],
                    "description": rng.choice(
                        [
                            "Porcelain plate",
                            "Book of photographs",
                            "Lacquer box",
                            "Tea set",
                            "Silk scarf",
                            "Medal",
                        ]
                    ),
                    "value_jpy": value,
                    "exchanged_on": on,
                    "disposition": None,
                    "disposition_note": None,
                    "declared_on": on + timedelta(days=10)
                    if received and rng.random() < 0.8
                    else None,
                    "declaration_ref": None,
                    "notes": None,
                    **self.stamp(),
                }
            )
        yield Gift.__table__, rows


def write_large_office(
    conn: Connection,
    *,
    seed: int = DEFAULT_SEED,
    sizes: Sizes = FULL,
    progress: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """Insert the synthetic office into an empty schema on `conn`; return row counts per table."""
    counts = LargeOffice(seed, sizes, progress).write(conn)
    if progress:
        progress("Indexing names for search")
    counts["search_entry"] = rebuild_search_index(conn)
    if conn.dialect.name == "postgresql":
        _reset_sequences(conn, counts)
    return counts


def _reset_sequences(conn: Connection, counts: dict[str, int]) -> None:
    """Explicit keys leave PostgreSQL's sequences behind: move them past the last key."""
    from sqlalchemy import text

    for table in counts:
        if table in ("trip_objective", "meeting_objective", "search_entry"):
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM {table}))"
            )
        )
