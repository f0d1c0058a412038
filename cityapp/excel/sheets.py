"""One look for every sheet a protocol office prints: title, headers repeated, A4 landscape."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .cells import CELL_LIMIT, pieces, put_text, put_value

FONT = "Yu Gothic"  # has Japanese glyphs on Windows; other systems substitute a CJK font
TITLE = Font(name=FONT, size=14, bold=True)
SUBTITLE = Font(name=FONT, size=10, italic=True)
HEADER = Font(name=FONT, size=10, bold=True)
BODY = Font(name=FONT, size=10)
MARK = Font(name=FONT, size=10, bold=True, color="B3261E")
HEADER_FILL = PatternFill("solid", fgColor="E8E8E8")
THIN = Side(style="thin", color="999999")
LINE = Border(bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEADER_ROW = 4
AMOUNT_FORMAT = "#,##0.##"
YEN_FORMATS = {"en": "#,##0", "ja": '#,##0"円"'}
# A day as the language writes it; the cell stays a date Excel sorts and filters.
DATE_FORMATS = {"en": "yyyy-mm-dd", "ja": 'yyyy"年"m"月"d"日"'}


def yen_format(language: str) -> str:
    """Yen with thousands separators, and 円 after them in Japanese (the cell stays a number)."""
    return YEN_FORMATS.get(language, YEN_FORMATS["en"])


def date_format(language: str) -> str:
    """2014-04-25, or 2014年4月25日 in Japanese."""
    return DATE_FORMATS.get(language, DATE_FORMATS["en"])


class SheetWriter:
    """Writes a titled table: row 1 title, row 2 trip line, row 3 marking, row 4 headers, then rows."""

    def __init__(
        self,
        ws: Worksheet,
        title: str,
        subtitle: str,
        marking: str,
        headers: Sequence[str],
        widths: Sequence[int],
        footer: str,
        *,
        money: Sequence[int] = (),
        amounts: Sequence[int] = (),
        yen: str = YEN_FORMATS["en"],
        dates: str = DATE_FORMATS["en"],
    ) -> None:
        """`money` and `amounts`: the columns (from 1) of yen, and of amounts in any currency;
        `dates`: how days are written (`date_format`)."""
        self.ws, self.widths = ws, list(widths)
        self.dates = dates
        self.formats = {**{c: AMOUNT_FORMAT for c in amounts}, **{c: yen for c in money}}
        self.row = HEADER_ROW + 1
        put_text(ws.cell(row=1, column=1), title)
        ws.cell(row=1, column=1).font = TITLE
        put_text(ws.cell(row=2, column=1), subtitle)
        ws.cell(row=2, column=1).font = SUBTITLE
        put_text(ws.cell(row=3, column=1), marking)
        ws.cell(row=3, column=1).font = MARK
        for column, (header, width) in enumerate(zip(headers, widths, strict=True), start=1):
            cell = ws.cell(row=HEADER_ROW, column=column)
            put_text(cell, header)
            cell.font, cell.fill, cell.border, cell.alignment = HEADER, HEADER_FILL, LINE, WRAP
            ws.column_dimensions[get_column_letter(column)].width = width
        ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = False
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.oddHeader.center.text = marking.replace("&", "&&")
        ws.oddHeader.center.font = "Yu Gothic,Bold"
        ws.oddFooter.left.text = footer.replace("&", "&&")
        ws.oddFooter.right.text = "&P / &N"

    def add(self, values: Sequence[Any]) -> None:
        """One record; text longer than a cell holds continues in the same column on the rows below."""
        columns = [
            pieces(str(v)) if isinstance(v, str) and len(v) > CELL_LIMIT else [v] for v in values
        ]
        for part in range(max(len(c) for c in columns)):
            lines = 1
            for column, parts in enumerate(columns, start=1):
                value = parts[part] if part < len(parts) else None
                cell = self.ws.cell(row=self.row, column=column)
                put_value(cell, value)
                cell.font, cell.alignment = BODY, WRAP
                if column in self.formats and isinstance(value, int | float | Decimal):
                    cell.number_format = self.formats[column]
                elif isinstance(value, date) and not isinstance(value, datetime):
                    cell.number_format = self.dates
                text = "" if value is None else str(value)
                width = max(self.widths[column - 1] - 1, 1)
                lines = max(
                    lines,
                    sum(max(1, math.ceil(display_width(p) / width)) for p in text.split("\n")),
                )
            self.ws.row_dimensions[self.row].height = min(409, 14 * lines + 2)
            self.row += 1

    def empty(self, message: str) -> None:
        cell = self.ws.cell(row=self.row, column=1)
        put_text(cell, message)
        cell.font, cell.alignment = Font(name=FONT, size=10, italic=True), WRAP
        self.row += 1

    def gap(self) -> None:
        self.row += 1

    def heading(self, text: str) -> None:
        cell = self.ws.cell(row=self.row, column=1)
        put_text(cell, text)
        cell.font, cell.alignment = HEADER, WRAP
        self.row += 1


def display_width(text: str) -> int:
    """Characters as Excel's column width counts them: East Asian wide characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
