"""Every regular expression in the package stays linear on adversarial text.

The inventory (``regex_inventory.py``) collects every pattern: module-level ones,
those cached builders compile from the data files, those compiled inline while the
fixture pages parse, and every literal in the source. Each runs (``finditer`` to the
end, the most any caller asks of it) over each adversarial family of
``adversarial.py`` at ``n`` and ``4 n`` characters; a linear pattern takes about four
times as long, a quadratic one sixteen. A suspicious ratio is measured again, larger
and best of five, before the test fails, so a busy machine does not fail it.

What the patterns see: the extractors only ever read the *normalized* text, in which
white space runs are collapsed to one character (``document.clean_block_text``; the
invariant is tested below and by the property tests). So the pipeline's patterns are
audited on the families as normalization hands them over, and the patterns of the
modules that read raw text (``RAW_TEXT_MODULES``) on the raw families, 100,000-space
runs included. Many extractor patterns begin with ``\\s+`` and would be quadratic on a
raw run of spaces: the normalization is what keeps them linear, and
``test_normalized_text_has_no_whitespace_runs`` guards it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest

from reviewparse.document import clean_block_text
from tests.hostile.adversarial import FAMILIES, PatternTimeout, time_guard
from tests.hostile.regex_inventory import AnyPattern, collect_patterns

N = 2_500
HANG_GUARD_SECONDS = 10.0
SUSPICIOUS_RATIO = 8.0  # linear: ~4; quadratic: ~16
NOISE_FLOOR_SECONDS = 0.004
CONFIRMED_RATIO = 10.0
CONFIRMED_SECONDS = 0.02  # a quadratic pattern on 40,000 characters takes far longer
# Modules whose patterns read text before it is normalized (raw markup, raw lines,
# attribute values, byte heads). Source-scan names are file paths, so both forms.
RAW_TEXT_MODULES = (
    "reviewparse.loading",
    "reviewparse.decoding",
    "reviewparse.html_document",
    "reviewparse.text_document",
    "reviewparse.document",
    "loading.py",
    "decoding.py",
    "html_document.py",
    "text_document.py",
    "document.py",
)


def _dedupe_inline(patterns: dict[str, AnyPattern]) -> dict[str, AnyPattern]:
    """Patterns built per page (a title escaped into a template) audited once per template."""
    seen: set[str] = set()
    kept: dict[str, AnyPattern] = {}
    for name, pattern in patterns.items():
        if name.startswith("inline"):
            source = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode()
            shape = re.sub(r"(?:\\.|[\w'’])+", "W", source)
            if shape in seen:
                continue
            seen.add(shape)
        kept[name] = pattern
    return kept


PATTERNS = _dedupe_inline(collect_patterns())


def _is_raw(name: str) -> bool:
    return name.startswith(RAW_TEXT_MODULES)


def _families(raw: bool) -> dict[str, Callable[[int], str]]:
    if raw:
        return FAMILIES

    def normalized(make: Callable[[int], str]) -> Callable[[int], str]:
        return lambda n: clean_block_text(make(n), 10 * n)

    return {name: normalized(make) for name, make in FAMILIES.items()}


def _run(pattern: AnyPattern, text: str) -> float:
    subject: str | bytes = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
    start = time.thread_time()  # CPU time: other processes on the machine do not count
    for _ in pattern.finditer(subject):  # type: ignore[arg-type]
        pass
    return time.thread_time() - start


def _ratio(pattern: AnyPattern, make: Callable[[int], str], n: int, repeats: int) -> tuple[float, float]:
    """Best times at ``n`` and ``4 n``, measured in turns so a busy spell hits both alike."""
    small, large = make(n), make(4 * n)
    t_small = t_large = float("inf")
    with time_guard(HANG_GUARD_SECONDS):
        for _ in range(repeats):
            t_small = min(t_small, _run(pattern, small))
            t_large = min(t_large, _run(pattern, large))
    return t_small, t_large


def test_inventory_is_complete() -> None:
    """The audit sees the module patterns, the cached builders' and the inline ones."""
    names = " ".join(PATTERNS)
    assert len(PATTERNS) > 150
    for expected in ("cache:gazetteer:platforms", "cache:dates", "cache:countries", "cache:sections"):
        assert expected in names, expected
    assert "inline[" in names
    assert "reviewparse.extract.cast._AS" in names


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear(name: str) -> None:
    pattern = PATTERNS[name]
    slow: list[str] = []
    for family, make in _families(_is_raw(name)).items():
        if not make(16):
            continue  # the family normalizes to nothing (white space only)
        try:
            t_small, t_large = _ratio(pattern, make, N, repeats=1)
            if t_large > NOISE_FLOOR_SECONDS and t_large > SUSPICIOUS_RATIO * t_small:
                # Confirm, larger and best of three, before blaming the pattern.
                t_small, t_large = _ratio(pattern, make, 4 * N, repeats=5)
                if t_large > CONFIRMED_SECONDS and t_large > CONFIRMED_RATIO * t_small:
                    slow.append(f"{family}: {t_small * 1e3:.1f} ms at n, {t_large * 1e3:.1f} ms at 4n")
        except PatternTimeout:
            slow.append(f"{family}: still running after {HANG_GUARD_SECONDS} s")
    assert not slow, f"{name} ({pattern.pattern[:80]!r}) is worse than linear on: " + "; ".join(slow)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_normalized_text_has_no_whitespace_runs(family: str) -> None:
    """The invariant the extractor patterns rely on: at most one white-space character in a row."""
    text = clean_block_text(FAMILIES[family](5_000) + " x \u2028 \u3000\t y", 10**6)
    assert not re.search(r"\s\s", text)


def test_one_megabyte_line_through_every_pattern() -> None:
    """A 1 MB line of prose, normalized, through every pipeline pattern: none hangs."""
    line = clean_block_text(
        ("Kim Soo-hyun as Moon Kang-tae (2020), a 16-episode tvN drama: Best Actor; " * 14_000)[:1_000_000],
        10**7,
    )
    slow = []
    for name, pattern in PATTERNS.items():
        try:
            with time_guard(HANG_GUARD_SECONDS):
                seconds = _run(pattern, line)
        except PatternTimeout:
            slow.append(name)
            continue
        if seconds > 2.0:
            slow.append(f"{name} ({seconds:.1f} s)")
    assert not slow, slow
