"""The lists the record pages show: columns, sorting and filtering done in SQL, fetched in pages.

Sorting 100k rows in Python took seconds on this class of machine; in SQL
with a LIMIT it takes milliseconds, so every list is a query.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, case, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import visitors
from sqlalchemy.sql.functions import FunctionElement

from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    Agreement,
    Bureau,
    City,
    Commitment,
    CommitmentStatus,
    Counterpart,
    Fund,
    Gift,
    ItineraryItem,
    Lesson,
    Meeting,
    MeetingAttendee,
    Network,
    NetworkMembership,
    Organization,
    PrecedenceOffice,
    Programme,
    ProgrammeYear,
    Project,
    StaffMember,
    Trip,
    TripDelegate,
    TripStop,
    meeting_objective,
)
from ..models.base import in_japanese
from ..models.people import written_name_sql
from ..search import held_by_few, matching_ids
from ..search_index import has_trigram_table
from . import gifts

PAGE_SIZE = 200


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    expr: ColumnElement[Any]
    kind: str = "text"  # text, date, enum, int, bool, country
    width: int = 120
    stretch: bool = False
    sort: ColumnElement[Any] | None = None  # what the list sorts by, where not what it shows
    # What a Japanese window shows instead (a city's, bureau's or title's Japanese name), the
    # stored English where a record has none; the list then sorts by what it shows.
    japanese: ColumnElement[Any] | None = None

    @property
    def order_by(self) -> ColumnElement[Any]:
        return self.sort if self.sort is not None else self.expr

    def in_language(self, language: str) -> Column:
        if language != "ja" or self.japanese is None:
            return self
        return replace(self, expr=self.japanese, sort=None, japanese=None)


@dataclass(frozen=True)
class ListSpec:
    kind: str  # the search kind, for the filter
    id_column: ColumnElement[int]
    columns: list[Column]
    joins: Callable[[Select], Select]
    default_order: str
    descending: bool = False
    options: dict[str, Callable[[Any], ColumnElement[bool]]] | None = None
    # A short list not in the search index (the order of precedence) filters by its words.
    words: Callable[[str], ColumnElement[bool]] | None = None

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    def in_language(self, language: str) -> ListSpec:
        """The list as a window in `language` shows it: in Japanese, the Japanese names."""
        columns = [c.in_language(language) for c in self.columns]
        if all(new is old for new, old in zip(columns, self.columns, strict=True)):
            return self
        return replace(self, columns=columns)

    def query(
        self,
        text: str | None,
        flags: dict[str, Any] | None = None,
        *,
        counting: bool = False,
        indexed: bool = False,
    ) -> Select:
        columns = (
            [func.count(self.id_column)]
            if counting
            else [self.id_column, *[c.expr for c in self.columns]]
        )
        stmt = self.joins(select(*columns))
        if text and text.strip() and self.words is not None:
            stmt = stmt.where(self.words(text.strip()))
        elif text and text.strip():
            matches = matching_ids(self.kind, text, indexed=indexed)
            # Found by the index, the few matches drive the query. Otherwise `id + 0` keeps the
            # database from driving it by the list of matches: it walks the list in its sort
            # order instead and stops after a page, however many rows match.
            stmt = stmt.where(
                self.id_column.in_(matches) if indexed else (self.id_column + 0).in_(matches)
            )
        for key, value in (flags or {}).items():
            if self.options and key in self.options:
                stmt = stmt.where(self.options[key](value))
        return stmt


def uses_trigrams(session: Session, text: str | None = None) -> bool:
    """Whether a word filter finds its records through SQLite's trigram table: when the table
    is there and the index says few entries hold the word (PostgreSQL answers the same LIKE
    from its pg_trgm index without being asked)."""
    if not (text and text.strip()):
        return False
    conn = session.connection()
    return conn.dialect.name == "sqlite" and has_trigram_table(conn) and held_by_few(session, text)


def fetch_rows(
    session: Session,
    spec: ListSpec,
    *,
    text: str | None = None,
    order: str | None = None,
    descending: bool | None = None,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    flags: dict[str, Any] | None = None,
) -> list[tuple]:
    """One page of a list as tuples: the id first, then one value per column."""
    column = spec.column(order or spec.default_order).order_by
    desc = spec.descending if descending is None else descending
    stmt = spec.query(text, flags, indexed=uses_trigrams(session, text)).order_by(
        column.desc() if desc else column.asc(), spec.id_column
    )
    return [tuple(r) for r in session.execute(stmt.offset(offset).limit(limit))]


def _tables_of(clause: Any) -> set[Any]:
    """Every table or alias a clause's columns come from (subqueries included)."""
    return {
        table
        for element in visitors.iterate(clause)
        if (table := getattr(element, "table", None)) is not None
    }


