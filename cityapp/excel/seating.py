"""A meeting's seating plan as a workbook ready to print: the chart drawn to scale on one A4
landscape page (tables as grey shapes of cells, each seat a framed box with the name in the
person's own script and in the reader's language), the order of precedence, and place cards
(four to an A4 page, to fold)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from sqlalchemy.orm import Session

from .. import confidentiality
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Counterpart, MeetingAttendee
from ..models import Side as AttendeeSide
from ..seating import Layout, spots
from ..services import precedence
from ..services.office import wording as office_wording
from ..services.seating import SeatingView, seating_of
from ..wording import Wording
from .briefing import save_workbook
from .cells import put_text
from .sheets import FONT

WORDS = {
    "chart": QT_TRANSLATE_NOOP("seating export", "Seating chart"),
    "order": QT_TRANSLATE_NOOP("seating export", "Order of precedence"),
    "cards": QT_TRANSLATE_NOOP("seating export", "Place cards"),
    "proposed": QT_TRANSLATE_NOOP("seating export", "Proposed from the order of precedence"),
    "table": QT_TRANSLATE_NOOP("seating export", "Table {n}"),
    "side": QT_TRANSLATE_NOOP("seating export", "Side"),
    "place": QT_TRANSLATE_NOOP("seating export", "Place"),
    "name": QT_TRANSLATE_NOOP("seating export", "Name"),
    "own": QT_TRANSLATE_NOOP("seating export", "In their own script"),
    "office": QT_TRANSLATE_NOOP("seating export", "Office"),
    "seat": QT_TRANSLATE_NOOP("seating export", "Seat"),
    "front": QT_TRANSLATE_NOOP("seating export", "Front"),
    "internal": QT_TRANSLATE_NOOP("seating export", "INTERNAL — for official use"),
    "confidential": QT_TRANSLATE_NOOP("seating export", "CONFIDENTIAL"),
}
THIN = Side(style="thin", color="444444")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TABLE_FILL = PatternFill("solid", fgColor="D9D9D9")
OURS_FILL = PatternFill("solid", fgColor="E8F0FA")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
SEAT_COLUMNS, SEAT_ROWS = 4, 3  # a seat's box in grid cells
SCALE_X, SCALE_Y = 5, 2  # grid cells per seat width across and down


@dataclass
class _Person:
    name: str  # in the reader's language
    own: str  # in the person's own script ("" when the same)
    office: str
    ours: bool
    place: int


def _people(view: SeatingView, w: Wording) -> dict[int, _Person]:
    found = {}
    for side, placed in precedence.by_side(view.meeting, w.language).items():
        for p in placed:
            a: MeetingAttendee = p.attendee
            person = a.staff or a.counterpart
            if person is None:
                continue
            own = (
                person.local_name
                if isinstance(person, Counterpart)
                else getattr(person, "name_ja", None)
            ) or ""
            name = w.person(person)
            office = ""
            if p.office is not None:
                office = p.office.name_ja if w.japanese and p.office.name_ja else p.office.name_en
            found[a.id] = _Person(
                name, own if own != name else "", office, side is AttendeeSide.OURS, p.place
            )
    return found


def build_seating(
    session: Session, meeting_id: int, lang: str = "en", include_confidential: bool = False
) -> Workbook:
    confidentiality.check_meeting(session, meeting_id, include_confidential)
    secret = confidentiality.meeting_is_confidential(session, meeting_id)
    w = office_wording(session, lang)
    view = seating_of(session, meeting_id, lang)
    people = _people(view, w)
    marking = w(WORDS["confidential"] if secret else WORDS["internal"])
    title = w.title_of(view.meeting)
    wb = Workbook()
    chart = wb.active
    chart.title = w(WORDS["chart"])[:31]
    _chart(chart, view, people, w, title)
    order = wb.create_sheet(w(WORDS["order"])[:31])
    _order(order, view, people, w, title)
    cards = wb.create_sheet(w(WORDS["cards"])[:31])
    _cards(cards, view, people)
    for ws in wb.worksheets:
        ws.oddHeader.center.text = marking.replace("&", "&&")
        ws.oddFooter.left.text = title.replace("&", "&&")
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_view.showGridLines = False
        ws.print_options.gridLines = False
        ws.print_options.horizontalCentered = True
    return wb


def _chart(ws, view: SeatingView, people: dict[int, _Person], w: Wording, title: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    heading = ws.cell(row=1, column=1)
    put_text(heading, title)
    heading.font = Font(name=FONT, size=14, bold=True)
    sub = ws.cell(row=2, column=1)
    layout = w.choice(view.plan.layout)
    put_text(sub, layout if view.saved else f"{layout} — {w(WORDS['proposed'])}")
    sub.font = Font(name=FONT, size=10, italic=True)
    placed = spots(view.plan, view.sitters)
    xs = [s.x for s in placed] or [0]
    ys = [s.y for s in placed] or [0]
    x0, y0 = min(xs), min(ys)
    top, left = 4, 2

    def cell_of(x: float, y: float) -> tuple[int, int]:
        return top + round((y - y0) * SCALE_Y * 1.5), left + round((x - x0) * SCALE_X)

    last_row, last_col = top, left
    seat_at = {(s.table, s.seat): s for s in placed}
    # Tables: grey shapes under and between their seats.
    for table in sorted({s.table for s in placed}):
        mine = [s for s in placed if s.table == table]
        if view.plan.layout in (Layout.ROUND, Layout.LONG) and mine:
            cx = sum(s.x for s in mine) / len(mine)
            cy = sum(s.y for s in mine) / len(mine)
            r, c = cell_of(cx, cy)
            _block(ws, r, c, SEAT_ROWS, SEAT_COLUMNS, w(WORDS["table"]).format(n=table), TABLE_FILL)
    if view.plan.layout is Layout.TALKS:
        front = [s for s in placed if s.table in (1, 2)]
        (r1, c1), (r2, c2) = cell_of(0, 0), cell_of(max(s.x for s in front), 3)
        _block(
            ws,
            r1 + SEAT_ROWS + 1,
            c1,
            r2 - r1 - SEAT_ROWS - 2,
            c2 - c1 + SEAT_COLUMNS,
            "",
            TABLE_FILL,
        )
    if view.plan.layout is Layout.ROWS:
        r, c = cell_of(0, -1)
        width = max(s.x for s in placed) - x0
        _block(
            ws,
            max(r, 3),
            c,
            1,
            round(width * SCALE_X) + SEAT_COLUMNS,
            w(WORDS["front"]),
            TABLE_FILL,
        )
    for attendee, seat in view.plan.seats.items():
        spot = seat_at.get(seat)
        person = people.get(attendee)
        if spot is None or person is None:
            continue
        r, c = cell_of(spot.x, spot.y)
        text = "\n".join(t for t in (person.own, person.name, person.office) if t)
        _block(ws, r, c, SEAT_ROWS, SEAT_COLUMNS, text, OURS_FILL if person.ours else None, BOX)
        last_row, last_col = max(last_row, r + SEAT_ROWS), max(last_col, c + SEAT_COLUMNS)
    for column in range(1, last_col + 2):
        ws.column_dimensions[get_column_letter(column)].width = 4.5
    for row in range(top, last_row + 2):
        ws.row_dimensions[row].height = 15
    ws.print_area = f"A1:{get_column_letter(last_col + 1)}{last_row + 1}"


def _block(ws, row, column, rows, columns, text, fill=None, border=None) -> None:
    rows, columns = max(rows, 1), max(columns, 1)
    first = ws.cell(row=row, column=column)
    put_text(first, text)
    first.font = Font(name=FONT, size=8)
    first.alignment = CENTRE
    for r in range(row, row + rows):
        for c in range(column, column + columns):
            cell = ws.cell(row=r, column=c)
            if fill is not None:
                cell.fill = fill
            if border is not None:
                cell.border = Border(
                    left=THIN if c == column else None,
                    right=THIN if c == column + columns - 1 else None,
                    top=THIN if r == row else None,
                    bottom=THIN if r == row + rows - 1 else None,
                )
    if rows > 1 or columns > 1:
        ws.merge_cells(
            start_row=row,
            start_column=column,
            end_row=row + rows - 1,
            end_column=column + columns - 1,
        )


def _order(ws, view: SeatingView, people: dict[int, _Person], w: Wording, title: str) -> None:
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    put_text(ws.cell(row=1, column=1), title)
    ws.cell(row=1, column=1).font = Font(name=FONT, size=14, bold=True)
    headers = [w(WORDS[k]) for k in ("side", "place", "name", "own", "office", "seat")]
    for column, header in enumerate(headers, 1):
        cell = ws.cell(row=3, column=column)
        put_text(cell, header)
        cell.font = Font(name=FONT, size=10, bold=True)
    row = 4
    for attendee, person in sorted(people.items(), key=lambda p: (not p[1].ours, p[1].place)):
        seat = view.plan.seats.get(attendee)
        values = [
            w.choice(AttendeeSide.OURS if person.ours else AttendeeSide.THEIRS),
            person.place,
            person.name,
            person.own,
            person.office,
            f"{seat[0]}-{seat[1] + 1}" if seat else "",
        ]
        for column, value in enumerate(values, 1):
            cell = ws.cell(row=row, column=column)
            if isinstance(value, int):
                cell.value = value
            else:
                put_text(cell, value)
            cell.font = Font(name=FONT, size=10)
        row += 1
    for column, width in zip("ABCDEF", (12, 7, 28, 24, 30, 8), strict=True):
        ws.column_dimensions[column].width = width


def _cards(ws, view: SeatingView, people: dict[int, _Person]) -> None:
    """Four cards to an A4 portrait page: the name in the person's own script, large; the name
    in the reader's language; the office."""
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.column_dimensions["A"].width = 90
    row = 1
    order = sorted(people.values(), key=lambda p: (not p.ours, p.place))
    for n, person in enumerate(order):
        lines = [
            (person.own or person.name, 28, True, 60),
            (person.name if person.own else "", 16, False, 30),
            (person.office, 12, False, 24),
            ("", 10, False, 68),  # the fold and the space to the next card
        ]
        for text, size, bold, height in lines:
            cell = ws.cell(row=row, column=1)
            put_text(cell, text)
            cell.font = Font(name=FONT, size=size, bold=bold)
            cell.alignment = CENTRE
            ws.row_dimensions[row].height = height
            row += 1
        if n % 4 == 3 and n + 1 < len(order):
            ws.row_breaks.append(Break(id=row - 1))


def export_seating(
    session: Session,
    meeting_id: int,
    target: Path,
    lang: str = "en",
    include_confidential: bool = False,
) -> Path:
    wb = build_seating(session, meeting_id, lang, include_confidential)
    save_workbook(wb, Path(target))
    return Path(target)
