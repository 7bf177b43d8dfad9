"""Name keys, source keys and record fingerprints (no database needed)."""

from __future__ import annotations

import pytest

from reviewparse.models import Evidence, ReviewPage, Source
from reviewparse.store.keys import name_key, record_fingerprint, source_key

SAME_NAME = [
    ("Ok Taec-yeon", "ok taec yeon"),
    ("Ok Taec-yeon", "Ok Taecyeon"),
    ("Park Shin-woo", "PARK SHIN WOO"),
    ("Zoë Kravitz", "Zoe Kravitz"),
    ("Disney+", "Disney Plus"),
    ("Apple TV+", "apple tv plus"),
    ("Story & TV", "Story and TV"),
    ("김수현", " 김수현 "),
]
DIFFERENT_NAMES = [
    ("Disney+", "Disney"),
    ("Kim Soo-hyun", "Kim Soo-hyeon"),
    ("김수현", "Kim Soo-hyun"),
]


@pytest.mark.parametrize(("one", "other"), SAME_NAME)
def test_spellings_of_one_name_share_a_key(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(("one", "other"), DIFFERENT_NAMES)
def test_different_names_keep_different_keys(one: str, other: str) -> None:
    assert name_key(one) != name_key(other)


def test_a_name_of_punctuation_still_has_a_key() -> None:
    assert name_key(" -- ") == "--"


def test_source_key_prefers_url_then_path_then_hash() -> None:
    both = Source(path="a.html", url="https://example.org/a", sha256="00", format="html")
    assert source_key(both) == "url:https://example.org/a"
    assert source_key(both.model_copy(update={"url": None})) == "path:a.html"
    assert source_key(Source(sha256="00", format="text")) == "sha256:00"


def test_fingerprint_ignores_evidence_and_warnings_only() -> None:
    record = ReviewPage(source=Source(path="a.html", sha256="00", format="html"))
    with_evidence = record.model_copy(
        update={
            "evidence": [Evidence(field="/review/author", text="x", start=0, end=1, rule="r")],
            "warnings": ["w"],
        }
    )
    retitled = record.model_copy(update={"source": record.source.model_copy(update={"title": "New"})})
    assert record_fingerprint(record) == record_fingerprint(with_evidence)
    assert record_fingerprint(record) != record_fingerprint(retitled)