def ordered_ids(
    session: Session,
    spec: ListSpec,
    *,
    text: str | None = None,
    order: str | None = None,
    descending: bool | None = None,
    flags: dict[str, Any] | None = None,
) -> list[int]:
    """Every id of the list in its sorted order: its length is the count, a record's index is
    its position, and any page is then fetched by its ids (no OFFSET walking the list)."""
    stmt = ids_statement(
        spec,
        text=text,
        order=order,
        descending=descending,
        flags=flags,
        indexed=uses_trigrams(session, text),
    )
    result = session.connection().execute(stmt)
    try:
        # Straight from the driver's cursor: tens of thousands of ids, no row object for each
        # (three times faster on the large office than reading them as rows).
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def ids_statement(
    spec: ListSpec,
    *,
    text: str | None = None,
    order: str | None = None,
    descending: bool | None = None,
    flags: dict[str, Any] | None = None,
    indexed: bool = False,
) -> Select:
    """The SELECT of the list's ids in its sorted order (what `ordered_ids` runs); `indexed`
    finds a word through the trigram table (see `uses_trigrams`)."""
    column = spec.column(order or spec.default_order).order_by
    desc = spec.descending if descending is None else descending
    conditions = [
        spec.options[key](value)
        for key, value in (flags or {}).items()
        if spec.options and key in spec.options
    ]
    # The lists' joins only add columns (outer joins, or a required parent): when neither the
    # order nor a filter needs them, the ids are read from the record's own table, several
    # times faster on the large office (a word is looked up by the record's own id).
    own = spec.id_column.table
    needed = {t for clause in (column, *conditions) for t in _tables_of(clause)} - {own}
    if text and text.strip():
        conditions.append(spec.id_column.in_(matching_ids(spec.kind, text, indexed=indexed)))
    stmt = spec.joins(select(spec.id_column)) if needed else select(spec.id_column)
    for condition in conditions:
        stmt = stmt.where(condition)
    return stmt.order_by(column.desc() if desc else column.asc(), spec.id_column)


def rows_of(session: Session, spec: ListSpec, ids: list[int]) -> list[tuple]:
    """The list's rows for these ids, in the order given (ids that went meanwhile are left out)."""
    if not ids:
        return []
    found = {
        r[0]: tuple(r) for r in session.execute(spec.query(None).where(spec.id_column.in_(ids)))
    }
    return [found[i] for i in ids if i in found]


def count_rows(
    session: Session,
    spec: ListSpec,
    *,
    text: str | None = None,
    flags: dict[str, Any] | None = None,
) -> int:
    """How many rows the list has: its ids counted, without the joins no filter needs."""
    ids = (
        ids_statement(spec, text=text, flags=flags, indexed=uses_trigrams(session, text))
        .order_by(None)
        .subquery()
    )
    return session.scalar(select(func.count()).select_from(ids)) or 0


def position_of(
    session: Session,
    spec: ListSpec,
    record_id: int,
    *,
    text: str | None = None,
    order: str | None = None,
    descending: bool | None = None,
    flags: dict[str, Any] | None = None,
) -> int | None:
    """Where a record stands in the sorted list (0-based), so a page can fetch far enough to show it."""
    column = spec.column(order or spec.default_order).order_by
    desc = spec.descending if descending is None else descending
    numbered = (
        spec.query(text, flags, indexed=uses_trigrams(session, text))
        .add_columns(
            func.row_number()
            .over(order_by=(column.desc() if desc else column.asc(), spec.id_column))
            .label("pos")
        )
        .subquery()
    )
    columns = list(numbered.c)
    pos = session.scalar(select(columns[-1]).where(columns[0] == record_id))
    return None if pos is None else int(pos) - 1


