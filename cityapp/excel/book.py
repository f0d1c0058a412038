"""A `Book` laid out as a workbook that prints as one book.

Every sheet is one section on the same grid (twenty columns of one width, A4 landscape), so
Excel and LibreOffice print every page at the same scale. Each page of the book starts a
printed page; a page too long for one continues on the next (a table's header repeated
above its rows), and the writer counts the printed pages as it lays them out, so the footers
number them across the whole book ("3 / 14") and the contents give each section's first
page. The marking is in every page's header, once; text is never cut (rows grow to hold it),
pictures sit in their rows.

The book is laid out first (rows, their heights and page breaks, in plain Python), then
streamed to the file in openpyxl's write-only mode: each distinct look becomes one style
shared by its cells, and the merged ranges are written as the layout made them.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.xml.functions import Element, SubElement

from ..book import Book, Contents, Facts, Heading, Paragraph, Picture, Section, Table
from .cells import CELL_LIMIT, pieces, put_value
from .sheets import FONT, display_width, yen_format

GRID = 20  # columns of the grid every sheet shares
FACT_LABEL = 5  # grid columns of a label beside its value
LETTERS = [""] + [get_column_letter(c) for c in range(1, GRID + 1)]


@dataclass(frozen=True)
class _Paper:
    column: float  # characters a grid column holds: the grid fills the page's width at 100 %
    height: float  # points of rows on one printed page (A4, the margins below)
    orientation: str


LANDSCAPE = _Paper(6.4, 465.0, "landscape")
PORTRAIT = _Paper(4.4, 700.0, "portrait")
LINE = 14.0  # points per line of 10-point text
PICTURE = 90  # points: a portrait's height

TITLE = Font(name=FONT, size=16, bold=True)
HEADING = Font(name=FONT, size=12, bold=True)
BODY = Font(name=FONT, size=10)
NOTE = Font(name=FONT, size=10, italic=True, color="555555")
BOLD = Font(name=FONT, size=10, bold=True)
HEADER_FILL = PatternFill("solid", fgColor="E8E8E8")
RULE = Border(bottom=Side(style="thin", color="999999"))
WRAP = Alignment(wrap_text=True, vertical="top")
MONEY_RIGHT = Alignment(wrap_text=True, vertical="top", horizontal="right")


@dataclass(frozen=True, eq=False)  # compared and hashed as itself: one style per look
class _Look:
    font: Font
    align: Alignment = WRAP
    ruled: bool = False  # a table's header: grey, ruled below across its columns
    number_format: str | None = None


L_TITLE, L_HEADING, L_BODY, L_NOTE = _Look(TITLE), _Look(HEADING), _Look(BODY), _Look(NOTE)
L_BOLD, L_HEADER = _Look(BOLD), _Look(BOLD, ruled=True)
L_RIGHT, L_NOTE_RIGHT = _Look(BODY, MONEY_RIGHT), _Look(NOTE, MONEY_RIGHT)


@dataclass
class _Row:
    height: float
    parts: list[tuple[int, int, Any, _Look]] = field(default_factory=list)  # column, span


@dataclass
class _Laid:
    """One section laid out: its rows, where its printed pages break, its pictures."""

    section: Section
    rows: list[_Row] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)  # the last row of each full page
    pictures: list[tuple[int, Image]] = field(default_factory=list)
    contents_at: int | None = None  # the first row of the contents, when the section has them
    pages: int = 0
    first: int = 1  # its first page's number in the book


def _width(text: str) -> int:
    return len(text) if text.isascii() else display_width(text)


class _Layout:
    """Lays blocks out row by row, starting a printed page where the book's page starts or
    where the page is full."""

    def __init__(self, section: Section, sections: int, paper: _Paper, money: _Look) -> None:
        self.laid = _Laid(section)
        self.sections, self.paper, self.money = sections, paper, money
        self.used = 0.0

    @property
    def row(self) -> int:  # the next row's number
        return len(self.laid.rows) + 1

    def new_page(self) -> None:
        if self.laid.pages:
            self.laid.breaks.append(self.row - 1)
        self.laid.pages += 1
        self.used = 0.0

    def fits(self, height: float) -> bool:
        return self.used + height <= self.paper.height or self.used == 0

    def keep(self, height: float) -> None:
        """Start a new printed page unless `height` more fits: a heading stays with what it
        heads, a table's header with its first row."""
        if not self.fits(height):
            self.new_page()

    def _add(self, row: _Row) -> None:
        self.keep(row.height)
        self.used += row.height
        self.laid.rows.append(row)

    def rows(self, parts: list[tuple[int, Any, _Look]]) -> list[_Row]:
        """One line: (grid columns, value, look) from the left, each part merged across its
        columns, as tall as its longest text. Text longer than a cell holds continues in the
        same columns on the rows below."""
        cut = [
            pieces(v) if isinstance(v, str) and len(v) > CELL_LIMIT else [v] for _, v, _ in parts
        ]
        if any(len(c) > 1 for c in cut):
            return [
                row
                for n in range(max(len(c) for c in cut))
                for row in self.rows(
                    [
                        (span, c[n] if n < len(c) else None, look)
                        for (span, _v, look), c in zip(parts, cut, strict=True)
                    ]
                )
            ]
        lines, column, placed = 1, 1, []
        for span, value, look in parts:
            if isinstance(value, str) and value:
                width = max(int(span * self.paper.column) - 2, 1)
                lines = max(
                    lines,
                    sum(max(1, math.ceil(_width(p) / width)) for p in value.split("\n")),
                )
            placed.append((column, span, value, look))
            column += span
        return [_Row(min(409.0, LINE * lines + 4), placed)]

    def line(self, parts: list[tuple[int, Any, _Look]]) -> None:
        for row in self.rows(parts):
            self._add(row)

    def gap(self, points: float = 6.0) -> None:
        self._add(_Row(points))

    def block(self, block: Any, following: Any = None) -> None:
        if isinstance(block, Heading):
            heading = self.rows([(GRID, block.text, L_TITLE if block.level == 1 else L_HEADING)])
            if block.level > 1:  # a heading stays with the start of what it heads
                self.keep(6 + sum(r.height for r in heading) + self._start(following))
                self.gap()
            for row in heading:
                self._add(row)
        elif isinstance(block, Paragraph):
            self.line([(GRID, block.text, L_NOTE if block.note else L_BODY)])
        elif isinstance(block, Facts):
            for label, value in block.rows:
                self.line([(FACT_LABEL, label, L_BOLD), (GRID - FACT_LABEL, value, L_BODY)])
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, Picture):
            self._picture(block)
        elif isinstance(block, Contents):
            self.laid.contents_at = self.row  # a line a section, filled in once all are laid out
            for _ in range(self.sections):
                self._add(_Row(LINE + 4))

    def _start(self, block: Any) -> float:
        """The height of what must not be parted from a heading above it: a table's header
        and first row, a picture, a paragraph's or a list's first line."""
        if isinstance(block, Table):
            header, rows = self._table_rows(block, 1)
            return sum(r.height for r in header) + (rows[0][0].height if rows else 0)
        if isinstance(block, Picture):
            return PICTURE + 4
        if isinstance(block, Paragraph):
            return self.rows([(GRID, block.text, L_BODY)])[0].height
        if isinstance(block, Facts) and block.rows:
            label, value = block.rows[0]
            return self.rows([(FACT_LABEL, label, L_BOLD), (GRID - FACT_LABEL, value, L_BODY)])[
                0
            ].height
        return LINE + 4

    def _table_rows(self, table: Table, limit: int | None = None):
        """The header's rows, and each table row's rows (the first `limit` of them)."""
        spans = _spans(table.widths)
        header = self.rows([(s, h, L_HEADER) for s, h in zip(spans, table.headers, strict=True)])
        body = []
        for values in table.rows[:limit]:
            parts = []
            for i, (span, value) in enumerate(zip(spans, values, strict=True)):
                if i in table.money:
                    money = isinstance(value, int | float | Decimal) and not isinstance(value, bool)
                    parts.append((span, value, self.money if money else L_RIGHT))
                else:
                    parts.append((span, value, L_BODY))
            body.append(self.rows(parts))
        return header, body

    def _table(self, table: Table) -> None:
        header, body = self._table_rows(table)
        self.keep(sum(r.height for r in header) + (body[0][0].height if body else 0))
        for row in header:
            self._add(row)
        for rows in body:
            for row in rows:
                if not self.fits(row.height):  # the rows go on over the page, under their header
                    self.new_page()
                    for h in header:
                        self._add(h)
                self._add(row)

    def _picture(self, picture: Picture) -> None:
        try:
            image = Image(io.BytesIO(picture.data))
        except Exception:  # bytes a reader cannot show: the name alone, as the record has it
            self.line([(GRID, picture.caption, L_NOTE)])
            return
        height = PICTURE
        image.width = int(image.width * height / max(image.height, 1) * 4 / 3)
        image.height = int(height * 4 / 3)
        self._add(_Row(height + 4))
        self.laid.pictures.append((self.row - 1, image))


