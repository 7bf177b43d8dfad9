"""Loading records: one transaction per source, idempotent, safe to run concurrently.

For each record: claim its ``sources`` row (``INSERT ... ON CONFLICT DO NOTHING``, else
lock the existing row), compare fingerprints (same: unchanged, done), otherwise delete
the source's old rows and write the new ones. Shared names (people, companies,
networks, platforms, genres) are upserted in one fixed order (table, then key), so two
loaders never wait on each other in a cycle. A deadlock or serialization failure is
retried; any other database error fails that record only.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, Engine, Table, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import (
    DBAPIError,
    InterfaceError,
    InternalError,
    OperationalError,
    ProgrammingError,
    SQLAlchemyError,
    StatementError,
)

from reviewparse.errors import DatabaseError
from reviewparse.models import ReviewPage, Work
from reviewparse.store import DEFAULT_URL
from reviewparse.store import schema as s
from reviewparse.store.engine import describe, first_line, init_schema, make_engine
from reviewparse.store.keys import name_key, record_fingerprint, source_key
from reviewparse.store.records import RecordItem
from reviewparse.store.report import LoadReport, Outcome

MAX_ATTEMPTS = 8
# Errors that say the database, not the record, is the problem: they end the load.
_FATAL = (OperationalError, InterfaceError, InternalError, ProgrammingError)
_RETRY_SQLSTATES = {"40001", "40P01"}  # serialization_failure, deadlock_detected


def load_records(
    records: Iterable[ReviewPage | RecordItem],
    url: str = DEFAULT_URL,
    *,
    parsed_at: datetime | None = None,
) -> LoadReport:
    """Load records into the database at ``url``, creating its schema on first use.

    Each record is one transaction: a record that fails (a constraint, a bad value)
    is reported in :attr:`LoadReport.failures` with its source, and the others load.
    ``parsed_at`` is stored as the sources' parse time (default: now). Raises
    :class:`~reviewparse.errors.DatabaseError` when the database cannot be used at all.
    """
    engine = make_engine(url)
    try:
        init_schema(engine)
        return load_into(engine, records, parsed_at=parsed_at)
    finally:
        engine.dispose()


def load_into(
    engine: Engine,
    records: Iterable[ReviewPage | RecordItem],
    *,
    parsed_at: datetime | None = None,
) -> LoadReport:
    """:func:`load_records` on an engine whose schema exists."""
    report = LoadReport()
    default_time = parsed_at or datetime.now(timezone.utc)
    try:
        with engine.connect() as connection:
            for item in _items(records):
                if item.record is None:
                    report.fail(item.label, item.error or "unreadable record")
                    continue
                when = item.parsed_at or default_time
                try:
                    report.count(_load_with_retries(connection, item.record, when))
                except _FATAL:
                    raise
                except StatementError as error:  # a constraint, a bad value: this record only
                    report.fail(item.label, first_line(error))
                except _RetriesExhausted as error:
                    report.fail(item.label, str(error))
    except DBAPIError as error:
        raise DatabaseError(f"loading into {describe(engine)} failed: {first_line(error)}") from error
    except SQLAlchemyError as error:
        raise DatabaseError(f"loading into {describe(engine)} failed: {error}") from error
    return report


def _items(records: Iterable[ReviewPage | RecordItem]) -> Iterator[RecordItem]:
    for record in records:
        if isinstance(record, RecordItem):
            yield record
        else:
            yield RecordItem(label=source_label(record), record=record)


def source_label(record: ReviewPage) -> str:
    """How a failure names its record: the page's path, else URL, else content hash."""
    return record.source.path or record.source.url or f"sha256:{record.source.sha256}"


class _RetriesExhausted(Exception):
    pass


def _load_with_retries(connection: Connection, record: ReviewPage, parsed_at: datetime) -> Outcome:
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            with connection.begin():
                return _load_one(connection, record, parsed_at)
        except DBAPIError as error:
            if not _retryable(error):
                raise
            if attempt == MAX_ATTEMPTS:
                raise _RetriesExhausted(f"gave up after {attempt} attempts: {first_line(error)}") from error
            time.sleep(random.uniform(0, 0.05 * 2**attempt))
    raise AssertionError("unreachable")


def _retryable(error: DBAPIError) -> bool:
    if getattr(error.orig, "sqlstate", None) in _RETRY_SQLSTATES:
        return True
    return "database is locked" in str(error.orig)


def _insert(connection: Connection, table: Table) -> Any:
    """The dialect's INSERT, which knows ``ON CONFLICT DO NOTHING``."""
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


def _load_one(connection: Connection, record: ReviewPage, parsed_at: datetime) -> Outcome:
    key = source_key(record.source)
    fingerprint = record_fingerprint(record)
    values = {
        "path": record.source.path,
        "url": record.source.url,
        "content_sha256": record.source.sha256,
        "format": record.source.format,
        "title": record.source.title,
        "language": record.source.language,
        "record_schema_version": record.schema_version,
        "record_sha256": fingerprint,
        "parsed_at": parsed_at,
        "loaded_at": datetime.now(timezone.utc),
    }
    claim = (
        _insert(connection, s.sources)
        .values(source_key=key, **values)
        .on_conflict_do_nothing(index_elements=[s.sources.c.source_key])
        .returning(s.sources.c.id)
    )
    created = connection.execute(claim).first() is not None  # no row back: the key was there
    existing = connection.execute(
        select(s.sources.c.id, s.sources.c.record_sha256)
        .where(s.sources.c.source_key == key)
        .with_for_update()
    ).one()
    source_id: int = existing.id
    if not created:
        if existing.record_sha256 == fingerprint:
            return "unchanged"
        _delete_source_rows(connection, source_id)
        connection.execute(update(s.sources).where(s.sources.c.id == source_id).values(**values))
    _write_source_rows(connection, source_id, record)
    return "loaded" if created else "replaced"


