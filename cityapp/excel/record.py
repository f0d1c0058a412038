"""A meeting's record of discussion as a workbook (its content: `cityapp.record_book`)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from sqlalchemy.orm import Session

from ..record_book import RecordOptions, record_book
from .book import write_book
from .briefing import save_workbook

__all__ = ["RecordOptions", "build_record", "export_record", "record_book"]


def build_record(session: Session, meeting_id: int, options: RecordOptions) -> Workbook:
    return write_book(record_book(session, meeting_id, options))


def export_record(
    session: Session, meeting_id: int, target: Path, options: RecordOptions | None = None
) -> Path:
    wb = build_record(session, meeting_id, options or RecordOptions())
    save_workbook(wb, target)
    return Path(target)
