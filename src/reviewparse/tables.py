"""Tables with a header row: each data cell learns its column's label.

A table of works ("Title | Year | Episodes | Network | Stream on") then reads like a
row of info-box lines per work, and the column holding titles marks a roundup.
"""

from __future__ import annotations

import re
from collections import defaultdict

from reviewparse.document import Block, BlockKind, Document
from reviewparse.infobox import field_for_label

MIN_LABELED_COLUMNS = 2


def assign_table_columns(document: Document) -> None:
    """Set ``column_label`` on the data cells of every table whose first row is a header."""
    rows_by_table: dict[int, dict[int, list[Block]]] = defaultdict(lambda: defaultdict(list))
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL and block.container is not None and block.group is not None:
            rows_by_table[block.container][block.group].append(block)
    for rows in rows_by_table.values():
        ordered = [rows[key] for key in sorted(rows)]
        header_index = next((i for i, row in enumerate(ordered[:3]) if _is_header(row)), None)
        if header_index is None:
            continue
        header = [cell.text for cell in ordered[header_index]]
        for row in ordered[header_index + 1 :]:
            # A row short of cells lost its leading ones to a rowspan above: align it right.
            shift = max(0, len(header) - len(row))
            for position, cell in enumerate(row):
                column = position + shift
                cell.column_label = header[column] if column < len(header) else None


def _is_header(row: list[Block]) -> bool:
    if len(row) < 2:
        return False
    labeled = sum(1 for cell in row if len(cell.text) <= 40 and field_for_label(cell.text.rstrip(":")))
    return labeled >= MIN_LABELED_COLUMNS and labeled * 2 >= len(row)


def episode_tables(blocks: list[Block]) -> set[int]:
    """The tables that list a show's episodes ("Ep. | Title | Original air date"): their
    "Title" column names episodes, not works."""
    found: set[int] = set()
    counts: set[int] = set()  # tables whose "회차" column gives counts ("8부작"): tables of works
    for block in blocks:
        if block.container is None or block.column_label is None:
            continue
        if _EPISODE_COLUMN.match(block.column_label.strip()):
            found.add(block.container)
            if _EPISODE_COUNT.search(block.text):
                counts.add(block.container)
    return found - counts


_EPISODE_COUNT = re.compile(r"\d\s*(?:부작|episodes|episodios|capítulos|épisodes|eps\b)", re.IGNORECASE)
_EPISODE_COLUMN = re.compile(
    r"^(?:ep\.?|no\.?|episode|episodio|capítulo|épisode|회|회차)$", re.IGNORECASE
)  # (not "#": a rank)
