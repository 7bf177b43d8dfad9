"""The database schema, one SQLAlchemy Core ``MetaData`` for SQLite and PostgreSQL.

Each source (one parsed page) owns its review and works; a work owns its cast and crew
credits, awards and its links to shared rows. People, companies, networks, platforms
and genres are shared by every work that names them, keyed by :func:`keys.name_key`.
``docs/database.md`` draws it. Bump :data:`DB_SCHEMA_VERSION` on any change.
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

DB_SCHEMA_VERSION = 1

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
    Column("reviewparse_version", String(32), nullable=False),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_key", Text, nullable=False, unique=True),
    Column("path", Text),
    Column("url", Text),
    Column("content_sha256", String(64), nullable=False),
    Column("format", String(8), nullable=False),
    Column("title", Text),
    Column("language", String(16)),
    Column("record_schema_version", Integer, nullable=False),
    Column("record_sha256", String(64), nullable=False),
    Column("parsed_at", DateTime(timezone=True), nullable=False),
    Column("loaded_at", DateTime(timezone=True), nullable=False),
    CheckConstraint("format IN ('html', 'text')", name="format"),
    Index(None, "content_sha256"),
    Index(None, "url"),
    Index(None, "path"),
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", ForeignKey("sources.id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("author", Text),
    Column("published", String(10)),
    Column("rating_value", Float),
    Column("rating_scale", Float),
    Column("comments", Integer),
    CheckConstraint("comments >= 0", name="comments"),
    CheckConstraint("rating_value >= 0 AND rating_value <= rating_scale", name="rating"),
    CheckConstraint("(rating_value IS NULL) = (rating_scale IS NULL)", name="rating_pair"),
    Index(None, "author"),
)

review_takeaways = Table(
    "review_takeaways",
    metadata,
    Column("review_id", ForeignKey("reviews.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    PrimaryKeyConstraint("review_id", "position"),
)

works = Table(
    "works",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("title_key", Text, nullable=False),
    Column("original_title", Text),
    Column("kind", String(6)),
    Column("year", Integer),
    Column("country", Text),
    Column("aired_start", String(10)),
    Column("aired_end", String(10)),
    Column("episodes", Integer),
    Column("runtime_min", Integer),
    Column("runtime_max", Integer),
    Column("synopsis", Text),
    UniqueConstraint("source_id", "position"),
    CheckConstraint("kind IN ('series', 'film')", name="kind"),
    CheckConstraint("year BETWEEN 1880 AND 2100", name="year"),
    CheckConstraint("episodes >= 1", name="episodes"),
    CheckConstraint("runtime_min >= 1 AND runtime_max >= runtime_min", name="runtime"),
    Index(None, "title_key"),
    Index(None, "year"),
    Index(None, "aired_start"),
    Index(None, "kind", "episodes"),
)


def _named(name: str) -> Table:
    """A shared-name table: one row per distinct :func:`keys.name_key`."""
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True),
        Column("name", Text, nullable=False),
        Column("name_key", Text, nullable=False, unique=True),
    )


people = _named("people")
companies = _named("companies")
networks = _named("networks")
platforms = _named("platforms")
genres = _named("genres")

cast_credits = Table(
    "cast_credits",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("work_id", ForeignKey("works.id", ondelete="CASCADE"), nullable=False),
    Column("person_id", ForeignKey("people.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("character", Text),
    Column("description", Text),
    UniqueConstraint("work_id", "position"),
    Index(None, "person_id"),
)

crew_credits = Table(
    "crew_credits",
    metadata,
    Column("work_id", ForeignKey("works.id", ondelete="CASCADE"), nullable=False),
    Column("person_id", ForeignKey("people.id"), nullable=False),
    Column("role", String(8), nullable=False),
    Column("position", Integer, nullable=False),
    PrimaryKeyConstraint("work_id", "role", "person_id"),
    CheckConstraint("role IN ('writer', 'director')", name="role"),
    Index(None, "person_id"),
)

awards = Table(
    "awards",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("work_id", ForeignKey("works.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("ceremony", Text, nullable=False),
    Column("edition", Integer),
    Column("year", Integer),
    Column("category", Text),
    Column("outcome", String(9), nullable=False),
    Column("recipient", Text),
    UniqueConstraint("work_id", "position"),
    CheckConstraint("outcome IN ('won', 'nominated')", name="outcome"),
    CheckConstraint("edition >= 1", name="edition"),
    Index(None, "ceremony"),
)


def _link(name: str, target: Table, column: str) -> Table:
    """A work's link to a shared-name row, in the order the record lists them."""
    return Table(
        name,
        metadata,
        Column("work_id", ForeignKey("works.id", ondelete="CASCADE"), nullable=False),
        Column(column, ForeignKey(target.c.id), nullable=False),
        Column("position", Integer, nullable=False),
        PrimaryKeyConstraint("work_id", column),
        Index(None, column),
    )


work_companies = _link("work_companies", companies, "company_id")
work_networks = _link("work_networks", networks, "network_id")
work_platforms = _link("work_platforms", platforms, "platform_id")
work_genres = _link("work_genres", genres, "genre_id")

# The order rows are deleted in when a source is replaced (children before parents).
WORK_CHILDREN = (
    cast_credits,
    crew_credits,
    awards,
    work_companies,
    work_networks,
    work_platforms,
    work_genres,
)
# The order shared names are inserted in by every loader: one global lock order.
SHARED_TABLES = (people, companies, networks, platforms, genres)
