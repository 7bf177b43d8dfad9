"""The example queries of docs/database.md: the docs show exactly the SQL in
reviewparse.store.queries, and each query returns the expected rows on SQLite and
PostgreSQL, for hand-built records (exact rows) and for parsed fixture pages (the
rows the records call for)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reviewparse.models import ReviewPage
from reviewparse.store import load_records
from reviewparse.store.keys import name_key
from reviewparse.store.queries import QUERIES
from tests.conftest import FIXTURES, TESTS
from tests.store_data import EXPECTED_ROWS, fetch, fixture_records, hand_records, row_counts

DOCS = TESTS.parent / "docs" / "database.md"
_DOC_QUERY = re.compile(r"<!-- query: (?P<name>[\w-]+) -->\s*```sql\n(?P<sql>.*?)\n```", re.DOTALL)


def test_the_docs_show_exactly_the_tested_queries() -> None:
    documented = {m["name"]: m["sql"] for m in _DOC_QUERY.finditer(DOCS.read_text(encoding="utf-8"))}
    assert documented == QUERIES


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_queries_on_hand_built_records(db_url: str, name: str) -> None:
    load_records(hand_records(), db_url)
    assert fetch(db_url, QUERIES[name]) == EXPECTED_ROWS[name]


def _aired_in_2020(start: str | None, end: str | None, year: int | None) -> bool:
    if start is None and end is None:
        return year == 2020
    first, last = start or end, end or start
    assert first is not None and last is not None
    return first < "2021" and last >= "2020"


def _expected_from_records(records: list[ReviewPage]) -> dict[str, set[tuple[Any, ...]]]:
    """What each query should find, worked out from the records in Python (keys, not spellings)."""
    netflix: set[tuple[Any, ...]] = set()
    by_network: set[tuple[Any, ...]] = set()
    titles_by_actor: dict[str, set[str]] = {}
    for record in records:
        for work in record.works:
            platforms = {name_key(p) for p in work.platforms}
            if "netflix" in platforms and (work.kind or "series") == "series" and (work.episodes or 0) >= 16:
                netflix.add((work.title, work.episodes))
            start, end = (work.aired.start, work.aired.end) if work.aired else (None, None)
            if _aired_in_2020(start, end, work.year):
                by_network.update((name_key(n), work.title, start, end) for n in work.networks)
            for credit in work.cast:
                titles_by_actor.setdefault(name_key(credit.actor), set()).add(name_key(work.title))
    actors = {(key, len(titles)) for key, titles in titles_by_actor.items() if len(titles) >= 2}
    return {
        "netflix-dramas-16-episodes": netflix,
        "actors-in-two-or-more-works": actors,
        "works-aired-in-2020-by-network": by_network,
    }


def _keyed_rows(name: str, rows: list[tuple[Any, ...]]) -> set[tuple[Any, ...]]:
    if name == "netflix-dramas-16-episodes":
        return set(rows)
    return {(name_key(row[0]), *row[1:]) for row in rows}


def test_parse_then_load_then_query_the_fixture_pages(db_url: str, tmp_path: Path) -> None:
    """The issue's 'done when': parse the fixture pages to JSON Lines, load them with the
    command line, run the documented queries, load again and see no row count change."""
    records_file = tmp_path / "out.jsonl"
    pages = sorted(str(p) for p in FIXTURES.iterdir() if p.suffix in (".html", ".txt"))
    hand = tmp_path / "hand.jsonl"
    hand.write_text("".join(r.model_dump_json() + "\n" for r in hand_records()), encoding="utf-8")

    def cli(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "reviewparse", *args], capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    cli("parse", *pages, "--format", "jsonl", "-o", str(records_file))
    assert cli("load", str(records_file), str(hand), "--db", db_url) == (
        f"loaded {len(pages) + len(hand_records())}, replaced 0, unchanged 0, failed 0"
    )
    records = [
        ReviewPage.model_validate_json(line) for line in records_file.read_text(encoding="utf-8").splitlines()
    ] + hand_records()
    expected = _expected_from_records(records)
    for name, sql in QUERIES.items():
        assert _keyed_rows(name, fetch(db_url, sql)) == expected[name], name

    counts = row_counts(db_url)
    assert cli("load", str(records_file), str(hand), "--db", db_url).startswith("loaded 0, replaced 0")
    assert row_counts(db_url) == counts


def test_fixture_records_are_worth_querying() -> None:
    """The fixture pages alone give two of the queries rows to find (guards the test
    above); shared actors come from the hand-built records."""
    expected = _expected_from_records(fixture_records())
    assert expected["netflix-dramas-16-episodes"]
    assert expected["works-aired-in-2020-by-network"]
    assert _expected_from_records(fixture_records() + hand_records())["actors-in-two-or-more-works"]
