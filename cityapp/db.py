"""Opening a database: a local SQLite file by default, or a shared server by URL.

Every open goes through `open_database`, which refuses SQLite files on network
shares, turns on the SQLite pragmas the program relies on, backs a file up and
upgrades its schema to the head revision, and installs the audit trail.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from . import (
    audit,
    changes,
    confidentiality,  # noqa: F401  (its rule listens on every session)
    paths,
    sanitize,
    search,
)
from .errors import DatabaseOpenError, NetworkShareError
from .i18n import QT_TRANSLATE_NOOP, message_of

SQLITE_BUSY_TIMEOUT_MS = 10_000
SQLITE_SYNCHRONOUS = "FULL"
# The newest revision in cityapp/migrations/versions; a test keeps the two in step.
SCHEMA_HEAD = "0019"
NETWORK_FILESYSTEMS = frozenset(
    {"cifs", "smb3", "smbfs", "nfs", "nfs4", "afs", "9p", "fuse.sshfs", "davfs", "ncpfs"}
)
SHARED_SERVER_ADVICE = QT_TRANSLATE_NOOP(
    "db",
    "SQLite files cannot be shared safely over the network. For a shared office database, "
    "use the shared server mode: open a PostgreSQL URL such as "
    "postgresql+psycopg://user@server/citydesk (File > Open database, or --db URL).",
)


@dataclass
class Database:
    """An open database: its engine, the session factory and who is working."""

    url: URL
    engine: Engine
    factory: sessionmaker[Session]
    actor: str
    backup_path: Path | None = field(default=None)
    read_only: bool = False  # a file the officer may read but not change

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        if not (self.is_sqlite and self.url.database):
            return None
        database = self.url.database
        if database.startswith("file:"):  # opened read-only through a URI
            from urllib.parse import unquote

            database = unquote(database[len("file:") :])
        return Path(database)

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

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction that will write: committed at the end, rolled back on failure.

        On SQLite it takes the write lock before reading anything (BEGIN IMMEDIATE), so of
        two officers saving at once the second waits, then reads the first one's version
        and gets an edit conflict that says who and when, not a failed snapshot.
        """
        with self.factory.begin() as session:
            if self.is_sqlite and not self.read_only:
                session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            event.listen(session, "before_flush", _remember_records)
            event.listen(session, "after_flush", changes.remember_changes)
            try:
                yield session
                session.flush()
            except DBAPIError as exc:
                # Which records the refused write was about, for the log (never their values).
                exc.records = session.info.get(RECORDS_KEY, "no record")  # type: ignore[attr-defined]
                raise

    def dispose(self) -> None:
        self.engine.dispose()


RECORDS_KEY = "cityapp.records_written"


def _remember_records(session: Session, flush_context: Any, instances: Any) -> None:
    session.info[RECORDS_KEY] = records_in(session)


def records_in(session: Session) -> str:
    """The kind and id of each record a failed write was about ("counterpart 12, meeting new"),
    for the log: never a value."""
    seen = []
    for label, objects in (("new", session.new), ("", session.dirty), ("deleted", session.deleted)):
        for obj in objects:
            table = getattr(obj, "__tablename__", type(obj).__name__)
            ident = getattr(obj, "__dict__", {}).get("id")
            seen.append(
                f"{table} {ident if ident is not None else 'new'}"
                + (f" {label}" if label == "deleted" else "")
            )
    return ", ".join(sorted(set(seen))[:20]) or "no record"


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
        raise NetworkShareError(
            QT_TRANSLATE_NOOP("db", "The database {path} is on a network share. {advice}").format(
                path=raw, advice=SHARED_SERVER_ADVICE
            )
        )
    path = Path(raw).expanduser().absolute()
    if _windows_drive_is_remote(path):
        raise NetworkShareError(
            QT_TRANSLATE_NOOP(
                "db", "The database {path} is on a mapped network drive. {advice}"
            ).format(path=path, advice=SHARED_SERVER_ADVICE)
        )
    fs_type = _posix_mount_type(path)
    if fs_type in NETWORK_FILESYSTEMS:
        raise NetworkShareError(
            QT_TRANSLATE_NOOP(
                "db", "The database {path} is on a network file system ({kind}). {advice}"
            ).format(path=path, kind=fs_type, advice=SHARED_SERVER_ADVICE)
        )
    return path


