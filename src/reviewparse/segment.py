"""Splitting a page into the works it reviews, and finding each work's title.

A roundup ("10 K-dramas to watch", "The 21 best movies of 2017") has one heading per
work, numbered or carrying a year; each work's segment runs to the next such heading.
Any other page reviews one work, whose title comes from the headline (quoted title,
"X Review", "... drama X") or, failing that, from an info-box title line.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from reviewparse.candidates import Segment
from reviewparse.dates import find_dates
from reviewparse.document import Block, BlockKind, Document
from reviewparse.infobox import field_for_label, labeled_values
from reviewparse.names import is_person_name, romanized_korean, vocabulary
from reviewparse.sections import SKIPPED_SECTIONS
from reviewparse.textutil import fold

_WORK_HEADING = re.compile(
    r"^\s*(?P<number>#?\d{1,3}\s*[.):\-–]\s*|#\d{1,3}\s+|\d\ufe0f?\u20e3\s*|[\u2460-\u2473\u2776-\u277f]\s*)?"
    r"(?P<title>[^\n]{1,90}?)\s*"
    r"(?:[(\[](?P<year>(?:19|20)\d\d)[)\]])?\s*[.:]?\s*$"
)
_QUOTED = re.compile(r"[“\"‘'«„「『]\s*(?P<t>[^“”\"‘’'«»„「」『』]{2,90}?)\s*[”\"’'»“」』](?!\w)")
_REVIEW_TITLE = re.compile(
    r"^(?:(?:k-?drama|drama|movie|film|series|tv)\s+)?(?:review|reseña|ulasan|critique|recensione|리뷰)"
    r"\s*[:：\-–|]\s*(?P<a>.+)$|^(?P<b>.+?)\s*(?:\((?:19|20)\d\d\)\s*)?(?:[:\-–|]\s*)?"
    r"(?:(?:drama|series|movie|film|k-drama|full|honest|spoiler-free|season \d+)\s+)?"
    r"(?:review|reseña|ulasan|recap|리뷰|후기)\b",
    re.IGNORECASE,
)
_KIND_THEN_TITLE = re.compile(
    r"(?:drama|series|film|movie|k-drama|show)\s+(?P<t>[A-Z0-9][^,.!?:;()\n]{1,60}?)\s*[!.]*$",
)
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")
_YEAR_SUFFIX = re.compile(r"\s*[(\[]((?:19|20)\d\d)[)\]]\s*$")
_MIN_ROUNDUP_WORKS = 2
# A list card's type line under its title: "Korean Drama - 2016, 16 episodes", "Movie · 2021".
_TYPE_LINE = re.compile(
    r"^(?:[A-Z][a-z]+\s+)?(?:Drama|Movie|Film|TV Show|Series|Special|Documentary|Web Series|Anime)"
    r"\s*[-–·|,]\s*(?P<year>(?:19|20)\d\d)\b"
)


@dataclass(frozen=True, slots=True)
class _WorkHeading:
    block: Block
    title: str
    title_start: int
    year: int | None
    year_span: tuple[int, int] | None
    numbered: bool


def body_blocks(document: Document) -> list[Block]:
    """The blocks extractors may read: no related-posts or comments sections."""
    return [block for block in document.blocks if block.section not in SKIPPED_SECTIONS]


def find_segments(document: Document, languages: tuple[str, ...]) -> tuple[list[Segment], list[Block]]:
    """The work segments of the page, and the page-level intro blocks of a roundup."""
    blocks = body_blocks(document)
    headline = headline_text(document)
    headings = _roundup_headings(blocks)
    if headings:
        return _roundup_segments(document, blocks, headings, languages, headline)
    single = _single_segment(document, blocks, languages, headline)
    return ([single] if single else []), []


def headline_text(document: Document) -> str:
    """The page's headline: its first level-1 heading, else og:title, else <title>.

    Plain text has no markup: its headline is the line above the byline or dateline,
    else the first line that reads like a headline.
    """
    if document.format == "text":
        return _text_headline(document)
    meta = document.meta
    for block in document.blocks[:60]:
        if not (block.is_heading and block.level == 1 and len(block.text) > 3):
            continue
        site_parts = [fold(part) for part in re.split(r"\s[|–—-]\s", meta.title or "")[1:]]
        is_site_name = (bool(meta.site_name) and fold(block.text) == fold(meta.site_name or "")) or any(
            fold(block.text) in part for part in site_parts
        )
        in_title = not meta.title or fold(block.text) in fold(meta.title) or len(block.text) > 25
        if not is_site_name and in_title:
            return block.text
    for candidate in (meta.og_title, meta.title):
        if candidate:
            return _SITE_SUFFIX.sub("", candidate)
    return ""


_BYLINE_OR_DATELINE = re.compile(
    r"^(?:by|posted by|written by|words by|por|oleh|par|published|posted|author|autor|penulis|reporter|"
    r"staff writer|correspondent|escrito por|publicado por|ditulis oleh|기자)\b",
    re.IGNORECASE,
)
_NAV_SEPARATORS = re.compile(r"\s[|·•]\s")


def _headline_like(text: str) -> bool:
    if not 12 <= len(text) <= 200 or len(_NAV_SEPARATORS.findall(text)) >= 2:
        return False
    if len(text) <= 60 and _UI_LINE.search(text):
        return False  # "Share on facebook", "Follow us on Instagram"
    if text.lower().startswith(("skip to", "home", "menu")) or _BYLINE_OR_DATELINE.match(text):
        return False
    if re.match(r"^(?:category|categories|tags?|filed under|section)\s*:", text, re.IGNORECASE):
        return False
    if is_person_name(text):
        return False
    dates = find_dates(text)
    return not (dates and len(text) < 40)


_ROUNDUP_HEADLINE = re.compile(
    r"\b\d{1,3}\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,3}(?:dramas|k-dramas|films|movies|series|shows|picks|titles|"
    r"drakor|películas|doramas|dorama)\b|round-?up|\btop\s{1,3}\d+|\bbest\b[^\n]{0,80}?\bof\s(?:19|20)\d\d",
    re.IGNORECASE,
)
_UI_LINE = re.compile(
    r"\b(?:share|follow us|subscribe|sign in|sign up|log in|login|menu|search|newsletter|cookies?|"
    r"advertisement|skip to|read more|comments?)\b",
    re.IGNORECASE,
)


def _mostly_date(text: str) -> bool:
    """A dateline ("Published March 6, 2025"), not a headline that mentions a date."""
    covered = sum(mention.end - mention.start for mention in find_dates(text))
    return covered > 0 and (covered * 2 >= len(text) or len(text) - covered < 25)


def _text_headline(document: Document) -> str:
    blocks = document.blocks[:15]
    bylines = [i for i, b in enumerate(blocks) if i and _BYLINE_OR_DATELINE.match(b.text)]
    datelines = [i for i, b in enumerate(blocks) if i and len(b.text) < 90 and _mostly_date(b.text)]
    for index in bylines[:1]:
        above = [b for b in reversed(blocks[max(0, index - 4) : index]) if _headline_like(b.text)]
        above = [b for b in above if not _mostly_date(b.text)]
        # a standfirst ("Now that the Emmys have noticed it, ... a second look.") sits between
        # the headline and the byline; headlines do not end with a period
        for previous in [b for b in above if not b.text.endswith(".")] + above:
            return previous.text
    texts = [block.text for block in document.blocks[:20]]
    site_names = {part.strip() for part in re.split(r"\s[|–—-]\s", texts[0])[1:]} if texts else set()
    for index, block in enumerate(blocks):
        text = block.text
        if (
            _headline_like(text)
            and texts.count(text) >= 2
            and text not in site_names
            and not _mostly_date(text)
        ):
            # a page's title repeated as its headline, perhaps broken over lines
            parts = [text]
            for following in blocks[index + 1 : index + 4]:
                if texts.count(following.text) < 2 or following.text in parts:
                    break
                parts.append(following.text)
            return " ".join(parts)
    for index in datelines[:1]:
        for previous in reversed(blocks[:index]):
            if _headline_like(previous.text) and not _mostly_date(previous.text):
                return previous.text
    for block in blocks:
        if block.kind is BlockKind.LIST_ITEM or block.text.endswith("."):
            continue
        if _headline_like(block.text):
            return block.text
    return document.meta.title or ""


def _parse_work_heading(block: Block) -> _WorkHeading | None:
    if len(block.text) > 100 or "\n" in block.text:
        return None
    match = _WORK_HEADING.match(block.text)
    if not match:
        return None
    numbered = bool(match.group("number"))
    year = int(match.group("year")) if match.group("year") else None
    if not numbered and year is None:
        return None
    title = match.group("title").strip().strip("\"“”‘’'«»").strip()
    if not title or len(title.split()) > 12 or not any(char.isalpha() for char in title):
        return None
    if title.endswith((".", "?", "!")) and not title.endswith("!"):
        return None
    year_span = None
    if year is not None:
        year_start = block.start + match.start("year")
        year_span = (year_start, year_start + 4)
    title_start = block.start + block.text.find(title)
    return _WorkHeading(block, title, title_start, year, year_span, numbered)


def _card_headings(blocks: list[Block]) -> list[_WorkHeading]:
    """Titles of list cards: a short line followed by a type line with the year."""
    found: list[_WorkHeading] = []
    for block, following in pairwise(blocks):
        match = _TYPE_LINE.match(following.text)
        if not match or len(block.text) > 90 or "\n" in block.text:
            continue
        if block.text.endswith((".", "!", "?")) or not any(ch.isalpha() for ch in block.text):
            continue
        year_start = following.start + match.start("year")
        found.append(
            _WorkHeading(
                block,
                block.text,
                block.start,
                int(match.group("year")),
                (year_start, year_start + 4),
                False,
            )
        )
    return found


# "Vape Wave (documentaire, 1h28, Planète+)", "Move to Heaven (2021, Netflix)".
_INFO_LINE = re.compile(r"^(?P<title>[^()\n]{1,80}?)\s*\((?P<info>[^()\n]{3,80})\)\s*[.:]?$")
_INFO_FIELD = re.compile(
    r"^(?:(?:19|20)\d\d|\d{1,2}\s*h\s*\d{0,2}|\d{1,3}\s*min\w*|\d{1,3}\s*[x×]\s*\d{1,3}\s*\w*|"
    r"\d{1,4}\s+(?:episodes?|eps|épisodes|episodios)|"
    r"(?:web)?s[ée]ries?(?:\s+\w+)?|film|movie|docu\w*|documental|película|drama|k-drama|tv series|"
    r"miniseries|anime)$",
    re.IGNORECASE,
)


def _introduces_text(blocks: list[Block], block: Block) -> bool:
    """Whether a work's heading line is followed by text about it (not by another heading)."""
    index = next((i for i, candidate in enumerate(blocks) if candidate is block), -1)
    if index < 0 or index + 1 >= len(blocks):
        return False
    following = blocks[index + 1]
    return len(following.text) >= 60 or bool(_LABEL_START.match(following.text))


