"""What each record's form holds: fields, their kinds, and the rules a value must follow.

The UI builds its forms from these and the importers check rows with them,
so a rule is written once. Labels are English; the UI translates them.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .countries import is_country_code
from .models import (
    AgreementKind,
    BudgetCategory,
    CityStatus,
    Classification,
    DelegateRole,
    MembershipRole,
    OrganizationKind,
    RelationshipLevel,
    TripDirection,
    TripStatus,
)
from .timefmt import zone

TEXT, MULTILINE, CHOICE, DATE, BOOL, INT, FLOAT, ZONE, COUNTRY, REF = (
    "text",
    "multiline",
    "choice",
    "date",
    "bool",
    "int",
    "float",
    "zone",
    "country",
    "ref",
)
TIME = "time"  # minutes after midnight, shown as HH:MM
REFS = "refs"  # several linked records (a trip's objectives), as a list of ids


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str = TEXT
    required: bool = False
    choices: type[enum.Enum] | None = None
    ref: str | None = None  # the kind of record a REF field points to
    max_length: int | None = 200
    minimum: float | None = None
    maximum: float | None = None
    sensitive: bool = False  # kept out of exports unless asked for
    hint: str = ""


@dataclass(frozen=True)
class RecordForm:
    kind: str
    title: str
    fields: list[Field]
    checks: list[Callable[[dict[str, Any]], dict[str, str]]] = field(default_factory=list)

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_field(f: Field, value: Any) -> str | None:
    """The problem with one value, in words, or None."""
    if _blank(value):
        return f"{f.label} is required." if f.required else None
    if f.kind in (TEXT, MULTILINE) and f.max_length and len(str(value)) > f.max_length:
        return f"{f.label} is too long ({len(str(value))} characters; at most {f.max_length})."
    if f.kind == COUNTRY and not is_country_code(str(value)):
        return f"{value} is not an ISO country code."
    if f.kind == ZONE:
        try:
            zone(str(value))
        except ValueError:
            return f"{value} is not a time zone (for example Europe/Berlin)."
    if f.kind in (INT, FLOAT):
        if f.minimum is not None and value < f.minimum:
            return f"{f.label} must be at least {f.minimum:g}."
        if f.maximum is not None and value > f.maximum:
            return f"{f.label} must be at most {f.maximum:g}."
    if f.kind == CHOICE and f.choices is not None:
        allowed = {m.value for m in f.choices}
        if getattr(value, "value", value) not in allowed:
            return f"{value} is not one of: {', '.join(sorted(allowed))}."
    if f.kind == DATE and not isinstance(value, date):
        return f"{value} is not a date."
    if f.kind == TIME and not (isinstance(value, int) and 0 <= value <= 24 * 60):
        return f"{value} is not a time of day."
    if f.kind == REFS and not (isinstance(value, list) and all(isinstance(v, int) for v in value)):
        return f"{f.label} must be a list of records."
    return None


def validate(form: RecordForm, values: dict[str, Any]) -> dict[str, str]:
    """Every problem with a record's values, keyed by field."""
    errors = {}
    for f in form.fields:
        problem = check_field(f, values.get(f.key))
        if problem:
            errors[f.key] = problem
    for check in form.checks:
        for key, problem in check(values).items():
            errors.setdefault(key, problem)
    return errors


def order_check(
    first: str, second: str, message: str
) -> Callable[[dict[str, Any]], dict[str, str]]:
    """A rule that `second` is not before `first`, when both are given."""

    def check(values: dict[str, Any]) -> dict[str, str]:
        a, b = values.get(first), values.get(second)
        return {second: message} if a is not None and b is not None and b < a else {}

    return check


CITY = RecordForm(
    "city",
    "City",
    [
        Field("name_en", "English name", required=True),
        Field("name_local", "Name in local script"),
        Field("name_ja", "Japanese name"),
        Field("country_code", "Country", COUNTRY, required=True),
        Field("region", "Region or state"),
        Field("timezone", "Time zone", ZONE, required=True),
        Field("latitude", "Latitude", FLOAT, minimum=-90, maximum=90),
        Field("longitude", "Longitude", FLOAT, minimum=-180, maximum=180),
        Field(
            "relationship_level",
            "Relationship level",
            CHOICE,
            required=True,
            choices=RelationshipLevel,
        ),
        Field("status", "Status", CHOICE, required=True, choices=CityStatus),
        Field(
            "priority", "Priority", INT, required=True, minimum=1, maximum=5, hint="1 is highest"
        ),
        Field("notes", "Notes", MULTILINE, max_length=20_000),
    ],
)

