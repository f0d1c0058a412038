"""What each record's form holds: fields, their kinds, and the rules a value must follow.

The UI builds its forms from these and the importers check rows with them,
so a rule is written once. Labels are English; the UI translates them.
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from .countries import is_country_code
from .i18n import QT_TRANSLATE_NOOP, Text
from .models import (
    ActionStatus,
    AgreementEventKind,
    AgreementKind,
    BudgetCategory,
    CityStatus,
    Classification,
    CommitmentStatus,
    ContactRole,
    DelegateRole,
    GiftDirection,
    GiftDisposition,
    MeetingLevel,
    MembershipRole,
    MilestoneStatus,
    NationalBody,
    OrganizationKind,
    OwnerSide,
    ProgrammeKind,
    ProjectStatus,
    RelationshipLevel,
    Side,
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
SCALE = "scale"  # a whole number on a short scale, each step said in words (atmosphere 1–5)
DATETIME = "datetime"  # a local wall-clock date and time (its zone is another field)
REFS = "refs"  # several linked records (a trip's objectives), as a list of ids
ROUTE = "route"  # linked records in an order (a trip's cities), as a list of ids
PHOTO = "photo"  # an image file's bytes (PNG or JPEG), copied into the database
PHOTO_MAX_BYTES = 5 * 1024 * 1024
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


# The atmosphere of a meeting, from 1 to 5, as officers describe it.
ATMOSPHERE_WORDS = (
    QT_TRANSLATE_NOOP("fields", "tense"),
    QT_TRANSLATE_NOOP("fields", "cool"),
    QT_TRANSLATE_NOOP("fields", "businesslike"),
    QT_TRANSLATE_NOOP("fields", "friendly"),
    QT_TRANSLATE_NOOP("fields", "warm"),
)

NOT_AN_IMAGE = QT_TRANSLATE_NOOP("fields", "The photo must be a PNG or JPEG image.")


def image_problem(data: bytes) -> Text | None:
    """Why bytes cannot be a portrait: not PNG or JPEG, or larger than a briefing needs."""
    if not data.startswith(_IMAGE_SIGNATURES):
        return NOT_AN_IMAGE
    if len(data) > PHOTO_MAX_BYTES:
        return QT_TRANSLATE_NOOP(
            "fields", "The photo is {size} MB; choose one of at most {most} MB."
        ).format(size=f"{len(data) / 1024 / 1024:.1f}", most=PHOTO_MAX_BYTES // 1024 // 1024)
    return None


MONEY = "money"  # an amount, typed with thousands separators or a currency mark as people do
EMAIL = "email"  # an e-mail address: one @, a domain with a dot, no spaces

# Deliberately loose (addresses in any script are valid), but it catches typing slips,
# two addresses in one field and a telephone number in the wrong column.
_EMAIL = re.compile(r"[^@\s,;<>]+@[^@\s,;<>.]+(\.[^@\s,;<>.]+)+")


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
    whole: bool = False  # a MONEY amount without decimals (yen)
    hint: str = ""
    words: tuple[str, ...] = ()  # a SCALE's steps in words, from `minimum` up


@dataclass(frozen=True)
class RecordForm:
    kind: str
    title: str
    fields: list[Field]
    checks: list[Callable[[dict[str, Any]], dict[str, str]]] = field(default_factory=list)
    # Between what the form shows and what is stored (a meeting's local time and its instant);
    # every path (pages, dialogs, services) converts through these, none of its own.
    to_shown: Callable[[dict[str, Any]], dict[str, Any]] | None = None
    to_stored: Callable[[dict[str, Any]], dict[str, Any]] | None = None

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)

    def shown(self, stored: dict[str, Any]) -> dict[str, Any]:
        """Stored values as the form shows them."""
        return self.to_shown(stored) if self.to_shown else dict(stored)

    def stored(self, shown: dict[str, Any]) -> dict[str, Any]:
        """The form's values as they are stored (may refuse, e.g. a local time that never was)."""
        return self.to_stored(shown) if self.to_stored else dict(shown)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_field(f: Field, value: Any) -> str | None:
    """The problem with one value, in words (a translatable message), or None."""
    if _blank(value):
        if not f.required:
            return None
        return QT_TRANSLATE_NOOP("fields", "{label} is required.").format(label=f.label)
    if f.kind in (TEXT, MULTILINE, EMAIL) and f.max_length and len(str(value)) > f.max_length:
        return QT_TRANSLATE_NOOP(
            "fields", "{label} is too long ({length} characters; at most {most})."
        ).format(label=f.label, length=len(str(value)), most=f.max_length)
    if f.kind == EMAIL and not _EMAIL.fullmatch(str(value).strip()):
        return QT_TRANSLATE_NOOP(
            "fields", "{value} is not an e-mail address (name@example.org)."
        ).format(value=value)
    if f.kind == COUNTRY and not is_country_code(str(value)):
        return QT_TRANSLATE_NOOP("fields", "{value} is not an ISO country code.").format(
            value=value
        )
    if f.kind == ZONE:
        try:
            zone(str(value))
        except ValueError:
            return QT_TRANSLATE_NOOP(
                "fields", "{value} is not a time zone (for example Europe/Berlin)."
            ).format(value=value)
    if f.kind == MONEY and (
        isinstance(value, bool) or not isinstance(value, int | float | Decimal)
    ):
        return QT_TRANSLATE_NOOP("fields", "{label} must be an amount of money.").format(
            label=f.label
        )
    if f.kind == MONEY and f.whole and not float(value).is_integer():
        return QT_TRANSLATE_NOOP("fields", "{label} is a whole amount (no decimals).").format(
            label=f.label
        )
    if f.kind in (INT, FLOAT, MONEY, SCALE):
        finite = value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)
        if not finite:
            return QT_TRANSLATE_NOOP("fields", "{label} must be a number (not {value}).").format(
                label=f.label, value=value
            )
        if f.minimum is not None and value < f.minimum:
            return QT_TRANSLATE_NOOP("fields", "{label} must be at least {least}.").format(
                label=f.label, least=f"{f.minimum:g}"
            )
        if f.maximum is not None and value > f.maximum:
            return QT_TRANSLATE_NOOP("fields", "{label} must be at most {most}.").format(
                label=f.label, most=f"{f.maximum:g}"
            )
    if f.kind == CHOICE and f.choices is not None:
        allowed = {m.value for m in f.choices}
        if getattr(value, "value", value) not in allowed:
            return QT_TRANSLATE_NOOP("fields", "{value} is not one of: {allowed}.").format(
                value=value, allowed=", ".join(sorted(allowed))
            )
    if f.kind == DATE and not isinstance(value, date):
        return QT_TRANSLATE_NOOP("fields", "{value} is not a date.").format(value=value)
    if f.kind == DATETIME and not isinstance(value, datetime):
        return QT_TRANSLATE_NOOP("fields", "{value} is not a date and time.").format(value=value)
    if f.kind == TIME and not (isinstance(value, int) and 0 <= value <= 24 * 60):
        return QT_TRANSLATE_NOOP("fields", "{value} is not a time of day.").format(value=value)
    if f.kind == PHOTO:
        return image_problem(value) if isinstance(value, bytes) else NOT_AN_IMAGE
    if f.kind in (REFS, ROUTE) and not (
        isinstance(value, list) and all(isinstance(v, int) for v in value)
    ):
        return QT_TRANSLATE_NOOP("fields", "{label} must be a list of records.").format(
            label=f.label
        )
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
    QT_TRANSLATE_NOOP("fields", "City"),
    [
        Field("name_en", QT_TRANSLATE_NOOP("fields", "English name"), required=True),
        Field("name_local", QT_TRANSLATE_NOOP("fields", "Name in local script")),
        Field("name_ja", QT_TRANSLATE_NOOP("fields", "Japanese name")),
        Field("country_code", QT_TRANSLATE_NOOP("fields", "Country"), COUNTRY, required=True),
        Field("region", QT_TRANSLATE_NOOP("fields", "Region or state")),
        Field(
            "subdivision",
            QT_TRANSLATE_NOOP("fields", "Holidays of region"),
            max_length=10,
            hint=QT_TRANSLATE_NOOP(
                "fields",
                "the state or region whose public holidays the city keeps: BE for Berlin, "
                "BY for Bavaria, QC for Quebec, NSW for New South Wales",
            ),
        ),
        Field("timezone", QT_TRANSLATE_NOOP("fields", "Time zone"), ZONE, required=True),
        Field("latitude", QT_TRANSLATE_NOOP("fields", "Latitude"), FLOAT, minimum=-90, maximum=90),
        Field(
            "longitude", QT_TRANSLATE_NOOP("fields", "Longitude"), FLOAT, minimum=-180, maximum=180
        ),
        Field(
            "relationship_level",
            QT_TRANSLATE_NOOP("fields", "Relationship level"),
            CHOICE,
            required=True,
            choices=RelationshipLevel,
        ),
        Field(
            "status",
            QT_TRANSLATE_NOOP("fields", "Status"),
            CHOICE,
            required=True,
            choices=CityStatus,
        ),
        Field(
            "priority",
            QT_TRANSLATE_NOOP("fields", "Priority"),
            INT,
            required=True,
            minimum=1,
            maximum=5,
            hint=QT_TRANSLATE_NOOP("fields", "1 is highest"),
        ),
        Field(
            "population",
            QT_TRANSLATE_NOOP("fields", "Population"),
            INT,
            minimum=0,
            maximum=100_000_000,
        ),
        Field("notes", QT_TRANSLATE_NOOP("fields", "Notes"), MULTILINE, max_length=20_000),
    ],
    checks=[lambda values: _known_subdivision(values)],
)


