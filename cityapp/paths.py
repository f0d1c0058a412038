"""Where the program keeps its files: the user's data, log and backup folders."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from . import APP_SLUG, ORG_NAME

DEFAULT_DB_NAME = "city-diplomacy-desk.sqlite3"


HOME_VARIABLE = "CITYAPP_HOME"


def _home() -> Path | None:
    """CITYAPP_HOME puts every file of the program under one folder (portable use, tests)."""
    value = os.environ.get(HOME_VARIABLE)
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    return (
        home / "data"
        if home
        else Path(platformdirs.user_data_dir(APP_SLUG, ORG_NAME, roaming=False))
    )


def log_dir() -> Path:
    home = _home()
    return home / "log" if home else Path(platformdirs.user_log_dir(APP_SLUG, ORG_NAME))


def default_database_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"