def _info_line_headings(blocks: list[Block]) -> list[_WorkHeading]:
    """Works introduced by a line of title plus facts in parentheses."""
    found: list[_WorkHeading] = []
    for block in blocks:
        if len(block.text) > 140 or "\n" in block.text:
            continue
        match = _INFO_LINE.match(block.text)
        if not match:
            continue
        fields = [field.strip() for field in re.split(r"[,;/·|]", match.group("info"))]
        if len(fields) < 2 or not any(_INFO_FIELD.match(field) for field in fields):
            continue
        title = match.group("title").strip().strip('«»"“”')
        if not title or len(title.split()) > 12:
            continue
        if not _introduces_text(blocks, block):
            continue  # a sidebar's "Hyena (SBS, 2020)" introduces nothing
        year = next((int(f) for f in fields if re.fullmatch(r"(?:19|20)\d\d", f)), None)
        year_span = None
        if year is not None:
            position = block.start + block.text.find(str(year), match.start("info"))
            year_span = (position, position + 4)
        found.append(_WorkHeading(block, title, block.start + block.text.find(title), year, year_span, False))
    return found


_LABEL_START = re.compile(r"^[^\s:：][^:：]{0,30}[:：]\s*\S")
_NUMBERED_TITLE = re.compile(
    r"^\s*(?:#?(?P<n>\d{1,3})\s*[.):\-–]\s+|\d\ufe0f?\u20e3\s*|[\u2460-\u2473\u2776-\u277f]\s*)(?P<title>\S.{0,78})$"
)