def _known_subdivision(values: dict[str, Any]) -> dict[str, str]:
    """A city's holiday region is one the public-holiday calendar knows for its country."""
    code, country = values.get("subdivision"), values.get("country_code")
    if not code or not country:
        return {}
    import holidays

    try:
        known = tuple(holidays.country_holidays(str(country).upper()).subdivisions)
    except (NotImplementedError, KeyError):
        known = ()
    if str(code).upper() in {k.upper() for k in known}:
        return {}
    if not known:
        return {
            "subdivision": QT_TRANSLATE_NOOP(
                "fields", "No regional holidays are known for {country}: leave this empty."
            ).format(country=country)
        }
    return {
        "subdivision": QT_TRANSLATE_NOOP(
            "fields", "{code} is not a region of {country}; known: {known}."
        ).format(code=code, country=country, known=", ".join(known))
    }


COUNTERPART = RecordForm(
    "counterpart",
    QT_TRANSLATE_NOOP("fields", "Counterpart"),
    [
        Field("family_name", QT_TRANSLATE_NOOP("fields", "Family name (Latin)"), required=True),
        Field("given_name", QT_TRANSLATE_NOOP("fields", "Given name (Latin)")),
        Field("family_name_local", QT_TRANSLATE_NOOP("fields", "Family name (own script)")),
        Field("given_name_local", QT_TRANSLATE_NOOP("fields", "Given name (own script)")),
        Field(
            "reading",
            QT_TRANSLATE_NOOP("fields", "Reading (katakana)"),
            hint=QT_TRANSLATE_NOOP(
                "fields", "the name as Japanese write it in katakana; Japanese lists sort by it"
            ),
        ),
        Field(
            "family_name_first",
            QT_TRANSLATE_NOOP("fields", "Family name written first"),
            BOOL,
            hint=QT_TRANSLATE_NOOP("fields", "as in Japanese, Chinese and Korean names"),
        ),
        Field("honorific", QT_TRANSLATE_NOOP("fields", "Honorific"), max_length=100),
        Field("form_of_address", QT_TRANSLATE_NOOP("fields", "Form of address")),
        Field("position", QT_TRANSLATE_NOOP("fields", "Position"), max_length=300),
        Field(
            "office_id",
            QT_TRANSLATE_NOOP("fields", "Office (precedence)"),
            REF,
            ref="office",
            hint=QT_TRANSLATE_NOOP("fields", "from Tools > Order of precedence"),
        ),
        Field(
            "organization_id", QT_TRANSLATE_NOOP("fields", "Organization"), REF, ref="organization"
        ),
        Field("city_id", QT_TRANSLATE_NOOP("fields", "City"), REF, ref="city"),
        Field("term_start", QT_TRANSLATE_NOOP("fields", "Term starts"), DATE),
        Field("term_end", QT_TRANSLATE_NOOP("fields", "Term ends"), DATE),
        Field(
            "languages",
            QT_TRANSLATE_NOOP("fields", "Languages"),
            hint=QT_TRANSLATE_NOOP("fields", "for example ko, en"),
        ),
        Field("interpreter_needed", QT_TRANSLATE_NOOP("fields", "Needs an interpreter"), BOOL),
        Field(
            "dietary_notes",
            QT_TRANSLATE_NOOP("fields", "Dietary notes"),
            MULTILINE,
            max_length=5_000,
            sensitive=True,
        ),
        Field(
            "protocol_notes",
            QT_TRANSLATE_NOOP("fields", "Protocol notes"),
            MULTILINE,
            max_length=5_000,
            sensitive=True,
        ),
        Field("email", QT_TRANSLATE_NOOP("fields", "E-mail"), EMAIL, max_length=300),
        Field("phone", QT_TRANSLATE_NOOP("fields", "Telephone"), max_length=100),
        Field(
            "photo",
            QT_TRANSLATE_NOOP("fields", "Photo"),
            PHOTO,
            hint=QT_TRANSLATE_NOOP("fields", "a PNG or JPEG file, for briefings"),
        ),
        Field("notes", QT_TRANSLATE_NOOP("fields", "Notes"), MULTILINE, max_length=20_000),
    ],
    checks=[
        order_check(
            "term_start",
            "term_end",
            QT_TRANSLATE_NOOP("fields", "The term cannot end before it starts."),
        )
    ],
)

STAFF = RecordForm(
    "staff",
    QT_TRANSLATE_NOOP("fields", "Staff member"),
    [
        Field("family_name", QT_TRANSLATE_NOOP("fields", "Family name"), required=True),
        Field("given_name", QT_TRANSLATE_NOOP("fields", "Given name")),
        Field("name_ja", QT_TRANSLATE_NOOP("fields", "Name in Japanese")),
        Field(
            "reading",
            QT_TRANSLATE_NOOP("fields", "Reading (furigana)"),
            hint=QT_TRANSLATE_NOOP("fields", "in katakana; Japanese lists sort by it"),
        ),
        Field("title", QT_TRANSLATE_NOOP("fields", "Title"), max_length=300),
        Field(
            "office_id",
            QT_TRANSLATE_NOOP("fields", "Office (precedence)"),
            REF,
            ref="office",
            hint=QT_TRANSLATE_NOOP("fields", "from Tools > Order of precedence"),
        ),
        Field("office_since", QT_TRANSLATE_NOOP("fields", "In office since"), DATE),
        Field(
            "languages",
            QT_TRANSLATE_NOOP("fields", "Languages"),
            max_length=200,
            hint=QT_TRANSLATE_NOOP("fields", "for example ja, en"),
        ),
        Field("department", QT_TRANSLATE_NOOP("fields", "Department"), max_length=300),
        Field("email", QT_TRANSLATE_NOOP("fields", "E-mail"), EMAIL, max_length=300),
        Field("phone", QT_TRANSLATE_NOOP("fields", "Telephone"), max_length=100),
        Field("active", QT_TRANSLATE_NOOP("fields", "Active"), BOOL),
    ],
)

