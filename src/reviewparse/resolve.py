"""From candidates to one record: pick values, merge duplicates, attach evidence.

Precision beats recall: a scalar takes its best candidate at or above the threshold,
a list keeps every candidate above it (deduplicated), a cast entry keeps the pairing
its most confident candidate gives.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from reviewparse.candidates import AwardValue, Candidate, CastValue
from reviewparse.document import Document
from reviewparse.models import (
    AiringPeriod,
    Award,
    CastCredit,
    Evidence,
    Rating,
    Review,
    Runtime,
    Work,
)
from reviewparse.textutil import fold

THRESHOLD = 0.5
LIST_FIELDS = ("genres", "networks", "platforms", "writers", "directors", "production_companies")


@dataclass(slots=True)
class EvidenceLog:
    document: Document
    entries: list[Evidence] = field(default_factory=list)

    def add(self, pointer: str, candidate: Candidate) -> None:
        start = max(0, min(candidate.start, len(self.document.text)))
        end = max(start, min(candidate.end, len(self.document.text)))
        self.entries.append(
            Evidence(
                source=candidate.pointer,
                field=pointer,
                text=self.document.text[start:end],
                start=start,
                end=end,
                rule=candidate.rule,
            )
        )


def best(candidates: Iterable[Candidate], name: str, threshold: float = THRESHOLD) -> Candidate | None:
    chosen: Candidate | None = None
    for candidate in candidates:
        if candidate.field != name or candidate.confidence < threshold - 1e-9:
            continue
        if chosen is None or candidate.confidence > chosen.confidence:
            chosen = candidate
    return chosen


def resolve_work(
    index: int,
    title: Candidate,
    candidates: list[Candidate],
    inherited: list[Candidate],
    log: EvidenceLog,
    warnings: list[str] | None = None,
) -> Work:
    base = f"/works/{index}"
    if warnings is not None:
        for name in ("kind", "year", "country", "episodes", "runtime", "aired_start", "aired_end"):
            _note_conflict(str(title.value), name, candidates, warnings)
    log.add(f"{base}/title", title)
    work = Work(title=str(title.value))
    for name in ("kind", "country"):
        own_best, shared = best(candidates, name), best(inherited, name)
        use_shared = shared is not None and (own_best is None or shared.confidence > own_best.confidence)
        chosen = shared if use_shared else own_best
        if chosen:
            setattr(work, name, chosen.value)
            log.add(f"{base}/{name}", chosen)
    _resolve_airing(work, base, candidates, inherited, log)
    episodes = best(candidates, "episodes")
    if episodes:
        work.episodes = int(str(episodes.value))
        log.add(f"{base}/episodes", episodes)
    runtime = best(candidates, "runtime")
    if runtime and isinstance(runtime.value, tuple):
        low, high = runtime.value
        work.runtime = Runtime(min_minutes=low, max_minutes=high)
        log.add(f"{base}/runtime", runtime)
    if work.kind != "film":  # "a drama about ..." names a genre only for a film
        candidates = [c for c in candidates if c.rule != "genres.film_drama"]
    for name in LIST_FIELDS:
        own = _list_values(candidates, name)
        if name == "platforms" or not own:
            own = own + [
                c
                for c in _list_values(inherited, name)
                if fold(str(c.value)) not in {fold(str(o.value)) for o in own}
            ]
        values: list[str] = []
        for candidate in own:
            values.append(str(candidate.value))
            log.add(f"{base}/{name}/{len(values) - 1}", candidate)
        setattr(work, name, values)
    _resolve_cast(work, base, candidates, log)
    _resolve_awards(work, base, candidates, log)
    synopsis = best(candidates, "synopsis")
    if synopsis:
        work.synopsis = str(synopsis.value)
        log.add(f"{base}/synopsis", synopsis)
    return work


def _same_item(pointer: str | None, other: str) -> bool:
    return pointer is not None and pointer.rsplit("/", 1)[0] == other.rsplit("/", 1)[0]


def _origin(candidate: Candidate) -> str:
    return "metadata" if candidate.pointer else "text"


def _note_conflict(title: str, name: str, candidates: list[Candidate], warnings: list[str]) -> None:
    """Record when the page's text and its metadata give different confident values."""
    chosen = best(candidates, name)
    if chosen is None:
        return
    for other in candidates:
        if (
            other.field == name
            and other.confidence >= 0.85
            and _origin(other) != _origin(chosen)
            and other.value != chosen.value
        ):
            where = other.pointer or f"text {other.start}-{other.end}"
            kept = chosen.pointer or f"text {chosen.start}-{chosen.end}"
            warnings.append(
                f"{title}: {name} conflict: kept {chosen.value!r} ({chosen.rule}, {kept}); "
                f"{_origin(other)} says {other.value!r} ({other.rule}, {where})"
            )
            return


def _list_values(candidates: Iterable[Candidate], name: str) -> list[Candidate]:
    seen: set[str] = set()
    result: list[Candidate] = []
    for candidate in sorted(
        (c for c in candidates if c.field == name and c.confidence >= THRESHOLD - 1e-9),
        key=lambda c: c.start,
    ):
        key = fold(str(candidate.value))
        if key and key not in seen:
            seen.add(key)
            result.append(candidate)
    return result


def _ends_near(start: Candidate, end: Candidate) -> bool:
    """An end date written just after the start; dates completed with the page's year may
    come in either order ("aired its final episode on March 17 ... premiered on January 27")."""
    if 0 <= end.start - start.end <= _END_AFTER_START:
        return True
    return (
        start.rule
        in _PROSE_AIRING_RULES  # "the final episode, broadcast March 17 ... premiered on January 27"
        and abs(end.start - start.start) <= _PAGE_YEAR_END_REACH
        and str(end.value) >= str(start.value)
    )


