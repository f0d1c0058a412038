"""Writing a file whole or not at all: beside its place, then moved into it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import UserError
from .i18n import QT_TRANSLATE_NOOP


def write_in_place(target: Path, suffix: str, write: Callable[[str], object]) -> None:
    """Have `write(path)` write a temporary file beside `target`, then move it into place: the
    old file survives any failure, and a file held open elsewhere (Excel) is said in words."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("exports", "The folder {folder} does not exist.").format(
                folder=str(folder)
            )
        )
    fd, temp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=suffix, dir=folder)
    os.close(fd)
    try:
        write(temp)
        try:
            os.replace(temp, target)
        except PermissionError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exports",
                    "{name} is open in another program (Excel, Outlook or a PDF reader?). "
                    "Close it and export again; the existing file was left as it was.",
                ).format(name=target.name)
            ) from exc
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
