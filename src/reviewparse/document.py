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
    lead: str | None = None  # the bold words a paragraph opens with ("<strong>Title</strong>. ...")

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
    warnings: list[str] = field(default_factory=list)
    """What normalizing cut or changed (text over a limit), for the record's ``warnings``."""

    def lines(self, block: Block) -> Iterator[tuple[str, int]]:
        """Each line of a block with its start offset in the normalized text."""
        offset = block.start
        for line in block.text.split("\n"):
            yield line, offset
            offset += len(line) + 1


_SPACES = re.compile(r"[^\S\n]+")
_NEWLINES_AROUND = re.compile(r" ?\n[ \n]*")  # after _SPACES: one space at most
LINE_BREAK = "\u2028"
# Zero-width and direction marks ("\u200eThe Orchard at Dusk"): invisible, and they split words.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060\ufeff]")


def clean_block_text(raw: str, max_chars: int) -> str:
    """Collapse white space; keep explicit line breaks (``LINE_BREAK``) as newlines."""
    text = raw.replace("\n", " ").replace("\r", " ").replace(LINE_BREAK, "\n")
    text = _SPACES.sub(" ", _INVISIBLE.sub("", text.replace("\xa0", " ")))
    text = _NEWLINES_AROUND.sub("\n", text).strip()
    return text[:max_chars]


class DocumentBuilder:
    """Appends blocks and keeps their offsets into the text being built.

    A block longer than ``max_block_chars`` is cut; once the text reaches
    ``max_text_chars`` no more blocks are taken (``full`` tells the caller to stop).
    Both cuts are reported in the document's ``warnings``.
    """

    def __init__(self, max_block_chars: int = 20_000, max_text_chars: int = 1_000_000) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []
        self._max_block_chars = max_block_chars
        self._max_text_chars = max_text_chars
        self._cut_blocks = 0
        self.full = False

    def add(
        self,
        kind: BlockKind,
        raw_text: str,
        *,
        level: int = 0,
        group: int | None = None,
        cell_index: int = 0,
        container: int | None = None,
        lead: str | None = None,
    ) -> Block | None:
        if self.full:
            return None
        # Whitespace collapses, so the text is cut after cleaning; a raw block of
        # spaces can be longer than the limit without being long text.
        text = clean_block_text(raw_text, len(raw_text))
        if not text:
            return None
        if len(text) > self._max_block_chars:
            self._cut_blocks += 1
            text = text[: self._max_block_chars].rstrip()
        separator = 1 if self._parts else 0
        room = self._max_text_chars - self._length - separator
        if room <= 0:
            self.full = True
            return None
        if len(text) > room:
            self.full = True
            text = text[:room].rstrip()
            if not text:
                return None
        if separator:
            self._parts.append("\n")
            self._length += 1
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        block = Block(kind, text, start, self._length, level, group, None, cell_index, container)
        if lead:
            lead_text = clean_block_text(lead, len(lead))
            block.lead = lead_text if lead_text and text.startswith(lead_text) else None
        self.blocks.append(block)
        return block

    def build(self, meta: DocumentMeta, page_format: str) -> Document:
        warnings = []
        if self._cut_blocks:
            warnings.append(
                f"{self._cut_blocks} block(s) longer than {self._max_block_chars} characters were cut"
            )
        if self.full:
            warnings.append(f"the page's text was cut at the {self._max_text_chars}-character limit")
        return Document("".join(self._parts), self.blocks, meta, page_format, warnings)
