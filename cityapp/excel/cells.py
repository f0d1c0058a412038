"""Writing user text into cells safely: never a formula, never silently cut, nothing Excel refuses.

- A value is always stored as text and marked with a quote prefix, so "=HYPERLINK(...)",
  "+81 3…", "-", "@mention" show exactly as typed and never run.
- Characters an .xlsx cannot hold (control characters) become "�", visibly; line ends become LF.
- Text longer than a cell holds (32,767 characters) continues on the next rows.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

CELL_LIMIT = 32_767
REPLACEMENT = "\ufffd"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Line ends become "\\n" (a workbook reads a bare CR back as one); illegal characters become "�"."""
    return _ILLEGAL.sub(REPLACEMENT, text.replace("\r\n", "\n").replace("\r", "\n"))


def pieces(text: str, limit: int = CELL_LIMIT) -> list[str]:
    """The text in cell-sized pieces (one piece for ordinary text)."""
    text = clean_text(text)
    return [text[i : i + limit] for i in range(0, len(text), limit)] or [""]


def put_text(cell: Cell, text: Any) -> None:
    """User text into a cell: as text, quote-prefixed, never a formula."""
    value = "" if text is None else clean_text(str(getattr(text, "value", text)))
    cell.value = value[:CELL_LIMIT]
    cell.data_type = "s"
    cell.quotePrefix = True


def put_value(cell: Cell, value: Any) -> None:
    """A number or date keeps its type; anything else is text."""
    if isinstance(value, bool) or value is None or isinstance(value, str | Enum):
        put_text(cell, value)
    elif isinstance(value, int | float | Decimal):
        cell.value = float(value) if isinstance(value, Decimal) else value
    elif isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = "yyyy-mm-dd"
    else:
        put_text(cell, value)


def put_long_text(ws: Worksheet, row: int, column: int, text: Any) -> int:
    """Text of any length from (row, column) down; returns the number of rows used."""
    parts = pieces("" if text is None else str(text))
    for offset, part in enumerate(parts):
        put_text(ws.cell(row=row + offset, column=column), part)
    return len(parts)
