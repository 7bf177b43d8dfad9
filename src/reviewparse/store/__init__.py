"""The database side: load records into SQLite (the default) or PostgreSQL.

    >>> from reviewparse.store import load_records
    >>> report = load_records(records, "sqlite:///reviews.db")   # doctest: +SKIP
    >>> report.summary()                                           # doctest: +SKIP
    'loaded 3, replaced 0, unchanged 0, failed 0'

Needs the ``db`` extra (SQLAlchemy; ``postgres`` adds the psycopg driver). Importing
this package does not import SQLAlchemy: that happens on the first call. See
``docs/database.md`` for the schema and example queries.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from reviewparse.store.report import LoadFailure, LoadReport

if TYPE_CHECKING:
    from reviewparse.models import ReviewPage
    from reviewparse.store.records import RecordItem

DEFAULT_URL = "sqlite:///reviews.db"

__all__ = ["DEFAULT_URL", "LoadFailure", "LoadReport", "init_db", "load_jsonl", "load_records"]


def load_records(
    records: Iterable[ReviewPage | RecordItem],
    url: str = DEFAULT_URL,
    *,
    parsed_at: datetime | None = None,
) -> LoadReport:
    """Load records (``ReviewPage`` objects) into the database at ``url``.

    Creates the schema on first use. One transaction per source: loading the same
    record again changes nothing, a newer record of the same source replaces its rows,
    a record that fails is reported in the result and the others still load.
    """
    from reviewparse.store.load import load_records as load

    return load(records, url, parsed_at=parsed_at)


def load_jsonl(files: Iterable[str], url: str = DEFAULT_URL) -> LoadReport:
    """Load the records in JSON Lines files (``-`` is stdin), as ``reviewparse load`` does."""
    from itertools import chain

    from reviewparse.store.records import check_readable, read_records

    names = [check_readable(name) for name in files]
    return load_records(chain.from_iterable(read_records(name) for name in names), url)


def init_db(url: str = DEFAULT_URL) -> bool:
    """Create the schema at ``url`` if it is not there; True when something was created."""
    from reviewparse.store.engine import init_schema, make_engine

    engine = make_engine(url)
    try:
        return init_schema(engine)
    finally:
        engine.dispose()
