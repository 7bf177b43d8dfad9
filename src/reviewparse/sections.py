"""Heading classification: which kind of section each block belongs to.

Heading wording varies ("Where to Watch", "Where to stream it", "Dónde ver"); the
phrases live in ``data/sections.json`` so new wording is a data change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reviewparse.cues import literal_alternation
from reviewparse.datafiles import cached, load_data
from reviewparse.document import Document

SKIPPED_SECTIONS = frozenset({"related", "comments"})
_RUNNING_TEXT_CHARS = 150
_NUMBERED_LINE = re.compile(r"^\s*#?\d{1,3}[.)]\s+\S")
_RESUMED_TEXT_CHARS = 200
_NON_WORD = re.compile(r"[^\w']+")
# A link to another post set inside the article: one paragraph, not a section.
READ_ALSO = re.compile(
    r"^\s*(?:baca juga|read also|also read|read more|see also|related|lee también|lea también|leer más|"
    r"relacionado|관련\s?기사|함께 보면 좋은 글|tags|tagged|labels|etiquetas|kategori|categories|"
    r"filed under)\s*[:：]",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _SectionVocabulary:
    kinds: tuple[tuple[str, re.Pattern[str]], ...]


def _build_vocabulary() -> _SectionVocabulary:
    data = load_data("sections")
    kinds = []
    for kind, phrases in data.items():
        if kind.startswith("_"):
            continue
        alternatives = literal_alternation([phrase.lower() for phrase in phrases])
        kinds.append((kind, re.compile(rf"(?:^|\b|\s)(?:{alternatives})(?:\b|$)")))
    return _SectionVocabulary(tuple(kinds))


@lru_cache(maxsize=4096)
def classify_heading(text: str) -> str | None:
    """The section kind a heading announces, or None for an ordinary heading.

    Several stages ask about the same short lines: answers are cached (it is a pure
    function of the text and the data file).
    """
    if len(text) > 90:
        return None
    normalized = _NON_WORD.sub(" ", text.replace("’", "'")).strip().lower()
    for kind, pattern in cached("sections", _build_vocabulary).kinds:
        if pattern.search(normalized):
            return kind
    return None


# "12 Comments", "댓글 24", "Replies (3)": the head of the readers' comments, with its count
COMMENT_COUNT_LINE = re.compile(
    r"^\s*(?:\d{1,6}\s+(?:comments?|comentarios|komentar|commentaires|responses|replies|respuestas|답글)|"
    r"(?:comments?|comentarios|komentar|commentaires|responses|replies|respuestas|댓글|답글)"
    r"\s*[(:]?\s*\d{1,6}\s*(?:개|건)?\s*\)?)\s*[:.]?\s*$",  # "2 komentar:", "댓글 41개"
    re.IGNORECASE,
)


def looks_like_section_heading(line: str) -> bool:
    """A short line that is mostly a known section's name (finds headings in plain text)."""
    if len(line) > 60 or classify_heading(line) is None:
        return False
    if any(char.isdigit() for char in line):  # only a comments count may have digits: "댓글 24"
        return classify_heading(line) == "comments" and COMMENT_COUNT_LINE.match(line) is not None
    words = _NON_WORD.sub(" ", line.replace("’", "'")).lower().split()
    for _kind, pattern in cached("sections", _build_vocabulary).kinds:
        joined = " ".join(words)
        match = pattern.search(joined)
        if match and len(match.group(0).split()) * 2 >= len(words):
            return True
        if match and match.end() == len(joined):
            return True  # "'드라마 리뷰' 카테고리의 다른 글": the section's name ends the line
    return len(words) <= 3


def assign_sections(document: Document) -> None:
    """Set each block's ``section`` to the kind of the nearest heading above it.

    A heading of the same or a higher level ends the section of the one before, except
    that a related-posts or comments section runs on until a heading of another known
    kind: the teaser headings inside it are often of a higher level than its own. Such a
    section only starts once the running text has: a page's own title ("Top 10 K-Dramas
    [Highly Recommended]") is never its related posts.
    """
    stack: list[tuple[int, str | None]] = []
    sticky: str | None = None
    sticky_level = sticky_start = 0
    text_started = False
    for block in document.blocks:
        if not block.is_heading:
            resumes = len(block.text) >= _RESUMED_TEXT_CHARS or bool(_NUMBERED_LINE.match(block.text))
            # (comments that start in the page's second half run on to its end: a reader's long
            # comment does not resume the article)
            late_comments = sticky == "comments" and sticky_start * 2 > len(document.text)
            if sticky and not late_comments and document.format == "text" and resumes:
                sticky = None  # plain text: a "Related" line inside an article ends at its next paragraph
                stack = [entry for entry in stack if entry[1] not in SKIPPED_SECTIONS]
            block.section = sticky or (stack[-1][1] if stack else None)
            if READ_ALSO.match(block.text):
                block.section = "related"  # "Baca juga: ...", "Read more: ..." inside the article
            text_started = text_started or len(block.text) >= _RUNNING_TEXT_CHARS
            continue
        kind = classify_heading(block.text)
        if kind in SKIPPED_SECTIONS and not text_started:
            kind = None
        # a teaser heading below the section's own level ("Reseña: X" under "Entradas
        # relacionadas") is part of it, whatever kind its words name
        if sticky and (kind is None or kind in SKIPPED_SECTIONS or block.level > sticky_level):
            block.section = sticky
            continue
        sticky = kind if kind in SKIPPED_SECTIONS else None
        sticky_level, sticky_start = block.level, block.start
        while stack and stack[-1][0] >= block.level:
            stack.pop()
        inherited = stack[-1][1] if stack else None
        stack.append((block.level, kind or inherited))
        block.section = kind or inherited