def _numbered_title_lines(blocks: list[Block]) -> list[_WorkHeading]:
    """Plain-text roundups: "1. Salt Flower" on its own line, its text below it."""
    found: list[_WorkHeading] = []
    for block, following in pairwise(blocks):
        match = _NUMBERED_TITLE.match(block.text)
        if match is None and not block.is_heading and "\n" not in block.text:
            dated = _parse_work_heading(block)  # "Lotus Lantern Inn (2023)" over its paragraph
            if dated is not None and dated.year is not None and len(following.text) >= 60:
                found.append(dated)
            continue
        if not match or block.is_heading or "\n" in block.text:
            continue
        title_text = match.group("title").strip()
        if title_text.endswith((".", ",", ";", ":")) or _NUMBERED_TITLE.match(following.text):
            continue
        parsed = _parse_work_heading(block)
        if parsed is None:
            continue
        text_follows = len(following.text) >= 60 and following.kind is not BlockKind.LIST_ITEM
        if text_follows or parsed.year is not None or _LABEL_START.match(following.text):
            found.append(parsed)
    return found


def _table_row_headings(blocks: list[Block]) -> list[_WorkHeading]:
    """Works listed as table rows: the cells of a column headed "Title" (or "Drama", "Film")."""
    found: list[_WorkHeading] = []
    for block in blocks:
        label = block.column_label
        if label and field_for_label(label) == "title" and block.text and len(block.text) <= 90:
            title = block.text.strip().strip('"“”«»')
            if any(char.isalpha() for char in title):
                found.append(
                    _WorkHeading(block, title, block.start + block.text.find(title), None, None, False)
                )
    return found


