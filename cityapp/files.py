"""Writing a file whole or not at all: beside its place, then moved into it."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import UserError
from .i18n import QT_TRANSLATE_NOOP


def current_umask() -> int:
    """The process's file-creation mask (read where the system says it, else set and put back)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def usual_mode(target: Path) -> int:
    """The permissions a file written at `target` gets: those of the file it replaces, else what
    any program's new file gets (read and write for all, less the umask). A temporary file is
    made private; the finished one must not stay so, or colleagues on a shared folder could
    not open it."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return 0o666 & ~current_umask()


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
        os.chmod(temp, usual_mode(target))
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