def _spans(widths: list[int]) -> list[int]:
    """Relative widths as whole grid columns, every column at least one, summing to the grid."""
    total = sum(widths) or 1
    spans = [max(1, round(w * GRID / total)) for w in widths]
    spans[-1] += GRID - sum(spans)
    return spans


def write_book(book: Book) -> Workbook:
    """The book as a workbook, a sheet a section, pages numbered across the book; written
    once, by `Workbook.save`."""
    paper = PORTRAIT if book.portrait else LANDSCAPE
    money = _Look(BODY, MONEY_RIGHT, number_format=yen_format(book.language))
    laid: list[_Laid] = []
    for section in book.printed:
        layout = _Layout(section, len(book.sections), paper, money)
        for page in section.pages:
            layout.new_page()
            for n, block in enumerate(page.blocks):
                layout.block(block, page.blocks[n + 1] if n + 1 < len(page.blocks) else None)
        laid.append(layout.laid)
    total, number = sum(x.pages for x in laid), 1
    for x in laid:
        x.first = number
        number += x.pages
    first = {x.section.key: x.first for x in laid}
    wb = Workbook(write_only=True)
    styles = _Styles()
    used_names: set[str] = set()
    for x in laid:
        if x.contents_at is not None:
            _fill_contents(x, book, first)
        _write_sheet(wb, x, book, total, paper, styles, used_names)
    return wb


