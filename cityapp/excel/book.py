"""A `Book` laid out as a workbook that prints as one book.

Every sheet is one section on the same grid (twenty columns of one width, A4 landscape), so
Excel and LibreOffice print every page at the same scale. Each page of the book starts a
printed page; a page too long for one continues on the next, and the writer counts the
printed pages as it lays them out, so the footers number them across the whole book
("3 / 14") and the contents give each section's first page. The marking is in every page's
header, once; text is never cut (rows grow to hold it), pictures sit in their rows.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from ..book import Book, Contents, Facts, Heading, Paragraph, Picture, Section, Table
from .cells import CELL_LIMIT, pieces, put_text, put_value
from .sheets import FONT, display_width, yen_format

GRID = 20  # columns of the grid every sheet shares
FACT_LABEL = 5  # grid columns of a label beside its value


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


@dataclass
class _Laid:
    """One section's sheet and the printed pages it takes."""

    section: Section
    ws: Worksheet
    pages: int = 0
    first: int = 1  # its first page's number in the book


class _Sheet:
    """Writes blocks row by row, starting a printed page where the book's page starts or where
    the page is full."""

    def __init__(self, ws: Worksheet, yen: str, sections: int, paper: _Paper) -> None:
        self.ws, self.yen, self.sections, self.paper = ws, yen, sections, paper
        self.row, self.used, self.pages = 1, 0.0, 0
        self.contents_at: int | None = None

    def new_page(self) -> None:
        if self.pages:
            self.ws.row_breaks.append(Break(id=self.row - 1))
        self.pages += 1
        self.used = 0.0

    def _room(self, height: float) -> None:
        if self.used + height > self.paper.height and self.used > 0:
            self.new_page()
        self.used += height

    def keep(self, height: float) -> None:
        """Start a new printed page unless `height` more fits: a heading stays with what it
        heads, a table's header with its first row."""
        if self.used + height > self.paper.height and self.used > 0:
            self.new_page()

    def line(self, parts: list[tuple[int, Any, Font, Alignment | None]], fill=None) -> None:
        """One row: (grid columns, value, font, alignment) from the left; each part's cells
        merged across its columns; the row as tall as its longest text. Text longer than a
        cell holds continues in the same columns on the rows below."""
        cut = [
            pieces(v) if isinstance(v, str) and len(v) > CELL_LIMIT else [v] for _, v, _, _ in parts
        ]
        if any(len(c) > 1 for c in cut):
            for n in range(max(len(c) for c in cut)):
                self.line(
                    [
                        (span, c[n] if n < len(c) else None, font, align)
                        for (span, _v, font, align), c in zip(parts, cut, strict=True)
                    ],
                    fill,
                )
            return
        lines = 1
        for span, value, _font, _align in parts:
            if isinstance(value, str) and value:
                width = max(int(span * self.paper.column) - 2, 1)
                lines = max(
                    lines,
                    sum(max(1, math.ceil(display_width(p) / width)) for p in value.split("\n")),
                )
        height = min(409.0, LINE * lines + 4)
        self._room(height)
        column = 1
        for span, value, font, align in parts:
            cell = self.ws.cell(row=self.row, column=column)
            put_value(cell, value)
            cell.font, cell.alignment = font, align or WRAP
            if fill is not None:
                for c in range(column, column + span):
                    self.ws.cell(row=self.row, column=c).fill = fill
                    self.ws.cell(row=self.row, column=c).border = RULE
            if span > 1:
                _merge(self.ws, self.row, column, column + span - 1, RULE if fill else None)
            column += span
        self.ws.row_dimensions[self.row].height = height
        self.row += 1

    def gap(self, points: float = 6.0) -> None:
        self._room(points)
        self.ws.row_dimensions[self.row].height = points
        self.row += 1

    def block(self, block: Any) -> None:
        if isinstance(block, Heading):
            if block.level > 1:
                self.keep(6 + 3 * (LINE + 4))  # the heading, and two lines of what follows
                self.gap()
            self.line([(GRID, block.text, TITLE if block.level == 1 else HEADING, None)])
        elif isinstance(block, Paragraph):
            self.line([(GRID, block.text, NOTE if block.note else BODY, None)])
        elif isinstance(block, Facts):
            for label, value in block.rows:
                self.line([(FACT_LABEL, label, BOLD, None), (GRID - FACT_LABEL, value, BODY, None)])
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, Picture):
            self._picture(block)
        elif isinstance(block, Contents):
            self.contents_at = self.row  # a line a section, filled in once all are laid out
            for _ in range(self.sections):
                self._room(LINE + 4)
                self.ws.row_dimensions[self.row].height = LINE + 4
                self.row += 1

    def _table(self, table: Table) -> None:
        spans = _spans(table.widths)
        self.keep(2 * (LINE + 4))
        self.line(
            [(s, h, BOLD, None) for s, h in zip(spans, table.headers, strict=True)], HEADER_FILL
        )
        for values in table.rows:
            start = self.row
            self.line(
                [
                    (s, v, BODY, MONEY_RIGHT if i in table.money else None)
                    for i, (s, v) in enumerate(zip(spans, values, strict=True))
                ]
            )
            for i, value in enumerate(values):
                if i in table.money and isinstance(value, int | float | Decimal):
                    column = 1 + sum(spans[:i])
                    self.ws.cell(row=start, column=column).number_format = self.yen

    def _picture(self, picture: Picture) -> None:
        try:
            image = Image(io.BytesIO(picture.data))
        except Exception:  # bytes a reader cannot show: the name alone, as the record has it
            self.line([(GRID, picture.caption, NOTE, None)])
            return
        height = PICTURE
        image.width = int(image.width * height / max(image.height, 1) * 4 / 3)
        image.height = int(height * 4 / 3)
        self._room(height + 4)
        self.ws.add_image(image, f"A{self.row}")
        self.ws.row_dimensions[self.row].height = height + 4
        self.row += 1


