"""The pipeline: load -> document -> sections -> segments -> extractors -> resolver -> record."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reviewparse.candidates import Candidate, Segment
from reviewparse.document import Block, Document
from reviewparse.errors import EmptyInputError, InternalError, ReviewParseError
from reviewparse.extract import (
    airing,
    awards,
    cast,
    channels,
    country,
    credits,
    episodes,
    genres,
    kind,
    review_meta,
    runtime,
    synopsis,
)
from reviewparse.headlines import headline_text
from reviewparse.infobox import labeled_values
from reviewparse.language import detect_languages
from reviewparse.loading import LoadedPage, load, read_path
from reviewparse.metadata.schema_org import MetadataWork, map_items
from reviewparse.models import ReviewPage, Source, Work
from reviewparse.resolve import THRESHOLD, EvidenceLog, best, resolve_review, resolve_work
from reviewparse.sections import assign_sections
from reviewparse.segment import find_segments
from reviewparse.settings import DEFAULT_OPTIONS, ParseOptions
from reviewparse.tables import assign_table_columns
from reviewparse.textutil import fold, sentences

_LONG_PARAGRAPH = 200


def build_document(page: LoadedPage, options: ParseOptions = DEFAULT_OPTIONS) -> Document:
    """The normalized document of a loaded page, sections assigned."""
    if page.format == "html":
        from reviewparse.html_document import parse_html

        document = parse_html(page.text, options)
    else:
        from reviewparse.text_document import parse_text

        document = parse_text(page.text, options)
    if not document.blocks and not document.meta.embedded:
        # a page whose only content is its JSON-LD or microdata still has facts to give
        raise EmptyInputError("no visible text (only markup, scripts or comments)")
    assign_sections(document)
    assign_table_columns(document)
    return document


def parse(
    data: bytes | str,
    *,
    url: str | None = None,
    format: str | None = None,
    path: str | None = None,
    options: ParseOptions = DEFAULT_OPTIONS,
) -> ReviewPage:
    """Parse one page (HTML or text, bytes or str) into a :class:`ReviewPage`.

    Raises only :class:`~reviewparse.errors.ReviewParseError` (see ``errors.py``).
    """
    with _only_review_parse_errors(path or "input"):
        page = load(data, name=path, format=format, options=options)
        document = build_document(page, options)
        return extract_record(document, page, url=url)


def parse_file(
    path: str | Path, *, format: str | None = None, options: ParseOptions = DEFAULT_OPTIONS
) -> ReviewPage:
    """Parse a saved page from disk (``.html``, ``.txt``, optionally ``.gz``).

    Raises only :class:`~reviewparse.errors.ReviewParseError` (see ``errors.py``).
    """
    with _only_review_parse_errors(str(path)):
        data, name = read_path(path, options)
        page = load(data, name=name, format=format, options=options, label=str(path))
        document = build_document(page, options)
        return extract_record(document, page, url=None, path=str(path))


@contextmanager
def _only_review_parse_errors(label: str) -> Iterator[None]:
    """Let ReviewParseErrors through; wrap any other exception as an InternalError (a bug).

    RecursionError and MemoryError are wrapped too: a hostile page must not take the
    caller down with them. KeyboardInterrupt and SystemExit pass untouched.
    """
    try:
        yield
    except ReviewParseError as error:
        if str(error).startswith(label):
            raise
        raise type(error)(f"{label}: {error}") from error  # every message names its input
    except Exception as error:
        raise InternalError(
            f"{label}: internal error ({type(error).__name__}: {error}); please report it with the page"
        ) from error


def extract_record(
    document: Document, page: LoadedPage, *, url: str | None, path: str | None = None
) -> ReviewPage:
    languages = detect_languages(document)
    headline = headline_text(document)  # found once: segments, roundup facts and bylines use it
    segments, intro = find_segments(document, languages, headline)
    log = EvidenceLog(document)
    roundup = bool(intro) or len(segments) > 1
    inherited = _page_level_candidates(document, intro, languages, headline) if roundup else []
    metadata = map_items(document.meta.embedded)
    warnings = list(document.meta.embedded_warnings)
    headline_start = _headline_start(document, headline)
    # the running text starts below the headline: a long teaser above it is not the article's
    body_start = _body_start([b for b in document.blocks if b.start >= headline_start] or document.blocks)
    review_candidates = review_meta.extract(document, body_start, headline_start, headline) + metadata.review
    published = best(review_candidates, "review.published")  # dates "premieres June 14" with its year
    works: list[Work] = []
    unmatched = list(metadata.works)
    listed = awards.winners_list(document, headline, [s.title for s in segments]) if roundup else {}
    for segment in segments:
        segment.page_date = str(published.value) if published else None
        candidates = work_candidates(segment)
        if segment.title in listed:  # a winners list states the work's prizes in full
            candidates = [c for c in candidates if c.field != "awards"] + listed[segment.title]
        title = Candidate(
            "title", segment.title, segment.title_start, segment.title_end, segment.title_rule, 1.0
        )
        matched = _take_metadata_work(unmatched, segment.title)
        if matched is not None:
            candidates += matched.candidates
        works.append(resolve_work(len(works), title, candidates, inherited, log, warnings))
    if not segments:
        for metadata_work in unmatched:
            works.append(
                resolve_work(len(works), metadata_work.title, metadata_work.candidates, [], log, warnings)
            )
    if roundup:
        review_candidates = _without_item_scores(review_candidates)
    review = resolve_review(review_candidates, log)
    source = Source(
        path=_printable(path if path is not None else page.path),
        url=_printable(url) or document.meta.url,
        sha256=page.sha256,
        format=page.format,
        title=document.meta.title,
        language=languages[0],
    )
    warnings = [*warnings, *page.warnings, *document.warnings]
    return ReviewPage(source=source, review=review, works=works, evidence=log.entries, warnings=warnings)


def _without_item_scores(candidates: list[Candidate]) -> list[Candidate]:
    """A list that scores each of its works ("Our verdict: 4/5", "Our verdict: 3.5/5") gives
    the page no score of its own."""
    scores = {
        c.value
        for c in candidates
        if c.field == "review.rating" and c.pointer is None and c.confidence >= THRESHOLD  # (not readers')
    }
    if len(scores) < _ITEM_SCORES:
        return candidates
    return [c for c in candidates if c.field != "review.rating" or c.pointer is not None]


_ITEM_SCORES = 2


def _take_metadata_work(works: list[MetadataWork], title: str) -> MetadataWork | None:
    """The metadata item about the work a segment reviews (same title, or one contains the other)."""
    key = fold(title)
    for work in works:
        other = fold(str(work.title.value))
        if key and other and (key == other or key in other or other in key):
            works.remove(work)
            return work
    return None


def _printable(name: str | None) -> str | None:
    """A path or URL as JSON can hold it: undecodable file-name bytes become U+FFFD."""
    if name is None:
        return None
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


def work_candidates(segment: Segment) -> list[Candidate]:
    """Every extractor's candidates for one work segment."""
    labeled = labeled_values(segment.blocks)
    found: list[Candidate] = []
    found += episodes.extract(segment, labeled)
    found += runtime.extract(segment, labeled)
    found += airing.extract(segment, labeled)
    found += channels.extract(segment, labeled)
    found += genres.extract(segment, labeled, [])
    found += credits.extract(segment, labeled)
    found += cast.extract(segment, labeled)
    found += awards.extract(segment)
    found += country.extract(segment, [], labeled)
    found += kind.extract(segment, [], labeled)
    found += synopsis.extract(segment)
    return found