_agreements_in_force = (
    select(func.count(Agreement.id))
    .where(Agreement.city_id == City.id, Agreement.ended_on.is_(None))
    .correlate(City)
    .scalar_subquery()
)

CITIES = ListSpec(
    kind="city",
    id_column=City.id,
    columns=[
        Column("name_en", QT_TRANSLATE_NOOP("lists", "City"), City.name_en, width=150),
        Column("name_local", QT_TRANSLATE_NOOP("lists", "Local name"), City.name_local, width=120),
        Column("name_ja", QT_TRANSLATE_NOOP("lists", "Japanese"), City.name_ja, width=110),
        Column(
            "country_code",
            QT_TRANSLATE_NOOP("lists", "Country"),
            City.country_code,
            "country",
            width=120,
        ),
        Column(
            "relationship_level",
            QT_TRANSLATE_NOOP("lists", "Level"),
            City.relationship_level,
            "enum",
            width=90,
        ),
        Column("status", QT_TRANSLATE_NOOP("lists", "Status"), City.status, "enum", width=80),
        Column("priority", QT_TRANSLATE_NOOP("lists", "Priority"), City.priority, "int", width=60),
        Column(
            "agreements",
            QT_TRANSLATE_NOOP("lists", "Agreements"),
            _agreements_in_force,
            "int",
            width=80,
        ),
    ],
    joins=lambda s: s,
    default_order="name_en",
)

_org = aliased(Organization)
_city = aliased(City)


def _is_current(today: date) -> ColumnElement[bool]:
    return or_(Counterpart.term_end.is_(None), Counterpart.term_end >= today)


_open_commitments = (
    select(func.count(Commitment.id))
    .where(
        Commitment.owner_counterpart_id == Counterpart.id,
        Commitment.status.in_([CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS]),
    )
    .correlate(Counterpart)
    .scalar_subquery()
)
_meetings = (
    select(func.count(MeetingAttendee.id))
    .where(MeetingAttendee.counterpart_id == Counterpart.id)
    .correlate(Counterpart)
    .scalar_subquery()
)

COUNTERPARTS = ListSpec(
    kind="counterpart",
    id_column=Counterpart.id,
    columns=[
        Column(
            "family_name",
            QT_TRANSLATE_NOOP("lists", "Family name"),
            Counterpart.family_name,
            width=110,
        ),
        Column(
            "given_name",
            QT_TRANSLATE_NOOP("lists", "Given name"),
            Counterpart.given_name,
            width=100,
        ),
        Column(
            "local_name",
            QT_TRANSLATE_NOOP("lists", "Own script"),
            case(
                (
                    Counterpart.family_name_first,
                    func.coalesce(Counterpart.family_name_local, "")
                    + func.coalesce(Counterpart.given_name_local, ""),
                ),
                else_=func.coalesce(Counterpart.given_name_local, "")
                + " "
                + func.coalesce(Counterpart.family_name_local, ""),
            ),
            width=110,
        ),
        Column(
            "position",
            QT_TRANSLATE_NOOP("lists", "Position"),
            Counterpart.position,
            width=200,
            stretch=True,
        ),
        Column("organization", QT_TRANSLATE_NOOP("lists", "Organization"), _org.name, width=160),
        Column(
            "city",
            QT_TRANSLATE_NOOP("lists", "City"),
            _city.name_en,
            width=100,
            japanese=in_japanese(_city.name_ja, _city.name_en),
        ),
        Column(
            "term_end",
            QT_TRANSLATE_NOOP("lists", "Term ends"),
            Counterpart.term_end,
            "date",
            width=90,
        ),
        Column("meetings", QT_TRANSLATE_NOOP("lists", "Meetings"), _meetings, "int", width=70),
        Column(
            "reading",
            QT_TRANSLATE_NOOP("lists", "Reading"),
            Counterpart.reading,
            width=110,
            sort=func.coalesce(Counterpart.reading_key, Counterpart.family_name),
        ),
    ],
    joins=lambda s: s.outerjoin(_org, Counterpart.organization_id == _org.id).outerjoin(
        _city, Counterpart.city_id == _city.id
    ),
    default_order="family_name",
    options={
        "current_only": lambda today: _is_current(today) if today else and_(True),
        "city": lambda city_id: Counterpart.city_id == city_id if city_id else and_(True),
    },
)