NETWORK = RecordForm(
    "network",
    QT_TRANSLATE_NOOP("fields", "Network"),
    [
        Field("name", QT_TRANSLATE_NOOP("fields", "Name"), required=True, max_length=300),
        Field("short_name", QT_TRANSLATE_NOOP("fields", "Short name"), max_length=50),
        Field("name_ja", QT_TRANSLATE_NOOP("fields", "Japanese name"), max_length=300),
        Field(
            "founded_year", QT_TRANSLATE_NOOP("fields", "Founded"), INT, minimum=1800, maximum=2100
        ),
        Field("website", QT_TRANSLATE_NOOP("fields", "Website"), max_length=300),
        Field(
            "description", QT_TRANSLATE_NOOP("fields", "Description"), MULTILINE, max_length=20_000
        ),
    ],
)

MEMBERSHIP = RecordForm(
    "membership",
    QT_TRANSLATE_NOOP("fields", "Membership"),
    [
        Field("city_id", QT_TRANSLATE_NOOP("fields", "City"), REF, required=True, ref="city"),
        Field(
            "role",
            QT_TRANSLATE_NOOP("fields", "Role"),
            CHOICE,
            required=True,
            choices=MembershipRole,
        ),
        Field("joined_on", QT_TRANSLATE_NOOP("fields", "Joined"), DATE),
        Field("left_on", QT_TRANSLATE_NOOP("fields", "Left"), DATE),
        Field("notes", QT_TRANSLATE_NOOP("fields", "Notes"), MULTILINE, max_length=5_000),
    ],
    checks=[
        order_check(
            "joined_on",
            "left_on",
            QT_TRANSLATE_NOOP("fields", "A member cannot leave before joining."),
        )
    ],
)

PLENARY = RecordForm(
    "plenary",
    QT_TRANSLATE_NOOP("fields", "Plenary"),
    [
        Field("title", QT_TRANSLATE_NOOP("fields", "Title"), required=True, max_length=300),
        Field("number", QT_TRANSLATE_NOOP("fields", "Number"), INT, minimum=1, maximum=1000),
        Field("city_id", QT_TRANSLATE_NOOP("fields", "Host city"), REF, ref="city"),
        Field("starts_on", QT_TRANSLATE_NOOP("fields", "Starts"), DATE, required=True),
        Field("ends_on", QT_TRANSLATE_NOOP("fields", "Ends"), DATE, required=True),
        Field("notes", QT_TRANSLATE_NOOP("fields", "Notes"), MULTILINE, max_length=5_000),
    ],
    checks=[
        order_check(
            "starts_on",
            "ends_on",
            QT_TRANSLATE_NOOP("fields", "A plenary cannot end before it starts."),
        )
    ],
)

AGREEMENT = RecordForm(
    "agreement",
    QT_TRANSLATE_NOOP("fields", "Agreement"),
    [
        Field(
            "kind",
            QT_TRANSLATE_NOOP("fields", "Kind"),
            CHOICE,
            required=True,
            choices=AgreementKind,
        ),
        Field("title", QT_TRANSLATE_NOOP("fields", "Title"), required=True, max_length=300),
        Field(
            "city_id", QT_TRANSLATE_NOOP("fields", "Partner city"), REF, required=True, ref="city"
        ),
        Field(
            "organization_id", QT_TRANSLATE_NOOP("fields", "Signed with"), REF, ref="organization"
        ),
        Field("signed_on", QT_TRANSLATE_NOOP("fields", "Signed"), DATE),
        Field("effective_on", QT_TRANSLATE_NOOP("fields", "In effect from"), DATE),
        Field("expires_on", QT_TRANSLATE_NOOP("fields", "Expires"), DATE),
        Field("renewed_on", QT_TRANSLATE_NOOP("fields", "Last renewed"), DATE),
        Field("ended_on", QT_TRANSLATE_NOOP("fields", "Ended"), DATE),
        Field("legally_binding", QT_TRANSLATE_NOOP("fields", "Legally binding"), BOOL),
        Field(
            "objectives", QT_TRANSLATE_NOOP("fields", "Objectives served"), REFS, ref="objective"
        ),
        Field(
            "fields_of_cooperation",
            QT_TRANSLATE_NOOP("fields", "Fields of cooperation"),
            MULTILINE,
            max_length=5_000,
        ),
        Field(
            "renewal_terms",
            QT_TRANSLATE_NOOP("fields", "Renewal terms"),
            MULTILINE,
            max_length=5_000,
        ),
        Field(
            "document_ref",
            QT_TRANSLATE_NOOP("fields", "Document"),
            max_length=1000,
            hint=QT_TRANSLATE_NOOP("fields", "path of the signed text"),
        ),
        Field("notes", QT_TRANSLATE_NOOP("fields", "Notes"), MULTILINE, max_length=20_000),
    ],
    checks=[
        order_check(
            "signed_on",
            "effective_on",
            QT_TRANSLATE_NOOP("fields", "It cannot take effect before it is signed."),
        ),
        order_check(
            "signed_on",
            "expires_on",
            QT_TRANSLATE_NOOP("fields", "It cannot expire before it is signed."),
        ),
        order_check(
            "signed_on",
            "ended_on",
            QT_TRANSLATE_NOOP("fields", "It cannot end before it is signed."),
        ),
    ],
)


def _expiry_of_renewal(values: dict[str, Any]) -> dict[str, str]:
    if values.get("expires_on") is not None and values.get("kind") == AgreementEventKind.AMENDMENT:
        return {
            "expires_on": QT_TRANSLATE_NOOP(
                "fields", "An amendment keeps the expiry; a renewal gives a new one."
            )
        }
    return {}


# A renewal or an amendment in an agreement's life.
AGREEMENT_EVENT = RecordForm(
    "agreement_event",
    QT_TRANSLATE_NOOP("fields", "Renewal or amendment"),
    [
        Field(
            "kind",
            QT_TRANSLATE_NOOP("fields", "Renewal or amendment"),
            CHOICE,
            required=True,
            choices=AgreementEventKind,
        ),
        Field("happened_on", QT_TRANSLATE_NOOP("fields", "Date"), DATE, required=True),
        Field(
            "expires_on",
            QT_TRANSLATE_NOOP("fields", "New expiry"),
            DATE,
            hint=QT_TRANSLATE_NOOP("fields", "a renewal's new end; empty for no end"),
        ),
        Field(
            "document_ref",
            QT_TRANSLATE_NOOP("fields", "Document"),
            max_length=1000,
            hint=QT_TRANSLATE_NOOP("fields", "path of the signed text"),
        ),
        Field("note", QT_TRANSLATE_NOOP("fields", "Note"), MULTILINE, max_length=5_000),
    ],
    checks=[
        order_check(
            "happened_on",
            "expires_on",
            QT_TRANSLATE_NOOP("fields", "The new expiry comes after the day of the renewal."),
        ),
        _expiry_of_renewal,
    ],
)
# The Renew action asks for these: the kind is a renewal.
RENEWAL = RecordForm(
    "agreement_event",
    QT_TRANSLATE_NOOP("fields", "Renewal"),
    AGREEMENT_EVENT.fields[1:],
    AGREEMENT_EVENT.checks[:1],
)

