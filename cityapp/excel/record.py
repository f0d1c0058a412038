"""A meeting's record of discussion (会談記録): one page to circulate after the meeting.

Date and place, the attendees of both sides, the summary, the decisions, the commitments with
their owners and due dates, who prepared the record and who approved it when. A confidential
meeting (itself or by its trip) is written only when confidential content is asked for, and
the page is then marked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .. import confidentiality
from ..clock import CLOCK
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Commitment, Meeting, MeetingAttendee, Side
from ..services.office import wording as office_wording
from ..timefmt import HOME_ZONE, in_zone
from ..wording import Wording
from .briefing import save_workbook
from .cells import put_text, put_value
from .sheets import BODY, FONT, HEADER, HEADER_FILL, LINE, TITLE, WRAP, display_width

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
WIDTHS = (24, 34, 34, 16)


@dataclass
class RecordOptions:
    include_confidential: bool = False
    lang: str = "en"
    written_at: datetime = field(default_factory=lambda: CLOCK.now())


def ordered_attendees(meeting: Meeting, side: Side) -> list[MeetingAttendee]:
    """One side's attendees in the order the record names them: as they were recorded."""
    return [a for a in meeting.attendees if a.side is side]


def build_record(session: Session, meeting_id: int, options: RecordOptions) -> Workbook:
    confidentiality.check_meeting(session, meeting_id, options.include_confidential)
    secret = confidentiality.meeting_is_confidential(session, meeting_id)
    with confidentiality.scope(session, options.include_confidential):
        meeting = session.scalars(
            select(Meeting)
            .where(Meeting.id == meeting_id)
            .options(
                selectinload(Meeting.attendees).selectinload(MeetingAttendee.staff),
                selectinload(Meeting.attendees).selectinload(MeetingAttendee.counterpart),
                selectinload(Meeting.commitments).selectinload(Commitment.owner_staff),
                selectinload(Meeting.commitments).selectinload(Commitment.owner_counterpart),
                selectinload(Meeting.city),
                selectinload(Meeting.trip),
                selectinload(Meeting.prepared_by),
                selectinload(Meeting.approved_by),
            )
        ).one()
        return _write(meeting, office_wording(session, options.lang), options, secret)


class _Page:
    """Rows written top to bottom on one portrait page."""

    def __init__(self, ws) -> None:
        self.ws, self.row = ws, 1

    def cells(self, values, font=BODY, fill=None, merge_last: bool = False) -> None:
        for column, value in enumerate(values, start=1):
            cell = self.ws.cell(row=self.row, column=column)
            put_value(cell, value)
            cell.font, cell.alignment = font, WRAP
            if fill is not None:
                cell.fill, cell.border = fill, LINE
        if merge_last and len(values) < len(WIDTHS):
            self.ws.merge_cells(
                start_row=self.row,
                start_column=len(values),
                end_row=self.row,
                end_column=len(WIDTHS),
            )
        lines = 1
        for column, value in enumerate(values):
            if value is None:
                continue
            last = merge_last and column == len(values) - 1
            width = sum(WIDTHS[column:]) if last else WIDTHS[column]
            lines = max(
                lines,
                sum(
                    max(1, math.ceil(display_width(part) / max(width - 1, 1)))
                    for part in str(value).split("\n")
                ),
            )
        self.ws.row_dimensions[self.row].height = min(409, 14 * lines + 2)
        self.row += 1

    def heading(self, text: str) -> None:
        self.row += 1
        cell = self.ws.cell(row=self.row, column=1)
        put_text(cell, text)
        cell.font = HEADER
        self.row += 1


def _write(meeting: Meeting, w: Wording, options: RecordOptions, secret: bool) -> Workbook:
    L = {key: w(text) for key, text in WORDS.items() if "{" not in text}
    marking = (
        L["confidential"]
        if secret
        else L["public"]
        if meeting.classification.value == "public"
        else L["internal"]
    )
    wb = Workbook()
    ws = wb.active
    ws.title = L["title"][:31]
    for index, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[chr(ord("A") + index - 1)].width = width
    page = _Page(ws)  # the marking is in the page header, once
    page.cells([L["title"]], font=TITLE)
    page.cells([meeting.title], font=Font(name=FONT, size=12, bold=True), merge_last=True)
    page.row += 1
    home = f"{in_zone(meeting.starts_at, HOME_ZONE):%H:%M}"
    facts = [
        (
            L["when"],
            w(WORDS["tokyo"].format(moment=w.when(meeting.starts_at, meeting.zone), time=home)),
        ),
        (L["place"], w.join((meeting.venue, w.city(meeting.city)))),
        (L["trip"], meeting.trip.title if meeting.trip else ""),
        (L["language"], w.join((w.languages(meeting.language), meeting.interpreter))),
    ]
    for label, value in facts:
        if value:
            page.cells([label, value], merge_last=True)
    for side, key in ((Side.OURS, "ours"), (Side.THEIRS, "theirs")):
        page.heading(L[key])
        people = ordered_attendees(meeting, side)
        page.cells([L["name"], L["position"], L["role"]], font=HEADER, fill=HEADER_FILL)
        for a in people:
            person = a.staff or a.counterpart
            position = (a.staff.title if a.staff else a.counterpart.position) if person else None
            page.cells([w.person(person), position, a.role])
        if not people:
            page.cells([L["none"]])
    for key, text in (("summary", meeting.outcome), ("decisions", meeting.decisions)):
        page.heading(L[key])
        page.cells([text or L["none"]], merge_last=True)
    page.heading(L["commitments"])
    page.cells([L["commitment"], L["owner"], L["due"], L["status"]], font=HEADER, fill=HEADER_FILL)
    for c in meeting.commitments:
        owner = c.owner_staff or c.owner_counterpart
        page.cells(
            [
                c.text,
                w(WORDS["owner_is"].format(side=w.choice(c.owner_side), person=w.person(owner)))
                if owner
                else w.choice(c.owner_side),
                w.date(c.due_on, weekday=False),
                w.choice(c.status),
            ]
        )
    if not meeting.commitments:
        page.cells([L["none"]])
    page.row += 1
    page.cells([L["prepared"], w.person(meeting.prepared_by)], merge_last=True)
    page.cells([L["approved"], w.person(meeting.approved_by) or L["not_yet"]], merge_last=True)
    if meeting.approved_on:
        page.cells([L["approved_on"], w.date(meeting.approved_on)], merge_last=True)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.oddHeader.center.text = marking.replace("&", "&&")
    ws.oddHeader.center.font = "Yu Gothic,Bold"
    written = w(WORDS["written"].format(moment=w.at_home(options.written_at)))
    ws.oddFooter.left.text = written.replace("&", "&&")
    ws.oddFooter.right.text = "&P / &N"
    for row in ws.iter_rows(min_row=1, max_row=page.row):
        for cell in row:
            if cell.alignment is None or not cell.alignment.wrap_text:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    return wb


def export_record(
    session: Session, meeting_id: int, target: Path, options: RecordOptions | None = None
) -> Path:
    wb = build_record(session, meeting_id, options or RecordOptions())
    save_workbook(wb, target)
    return Path(target)
