"""A meeting's record of discussion (会談記録): one page to circulate after the meeting, as a
one-section `Book` that the workbook writer and the window's PDF lay out alike.

Date and place, the attendees of both sides, the summary, the decisions, the commitments with
their owners and due dates, who prepared the record and who approved it when. A confidential
meeting (itself or by its trip) is written only when confidential content is asked for, and
the page is then marked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from . import confidentiality
from .book import Book, Facts, Heading, Page, Paragraph, Section, Table
from .clock import CLOCK
from .i18n import QT_TRANSLATE_NOOP
from .models import Commitment, Meeting, MeetingAttendee, Side
from .services.office import wording as office_wording
from .services.precedence import attendee_loads, in_precedence
from .timefmt import HOME_ZONE, in_zone
from .wording import Wording

WORDS = {
    "title": QT_TRANSLATE_NOOP("record", "Record of discussion"),
    "internal": QT_TRANSLATE_NOOP("record", "INTERNAL — for official use"),
    "public": QT_TRANSLATE_NOOP("record", "PUBLIC"),
    "confidential": QT_TRANSLATE_NOOP("record", "CONFIDENTIAL"),
    "when": QT_TRANSLATE_NOOP("record", "Date and time"),
    "tokyo": QT_TRANSLATE_NOOP("record", "{moment} (Tokyo {time})"),
    "place": QT_TRANSLATE_NOOP("record", "Place"),
    "trip": QT_TRANSLATE_NOOP("record", "Trip"),
    "language": QT_TRANSLATE_NOOP("record", "Language and interpretation"),
    "ours": QT_TRANSLATE_NOOP("record", "Our side"),
    "theirs": QT_TRANSLATE_NOOP("record", "Their side"),
    "name": QT_TRANSLATE_NOOP("record", "Name"),
    "position": QT_TRANSLATE_NOOP("record", "Position"),
    "role": QT_TRANSLATE_NOOP("record", "Role at the meeting"),
    "summary": QT_TRANSLATE_NOOP("record", "Summary"),
    "decisions": QT_TRANSLATE_NOOP("record", "Decisions"),
    "commitments": QT_TRANSLATE_NOOP("record", "Commitments"),
    "commitment": QT_TRANSLATE_NOOP("record", "Commitment"),
    "owner": QT_TRANSLATE_NOOP("record", "Owner"),
    "due": QT_TRANSLATE_NOOP("record", "Due"),
    "status": QT_TRANSLATE_NOOP("record", "Status"),
    "none": QT_TRANSLATE_NOOP("record", "None recorded."),
    "prepared": QT_TRANSLATE_NOOP("record", "Prepared by"),
    "approved": QT_TRANSLATE_NOOP("record", "Approved by"),
    "approved_on": QT_TRANSLATE_NOOP("record", "Approved on"),
    "not_yet": QT_TRANSLATE_NOOP("record", "not yet approved"),
    "written": QT_TRANSLATE_NOOP("record", "Written {moment}"),
    "owner_is": QT_TRANSLATE_NOOP("record", "{side} ({person})"),
}


@dataclass
class RecordOptions:
    include_confidential: bool = False
    lang: str = "en"
    written_at: datetime = field(default_factory=lambda: CLOCK.now())


def ordered_attendees(meeting: Meeting, side: Side, language: str) -> list[MeetingAttendee]:
    """One side's attendees in the order the record names them: in precedence order."""
    return [
        p.attendee
        for p in in_precedence([a for a in meeting.attendees if a.side is side], language)
    ]


def record_book(session: Session, meeting_id: int, options: RecordOptions) -> Book:
    """The record of discussion as a one-section book (portrait): the workbook and the PDF
    lay it out alike."""
    confidentiality.check_meeting(session, meeting_id, options.include_confidential)
    secret = confidentiality.meeting_is_confidential(session, meeting_id)
    with confidentiality.scope(session, options.include_confidential):
        meeting = session.scalars(
            select(Meeting)
            .where(Meeting.id == meeting_id)
            .options(
                *(selectinload(Meeting.attendees).options(o) for o in attendee_loads()),
                selectinload(Meeting.commitments).selectinload(Commitment.owner_staff),
                selectinload(Meeting.commitments).selectinload(Commitment.owner_counterpart),
                selectinload(Meeting.city),
                selectinload(Meeting.trip),
                selectinload(Meeting.prepared_by),
                selectinload(Meeting.approved_by),
            )
        ).one()
        return _content(meeting, office_wording(session, options.lang), options, secret)


def _content(meeting: Meeting, w: Wording, options: RecordOptions, secret: bool) -> Book:
    L = {key: w(text) for key, text in WORDS.items() if "{" not in text}
    marking = (
        L["confidential"]
        if secret
        else L["public"]
        if meeting.classification.value == "public"
        else L["internal"]
    )
    home = f"{in_zone(meeting.starts_at, HOME_ZONE):%H:%M}"
    when = w(WORDS["tokyo"].format(moment=w.when(meeting.starts_at, meeting.zone), time=home))
    facts = [
        (L["when"], when),
        (L["place"], w.place(meeting.venue, meeting.city)),
        (L["trip"], meeting.trip.title if meeting.trip else ""),
        (L["language"], w.join((w.languages(meeting.language), meeting.interpreter))),
    ]
    page = Page().add(
        Heading(L["title"]),
        Heading(w.title_of(meeting), 2),
        Facts([(k, v) for k, v in facts if v]),
    )
    for side, key in ((Side.OURS, "ours"), (Side.THEIRS, "theirs")):
        people = ordered_attendees(meeting, side, options.lang)
        rows = []
        for a in people:
            person = a.staff or a.counterpart
            position = (a.staff.title if a.staff else a.counterpart.position) if person else None
            rows.append([w.person(person), position, a.role])
        page.add(Heading(L[key], 2))
        page.add(
            Table([L["name"], L["position"], L["role"]], rows, [6, 7, 7])
            if rows
            else Paragraph(L["none"], note=True)
        )
    for key, text in (("summary", meeting.outcome), ("decisions", meeting.decisions)):
        page.add(Heading(L[key], 2), Paragraph(text or L["none"], note=not text))
    rows = []
    for c in meeting.commitments:
        owner = c.owner_staff or c.owner_counterpart
        rows.append(
            [
                c.text,
                w(WORDS["owner_is"].format(side=w.choice(c.owner_side), person=w.person(owner)))
                if owner
                else w.choice(c.owner_side),
                w.date(c.due_on, weekday=False),
                w.choice(c.status),
            ]
        )
    page.add(Heading(L["commitments"], 2))
    page.add(
        Table([L["commitment"], L["owner"], L["due"], L["status"]], rows, [8, 5, 4, 3])
        if rows
        else Paragraph(L["none"], note=True)
    )
    signed = [
        (L["prepared"], w.person(meeting.prepared_by) or "—"),
        (L["approved"], w.person(meeting.approved_by) or L["not_yet"]),
        (L["approved_on"], w.date(meeting.approved_on) if meeting.approved_on else ""),
    ]
    page.add(Paragraph(""), Facts([(k, v) for k, v in signed if v]))
    written = w(WORDS["written"].format(moment=w.at_home(options.written_at)))
    return Book(
        title=L["title"],
        subtitle=w.title_of(meeting),
        marking=marking,
        footer=written,
        language=w.language,
        sections=[Section("record", L["title"], [page])],
        portrait=True,
    )