ORGANIZATION = RecordForm(
    "organization",
    QT_TRANSLATE_NOOP("fields", "Organization"),
    [
        Field("name", QT_TRANSLATE_NOOP("fields", "Name"), required=True, max_length=300),
        Field("name_local", QT_TRANSLATE_NOOP("fields", "Name in local script"), max_length=300),
        Field(
            "kind",
            QT_TRANSLATE_NOOP("fields", "Kind"),
            CHOICE,
            required=True,
            choices=OrganizationKind,
        ),
        Field("city_id", QT_TRANSLATE_NOOP("fields", "City"), REF, ref="city"),
        Field("country_code", QT_TRANSLATE_NOOP("fields", "Country"), COUNTRY),
        Field("website", QT_TRANSLATE_NOOP("fields", "Website"), max_length=300),
        Field("notes", QT_TRANSLATE_NOOP("fields", "Notes"), MULTILINE, max_length=20_000),
    ],
)


def _workday_check(values: dict[str, Any]) -> dict[str, str]:
    start, end = values.get("workday_start"), values.get("workday_end")
    if start is not None and end is not None and end <= start:
        return {
            "workday_end": QT_TRANSLATE_NOOP("fields", "The working day must end after it starts.")
        }
    return {}


def _one_delegate(values: dict[str, Any]) -> dict[str, str]:
    if bool(values.get("staff_id")) == bool(values.get("counterpart_id")):
        return {
            "staff_id": QT_TRANSLATE_NOOP(
                "fields", "Choose one person: one of our staff, or a visiting counterpart."
            )
        }
    return {}


TRIP = RecordForm(
    "trip",
    QT_TRANSLATE_NOOP("fields", "Trip"),
    [
        Field("title", QT_TRANSLATE_NOOP("fields", "Title"), required=True, max_length=300),
        Field(
            "direction",
            QT_TRANSLATE_NOOP("fields", "Direction"),
            CHOICE,
            required=True,
            choices=TripDirection,
        ),
        Field(
            "status",
            QT_TRANSLATE_NOOP("fields", "Status"),
            CHOICE,
            required=True,
            choices=TripStatus,
        ),
        Field("start_date", QT_TRANSLATE_NOOP("fields", "Starts"), DATE, required=True),
        Field("end_date", QT_TRANSLATE_NOOP("fields", "Ends"), DATE, required=True),
        Field(
            "route",
            QT_TRANSLATE_NOOP("fields", "Route"),
            ROUTE,
            ref="city",
            hint=QT_TRANSLATE_NOOP(
                "fields", "the cities visited, in order; for an inbound visit, our own city"
            ),
        ),
        Field("lead_staff_id", QT_TRANSLATE_NOOP("fields", "Lead (our side)"), REF, ref="staff"),
        Field(
            "lead_counterpart_id",
            QT_TRANSLATE_NOOP("fields", "Lead (visitors)"),
            REF,
            ref="counterpart",
        ),
        Field("purpose", QT_TRANSLATE_NOOP("fields", "Purpose"), MULTILINE, max_length=20_000),
        Field(
            "objectives", QT_TRANSLATE_NOOP("fields", "Objectives served"), REFS, ref="objective"
        ),
        Field(
            "project_id", QT_TRANSLATE_NOOP("fields", "Joint project served"), REF, ref="project"
        ),
        Field(
            "classification",
            QT_TRANSLATE_NOOP("fields", "Classification"),
            CHOICE,
            required=True,
            choices=Classification,
        ),
        Field(
            "buffer_minutes",
            QT_TRANSLATE_NOOP("fields", "Time between places"),
            INT,
            required=True,
            minimum=0,
            maximum=240,
            hint=QT_TRANSLATE_NOOP(
                "fields", "minutes needed to move between two places in one city"
            ),
        ),
        Field(
            "workday_start", QT_TRANSLATE_NOOP("fields", "Working day starts"), TIME, required=True
        ),
        Field("workday_end", QT_TRANSLATE_NOOP("fields", "Working day ends"), TIME, required=True),
        Field("notes", QT_TRANSLATE_NOOP("fields", "Notes"), MULTILINE, max_length=20_000),
    ],
    checks=[
        order_check(
            "start_date",
            "end_date",
            QT_TRANSLATE_NOOP("fields", "A trip cannot end before it starts."),
        ),
        _workday_check,
    ],
)

DELEGATE = RecordForm(
    "delegate",
    QT_TRANSLATE_NOOP("fields", "Delegation member"),
    [
        Field("staff_id", QT_TRANSLATE_NOOP("fields", "Our staff member"), REF, ref="staff"),
        Field(
            "counterpart_id",
            QT_TRANSLATE_NOOP("fields", "Visiting counterpart"),
            REF,
            ref="counterpart",
        ),
        Field(
            "role", QT_TRANSLATE_NOOP("fields", "Role"), CHOICE, required=True, choices=DelegateRole
        ),
        Field(
            "mobile",
            QT_TRANSLATE_NOOP("fields", "Mobile during the trip"),
            max_length=100,
            hint=QT_TRANSLATE_NOOP("fields", "with the country code, like +81 90 1234 5678"),
        ),
        Field(
            "rooming",
            QT_TRANSLATE_NOOP("fields", "Rooming"),
            max_length=300,
            hint=QT_TRANSLATE_NOOP("fields", "room, and with whom it is shared"),
        ),
        Field("notes", QT_TRANSLATE_NOOP("fields", "Notes"), MULTILINE, max_length=5_000),
    ],
    checks=[_one_delegate],
)

CONTACT = RecordForm(
    "trip_contact",
    QT_TRANSLATE_NOOP("fields", "Local contact"),
    [
        Field(
            "role",
            QT_TRANSLATE_NOOP("fields", "Role"),
            CHOICE,
            required=True,
            choices=ContactRole,
        ),
        Field("name", QT_TRANSLATE_NOOP("fields", "Name"), required=True, max_length=300),
        Field(
            "organization",
            QT_TRANSLATE_NOOP("fields", "Organization"),
            max_length=300,
            hint=QT_TRANSLATE_NOOP("fields", "for example Embassy of Japan in Germany"),
        ),
        Field("city_id", QT_TRANSLATE_NOOP("fields", "City"), REF, ref="city"),
        Field("phone", QT_TRANSLATE_NOOP("fields", "Telephone"), max_length=100),
        Field("email", QT_TRANSLATE_NOOP("fields", "E-mail"), EMAIL, max_length=300),
        Field("notes", QT_TRANSLATE_NOOP("fields", "Notes"), MULTILINE, max_length=5_000),
    ],
)

