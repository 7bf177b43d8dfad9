"""``reviewparse explain`` without a browser: the report's markup, escaping, overlapping spans,
the gold comparison and the terminal summary. (tests/test_explain_browser.py opens the
reports in Chromium.)"""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest

from reviewparse.evaluate import labeled_pages
from reviewparse.explain import explain_file, render_html, render_summary
from reviewparse.explain.analysis import Explanation
from reviewparse.explain.html_report import displayable
from reviewparse.models import Evidence, ReviewPage, Source, Work

from .conftest import FIXTURES

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "its-okay-to-not-be-okay-review.html"
PAGES = labeled_pages(FIXTURES)


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reviewparse", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def check_report(explanation: Explanation, report: str) -> None:
    """Every evidence span has its anchor and highlight segments that spell its text, and the
    text column spells the normalized text."""
    tree = lxml.html.fromstring(report)
    column = tree.get_element_by_id("text")
    assert column.text_content() == displayable(explanation.text), explanation.name
    segments: dict[int, str] = {}
    for mark in column.iter("mark"):
        for index in mark.get("data-ev").split():
            segments[int(index)] = segments.get(int(index), "") + mark.text_content()
    for index, evidence in enumerate(explanation.evidence):
        anchor = tree.get_element_by_id(f"ev-{index}")
        assert anchor.get("data-ptr") == evidence.field, (explanation.name, index)
        if evidence.end > evidence.start:
            assert segments.get(index) == displayable(evidence.text), (explanation.name, evidence)
        else:
            assert index not in segments


@pytest.mark.parametrize(("page", "label"), [pytest.param(p, lb, id=p.name) for p, lb in PAGES])
def test_report_of_every_fixture_has_every_highlight(page: Path, label: Path) -> None:
    explanation = explain_file(page, gold=label)
    check_report(explanation, render_html(explanation))
    assert explanation.gold is not None
    assert explanation.gold.wrong_elsewhere == [], page.name
    wrong_facts = len(explanation.gold.score.extra)
    assert bool(explanation.gold.wrong) == bool(wrong_facts), page.name
    assert bool(explanation.gold.missed) == bool(explanation.gold.score.missing), page.name


def _synthetic(text: str, spans: list[tuple[str, int, int]]) -> Explanation:
    evidence = [
        Evidence(field=field, start=start, end=end, text=text[start:end], rule="test")
        for field, start, end in spans
    ]
    record = ReviewPage(
        source=Source(sha256="0" * 64, format="text"),
        works=[Work(title="T", episodes=16, genres=["romance", "thriller"], networks=["tvN"])],
        evidence=evidence,
    )
    return Explanation(record=record, text=text, name="synthetic.txt")


def test_overlapping_nested_identical_and_empty_spans() -> None:
    text = "The romance thriller aired on tvN for 16 episodes.\nEnd"
    spans = [
        ("/works/0/title", 0, 20),  # contains the next two
        ("/works/0/genres/0", 4, 11),
        ("/works/0/genres/1", 4, 20),  # crosses nothing but shares a start with genres/0
        ("/works/0/networks/0", 30, 33),
        ("/works/0/episodes", 30, 41),  # overlaps networks/0 and crosses the next
        ("/works/0/kind", 38, 50),
        ("/works/0/year", 38, 50),  # identical to kind
        ("/review/author", 10, 10),  # empty span inside others
        ("/review/published", len(text), len(text)),  # empty span at the very end
    ]
    explanation = _synthetic(text, spans)
    report = render_html(explanation)
    check_report(explanation, report)
    tree = lxml.html.fromstring(report)
    marks = tree.get_element_by_id("text").iter("mark")
    inner = [m for m in marks if m.text_content() == "romanc"]  # cut at the empty span
    assert inner and inner[0].get("data-ev").split()[0] == "1"  # innermost span first
    assert "ov" in inner[0].get("class").split()


