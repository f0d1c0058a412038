"""SQLite files as wholes: verified backups, restores, and files that change all at once.

Whatever writes a whole database file here (a backup, a restore, a new file, a schema
upgrade) writes a temporary file beside the target and moves it into place with one
atomic rename, so a kill at any moment leaves either the old file or the new one.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from . import paths
from .clock import CLOCK
from .errors import DatabaseOpenError, UserError
from .i18n import QT_TRANSLATE_NOOP

TEMP_PREFIX = ".citydesk-"  # temporary files of ours; a kill may leave them behind
SIDE_FILES = ("-wal", "-shm", "-journal")


class BackupError(UserError):
    """A backup or restore that could not be made or checked; nothing was changed."""


def sqlite_uri(path: Path, mode: str = "ro") -> str:
    """A file: URI for a path, with every character SQLite would misread escaped (# ? %)."""
    return f"file:{quote(Path(path).absolute().as_posix(), safe='/:')}?mode={mode}"


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open a file for reading only: nothing about it (not even its journal mode) changes."""
    return sqlite3.connect(sqlite_uri(path, "ro"), uri=True)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_beside(target: Path, what: str) -> Path:
    fd, name = tempfile.mkstemp(
        prefix=f"{TEMP_PREFIX}{what}-", suffix=".sqlite3", dir=target.parent
    )
    os.close(fd)
    os.unlink(name)  # SQLite creates it; only the unique name was wanted
    return Path(name)


def remove_with_side_files(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


LEFTOVER_AGE_S = 600  # younger temporary files may belong to a write still under way


def remove_leftovers(folder: Path) -> None:
    """Temporary files a killed write left behind: never a database anyone opened."""
    if not folder.is_dir():
        return
    for leftover in folder.glob(f"{TEMP_PREFIX}*"):
        with suppress(OSError):
            if time.time() - leftover.stat().st_mtime > LEFTOVER_AGE_S:
                leftover.unlink()


def move_into_place(temp: Path, target: Path) -> None:
    """Make `temp` the file at `target` in one step; its side files must not outlive it."""
    for suffix in SIDE_FILES:
        if Path(f"{temp}{suffix}").exists():
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "backups", "{temp} was still in use; {target} is unchanged."
                ).format(temp=temp, target=target)
            )
    fsync_file(temp)
    for suffix in ("-wal", "-shm"):
        # An empty WAL of the old file (checkpointed, no reader) would be misread as the new one's.
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(temp, target)
    fsync_dir(target.parent)


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file, so the file alone is the whole database."""
    if not Path(f"{path}-wal").exists():
        return
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def examine(path: Path, unreadable: str) -> tuple[str, dict[str, int]]:
    """The integrity check's verdict and the row count of every table, read only."""
    conn = connect_read_only(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0], table_counts(conn)
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("backups", "{what}: {error}.").format(what=unreadable, error=exc)
        ) from exc
    finally:
        conn.close()


def check_copy(copy: Path, expected: dict[str, int]) -> None:
    """The copy is sound (integrity check) and holds as many rows in every table."""
    verdict, counts = examine(
        copy,
        QT_TRANSLATE_NOOP("backups", "The copy {name} cannot be read back").format(name=copy.name),
    )
    if verdict != "ok":
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "backups", "The copy {name} failed its integrity check: {verdict}."
            ).format(name=copy.name, verdict=verdict)
        )
    if counts != expected:
        differ = sorted(k for k in set(counts) | set(expected) if counts.get(k) != expected.get(k))
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "backups",
                "The copy {name} does not hold the same rows as the database (tables {tables}).",
            ).format(name=copy.name, tables=", ".join(differ[:5]))
        )


def _backup_into(src: sqlite3.Connection, temp: Path) -> None:
    """SQLite's backup API from an open connection into a new file, left without a journal."""
    dst = sqlite3.connect(temp)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()


def copy_database(source: Path, temp: Path) -> None:
    src = connect_read_only(source)
    try:
        _backup_into(src, temp)
    finally:
        src.close()


def copy_verified(source: Path, dest: Path) -> dict[str, int]:
    """Copy a live database into `dest` (atomically) and check the copy; return the row counts."""
    temp = temp_path_beside(dest, "copy")
    try:
        src = connect_read_only(source)
        try:
            src.execute("BEGIN")  # one snapshot for the counts and the copy
            expected = table_counts(src)
            _backup_into(src, temp)
            src.execute("COMMIT")
        finally:
            src.close()
        check_copy(temp, expected)
        move_into_place(temp, dest)
    except sqlite3.DatabaseError as exc:
        remove_with_side_files(temp)
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "backups", "{source} could not be copied: {error}. Nothing was changed."
            ).format(source=source, error=exc)
        ) from exc
    except (OSError, BackupError):
        remove_with_side_files(temp)
        raise
    return expected


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime
    size: int


