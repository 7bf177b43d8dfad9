"""Plain page text to a normalized :class:`Document`: one block per line.

Text pages (copied page text, often cut off) have no markup, so headings and list
items are recognised from the shape of a line.
"""

from __future__ import annotations

import re

from reviewparse.document import BlockKind, Document, DocumentBuilder, DocumentMeta
from reviewparse.sections import looks_like_section_heading
from reviewparse.settings import ParseOptions

_LIST_MARKER = re.compile(r"^\s*(?:[-*•·▪●◦–]\s+|\d{1,3}[.)]\s+(?=\D))")
_ENDS_LIKE_SENTENCE = re.compile(r"[.!?,;:…\"”)]$")
_LABEL_LINE = re.compile(r"^[^:：]{1,40}[:：]\s*\S")
_MAX_HEADING_CHARS = 80
_MAX_HEADING_WORDS = 12


def parse_text(text: str, options: ParseOptions) -> Document:
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    builder = DocumentBuilder(options.max_block_chars, options.max_text_chars)
    for index, line in enumerate(lines):
        if builder.full:
            break
        following = lines[index + 1] if index + 1 < len(lines) else ""
        kind = _line_kind(line, following, index)
        builder.add(kind, line, level=2 if kind is BlockKind.HEADING else 0)
    title = " ".join(lines[0][:1200].split())[:300] if lines else None
    return builder.build(DocumentMeta(title=title), "text")


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
    if _ENDS_LIKE_SENTENCE.search(line):
        return False
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", line)]
    if not words:
        return False
    capitalised = sum(1 for word in words if word[0].isupper())
    return index == 0 or (capitalised / len(words) >= 0.6 and len(following) > 2 * len(line))
