"""schema.org (and OpenGraph) items to candidates for the record.

Precedence, per field, is by confidence (see docs/metadata.md): a visible info-box line
(0.95) beats metadata about the work (0.9), which beats what prose implies (<= 0.85).
For the review, a ``Review`` item's author/date/rating (0.93) beat a visible byline (0.9),
which beats an article's metadata (0.88): a ``BlogPosting`` describes the blog post, so
its author and date fill the review's, never the work's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from reviewparse.candidates import AwardValue, Candidate, CastValue
from reviewparse.metadata.harvest import EmbeddedItem

WORK_TYPES = {
    "TVSeries": "series",
    "CreativeWorkSeries": "series",
    "TVSeason": "series",
    "WebSeries": "series",
    "Movie": "film",
    "og:video.movie": "film",
    "og:video.tv_show": "series",
    "og:video.episode": "series",
}
REVIEW_TYPES = frozenset({"Review", "CriticReview", "UserReview", "EmployerReview"})
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "BlogPosting",
        "NewsArticle",
        "ReportageNewsArticle",
        "OpinionNewsArticle",
        "AnalysisNewsArticle",
        "TechArticle",
        "og:article",
    }
)
WORK_CONFIDENCE = 0.9
REVIEW_CONFIDENCE = 0.93
ARTICLE_CONFIDENCE = 0.88
_ISO_DURATION = re.compile(
    r"^P(?:(?P<d>\d+(?:\.\d+)?)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?$",
    re.IGNORECASE,
)
_BYLINE_PREFIX = re.compile(r"^(?:by|posted by|written by|authors?(?:\(s\))?)\s*:?\s*", re.IGNORECASE)
_ISO_DATE = re.compile(r"^(?P<y>(?:19|20)\d\d)(?:-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d))?)?")
# The canonical award strings our exporter writes: "Won Best Actress at the 57th Baeksang Arts Awards (2021)".
_AWARD_STRING = re.compile(
    r"^(?P<outcome>Won|Nominated)(?: for)?\s+(?:(?P<category>.+?)\s+at\s+)?the\s+"
    r"(?:(?P<edition>\d{1,3})(?:st|nd|rd|th)\s+)?(?P<ceremony>.+?)(?:\s+\((?P<year>\d{4})\))?"
    r"(?:\s+—\s+(?P<recipient>.+))?$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class MetadataWork:
    title: Candidate
    candidates: list[Candidate] = field(default_factory=list)


@dataclass(slots=True)
class MetadataFacts:
    works: list[MetadataWork] = field(default_factory=list)
    review: list[Candidate] = field(default_factory=list)


def map_items(items: Iterable[EmbeddedItem]) -> MetadataFacts:
    facts = MetadataFacts()
    for item in items:
        types = item.types
        kind = next((WORK_TYPES[t] for t in types if t in WORK_TYPES), None)
        if kind is not None:
            work = _work(item, kind)
            if work is not None:
                facts.works.append(work)
        elif types & REVIEW_TYPES:
            facts.review.extend(_review(item, REVIEW_CONFIDENCE, "review"))
        elif types & ARTICLE_TYPES:
            facts.review.extend(_review(item, ARTICLE_CONFIDENCE, "article"))
    return facts


def names(value: Any) -> list[str]:
    """Names in a schema.org value: a string, a Person/Organization, or a list of them."""
    if value is None:
        return []
    if isinstance(value, str):
        text = value.strip()
        looks_like_link = text.startswith(("http://", "https://", "/")) or ("/" in text and " " not in text)
        return [text] if text and not looks_like_link else []
    if isinstance(value, dict):
        name = value.get("name")
        return names(name) if isinstance(name, (str, list)) else []
    if isinstance(value, list):
        return [name for element in value for name in names(element)]
    return []


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _candidate(
    item: EmbeddedItem,
    name: str,
    value: object,
    prop: str,
    *path: str | int,
    confidence: float = WORK_CONFIDENCE,
) -> Candidate:
    source = "opengraph" if item.source == "opengraph" else item.source
    return Candidate(
        name, value, 0, 0, f"metadata.{source}.{prop}", confidence, pointer=item.locate(prop, *path)
    )


def iso_date(value: Any) -> str | None:
    match = _ISO_DATE.match(str(value or "").strip())
    if not match or not match.group("m"):
        return None
    return match.group(0)


def iso_duration_minutes(value: Any) -> int | None:
    """Minutes of an ISO 8601 duration ("PT1H10M" -> 70) or of plain seconds ("4200")."""
    text = str(value or "").strip()
    if text.isdigit():
        return int(text) // 60 or None
    match = _ISO_DURATION.match(text)
    if not match or not any(match.groupdict().values()):
        return None
    parts = {key: float(number) for key, number in match.groupdict().items() if number}
    minutes = parts.get("d", 0) * 1440 + parts.get("h", 0) * 60 + parts.get("m", 0) + parts.get("s", 0) / 60
    return round(minutes) or None


def _work(item: EmbeddedItem, kind: str) -> MetadataWork | None:
    data = item.data
    title_names = names(data.get("name")) or names(data.get("og:title"))
    if not title_names:
        return None
    title_prop = "name" if data.get("name") else "og:title"
    work = MetadataWork(_candidate(item, "title", title_names[0], title_prop, confidence=1.0))
    add = work.candidates.append
    add(_candidate(item, "kind", kind, "@type"))
    episodes = data.get("numberOfEpisodes")
    if isinstance(episodes, (int, str)) and str(episodes).strip().isdigit() and int(episodes) > 0:
        add(_candidate(item, "episodes", int(episodes), "numberOfEpisodes"))
    for prop, name in (("startDate", "aired_start"), ("endDate", "aired_end")):
        date = iso_date(data.get(prop))
        if date:
            add(_candidate(item, name, date, prop))
    for prop in ("dateCreated", "copyrightYear", "datePublished", "startDate", "video:release_date"):
        match = _ISO_DATE.match(str(data.get(prop) or ""))
        if match:
            add(_candidate(item, "year", int(match.group("y")), prop))
            break
    _runtime(item, add)
    for index, genre in enumerate(_as_list(data.get("genre"))):
        if isinstance(genre, str) and genre.strip():
            add(_candidate(item, "genres", genre.strip().lower(), "genre", index))
    for country in names(data.get("countryOfOrigin")):
        add(_candidate(item, "country", _country(country), "countryOfOrigin"))
    for prop, name in (
        ("director", "directors"),
        ("directors", "directors"),
        ("author", "writers"),
        ("creator", "writers"),
        ("productionCompany", "production_companies"),
        ("video:director", "directors"),
        ("video:writer", "writers"),
    ):
        for index, person in enumerate(names(data.get(prop))):
            add(_candidate(item, name, person, prop, index))
    for prop in ("actor", "actors", "video:actor"):
        for index, credit in enumerate(_as_list(data.get(prop))):
            cast = _cast(credit)
            if cast:
                add(_candidate(item, "cast", cast, prop, index))
    for index, award in enumerate(_as_list(data.get("award")) + _as_list(data.get("awards"))):
        value = parse_award_string(award) if isinstance(award, str) else None
        if value:
            add(_candidate(item, "awards", value, "award", index))
    for name, channel, index in _publications(data):
        add(_candidate(item, name, channel, "publication", index))
    description = data.get("description")
    if isinstance(description, str) and len(description) >= 60:
        add(_candidate(item, "synopsis", description.strip(), "description", confidence=0.6))
    return work


def _runtime(item: EmbeddedItem, add: Any) -> None:
    for prop in ("additionalProperty",):
        for index, entry in enumerate(_as_list(item.data.get(prop))):
            if isinstance(entry, dict) and entry.get("name") == "runtimeMinutes":
                low, high = entry.get("minValue"), entry.get("maxValue")
                if isinstance(low, int) and isinstance(high, int) and 0 < low <= high:
                    add(_candidate(item, "runtime", (low, high), prop, index))
                    return
    for prop in ("duration", "timeRequired", "video:duration"):
        minutes = iso_duration_minutes(item.data.get(prop))
        if minutes and minutes <= 24 * 60:
            add(_candidate(item, "runtime", (minutes, minutes), prop))
            return


def _cast(credit: Any) -> CastValue | None:
    if isinstance(credit, dict) and "PerformanceRole" in str(credit.get("@type", "")):
        actors = names(credit.get("actor"))
        if not actors:
            return None
        character = credit.get("characterName")
        description = credit.get("description")
        return CastValue(
            actors[0],
            character.strip() if isinstance(character, str) and character.strip() else None,
            description if isinstance(description, str) else None,
        )
    people = names(credit)
    return CastValue(people[0]) if people else None


def _publications(data: dict[str, Any]) -> Iterator[tuple[str, str, int]]:
    for index, event in enumerate(_as_list(data.get("publication")) + _as_list(data.get("releasedEvent"))):
        if not isinstance(event, dict):
            continue
        event_type = str(event.get("@type", ""))
        field_name = "platforms" if "OnDemand" in event_type else "networks"
        for channel in names(event.get("publishedOn")) + names(event.get("publishedBy")):
            yield field_name, channel, index


def _country(name: str) -> str:
    from reviewparse.extract.country import country_name

    return country_name(name) or name


def parse_award_string(text: str) -> AwardValue | None:
    """An award from a schema.org ``award`` string: our canonical form, else a sentence."""
    match = _AWARD_STRING.match(text.strip())
    if match:
        return AwardValue(
            ceremony=match.group("ceremony").strip(),
            outcome="won" if match.group("outcome").lower() == "won" else "nominated",
            edition=int(match.group("edition")) if match.group("edition") else None,
            year=int(match.group("year")) if match.group("year") else None,
            category=match.group("category"),
            recipient=match.group("recipient"),
        )
    return None


def _review(item: EmbeddedItem, confidence: float, kind: str) -> list[Candidate]:
    data = item.data
    found: list[Candidate] = []
    author_prop = "author" if data.get("author") else "article:author"
    for author in names(data.get(author_prop))[:1]:
        author = _BYLINE_PREFIX.sub("", " ".join(author.split()))
        if author and len(author.split()) <= 6:
            found.append(_candidate(item, "review.author", author, author_prop, confidence=confidence))
    for prop in ("datePublished", "article:published_time"):
        date = iso_date(data.get(prop))
        if date and len(date) == 10:
            found.append(_candidate(item, "review.published", date, prop, confidence=confidence))
            break
    rating = data.get("reviewRating")
    if kind == "review" and isinstance(rating, dict):
        try:
            value = float(str(rating.get("ratingValue")))
            scale = float(str(rating.get("bestRating") or 5))
        except ValueError:
            value = scale = -1.0
        if 0 <= value <= scale and scale > 0:
            found.append(
                _candidate(item, "review.rating", (value, scale), "reviewRating", confidence=confidence)
            )
    comments = data.get("commentCount")
    if isinstance(comments, int) or (isinstance(comments, str) and comments.isdigit()):
        found.append(_candidate(item, "review.comments", int(comments), "commentCount", confidence=0.8))
    return found