def _sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    """Every connection: wait for locks, enforce references, and make each commit durable.

    The journal mode (WAL) is a property of the file, set once when the program has made
    sure the file is its own (`open_database`): a refused file is never changed.
    synchronous=FULL syncs the log on every commit, so a power cut loses no saved change
    (tests/benchmarks/bench_durability.py measures what it costs).
    """
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA synchronous = {SQLITE_SYNCHRONOUS}")
        # Deleted and replaced text is overwritten, not left in free pages, on every build
        # (Debian's SQLite does this by default, the one in Python for Windows does not).
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


def make_engine(target: str | Path, *, read_only: bool = False) -> Engine:
    """An engine for a SQLite path or a SQLAlchemy URL, with the pragmas SQLite needs."""
    target = str(target)
    if is_url(target):
        try:
            url = make_url(target)
        except ArgumentError as exc:
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP(
                    "db", "“{target}” is not a database URL the program understands."
                ).format(target=target)
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
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP("db", "{path} is a folder, not a database file.").format(
                    path=path
                )
            )
        url = URL.create("sqlite+pysqlite", database=str(path))
    if read_only and url.get_backend_name() == "sqlite" and url.database:
        from .sqlite_files import sqlite_uri

        # SQLite opens the file read-only: not a byte of it can change, its journal included.
        uri, _, _ = sqlite_uri(Path(url.database), "ro").partition("?")
        url = url.set(database=uri, query={"mode": "ro", "uri": "true"})
    try:
        # Statements in errors and logs never carry their values (personal data).
        engine = create_engine(url, future=True, hide_parameters=True)
    except (ArgumentError, ImportError) as exc:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("db", "Cannot use the database {where}: {error}").format(
                where=url.render_as_string(hide_password=True), error=exc
            )
        ) from exc
    if url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def sqlite_backup(source: Path, dest_dir: Path | None = None, reason: str = "") -> Path:
    """A checked copy of a SQLite file (integrity and row counts) in its backups folder."""
    from .sqlite_files import make_backup

    return make_backup(Path(source), Path(dest_dir) if dest_dir else None, reason=reason)


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
    if url.get_backend_name() == "sqlite" and url.database:
        return _describe_sqlite_error(text, Path(url.database))
    return QT_TRANSLATE_NOOP("db", "Cannot open the database {where}: {error}").format(
        where=where, error=text
    )


def _sqlite_state(path: Path) -> tuple[str | None, set[str]]:
    """The revision and tables of a SQLite file, read without changing a byte of it."""
    from .sqlite_files import connect_read_only

    conn = connect_read_only(path)
    try:
        tables = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        revision = None
        if "alembic_version" in tables:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            revision = rows[0][0] if len(rows) == 1 else None
        return revision, tables
    finally:
        conn.close()


def _refuse_foreign(path: Path, revision: str | None, tables: set[str]) -> None:
    """Refuse, before anything is written, a file of another program or a newer version."""
    from .migrations_index import known_revisions

    if revision is None and tables - {"alembic_version"}:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "db",
                "{path} holds tables that City Diplomacy Desk did not create; it is left untouched. "
                "Choose another file or an empty database.",
            ).format(path=path)
        )
    if revision is not None and revision not in known_revisions():
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "db",
                "{path} was last used by a newer version of City Diplomacy Desk (schema "
                "{revision}); it is left untouched. Update the program to open it.",
            ).format(path=path, revision=revision)
        )


