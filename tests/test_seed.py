"""The page the project started from comes out complete (issue 2's bar: F1 1.0)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reviewparse
from reviewparse.scoring import label_from_record, score_page

from .conftest import SEED, TESTS

EXPECTED = TESTS / "seed" / "its-okay-to-not-be-okay.expected.json"


@pytest.fixture(scope="module")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("../shared/seeds is not here")
    return SEED


def test_seed_page_scores_f1_one(seed_path: Path) -> None:
    record = reviewparse.parse_file(seed_path)
    result = score_page(label_from_record(record), json.loads(EXPECTED.read_text("utf-8")))
    assert result.missing == [] and result.extra == []


def test_seed_takeaways_synopsis_and_descriptions(seed_path: Path) -> None:
    record = reviewparse.parse_file(seed_path)
    assert record.review.takeaways[:2] == [
        "Healing isn’t a straight line",
        "Embracing Imperfections",
    ]
    assert len(record.review.takeaways) == 5
    work = record.works[0]
    assert work.synopsis is not None and work.synopsis.startswith("Moon Kang-tae has spent his life")
    first = work.cast[0]
    assert first.description is not None
    assert first.description.startswith("A psychiatric ward caretaker")


def test_seed_evidence_for_every_value(seed_path: Path) -> None:
    record = reviewparse.parse_file(seed_path)
    pointers = {evidence.field for evidence in record.evidence}
    for name in (
        "title",
        "kind",
        "year",
        "country",
        "episodes",
        "runtime",
        "aired/start",
        "aired/end",
        "networks/0",
        "platforms/1",
        "writers/0",
        "directors/0",
        "production_companies/1",
        "cast/5",
        "awards/0",
        "synopsis",
    ):
        assert f"/works/0/{name}" in pointers, name
    assert {"/review/author", "/review/comments"} <= pointers
    episodes = next(e for e in record.evidence if e.field == "/works/0/episodes")
    assert "16" in episodes.text
