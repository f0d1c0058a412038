"""A long table streamed into a workbook row by row (openpyxl's write-only mode, flat memory), at
the speed of the library: the all-meetings and all-commitments exports.

Text goes in as text, never a formula or an error value (`cells`), but a row is checked once,
all its texts together: almost every row needs nothing, and only a row that does goes cell by
cell. Dates share one style. The target file is only replaced when the whole table is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select

from ..errors import UserError
from ..wording import Wording
from .briefing import save_workbook
from .cells import CELL_LIMIT, ERROR_TEXTS, RISKY_START, clean_text, stored_form
from .sheets import DATE_FORMATS, FONT

# What openpyxl gives a date of its own accord: a date in this format needs no style of ours.
LIBRARY_DATE_FORMAT = "yyyy-mm-dd"
BATCH = 2000  # rows between progress reports (and chances to cancel)
CHECKED_TOGETHER = 200  # rows whose texts are checked in one scan

# A row's texts are joined with this character to be checked in one search; it is itself one an
# .xlsx cannot hold, so a text holding it is caught by the count of separators.
_SEP = "\x1f"
_CLEANED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1e\r\ud800-\udfff\ufffe\uffff]")  # clean_text
_ESCAPED = re.compile("_x[0-9A-Fa-f]{4}_")  # stored_form
_FORMULA_AFTER = re.compile(_SEP + "[" + re.escape("".join(RISKY_START)) + "]")
_ERROR = re.compile(
    "(?:^|" + _SEP + ")(?:" + "|".join(re.escape(e) for e in ERROR_TEXTS) + ")(?=" + _SEP + "|$)"
)


def _needs_care(texts: list[str]) -> bool:
    """Whether any of these texts must go the careful way. They are joined by the separator
    and scanned together: each check is a scan the regular-expression engine does quickly, the
    rarer ones only when a character they need is there at all."""
    if not texts:
        return False
    joined = _SEP.join(texts)
    return (
        max(map(len, texts)) > CELL_LIMIT
        or joined[:1] in RISKY_START
        or _CLEANED.search(joined) is not None
        or _FORMULA_AFTER.search(joined) is not None
        or ("_x" in joined and _ESCAPED.search(joined) is not None)
        or ("#" in joined and _ERROR.search(joined) is not None)
        or joined.count(_SEP) != len(texts) - 1
    )


class Cancelled(UserError):
    """The officer stopped the export; the old file, if any, is untouched."""


def text_cell(ws: Any, value: str) -> Any:
    """User text as it goes into the sheet: a plain string when safe (stored as text), else
    pinned as text with a quote prefix, cleaned and cut to a cell's length."""
    text = stored_form(clean_text(value)[:CELL_LIMIT])
    if not text.startswith(RISKY_START) and text not in ERROR_TEXTS:
        return text
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"  # never a formula or an error, whatever the text is
    cell.quotePrefix = True
    return cell


class RowWriter:
    """Turns rows of values into what the write-only sheet takes: texts checked many rows at a
    time, dates with one shared style."""

    def __init__(self, ws: Any, date_format: str) -> None:
        self.ws = ws
        self.plain_dates = date_format == LIBRARY_DATE_FORMAT
        self._date = WriteOnlyCell(ws, value=date(2000, 1, 1))
        self._date.number_format = date_format
        self._date_style = self._date._style

    def rows(self, batch: Sequence[Sequence[Any]]) -> Iterable[Sequence[Any]]:
        """Rows as the sheet takes them. Almost every batch needs nothing: its texts are checked
        all at once, and only a batch that holds a text to take care of goes row by row."""
        if _needs_care([v for row in batch for v in row if isinstance(v, str)]):
            return [self.cells(row) for row in batch]
        if self.plain_dates:
            return batch
        return [self._with_dates(row) for row in batch]

    def cells(self, values: Sequence[Any]) -> Sequence[Any]:
        """One row: its texts checked together, and cell by cell only when one needs it."""
        if _needs_care([v for v in values if isinstance(v, str)]):
            return [self.cell(v) for v in values]
        return values if self.plain_dates else self._with_dates(values)

    def _with_dates(self, values: Sequence[Any]) -> list[Any]:
        return [self._dated(v) if isinstance(v, date) else v for v in values]

    def cell(self, value: Any) -> Any:
        """One value on its own (the slow, careful way)."""
        if isinstance(value, str):
            return text_cell(self.ws, value)
        if isinstance(value, date) and not self.plain_dates:
            return self._dated(value)
        return value

    def _dated(self, value: date) -> Cell:
        # The one date style, shared: no format looked up and no style made for each cell.
        cell = Cell(self.ws, row=1, column=1, style_array=self._date_style)
        cell._value, cell.data_type = value, "d"
        return cell


def write_table(
    target: Path,
    *,
    sheet: str,
    headers: Sequence[str],
    widths: Sequence[int],
    rows: Iterable[Sequence[Any]],
    total: int,
    date_format: str,
    marking: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    cancelled_message: str = "",
) -> int:
    """Write the rows under a bold header row (with the marking above it, in red, and in the
    printed header, when given); the number of rows written."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet[:31])
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A3" if marking else "A2"
    ws.print_title_rows = "1:2" if marking else "1:1"
    if marking:
        ws.oddHeader.center.text = marking
        ws.evenHeader.center.text = marking
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    if marking:
        ws.append([_header(ws, marking, Font(name=FONT, bold=True, color="C00000"))])
    bold = Font(name=FONT, bold=True)
    ws.append([_header(ws, h, bold) for h in headers])
    writer = RowWriter(ws, date_format)
    written = 0
    try:
        batch: list[Sequence[Any]] = []
        for values in rows:
            batch.append(values)
            if len(batch) == CHECKED_TOGETHER:
                for row in writer.rows(batch):
                    ws.append(row)
                written += len(batch)
                batch.clear()
                if written % BATCH == 0:
                    if progress:
                        progress(written, total)
                    if cancelled and cancelled():
                        raise Cancelled(cancelled_message)
        for row in writer.rows(batch):
            ws.append(row)
        written += len(batch)
    except BaseException:
        ws.close()  # release the sheet's temporary file; nothing is saved
        raise
    save_workbook(wb, target)
    if progress:
        progress(written, total)
    return written


def export_every(
    session: Any,
    target: Path,
    *,
    sheet: str,
    headers: Sequence[str],
    widths: Sequence[int],
    rows: Callable[[Any, Wording], Iterable[Sequence[Any]]],
    model: Any,
    marking: str,
    cancelled_message: str,
    include_confidential: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    lang: str = "en",
) -> int:
    """Every record of a kind (`rows` of the session in the words of `lang`), as one table:
    those confidential content covers only when asked for, and the sheet then marked."""
    from .. import confidentiality
    from ..services.office import wording as office_wording

    with confidentiality.scope(session, include_confidential):
        words = office_wording(session, lang)
        return write_table(
            target,
            sheet=words(sheet),
            headers=[words(h) for h in headers],
            widths=widths,
            rows=rows(session, words),
            total=session.scalar(select(func.count(model.id))) or 0,
            date_format=DATE_FORMATS[words.language],
            marking=words(marking) if include_confidential else None,
            progress=progress,
            cancelled=cancelled,
            cancelled_message=cancelled_message,
        )


def _header(ws: Any, text: str, font: Font) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=text)
    cell.font = font
    return cell