COUNTERPART = RecordForm(
    "counterpart",
    "Counterpart",
    [
        Field("family_name", "Family name (Latin)", required=True),
        Field("given_name", "Given name (Latin)"),
        Field("family_name_local", "Family name (own script)"),
        Field("given_name_local", "Given name (own script)"),
        Field(
            "family_name_first",
            "Family name written first",
            BOOL,
            hint="as in Japanese, Chinese and Korean names",
        ),
        Field("honorific", "Honorific", max_length=100),
        Field("form_of_address", "Form of address"),
        Field("position", "Position", max_length=300),
        Field("organization_id", "Organization", REF, ref="organization"),
        Field("city_id", "City", REF, ref="city"),
        Field("term_start", "Term starts", DATE),
        Field("term_end", "Term ends", DATE),
        Field("languages", "Languages", hint="for example ko, en"),
        Field("interpreter_needed", "Needs an interpreter", BOOL),
        Field("dietary_notes", "Dietary notes", MULTILINE, max_length=5_000, sensitive=True),
        Field("protocol_notes", "Protocol notes", MULTILINE, max_length=5_000, sensitive=True),
        Field("email", "E-mail", max_length=300),
        Field("phone", "Telephone", max_length=100),
        Field("notes", "Notes", MULTILINE, max_length=20_000),
    ],
    checks=[order_check("term_start", "term_end", "The term cannot end before it starts.")],
)

STAFF = RecordForm(
    "staff",
    "Staff member",
    [
        Field("family_name", "Family name", required=True),
        Field("given_name", "Given name"),
        Field("name_ja", "Name in Japanese"),
        Field("title", "Title", max_length=300),
        Field("department", "Department", max_length=300),
        Field("email", "E-mail", max_length=300),
        Field("phone", "Telephone", max_length=100),
        Field("active", "Active", BOOL),
    ],
)

NETWORK = RecordForm(
    "network",
    "Network",
    [
        Field("name", "Name", required=True, max_length=300),
        Field("short_name", "Short name", max_length=50),
        Field("name_ja", "Japanese name", max_length=300),
        Field("founded_year", "Founded", INT, minimum=1800, maximum=2100),
        Field("website", "Website", max_length=300),
        Field("description", "Description", MULTILINE, max_length=20_000),
    ],
)

MEMBERSHIP = RecordForm(
    "membership",
    "Membership",
    [
        Field("city_id", "City", REF, required=True, ref="city"),
        Field("role", "Role", CHOICE, required=True, choices=MembershipRole),
        Field("joined_on", "Joined", DATE),
        Field("left_on", "Left", DATE),
        Field("notes", "Notes", MULTILINE, max_length=5_000),
    ],
    checks=[order_check("joined_on", "left_on", "A member cannot leave before joining.")],
)

PLENARY = RecordForm(
    "plenary",
    "Plenary",
    [
        Field("title", "Title", required=True, max_length=300),
        Field("number", "Number", INT, minimum=1, maximum=1000),
        Field("city_id", "Host city", REF, ref="city"),
        Field("starts_on", "Starts", DATE, required=True),
        Field("ends_on", "Ends", DATE, required=True),
        Field("notes", "Notes", MULTILINE, max_length=5_000),
    ],
    checks=[order_check("starts_on", "ends_on", "A plenary cannot end before it starts.")],
)

AGREEMENT = RecordForm(
    "agreement",
    "Agreement",
    [
        Field("kind", "Kind", CHOICE, required=True, choices=AgreementKind),
        Field("title", "Title", required=True, max_length=300),
        Field("city_id", "Partner city", REF, required=True, ref="city"),
        Field("organization_id", "Signed with", REF, ref="organization"),
        Field("signed_on", "Signed", DATE),
        Field("effective_on", "In effect from", DATE),
        Field("expires_on", "Expires", DATE),
        Field("renewed_on", "Last renewed", DATE),
        Field("ended_on", "Ended", DATE),
        Field("legally_binding", "Legally binding", BOOL),
        Field("fields_of_cooperation", "Fields of cooperation", MULTILINE, max_length=5_000),
        Field("renewal_terms", "Renewal terms", MULTILINE, max_length=5_000),
        Field("document_ref", "Document", max_length=1000, hint="path of the signed text"),
        Field("notes", "Notes", MULTILINE, max_length=20_000),
    ],
    checks=[
        order_check("signed_on", "effective_on", "It cannot take effect before it is signed."),
        order_check("signed_on", "expires_on", "It cannot expire before it is signed."),
        order_check("signed_on", "ended_on", "It cannot end before it is signed."),
    ],
)

