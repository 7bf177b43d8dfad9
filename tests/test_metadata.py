"""Embedded metadata in, schema.org out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reviewparse
from reviewparse.evaluate import format_fact, labeled_pages
from reviewparse.metadata.export import to_html, to_jsonld
from reviewparse.metadata.harvest import parse_json_block
from reviewparse.metadata.schema_org import iso_duration_minutes
from reviewparse.scoring import label_from_record, score_page

FIXTURES = Path(__file__).parent / "fixtures"
METADATA = Path(__file__).parent / "metadata"
PAGES = [page for page, _label in labeled_pages(FIXTURES)]


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_jsonld_export_round_trips_every_fact(page: Path) -> None:
    record = reviewparse.parse_file(page)
    back = reviewparse.parse(to_html(record), format="html")
    result = score_page(label_from_record(back), label_from_record(record))
    lost = [f"lost {format_fact(f)}" for f in result.missing]
    lost += [f"gained {format_fact(f)}" for f in result.extra]
    assert not lost, f"{page.name}:\n  " + "\n  ".join(lost)


def test_export_shape() -> None:
    record = reviewparse.parse_file(FIXTURES / "a01-seed-blog.html")
    document = to_jsonld(record)
    work, review = document["@graph"][0], document["@graph"][-1]
    assert work["@type"] == "TVSeries" and work["numberOfEpisodes"] == 16
    assert work["duration"] == "PT70M"
    assert {"@type": "BroadcastEvent", "publishedOn": {"@type": "BroadcastService", "name": "tvN"}} in work[
        "publication"
    ]
    role = work["actor"][0]
    assert role["@type"] == "PerformanceRole" and role["characterName"] == "Moon Kang-tae"
    assert review["@type"] == "Review" and review["itemReviewed"] == [{"@id": "#work-0"}]


def test_page_with_only_jsonld_yields_its_facts() -> None:
    record = reviewparse.parse_file(METADATA / "jsonld-only.html")
    work = record.works[0]
    assert (work.title, work.kind, work.episodes, work.year) == ("Harbor Lights", "series", 12, 2023)
    assert work.runtime is not None and work.runtime.min_minutes == 65
    assert work.networks == ["ENA"] and work.platforms == ["Netflix"]
    assert [(c.actor, c.character) for c in work.cast] == [
        ("Yoon Da-hee", "Min Seo-yeon"),
        ("Park Joon", None),
    ]
    assert work.directors == ["Kang Min-ho"]
    evidence = next(e for e in record.evidence if e.field == "/works/0/episodes")
    assert evidence.source == "jsonld[0]/numberOfEpisodes" and evidence.start == evidence.end


def test_blogposting_metadata_fills_the_review_not_the_work() -> None:
    record = reviewparse.parse_file(METADATA / "blogposting-and-text.html")
    assert record.review.author == "Sora Lim"
    assert record.review.published == "2024-02-11"
    work = record.works[0]
    assert work.title == "Quiet Harbor"
    assert work.writers == [] and work.year == 2023


def test_text_and_metadata_disagree_warns_and_keeps_one() -> None:
    record = reviewparse.parse_file(METADATA / "conflict.html")
    assert record.works[0].episodes == 16  # the visible info box wins over metadata
    assert any("episodes conflict" in warning for warning in record.warnings)


def test_broken_blocks_never_drop_a_valid_sibling() -> None:
    record = reviewparse.parse_file(METADATA / "broken-blocks.html")
    assert record.works and record.works[0].title == "Salt and Ember"
    assert record.works[0].episodes == 10
    assert any("repaired" in warning for warning in record.warnings)
    assert any("skipped" in warning for warning in record.warnings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"@type": "Movie", "name": "X",}', {"@type": "Movie", "name": "X"}),
        ('{"@type": "Movie", "name": "X &amp; Y"}', {"@type": "Movie", "name": "X &amp; Y"}),
        ('{"@type": "Movie", /* note */ "name": "X"}', {"@type": "Movie", "name": "X"}),
        (
            '{"@type": "Movie", "name": "X", "actor": [{"name": "A"}, {"na',
            {"@type": "Movie", "name": "X", "actor": [{"name": "A"}]},
        ),
    ],
)
def test_json_ld_repairs(text: str, expected: object) -> None:
    data, _warning = parse_json_block(text)
    assert data == expected


def test_hopeless_block_is_skipped_with_a_warning() -> None:
    data, warning = parse_json_block("{{{{ not json")
    assert data is None and warning is not None and "skipped" in warning


@pytest.mark.parametrize(("text", "minutes"), [("PT1H10M", 70), ("PT85M", 85), ("PT2H", 120), ("4200", 70)])
def test_iso_durations(text: str, minutes: int) -> None:
    assert iso_duration_minutes(text) == minutes


def test_cli_jsonld_output(tmp_path: Path) -> None:
    from reviewparse.cli import main

    out = tmp_path / "out.jsonld"
    assert main(["parse", str(FIXTURES / "a01-seed-blog.html"), "--format", "jsonld", "-o", str(out)]) == 0
    document = json.loads(out.read_text())
    assert document["@context"] == "https://schema.org"