BUDGET = RecordForm(
    "budget",
    QT_TRANSLATE_NOOP("fields", "Budget line"),
    [
        Field(
            "category",
            QT_TRANSLATE_NOOP("fields", "Category"),
            CHOICE,
            required=True,
            choices=BudgetCategory,
        ),
        Field("description", QT_TRANSLATE_NOOP("fields", "Description"), max_length=500),
        Field(
            "amount",
            QT_TRANSLATE_NOOP("fields", "Amount"),
            MONEY,
            required=True,
            minimum=0,
            maximum=1e12,
        ),
        Field(
            "currency",
            QT_TRANSLATE_NOOP("fields", "Currency"),
            required=True,
            max_length=3,
            hint=QT_TRANSLATE_NOOP("fields", "ISO code: JPY, EUR, USD…"),
        ),
        Field(
            "rate_to_jpy",
            QT_TRANSLATE_NOOP("fields", "Yen per unit"),
            FLOAT,
            minimum=0,
            maximum=1e6,
            hint=QT_TRANSLATE_NOOP(
                "fields", "leave empty to use the trip's rate for this currency"
            ),
        ),
    ],
    checks=[
        lambda v: (
            {"currency": QT_TRANSLATE_NOOP("fields", "Use a three-letter currency code.")}
            if v.get("currency") and not (len(v["currency"]) == 3 and v["currency"].isalpha())
            else {}
        )
    ],
)


def _owner_matches_side(values: dict[str, Any]) -> dict[str, str]:
    if values.get("owner_staff_id") and values.get("owner_counterpart_id"):
        return {
            "owner_counterpart_id": QT_TRANSLATE_NOOP(
                "fields", "Name one owner: one of our staff or one of theirs."
            )
        }
    side = getattr(values.get("owner_side"), "value", values.get("owner_side"))
    if side == "ours" and values.get("owner_counterpart_id"):
        return {
            "owner_counterpart_id": QT_TRANSLATE_NOOP(
                "fields", "Our commitment is owned by one of our staff."
            )
        }
    if side == "theirs" and values.get("owner_staff_id"):
        return {
            "owner_staff_id": QT_TRANSLATE_NOOP(
                "fields", "Their commitment is owned by one of their people."
            )
        }
    return {}


def _place_has_reason(values: dict[str, Any]) -> dict[str, str]:
    if values.get("place") and not (values.get("place_reason") or "").strip():
        return {
            "place_reason": QT_TRANSLATE_NOOP(
                "fields", "Say why this person's place differs from the order of precedence."
            )
        }
    return {}


def _attendee_matches_side(values: dict[str, Any]) -> dict[str, str]:
    side = getattr(values.get("side"), "value", values.get("side"))
    if side == "ours" and (not values.get("staff_id") or values.get("counterpart_id")):
        return {
            "staff_id": QT_TRANSLATE_NOOP(
                "fields", "Choose one of our staff (and no counterpart) for our side."
            )
        }
    if side == "theirs" and (not values.get("counterpart_id") or values.get("staff_id")):
        return {
            "counterpart_id": QT_TRANSLATE_NOOP(
                "fields", "Choose one counterpart (and no staff member) for their side."
            )
        }
    return {}


def _ends_after_starts(values: dict[str, Any]) -> dict[str, str]:
    start, end = values.get("starts_local"), values.get("ends_local")
    return (
        {"ends_local": QT_TRANSLATE_NOOP("fields", "The meeting cannot end before it starts.")}
        if start and end and end < start
        else {}
    )


def _meeting_shown(stored: dict[str, Any]) -> dict[str, Any]:
    """A meeting's instants as wall-clock times in its own zone (what an officer types)."""
    from .services.itinerary import local_wall

    shown = dict(stored)
    zone_name = stored.get("zone") or "Asia/Tokyo"
    for instant, local in (("starts_at", "starts_local"), ("ends_at", "ends_local")):
        if instant in stored:
            shown[local] = local_wall(stored[instant], zone_name) if stored[instant] else None
            del shown[instant]
    return shown


def _meeting_stored(shown: dict[str, Any]) -> dict[str, Any]:
    """Wall-clock times in the meeting's zone as instants; a time the clocks skip is refused."""
    from .services.itinerary import aware

    stored = {k: v for k, v in shown.items() if k not in ("starts_local", "ends_local")}
    zone_name = shown.get("zone") or "Asia/Tokyo"
    for local, instant in (("starts_local", "starts_at"), ("ends_local", "ends_at")):
        if local in shown:
            stored[instant] = aware(shown[local], zone_name) if shown[local] else None
    return stored


MEETING = RecordForm(
    "meeting",
    QT_TRANSLATE_NOOP("fields", "Meeting"),
    [
        Field("title", QT_TRANSLATE_NOOP("fields", "Title"), required=True, max_length=300),
        Field("title_ja", QT_TRANSLATE_NOOP("fields", "Title in Japanese"), max_length=300),
        Field(
            "starts_local",
            QT_TRANSLATE_NOOP("fields", "Starts (local time)"),
            DATETIME,
            required=True,
        ),
        Field("ends_local", QT_TRANSLATE_NOOP("fields", "Ends (local time)"), DATETIME),
        Field("zone", QT_TRANSLATE_NOOP("fields", "Time zone"), ZONE, required=True),
        Field("city_id", QT_TRANSLATE_NOOP("fields", "City"), REF, ref="city"),
        Field("venue", QT_TRANSLATE_NOOP("fields", "Venue"), max_length=300),
        Field(
            "trip_id",
            QT_TRANSLATE_NOOP("fields", "Trip"),
            REF,
            ref="trip",
            hint=QT_TRANSLATE_NOOP("fields", "empty for a meeting outside any trip"),
        ),
        Field(
            "level",
            QT_TRANSLATE_NOOP("fields", "Level"),
            CHOICE,
            required=True,
            choices=MeetingLevel,
            hint=QT_TRANSLATE_NOOP(
                "fields", "the highest office at the table; targets may count head-of-city meetings"
            ),
        ),
        Field(
            "classification",
            QT_TRANSLATE_NOOP("fields", "Classification"),
            CHOICE,
            required=True,
            choices=Classification,
        ),
        Field("language", QT_TRANSLATE_NOOP("fields", "Language"), max_length=100),
        Field("interpreter", QT_TRANSLATE_NOOP("fields", "Interpreter"), max_length=200),
        Field(
            "objectives", QT_TRANSLATE_NOOP("fields", "Objectives served"), REFS, ref="objective"
        ),
        Field(
            "project_id", QT_TRANSLATE_NOOP("fields", "Joint project served"), REF, ref="project"
        ),
        Field("agenda", QT_TRANSLATE_NOOP("fields", "Agenda"), MULTILINE, max_length=20_000),
        Field(
            "talking_points",
            QT_TRANSLATE_NOOP("fields", "Talking points"),
            MULTILINE,
            max_length=20_000,
        ),
        Field("outcome", QT_TRANSLATE_NOOP("fields", "Outcome"), MULTILINE, max_length=50_000),
        Field("decisions", QT_TRANSLATE_NOOP("fields", "Decisions"), MULTILINE, max_length=20_000),
        Field(
            "atmosphere",
            QT_TRANSLATE_NOOP("fields", "Atmosphere"),
            SCALE,
            minimum=1,
            maximum=5,
            hint=QT_TRANSLATE_NOOP("fields", "1 tense … 5 warm"),
            words=ATMOSPHERE_WORDS,
        ),
        Field(
            "follow_up",
            QT_TRANSLATE_NOOP("fields", "Follow-up notes"),
            MULTILINE,
            max_length=20_000,
        ),
        Field(
            "prepared_by_id",
            QT_TRANSLATE_NOOP("fields", "Record prepared by"),
            REF,
            ref="staff",
        ),
        Field(
            "approved_by_id",
            QT_TRANSLATE_NOOP("fields", "Record approved by"),
            REF,
            ref="staff",
        ),
        Field("approved_on", QT_TRANSLATE_NOOP("fields", "Record approved on"), DATE),
    ],
    checks=[_ends_after_starts],
    to_shown=_meeting_shown,
    to_stored=_meeting_stored,
)


