"""Records and helpers for the store tests.

Fixture records come from parsing tests/fixtures (whatever the extraction finds today:
tests compare the database with the records, never with fixed extraction results);
the hand-built records give the example queries exact expected rows.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Any

from reviewparse.models import AiringPeriod, CastCredit, ReviewPage, Source, Work
from tests.conftest import FIXTURES


@lru_cache(maxsize=1)
def _fixture_records() -> tuple[ReviewPage, ...]:
    from reviewparse.core import parse_file

    pages = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".html", ".txt"))
    return tuple(parse_file(page) for page in pages)


def fixture_records() -> list[ReviewPage]:
    """One record per labeled page in tests/fixtures (fresh copies: tests may edit them)."""
    return [record.model_copy(deep=True) for record in _fixture_records()]


def _source(name: str) -> Source:
    return Source(
        path=f"hand/{name}.html",
        sha256=hashlib.sha256(name.encode()).hexdigest(),
        format="html",
        title=name,
        language="en",
    )


def _work(title: str, **fields: Any) -> Work:
    cast = [CastCredit(actor=actor, character=character) for actor, character in fields.pop("cast", [])]
    aired = fields.pop("aired", None)
    return Work(
        title=title,
        cast=cast,
        aired=AiringPeriod(start=aired[0], end=aired[1]) if aired else None,
        **fields,
    )


def hand_records() -> list[ReviewPage]:
    """Six pages, seven works: shared actors (one spelled two ways), Netflix dramas of
    12 to 24 episodes, airing periods in and around 2020, a second review of Drama A."""
    return [
        ReviewPage(
            source=_source("drama-a"),
            works=[
                _work(
                    "Drama A",
                    kind="series",
                    platforms=["Netflix"],
                    networks=["tvN"],
                    episodes=16,
                    aired=("2020-06-20", "2020-08-09"),
                    cast=[("Kim Soo-hyun", "Moon Kang-tae"), ("Seo Yea-ji", "Ko Moon-young")],
                    writers=["Jo Yong"],
                    directors=["Park Shin-woo"],
                    genres=["romance", "psychological"],
                )
            ],
        ),
        ReviewPage(
            source=_source("drama-b"),
            works=[
                _work(
                    "Drama B",
                    kind="series",
                    platforms=["Netflix", "Viki"],
                    networks=["JTBC"],
                    episodes=20,
                    aired=("2019-11", "2020-02"),
                    cast=[("Kim Soo Hyun", None), ("Park Seo-joon", "Park Sae-ro-yi")],
                    writers=["Jo Yong"],
                    genres=["Romance"],
                )
            ],
        ),
        ReviewPage(
            source=_source("drama-c"),
            works=[
                _work(
                    "Drama C",
                    kind="series",
                    platforms=["Netflix"],
                    networks=["tvN"],
                    episodes=12,
                    aired=("2021-01-01", None),
                    cast=[("Park Seo-joon", None)],
                )
            ],
        ),
        ReviewPage(
            source=_source("film-d"),
            works=[
                _work("Film D", kind="film", platforms=["Netflix"], year=2020, cast=[("Seo Yea-ji", None)])
            ],
        ),
        ReviewPage(
            source=_source("roundup"),
            works=[
                _work(
                    "Drama E",
                    kind="series",
                    platforms=["Viki"],
                    networks=["SBS"],
                    episodes=16,
                    aired=("2020-12-30", "2021-02"),
                ),
                _work("Drama F", platforms=["netflix"], networks=["KBS2"], episodes=24, year=2020),
            ],
        ),
        ReviewPage(
            source=_source("drama-a-again"),
            works=[
                _work(
                    "Drama A",
                    kind="series",
                    platforms=["Netflix"],
                    networks=["tvN"],
                    episodes=16,
                    aired=("2020-06-20", "2020-08-09"),
                    cast=[("Kim Soo-hyun", "Moon Kang-tae")],
                )
            ],
        ),
    ]


# What the example queries return on hand_records(), loaded in that order.
EXPECTED_ROWS: dict[str, list[tuple[Any, ...]]] = {
    "netflix-dramas-16-episodes": [("Drama A", 16), ("Drama B", 20), ("Drama F", 24)],
    "actors-in-two-or-more-works": [("Kim Soo-hyun", 2), ("Park Seo-joon", 2), ("Seo Yea-ji", 2)],
    "works-aired-in-2020-by-network": [
        ("JTBC", "Drama B", "2019-11", "2020-02"),
        ("KBS2", "Drama F", None, None),
        ("SBS", "Drama E", "2020-12-30", "2021-02"),
        ("tvN", "Drama A", "2020-06-20", "2020-08-09"),
    ],
}


_ENGINES: dict[str, Any] = {}


def fetch(url: str, sql: str) -> list[tuple[Any, ...]]:
    """The rows of one SQL query (one engine per database, kept until :func:`dispose`)."""
    from sqlalchemy import create_engine, text

    from reviewparse.store.engine import database_url

    if url not in _ENGINES:
        _ENGINES[url] = create_engine(database_url(url))
    with _ENGINES[url].connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql))]


def dispose() -> None:
    """Close the connections :func:`fetch` keeps."""
    for engine in _ENGINES.values():
        engine.dispose()
    _ENGINES.clear()


def row_counts(url: str) -> dict[str, int]:
    """Rows per table."""
    from reviewparse.store.schema import metadata

    return {name: fetch(url, f"SELECT COUNT(*) FROM {name}")[0][0] for name in sorted(metadata.tables)}
