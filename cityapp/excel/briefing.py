"""The trip briefing book as a workbook (`cityapp.briefing_book` writes its content,
`cityapp.excel.book` lays it out), and the safe writing of every workbook the program makes."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from sqlalchemy.orm import Session

from ..briefing_book import BookOptions, build_book
from ..files import write_in_place

BriefingOptions = BookOptions


def build_briefing(session: Session, trip_id: int, options: BriefingOptions) -> Workbook:
    """The briefing book; confidential content only when the options ask for it."""
    from .book import write_book

    return write_book(build_book(session, trip_id, options))


def save_workbook(wb: Workbook, target: Path) -> None:
    """Write to a temporary file beside the target, then replace it: the old file survives any failure."""
    write_in_place(target, ".xlsx", wb.save)


def export_briefing(
    session: Session, trip_id: int, target: Path, options: BriefingOptions | None = None
) -> Path:
    wb = build_briefing(session, trip_id, options or BriefingOptions())
    save_workbook(wb, target)
    return Path(target)
