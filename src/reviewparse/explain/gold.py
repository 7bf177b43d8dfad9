"""A record against a gold label, fact by fact, placed on the record: which values are wrong
(facts the record states and the label does not) and which facts were missed, under the
work (or review) they belong to.

The facts and the matching of works by title are scoring's own (SPEC section 3), so what a
report marks is exactly what ``reviewparse eval`` counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reviewparse.evaluate import format_fact, read_label
from reviewparse.models import ReviewPage
from reviewparse.scoring import (
    Fact,
    PageScore,
    label_from_record,
    match_titles,  # scoring's own work matching, so marks agree with `eval`
    retitle,
    review_facts,
    score_page,
    work_facts,
)

# Flat label key -> pointer below the work, for the one-value facts.
_SCALAR_POINTERS = {
    "kind": "/kind",
    "year": "/year",
    "country": "/country",
    "episodes": "/episodes",
    "aired_start": "/aired/start",
    "aired_end": "/aired/end",
    "runtime_min": "/runtime/min_minutes",
    "runtime_max": "/runtime/max_minutes",
}
_LIST_KEYS = ("networks", "platforms", "genres", "writers", "directors", "production_companies")
_REVIEW_POINTERS = {
    "author": "/review/author",
    "published": "/review/published",
    "comments": "/review/comments",
}


@dataclass(frozen=True)
class PlacedFact:
    """One scoring fact with the record value it comes from and a readable form."""

    fact: Fact
    pointer: str
    display: str


@dataclass
class GoldComparison:
    label: Path
    score: PageScore
    wrong: dict[str, list[str]] = field(default_factory=dict)
    """Pointer of a value -> the facts it states that the label does not."""
    missed: dict[str, list[str]] = field(default_factory=dict)
    """``/review``, ``/works/N`` (the work they were matched to) or ``""`` (a labeled work the
    record has no match for) -> labeled facts the record lacks."""
    wrong_elsewhere: list[str] = field(default_factory=list)
    """Wrong facts no single value states (should stay empty; shown rather than hidden)."""


def work_placed_facts(work: dict[str, Any], base: str) -> list[PlacedFact]:
    """The facts of one flat work (label shape), each with the pointer of its value."""
    title = work.get("title")
    title_facts = work_facts({"title": title})
    placed = [PlacedFact(fact, f"{base}/title", f"title: {title}") for fact in title_facts]

    def add(extra: dict[str, Any], display: str, pointer: str, by_kind: dict[str, str] | None = None) -> None:
        for fact in sorted(work_facts({"title": title, **extra}) - title_facts):
            placed.append(PlacedFact(fact, base + (by_kind or {}).get(fact[0], pointer), display))

    for key, suffix in _SCALAR_POINTERS.items():
        if work.get(key) is not None:
            add({key: work[key]}, f"{key}: {work[key]}", suffix)
    for key in _LIST_KEYS:
        for index, item in enumerate(work.get(key) or []):
            add({key: [item]}, f"{key}: {item}", f"/{key}/{index}")
    for index, credit in enumerate(work.get("cast") or []):
        shown = f"cast: {credit.get('actor')}"
        if credit.get("character"):
            shown += f" as {credit['character']}"
        at = f"/cast/{index}"
        add({"cast": [credit]}, shown, f"{at}/actor", {"cast_pair": f"{at}/character"})
    for index, award in enumerate(work.get("awards") or []):
        parts = [str(award.get("ceremony")), str(award.get("outcome"))]
        parts += [f"{k} {award[k]}" for k in ("edition", "year", "category") if award.get(k) is not None]
        at = f"/awards/{index}"
        by_kind = {f"award_{k}": f"{at}/{k}" for k in ("edition", "year", "category")}
        add({"awards": [award]}, "award: " + ", ".join(parts), f"{at}/ceremony", by_kind)
    return placed


def review_placed_facts(review: dict[str, Any]) -> list[PlacedFact]:
    placed = []
    for key, pointer in _REVIEW_POINTERS.items():
        if review.get(key) is not None:
            for fact in review_facts({key: review[key]}):
                placed.append(PlacedFact(fact, pointer, f"{key}: {review[key]}"))
    if review.get("rating") is not None:
        minimal = {"rating": review["rating"], "rating_scale": review.get("rating_scale")}
        scale = f"/{review['rating_scale']}" if review.get("rating_scale") is not None else ""
        for fact in review_facts(minimal):
            placed.append(PlacedFact(fact, "/review/rating", f"rating: {review['rating']}{scale}"))
    return placed


def compare_with_gold(record: ReviewPage, label_path: Path) -> GoldComparison:
    """Score ``record`` against the label at ``label_path`` and place each difference."""
    gold = read_label(label_path)
    predicted = label_from_record(record)
    score = score_page(predicted, gold)
    comparison = GoldComparison(label=label_path, score=score)
    pairs = match_titles(predicted["works"], gold["works"])

    extra = set(score.extra)
    placed_extra: set[Fact] = set()
    predicted_placed = review_placed_facts(predicted["review"])
    for index, work in enumerate(predicted["works"]):
        facts = work_placed_facts(work, f"/works/{index}")
        if index in pairs:
            own = work_facts({"title": work.get("title")})
            target = work_facts({"title": gold["works"][pairs[index]].get("title")})
            own_key, target_key = next(iter(own))[1], next(iter(target))[1]
            facts = [PlacedFact(retitle(p.fact, own_key, target_key), p.pointer, p.display) for p in facts]
        predicted_placed += facts
    for placed in predicted_placed:
        if placed.fact in extra:
            shown = comparison.wrong.setdefault(placed.pointer, [])
            if placed.display not in shown:
                shown.append(placed.display)
            placed_extra.add(placed.fact)
    comparison.wrong_elsewhere = [format_fact(fact) for fact in sorted(extra - placed_extra)]

    missing = set(score.missing)
    placed_missing: set[Fact] = set()
    gold_home = {gold_index: f"/works/{p_index}" for p_index, gold_index in pairs.items()}
    gold_placed = [(p, "/review") for p in review_placed_facts(gold.get("review") or {})]
    for gold_index, work in enumerate(gold["works"]):
        home = gold_home.get(gold_index, "")
        for placed in work_placed_facts(work, ""):
            if not home and placed.fact[0] != "title":  # say which work a missed fact is of
                placed = PlacedFact(placed.fact, placed.pointer, f"{work.get('title')} · {placed.display}")
            gold_placed.append((placed, home))
    for placed, home in gold_placed:
        if placed.fact in missing and placed.fact not in placed_missing:
            shown = comparison.missed.setdefault(home, [])
            if placed.display not in shown:
                shown.append(placed.display)
            placed_missing.add(placed.fact)
    leftover = [format_fact(fact) for fact in sorted(missing - placed_missing)]
    if leftover:
        comparison.missed.setdefault("", []).extend(leftover)
    return comparison
