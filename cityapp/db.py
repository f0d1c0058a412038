"""Opening a database: a local SQLite file by default, or a shared server by URL.

Every open goes through `open_database`, which refuses SQLite files on network
shares, turns on the SQLite pragmas the program relies on, backs a file up and
upgrades its schema to the head revision, and installs the audit trail.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PureWindowsPath
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from . import audit, paths, sanitize, search
from .errors import DatabaseOpenError, NetworkShareError

SQLITE_BUSY_TIMEOUT_MS = 10_000
# The newest revision in cityapp/migrations/versions; a test keeps the two in step.
SCHEMA_HEAD = "0005"
NETWORK_FILESYSTEMS = frozenset(
    {"cifs", "smb3", "smbfs", "nfs", "nfs4", "afs", "9p", "fuse.sshfs", "davfs", "ncpfs"}
)
SHARED_SERVER_ADVICE = (
    "SQLite files cannot be shared safely over the network. For a shared office database, "
    "use the shared server mode: open a PostgreSQL URL such as "
    "postgresql+psycopg://user@server/citydesk (File > Open database, or --db URL)."
)


@dataclass
class Database:
    """An open database: its engine, the session factory and who is working."""

    url: URL
    engine: Engine
    factory: sessionmaker[Session]
    actor: str
    backup_path: Path | None = field(default=None)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    @property
    def label(self) -> str:
        """A short name for the status bar: the file name, or the server and database."""
        if self.path is not None:
            return str(self.path)
        host = self.url.host or "localhost"
        port = f":{self.url.port}" if self.url.port else ""
        return f"{self.url.database} on {host}{port}"

    def session(self) -> Session:
        return self.factory()

    def dispose(self) -> None:
        self.engine.dispose()


def is_url(target: str) -> bool:
    return "://" in target


def looks_like_unc(path: str) -> bool:
    """\\\\server\\share\\... or //server/share/..., the forms of a Windows network path."""
    if path.startswith(("\\\\", "//")):
        rest = path.lstrip("\\/")
        return bool(rest) and not rest.startswith(("?\\", ".\\", "?/", "./"))
    return False


def _windows_drive_is_remote(path: Path) -> bool:
    if sys.platform != "win32":
        return False
    import ctypes

    drive = PureWindowsPath(path).drive
    if not drive:
        return False
    drive_remote = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote  # type: ignore[attr-defined]


MOUNTS_FILE = Path("/proc/mounts")


def _posix_mount_type(path: Path, mounts: Path | None = None) -> str | None:
    """The file system type of the mount holding `path`, from /proc/mounts on Linux."""
    mounts = mounts or MOUNTS_FILE
    if not mounts.exists():
        return None
    best, best_type = "", None
    target = str(path)
    try:
        lines = mounts.read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def check_local_path(raw: str) -> Path:
    """Refuse a SQLite path on a network share; return the absolute local path."""
    if looks_like_unc(raw):
        raise NetworkShareError(f"The database {raw} is on a network share. {SHARED_SERVER_ADVICE}")
    path = Path(raw).expanduser().absolute()
    if _windows_drive_is_remote(path):
        raise NetworkShareError(
            f"The database {path} is on a mapped network drive. {SHARED_SERVER_ADVICE}"
        )
    fs_type = _posix_mount_type(path)
    if fs_type in NETWORK_FILESYSTEMS:
        raise NetworkShareError(
            f"The database {path} is on a network file system ({fs_type}). {SHARED_SERVER_ADVICE}"
        )
    return path


def _sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def make_engine(target: str | Path) -> Engine:
    """An engine for a SQLite path or a SQLAlchemy URL, with the pragmas SQLite needs."""
    target = str(target)
    if is_url(target):
        try:
            url = make_url(target)
        except ArgumentError as exc:
            raise DatabaseOpenError(
                f"{target!r} is not a database URL the program understands."
            ) from exc
        if url.get_backend_name() == "postgresql" and url.get_driver_name() in (
            "psycopg2",
            "postgresql",
        ):
            url = url.set(drivername="postgresql+psycopg")
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            path = check_local_path(url.database)
            url = url.set(database=str(path))
    else:
        path = check_local_path(target)
        if path.is_dir():
            raise DatabaseOpenError(f"{path} is a folder, not a database file.")
        url = URL.create("sqlite+pysqlite", database=str(path))
    try:
        engine = create_engine(url, future=True)
    except (ArgumentError, ImportError) as exc:
        raise DatabaseOpenError(
            f"Cannot use the database {url.render_as_string(hide_password=True)}: {exc}"
        ) from exc
    if url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def sqlite_backup(source: Path, dest_dir: Path | None = None) -> Path:
    """Copy a SQLite file with the online backup API into a timestamped file."""
    dest_dir = dest_dir or paths.backup_dir_for(source)
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = dest_dir / f"{source.stem}-{stamp}{source.suffix or '.sqlite3'}"
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return dest


def stored_revision(engine: Engine) -> str | None:
    """The schema revision a database records, read without loading Alembic."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return rows[0] if len(rows) == 1 else None


def _describe_open_error(exc: Exception, url: URL) -> str:
    where = url.render_as_string(hide_password=True)
    text = (
        str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
    )
    if "file is not a database" in text or "file is encrypted" in text:
        return f"{url.database} is not a City Diplomacy Desk database (it is not a SQLite file)."
    if "unable to open database file" in text:
        return f"Cannot open or create {url.database}: the folder is missing or not writable."
    if "database is locked" in text:
        return f"{url.database} is locked by another program. Close it there and try again."
    return f"Cannot open the database {where}: {text}"


def open_database(
    target: str | Path | None = None,
    *,
    actor: str | None = None,
    upgrade: bool = True,
    backup: bool = True,
    create: bool = True,
) -> Database:
    """Open (and by default create and upgrade) the database at a path or URL.

    With no target: the CITYAPP_DB environment variable, else the default file
    in the user's data folder.
    """
    if target is None:
        target = os.environ.get("CITYAPP_DB") or str(paths.default_database_path())
    target = str(target)
    if not is_url(target):
        path = check_local_path(target)
        if not path.exists() and not create:
            raise DatabaseOpenError(f"There is no database at {path}.")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(
                f"Cannot create the folder {path.parent}: {exc.strerror}."
            ) from exc
    engine = make_engine(target)
    backup_path = None
    try:
        if upgrade and stored_revision(engine) != SCHEMA_HEAD:
            from . import migrations  # Alembic loads only when there is something to upgrade

            backup_path = migrations.upgrade_to_head(engine, backup=backup)
        else:
            with engine.connect() as conn:
                inspect(conn).get_table_names()
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise DatabaseOpenError(_describe_open_error(exc, engine.url)) from exc
    except Exception:
        engine.dispose()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    who = actor or audit.os_user()
    factory.configure(info={audit.ACTOR_KEY: who})
    sanitize.install_sanitizer(factory)  # first, so the audit trail records what is stored
    audit.install_audit(factory)
    search.install_search_index(factory)
    return Database(
        url=engine.url, engine=engine, factory=factory, actor=who, backup_path=backup_path
    )
