"""The domain model. Importing this package registers every table on Base.metadata."""

from .agreements import Agreement
from .audit import AuditEntry
from .base import Base, UtcDateTime, utc_now
from .enums import (
    AgreementKind,
    AuditAction,
    BudgetCategory,
    CityStatus,
    Classification,
    CommitmentStatus,
    ContactRole,
    DelegateRole,
    GiftDirection,
    ItineraryKind,
    MeetingLevel,
    MembershipRole,
    OrganizationKind,
    OwnerSide,
    RelationshipLevel,
    Side,
    TripDirection,
    TripStatus,
)
from .meetings import Commitment, CommitmentProgress, Gift, Meeting, MeetingAttendee, OfficeSetting
from .networks import Network, NetworkMembership, NetworkPlenary
from .people import Counterpart, StaffMember
from .places import City, Organization
from .search import SearchEntry
from .strategy import Objective, Target, agreement_objective, meeting_objective, trip_objective
from .trips import (
    BudgetLine,
    ConflictAcknowledgement,
    ItineraryItem,
    Trip,
    TripContact,
    TripDelegate,
    TripStop,
    itinerary_participant,
)

__all__ = [
    "Agreement",
    "AgreementKind",
    "AuditAction",
    "AuditEntry",
    "Base",
    "BudgetCategory",
    "BudgetLine",
    "City",
    "CityStatus",
    "Classification",
    "ContactRole",
    "Commitment",
    "CommitmentProgress",
    "CommitmentStatus",
    "ConflictAcknowledgement",
    "Counterpart",
    "DelegateRole",
    "Gift",
    "GiftDirection",
    "ItineraryItem",
    "ItineraryKind",
    "MeetingLevel",
    "itinerary_participant",
    "Meeting",
    "MeetingAttendee",
    "MembershipRole",
    "Network",
    "NetworkMembership",
    "NetworkPlenary",
    "Objective",
    "agreement_objective",
    "OfficeSetting",
    "Organization",
    "OrganizationKind",
    "OwnerSide",
    "RelationshipLevel",
    "SearchEntry",
    "Side",
    "StaffMember",
    "Target",
    "Trip",
    "TripContact",
    "TripDelegate",
    "TripStop",
    "TripDirection",
    "TripStatus",
    "UtcDateTime",
    "meeting_objective",
    "trip_objective",
    "utc_now",
]