def backup_name(source: Path, when: datetime | None = None, reason: str = "") -> str:
    stamp = (when or CLOCK.local_now()).strftime("%Y%m%d-%H%M%S-%f")
    tag = f"-{reason}" if reason else ""
    return f"{source.stem}-{stamp}{tag}{source.suffix or '.sqlite3'}"


def make_backup(source: Path, dest: Path | None = None, *, reason: str = "") -> Path:
    """A checked copy of the database at `source`: in its backups folder, or at `dest`."""
    source = Path(source)
    if not source.exists():
        raise BackupError(
            QT_TRANSLATE_NOOP("backups", "There is no database at {source} to back up.").format(
                source=source
            )
        )
    if dest is None:
        folder = paths.backup_dir_for(source)
        folder.mkdir(parents=True, exist_ok=True)
        dest = folder / backup_name(source, reason=reason)
    else:
        dest = Path(dest).absolute()
        if dest.is_dir():
            dest = dest / backup_name(source, reason=reason)
        if dest.resolve() == source.resolve():
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "backups",
                    "A backup cannot replace the database it copies; choose another file.",
                )
            )
        dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        copy_verified(source, dest)
    except OSError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "backups",
                "The backup could not be written to {dest}: {error}. The database itself is unchanged.",
            ).format(dest=dest, error=exc.strerror or exc)
        ) from exc
    return dest


def backups_of(source: Path) -> list[Backup]:
    """The backups kept beside a database, newest first."""
    folder = paths.backup_dir_for(Path(source))
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{Path(source).stem}-*"):
        if path.name.startswith(TEMP_PREFIX) or path.suffix in ("-wal", "-shm"):
            continue
        stat = path.stat()
        found.append(Backup(path, datetime.fromtimestamp(stat.st_mtime).astimezone(), stat.st_size))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def restore_backup(
    target: Path, backup: Path, *, check: Callable[[Path], None] | None = None
) -> Path | None:
    """Put a backup in place of the database at `target`; return the copy kept of the old file.

    The backup is checked first (`check` may refuse it, for example a file of another
    program); the current file, if any, is backed up before it is replaced.
    """
    target, backup = Path(target).absolute(), Path(backup).absolute()
    if not backup.is_file():
        raise BackupError(
            QT_TRANSLATE_NOOP("backups", "There is no backup at {backup}.").format(backup=backup)
        )
    if backup.resolve() == target.resolve() if target.exists() else False:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "backups", "That file is the database itself; choose one of its backups."
            )
        )
    verdict, counts = examine(
        backup,
        QT_TRANSLATE_NOOP("backups", "{name} is not a readable database").format(name=backup.name),
    )
    if verdict != "ok":
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "backups", "{name} failed its integrity check ({verdict}); nothing was restored."
            ).format(name=backup.name, verdict=verdict)
        )
    if check is not None:
        check(backup)
    kept = None
    if target.exists():
        try:
            checkpoint(target)
            kept = make_backup(target, reason="before-restore")
        except (sqlite3.DatabaseError, BackupError):
            # A file that no longer reads as a database is kept byte for byte.
            folder = paths.backup_dir_for(target)
            folder.mkdir(parents=True, exist_ok=True)
            kept = folder / backup_name(target, reason="damaged")
            shutil.copy2(target, kept)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = temp_path_beside(target, "restore")
    try:
        copy_database(backup, temp)
        check_copy(temp, counts)
        move_into_place(temp, target)
    except BaseException:
        remove_with_side_files(temp)
        raise
    return kept


@contextmanager
def rebuilt(target: Path, what: str) -> Iterator[Path]:
    """Build a database in a temporary file that replaces `target` only when the work finished.

    The body gets the temporary path (holding a copy of `target`, if it exists) and must
    close every connection to it before the block ends.
    """
    target = Path(target)
    temp = temp_path_beside(target, what)
    try:
        if target.exists() and target.stat().st_size > 0:
            checkpoint(target)
            copy_database(target, temp)
        yield temp
        move_into_place(temp, target)
    except BaseException:
        remove_with_side_files(temp)
        raise


def describe_backup(backup: Path | None) -> str:
    if backup is None:
        return ""
    return QT_TRANSLATE_NOOP(
        "backups",
        " A copy made before the last upgrade is kept at {backup}; File > Restore from backup… "
        "(or `restore --db`) puts it back.",
    ).format(backup=backup)


__all__ = [
    "Backup",
    "BackupError",
    "DatabaseOpenError",
    "backups_of",
    "make_backup",
    "restore_backup",
    "rebuilt",
]
