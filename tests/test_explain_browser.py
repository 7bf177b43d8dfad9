"""The evidence report in a real browser: headless Chromium (Debian's ``chromium``) driven by
Playwright's Python package through the DevTools protocol, with no browser download.

Every fixture's report must open without a script or policy error and show every evidence
span; clicking a record value must scroll its evidence into view and flash it. Screenshots
go to ``test-artifacts/`` (git-ignored). The tests skip only when Chromium cannot be started,
saying why; with REVIEWPARSE_REQUIRE_BROWSER=1 (set by .ci/run) they fail instead.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reviewparse.evaluate import labeled_pages
from reviewparse.explain import explain_file, render_html
from reviewparse.explain.analysis import Explanation
from reviewparse.explain.html_report import displayable

from .conftest import FIXTURES

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
EXAMPLE = ROOT / "examples" / "its-okay-to-not-be-okay-review.html"
PAGES = labeled_pages(FIXTURES)
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Run in the page: which evidence spans lack their anchor or whose highlight segments do
# not spell their text, and whether the text column spells the normalized text.
CHECK_HIGHLIGHTS = """
([evidence, text]) => {
  const column = document.getElementById("text");
  const problems = [];
  const spelled = {};
  for (const mark of column.querySelectorAll("mark.hl")) {
    for (const index of mark.dataset.ev.split(" ")) {
      spelled[index] = (spelled[index] || "") + mark.textContent;
    }
  }
  evidence.forEach(([field, expected], index) => {
    const anchor = document.getElementById("ev-" + index);
    if (!anchor || anchor.dataset.ptr !== field) problems.push(`no anchor for ${index} ${field}`);
    else {
      const shown = anchor.dataset.mergedInto ? document.getElementById(anchor.dataset.mergedInto) : anchor;
      const label = getComputedStyle(shown, "::before").content;
      const tail = anchor.dataset.label.split("·").pop().split("/")[0];
      if (!shown || label === "none" || label.indexOf(tail) < 0)
        problems.push(`no visible label for ${index} ${field}`);
    }
    if (expected && spelled[index] !== expected) problems.push(`highlight of ${index} ${field} is wrong`);
  });
  if (column.textContent !== text) problems.push("text column differs from the normalized text");
  return problems;
}
"""

IN_VIEW = """
(index) => {
  const marks = [...document.querySelectorAll("#text mark.hl")].filter(
    (m) => m.dataset.ev.split(" ").includes(String(index)));
  const target = marks[0] || document.getElementById("ev-" + index);
  const box = target.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight && target.classList.contains("flash");
}
"""


def _chromium() -> str | None:
    configured = os.environ.get("REVIEWPARSE_CHROMIUM")
    if configured:
        return configured
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def _unavailable(reason: str) -> None:
    if os.environ.get("REVIEWPARSE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"the browser test must run here, but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        _unavailable("Playwright's Python package is not installed (pip install -e '.[dev]')")
    executable = _chromium()
    if executable is None:
        _unavailable("Chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="reviewparse-chromium-") as profile, sync_playwright() as driver:
        try:
            context = driver.chromium.launch_persistent_context(
                profile,
                executable_path=executable,
                headless=True,
                args=FLAGS,
                viewport={"width": 1400, "height": 900},
            )
        except Error as error:
            _unavailable(f"Chromium at {executable} cannot be started: {str(error).splitlines()[0]}")
        try:
            yield context
        finally:
            context.close()


def _open(browser: Any, explanation: Explanation, folder: Path) -> tuple[Any, list[str]]:
    path = folder / (Path(explanation.name).name + ".report.html")
    path.write_text(render_html(explanation), encoding="utf-8")
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, errors


def _evidence_args(explanation: Explanation) -> list[Any]:
    return [
        [[e.field, displayable(e.text) if e.end > e.start else ""] for e in explanation.evidence],
        displayable(explanation.text),
    ]


def test_every_fixture_report_shows_every_highlight(browser: Any, tmp_path: Path) -> None:
    failures = []
    for page_path, label in PAGES:
        explanation = explain_file(page_path, gold=label)
        page, errors = _open(browser, explanation, tmp_path)
        problems = page.evaluate(CHECK_HIGHLIGHTS, _evidence_args(explanation)) + errors
        page.close()
        if problems:
            failures.append(f"{page_path.name}: " + "; ".join(problems[:5]))
    assert not failures, "\n".join(failures)
    assert len(PAGES) >= 30


def test_clicking_a_value_scrolls_to_its_evidence(browser: Any, tmp_path: Path) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    explanation = explain_file(EXAMPLE)
    page, errors = _open(browser, explanation, tmp_path)
    page.screenshot(path=str(ARTIFACTS / "explain-top.png"))
    fields = ["/review/comments", "/works/0/cast/3", "/works/0/title", "/works/0/synopsis"]
    for field in [*fields, "/works/0/episodes"]:
        index = next(i for i, e in enumerate(explanation.evidence) if e.field == field)
        button = page.locator(f'#panel button.val[data-ptr="{field}"]').first
        button.scroll_into_view_if_needed()
        button.click()
        page.wait_for_function(IN_VIEW, arg=index, timeout=5000)
        assert "current" in (button.get_attribute("class") or "").split()
    page.locator('#panel button.val[data-ptr="/works/0/cast/3"]').first.click()
    page.wait_for_timeout(700)  # let the smooth scroll settle before the picture
    page.screenshot(path=str(ARTIFACTS / "explain-clicked-cast.png"))
    assert errors == []
    page.close()


def test_clicking_a_highlight_finds_its_value(browser: Any, tmp_path: Path) -> None:
    explanation = explain_file(EXAMPLE)
    page, _errors = _open(browser, explanation, tmp_path)
    index = next(i for i, e in enumerate(explanation.evidence) if e.field == "/review/comments")
    page.locator("#text mark.hl").filter(has_text="0 Comments").first.click()
    button = page.locator('#panel button.val[data-ptr="/review/comments"]')
    page.wait_for_function(
        """(pointer) => {
             const b = document.querySelector(`#panel button.val[data-ptr="${pointer}"]`);
             const r = b.getBoundingClientRect();
             return b.classList.contains("current") && r.top >= 0 && r.bottom <= window.innerHeight;
           }""",
        arg="/review/comments",
        timeout=5000,
    )
    assert str(index) in (button.get_attribute("data-ev") or "").split()
    page.close()


def test_gold_report_in_the_browser(browser: Any, tmp_path: Path) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    name = "b01-netflix-kdrama-roundup"
    explanation = explain_file(FIXTURES / f"{name}.html", gold=FIXTURES / f"{name}.expected.json")
    page, errors = _open(browser, explanation, tmp_path)
    wrong = page.locator("#panel .val.wrong").count()
    missed = page.locator("#panel li.missed").count()
    assert explanation.gold is not None
    assert wrong == sum(1 for _ in explanation.gold.wrong) and missed >= 1
    page.screenshot(path=str(ARTIFACTS / "explain-gold.png"), full_page=True)
    assert errors == []
    page.close()


def test_hostile_page_runs_no_script(browser: Any, tmp_path: Path) -> None:
    page_path = tmp_path / "hostile.txt"
    page_path.write_text(
        '</mark></div><script>window.pwned=1</script><img src=x onerror="window.pwned=1">\n'
        '<svg onload="window.pwned=1"></svg> "\'><iframe src=javascript:alert(1)>\n'
        "Hostile Drama Review\nIt aired on tvN from June 20 to August 9, 2020, over 16 episodes.\n",
        encoding="utf-8",
    )
    explanation = explain_file(page_path)
    page, _errors = _open(browser, explanation, tmp_path)
    assert page.evaluate("() => window.pwned === undefined")
    assert page.evaluate("() => document.querySelectorAll('img, svg, iframe').length") == 0
    assert page.evaluate("() => document.scripts.length") == 1
    assert page.evaluate(CHECK_HIGHLIGHTS, _evidence_args(explanation)) == []
    page.close()
