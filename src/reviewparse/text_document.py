"""Plain page text to a normalized :class:`Document`: one block per line.

Text pages (copied page text, often cut off) have no markup, so headings and list
items are recognised from the shape of a line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reviewparse.document import BlockKind, Document, DocumentBuilder, DocumentMeta
from reviewparse.sections import looks_like_section_heading
from reviewparse.settings import ParseOptions
from reviewparse.text_tables import Row, stacked_tables, table_rows
from reviewparse.textutil import FACTS_SEPARATOR

_LIST_MARKER = re.compile(r"^\s*(?:[-*•·▪●◦–]\s+|\d{1,3}[.)]\s+(?=\D))")
_ENDS_LIKE_SENTENCE = re.compile(r"[.!?,;:…\"”)]$")
_LABEL_LINE = re.compile(r"^[^:：]{1,40}[:：]\s*\S")
_MAX_HEADING_CHARS = 80
_MAX_HEADING_WORDS = 12


def parse_text(text: str, options: ParseOptions) -> Document:
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    items = _unwrap(stacked_tables(table_rows(raw_lines)), wrap_width(raw_lines))
    lines = [_line_text(item) for item in items]
    builder = DocumentBuilder(options.max_block_chars, options.max_text_chars)
    group = 0
    table: int | None = None
    for index, item in enumerate(items):
        if builder.full:
            break
        if isinstance(item, Row):
            group += 1
            if table is None:
                table = group  # consecutive rows are one table
            for position, cell in enumerate(item.cells):
                builder.add(BlockKind.TABLE_CELL, cell, group=group, cell_index=position, container=table)
            continue
        table = None
        following = lines[index + 1] if index + 1 < len(lines) else ""
        kind = _line_kind(item, following, index)
        builder.add(kind, item, level=2 if kind is BlockKind.HEADING else 0)
    title = " ".join(lines[0][:1200].split())[:300] if lines else None
    return builder.build(DocumentMeta(title=title), "text")


def _line_text(item: str | Row) -> str:
    return " ".join(item.cells) if isinstance(item, Row) else item


_BYLINE_START = re.compile(r"^(?:by|posted|published|written|updated|por|oleh|par)\s+\S", re.IGNORECASE)
_WRAP_CONTINUES = re.compile(r"[\w,;\-–(]$")
_WRAP_MIN_CHARS = 30
# a romanized Korean given name, the second half of a name a wrap cut in two
_GIVEN_NAME_START = re.compile(r"^[A-Z][a-z]{1,6}-[a-z]{1,6}\b(?![-'’])")


def _unwrap(lines: list[str | Row], width: int | None = None) -> list[str | Row]:
    """Join hard-wrapped lines back into paragraphs: a line that stops mid-sentence
    ("... starring" / "Lee jong-suk, Lee na-young and wi ha-joon. The") runs on into the next;
    on a page wrapped at ``width`` columns, so does every line filled to the width. Blank
    lines are dropped."""
    joined: list[str | Row] = []
    after_blank = False
    last_line = ""  # the last physical line of joined[-1]
    for line in lines:
        if line == "":
            after_blank = True  # a paragraph ends at a blank line: never joined across it
            continue
        last = joined[-1] if joined else None
        if (
            not after_blank
            and isinstance(last, str)
            and isinstance(line, str)
            and (
                _continues(last, line)
                or (len(joined) > 1 and _wrapped_running_text(last, line))
                or (width is not None and len(joined) > 1 and _fills_the_width(last_line, line, width))
            )
        ):
            joined[-1] = f"{last} {line}"
        else:
            joined.append(line)
        last_line = line if isinstance(line, str) else ""
        after_blank = False
    return joined


def wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped page (a newsletter, a plain-text e-mail) breaks its lines
    at, or None: most lines end within a few characters of one width, many of them
    mid-sentence (on a lower-case word or a comma), and almost none run past it."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if len(lengths) < _MIN_WRAPPED_LINES:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return None
    filled_mid_sentence = sum(
        1
        for line in lines
        if width - _WRAP_SLACK <= len(line.strip()) <= width
        and (line.strip()[-1:].islower() or line.strip().endswith(","))
    )
    beyond = sum(1 for length in lengths if length > width + _WRAP_SLACK)
    if filled_mid_sentence < _WRAPPED_SHARE * len(lengths) or beyond > len(lengths) // 20:
        return None
    return width


def _fills_the_width(previous: str, line: str, width: int) -> bool:
    """``previous`` (a physical line) was filled to the width, so it runs on into ``line``,
    unless ``line`` starts something of its own: a list item, a label, a heading."""
    if len(previous) < width - _WRAP_SLACK or line == previous:
        return False
    if _LIST_MARKER.match(line) or _LIST_MARKER.match(previous) or _LABEL_LINE.match(line):
        return False
    words = line.split()
    heading_like = len(words) <= _MAX_HEADING_WORDS // 2 and all(word[:1].isupper() for word in words)
    return not heading_like and not _LABEL_LINE.match(previous)


_MIN_WRAPPED_LINES = 8
_MIN_WRAP_WIDTH = 40
_MAX_WRAP_WIDTH = 100
_WRAP_SLACK = 15
_WRAPPED_SHARE = 0.3


def _continues(previous: str, line: str) -> bool:
    if len(previous) < _WRAP_MIN_CHARS or not _WRAP_CONTINUES.search(previous):
        return False
    if _LIST_MARKER.match(line) or _LABEL_LINE.match(line) or _LIST_MARKER.match(previous):
        return False
    if line[:1] in ",;:)":
        return True  # no line of its own starts with a comma: ", Gong Hyo-jin and Jung Ga-ram."
    if previous.split()[-1][:1].isupper() and _GIVEN_NAME_START.match(line):
        return True  # "... and directed by Kim" / "Seong-hun, Park In-je (Season 2)."
    if _BYLINE_START.match(line) and not previous.split()[-1][:1].islower():
        return False  # "5 Underrated Asian Dramas You Probably Missed" / "by Priya Raman"
    if _LABEL_LINE.match(previous) and not line[:1].islower():
        return False
    return (
        line[:1].islower()
        or previous[-1] in ",;-–("
        or bool(
            re.search(
                r"\b(?:the|a|an|and|of|by|to|in|with|as|for|starring|de|y|el|la|dan|yang)$",
                previous,
                re.IGNORECASE,
            )
        )
    )


def _wrapped_running_text(previous: str, line: str) -> bool:
    """Two lines of running words, the first stopping without punctuation: one sentence
    wrapped mid-name ("... will be directed by Jung Ji" / "Hyun who had shown amazing
    direction"). Headings and names ("Seo Yea-ji as Ko Moon-young") are not running words;
    the page's first line (its title) is never joined."""
    return (
        previous[-1].isalnum()
        and previous.split()[-1][:1].isupper()  # a name cut in two, the common harm of a wrap
        and _capitalised_run(reversed(previous.split())) + _capitalised_run(line.split()) <= _MAX_NAME_WORDS
        and line != previous
        and _running_words(previous, _RUNNING_WORDS_BEFORE)
        and _running_words(line, _RUNNING_WORDS_AFTER)
    )


def _capitalised_run(words: Iterable[str]) -> int:
    """How many capitalised words the sequence starts with."""
    count = 0
    for word in words:
        if not word[:1].isupper():
            break
        count += 1
    return count


_MAX_NAME_WORDS = 4  # "Jung Ji" + "Hyun who ...", not "Dana Whitfield" + "Lanterns Over Jeonju is ..."


def _running_words(line: str, minimum: int) -> bool:
    words = line.split()
    return len(words) >= minimum and 2 * sum(1 for word in words if word[:1].islower()) > len(words)


_RUNNING_WORDS_BEFORE = 6
_RUNNING_WORDS_AFTER = 4


def _line_kind(line: str, following: str, index: int) -> BlockKind:
    if _LIST_MARKER.match(line):
        return BlockKind.LIST_ITEM
    if _is_heading(line, following, index):
        return BlockKind.HEADING
    return BlockKind.PARAGRAPH


def _is_heading(line: str, following: str, index: int) -> bool:
    if len(line) > _MAX_HEADING_CHARS or len(line.split()) > _MAX_HEADING_WORDS:
        return False
    if _LABEL_LINE.match(line) or not following:
        return False
    if looks_like_section_heading(line):
        return True
    if _ENDS_LIKE_SENTENCE.search(line) or FACTS_SEPARATOR.search(line):
        return False  # "Premieres Saturday, June 15 · New episodes ..." is a line of facts
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", line)]
    if not words:
        return False
    capitalised = sum(1 for word in words if word[0].isupper())
    if capitalised / len(words) >= 0.6 and FACTS_SEPARATOR.search(following):
        return True  # a title over its line of facts ("Kyoto Lost Umbrella Office" / "Arrives ... · ...")
    return index == 0 or (capitalised / len(words) >= 0.6 and len(following) > 2 * len(line))