def _fill_contents(laid: _Laid, book: Book, first: dict[str, int]) -> None:
    """Each section on a line with its first page; a section with nothing to say, saying so."""
    at = (laid.contents_at or 1) - 1
    for n, section in enumerate(book.sections):
        where = (
            (GRID - 2, 3, first[section.key], L_RIGHT)
            if section.key in first
            else (GRID - 2, 3, section.empty_note, L_NOTE_RIGHT)
        )
        laid.rows[at + n].parts = [(1, GRID - 3, section.title, L_BODY), where]


class _Styles:
    """The workbook's style for each look, made once and shared by every cell that has it."""

    def __init__(self) -> None:
        self.ids: dict[_Look, tuple[int, ...]] = {}

    def apply(self, cell, look: _Look) -> None:
        ids = self.ids.get(look)
        if ids is None:
            proto = WriteOnlyCell(cell.parent)
            proto.font, proto.alignment = look.font, look.align
            if look.ruled:
                proto.fill, proto.border = HEADER_FILL, RULE
            if look.number_format:
                proto.number_format = look.number_format
            s = proto._style  # noqa: SLF001
            ids = self.ids[look] = (s.fontId, s.fillId, s.borderId, s.alignmentId, s.numFmtId)
        s = cell._style  # noqa: SLF001
        if s is None:
            s = cell._style = StyleArray()  # noqa: SLF001
        s.fontId, s.fillId, s.borderId, s.alignmentId = ids[:4]
        if look.number_format:
            s.numFmtId = ids[4]


class _SheetWriter(WorksheetWriter):
    """openpyxl's sheet writer, writing the merged ranges from the layout's own list: the
    layout never merges a range twice, so openpyxl's range objects (parsed, checked against
    every range before, then parsed again to be written) are not needed."""

    merges: list[str]

    def write_merged_cells(self) -> None:
        if self.merges:
            element = Element("mergeCells", count=str(len(self.merges)))
            for ref in self.merges:
                SubElement(element, "mergeCell", ref=ref)
            self.xf.send(element)


def _write_sheet(
    wb: Workbook,
    laid: _Laid,
    book: Book,
    total: int,
    paper: _Paper,
    styles: _Styles,
    used_names: set[str],
) -> None:
    ws = wb.create_sheet(_sheet_name(laid.section.title, used_names))
    for column in range(1, GRID + 1):
        ws.column_dimensions[LETTERS[column]].width = paper.column
    _print_setup(ws, book, laid.first, total, len(laid.rows), paper)
    for at in laid.breaks:
        ws.row_breaks.append(Break(id=at))
    for at, image in laid.pictures:
        ws.add_image(image, f"A{at}")
    for n, row in enumerate(laid.rows, 1):
        ws.row_dimensions[n].height = row.height
    writer = _SheetWriter(ws)
    writer.merges = merges = []
    ws._writer = writer  # noqa: SLF001  the write-only sheet streams its rows through it
    writer.write_top()
    for n, row in enumerate(laid.rows, 1):
        cells: list[Any] = []
        for column, span, value, look in row.parts:
            cells.extend([None] * (column - 1 - len(cells)))
            cell = WriteOnlyCell(ws)
            put_value(cell, value)
            styles.apply(cell, look)
            cells.append(cell)
            if look.ruled:  # the grey and the rule across every column the header covers
                for _ in range(span - 1):
                    covered = WriteOnlyCell(ws)
                    styles.apply(covered, look)
                    cells.append(covered)
            if span > 1:
                merges.append(f"{LETTERS[column]}{n}:{LETTERS[column + span - 1]}{n}")
        ws.append(cells)


def _sheet_name(title: str, used: set[str]) -> str:
    name = "".join(c for c in title if c not in "[]:*?/\\")[:31] or "Sheet"
    base, n = name, 2
    while name in used:
        name = f"{base[:28]} {n}"
        n += 1
    used.add(name)
    return name


def _print_setup(ws, book: Book, first: int, total: int, last_row: int, paper: _Paper) -> None:
    ws.page_setup.orientation = paper.orientation
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.firstPageNumber = first
    ws.page_setup.useFirstPageNumber = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.print_area = f"A1:{LETTERS[GRID]}{max(last_row, 1)}"
    ws.oddHeader.center.text = book.marking.replace("&", "&&")
    ws.oddHeader.center.font = "Yu Gothic,Bold"
    ws.oddFooter.left.text = book.footer.replace("&", "&&")
    ws.oddFooter.right.text = f"&P / {total}"
    ws.sheet_view.showGridLines = False