def check_backup_is_ours(path: Path) -> None:
    """Refuse to restore a file of another program or of a newer version."""
    try:
        revision, tables = _sqlite_state(path)
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(_describe_sqlite_error(str(exc), path)) from exc
    if revision is None:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "db", "{path} is not a City Diplomacy Desk database; nothing was restored."
            ).format(path=path)
        )
    _refuse_foreign(path, revision, tables)


_SERVER_ACTIONS = {
    "back up": QT_TRANSLATE_NOOP("db", "back up"),
    "restore": QT_TRANSLATE_NOOP("db", "restore"),
}


def pg_dump_advice(target: str, what: str) -> str:
    url = make_url(target)
    host = url.host or "localhost"
    port = f" -p {url.port}" if url.port else ""
    user = f" -U {url.username}" if url.username else ""
    return QT_TRANSLATE_NOOP(
        "db",
        "The program cannot {what} a shared server database itself. On the server, use "
        "PostgreSQL's own tools: {command} to back up, and pg_restore to put a dump back. Ask "
        "the server's administrator if unsure.",
    ).format(
        what=_SERVER_ACTIONS.get(what, what),
        command=f"pg_dump -Fc -h {host}{port}{user} {url.database} > office.dump",
    )


def _build_at_head(temp: Path, *, rebuild_derived: bool) -> None:
    from . import migrations  # Alembic loads only when there is something to build or upgrade

    engine = make_engine(temp)
    try:
        migrations.run_migration(engine, "upgrade", "head", rebuild_derived=rebuild_derived)
    finally:
        engine.dispose()


def _prepare_sqlite(
    path: Path, *, create: bool, upgrade: bool, backup: bool
) -> tuple[Path | None, bool]:
    """Create or upgrade a SQLite file all at once; return the pre-upgrade backup and
    whether the file can only be read."""
    from .sqlite_files import BackupError, describe_backup, make_backup, rebuilt, remove_leftovers

    remove_leftovers(path.parent)
    if not path.exists() or path.stat().st_size == 0:
        if not path.exists() and not create:
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP("db", "There is no database at {path}.").format(path=path)
            )
        if not (create and upgrade):
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP(
                    "db",
                    "{path} is empty: it holds no City Diplomacy Desk database. It was left as it is.",
                ).format(path=path)
            )
        with rebuilt(path, "new") as temp:  # a new file appears only complete
            _build_at_head(temp, rebuild_derived=False)
        return None, False
    try:
        revision, tables = _sqlite_state(path)
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(_describe_sqlite_error(str(exc), path)) from exc
    _refuse_foreign(path, revision, tables)
    read_only = not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)
    if revision == SCHEMA_HEAD or not upgrade:
        return None, read_only
    if read_only:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "db",
                "{path} needs an upgrade to this version's schema, but the file is read-only. "
                "Open a copy you may write to.",
            ).format(path=path)
        )
    backup_path = None
    if backup and revision is not None:
        try:
            backup_path = make_backup(path, reason="before-upgrade")
        except BackupError as exc:
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP(
                    "db", "{error} The upgrade did not start; {path} is unchanged."
                ).format(error=message_of(exc), path=path)
            ) from exc
    try:
        with rebuilt(path, "upgrade") as temp:  # the old file stays until the new one is whole
            _build_at_head(temp, rebuild_derived=revision is not None)
    except DatabaseOpenError as exc:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("db", "{error}{backup}").format(
                error=message_of(exc), backup=describe_backup(backup_path)
            )
        ) from exc
    except (OSError, sqlite3.DatabaseError, DBAPIError) as exc:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "db", "The upgrade of {path} failed ({error}); the file is as it was.{backup}"
            ).format(path=path, error=exc, backup=describe_backup(backup_path))
        ) from exc
    return backup_path, False