_END_AFTER_START = 120
# A start and an end read from the same running text pair up whichever rule read each
_PROSE_AIRING_RULES = frozenset({"aired.prose", "aired.page_year"})
_PAGE_YEAR_END_REACH = 600


def _resolve_airing(
    work: Work, base: str, candidates: list[Candidate], inherited: list[Candidate], log: EvidenceLog
) -> None:
    start = best(candidates, "aired_start")
    end: Candidate | None = None
    if start:
        ends = [
            c
            for c in candidates
            if c.field == "aired_end"
            and (
                (c.rule == start.rule or {c.rule, start.rule} <= _PROSE_AIRING_RULES) and _ends_near(start, c)
                if start.pointer is None
                else _same_item(c.pointer, start.pointer)
            )
        ]
        end = min(ends, key=lambda c: c.start) if ends else None
        try:
            work.aired = AiringPeriod(start=str(start.value), end=str(end.value) if end else None)
        except ValueError:
            work.aired = AiringPeriod(start=str(start.value))
            end = None
        log.add(f"{base}/aired/start", start)
        if end:
            log.add(f"{base}/aired/end", end)
    else:  # "the 12th and final episode, which aired on May 17, 2026": a copy may state its end only
        end = best(candidates, "aired_end")
        if end:
            work.aired = AiringPeriod(end=str(end.value))
            log.add(f"{base}/aired/end", end)
    dated = start or end
    year = best(candidates, "year", threshold=0.85)
    if year is None and dated:
        year = Candidate("year", int(str(dated.value)[:4]), dated.start, dated.end, "year.from_aired", 0.85)
    year = year or best(inherited, "year") or best(candidates, "year")
    if year:
        work.year = int(str(year.value))
        log.add(f"{base}/year", year)


def _resolve_cast(work: Work, base: str, candidates: list[Candidate], log: EvidenceLog) -> None:
    """One credit per actor. The most confident pairings are settled first, and a name
    that one of them uses as a character is never an actor elsewhere (nor the reverse):
    "Song Min-ho (Baek Jun)" read both ways keeps the reading the page's convention gave."""
    title_key = fold(work.title)
    crew = {fold(name) for name in (*work.directors, *work.writers)}
    usable = [
        c
        for c in candidates
        if c.field == "cast" and isinstance(c.value, CastValue) and c.confidence >= THRESHOLD - 1e-9
    ]
    chosen: dict[str, Candidate] = {}
    actors: set[str] = set()
    characters: set[str] = set()
    paired_first = sorted(usable, key=lambda c: (_cast_value(c).character is None, -c.confidence, c.start))
    for candidate in paired_first:
        value = _cast_value(candidate)
        key = fold(value.actor)
        character_key = fold(value.character) if value.character else None
        if not key or key == title_key or key in crew or key in characters:
            continue
        if character_key and (character_key in actors or character_key == key):
            character_key = None
        current = chosen.get(key)
        if current is not None and (_cast_value(current).character or not character_key):
            continue
        chosen[key] = candidate
        actors.add(key)
        if character_key:
            characters.add(character_key)
    for key, candidate in sorted(chosen.items(), key=lambda item: item[1].start):
        value = _cast_value(candidate)
        character = value.character if value.character and fold(value.character) not in (key, "") else None
        if character and fold(character) in actors:
            character = None
        work.cast.append(CastCredit(actor=value.actor, character=character, description=value.description))
        log.add(f"{base}/cast/{len(work.cast) - 1}", candidate)


def _cast_value(candidate: Candidate) -> CastValue:
    value = candidate.value
    assert isinstance(value, CastValue)
    return value


def _resolve_awards(work: Work, base: str, candidates: list[Candidate], log: EvidenceLog) -> None:
    seen: set[tuple[str, str, str]] = set()
    for candidate in sorted((c for c in candidates if c.field == "awards"), key=lambda c: c.start):
        value = candidate.value
        if not isinstance(value, AwardValue) or candidate.confidence < THRESHOLD - 1e-9:
            continue
        key = (fold(value.ceremony), value.outcome, fold(value.category or ""))
        if key in seen:
            continue
        seen.add(key)
        work.awards.append(
            Award(
                ceremony=value.ceremony,
                edition=value.edition,
                year=value.year,
                category=value.category,
                outcome=value.outcome,
                recipient=value.recipient,
            )
        )
        log.add(f"{base}/awards/{len(work.awards) - 1}", candidate)


def resolve_review(candidates: list[Candidate], log: EvidenceLog) -> Review:
    review = Review()
    author = best(candidates, "review.author")
    if author is not None and author.pointer is None:
        # "Por Andrea Solís Tapia Ciudad de México": the byline ran on past the name the page's
        # metadata gives
        shorter = [
            c
            for c in candidates
            if c.field == "review.author"
            and c.pointer is not None
            and str(author.value).startswith(f"{c.value} ")
        ]
        author = shorter[0] if shorter else author
    if author:
        review.author = str(author.value)
        log.add("/review/author", author)
    published = best(candidates, "review.published")
    if published:
        review.published = str(published.value)
        log.add("/review/published", published)
    rating = best(candidates, "review.rating")
    if rating and isinstance(rating.value, tuple):
        value, scale = rating.value
        review.rating = Rating(value=value, scale=scale)
        log.add("/review/rating", rating)
    comments = best(candidates, "review.comments")
    if comments:
        review.comments = int(str(comments.value))
        log.add("/review/comments", comments)
    for candidate in candidates:
        if candidate.field == "review.takeaways":
            review.takeaways.append(str(candidate.value))
            log.add(f"/review/takeaways/{len(review.takeaways) - 1}", candidate)
    return review
