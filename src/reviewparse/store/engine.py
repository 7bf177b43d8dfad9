"""Connecting: database URLs, engines tuned per backend, and creating the schema.

``sqlite:///reviews.db`` and ``postgresql://user:pass@host/db`` are the two supported
kinds of URL. SQLite gets foreign keys switched on and ``BEGIN IMMEDIATE`` transactions
(a writer takes the lock before it reads, so two loaders wait for each other instead of
failing); PostgreSQL gets the psycopg 3 driver.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, insert, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from reviewparse import __version__
from reviewparse.errors import DatabaseError, DatabaseURLError
from reviewparse.store.schema import DB_SCHEMA_VERSION, metadata, schema_version

SQLITE_BUSY_TIMEOUT_SECONDS = 60.0
# pg_advisory_xact_lock key that serializes schema creation across processes.
_SCHEMA_LOCK_KEY = 0x72657669  # "revi"


def database_url(url: str) -> URL:
    """Parse and check a database URL; ``postgresql://`` means the psycopg 3 driver."""
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise DatabaseURLError(f"not a database URL: {url!r}") from error
    backend = parsed.get_backend_name()
    if backend == "postgres" or (backend == "postgresql" and parsed.drivername == "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif backend not in ("sqlite", "postgresql"):
        raise DatabaseURLError(
            f"unsupported database {backend!r} in {url!r} (use sqlite:// or postgresql://)"
        )
    return parsed


def make_engine(url: str) -> Engine:
    """An engine for ``url``, configured for safe concurrent loading."""
    parsed = database_url(url)
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS})
            _configure_sqlite(engine)
        else:
            engine = create_engine(parsed, pool_pre_ping=True)
    except ModuleNotFoundError as error:
        raise DatabaseError(
            f"the driver for {parsed.get_backend_name()} is not installed "
            f"(pip install 'reviewparse[postgres]'): {error}"
        ) from error
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event start transactions, not the sqlite3 module.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def describe(engine: Engine) -> str:
    """The engine's URL with any password hidden, for messages."""
    return engine.url.render_as_string(hide_password=True)


def init_schema(engine: Engine) -> bool:
    """Create the tables that are missing and record the schema version.

    Safe to run from several processes at once and on a database that already has the
    schema. Returns True when it created anything. A database whose schema version is
    not this reviewparse's raises :class:`DatabaseError`.
    """
    try:
        with engine.connect() as connection:
            if _current_version(connection) == DB_SCHEMA_VERSION:
                connection.rollback()
                return False
            connection.rollback()
            with connection.begin():
                if engine.dialect.name == "postgresql":
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK_KEY})
                before = set(inspect(connection).get_table_names())
                metadata.create_all(connection, checkfirst=True)
                version = _current_version(connection)
                if version is None:
                    connection.execute(
                        insert(schema_version).values(
                            version=DB_SCHEMA_VERSION,
                            applied_at=datetime.now(timezone.utc),
                            reviewparse_version=__version__,
                        )
                    )
                elif version != DB_SCHEMA_VERSION:
                    raise DatabaseError(
                        f"{describe(engine)} has database schema version {version}; this "
                        f"reviewparse uses version {DB_SCHEMA_VERSION} and cannot migrate it"
                    )
                return set(metadata.tables) - before != set()
    except SQLAlchemyError as error:
        raise DatabaseError(f"cannot set up {describe(engine)}: {first_line(error)}") from error


def _current_version(connection: Connection) -> int | None:
    if not inspect(connection).has_table(schema_version.name):
        return None
    versions = connection.execute(select(schema_version.c.version)).scalars().all()
    return max(versions) if versions else None


def first_line(error: BaseException) -> str:
    """The driver's own message of a database error, on one line."""
    original = getattr(error, "orig", None) or error
    message = str(original).strip().splitlines()
    return message[0] if message else type(original).__name__