def _delete_source_rows(connection: Connection, source_id: int) -> None:
    work_ids = select(s.works.c.id).where(s.works.c.source_id == source_id).scalar_subquery()
    for table in s.WORK_CHILDREN:
        connection.execute(delete(table).where(table.c.work_id.in_(work_ids)))
    connection.execute(delete(s.works).where(s.works.c.source_id == source_id))
    review_ids = select(s.reviews.c.id).where(s.reviews.c.source_id == source_id).scalar_subquery()
    connection.execute(delete(s.review_takeaways).where(s.review_takeaways.c.review_id.in_(review_ids)))
    connection.execute(delete(s.reviews).where(s.reviews.c.source_id == source_id))


def _write_source_rows(connection: Connection, source_id: int, record: ReviewPage) -> None:
    review = record.review
    review_id = _inserted_id(
        connection,
        s.reviews.insert().values(
            source_id=source_id,
            author=review.author,
            published=review.published,
            rating_value=review.rating.value if review.rating else None,
            rating_scale=review.rating.scale if review.rating else None,
            comments=review.comments,
        ),
    )
    if review.takeaways:
        connection.execute(
            s.review_takeaways.insert(),
            [{"review_id": review_id, "position": i, "text": t} for i, t in enumerate(review.takeaways)],
        )
    ids = _shared_ids(connection, record.works)
    for position, work in enumerate(record.works):
        _write_work(connection, source_id, position, work, ids)


def _inserted_id(connection: Connection, statement: Any) -> int:
    key = connection.execute(statement).inserted_primary_key
    if key is None:
        raise AssertionError("insert returned no primary key")
    return int(key[0])


def _shared_names(work: Work) -> dict[Table, list[str]]:
    return {
        s.people: [credit.actor for credit in work.cast] + work.writers + work.directors,
        s.companies: work.production_companies,
        s.networks: work.networks,
        s.platforms: work.platforms,
        s.genres: work.genres,
    }


def _shared_ids(connection: Connection, works: Sequence[Work]) -> dict[Table, dict[str, int]]:
    """Upsert every shared name the works use; the ids by table and name key."""
    wanted: dict[Table, dict[str, str]] = {table: {} for table in s.SHARED_TABLES}
    for work in works:
        for table, names in _shared_names(work).items():
            for name in names:
                wanted[table].setdefault(name_key(name), name)
    ids: dict[Table, dict[str, int]] = {}
    for table in s.SHARED_TABLES:  # fixed table order, sorted keys: one lock order for all loaders
        by_key = wanted[table]
        if not by_key:
            ids[table] = {}
            continue
        keys = sorted(by_key)
        connection.execute(
            _insert(connection, table).on_conflict_do_nothing(index_elements=[table.c.name_key]),
            [{"name_key": key, "name": by_key[key]} for key in keys],
        )
        rows = connection.execute(select(table.c.name_key, table.c.id).where(table.c.name_key.in_(keys)))
        ids[table] = {row.name_key: row.id for row in rows}
    return ids


def _write_work(
    connection: Connection, source_id: int, position: int, work: Work, ids: dict[Table, dict[str, int]]
) -> None:
    work_id = _inserted_id(
        connection,
        s.works.insert().values(
            source_id=source_id,
            position=position,
            title=work.title,
            title_key=name_key(work.title),
            original_title=work.original_title,
            kind=work.kind,
            year=work.year,
            country=work.country,
            aired_start=work.aired.start if work.aired else None,
            aired_end=work.aired.end if work.aired else None,
            episodes=work.episodes,
            runtime_min=work.runtime.min_minutes if work.runtime else None,
            runtime_max=work.runtime.max_minutes if work.runtime else None,
            synopsis=work.synopsis,
        ),
    )
    person = ids[s.people]
    if work.cast:
        connection.execute(
            s.cast_credits.insert(),
            [
                {
                    "work_id": work_id,
                    "person_id": person[name_key(credit.actor)],
                    "position": i,
                    "character": credit.character,
                    "description": credit.description,
                }
                for i, credit in enumerate(work.cast)
            ],
        )
    crew: dict[tuple[str, int], int] = {}
    for role, names in (("writer", work.writers), ("director", work.directors)):
        for name in names:
            crew.setdefault((role, person[name_key(name)]), len(crew))
    if crew:
        connection.execute(
            s.crew_credits.insert(),
            [
                {"work_id": work_id, "person_id": pid, "role": role, "position": i}
                for (role, pid), i in crew.items()
            ],
        )
    if work.awards:
        connection.execute(
            s.awards.insert(),
            [
                {"work_id": work_id, "position": i, **award.model_dump()}
                for i, award in enumerate(work.awards)
            ],
        )
    for link, table, column, names in (
        (s.work_companies, s.companies, "company_id", work.production_companies),
        (s.work_networks, s.networks, "network_id", work.networks),
        (s.work_platforms, s.platforms, "platform_id", work.platforms),
        (s.work_genres, s.genres, "genre_id", work.genres),
    ):
        linked: dict[int, int] = {}
        for name in names:
            linked.setdefault(ids[table][name_key(name)], len(linked))
        if linked:
            connection.execute(
                link.insert(),
                [{"work_id": work_id, column: target, "position": i} for target, i in linked.items()],
            )
