"""Demo databases: the Tokyo office of 2014 and a large synthetic 20-year office."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from ..db import Database, check_local_path, is_url, open_database
from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import City
from ..sqlite_files import rebuilt
from .large import DEFAULT_SEED, FULL, Sizes, write_large_office
from .small import build_demo

__all__ = [
    "DEFAULT_SEED",
    "FULL",
    "Sizes",
    "build_demo",
    "create_demo_database",
    "write_large_office",
]


def _remove_sqlite_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = Path(f"{path}{suffix}")
        try:
            candidate.unlink(missing_ok=True)
        except PermissionError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "demo",
                    "Cannot replace {path}: it is open in another program. Close it and try again.",
                ).format(path=str(path))
            ) from exc
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("demo", "Cannot replace {path}: {error}.").format(
                    path=str(path), error=exc.strerror
                )
            ) from exc


def create_demo_database(
    target: str | Path,
    *,
    large: bool = False,
    force: bool = False,
    seed: int = DEFAULT_SEED,
    sizes: Sizes = FULL,
    actor: str = "demo",
    progress: Callable[[str], None] | None = None,
) -> Database:
    """Create a demo database at a path (or in an empty server database) and return it open."""
    target = str(target)
    if not is_url(target):
        path = check_local_path(target)
        if path.exists() or Path(f"{path}-wal").exists():
            if not force:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "demo",
                        "{path} already exists. Give --force to replace it with the demo database.",
                    ).format(path=str(path))
                )
            _remove_sqlite_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Built beside its place and renamed into it: the file appears whole or not at all.
        with rebuilt(path, "demo") as temp:
            _fill(os.fspath(temp), large, seed, sizes, actor, progress, whole_file=True).dispose()
        return open_database(path, actor=actor)
    return _fill(target, large, seed, sizes, actor, progress, whole_file=False)


def _fill(
    target: str,
    large: bool,
    seed: int,
    sizes: Sizes,
    actor: str,
    progress: Callable[[str], None] | None,
    *,
    whole_file: bool,
) -> Database:
    db = open_database(target, actor=actor)
    try:
        with db.factory() as session:
            if session.scalar(select(func.count()).select_from(City)):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "demo",
                        "The database {label} already holds data; the demo goes only into an "
                        "empty database.",
                    ).format(label=db.label)
                )
        if large:
            with db.engine.begin() as conn:
                write_large_office(conn, seed=seed, sizes=sizes, progress=progress)
        else:
            with db.factory.begin() as session:
                build_demo(session)
        if whole_file:  # one file to move: the log folded into it
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA journal_mode = DELETE")
    except BaseException:
        db.dispose()
        raise
    return db
