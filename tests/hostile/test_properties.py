"""Properties that hold for any input (hypothesis).

For arbitrary bytes, arbitrary text and pages assembled from review-like fragments:
``parse`` returns a record or raises a ``ReviewParseError`` (never an internal error);
the record validates against the shipped JSON Schema; every evidence span slices the
normalized text to its ``text``; the normalized text has no runs of white space (the
extractor patterns rely on it); and parsing twice gives the same record.
"""

from __future__ import annotations

import re
from typing import Any

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reviewparse
from reviewparse.core import build_document
from reviewparse.errors import InternalError, ReviewParseError
from reviewparse.loading import load
from reviewparse.models import ReviewPage, record_json_schema

VALIDATOR = jsonschema.Draft202012Validator(record_json_schema())
PROPERTY_SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)

FRAGMENTS = [
    "<h1>Moving Review</h1>",
    "<h2>Cast</h2>",
    "<h2>Where to Watch</h2>",
    "<p>",
    "</p>",
    "<ul><li>",
    "</li><li>",
    "</li></ul>",
    "<table><tr><td>Episodes</td><td>16</td></tr></table>",
    "<br>",
    "<div class='sidebar'>",
    "</div>",
    "<meta charset='euc-kr'>",
    "<title>It's Okay to Not Be Okay Review</title>",
    "Kim Soo-hyun as Moon Kang-tae",
    "Seo Ye-ji (Ko Moon-young)",
    "It has 16 episodes",
    "Runtime: 70-85 min",
    "aired on tvN from June 20 to August 9, 2020",
    "Stream it on Netflix and Viki.",
    "won Best Actor at the 56th Baeksang Arts Awards",
    "was nominated at the 49th International Emmy Awards",
    "Directed by Park Shin-woo, written by Jo Yong.",
    "Rating: 8.5/10",
    "By Edd",
    "2020년 6월 20일 방송, 16부작",
    "출연: 김수현, 서예지",
    "(2020)",
    ", ",
    " — ",
    "\n",
    "  ",
    "\u2028",
    "&amp;",
    "&#0;",
    "\ud800",
    "<!--",
    "-->",
    "<script>",
    "</script>",
]

page_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=60).map("".join)
any_text = st.text(alphabet=st.characters(exclude_categories=()), max_size=3000)
any_bytes = st.binary(max_size=3000)
formats = st.sampled_from([None, "html", "text"])


def _parse_or_error(data: bytes | str, page_format: str | None) -> ReviewPage | None:
    try:
        return reviewparse.parse(data, format=page_format)
    except InternalError as error:
        raise AssertionError(f"internal error: {error}") from error.__cause__
    except ReviewParseError:
        return None


def _check_record(data: bytes | str, page_format: str | None) -> None:
    record = _parse_or_error(data, page_format)
    if record is None:
        return
    dumped: dict[str, Any] = record.model_dump(mode="json")
    VALIDATOR.validate(dumped)
    document = build_document(load(data, format=page_format))
    assert not re.search(r"\s\s", document.text), "a run of white space reached the patterns"
    for name in ("title", "og_title", "description", "author", "published", "url", "site_name"):
        value = getattr(document.meta, name)
        assert value is None or not re.search(r"\s\s", value), f"meta {name} has a white-space run"
    for evidence in record.evidence:
        assert document.text[evidence.start : evidence.end] == evidence.text, evidence
    again = reviewparse.parse(data, format=page_format)
    assert again.model_dump(mode="json") == dumped, "parsing is not deterministic"


@PROPERTY_SETTINGS
@given(any_bytes, formats)
def test_arbitrary_bytes(data: bytes, page_format: str | None) -> None:
    _check_record(data, page_format)


@PROPERTY_SETTINGS
@given(any_text, formats)
def test_arbitrary_text(data: str, page_format: str | None) -> None:
    _check_record(data, page_format)


@PROPERTY_SETTINGS
@given(page_text, formats, st.sampled_from(["utf-8", "cp949", "utf-16", "str"]))
def test_review_like_pages(text: str, page_format: str | None, encoding: str) -> None:
    errors = "replace" if encoding == "cp949" else "surrogatepass"
    data: bytes | str = text if encoding == "str" else text.encode(encoding, errors=errors)
    _check_record(data, page_format)