_members = (
    select(func.count(NetworkMembership.id))
    .where(NetworkMembership.network_id == Network.id)
    .correlate(Network)
    .scalar_subquery()
)

NETWORKS = ListSpec(
    kind="network",
    id_column=Network.id,
    columns=[
        Column(
            "short_name", QT_TRANSLATE_NOOP("lists", "Short name"), Network.short_name, width=100
        ),
        Column(
            "name",
            QT_TRANSLATE_NOOP("lists", "Name"),
            Network.name,
            width=300,
            stretch=True,
            japanese=in_japanese(Network.name_ja, Network.name),
        ),
        Column(
            "founded_year",
            QT_TRANSLATE_NOOP("lists", "Founded"),
            Network.founded_year,
            "int",
            width=70,
        ),
        Column("members", QT_TRANSLATE_NOOP("lists", "Members"), _members, "int", width=70),
    ],
    joins=lambda s: s,
    default_order="short_name",
)

STAFF = ListSpec(
    kind="staff",
    id_column=StaffMember.id,
    columns=[
        Column(
            "family_name",
            QT_TRANSLATE_NOOP("lists", "Family name"),
            StaffMember.family_name,
            width=110,
        ),
        Column(
            "given_name",
            QT_TRANSLATE_NOOP("lists", "Given name"),
            StaffMember.given_name,
            width=100,
        ),
        Column("name_ja", QT_TRANSLATE_NOOP("lists", "Japanese"), StaffMember.name_ja, width=110),
        Column(
            "title", QT_TRANSLATE_NOOP("lists", "Title"), StaffMember.title, width=220, stretch=True
        ),
        Column(
            "department",
            QT_TRANSLATE_NOOP("lists", "Department"),
            StaffMember.department,
            width=220,
        ),
        Column(
            "active", QT_TRANSLATE_NOOP("lists", "Active"), StaffMember.active, "bool", width=60
        ),
        Column(
            "reading",
            QT_TRANSLATE_NOOP("lists", "Reading"),
            StaffMember.reading,
            width=110,
            sort=func.coalesce(StaffMember.reading_key, StaffMember.family_name),
        ),
    ],
    joins=lambda s: s,
    default_order="family_name",
    options={"active_only": lambda on: StaffMember.active.is_(True) if on else and_(True)},
)


_org_city = aliased(City)

ORGANIZATIONS = ListSpec(
    kind="organization",
    id_column=Organization.id,
    columns=[
        Column(
            "name", QT_TRANSLATE_NOOP("lists", "Name"), Organization.name, width=260, stretch=True
        ),
        Column(
            "name_local",
            QT_TRANSLATE_NOOP("lists", "Local name"),
            Organization.name_local,
            width=180,
        ),
        Column("kind", QT_TRANSLATE_NOOP("lists", "Kind"), Organization.kind, "enum", width=140),
        Column(
            "city",
            QT_TRANSLATE_NOOP("lists", "City"),
            _org_city.name_en,
            width=110,
            japanese=in_japanese(_org_city.name_ja, _org_city.name_en),
        ),
    ],
    joins=lambda s: s.outerjoin(_org_city, Organization.city_id == _org_city.id),
    default_order="name",
)


def _containing(*columns: ColumnElement[Any]) -> Callable[[str], ColumnElement[bool]]:
    """A short list's word filter: any of the columns holds the typed text, in any case, the
    text taken literally (% and _ are not wildcards)."""

    def words(text: str) -> ColumnElement[bool]:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return or_(*(c.ilike(pattern, escape="\\") for c in columns))

    return words


OFFICES = ListSpec(
    kind="office",
    id_column=PrecedenceOffice.id,
    columns=[
        Column("rank", QT_TRANSLATE_NOOP("lists", "Rank"), PrecedenceOffice.rank, "int", width=60),
        Column(
            "name_en",
            QT_TRANSLATE_NOOP("lists", "Office"),
            PrecedenceOffice.name_en,
            width=260,
            stretch=True,
        ),
        Column(
            "name_ja",
            QT_TRANSLATE_NOOP("lists", "In Japanese"),
            PrecedenceOffice.name_ja,
            width=200,
        ),
    ],
    joins=lambda s: s,
    default_order="rank",
    words=_containing(PrecedenceOffice.name_en, PrecedenceOffice.name_ja),
)