def _deadline_after_start(values: dict[str, Any]) -> dict[str, str]:
    return order_check(
        "starts_on",
        "deadline",
        QT_TRANSLATE_NOOP("fields", "The deadline cannot come before the start."),
    )(values)


# The rule and the milestones are edited beside these fields (ui/dialogs/target.py) and
# checked by cityapp.services.strategy.
TARGET = RecordForm(
    "target",
    QT_TRANSLATE_NOOP("fields", "Target"),
    [
        Field("title", QT_TRANSLATE_NOOP("fields", "Title"), required=True, max_length=300),
        Field("title_ja", QT_TRANSLATE_NOOP("fields", "Title in Japanese"), max_length=300),
        Field(
            "target_count",
            QT_TRANSLATE_NOOP("fields", "Cities to reach"),
            INT,
            required=True,
            minimum=1,
            maximum=100_000,
        ),
        Field("starts_on", QT_TRANSLATE_NOOP("fields", "Counting from"), DATE),
        Field("deadline", QT_TRANSLATE_NOOP("fields", "Deadline"), DATE, required=True),
        Field("objective_id", QT_TRANSLATE_NOOP("fields", "Objective"), REF, ref="objective"),
        Field("notes", QT_TRANSLATE_NOOP("fields", "Notes"), MULTILINE, max_length=5_000),
    ],
    checks=[_deadline_after_start],
)

ATTENDEE = RecordForm(
    "attendee",
    QT_TRANSLATE_NOOP("fields", "Attendee"),
    [
        Field("side", QT_TRANSLATE_NOOP("fields", "Side"), CHOICE, required=True, choices=Side),
        Field("staff_id", QT_TRANSLATE_NOOP("fields", "Our staff member"), REF, ref="staff"),
        Field(
            "counterpart_id", QT_TRANSLATE_NOOP("fields", "Their person"), REF, ref="counterpart"
        ),
        Field("role", QT_TRANSLATE_NOOP("fields", "Role at the meeting"), max_length=200),
        Field(
            "interpreter",
            QT_TRANSLATE_NOOP("fields", "Interprets at this meeting"),
            BOOL,
            hint=QT_TRANSLATE_NOOP("fields", "seated beside or behind their principal"),
        ),
        Field(
            "office_id",
            QT_TRANSLATE_NOOP("fields", "Office that counts here"),
            REF,
            ref="office",
            hint=QT_TRANSLATE_NOOP("fields", "for someone holding several; else their own"),
        ),
        Field(
            "place",
            QT_TRANSLATE_NOOP("fields", "Place in their side's order"),
            INT,
            minimum=1,
            maximum=999,
            hint=QT_TRANSLATE_NOOP("fields", "only to override the order of precedence"),
        ),
        Field("place_reason", QT_TRANSLATE_NOOP("fields", "Reason for the place"), max_length=300),
    ],
    checks=[_attendee_matches_side, _place_has_reason],
)

OFFICE = RecordForm(
    "office",
    QT_TRANSLATE_NOOP("fields", "Office"),
    [
        Field(
            "rank",
            QT_TRANSLATE_NOOP("fields", "Rank"),
            INT,
            required=True,
            minimum=1,
            maximum=999,
            hint=QT_TRANSLATE_NOOP(
                "fields", "1 comes first; equal ranks go by the date the term began"
            ),
        ),
        Field("name_en", QT_TRANSLATE_NOOP("fields", "Office"), required=True, max_length=200),
        Field("name_ja", QT_TRANSLATE_NOOP("fields", "Office in Japanese"), max_length=200),
        Field("notes", QT_TRANSLATE_NOOP("fields", "Notes"), MULTILINE, max_length=5_000),
    ],
)

COMMITMENT = RecordForm(
    "commitment",
    QT_TRANSLATE_NOOP("fields", "Commitment"),
    [
        Field(
            "text",
            QT_TRANSLATE_NOOP("fields", "Commitment"),
            MULTILINE,
            required=True,
            max_length=5_000,
        ),
        Field(
            "owner_side",
            QT_TRANSLATE_NOOP("fields", "Owner side"),
            CHOICE,
            required=True,
            choices=OwnerSide,
        ),
        Field("owner_staff_id", QT_TRANSLATE_NOOP("fields", "Owner (ours)"), REF, ref="staff"),
        Field(
            "owner_counterpart_id",
            QT_TRANSLATE_NOOP("fields", "Owner (theirs)"),
            REF,
            ref="counterpart",
        ),
        Field("due_on", QT_TRANSLATE_NOOP("fields", "Due"), DATE),
        Field(
            "status",
            QT_TRANSLATE_NOOP("fields", "Status"),
            CHOICE,
            required=True,
            choices=CommitmentStatus,
        ),
        Field("completed_on", QT_TRANSLATE_NOOP("fields", "Done on"), DATE),
        Field("is_invitation", QT_TRANSLATE_NOOP("fields", "An invitation to visit"), BOOL),
        Field("notes", QT_TRANSLATE_NOOP("fields", "Notes"), MULTILINE, max_length=20_000),
        Field(
            "project_id", QT_TRANSLATE_NOOP("fields", "Joint project served"), REF, ref="project"
        ),
        Field("bureau_id", QT_TRANSLATE_NOOP("fields", "Bureau responsible"), REF, ref="bureau"),
    ],
    checks=[_owner_matches_side],
)

_GIFT_FIELDS = [
    Field(
        "direction",
        QT_TRANSLATE_NOOP("fields", "Given or received"),
        CHOICE,
        required=True,
        choices=GiftDirection,
    ),
    Field("description", QT_TRANSLATE_NOOP("fields", "Gift"), required=True, max_length=500),
    Field("counterpart_id", QT_TRANSLATE_NOOP("fields", "Counterpart"), REF, ref="counterpart"),
    Field(
        "value_jpy",
        QT_TRANSLATE_NOOP("fields", "Estimated value (yen)"),
        MONEY,
        minimum=0,
        maximum=100_000_000,
        whole=True,
        hint=QT_TRANSLATE_NOOP(
            "fields", "a gift received without a value is flagged until it is valued"
        ),
    ),
    Field("exchanged_on", QT_TRANSLATE_NOOP("fields", "Date"), DATE, required=True),
    Field(
        "disposition",
        QT_TRANSLATE_NOOP("fields", "What became of it"),
        CHOICE,
        choices=GiftDisposition,
        hint=QT_TRANSLATE_NOOP("fields", "for a gift received"),
    ),
    Field(
        "disposition_note",
        QT_TRANSLATE_NOOP("fields", "Where, or to whom"),
        max_length=300,
        hint=QT_TRANSLATE_NOOP("fields", "where it is kept, or to whom it went"),
    ),
    Field("declared_on", QT_TRANSLATE_NOOP("fields", "Declared on"), DATE),
    Field("declaration_ref", QT_TRANSLATE_NOOP("fields", "Declaration number"), max_length=200),
    Field("notes", QT_TRANSLATE_NOOP("fields", "Notes"), MULTILINE, max_length=5_000),
]


