"""Writing user text into cells safely: never a formula, never silently cut, nothing Excel refuses.

- A value is always stored as text and marked with a quote prefix, so "=HYPERLINK(...)",
  "+81 3…", "-", "@mention" show exactly as typed and never run.
- Characters an .xlsx cannot hold (control characters) become "�", visibly; line ends become LF.
- Text longer than a cell holds (32,767 characters) continues on the next rows.
- What a reader shows is what was stored: "_x0041_" is written so that it reads back as
  "_x0041_" (not "A"), "#N/A" is text and not an error, whitespace-only text is kept.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

import openpyxl.cell._writer as _cell_writer
from openpyxl.cell.cell import ERROR_CODES, Cell

CELL_LIMIT = 32_767
REPLACEMENT = "\ufffd"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# Readers decode "_xHHHH_" in stored text as the character HHHH; an underscore written as
# "_x005F_" keeps such text literal (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
_LOOKS_ESCAPED = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
# Text that a spreadsheet could take for a formula, in ASCII and full width.
RISKY_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
ERROR_TEXTS = frozenset(ERROR_CODES)


def stored_form(text: str) -> str:
    """The text as it goes into the file, so that readers decode it back to `text`."""
    return _LOOKS_ESCAPED.sub("_x005F_", text) if "_x" in text else text


def _keep_whitespace(node) -> None:
    # openpyxl marks leading or trailing spaces to be kept, but not text made only of
    # spaces, which readers then drop: mark every text that is not its own strip.
    if node.text and node.text != node.text.strip():
        node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


_cell_writer.whitespace = _keep_whitespace


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
    cell.value = stored_form(value[:CELL_LIMIT])
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