_bureau = aliased(Bureau)


def _projects_of(bureau_id: int) -> Select:
    return select(Project.id).where(Project.bureau_id == bureau_id)


def _by_bureau(
    condition: Callable[[int], ColumnElement[bool]],
) -> Callable[[int | None], ColumnElement[bool]]:
    """A list's bureau filter: `condition` for a chosen bureau, everything for none."""
    return lambda bureau_id: condition(bureau_id) if bureau_id else and_(True)


_programme_bureau = aliased(Bureau)
_programme_spent = (
    select(func.coalesce(func.sum(ProgrammeYear.spending_yen), 0))
    .where(ProgrammeYear.programme_id == Programme.id)
    .correlate(Programme)
    .scalar_subquery()
)

FUNDS = ListSpec(
    kind="fund",
    id_column=Fund.id,
    columns=[
        Column(
            "name",
            QT_TRANSLATE_NOOP("lists", "Fund"),
            Fund.name,
            width=300,
            stretch=True,
            japanese=in_japanese(Fund.name_ja, Fund.name),
        ),
        Column(
            "start_fiscal_year",
            QT_TRANSLATE_NOOP("lists", "From fiscal year"),
            Fund.start_fiscal_year,
            "int",
            width=140,
        ),
        Column(
            "total_yen", QT_TRANSLATE_NOOP("lists", "Total (yen)"), Fund.total_yen, "yen", width=150
        ),
    ],
    joins=lambda s: s,
    default_order="start_fiscal_year",
    words=_containing(Fund.name, Fund.name_ja),
)

PROGRAMMES = ListSpec(
    kind="programme",
    id_column=Programme.id,
    columns=[
        Column(
            "title",
            QT_TRANSLATE_NOOP("lists", "Programme"),
            Programme.title,
            width=220,
            stretch=True,
            japanese=in_japanese(Programme.title_ja, Programme.title),
        ),
        Column("kind", QT_TRANSLATE_NOOP("lists", "Kind"), Programme.kind, "enum", width=110),
        Column(
            "bureau",
            QT_TRANSLATE_NOOP("lists", "Bureau"),
            _programme_bureau.name_en,
            width=150,
            japanese=in_japanese(_programme_bureau.name_ja, _programme_bureau.name_en),
        ),
        Column(
            "spent", QT_TRANSLATE_NOOP("lists", "Spent (yen)"), _programme_spent, "yen", width=110
        ),
    ],
    joins=lambda s: s.outerjoin(_programme_bureau, Programme.bureau_id == _programme_bureau.id),
    default_order="title",
    words=_containing(
        Programme.title,
        Programme.title_ja,
        _programme_bureau.name_en,
        _programme_bureau.name_ja,
    ),
    options={"bureau": _by_bureau(lambda b: Programme.bureau_id == b)},
)


PROJECTS = ListSpec(
    kind="project",
    id_column=Project.id,
    columns=[
        Column(
            "title",
            QT_TRANSLATE_NOOP("lists", "Title"),
            Project.title,
            width=300,
            stretch=True,
            japanese=in_japanese(Project.title_ja, Project.title),
        ),
        Column("status", QT_TRANSLATE_NOOP("lists", "Status"), Project.status, "enum", width=90),
        Column(
            "bureau",
            QT_TRANSLATE_NOOP("lists", "Leading bureau"),
            _bureau.name_en,
            width=200,
            japanese=in_japanese(_bureau.name_ja, _bureau.name_en),
        ),
        Column(
            "starts_on", QT_TRANSLATE_NOOP("lists", "Starts"), Project.starts_on, "date", width=100
        ),
        Column("ends_on", QT_TRANSLATE_NOOP("lists", "Ends"), Project.ends_on, "date", width=100),
    ],
    joins=lambda s: s.outerjoin(_bureau, Project.bureau_id == _bureau.id),
    default_order="starts_on",
    descending=True,
    words=_containing(Project.title, Project.title_ja, _bureau.name_en, _bureau.name_ja),
    options={"bureau": _by_bureau(lambda b: Project.bureau_id == b)},
)

