"""Cued patterns skip text without their cue words: a cue list that misses a way the
pattern can match would silently drop facts. Every cued pattern in the package is run
over every sentence and line of the fixture pages (and the corpus when present), and over
hand-written phrasings; wherever the pattern matches, one of its cues must be there."""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache
from pathlib import Path

import pytest

import reviewparse
from reviewparse.core import build_document
from reviewparse.cues import CuedPattern, cued, has_hangul
from reviewparse.loading import load
from reviewparse.textutil import sentences
from tests.conftest import CORPUS, FIXTURES

# Phrasings the pages may not have: odd spacing, capitals, other languages.
_EXTRA_TEXTS = [
    "Kim Min-jun   PLAYS  Han Seo-yeon, a lawyer.",
    "She was cast as Yoon Se-ri in the remake.",
    "Directed by\tLee Eung-bok, written by Kim Eun-sook.",
    "Disutradarai oleh Park Shin-woo dan ditulis oleh Jo Yong.",
    "La serie fue dirigida por Ana Ruiz y escrita por Luis Mora.",
    "Le film est réalisé par Jean Dupont.",
    "배우 한지오가 신입 집배원 '차윤슬' 역을 맡았다.",
    "It premiered on tvN on 7 March 2020 and ran for 16 episodes of 70 minutes.",
    "Rating: 4.5/5 — Reviewed by Jane Doe on March 3, 2021.",
]


def _cued_patterns() -> list[tuple[str, CuedPattern]]:
    found: dict[int, tuple[str, CuedPattern]] = {}
    for info in pkgutil.walk_packages(reviewparse.__path__, "reviewparse."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            items = value if isinstance(value, tuple) else (value,)
            for index, item in enumerate(items):
                candidates = item if isinstance(item, tuple) else (item,)
                for candidate in candidates:
                    if isinstance(candidate, CuedPattern):
                        found.setdefault(id(candidate), (f"{info.name}.{name}[{index}]", candidate))
    return sorted(found.values(), key=lambda pair: pair[0])


@lru_cache(maxsize=1)
def _texts() -> tuple[str, ...]:
    texts = list(_EXTRA_TEXTS)
    folders = [FIXTURES] + ([CORPUS] if CORPUS.is_dir() else [])
    for folder in folders:
        for path in sorted(Path(folder).iterdir()):
            if path.suffix not in (".html", ".txt"):
                continue
            document = build_document(load(path.read_bytes(), name=path.name))
            for block in document.blocks:
                texts.append(block.text)
                texts.extend(text for text, _ in sentences(block.text))
    return tuple(texts)


CUED = _cued_patterns()


def test_the_package_has_cued_patterns() -> None:
    assert len(CUED) >= 10


@pytest.mark.parametrize(("name", "cued_pattern"), CUED, ids=[name for name, _ in CUED])
def test_every_match_holds_a_cue(name: str, cued_pattern: CuedPattern) -> None:
    missed = [
        text[:120]
        for text in _texts()
        if cued_pattern.pattern.search(text) and not cued_pattern.could_match(text.lower())
    ]
    assert not missed, f"{name} matched text without any of its cues {cued_pattern.cues}: {missed[:3]}"


def test_a_cued_pattern_skips_text_without_cues_and_matches_text_with_them() -> None:
    directed = cued(r"\bdirected\s+by\s+(?P<name>[A-Z]\w+)", ("directed",))
    assert directed.search("The film was directed by Park.") is not None
    assert directed.search("The film was shot in Busan.") is None
    assert [m.group("name") for m in directed.finditer("directed by Kim, directed by Lee")] == ["Kim", "Lee"]


def test_cues_must_be_lower_case() -> None:
    with pytest.raises(ValueError):
        cued(r"Netflix", ("Netflix",))
    with pytest.raises(ValueError):
        cued(r"x", ())


def test_hangul_is_detected_only_where_written() -> None:
    assert has_hangul("배우 한지오")
    assert not has_hangul("Han Ji-o")
    assert not has_hangul("café — naïve")  # non-ASCII, but not Korean
    assert re.search(r"[가-힣]", "x한") and has_hangul("x한")


def test_a_caseless_pattern_matches_any_case_at_the_original_offsets() -> None:
    from reviewparse.cues import caseless

    drama = caseless(r"\bk-dramas?\b")
    text = "Two K-Dramas and one K-DRAMA."
    spans = [(m.start(), m.end()) for m in drama.finditer(text, text.lower())]
    assert [text[start:end] for start, end in spans] == ["K-Dramas", "K-DRAMA"]
    # "İ" lower-cases to two characters: the IGNORECASE form keeps offsets true
    shifted = "İİ K-drama"
    match = drama.search(shifted, shifted.lower())
    assert match is not None and shifted[match.start() : match.end()] == "K-drama"


def test_a_caseless_pattern_must_be_written_in_lower_case() -> None:
    from reviewparse.cues import caseless

    assert caseless(r"(?P<w>drama)").lower.pattern == "(?P<w>drama)"
    with pytest.raises(ValueError):
        caseless(r"\bK-drama")
    with pytest.raises(ValueError):
        caseless(r"\Sdrama")  # lower-casing would turn "not space" into "space"


def test_a_trie_alternation_finds_what_a_longest_first_list_finds() -> None:
    import random

    from reviewparse.cues import literal_alternation

    rng = random.Random(7)
    words = ["k-drama", "k-dramas", "korean", "kore", "drama", "dramedy", "tv", "tving", "a+b", "x.y", "가족"]
    words += [
        "".join(rng.choice("abk- ") for _ in range(rng.randint(1, 6))).strip() or "z" for _ in range(60)
    ]
    listed = "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))
    boundary = r"(?<![\w+])(?:{})(?![\w+])"
    as_list = re.compile(boundary.format(listed))
    as_trie = re.compile(boundary.format(literal_alternation(words)))
    for _ in range(400):
        text = "".join(
            rng.choice(["k-drama", "s ", "korean", " ", "tving", "a+b", "-", "ab", "가족"]) for _ in range(8)
        )
        assert [m.span() for m in as_trie.finditer(text)] == [m.span() for m in as_list.finditer(text)], text
