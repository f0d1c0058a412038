"""The trip briefing book as a workbook (`cityapp.briefing_book` writes its content,
`cityapp.excel.book` lays it out), and the safe writing of every workbook the program makes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy.orm import Session

from ..briefing_book import BookOptions, build_book
from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP

BriefingOptions = BookOptions


def build_briefing(session: Session, trip_id: int, options: BriefingOptions) -> Workbook:
    """The briefing book; confidential content only when the options ask for it."""
    from .book import write_book

    return write_book(build_book(session, trip_id, options))


def save_workbook(wb: Workbook, target: Path) -> None:
    """Write to a temporary file beside the target, then replace it: the old file survives any failure."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("exports", "The folder {folder} does not exist.").format(
                folder=str(folder)
            )
        )
    fd, temp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".xlsx", dir=folder)
    os.close(fd)
    try:
        wb.save(temp)
        try:
            os.replace(temp, target)
        except PermissionError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exports",
                    "{name} is open in another program (Excel?). Close it and export again; "
                    "the existing file was left as it was.",
                ).format(name=target.name)
            ) from exc
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def export_briefing(
    session: Session, trip_id: int, target: Path, options: BriefingOptions | None = None
) -> Path:
    wb = build_briefing(session, trip_id, options or BriefingOptions())
    save_workbook(wb, target)
    return Path(target)
