"""The closed vocabularies of the domain. Values are what the database stores."""

from __future__ import annotations

from enum import StrEnum


class RelationshipLevel(StrEnum):
    NONE = "none"
    CONTACT = "contact"
    FRIENDSHIP = "friendship"
    SISTER = "sister"
    PARTNER = "partner"


class CityStatus(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    DORMANT = "dormant"


class AgreementKind(StrEnum):
    SISTER_CITY = "sister_city"
    FRIENDSHIP = "friendship"
    PARTNERSHIP = "partnership"
    MOU = "mou"
    JOINT_STATEMENT = "joint_statement"
    LETTER_OF_INTENT = "letter_of_intent"
    COOPERATION = "cooperation_agreement"


class OrganizationKind(StrEnum):
    CITY_GOVERNMENT = "city_government"
    REGIONAL_GOVERNMENT = "regional_government"
    NATIONAL_GOVERNMENT = "national_government"
    EMBASSY = "embassy"
    NETWORK_BODY = "network_body"
    COMPANY = "company"
    UNIVERSITY = "university"
    OTHER = "other"


class MembershipRole(StrEnum):
    MEMBER = "member"
    FOUNDER = "founder"
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    STEERING = "steering_committee"
    OBSERVER = "observer"


class TripDirection(StrEnum):
    OUTBOUND = "outbound"
    INBOUND = "inbound"


class TripStatus(StrEnum):
    IDEA = "idea"
    PLANNING = "planning"
    CONFIRMED = "confirmed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class MeetingLevel(StrEnum):
    """The highest rank present on the other side: the targets count head-of-city meetings."""

    HEAD_OF_CITY = "head_of_city"
    DEPUTY = "deputy"
    SENIOR_OFFICIAL = "senior_official"
    WORKING = "working"


class Classification(StrEnum):
    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"


class ContactRole(StrEnum):
    """Who helps a delegation on the ground."""

    EMBASSY = "embassy"
    CONSULATE = "consulate"
    LIAISON = "liaison"
    INTERPRETER = "interpreter"
    OTHER = "other"


class DelegateRole(StrEnum):
    HEAD = "head"
    DEPUTY = "deputy"
    PROTOCOL = "protocol"
    INTERPRETER = "interpreter"
    PRESS = "press"
    SECURITY = "security"
    STAFF = "staff"


class BudgetCategory(StrEnum):
    AIRFARE = "airfare"
    HOTEL = "hotel"
    PER_DIEM = "per_diem"
    GIFTS = "gifts"
    INTERPRETATION = "interpretation"
    OTHER = "other"


class ItineraryKind(StrEnum):
    FLIGHT = "flight"
    RAIL = "rail"
    ROAD = "road"
    FERRY = "ferry"
    HOTEL = "hotel"
    MEETING = "meeting"
    CEREMONY = "ceremony"
    EVENT = "event"
    PRESS = "press"
    FREE = "free"


# Legs from one place to another: they have an origin and a destination, a carrier and a number.
TRANSPORT = frozenset(
    {ItineraryKind.FLIGHT, ItineraryKind.RAIL, ItineraryKind.ROAD, ItineraryKind.FERRY}
)


class ProjectStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    FINISHED = "finished"
    STOPPED = "stopped"


class MilestoneStatus(StrEnum):
    PENDING = "pending"
    REACHED = "reached"
    MISSED = "missed"


class ProgrammeKind(StrEnum):
    YOUTH_EXCHANGE = "youth_exchange"
    STAFF_SECONDMENT = "staff_secondment"
    SCHOLARSHIP = "scholarship"
    TRAINING = "training"
    OTHER = "other"


class NationalBody(StrEnum):
    """Who in the national government, at home or abroad, a contact was with."""

    FOREIGN_MINISTRY = "foreign_ministry"
    EMBASSY = "embassy"
    CONSULATE = "consulate"
    OTHER_MINISTRY = "other_ministry"


# The missions abroad that must know of an official trip before it leaves.
MISSIONS = frozenset({NationalBody.EMBASSY, NationalBody.CONSULATE})


class ActionStatus(StrEnum):
    """Where a policy action drawn from a lesson stands."""

    PROPOSED = "proposed"
    UNDER_WAY = "under_way"
    ADOPTED = "adopted"
    DROPPED = "dropped"


class SeatingLayout(StrEnum):
    """How a meeting or an event is seated (`cityapp.seating`)."""

    TALKS = "talks"  # across one table
    ROUND = "round_tables"  # a banquet at round tables
    LONG = "long_tables"  # a banquet at long tables
    ROWS = "rows"  # a ceremony or a signing


class Side(StrEnum):
    OURS = "ours"
    THEIRS = "theirs"


class OwnerSide(StrEnum):
    OURS = "ours"
    THEIRS = "theirs"
    JOINT = "joint"


class CommitmentStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class GiftDirection(StrEnum):
    GIVEN = "given"
    RECEIVED = "received"


class GiftDisposition(StrEnum):
    """What became of a gift the city received."""

    KEPT = "kept"
    DISPLAYED = "displayed"
    STORED = "stored"
    RETURNED = "returned"


class AgreementEventKind(StrEnum):
    RENEWAL = "renewal"
    AMENDMENT = "amendment"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