def test_hostile_text_is_escaped() -> None:
    text = (
        '</mark></div><script>window.pwned=1</script><img src=x onerror="pwned=1"> '
        "&amp; \"quotes\" 'single' \x00nul \r cr \x85 \ud800 <!-- x --> ]]> tvN"
    )
    start = text.index("tvN")
    explanation = _synthetic(text, [("/works/0/networks/0", start, start + 3), ("/works/0/title", 0, 40)])
    report = render_html(explanation)
    check_report(explanation, report)
    assert report.count("<script") == 1 and "<img" not in report and "\x00" not in report
    report.encode("utf-8")  # no lone surrogates left


def test_gold_against_its_own_record_marks_nothing(tmp_path: Path) -> None:
    import json

    from reviewparse.scoring import label_from_record

    record = explain_file(EXAMPLE).record
    label = tmp_path / "own.json"
    label.write_text(json.dumps(label_from_record(record)), encoding="utf-8")
    explanation = explain_file(EXAMPLE, gold=label)
    assert explanation.gold is not None
    assert explanation.gold.wrong == {} and explanation.gold.missed == {}


def test_gold_marks_wrong_and_missed(tmp_path: Path) -> None:
    import json

    from reviewparse.scoring import label_from_record

    label = label_from_record(explain_file(EXAMPLE).record)
    label["works"][0]["episodes"] = 12
    label["works"][0]["networks"] = ["JTBC"]
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(label), encoding="utf-8")
    explanation = explain_file(EXAMPLE, gold=path)
    assert explanation.gold is not None
    assert set(explanation.gold.wrong) == {"/works/0/episodes", "/works/0/networks/0"}
    assert explanation.gold.missed == {"/works/0": ["episodes: 12", "networks: JTBC"]}
    report = render_html(explanation)
    assert "networks: JTBC" in report and "not in label" in report
    summary = render_summary(explanation)
    assert "✗ episodes" in summary and "missed  episodes: 12" in summary


def test_summary_lines_show_field_value_and_evidence() -> None:
    summary = render_summary(explain_file(EXAMPLE))
    line = next(line for line in summary.splitlines() if line.strip().startswith("episodes"))
    assert "16" in line and "«16» episodes" in line
    assert "\x1b[" not in summary
    assert "\x1b[" in render_summary(explain_file(EXAMPLE), color=True)


def test_cli_writes_report(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run("explain", str(EXAMPLE), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert "evidence spans" in result.stdout


def test_cli_summary_is_plain_when_piped_and_coloured_on_a_terminal() -> None:
    piped = run("explain", str(EXAMPLE))
    assert piped.returncode == 0 and "episodes" in piped.stdout and "\x1b[" not in piped.stdout
    assert "\x1b[" in run("explain", str(EXAMPLE), "--color", "always").stdout
    assert _on_a_terminal({}).count("\x1b[") > 10
    assert "\x1b[" not in _on_a_terminal({"NO_COLOR": "1"})


def _on_a_terminal(env: dict[str, str]) -> str:
    leader, follower = pty.openpty()
    environment = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    process = subprocess.Popen(
        [sys.executable, "-m", "reviewparse", "explain", str(EXAMPLE)],
        stdout=follower,
        stderr=subprocess.DEVNULL,
        env={**environment, **env},
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the program is done
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert process.wait(timeout=120) == 0
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize(
    ("args", "code"),
    [(["missing-page.html"], 3), ([str(EXAMPLE), "--gold", "missing-label.json"], 2)],
)
def test_cli_errors_are_one_line(args: list[str], code: int) -> None:
    result = run("explain", *args)
    assert result.returncode == code
    assert result.stderr.startswith("reviewparse: error:") and len(result.stderr.strip().splitlines()) == 1


def test_cli_unwritable_output_is_one_line(tmp_path: Path) -> None:
    result = run("explain", str(EXAMPLE), "-o", str(tmp_path / "no" / "such" / "dir" / "r.html"))
    assert result.returncode == 2 and "cannot write the report" in result.stderr
