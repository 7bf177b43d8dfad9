"""Patterns that skip text which cannot match them.

Most sentences of a review hold no credit, no cast line and no date, yet every extractor
asks every sentence. A :class:`CuedPattern` carries the words one of which any match must
contain ("directed", "written", ...); testing for them is a plain substring search of the
lower-cased text, many times cheaper than running the pattern, so the pattern runs only
where it can match. ``tests/test_cues.py`` checks every cued pattern against the fixture
pages: a match without a cue fails the test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class CuedPattern:
    """A compiled pattern and its cues: lower-case strings, one of which every match contains.

    A cue must hold for every way the pattern can match: where the pattern allows any white
    space (``\\s+``) between two words, name the words as separate cues, not "word word".
    """

    pattern: re.Pattern[str]
    cues: tuple[str, ...]

    def could_match(self, lowered: str) -> bool:
        """Whether ``lowered`` (the text, lower-cased) holds one of the cues."""
        for cue in self.cues:  # noqa: SIM110 - a plain loop: any() over a generator costs half again as much
            if cue in lowered:
                return True
        return False

    def finditer(self, text: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
        if self.could_match(text.lower() if lowered is None else lowered):
            return self.pattern.finditer(text)
        return iter(())

    def search(self, text: str, lowered: str | None = None) -> re.Match[str] | None:
        if self.could_match(text.lower() if lowered is None else lowered):
            return self.pattern.search(text)
        return None


def cued(pattern: str, cues: tuple[str, ...], flags: int = 0) -> CuedPattern:
    """Compile ``pattern`` with its cues (lower-case; see :class:`CuedPattern`)."""
    if not cues or any(cue != cue.lower() or not cue for cue in cues):
        raise ValueError(f"cues must be non-empty lower-case strings: {cues!r}")
    return CuedPattern(re.compile(pattern, flags), cues)


@dataclass(frozen=True, slots=True)
class CaselessPattern:
    """A case-insensitive pattern run on lower-cased text.

    ``re`` matches plain literals two to three times faster than case-folded ones, so the
    pattern is kept in two forms: as written (all lower case) for the lower-cased text, and
    with IGNORECASE for the rare text whose length changes when lower-cased (offsets must
    stay true). A match's groups are then lower-cased: read original text by offsets.
    """

    lower: re.Pattern[str]
    folded: re.Pattern[str]

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        """Matches of the pattern in ``text``; ``lowered`` is ``text.lower()``."""
        if len(lowered) == len(text):
            return self.lower.finditer(lowered)
        return self.folded.finditer(text)

    def search(self, text: str, lowered: str) -> re.Match[str] | None:
        if len(lowered) == len(text):
            return self.lower.search(lowered)
        return self.folded.search(text)


def caseless(pattern: str) -> CaselessPattern:
    """Compile a case-insensitive pattern written in lower case (escapes too: no ``\\S``,
    ``\\W`` or ``\\D``, which lower-casing would change)."""
    written = pattern.replace("(?P<", "(?<").replace("(?P=", "(?=")  # group syntax, not text
    if written != written.lower():
        raise ValueError(f"a caseless pattern must be written in lower case: {pattern[:60]!r}")
    return CaselessPattern(re.compile(pattern), re.compile(pattern, re.IGNORECASE))


def literal_alternation(words: list[str]) -> str:
    """A pattern matching any of ``words``, the longest first, written as a trie.

    ``re`` tries the branches of an alternation one by one at every position; a trie
    ("k(?:-drama|orean)") shares the common prefixes, so a position fails after a few
    comparisons instead of one per word. Greedy optional groups try the longer words first,
    so what follows the alternation (a word boundary, say) still gets the longest word that
    fits, as with a longest-first list.
    """
    trie: dict[str, dict[str, Any]] = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict[str, Any]]) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    ends_here = "" in node
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends_here else body


def has_hangul(text: str) -> bool:
    """Whether text may hold Korean: a fast test before running Hangul patterns."""
    return not text.isascii() and _HANGUL.search(text) is not None


def has_digit(text: str) -> bool:
    """Whether text holds a digit: dates, years, counts and durations are written with them."""
    return _DIGIT.search(text) is not None


_HANGUL = re.compile(r"[가-힣]")
_DIGIT = re.compile(r"\d")