BUREAUS = ListSpec(
    kind="bureau",
    id_column=Bureau.id,
    columns=[
        Column(
            "name_en", QT_TRANSLATE_NOOP("lists", "Bureau"), Bureau.name_en, width=300, stretch=True
        ),
        Column("name_ja", QT_TRANSLATE_NOOP("lists", "In Japanese"), Bureau.name_ja, width=200),
    ],
    joins=lambda s: s,
    default_order="name_en",
    words=_containing(Bureau.name_en, Bureau.name_ja),
)


_dest = aliased(City)


class route_of(FunctionElement):
    """A trip's cities in the order of its route, "London → Berlin" (None without stops)."""

    type = String()
    inherit_cache = True
    city_name = "city.name_en"


class route_of_in_japanese(route_of):
    """The same in the cities' Japanese names (the English where a city has none)."""

    inherit_cache = True
    city_name = "coalesce(nullif(city.name_ja, ''), city.name_en)"


_ROUTE_ROWS = (
    "SELECT {name} AS name FROM trip_stop JOIN city ON city.id = trip_stop.city_id"
    " WHERE trip_stop.trip_id = {trip} ORDER BY trip_stop.position"
)


@compiles(route_of)
def _route_default(element: route_of, compiler: Any, **kw: Any) -> str:
    trip = compiler.process(element.clauses, **kw)
    return (
        f"(SELECT string_agg({element.city_name}, ' → ' ORDER BY trip_stop.position)"
        f" FROM trip_stop JOIN city ON city.id = trip_stop.city_id"
        f" WHERE trip_stop.trip_id = {trip})"
    )


@compiles(route_of, "sqlite")
def _route_sqlite(element: route_of, compiler: Any, **kw: Any) -> str:
    # group_concat keeps the order of the rows it is given: the stops in order.
    trip = compiler.process(element.clauses, **kw)
    rows = _ROUTE_ROWS.format(name=element.city_name, trip=trip)
    return f"(SELECT group_concat(name, ' → ') FROM ({rows}))"


_route = func.coalesce(route_of(Trip.id), _dest.name_en)
_route_in_japanese = func.coalesce(
    route_of_in_japanese(Trip.id), in_japanese(_dest.name_ja, _dest.name_en)
)
_delegation = (
    select(func.count(TripDelegate.id))
    .where(TripDelegate.trip_id == Trip.id)
    .correlate(Trip)
    .scalar_subquery()
)


def _year(year: int | None) -> ColumnElement[bool]:
    if not year:
        return and_(True)
    return and_(Trip.start_date <= date(year, 12, 31), Trip.end_date >= date(year, 1, 1))


TRIPS = ListSpec(
    kind="trip",
    id_column=Trip.id,
    columns=[
        Column(
            "start_date", QT_TRANSLATE_NOOP("lists", "Start"), Trip.start_date, "date", width=84
        ),
        Column("end_date", QT_TRANSLATE_NOOP("lists", "End"), Trip.end_date, "date", width=84),
        Column(
            "direction", QT_TRANSLATE_NOOP("lists", "Direction"), Trip.direction, "enum", width=74
        ),
        Column("status", QT_TRANSLATE_NOOP("lists", "Status"), Trip.status, "enum", width=78),
        Column("title", QT_TRANSLATE_NOOP("lists", "Title"), Trip.title, width=260, stretch=True),
        Column(
            "destination",
            QT_TRANSLATE_NOOP("lists", "Route"),
            _route,
            width=100,
            japanese=_route_in_japanese,
        ),
        Column("delegation", QT_TRANSLATE_NOOP("lists", "People"), _delegation, "int", width=44),
    ],
    joins=lambda s: s.outerjoin(_dest, Trip.destination_city_id == _dest.id),
    default_order="start_date",
    descending=True,
    options={
        "year": _year,
        "status": lambda status: Trip.status == status if status else and_(True),
        "direction": lambda direction: Trip.direction == direction if direction else and_(True),
        "city": lambda city_id: (
            or_(
                Trip.destination_city_id == city_id,
                Trip.id.in_(select(TripStop.trip_id).where(TripStop.city_id == city_id)),
                Trip.id.in_(select(ItineraryItem.trip_id).where(ItineraryItem.city_id == city_id)),
            )
            if city_id
            else and_(True)
        ),
        # Serving a project the bureau leads, or where the bureau took on a lesson.
        "bureau": _by_bureau(
            lambda b: or_(
                Trip.project_id.in_(_projects_of(b)),
                Trip.id.in_(select(Lesson.trip_id).where(Lesson.bureau_id == b)),
            )
        ),
    },
)