def _disposition_of_received(values: dict[str, Any]) -> dict[str, str]:
    if values.get("disposition") is not None and values.get("direction") == GiftDirection.GIVEN:
        return {
            "disposition": QT_TRANSLATE_NOOP(
                "fields", "What became of a gift is recorded for gifts received."
            )
        }
    return {}


_GIFT_CHECKS = [
    order_check(
        "exchanged_on",
        "declared_on",
        QT_TRANSLATE_NOOP("fields", "A gift is declared on or after the day it was received."),
    ),
    _disposition_of_received,
]
# A gift as a meeting's Gifts tab adds it (the meeting is the one shown)...
GIFT = RecordForm("gift", QT_TRANSLATE_NOOP("fields", "Gift"), _GIFT_FIELDS, _GIFT_CHECKS)
# ...and as the gift register shows it, with the meeting where it was exchanged.
GIFT_REGISTER = RecordForm(
    "gift",
    QT_TRANSLATE_NOOP("fields", "Gift"),
    [
        *_GIFT_FIELDS[:3],
        Field("meeting_id", QT_TRANSLATE_NOOP("fields", "Meeting"), REF, ref="meeting"),
        *_GIFT_FIELDS[3:],
    ],
    _GIFT_CHECKS,
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
    "agreement": {"kind": AgreementKind.MOU, "legally_binding": True, "objectives": []},
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
    "meeting": {
        "classification": Classification.INTERNAL,
        "level": MeetingLevel.WORKING,
        "objectives": [],
        "zone": "Asia/Tokyo",
    },
    "attendee": {"side": Side.THEIRS},
    "commitment": {
        "owner_side": OwnerSide.OURS,
        "status": CommitmentStatus.OPEN,
        "is_invitation": False,
    },
    "gift": {"direction": GiftDirection.GIVEN},
    "project": {"status": ProjectStatus.PLANNED},
    "programme": {"kind": ProgrammeKind.YOUTH_EXCHANGE, "cities": [], "objectives": []},
    "programme_year": {"participants": 0, "spending_yen": 0},
    "national_contact": {"body": NationalBody.EMBASSY},
    "lesson": {"action_status": ActionStatus.PROPOSED},
}


BUREAU = RecordForm(
    "bureau",
    QT_TRANSLATE_NOOP("fields", "Bureau"),
    [
        Field("name_en", QT_TRANSLATE_NOOP("fields", "Bureau"), required=True, max_length=200),
        Field("name_ja", QT_TRANSLATE_NOOP("fields", "Bureau in Japanese"), max_length=200),
    ],
)

PROJECT = RecordForm(
    "project",
    QT_TRANSLATE_NOOP("fields", "Joint project"),
    [
        Field("title", QT_TRANSLATE_NOOP("fields", "Title"), required=True, max_length=300),
        Field("title_ja", QT_TRANSLATE_NOOP("fields", "Title in Japanese"), max_length=300),
        Field(
            "status",
            QT_TRANSLATE_NOOP("fields", "Status"),
            CHOICE,
            required=True,
            choices=ProjectStatus,
        ),
        Field("bureau_id", QT_TRANSLATE_NOOP("fields", "Leading bureau"), REF, ref="bureau"),
        Field("starts_on", QT_TRANSLATE_NOOP("fields", "Starts"), DATE),
        Field("ends_on", QT_TRANSLATE_NOOP("fields", "Ends"), DATE),
        Field("budget_yen", QT_TRANSLATE_NOOP("fields", "Budget (yen)"), MONEY),
        Field("cities", QT_TRANSLATE_NOOP("fields", "Partner cities"), REFS, ref="city"),
        Field("networks", QT_TRANSLATE_NOOP("fields", "Networks"), REFS, ref="network"),
        Field(
            "organizations", QT_TRANSLATE_NOOP("fields", "Organizations"), REFS, ref="organization"
        ),
        Field(
            "objectives", QT_TRANSLATE_NOOP("fields", "Objectives served"), REFS, ref="objective"
        ),
        Field(
            "description", QT_TRANSLATE_NOOP("fields", "Description"), MULTILINE, max_length=20_000
        ),
        Field("results", QT_TRANSLATE_NOOP("fields", "Results"), MULTILINE, max_length=20_000),
    ],
    checks=[
        order_check(
            "starts_on",
            "ends_on",
            QT_TRANSLATE_NOOP("fields", "A project cannot end before it starts."),
        )
    ],
)


def _target_differs(values: dict[str, Any]) -> dict[str, str]:
    baseline, target = values.get("baseline"), values.get("target")
    if baseline is not None and target is not None and baseline == target:
        return {
            "target": QT_TRANSLATE_NOOP(
                "fields", "The target must differ from the baseline, or there is nothing to reach."
            )
        }
    return {}


INDICATOR = RecordForm(
    "indicator",
    QT_TRANSLATE_NOOP("fields", "Benefit to residents"),
    [
        Field("name", QT_TRANSLATE_NOOP("fields", "Indicator"), required=True, max_length=300),
        Field(
            "unit",
            QT_TRANSLATE_NOOP("fields", "Unit"),
            required=True,
            max_length=50,
            hint=QT_TRANSLATE_NOOP("fields", "for example t CO₂, people, visitors"),
        ),
        Field("baseline", QT_TRANSLATE_NOOP("fields", "Baseline"), FLOAT, required=True),
        Field(
            "target",
            QT_TRANSLATE_NOOP("fields", "Target"),
            FLOAT,
            required=True,
            hint=QT_TRANSLATE_NOOP("fields", "below the baseline where less is better"),
        ),
        Field("target_on", QT_TRANSLATE_NOOP("fields", "Target date"), DATE),
    ],
    checks=[_target_differs],
)

MEASUREMENT = RecordForm(
    "measurement",
    QT_TRANSLATE_NOOP("fields", "Measured value"),
    [
        Field("measured_on", QT_TRANSLATE_NOOP("fields", "Measured on"), DATE, required=True),
        Field("value", QT_TRANSLATE_NOOP("fields", "Value"), FLOAT, required=True),
        Field("note", QT_TRANSLATE_NOOP("fields", "Note"), MULTILINE, max_length=5_000),
    ],
)


def _reached_has_day(values: dict[str, Any]) -> dict[str, str]:
    status = getattr(values.get("status"), "value", values.get("status"))
    if status == "reached" and values.get("reached_on") is None:
        return {"reached_on": QT_TRANSLATE_NOOP("fields", "Say when the milestone was reached.")}
    return {}


MILESTONE = RecordForm(
    "milestone",
    QT_TRANSLATE_NOOP("fields", "Milestone"),
    [
        Field("title", QT_TRANSLATE_NOOP("fields", "Milestone"), required=True, max_length=300),
        Field("due_on", QT_TRANSLATE_NOOP("fields", "Due"), DATE),
        Field(
            "status",
            QT_TRANSLATE_NOOP("fields", "Status"),
            CHOICE,
            required=True,
            choices=MilestoneStatus,
        ),
        Field("reached_on", QT_TRANSLATE_NOOP("fields", "Reached on"), DATE),
    ],
    checks=[_reached_has_day],
)


def _fiscal_year(key: str, label: Text) -> Field:
    """A Japanese fiscal year, named by its April (2015 runs from April 2015 to March 2016)."""
    return Field(key, label, INT, required=True, minimum=1950, maximum=2200)


