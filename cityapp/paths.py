"""Where the program keeps its files: the user's data, log and backup folders."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from . import APP_SLUG, ORG_NAME

DEFAULT_DB_NAME = "city-diplomacy-desk.sqlite3"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_SLUG, ORG_NAME, roaming=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_SLUG, ORG_NAME))


def default_database_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"
