"""Scoring as SPEC section 3 defines it: facts are compared, not records.

A record (or a gold label) becomes a set of facts per kind; predicted works are
matched to labeled works by title; strings compare case-, accent-, space- and
punctuation-insensitively; platforms through their aliases; ceremonies without a
leading "The" or a trailing "Award(s)".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from reviewparse.gazetteer import gazetteer
from reviewparse.models import ReviewPage
from reviewparse.textutil import fold

FACT_KINDS = (
    "title",
    "kind",
    "year",
    "country",
    "network",
    "platform",
    "genre",
    "writer",
    "director",
    "company",
    "aired_start",
    "aired_end",
    "episodes",
    "runtime_min",
    "runtime_max",
    "cast",
    "cast_pair",
    "award",
    "award_edition",
    "award_year",
    "award_category",
    "author",
    "published",
    "rating",
    "comments",
)
_LIST_KINDS = {
    "networks": "network",
    "platforms": "platform",
    "genres": "genre",
    "writers": "writer",
    "directors": "director",
    "production_companies": "company",
}
_SCALAR_KINDS = (
    "kind",
    "year",
    "country",
    "aired_start",
    "aired_end",
    "episodes",
    "runtime_min",
    "runtime_max",
)
_CEREMONY_EDGES = re.compile(r"^the\s+|\s+awards?$", re.IGNORECASE)

Fact = tuple[str, ...]


@dataclass
class Tally:
    """True positives, predicted and labeled counts per fact kind."""

    correct: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    labeled: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        self.correct.update(other.correct)
        self.predicted.update(other.predicted)
        self.labeled.update(other.labeled)

    def scores(self, kind: str | None = None) -> tuple[float, float, float]:
        """Precision, recall and F1 of one kind, or micro-averaged over all."""
        if kind is None:
            correct = sum(self.correct.values())
            predicted = sum(self.predicted.values())
            labeled = sum(self.labeled.values())
        else:
            correct, predicted, labeled = (
                self.correct[kind],
                self.predicted[kind],
                self.labeled[kind],
            )
        precision = correct / predicted if predicted else (1.0 if not labeled else 0.0)
        recall = correct / labeled if labeled else (1.0 if not predicted else 0.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def _norm(value: Any) -> str:
    return fold(str(value)) if value is not None else ""


def _platform_key(name: str) -> str:
    canonical = gazetteer("platforms").canonical(name)
    return fold(canonical or name)


def _ceremony_key(name: str) -> str:
    return fold(_CEREMONY_EDGES.sub("", name.strip()))


def label_from_record(record: ReviewPage) -> dict[str, Any]:
    """A record in the flat gold-label shape (SPEC section 2)."""
    works = []
    for work in record.works:
        works.append(
            {
                "title": work.title,
                "kind": work.kind,
                "year": work.year,
                "country": work.country,
                "networks": work.networks,
                "platforms": work.platforms,
                "aired_start": work.aired.start if work.aired else None,
                "aired_end": work.aired.end if work.aired else None,
                "episodes": work.episodes,
                "runtime_min": work.runtime.min_minutes if work.runtime else None,
                "runtime_max": work.runtime.max_minutes if work.runtime else None,
                "genres": work.genres,
                "writers": work.writers,
                "directors": work.directors,
                "production_companies": work.production_companies,
                "cast": [{"actor": c.actor, "character": c.character} for c in work.cast],
                "awards": [
                    a.model_dump(include={"ceremony", "edition", "year", "category", "outcome", "recipient"})
                    for a in work.awards
                ],
            }
        )
    review = record.review
    return {
        "works": works,
        "review": {
            "author": review.author,
            "published": review.published,
            "rating": review.rating.value if review.rating else None,
            "rating_scale": review.rating.scale if review.rating else None,
            "comments": review.comments,
        },
    }


def work_facts(work: dict[str, Any]) -> set[Fact]:
    """The facts one (flat) work states."""
    title = _norm(work.get("title"))
    facts: set[Fact] = {("title", title)}
    for kind in _SCALAR_KINDS:
        value = work.get(kind)
        if value is not None:
            facts.add((kind, title, _norm(value)))
    for key, kind in _LIST_KINDS.items():
        for item in work.get(key) or []:
            item_key = _platform_key(item) if kind == "platform" else _norm(item)
            facts.add((kind, title, item_key))
    for credit in work.get("cast") or []:
        actor = _norm(credit.get("actor"))
        facts.add(("cast", title, actor))
        if credit.get("character"):
            facts.add(("cast_pair", title, actor, _norm(credit["character"])))
    for award in work.get("awards") or []:
        ceremony = _ceremony_key(str(award.get("ceremony") or ""))
        outcome = _norm(award.get("outcome"))
        facts.add(("award", title, ceremony, outcome))
        for part in ("edition", "year", "category"):
            if award.get(part) is not None:
                facts.add((f"award_{part}", title, ceremony, outcome, _norm(award[part])))
    return facts


def review_facts(review: dict[str, Any]) -> set[Fact]:
    facts: set[Fact] = set()
    for key in ("author", "published", "comments"):
        if review.get(key) is not None:
            facts.add((key, _norm(review[key])))
    if review.get("rating") is not None:
        scale = review.get("rating_scale")
        facts.add(
            (
                "rating",
                _norm(float(review["rating"])),
                _norm(float(scale)) if scale is not None else "",
            )
        )
    return facts


def match_titles(predicted: list[dict[str, Any]], labeled: list[dict[str, Any]]) -> dict[int, int]:
    """Predicted work index -> labeled work index, by folded title (one to one)."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for strict in (True, False):
        for p_index, work in enumerate(predicted):
            if p_index in pairs:
                continue
            key = _title_key(work.get("title"), strict)
            for l_index, gold in enumerate(labeled):
                if l_index not in used and key and key == _title_key(gold.get("title"), strict):
                    pairs[p_index] = l_index
                    used.add(l_index)
                    break
    return pairs