def describe_write_failure(exc: BaseException) -> str | None:
    """A failed save in plain words, when the cause is one the officer can act on."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "readonly database" in text or "read-only" in text or "read only" in text:
        return QT_TRANSLATE_NOOP(
            "db",
            "The database is read-only: nothing was saved. Open a copy you may change, "
            "or ask for write access to the file.",
        )
    if "disk is full" in text or "no space left" in text or "could not extend file" in text:
        return QT_TRANSLATE_NOOP(
            "db", "The disk is full: nothing was saved. Free some space and save again."
        )
    if "database is locked" in text or "could not obtain lock" in text:
        return QT_TRANSLATE_NOOP(
            "db",
            "Another program is holding the database: nothing was saved. "
            "Wait a moment and save again.",
        )
    return None


def _describe_sqlite_error(text: str, path: Path) -> str:
    if "file is not a database" in text or "file is encrypted" in text:
        return QT_TRANSLATE_NOOP(
            "db",
            "{path} is not a City Diplomacy Desk database (it is not a SQLite file); it is left "
            "untouched.",
        ).format(path=path)
    if "unable to open database file" in text:
        return QT_TRANSLATE_NOOP(
            "db", "Cannot open or create {path}: the folder is missing or not writable."
        ).format(path=path)
    if "database is locked" in text:
        return QT_TRANSLATE_NOOP(
            "db", "{path} is locked by another program. Close it there and try again."
        ).format(path=path)
    if "disk is full" in text or "disk I/O error" in text:
        return QT_TRANSLATE_NOOP(
            "db", "Cannot write {path}: the disk is full or failing. Nothing was changed."
        ).format(path=path)
    return QT_TRANSLATE_NOOP("db", "Cannot open the database {where}: {error}").format(
        where=path, error=text
    )


def open_database(
    target: str | Path | None = None,
    *,
    actor: str | None = None,
    upgrade: bool = True,
    backup: bool = True,
    create: bool = True,
    read_only: bool = False,
) -> Database:
    """Open (and by default create and upgrade) the database at a path or URL.

    With no target: the CITYAPP_DB environment variable, else the default file
    in the user's data folder. A SQLite file is created and upgraded as a whole
    (a kill leaves the old file or the new one); one that cannot be written is
    opened read-only.
    """
    if target is None:
        target = os.environ.get("CITYAPP_DB") or str(paths.default_database_path())
    target = str(target)
    backup_path = None
    if not is_url(target):
        path = check_local_path(target)
        if path.is_dir():
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP("db", "{path} is a folder, not a database file.").format(
                    path=path
                )
            )
        if not path.exists() and not create:
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP("db", "There is no database at {path}.").format(path=path)
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(
                f"Cannot create the folder {path.parent}: {exc.strerror}."
            ) from exc
        try:
            backup_path, cannot_write = _prepare_sqlite(
                path, create=create, upgrade=upgrade and not read_only, backup=backup
            )
            read_only = read_only or cannot_write
        except OSError as exc:
            raise DatabaseOpenError(_describe_sqlite_error(exc.strerror or str(exc), path)) from exc
        except sqlite3.DatabaseError as exc:
            raise DatabaseOpenError(_describe_sqlite_error(str(exc), path)) from exc
        target = str(path)
    engine = make_engine(target, read_only=read_only)
    try:
        if engine.url.get_backend_name() == "sqlite":
            if not read_only:
                with engine.connect() as conn:  # a file of ours, at the head: WAL from now on
                    conn.exec_driver_sql("PRAGMA journal_mode = WAL")
            else:
                with engine.connect() as conn:
                    inspect(conn).get_table_names()
        elif upgrade and stored_revision(engine) != SCHEMA_HEAD:
            from . import migrations  # one transaction: PostgreSQL changes its schema atomically

            migrations.upgrade_to_head(engine, backup=False)
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
        url=engine.url,
        engine=engine,
        factory=factory,
        actor=who,
        backup_path=backup_path,
        read_only=read_only,
    )