def _merge(ws: Worksheet, row: int, first: int, last: int, border: Border | None = None) -> None:
    """Merge one row's cells from column `first` to `last`. The writer never merges a range
    twice, so the check openpyxl makes against every range merged before (which makes a
    book of a thousand merges take seconds) is left out, as is its copying of borders."""
    merged = MergedCellRange(ws, f"{get_column_letter(first)}{row}:{get_column_letter(last)}{row}")
    ws.merged_cells.ranges.add(merged)
    # What merge_cells does after its check, but the copying of borders onto the covered
    # cells: the rules this writer draws are on every cell already.
    for column in range(first + 1, last + 1):
        covered = MergedCell(ws, row, column)
        if border is not None:
            covered.border = border
        ws._cells[row, column] = covered  # noqa: SLF001


def _spans(widths: list[int]) -> list[int]:
    """Relative widths as whole grid columns, every column at least one, summing to the grid."""
    total = sum(widths) or 1
    spans = [max(1, round(w * GRID / total)) for w in widths]
    spans[-1] += GRID - sum(spans)
    return spans


def write_book(book: Book) -> Workbook:
    """The book as a workbook: a sheet a section, pages numbered across the book."""
    wb = Workbook()
    wb.remove(wb.active)
    yen = yen_format(book.language)
    paper = PORTRAIT if book.portrait else LANDSCAPE
    laid: list[_Laid] = []
    writers: dict[str, _Sheet] = {}
    used_names: set[str] = set()
    for section in book.printed:
        ws = wb.create_sheet(_sheet_name(section.title, used_names))
        for column in range(1, GRID + 1):
            ws.column_dimensions[get_column_letter(column)].width = paper.column
        sheet = _Sheet(ws, yen, len(book.sections), paper)
        for page in section.pages:
            sheet.new_page()
            for block in page.blocks:
                sheet.block(block)
        laid.append(_Laid(section, ws, sheet.pages))
        writers[section.key] = sheet
    total, number = sum(x.pages for x in laid), 1
    for x in laid:
        x.first = number
        number += x.pages
    for x in laid:
        sheet = writers[x.section.key]
        if sheet.contents_at is not None:
            _fill_contents(sheet, book, {y.section.key: y.first for y in laid})
        _print_setup(x.ws, book, x.first, total, sheet.row - 1, paper)
    return wb


def _fill_contents(sheet: _Sheet, book: Book, first: dict[str, int]) -> None:
    """Each section on a line with its first page; a section with nothing to say, saying so."""
    ws, row = sheet.ws, sheet.contents_at or 1
    for section in book.sections:
        title = ws.cell(row=row, column=1)
        put_text(title, section.title)
        title.font, title.alignment = BODY, WRAP
        _merge(ws, row, 1, GRID - 3)
        where = ws.cell(row=row, column=GRID - 2)
        if section.key in first:
            put_value(where, first[section.key])
            where.font, where.alignment = BODY, MONEY_RIGHT
        else:
            put_text(where, section.empty_note)
            where.font, where.alignment = NOTE, MONEY_RIGHT
        _merge(ws, row, GRID - 2, GRID)
        row += 1


def _sheet_name(title: str, used: set[str]) -> str:
    name = "".join(c for c in title if c not in "[]:*?/\\")[:31] or "Sheet"
    base, n = name, 2
    while name in used:
        name = f"{base[:28]} {n}"
        n += 1
    used.add(name)
    return name


def _print_setup(
    ws: Worksheet, book: Book, first: int, total: int, last_row: int, paper: _Paper
) -> None:
    ws.page_setup.orientation = paper.orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.firstPageNumber = first
    ws.page_setup.useFirstPageNumber = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.print_area = f"A1:{get_column_letter(GRID)}{max(last_row, 1)}"
    ws.oddHeader.center.text = book.marking.replace("&", "&&")
    ws.oddHeader.center.font = "Yu Gothic,Bold"
    ws.oddFooter.left.text = book.footer.replace("&", "&&")
    ws.oddFooter.right.text = f"&P / {total}"
    ws.sheet_view.showGridLines = False