def _title_key(title: Any, strict: bool) -> str:
    text = str(title or "")
    if not strict:
        text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    return fold(text)


@dataclass
class PageScore:
    tally: Tally
    missing: list[Fact]
    extra: list[Fact]


def score_page(predicted: dict[str, Any], gold: dict[str, Any]) -> PageScore:
    """Compare a predicted flat record with a gold label."""
    tally = Tally()
    missing: list[Fact] = []
    extra: list[Fact] = []
    pairs = match_titles(predicted["works"], gold["works"])
    gold_titles = {l_index: _norm(gold["works"][l_index].get("title")) for l_index in pairs.values()}
    predicted_sets: list[set[Fact]] = []
    for p_index, work in enumerate(predicted["works"]):
        facts = work_facts(work)
        if p_index in pairs:  # score under the gold title so matched works compare
            own = _norm(work.get("title"))
            target = gold_titles[pairs[p_index]]
            facts = {retitle(fact, own, target) for fact in facts}
        predicted_sets.append(facts)
    gold_sets = [work_facts(work) for work in gold["works"]]
    all_predicted: set[Fact] = set().union(*predicted_sets) if predicted_sets else set()
    all_gold: set[Fact] = set().union(*gold_sets) if gold_sets else set()
    all_predicted |= review_facts(predicted["review"])
    all_gold |= review_facts(gold.get("review") or {})
    _tally(tally, all_predicted, all_gold, missing, extra)
    return PageScore(tally, sorted(missing), sorted(extra))


def retitle(fact: Fact, own: str, target: str) -> Fact:
    if fact[0] == "title":
        return ("title", target)
    if len(fact) > 1 and fact[1] == own:
        return (fact[0], target, *fact[2:])
    return fact


def _tally(
    tally: Tally,
    predicted: Iterable[Fact],
    gold: Iterable[Fact],
    missing: list[Fact],
    extra: list[Fact],
) -> None:
    gold_set = set(gold)
    predicted_set = set(predicted)
    for fact in predicted_set:
        tally.predicted[fact[0]] += 1
        if fact in gold_set:
            tally.correct[fact[0]] += 1
        else:
            extra.append(fact)
    for fact in gold_set:
        tally.labeled[fact[0]] += 1
        if fact not in predicted_set:
            missing.append(fact)
