"""Candidates: what extractors propose. One resolver picks among them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reviewparse.document import Block, Document


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed value with the span that supports it.

    ``field`` names a record field of a work (``episodes``, ``cast`` ...) or of the review
    (``review.author`` ...). List fields get one candidate per item.
    """

    field: str
    value: object
    start: int
    end: int
    rule: str
    confidence: float = 0.5
    pointer: str | None = None  # where in embedded metadata, for values that came from there


@dataclass(frozen=True, slots=True)
class CastValue:
    actor: str
    character: str | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class AwardValue:
    ceremony: str
    outcome: str
    edition: int | None = None
    year: int | None = None
    category: str | None = None
    recipient: str | None = None


@dataclass(slots=True)
class Segment:
    """The part of a page about one work (the whole body on a single-review page)."""

    document: Document
    blocks: list[Block]
    title: str
    title_start: int
    title_end: int
    title_rule: str
    heading_year: int | None = None
    heading_year_span: tuple[int, int] | None = None
    languages: tuple[str, ...] = ("en",)
    headline: str = ""
    roundup: bool = False  # one of several works on the page: its text is about it by default
    page_date: str | None = None  # when the page was published (ISO), for dates written without a year
    sentences: list[Any] | None = None  # filled on first use by extract.context

    @property
    def text(self) -> str:
        return self.document.text
