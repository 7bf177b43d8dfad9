"""Label/value pairs of info boxes: ``Episodes: 16`` lines, table rows, ``<dt>/<dd>``.

Labels are mapped to record fields through ``data/labels.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from reviewparse.datafiles import cached, load_data
from reviewparse.document import Block, BlockKind

_LABEL_LINE = re.compile(r"^\s*(?:[-*•·]\s*)?(?P<label>[^:：\n]{1,40}?)\s*[:：]\s*(?P<value>\S.*)$")
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
    return _LABEL_CLEAN.sub(" ", label.lower()).strip().rstrip(".")


def field_for_label(label: str) -> str | None:
    """The record field a label introduces, or None for an unknown label.

    Bilingual labels ("연출 / Director") are tried part by part.
    """
    table = _label_table()
    found = table.get(_normalize_label(label))
    if found is None and "/" in label:
        for part in label.split("/"):
            found = table.get(_normalize_label(part))
            if found:
                break
    return found


def labeled_values(blocks: Iterable[Block]) -> list[LabeledValue]:
    """Every known label/value pair in ``blocks``, in page order."""
    block_list = list(blocks)
    found: list[LabeledValue] = []
    for index, block in enumerate(block_list):
        if block.kind in (BlockKind.TABLE_CELL, BlockKind.TERM) and "\n" not in block.text:
            pair = _pair_with_next(block, block_list[index + 1 : index + 2])
            if pair:
                found.append(pair)
                continue
        offset = block.start
        for line in block.text.split("\n"):
            match = _LABEL_LINE.match(line)
            if match:
                field_name = field_for_label(match.group("label"))
                if field_name:
                    value = match.group("value").rstrip()
                    start = offset + match.start("value")
                    found.append(
                        LabeledValue(
                            field_name,
                            match.group("label"),
                            value,
                            start,
                            start + len(value),
                            block,
                        )
                    )
            offset += len(line) + 1
    return found


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
