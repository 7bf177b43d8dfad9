"""Shared paths for the test suite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
SHARED = TESTS.parent.parent / "shared"
CORPUS = SHARED / "corpus"
SEED = SHARED / "seeds" / "its-okay-to-not-be-okay.txt"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not here")
    return CORPUS


# --- databases for the store tests -------------------------------------------------
# SQLite always; PostgreSQL from REVIEWPARSE_TEST_PG_URL (what .ci/run exports), else a
# local server that scripts/pg_test_server.sh can start. Each test gets a new, empty
# database (PostgreSQL: a scratch database made with the role's CREATEDB, dropped after).

PG_URL_VARIABLE = "REVIEWPARSE_TEST_PG_URL"
PG_SERVER_SCRIPT = TESTS.parent / "scripts" / "pg_test_server.sh"


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    import os
    import subprocess

    url = os.environ.get(PG_URL_VARIABLE)
    if url:
        _check_pg(url, required=True)
        return url
    try:
        started = subprocess.run(
            ["bash", str(PG_SERVER_SCRIPT), "--no-install"], capture_output=True, text=True, timeout=120
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        pytest.skip(f"PostgreSQL tests skipped: {PG_SERVER_SCRIPT.name} could not run ({error})")
    if started.returncode != 0 or not started.stdout.strip():
        reason = started.stderr.strip().splitlines()[-1:] or ["no URL printed"]
        pytest.skip(
            f"PostgreSQL tests skipped: no local server could be started ({reason[0]}); "
            f"install one with `bash scripts/pg_test_server.sh` or set {PG_URL_VARIABLE}"
        )
    url = started.stdout.strip().splitlines()[-1]
    _check_pg(url, required=False)
    return url


def _check_pg(url: str, *, required: bool) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import SQLAlchemyError

    from reviewparse.store.engine import database_url

    engine = create_engine(database_url(url))
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        message = f"PostgreSQL at {engine.url.render_as_string(hide_password=True)} is unreachable: {error}"
        if required:
            pytest.fail(f"{PG_URL_VARIABLE} is set but {message}", pytrace=False)
        pytest.skip(f"PostgreSQL tests skipped: {message}")
    finally:
        engine.dispose()


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped afterwards."""
    import uuid

    from sqlalchemy import create_engine, text

    from reviewparse.store.engine import database_url

    admin = create_engine(database_url(pg_admin_url), isolation_level="AUTOCOMMIT")
    name = f"reviewparse_t_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield database_url(pg_admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        from tests.store_data import dispose

        dispose()
        _drop_database(admin, name)
        admin.dispose()


def _drop_database(admin: Any, name: str) -> None:
    """Drop a scratch database; an autovacuum worker may hold it a moment (retried)."""
    import time

    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    for attempt in range(10):
        try:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except DBAPIError:
            if attempt == 9:
                raise
            time.sleep(1)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> Iterator[str]:
    yield f"sqlite:///{tmp_path / 'reviews.db'}"
    from tests.store_data import dispose

    dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each store test runs on SQLite and on PostgreSQL."""
    name = "sqlite_url" if request.param == "sqlite" else "pg_url"
    url: str = request.getfixturevalue(name)
    return url