def _page_level_candidates(
    document: Document, intro: list[Block], languages: tuple[str, ...], headline: str
) -> list[Candidate]:
    """Facts a roundup states once for all its works ("Korean dramas on Netflix of 2017")."""
    segment = Segment(document, intro, "", 0, 0, "title.page", languages=languages)
    labeled = labeled_values(intro)
    found = channels.extract(segment, labeled) + country.extract(segment, [])
    found += kind.extract(segment, []) + airing.extract(segment, labeled)
    shared_country = _most_said_country(found)
    platforms = [c for c in found if c.field == "platforms" and _said_of_all(document, c, headline)]
    if len({c.value for c in platforms if _in_headline(document, c, headline)}) >= 2:
        platforms = []  # "Los estrenos de la semana en Netflix y Prime Video": each work is on one
    return [
        c
        for c in found
        if (c.field == "country" and c.value == shared_country) or c.field in ("kind", "year")
    ] + platforms


def _in_headline(document: Document, candidate: Candidate, headline: str) -> bool:
    return any(
        block.start <= candidate.start < block.end and (block.is_heading or block.text == headline)
        for block in document.blocks
    )


def _most_said_country(found: list[Candidate]) -> object:
    """The country a roundup's intro names most ("four Korean titles ... plus one Thai drama"
    shares South Korea); None on a tie, when no country can speak for all."""
    mentions = {(c.start, c.value) for c in found if c.field == "country"}  # one per place written
    counts = Counter(value for _, value in mentions)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


_ALL_WORKS = re.compile(
    r"(?<!\bat )\b(?:all|every|each|both|todos|todas|cada|semua|setiap|tous|toutes|alle)\b|모두|전부",
    re.IGNORECASE,
)  # not "will not air on Korean TV at all"


_CLAUSE_BREAK = re.compile(r"[();]|\s(?:but|so|while|although|except|though)\s|,\s(?=if\b)", re.IGNORECASE)


def _clause_at(text: str, position: int) -> str:
    start = 0
    for match in _CLAUSE_BREAK.finditer(text):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            return text[start : match.start()]
    return text[start:]


def _said_of_all(document: Document, candidate: Candidate, headline: str) -> bool:
    """A roundup's intro names a platform for every work only in a headline, or in a sentence
    that says so ("six dramas that are all on Netflix"); "#2 is also on Viki" is not that."""
    for block in document.blocks:
        if block.start <= candidate.start < block.end:
            if block.is_heading or block.text == headline:
                return True
            for text, start in sentences(block.text, block.start):
                if start <= candidate.start < start + len(text):
                    return bool(_ALL_WORKS.search(_clause_at(text, candidate.start - start)))
    return False


def _headline_start(document: Document, headline: str) -> int:
    for block in document.blocks:
        if block.is_heading and block.text == headline:
            return block.start
    return 0


def _body_start(blocks: list[Block]) -> int:
    """Where the running text starts: the first long paragraph (Korean, Chinese and
    Japanese say as much in fewer characters)."""
    for block in blocks:
        if block.is_heading:
            continue
        dense = sum(1 for char in block.text[:200] if ord(char) > 0x2E80) > 20
        if len(block.text) >= (_LONG_PARAGRAPH // 2 if dense else _LONG_PARAGRAPH):
            return block.start
    return blocks[-1].start if blocks else 0
