"""Shared fixtures: a real database per test (SQLite, and PostgreSQL when its URL is set)."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The suite runs on one fixed day, whatever the machine's calendar says: the program's clock
# starts here in this process and in every program a test starts.
TEST_NOW = "2026-11-27T01:00:00+00:00"
os.environ["CITYAPP_NOW"] = TEST_NOW

PG_URL_VARIABLE = "CITYAPP_TEST_DATABASE_URL"


def postgres_url() -> str | None:
    return os.environ.get(PG_URL_VARIABLE) or None


def backends() -> list[str]:
    """SQLite always; PostgreSQL when the test server is configured, and always in CI."""
    if postgres_url() or os.environ.get("CI"):
        return ["sqlite", "postgresql"]
    return ["sqlite"]


@pytest.fixture(autouse=True)
def clock():
    """The program's clock, at the suite's fixed instant; a test may move it (`clock.set`)."""
    from datetime import datetime

    from cityapp.clock import CLOCK

    CLOCK.set(datetime.fromisoformat(TEST_NOW))
    yield CLOCK
    CLOCK.set(datetime.fromisoformat(TEST_NOW))


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Keep every file the program writes (data, log, settings) inside a test folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CITYAPP_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("CITYAPP_LANG", "en")  # whatever the machine's language
    monkeypatch.delenv("CITYAPP_DB", raising=False)
    monkeypatch.delenv("CITYAPP_OFFICER", raising=False)
    return home


def fresh_postgres_url() -> str:
    """A new, empty schema on the test server, its URL pointing at it."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = postgres_url()
    if not url:
        pytest.fail(f"{PG_URL_VARIABLE} is not set: CI must start PostgreSQL and set it")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    parsed = make_url(url)
    query = dict(parsed.query)
    query["options"] = f"-csearch_path={schema}"
    return parsed.set(query=query).render_as_string(hide_password=False)


def drop_postgres_schema(url: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    schema = parsed.query["options"].split("=", 1)[1]
    engine = create_engine(parsed.difference_update_query(["options"]))
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


@pytest.fixture(params=backends())
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a test's database lives: a new SQLite file, or a new schema on the PostgreSQL server."""
    if request.param == "sqlite":
        yield str(tmp_path / "office.sqlite3")
        return
    url = fresh_postgres_url()
    try:
        yield url
    finally:
        drop_postgres_schema(url)


@pytest.fixture
def db(db_target: str):
    """An open, migrated, empty database."""
    from cityapp.db import open_database

    database = open_database(db_target, actor="tester")
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo office as `demo_db` has it on SQLite, built once for the session."""
    from cityapp.demo import create_demo_database

    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite3"
    create_demo_database(path, actor="tester").dispose()
    return path


@pytest.fixture
def demo_db(db_target: str, request: pytest.FixtureRequest):
    """The demo office, open: built on the server, a copy of the session's on SQLite (the same
    office, built the same way; building it for every test took seconds each)."""
    from cityapp.db import is_url, open_database
    from cityapp.demo import create_demo_database

    if is_url(db_target):
        database = create_demo_database(db_target, actor="tester")
    else:
        shutil.copyfile(request.getfixturevalue("demo_template"), db_target)
        database = open_database(db_target, actor="tester")
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo SQLite file for tests that only read; copy it before changing anything."""
    from cityapp.demo import create_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    create_demo_database(path).dispose()
    return path
