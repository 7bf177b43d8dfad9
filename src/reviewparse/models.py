"""The record contract of SPEC section 1, as Pydantic models.

The JSON Schema that ``reviewparse schema`` prints is generated from these models.
Validation rejects impossible values, so a record that exists is a plausible one.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION: Literal[1] = 1
PARTIAL_DATE_PATTERN = r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$"
_PARTIAL_DATE = re.compile(PARTIAL_DATE_PATTERN)
MINUTES_PER_DAY = 24 * 60

WorkKind = Literal["series", "film"]
AwardOutcome = Literal["won", "nominated"]
PageFormat = Literal["html", "text"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


def _check_partial_date(value: str | None) -> str | None:
    if value is not None and not _PARTIAL_DATE.match(value):
        raise ValueError(f"not a YYYY-MM or YYYY-MM-DD date: {value!r}")
    return value


class Evidence(_Model):
    """Where on the page a value came from."""

    field: str = Field(description="JSON Pointer into the record, e.g. /works/0/episodes")
    text: str = Field(description="The slice of the normalized text")
    start: int = Field(ge=0, description="Character offset into the normalized text")
    end: int = Field(ge=0)
    rule: str = Field(description="Name of the rule that found the value")
    source: str | None = Field(
        default=None,
        description="For values from embedded metadata: the block and JSON Pointer, "
        "e.g. jsonld[0]/@graph/1/numberOfEpisodes (start == end then)",
    )

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError("evidence end before start")
        return self


class Source(_Model):
    path: str | None = None
    url: str | None = None
    sha256: str
    format: PageFormat
    title: str | None = None
    language: str | None = None


class Rating(_Model):
    value: float = Field(ge=0)
    scale: float = Field(gt=0)

    @model_validator(mode="after")
    def _within_scale(self) -> Rating:
        if self.value > self.scale:
            raise ValueError(f"rating {self.value} above its scale {self.scale}")
        return self


class Review(_Model):
    author: str | None = None
    published: str | None = Field(default=None, pattern=PARTIAL_DATE_PATTERN)
    rating: Rating | None = None
    comments: int | None = Field(default=None, ge=0)
    takeaways: list[str] = Field(default_factory=list)


class AiringPeriod(_Model):
    start: str | None = Field(default=None, pattern=PARTIAL_DATE_PATTERN)
    end: str | None = Field(default=None, pattern=PARTIAL_DATE_PATTERN)

    @model_validator(mode="after")
    def _end_not_before_start(self) -> AiringPeriod:
        if self.start and self.end and self.end[: len(self.start)] < self.start[: len(self.end)]:
            raise ValueError(f"aired end {self.end} before start {self.start}")
        return self


class Runtime(_Model):
    min_minutes: int = Field(ge=1, le=MINUTES_PER_DAY)
    max_minutes: int = Field(ge=1, le=MINUTES_PER_DAY)

    @model_validator(mode="after")
    def _ordered(self) -> Runtime:
        if self.max_minutes < self.min_minutes:
            raise ValueError("runtime max below min")
        return self


class CastCredit(_Model):
    actor: str = Field(min_length=1)
    character: str | None = None
    description: str | None = None


class Award(_Model):
    ceremony: str = Field(min_length=1)
    edition: int | None = Field(default=None, ge=1, le=500)
    year: int | None = Field(default=None, ge=1900, le=2100)
    category: str | None = None
    outcome: AwardOutcome
    recipient: str | None = None


class Work(_Model):
    title: str = Field(min_length=1)
    original_title: str | None = None
    kind: WorkKind | None = None
    year: int | None = Field(default=None, ge=1880, le=2100)
    country: str | None = None
    genres: list[str] = Field(default_factory=list)
    networks: list[str] = Field(default_factory=list)
    platforms: list[str] = Field(default_factory=list)
    aired: AiringPeriod | None = None
    episodes: int | None = Field(default=None, ge=1, le=10000)
    runtime: Runtime | None = None
    writers: list[str] = Field(default_factory=list)
    directors: list[str] = Field(default_factory=list)
    production_companies: list[str] = Field(default_factory=list)
    cast: list[CastCredit] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    synopsis: str | None = None

    @field_validator("title")
    @classmethod
    def _title_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("title is blank")
        return value


class ReviewPage(_Model):
    """One parsed page: the source, the review, the works it reviews, and evidence."""

    schema_version: Literal[1] = SCHEMA_VERSION
    source: Source
    review: Review = Field(default_factory=Review)
    works: list[Work] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


def record_json_schema() -> dict[str, object]:
    """The JSON Schema of :class:`ReviewPage`, as shipped and printed by the CLI."""
    return ReviewPage.model_json_schema()