ORGANIZATION = RecordForm(
    "organization",
    "Organization",
    [
        Field("name", "Name", required=True, max_length=300),
        Field("name_local", "Name in local script", max_length=300),
        Field("kind", "Kind", CHOICE, required=True, choices=OrganizationKind),
        Field("city_id", "City", REF, ref="city"),
        Field("country_code", "Country", COUNTRY),
        Field("website", "Website", max_length=300),
        Field("notes", "Notes", MULTILINE, max_length=20_000),
    ],
)


def _workday_check(values: dict[str, Any]) -> dict[str, str]:
    start, end = values.get("workday_start"), values.get("workday_end")
    if start is not None and end is not None and end <= start:
        return {"workday_end": "The working day must end after it starts."}
    return {}


def _one_delegate(values: dict[str, Any]) -> dict[str, str]:
    if bool(values.get("staff_id")) == bool(values.get("counterpart_id")):
        return {"staff_id": "Choose one person: one of our staff, or a visiting counterpart."}
    return {}


TRIP = RecordForm(
    "trip",
    "Trip",
    [
        Field("title", "Title", required=True, max_length=300),
        Field("direction", "Direction", CHOICE, required=True, choices=TripDirection),
        Field("status", "Status", CHOICE, required=True, choices=TripStatus),
        Field("start_date", "Starts", DATE, required=True),
        Field("end_date", "Ends", DATE, required=True),
        Field(
            "destination_city_id",
            "Destination",
            REF,
            ref="city",
            hint="for an inbound visit, our own city",
        ),
        Field("lead_staff_id", "Lead (our side)", REF, ref="staff"),
        Field("lead_counterpart_id", "Lead (visitors)", REF, ref="counterpart"),
        Field("purpose", "Purpose", MULTILINE, max_length=20_000),
        Field("objectives", "Objectives served", REFS, ref="objective"),
        Field("classification", "Classification", CHOICE, required=True, choices=Classification),
        Field(
            "buffer_minutes",
            "Time between places",
            INT,
            required=True,
            minimum=0,
            maximum=240,
            hint="minutes needed to move between two places in one city",
        ),
        Field("workday_start", "Working day starts", TIME, required=True),
        Field("workday_end", "Working day ends", TIME, required=True),
        Field("notes", "Notes", MULTILINE, max_length=20_000),
    ],
    checks=[
        order_check("start_date", "end_date", "A trip cannot end before it starts."),
        _workday_check,
    ],
)

DELEGATE = RecordForm(
    "delegate",
    "Delegation member",
    [
        Field("staff_id", "Our staff member", REF, ref="staff"),
        Field("counterpart_id", "Visiting counterpart", REF, ref="counterpart"),
        Field("role", "Role", CHOICE, required=True, choices=DelegateRole),
        Field("notes", "Notes", MULTILINE, max_length=5_000),
    ],
    checks=[_one_delegate],
)

BUDGET = RecordForm(
    "budget",
    "Budget line",
    [
        Field("category", "Category", CHOICE, required=True, choices=BudgetCategory),
        Field("description", "Description", max_length=500),
        Field("amount", "Amount", FLOAT, required=True, minimum=0, maximum=1e12),
        Field("currency", "Currency", required=True, max_length=3, hint="ISO code: JPY, EUR, USD…"),
        Field(
            "rate_to_jpy",
            "Yen per unit",
            FLOAT,
            minimum=0,
            maximum=1e6,
            hint="leave empty to use the trip's rate for this currency",
        ),
    ],
    checks=[
        lambda v: (
            {"currency": "Use a three-letter currency code."}
            if v.get("currency") and not (len(v["currency"]) == 3 and v["currency"].isalpha())
            else {}
        )
    ],
)

# Values a new record starts with.
DEFAULTS: dict[str, dict[str, Any]] = {
    "city": {
        "relationship_level": RelationshipLevel.CONTACT,
        "status": CityStatus.PROSPECT,
        "priority": 3,
    },
    "counterpart": {"family_name_first": False, "interpreter_needed": False},
    "staff": {"active": True},
    "network": {},
    "membership": {"role": MembershipRole.MEMBER},
    "plenary": {},
    "agreement": {"kind": AgreementKind.MOU, "legally_binding": True},
    "organization": {"kind": OrganizationKind.CITY_GOVERNMENT},
    "trip": {
        "direction": TripDirection.OUTBOUND,
        "status": TripStatus.IDEA,
        "classification": Classification.INTERNAL,
        "buffer_minutes": 30,
        "workday_start": 8 * 60,
        "workday_end": 20 * 60,
        "objectives": [],
    },
    "delegate": {"role": DelegateRole.STAFF},
    "budget": {"currency": "JPY"},
}