def _roundup_headings(blocks: list[Block]) -> list[_WorkHeading]:
    table_rows = _table_row_headings(blocks)
    if len(table_rows) >= _MIN_ROUNDUP_WORKS:
        return table_rows
    numbered = _numbered_title_lines(blocks)
    if len(numbered) >= _MIN_ROUNDUP_WORKS:
        return numbered
    cards = _card_headings(blocks)
    if len(cards) >= _MIN_ROUNDUP_WORKS:
        return cards
    info_lines = _info_line_headings(blocks)
    if len(info_lines) >= _MIN_ROUNDUP_WORKS:
        return info_lines
    by_level: dict[tuple[str, int], list[_WorkHeading]] = {}
    for block in blocks:
        if block.kind not in (BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
            continue
        parsed = _parse_work_heading(block)
        if parsed is None:
            continue
        if block.kind is not BlockKind.HEADING and not (parsed.year and parsed.numbered):
            continue
        by_level.setdefault((block.kind.value, block.level), []).append(parsed)
    best: list[_WorkHeading] = []
    for group in by_level.values():
        if len(group) >= _MIN_ROUNDUP_WORKS and len(group) > len(best):
            best = group
    return best


def _roundup_segments(
    document: Document,
    blocks: list[Block],
    headings: list[_WorkHeading],
    languages: tuple[str, ...],
    headline: str,
) -> tuple[list[Segment], list[Block]]:
    positions = {id(heading.block): index for index, heading in enumerate(headings)}
    heading_level = headings[0].block.level
    is_heading_kind = headings[0].block.is_heading and not headings[0].year_span
    intro: list[Block] = []
    segments: list[Segment] = []
    current: list[Block] | None = None
    for block in blocks:
        if id(block) in positions:
            heading = headings[positions[id(block)]]
            current = [block]
            segments.append(
                Segment(
                    document,
                    current,
                    heading.title,
                    heading.title_start,
                    heading.title_start + len(heading.title),
                    "title.roundup_heading",
                    heading.year,
                    heading.year_span,
                    languages,
                    headline,
                    roundup=True,
                )
            )
            continue
        if current is None:
            intro.append(block)
            continue
        if current[0].column_label is not None and block.container != current[0].container:
            current = None  # a table row's work ends with its row
            intro.append(block)
            continue
        if is_heading_kind and block.is_heading and block.level < heading_level:
            current = None
            continue
        current.append(block)
    return segments, intro


def _single_segment(
    document: Document, blocks: list[Block], languages: tuple[str, ...], headline: str
) -> Segment | None:
    found = title_from_headline(headline)
    title_rule = "title.headline"
    if found is None:
        found = _title_from_labels(blocks)
        title_rule = "title.label"
    body = _body_text(document, headline)
    quoted = found is not None and _QUOTED.search(headline) is not None  # quotes mark a title well
    if (found is None or (found[0] not in body and not quoted)) and not _ROUNDUP_HEADLINE.search(headline):
        repeated = title_repeated_in_body(headline, body)
        if repeated is not None:
            found, title_rule = (repeated, None), "title.headline_repeated"
    if found is None:
        found = _title_from_repetition(document, blocks)
        title_rule = "title.repeated_phrase"
    if found is None:
        return None
    title, year = found
    title = extend_title(title, document.text, headline)
    start, end = _locate(document, title)
    year_span = None
    segment = Segment(document, blocks, title, start, end, title_rule, year, year_span, languages, headline)
    return segment


def title_from_headline(headline: str) -> tuple[str, int | None] | None:
    """The work's title as a headline gives it ("'Selma': ...", "X Review", "... drama X")."""
    headline = _LEADING_LABEL.sub("", _TAG_PREFIX.sub("", headline or "").strip())
    if not headline:
        return None
    quoted = _QUOTED.search(headline)
    if quoted:
        title, year = _strip_year(quoted.group("t"))
        after = re.match(r"\s*[(\[]((?:19|20)\d\d)[)\]]", headline[quoted.end() :])
        return title, year or (int(after.group(1)) if after else None)
    review = _REVIEW_TITLE.match(headline)
    if review:
        title = (review.group("a") or review.group("b") or "").strip(" :-–|")
        title = re.split(r",\s|\s[—–|]\s|\s-\s", title)[0]
        if title and len(title.split()) <= 10:
            return _strip_year(title)
    for pattern in (_COLON_TITLE, _DASH_TITLE):
        match = pattern.match(headline)
        if match and match.group("t").strip().lower() not in _NOT_TITLES:
            return _strip_year(_PARENTHETICAL.sub("", match.group("t")))
    kind_title = _KIND_THEN_TITLE.search(headline)
    if kind_title:
        return _strip_year(kind_title.group("t"))
    verb = _TITLE_THEN_VERB.match(headline)
    if verb:
        return _strip_year(verb.group("t"))
    return None


_LEADING_LABEL = re.compile(
    r"^(?:review|reseña|resena|ulasan|resensi|sinopsis|recap|critique|crítica|recensione|리뷰)(?:\s*[|:·—–-])?\s+"
    r"(?:(?:drakor|drama|k-drama|kdrama|film|movie|series|serie|película|pelicula|dorama)\s+)?(?=(?-i:[A-Z0-9«“\"']))",
    re.IGNORECASE,
)
_TAG_PREFIX = re.compile(r"^\s*\[[^\]]{1,40}\]\s*")
_PARENTHETICAL = re.compile(r"\s*\([^()]*\)\s*$")
_COLON_TITLE = re.compile(r"^(?P<t>[A-Z0-9«“\"'][^:：]{1,60}?)\s*[:：]\s+\S")
_DASH_TITLE = re.compile(r"^(?P<t>[A-Z0-9«“\"'가-힣][^—–]{1,60}?)\s+[—–-]\s+\S")
_TITLE_THEN_VERB = re.compile(
    r"^(?P<t>(?:[A-Z0-9][\w'’&-]*\s+){0,7}?[A-Z0-9][\w'’&-]*)\s+(?:Is|Are|Was|Were|Has|Have|Will|Feels|"
    r"Proves|Makes|Brings|Delivers|Deserves|Returns|Gets|Offers|Shows|Takes|Tells|Turns|Ends|Stays)\b"
)
_NOT_TITLES = frozenset(
    {
        "exclusive",
        "breaking",
        "review",
        "reviews",
        "watch",
        "news",
        "update",
        "interview",
        "opinion",
        "recap",
        "first impressions",
        "trailer",
        "video",
        "photos",
        "k-drama",
        "kdrama",
        "drama",
        "film",
        "movie",
        "series",
        "upcoming drama",
        "spoilers",
        "spoiler alert",
        "listen",
        "podcast",
        "analysis",
    }
)


def _body_text(document: Document, headline: str) -> str:
    """The page's text without its headline and <title> lines (where a title is only named)."""
    skip = {headline, document.meta.title or "", document.meta.og_title or ""}
    return "\n".join(block.text for block in document.blocks if block.text not in skip)


_HEADLINE_WORD = re.compile(r"\S+")


def title_repeated_in_body(headline: str, body: str) -> str | None:
    """The longest run of the headline's words, starting with a capital, that the body
    repeats: "Rating Naik Terus, Drakor Mr. Moon's Night School Jadi Andalan Baru ENA" ->
    "Mr. Moon's Night School". News headlines wrap the title in words of their own."""
    words = [word.strip(',;:!?"“”«»()[]') for word in _HEADLINE_WORD.findall(headline)]
    words = [word for word in words if word]
    best: tuple[int, int, str] | None = None
    for length in range(min(8, len(words)), 0, -1):
        for start in range(len(words) - length + 1):
            phrase_words = words[start : start + length]
            first = phrase_words[0]
            if not (first[:1].isupper() or first[:1].isdigit()) or not phrase_words[-1][:1].isalnum():
                continue
            phrase = " ".join(phrase_words).rstrip(".")
            if not any(char.isalpha() for char in phrase):
                continue
            if length == 1 and (len(phrase) < 4 or phrase.isupper()):
                continue
            if _names_only(phrase_words):
                continue  # "Im Soo Hyang", "Soo Hyang and Ji Soo": whom the news is about
            count = len(re.findall(rf"(?<![\w']){re.escape(phrase)}(?![\w'])", body))
            needed = 1 if length == len(words) and length <= 6 else 2 if length > 1 else 3
            if count >= needed and (best is None or (length, count) > (best[0], best[1])):
                best = (length, count, phrase)
        if best is not None:
            return best[2]
    return None


def _names_only(words: list[str]) -> bool:
    """Whether every word is a romanized Korean name syllable (or "and" between names)."""
    surnames = vocabulary().surnames
    name_words = [word.lower() for word in words if word.lower() not in ("and", "&")]
    return bool(name_words) and all(word in surnames or romanized_korean(word) for word in name_words)


def _strip_year(title: str) -> tuple[str, int | None]:
    title = title.strip().strip("\"“”‘’'«»").strip()
    match = _YEAR_SUFFIX.search(title)
    if match:
        return title[: match.start()].strip(), int(match.group(1))
    return title, None


def _title_from_labels(blocks: list[Block]) -> tuple[str, int | None] | None:
    for labeled in labeled_values(blocks[:80]):
        if labeled.field == "title":
            value = re.split(r"\s+/\s+|\s*\|\s*", labeled.value)[0]
            if field_for_label(value):
                continue  # a label's neighbour that is another label
            title, year = _strip_year(value)
            if title and len(title.split()) <= 10:
                return title, year
    return None


_TITLE_PHRASE = re.compile(
    r"(?<![\w'’])(?:[A-Z0-9][\w'’:-]*)(?:[ ]+(?:(?:to|of|the|a|an|and|in|on|be|not|for|with|from|is|my|at|&)"
    r"[ ]+)*[A-Z0-9][\w'’:-]*){1,8}"
)


def _title_from_repetition(document: Document, blocks: list[Block]) -> tuple[str, int | None] | None:
    """A text page with no headline: the Title-Case phrase the opening names and repeats."""
    body = "\n".join(block.text for block in blocks[:200])
    counts = Counter(match.group(0) for match in _TITLE_PHRASE.finditer(body))
    opening = "\n".join(block.text for block in blocks[:3])
    best: tuple[int, str] | None = None
    for phrase, count in counts.items():
        words = phrase.split()
        if count < 2 or phrase not in opening or len(words) < 2:
            continue
        if all(len(word) <= 3 for word in words):
            continue
        score = count * len(words)
        if best is None or score > best[0]:
            best = (score, phrase)
    return (best[1], None) if best else None


def extend_title(title: str, text: str, headline: str = "") -> str:
    """A headline's short title extended to the full one the body uses.

    ("Fantastic Beasts" -> "Fantastic Beasts and Where to Find Them").
    """
    pattern = re.compile(
        re.escape(title)
        + r"((?: *:)?(?: +(?:and|of|the|to|in|on|a|an|for|from|where|with|at|[A-Z][\w'’-]*)){2,8})(?![\w'’-])"
    )
    counts = Counter(match.group(1) for match in pattern.finditer(text))
    for extension, _count in counts.most_common():
        words = extension.replace(" :", ":").split()
        while words and words[-1][0].islower():
            words.pop()
        has_connector = any(word in _TITLE_CONNECTORS for word in words)
        extended = f"{title} {' '.join(words)}"
        if headline.startswith(extended):
            continue
        starts_well = words[:1] and (words[0][:1].isupper() or words[0] in ("and", "of", "the", "to"))
        if len(words) >= 2 and has_connector and starts_well and not words[-1].endswith(("'s", "’s")):
            return extended
    return title


_TITLE_CONNECTORS = frozenset({"and", "of", "the", "to", "in", "on", "for", "from", "where", "with", "at"})


def _locate(document: Document, title: str) -> tuple[int, int]:
    index = document.text.find(title)
    if index < 0:
        lowered = document.text.lower().find(title.lower())
        index = lowered
    if index < 0:
        return 0, 0
    return index, index + len(title)
