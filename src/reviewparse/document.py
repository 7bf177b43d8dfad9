"""The normalized document every extractor reads: blocks with offsets into one text.

The normalized text is the blocks' texts joined by newlines; evidence offsets point
into it, and ``reviewparse text FILE`` prints it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum

from reviewparse.metadata.harvest import EmbeddedItem


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    TERM = "term"
    DEFINITION = "definition"
    META = "meta"


@dataclass(slots=True)
class Block:
    """One visible unit of the page; ``text`` is ``document.text[start:end]``."""

    kind: BlockKind
    text: str
    start: int
    end: int
    level: int = 0
    group: int | None = None
    section: str | None = None
    cell_index: int = 0
    container: int | None = None  # the table a cell belongs to
    column_label: str | None = None  # a table cell's column header, when the table has one

    @property
    def is_heading(self) -> bool:
        return self.kind is BlockKind.HEADING


@dataclass(slots=True)
class DocumentMeta:
    """What the page says about itself outside its visible text."""

    title: str | None = None
    og_title: str | None = None
    description: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    site_name: str | None = None
    embedded: list[EmbeddedItem] = field(default_factory=list)
    embedded_warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    text: str
    blocks: list[Block]
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    format: str = "html"

    def lines(self, block: Block) -> Iterator[tuple[str, int]]:
        """Each line of a block with its start offset in the normalized text."""
        offset = block.start
        for line in block.text.split("\n"):
            yield line, offset
            offset += len(line) + 1


_SPACES = re.compile(r"[^\S\n]+")
_NEWLINES_AROUND = re.compile(r" *\n[ \n]*")
LINE_BREAK = "\u2028"


def clean_block_text(raw: str, max_chars: int) -> str:
    """Collapse white space; keep explicit line breaks (``LINE_BREAK``) as newlines."""
    text = raw.replace("\n", " ").replace("\r", " ").replace(LINE_BREAK, "\n")
    text = _SPACES.sub(" ", text.replace("\xa0", " ").replace("\u200b", ""))
    text = _NEWLINES_AROUND.sub("\n", text).strip()
    return text[:max_chars]


class DocumentBuilder:
    """Appends blocks and keeps their offsets into the text being built."""

    def __init__(self, max_block_chars: int = 20_000) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []
        self._max_block_chars = max_block_chars

    def add(
        self,
        kind: BlockKind,
        raw_text: str,
        *,
        level: int = 0,
        group: int | None = None,
        cell_index: int = 0,
        container: int | None = None,
    ) -> Block | None:
        text = clean_block_text(raw_text, self._max_block_chars)
        if not text:
            return None
        if self._parts:
            self._parts.append("\n")
            self._length += 1
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        block = Block(kind, text, start, self._length, level, group, None, cell_index, container)
        self.blocks.append(block)
        return block

    def build(self, meta: DocumentMeta, page_format: str) -> Document:
        return Document("".join(self._parts), self.blocks, meta, page_format)
