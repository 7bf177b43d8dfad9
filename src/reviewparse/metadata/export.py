"""Records out as schema.org JSON-LD: each work a ``TVSeries`` or ``Movie`` (cast as
``PerformanceRole``, networks and platforms as ``BroadcastEvent`` / ``OnDemandEvent``,
runtime as an ISO 8601 duration), the review a ``Review`` with ``itemReviewed``.

Parsing the output back (inside a page's ``<script type="application/ld+json">``) yields
the same facts: runtime ranges travel as a ``runtimeMinutes`` PropertyValue beside the
duration, and awards as sentences of one fixed shape that the reader parses exactly.
"""

from __future__ import annotations

import json
from typing import Any

from reviewparse.models import Award, ReviewPage, Work

CONTEXT = "https://schema.org"


def to_jsonld(record: ReviewPage) -> dict[str, Any]:
    """The record as one JSON-LD document with an ``@graph``."""
    graph: list[dict[str, Any]] = [_work(index, work) for index, work in enumerate(record.works)]
    review = record.review
    review_node: dict[str, Any] = {"@type": "Review", "@id": "#review"}
    if record.works:
        review_node["itemReviewed"] = [{"@id": f"#work-{index}"} for index in range(len(record.works))]
    if review.author:
        review_node["author"] = {"@type": "Person", "name": review.author}
    if review.published:
        review_node["datePublished"] = review.published
    if review.rating:
        review_node["reviewRating"] = {
            "@type": "Rating",
            "ratingValue": review.rating.value,
            "bestRating": review.rating.scale,
        }
    if review.comments is not None:
        review_node["commentCount"] = review.comments
    if record.source.url:
        review_node["url"] = record.source.url
    graph.append(review_node)
    return {"@context": CONTEXT, "@graph": graph}


def to_html(record: ReviewPage) -> str:
    """A minimal page that carries the record's JSON-LD (what a round trip parses)."""
    payload = json.dumps(to_jsonld(record), ensure_ascii=False).replace("</", "<\\/")
    return f'<!doctype html><html><head><script type="application/ld+json">{payload}</script></head></html>\n'


def award_sentence(award: Award) -> str:
    """The one fixed shape awards are written in: "Won Best Actress at the 57th X (2021)"."""
    text = "Won" if award.outcome == "won" else "Nominated for"
    if award.category:
        text += f" {award.category} at"
    text += " the"
    if award.edition:
        text += f" {award.edition}{_ordinal_suffix(award.edition)}"
    text += f" {award.ceremony}"
    if award.year:
        text += f" ({award.year})"
    if award.recipient:
        text += f" — {award.recipient}"
    return text


def _ordinal_suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def _people(names: list[str], person_type: str = "Person") -> list[dict[str, str]]:
    return [{"@type": person_type, "name": name} for name in names]


def _work(index: int, work: Work) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "Movie" if work.kind == "film" else "TVSeries" if work.kind == "series" else "CreativeWork",
        "@id": f"#work-{index}",
        "name": work.title,
    }
    if work.original_title:
        node["alternateName"] = work.original_title
    if work.year:
        node["dateCreated"] = str(work.year)
    if work.aired and work.aired.start:
        node["startDate"] = work.aired.start
    if work.aired and work.aired.end:
        node["endDate"] = work.aired.end
    if work.episodes:
        node["numberOfEpisodes"] = work.episodes
    if work.runtime:
        node["duration"] = f"PT{work.runtime.min_minutes}M"
        node["additionalProperty"] = [
            {
                "@type": "PropertyValue",
                "name": "runtimeMinutes",
                "minValue": work.runtime.min_minutes,
                "maxValue": work.runtime.max_minutes,
                "unitCode": "MIN",
            }
        ]
    if work.genres:
        node["genre"] = list(work.genres)
    if work.country:
        node["countryOfOrigin"] = {"@type": "Country", "name": work.country}
    if work.directors:
        node["director"] = _people(work.directors)
    if work.writers:
        node["author"] = _people(work.writers)
    if work.production_companies:
        node["productionCompany"] = _people(work.production_companies, "Organization")
    if work.cast:
        node["actor"] = [
            {
                "@type": "PerformanceRole",
                "actor": {"@type": "Person", "name": credit.actor},
                **({"characterName": credit.character} if credit.character else {}),
                **({"description": credit.description} if credit.description else {}),
            }
            for credit in work.cast
        ]
    if work.awards:
        node["award"] = [award_sentence(award) for award in work.awards]
    publications = [
        {"@type": "BroadcastEvent", "publishedOn": {"@type": "BroadcastService", "name": name}}
        for name in work.networks
    ]
    publications += [
        {"@type": "OnDemandEvent", "publishedOn": {"@type": "BroadcastService", "name": name}}
        for name in work.platforms
    ]
    if publications:
        node["publication"] = publications
    if work.synopsis:
        node["description"] = work.synopsis
    return node
