"""Label/value pairs of info boxes: ``Episodes: 16`` lines, table rows, ``<dt>/<dd>``.

Labels are mapped to record fields through ``data/labels.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from reviewparse.datafiles import cached, load_data
from reviewparse.document import Block, BlockKind
from reviewparse.names import is_person_name

_LABEL_LINE = re.compile(r"^\s*(?:[-*•·]\s*)?(?P<label>[^:：\n]{1,40}?)\s*[:：]\s*(?P<value>\S.*)$")
_LABEL_EDGES = re.compile(r"^[^\w가-힣(]+|[^\w가-힣)]+$")
_LABEL_CLEAN = re.compile(r"[\s*_#\[\]()■□●▶►▪•·✔️📺📅🎬🎭⭐]+")


@dataclass(frozen=True, slots=True)
class LabeledValue:
    field: str
    label: str
    value: str
    start: int
    end: int
    block: Block


def _label_table() -> dict[str, str]:
    def build() -> dict[str, str]:
        table: dict[str, str] = {}
        for field_name, labels in load_data("labels").items():
            if field_name.startswith("_"):
                continue
            for label in labels:
                table[_normalize_label(label)] = field_name
        return table

    return cached("labels", build)


def _normalize_label(label: str) -> str:
    label = _LABEL_EDGES.sub("", label)
    return _LABEL_CLEAN.sub(" ", label.lower()).strip().rstrip(".")


def field_for_label(label: str) -> str | None:
    """The record field a label introduces, or None for an unknown label.

    Bilingual labels ("연출 / Director") are tried part by part.
    """
    table = _label_table()
    found = table.get(_normalize_label(label))
    if found is None and ("/" in label or "·" in label):  # "크리에이터·각본": creator and writer
        for part in re.split(r"[/·]", label):
            found = table.get(_normalize_label(part))
            if found:
                break
    if found is None and label.rstrip().endswith(")"):  # "Reparto (voces)", "Cast (in order of appearance)"
        found = table.get(_normalize_label(label[: label.rfind("(")]))
    return found


def labeled_values(blocks: Iterable[Block]) -> list[LabeledValue]:
    """Every known label/value pair in ``blocks``, in page order."""
    block_list = list(blocks)
    found: list[LabeledValue] = []
    for index, block in enumerate(block_list):
        if block.column_label is not None:
            field_name = field_for_label(block.column_label)
            if field_name:
                found.append(
                    LabeledValue(field_name, block.column_label, block.text, block.start, block.end, block)
                )
            continue
        if block.kind in (BlockKind.TABLE_CELL, BlockKind.TERM) and "\n" not in block.text:
            pair = _pair_with_next(block, block_list[index + 1 : index + 2])
            if pair:
                found.append(pair)
                continue
        label_kinds = (BlockKind.PARAGRAPH, BlockKind.HEADING)
        if block.kind in label_kinds and len(block.text) <= 30 and index + 1 < len(block_list):
            credits = block.section in ("cast", "production")
            if credits and index and _credit_under_name(block_list[index - 1], block):
                # "Shin Kyung-ho" / "Director" in a Cast & Credits list: the name comes first
                value_block = block_list[index - 1]
                field_name = field_for_label(block.text)
                if field_name:
                    found.append(
                        LabeledValue(
                            field_name,
                            block.text,
                            value_block.text,
                            value_block.start,
                            value_block.end,
                            value_block,
                        )
                    )
                continue
            label_line = _label_over_value(block, block_list[index + 1])
            if label_line:
                found.append(label_line)
                continue
        offset = block.start
        for line in block.text.split("\n"):
            for piece, piece_offset in _inline_pieces(line, offset):
                labeled = _labeled_piece(piece, piece_offset, block)
                if labeled:
                    found.append(labeled)
            offset += len(line) + 1
    return [piece for item in found for piece in _paired_labels(item)]


_LABEL_PAIR_SEPARATOR = re.compile(r"\s*/\s*")


def _paired_labels(item: LabeledValue) -> list[LabeledValue]:
    """ "극본 / 연출 | 차민경 / 고은석", "Writer / Director: A / B": two labels over two values."""
    labels = _LABEL_PAIR_SEPARATOR.split(item.label.strip())
    values = list(_LABEL_PAIR_SEPARATOR.finditer(item.value))
    if len(labels) < 2 or len(values) != len(labels) - 1:
        return [item]
    fields = [field_for_label(label) for label in labels]
    if any(field is None for field in fields) or len(set(fields)) < len(fields):
        return [item]
    bounds = [
        0,
        *(cut for separator in values for cut in (separator.start(), separator.end())),
        len(item.value),
    ]
    pieces: list[LabeledValue] = []
    spans = list(zip(bounds[0::2], bounds[1::2], strict=True))
    for field_name, label, (start, end) in zip(fields, labels, spans, strict=True):
        value = item.value[start:end].strip()
        if field_name and value:
            position = item.start + start
            pieces.append(LabeledValue(field_name, label, value, position, position + len(value), item.block))
    return pieces or [item]


def _labeled_piece(piece: str, offset: int, block: Block) -> LabeledValue | None:
    match = _LABEL_LINE.match(piece) or _EQUALS_OR_DASH_LINE.match(piece)
    if not match:
        return None
    field_name = field_for_label(match.group("label"))
    if not field_name:
        return None
    value = match.group("value").rstrip().rstrip("·|•").rstrip()  # "Country: Taiwan · Year: 2024"
    start = offset + match.start("value")
    return LabeledValue(field_name, match.group("label"), value, start, start + len(value), block)


# "Judul = The Rainy Day Thief", "Jumlah Episode - 16": other separators some blogs use (read
# only where the label is a known one)
_EQUALS_OR_DASH_LINE = re.compile(
    r"^\s*(?:[-*•·]\s*)?(?P<label>[^:：=\n]{1,40}?)\s*(?:=|\s[-–]\s)\s*(?P<value>\S.*)$"
)


_INLINE_LABEL = re.compile(
    r"(?<=\S)\s+(?=(?:[A-Z][\w.]*(?:\s+[\w.]+){0,3}|[가-힣]{1,6}(?:\s[가-힣]{1,6})?)\s*[:：]\s)"
)


_PRIZE_WORD_BEFORE = re.compile(r"\b(?:best|mejor|meilleure?|outstanding|terbaik)$", re.IGNORECASE)


_HAS_COLON = re.compile(r"[:：]")


def _inline_pieces(line: str, offset: int) -> list[tuple[str, int]]:
    """A line holding several "Label: value" pairs run together ("Network: ENA Episodes: 16"),
    split before each known label."""
    pieces: list[tuple[str, int]] = []
    start = 0
    for match in _INLINE_LABEL.finditer(line):
        label = re.match(r"[^:：]+", line[match.end() :])
        # "Best Screenplay: X" is a prize, not "Best" and a label
        prize = _PRIZE_WORD_BEFORE.search(line[start : match.start()])
        # "극본 / 연출: A / B" is one pair of labels ("극본: A / 연출: B" is two pieces)
        paired = line[start : match.start()].rstrip().endswith("/") and not _HAS_COLON.search(
            line[start : match.start()]
        )
        if label and field_for_label(label.group(0)) and start < match.start() and not prize and not paired:
            pieces.append((line[start : match.start()], offset + start))
            start = match.end()
    pieces.append((line[start:], offset + start))
    return pieces


def _label_over_value(block: Block, value_block: Block) -> LabeledValue | None:
    """Copied page text puts an info box's label and value on lines of their own:
    "방송사" then "MBC", "Episodes" then "16"."""
    label = block.text.rstrip()
    colon = label.endswith((":", "："))  # "Episodes:" then "12": the next line is its value
    label = label.rstrip(":：").rstrip()
    if ":" in label or (value_block.is_heading and not colon) or len(value_block.text) > 120:
        return None
    field_name = field_for_label(label)
    if not field_name or field_for_label(value_block.text.rstrip(":：")):
        return None
    return LabeledValue(field_name, label, value_block.text, value_block.start, value_block.end, value_block)


def _credit_under_name(name_block: Block, block: Block) -> bool:
    """A credit word under a person's name ("Shin Kyung-ho" / "Director"), as database pages
    list their cast and crew."""
    field_name = field_for_label(block.text)
    return field_name in _PEOPLE_FIELDS and ":" not in block.text and is_person_name(name_block.text)


_PEOPLE_FIELDS = frozenset({"directors", "writers"})


def _pair_with_next(block: Block, following: list[Block]) -> LabeledValue | None:
    """A label cell (or ``<dt>``) with its value in the next cell (or ``<dd>``)."""
    if not following:
        return None
    value_block = following[0]
    same_row = block.kind is BlockKind.TABLE_CELL and value_block.kind is BlockKind.TABLE_CELL
    same_row = same_row and value_block.group == block.group
    definition = block.kind is BlockKind.TERM and value_block.kind is BlockKind.DEFINITION
    if not (same_row or definition):
        return None
    field_name = field_for_label(block.text.rstrip(":： "))
    if not field_name:
        return None
    return LabeledValue(
        field_name, block.text, value_block.text, value_block.start, value_block.end, value_block
    )


_AMBIGUOUS_CREDIT = re.compile(
    r"^(?:penulis|writers?|written by|escrit[oa] por|ditulis oleh|text|texto)\s*[:：]\s*\S", re.IGNORECASE
)
_STAFF_LINE = re.compile(r"^\s*(?:editor|redaktur|penyunting|fotografer|reporter)\s*[:：]", re.IGNORECASE)
# "Label: value" at a line's start, whatever the label
KEY_VALUE_LINE = re.compile(r"^[^\s:：][^:：]{0,30}[:：]\s*\S")


def credit_among_labels(blocks: list[Block], index: int) -> bool:
    """ "Penulis: Kwon Na-young" between other "Label: value" lines credits the work's writer,
    not the page's author (Indonesian 'penulis' and English 'writer' name both)."""
    if not _AMBIGUOUS_CREDIT.match(blocks[index].text):
        return False
    neighbours = blocks[max(0, index - 1) : index] + blocks[index + 1 : index + 2]
    if any(_STAFF_LINE.match(block.text) for block in neighbours):
        return False  # "Penulis: X" beside "Editor: Y": the article's own byline
    return len(neighbours) == 2 and all(KEY_VALUE_LINE.match(block.text) for block in neighbours)


# "Label: value", "Label = value", "Label - value" at a line's start (a bullet may come first)
_ANY_LABEL_LINE = re.compile(r"^\s*(?:[-*•·]\s*)?(?P<label>[^:：=\n]{1,30}?)\s*(?:[:：=]|\s[-–]\s)\s*\S")


def line_label(text: str) -> str | None:
    """The label of a "Label: value" line, known or not; None for any other line."""
    match = _ANY_LABEL_LINE.match(text)
    return match.group("label") if match else None