_meeting_city = aliased(City)
_commitment_meeting = aliased(Meeting)
_owner_staff = aliased(StaffMember)
_owner_person = aliased(Counterpart)


# Who answers for a commitment: our officer family name first, a counterpart in their order.
_owner_name = func.coalesce(
    _owner_staff.family_name + " " + func.coalesce(_owner_staff.given_name, ""),
    written_name_sql(_owner_person),
)


def _overdue(on: date | None) -> ColumnElement[bool]:
    if on is None:
        return and_(True)
    return and_(
        Commitment.status.in_([CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS]),
        Commitment.due_on < on,
    )


COMMITMENTS = ListSpec(
    kind="commitment",
    id_column=Commitment.id,
    columns=[
        Column("due_on", QT_TRANSLATE_NOOP("lists", "Due"), Commitment.due_on, "date", width=88),
        Column("status", QT_TRANSLATE_NOOP("lists", "Status"), Commitment.status, "enum", width=90),
        Column(
            "owner_side",
            QT_TRANSLATE_NOOP("lists", "Side"),
            Commitment.owner_side,
            "enum",
            width=56,
        ),
        Column("owner", QT_TRANSLATE_NOOP("lists", "Owner"), _owner_name, width=110),
        Column(
            "text",
            QT_TRANSLATE_NOOP("lists", "Commitment"),
            Commitment.text,
            width=320,
            stretch=True,
        ),
        Column(
            "city",
            QT_TRANSLATE_NOOP("lists", "City"),
            _meeting_city.name_en,
            width=80,
            japanese=in_japanese(_meeting_city.name_ja, _meeting_city.name_en),
        ),
        Column(
            "meeting",
            QT_TRANSLATE_NOOP("lists", "Made in"),
            _commitment_meeting.title,
            width=130,
            japanese=in_japanese(_commitment_meeting.title_ja, _commitment_meeting.title),
        ),
    ],
    joins=lambda s: (
        s.join(_commitment_meeting, Commitment.meeting_id == _commitment_meeting.id)
        .outerjoin(_meeting_city, _commitment_meeting.city_id == _meeting_city.id)
        .outerjoin(_owner_staff, Commitment.owner_staff_id == _owner_staff.id)
        .outerjoin(_owner_person, Commitment.owner_counterpart_id == _owner_person.id)
    ),
    default_order="due_on",
    options={
        "status": lambda status: Commitment.status == status if status else and_(True),
        "open_only": lambda on: (
            Commitment.status.in_([CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS])
            if on
            else and_(True)
        ),
        "owner_side": lambda side: Commitment.owner_side == side if side else and_(True),
        "city": lambda city_id: _commitment_meeting.city_id == city_id if city_id else and_(True),
        "counterpart": lambda person_id: (
            or_(
                Commitment.owner_counterpart_id == person_id,
                Commitment.meeting_id.in_(
                    select(MeetingAttendee.meeting_id).where(
                        MeetingAttendee.counterpart_id == person_id
                    )
                ),
            )
            if person_id
            else and_(True)
        ),
        "objective": lambda objective_id: (
            Commitment.meeting_id.in_(
                select(meeting_objective.c.meeting_id).where(
                    meeting_objective.c.objective_id == objective_id
                )
            )
            if objective_id
            else and_(True)
        ),
        "due_before": lambda day: Commitment.due_on < day if day else and_(True),
        "overdue_on": _overdue,
        # Its own bureau, or where it names none, the bureau leading its project.
        "bureau": _by_bureau(
            lambda b: or_(
                Commitment.bureau_id == b,
                and_(Commitment.bureau_id.is_(None), Commitment.project_id.in_(_projects_of(b))),
            )
        ),
    },
)

_meeting_list_city = aliased(City)
_attendees = (
    select(func.count(MeetingAttendee.id))
    .where(MeetingAttendee.meeting_id == Meeting.id)
    .correlate(Meeting)
    .scalar_subquery()
)

