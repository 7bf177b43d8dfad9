"""One test per fixture page: the whole record, in label shape, against the hand-written label.

Pages with known gaps are strict xfails (tests/known_gaps.json says why): when a gap is
closed the test XPASSes and fails, so the list never hides a fixed page.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reviewparse
from reviewparse.evaluate import format_fact, labeled_pages, read_label
from reviewparse.scoring import label_from_record, score_page

FIXTURES = Path(__file__).parent / "fixtures"
KNOWN_GAPS: dict[str, str] = json.loads((Path(__file__).parent / "known_gaps.json").read_text("utf-8"))
PAGES = labeled_pages(FIXTURES)


def _params() -> list[object]:
    params = []
    for page, label in PAGES:
        marks = []
        if page.name in KNOWN_GAPS:
            marks.append(pytest.mark.xfail(reason=KNOWN_GAPS[page.name], strict=True))
        params.append(pytest.param(page, label, id=page.name, marks=marks))
    return params


def test_there_are_fixtures() -> None:
    assert len(PAGES) >= 30


@pytest.mark.parametrize(("page", "label"), _params())
def test_fixture_page_gives_its_label(page: Path, label: Path) -> None:
    record = reviewparse.parse_file(page)
    result = score_page(label_from_record(record), read_label(label))
    problems = [f"missing {format_fact(f)}" for f in result.missing]
    problems += [f"wrong/extra {format_fact(f)}" for f in result.extra]
    assert not problems, f"{page.name}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize(("page", "label"), [pytest.param(p, lb, id=p.name) for p, lb in PAGES])
def test_every_evidence_span_slices_the_normalized_text(page: Path, label: Path) -> None:
    from reviewparse.core import build_document
    from reviewparse.loading import load, read_path

    data, name = read_path(page)
    document = build_document(load(data, name=name))
    record = reviewparse.parse_file(page)
    for evidence in record.evidence:
        assert document.text[evidence.start : evidence.end] == evidence.text, (page.name, evidence)
