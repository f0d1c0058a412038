"""The words for the domain's closed vocabularies (`cityapp.models.enums`), marked for
translation: one label per stored value, whichever vocabulary it belongs to."""

from __future__ import annotations

import enum

from .i18n import QT_TRANSLATE_NOOP, Text

CHOICE_LABELS: dict[str, Text] = {
    "talks": QT_TRANSLATE_NOOP("choices", "Talks across a table"),
    "round_tables": QT_TRANSLATE_NOOP("choices", "Banquet at round tables"),
    "long_tables": QT_TRANSLATE_NOOP("choices", "Banquet at long tables"),
    "rows": QT_TRANSLATE_NOOP("choices", "Rows (ceremony or signing)"),
    "active": QT_TRANSLATE_NOOP("choices", "Active"),
    "airfare": QT_TRANSLATE_NOOP("choices", "Airfare"),
    "cancelled": QT_TRANSLATE_NOOP("choices", "Cancelled"),
    "ceremony": QT_TRANSLATE_NOOP("choices", "Ceremony"),
    "chair": QT_TRANSLATE_NOOP("choices", "Chair"),
    "city_government": QT_TRANSLATE_NOOP("choices", "City government"),
    "company": QT_TRANSLATE_NOOP("choices", "Company"),
    "completed": QT_TRANSLATE_NOOP("choices", "Completed"),
    "confidential": QT_TRANSLATE_NOOP("choices", "Confidential"),
    "confirmed": QT_TRANSLATE_NOOP("choices", "Confirmed"),
    "consulate": QT_TRANSLATE_NOOP("choices", "Consulate"),
    "contact": QT_TRANSLATE_NOOP("choices", "Contact"),
    "cooperation_agreement": QT_TRANSLATE_NOOP("choices", "Cooperation agreement"),
    "delete": QT_TRANSLATE_NOOP("choices", "Delete"),
    "deputy": QT_TRANSLATE_NOOP("choices", "Deputy"),
    "done": QT_TRANSLATE_NOOP("choices", "Done"),
    "dormant": QT_TRANSLATE_NOOP("choices", "Dormant"),
    "dropped": QT_TRANSLATE_NOOP("choices", "Dropped"),
    "embassy": QT_TRANSLATE_NOOP("choices", "Embassy"),
    "event": QT_TRANSLATE_NOOP("choices", "Event"),
    "flight": QT_TRANSLATE_NOOP("choices", "Flight"),
    "founder": QT_TRANSLATE_NOOP("choices", "Founder"),
    "ferry": QT_TRANSLATE_NOOP("choices", "Ferry"),
    "free": QT_TRANSLATE_NOOP("choices", "Free"),
    "friendship": QT_TRANSLATE_NOOP("choices", "Friendship"),
    "gifts": QT_TRANSLATE_NOOP("choices", "Gifts"),
    "given": QT_TRANSLATE_NOOP("choices", "Given"),
    "head": QT_TRANSLATE_NOOP("choices", "Head"),
    "head_of_city": QT_TRANSLATE_NOOP("choices", "Head of city"),
    "hotel": QT_TRANSLATE_NOOP("choices", "Hotel"),
    "idea": QT_TRANSLATE_NOOP("choices", "Idea"),
    "in_progress": QT_TRANSLATE_NOOP("choices", "In progress"),
    "inbound": QT_TRANSLATE_NOOP("choices", "Inbound"),
    "insert": QT_TRANSLATE_NOOP("choices", "Insert"),
    "internal": QT_TRANSLATE_NOOP("choices", "Internal"),
    "interpretation": QT_TRANSLATE_NOOP("choices", "Interpretation"),
    "interpreter": QT_TRANSLATE_NOOP("choices", "Interpreter"),
    "joint": QT_TRANSLATE_NOOP("choices", "Joint"),
    "liaison": QT_TRANSLATE_NOOP("choices", "Liaison officer"),
    "joint_statement": QT_TRANSLATE_NOOP("choices", "Joint statement"),
    "letter_of_intent": QT_TRANSLATE_NOOP("choices", "Letter of intent"),
    "meeting": QT_TRANSLATE_NOOP("choices", "Meeting"),
    "member": QT_TRANSLATE_NOOP("choices", "Member"),
    "mou": QT_TRANSLATE_NOOP("choices", "MoU"),
    "national_government": QT_TRANSLATE_NOOP("choices", "National government"),
    "network_body": QT_TRANSLATE_NOOP("choices", "Network body"),
    "none": QT_TRANSLATE_NOOP("choices", "None"),
    "observer": QT_TRANSLATE_NOOP("choices", "Observer"),
    "open": QT_TRANSLATE_NOOP("choices", "Open"),
    "other": QT_TRANSLATE_NOOP("choices", "Other"),
    "ours": QT_TRANSLATE_NOOP("choices", "Ours"),
    "outbound": QT_TRANSLATE_NOOP("choices", "Outbound"),
    "partner": QT_TRANSLATE_NOOP("choices", "Partner"),
    "partnership": QT_TRANSLATE_NOOP("choices", "Partnership"),
    "per_diem": QT_TRANSLATE_NOOP("choices", "Per diem"),
    "planning": QT_TRANSLATE_NOOP("choices", "Planning"),
    "press": QT_TRANSLATE_NOOP("choices", "Press"),
    "prospect": QT_TRANSLATE_NOOP("choices", "Prospect"),
    "protocol": QT_TRANSLATE_NOOP("choices", "Protocol"),
    "public": QT_TRANSLATE_NOOP("choices", "Public"),
    "rail": QT_TRANSLATE_NOOP("choices", "Rail"),
    "received": QT_TRANSLATE_NOOP("choices", "Received"),
    "regional_government": QT_TRANSLATE_NOOP("choices", "Regional government"),
    "road": QT_TRANSLATE_NOOP("choices", "Road"),
    "security": QT_TRANSLATE_NOOP("choices", "Security"),
    "senior_official": QT_TRANSLATE_NOOP("choices", "Senior official"),
    "sister": QT_TRANSLATE_NOOP("choices", "Sister"),
    "sister_city": QT_TRANSLATE_NOOP("choices", "Sister city"),
    "staff": QT_TRANSLATE_NOOP("choices", "Staff"),
    "steering_committee": QT_TRANSLATE_NOOP("choices", "Steering committee"),
    "theirs": QT_TRANSLATE_NOOP("choices", "Theirs"),
    "university": QT_TRANSLATE_NOOP("choices", "University"),
    "update": QT_TRANSLATE_NOOP("choices", "Update"),
    "vice_chair": QT_TRANSLATE_NOOP("choices", "Vice chair"),
    "working": QT_TRANSLATE_NOOP("choices", "Working"),
}


def choice_label(value: enum.Enum | str | None) -> str:
    """'sister_city' -> 'Sister city', a message translated where it is shown."""
    if value is None:
        return ""
    raw = str(getattr(value, "value", value))
    return CHOICE_LABELS.get(raw) or Text("choices", raw.replace("_", " ").capitalize())