MEETINGS = ListSpec(
    kind="meeting",
    id_column=Meeting.id,
    columns=[
        Column(
            "starts_at",
            QT_TRANSLATE_NOOP("lists", "When (Tokyo)"),
            Meeting.starts_at,
            "datetime",
            width=120,
        ),
        Column(
            "title",
            QT_TRANSLATE_NOOP("lists", "Meeting"),
            Meeting.title,
            width=300,
            stretch=True,
            japanese=in_japanese(Meeting.title_ja, Meeting.title),
        ),
        Column(
            "city",
            QT_TRANSLATE_NOOP("lists", "City"),
            _meeting_list_city.name_en,
            width=100,
            japanese=in_japanese(_meeting_list_city.name_ja, _meeting_list_city.name_en),
        ),
        Column(
            "classification",
            QT_TRANSLATE_NOOP("lists", "Classification"),
            Meeting.classification,
            "enum",
            width=100,
        ),
        Column("attendees", QT_TRANSLATE_NOOP("lists", "People"), _attendees, "int", width=56),
    ],
    joins=lambda s: s.outerjoin(_meeting_list_city, Meeting.city_id == _meeting_list_city.id),
    default_order="starts_at",
    descending=True,
    options={
        "year": lambda year: (
            and_(
                Meeting.starts_at >= datetime(year, 1, 1, tzinfo=UTC),
                Meeting.starts_at < datetime(year + 1, 1, 1, tzinfo=UTC),
            )
            if year
            else and_(True)
        ),
        "city": lambda city_id: Meeting.city_id == city_id if city_id else and_(True),
        # Serving a project the bureau leads, or where the bureau took on a commitment or a
        # lesson.
        "bureau": _by_bureau(
            lambda b: or_(
                Meeting.project_id.in_(_projects_of(b)),
                Meeting.id.in_(select(Commitment.meeting_id).where(Commitment.bureau_id == b)),
                Meeting.id.in_(select(Lesson.meeting_id).where(Lesson.bureau_id == b)),
            )
        ),
    },
)


_gift_person = aliased(Counterpart)

GIFTS = ListSpec(
    kind="gift",
    id_column=Gift.id,
    columns=[
        Column(
            "exchanged_on", QT_TRANSLATE_NOOP("lists", "Date"), Gift.exchanged_on, "date", width=84
        ),
        Column(
            "direction",
            QT_TRANSLATE_NOOP("lists", "Given/received"),
            Gift.direction,
            "enum",
            width=100,
        ),
        Column(
            "description",
            QT_TRANSLATE_NOOP("lists", "Gift"),
            Gift.description,
            width=220,
            stretch=True,
        ),
        Column(
            "counterpart",
            QT_TRANSLATE_NOOP("lists", "Counterpart"),
            written_name_sql(_gift_person),
            width=110,
        ),
        Column("value", QT_TRANSLATE_NOOP("lists", "Value (yen)"), Gift.value_jpy, "yen", width=80),
        Column(
            "disposition",
            QT_TRANSLATE_NOOP("lists", "Disposition"),
            Gift.disposition,
            "enum",
            width=80,
        ),
        Column(
            "state",
            QT_TRANSLATE_NOOP("lists", "Declaration"),
            gifts.state_in_database(),
            "enum",
            width=90,
        ),
    ],
    joins=lambda s: s.outerjoin(_gift_person, Gift.counterpart_id == _gift_person.id),
    default_order="exchanged_on",
    descending=True,
    words=_containing(
        Gift.description,
        Gift.disposition_note,
        Gift.declaration_ref,
        _gift_person.family_name,
        _gift_person.given_name,
    ),
    options={
        "direction": lambda direction: Gift.direction == direction if direction else and_(True),
        "fiscal_year": lambda year: gifts.in_fiscal_year(year) if year else and_(True),
        "counterpart": lambda person_id: (
            Gift.counterpart_id == person_id if person_id else and_(True)
        ),
        "state": lambda state: (
            gifts.to_declare(gifts.threshold_in_database())
            if state == gifts.TO_DECLARE
            else gifts.to_value()
            if state == gifts.TO_VALUE
            else Gift.declared_on.is_not(None)
            if state == gifts.DECLARED
            else and_(True)
        ),
    },
)
