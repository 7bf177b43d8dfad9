"""Whole adversarial pages through ``parse``: a record or a clean error, in linear time.

Each page family (``pages.py``) is parsed at two sizes under a hang guard; the larger
may take at most ~8 times as long as the smaller for 4 times the text (CPU time, so a
busy machine does not fail the test).
"""

from __future__ import annotations

import time

import pytest

import reviewparse
from reviewparse.errors import InternalError, ReviewParseError
from tests.hostile.adversarial import time_guard
from tests.hostile.pages import HTML_PAGES, TEXT_PAGES

GUARD_SECONDS = 60.0
RATIO = 8.0
SMALL = 10_000


def _cpu_seconds(page: str, page_format: str) -> float:
    start = time.thread_time()
    try:
        record = reviewparse.parse(page, format=page_format)
        record.model_dump_json()
    except InternalError:
        raise
    except ReviewParseError:
        pass
    return time.thread_time() - start


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    reviewparse.parse("<h1>Moving Review</h1><p>Warm the caches: 20 episodes on Disney+.</p>")


@pytest.mark.parametrize(
    ("page_format", "name"),
    [("html", name) for name in sorted(HTML_PAGES)] + [("text", name) for name in sorted(TEXT_PAGES)],
)
def test_page_parses_in_linear_time(page_format: str, name: str) -> None:
    make = (HTML_PAGES if page_format == "html" else TEXT_PAGES)[name]
    with time_guard(GUARD_SECONDS):
        small = _cpu_seconds(make(SMALL), page_format)
        large = _cpu_seconds(make(4 * SMALL), page_format)
        if large > 0.1 and large > RATIO * small:  # confirm once before failing
            small = min(small, _cpu_seconds(make(SMALL), page_format))
            large = min(large, _cpu_seconds(make(4 * SMALL), page_format))
    assert large <= 0.1 or large <= RATIO * small, f"{name}: {small:.2f} s at n, {large:.2f} s at 4n"


@pytest.mark.parametrize("page_format", ["html", "text"])
def test_one_megabyte_single_line(page_format: str) -> None:
    line = ("Kim Soo-hyun as Moon Kang-tae in a 16-episode tvN drama (2020), Best Actor; " * 14_000)[
        :1_000_000
    ]
    page = f"<p>{line}</p>" if page_format == "html" else line
    with time_guard(GUARD_SECONDS):
        record = reviewparse.parse(page, format=page_format)
    assert any("cut" in warning for warning in record.warnings)


def test_text_over_the_limit_is_cut_with_a_warning() -> None:
    page = "<p>It has 16 episodes and airs on tvN every week.</p>" * 60_000  # ~3 MB, ~2.9 M chars of text
    options = reviewparse.ParseOptions(max_text_chars=200_000)
    with time_guard(GUARD_SECONDS):
        record = reviewparse.parse(page, options=options)
    assert any("200000-character limit" in warning for warning in record.warnings)
    assert all(evidence.end <= 200_000 for evidence in record.evidence)