FUND = RecordForm(
    "fund",
    QT_TRANSLATE_NOOP("fields", "Fund"),
    [
        Field("name", QT_TRANSLATE_NOOP("fields", "Fund"), required=True, max_length=300),
        Field("name_ja", QT_TRANSLATE_NOOP("fields", "Fund in Japanese"), max_length=300),
        Field(
            "total_yen",
            QT_TRANSLATE_NOOP("fields", "Total (yen)"),
            MONEY,
            required=True,
            minimum=1,
            maximum=10**15,
            whole=True,
        ),
        _fiscal_year("start_fiscal_year", QT_TRANSLATE_NOOP("fields", "From fiscal year")),
        Field("notes", QT_TRANSLATE_NOOP("fields", "Notes"), MULTILINE, max_length=20_000),
    ],
)

PROGRAMME = RecordForm(
    "programme",
    QT_TRANSLATE_NOOP("fields", "Exchange programme"),
    [
        Field("title", QT_TRANSLATE_NOOP("fields", "Title"), required=True, max_length=300),
        Field("title_ja", QT_TRANSLATE_NOOP("fields", "Title in Japanese"), max_length=300),
        Field(
            "kind",
            QT_TRANSLATE_NOOP("fields", "Kind"),
            CHOICE,
            required=True,
            choices=ProgrammeKind,
        ),
        Field("fund_id", QT_TRANSLATE_NOOP("fields", "Financed by"), REF, ref="fund"),
        Field("bureau_id", QT_TRANSLATE_NOOP("fields", "Bureau responsible"), REF, ref="bureau"),
        Field("cities", QT_TRANSLATE_NOOP("fields", "Partner cities"), REFS, ref="city"),
        Field(
            "objectives", QT_TRANSLATE_NOOP("fields", "Objectives served"), REFS, ref="objective"
        ),
        Field(
            "description", QT_TRANSLATE_NOOP("fields", "Description"), MULTILINE, max_length=20_000
        ),
        Field("outcomes", QT_TRANSLATE_NOOP("fields", "Outcomes"), MULTILINE, max_length=20_000),
    ],
)

PROGRAMME_YEAR = RecordForm(
    "programme_year",
    QT_TRANSLATE_NOOP("fields", "Fiscal year of a programme"),
    [
        _fiscal_year("fiscal_year", QT_TRANSLATE_NOOP("fields", "Fiscal year")),
        Field(
            "participants",
            QT_TRANSLATE_NOOP("fields", "Participants"),
            INT,
            required=True,
            minimum=0,
            maximum=1_000_000,
        ),
        Field(
            "spending_yen",
            QT_TRANSLATE_NOOP("fields", "Spending (yen)"),
            MONEY,
            required=True,
            minimum=0,
            maximum=10**15,
            whole=True,
        ),
        Field("note", QT_TRANSLATE_NOOP("fields", "Note"), MULTILINE, max_length=5_000),
    ],
)

PARTICIPANT = RecordForm(
    "programme_participant",
    QT_TRANSLATE_NOOP("fields", "Staff member taking part"),
    [
        Field(
            "staff_id", QT_TRANSLATE_NOOP("fields", "Staff member"), REF, required=True, ref="staff"
        ),
        _fiscal_year("fiscal_year", QT_TRANSLATE_NOOP("fields", "Fiscal year")),
        Field(
            "role",
            QT_TRANSLATE_NOOP("fields", "Role"),
            max_length=200,
            hint=QT_TRANSLATE_NOOP("fields", "for example seconded to the C40 secretariat"),
        ),
    ],
)

NATIONAL_CONTACT = RecordForm(
    "national_contact",
    QT_TRANSLATE_NOOP("fields", "Contact with the national government"),
    [
        Field("contacted_on", QT_TRANSLATE_NOOP("fields", "Date"), DATE, required=True),
        Field(
            "body",
            QT_TRANSLATE_NOOP("fields", "With"),
            CHOICE,
            required=True,
            choices=NationalBody,
        ),
        Field(
            "whom",
            QT_TRANSLATE_NOOP("fields", "Whom"),
            required=True,
            max_length=300,
            hint=QT_TRANSLATE_NOOP(
                "fields",
                "office and person, for example Embassy of Japan in the UK, political section",
            ),
        ),
        Field(
            "subject",
            QT_TRANSLATE_NOOP("fields", "Discussed or requested"),
            MULTILINE,
            max_length=20_000,
        ),
        Field("follow_up", QT_TRANSLATE_NOOP("fields", "Follow-up"), MULTILINE, max_length=20_000),
    ],
)


def _action_has_day(values: dict[str, Any]) -> dict[str, str]:
    status = getattr(values.get("action_status"), "value", values.get("action_status"))
    if status == "adopted" and values.get("action_on") is None:
        return {"action_on": QT_TRANSLATE_NOOP("fields", "Say when the action was adopted.")}
    if status in ("under_way", "adopted") and not (values.get("action") or "").strip():
        return {"action": QT_TRANSLATE_NOOP("fields", "Say what the action is.")}
    return {}


LESSON = RecordForm(
    "lesson",
    QT_TRANSLATE_NOOP("fields", "Lesson"),
    [
        Field("learned_on", QT_TRANSLATE_NOOP("fields", "Learned on"), DATE, required=True),
        Field(
            "learned",
            QT_TRANSLATE_NOOP("fields", "What was learned"),
            MULTILINE,
            required=True,
            max_length=20_000,
        ),
        Field("objective_id", QT_TRANSLATE_NOOP("fields", "Objective"), REF, ref="objective"),
        Field("bureau_id", QT_TRANSLATE_NOOP("fields", "Bureau responsible"), REF, ref="bureau"),
        Field(
            "action",
            QT_TRANSLATE_NOOP("fields", "Policy action"),
            MULTILINE,
            max_length=20_000,
            hint=QT_TRANSLATE_NOOP("fields", "for example a review of the Games venue plans"),
        ),
        Field(
            "action_status",
            QT_TRANSLATE_NOOP("fields", "Action status"),
            CHOICE,
            required=True,
            choices=ActionStatus,
        ),
        Field("action_on", QT_TRANSLATE_NOOP("fields", "Action dated"), DATE),
    ],
    checks=[_action_has_day],
)

# The form that checks each table's records (services validate every write against it).
FORMS_BY_TABLE: dict[str, RecordForm] = {
    "city": CITY,
    "counterpart": COUNTERPART,
    "staff_member": STAFF,
    "network": NETWORK,
    "network_membership": MEMBERSHIP,
    "network_plenary": PLENARY,
    "agreement": AGREEMENT,
    "agreement_event": AGREEMENT_EVENT,
    "organization": ORGANIZATION,
    "precedence_office": OFFICE,
    "bureau": BUREAU,
    "project": PROJECT,
    "indicator": INDICATOR,
    "measurement": MEASUREMENT,
    "milestone": MILESTONE,
    "fund": FUND,
    "programme": PROGRAMME,
    "programme_year": PROGRAMME_YEAR,
    "programme_participant": PARTICIPANT,
    "national_contact": NATIONAL_CONTACT,
    "lesson": LESSON,
    "trip": TRIP,
    "trip_delegate": DELEGATE,
    "trip_contact": CONTACT,
    "budget_line": BUDGET,
    "meeting": MEETING,
    "target": TARGET,
    "meeting_attendee": ATTENDEE,
    "commitment": COMMITMENT,
    "gift": GIFT,
}
