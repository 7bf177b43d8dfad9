"""Tables in plain page text.

A browser's copy of a table puts tabs between cells; Markdown and text-mode tables put
pipes; a text dump that ends every element with a new line stacks the cells one per line
under a run of column names. Each becomes :class:`Row` items, which ``text_document``
turns into table cells: a table of works then reads as its HTML form does.
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewparse.infobox import field_for_label


@dataclass(frozen=True, slots=True)
class Row:
    """A table row as page text writes it: cells split by tabs (a browser's copy of a
    table) or by pipes (Markdown and text-mode tables)."""

    cells: tuple[str, ...]


_RULE_CHARS = frozenset("|-: \t")  # a Markdown table's rule line: |---|:--:|
_MIN_PIPE_ROWS = 2


def table_rows(lines: list[str]) -> list[str | Row]:
    """Lines, with table rows split into cells; other lines stripped (blank ones empty).

    A line with a tab is a row. Pipes divide cells only in a run of at least two lines
    with the same number of cells, so that one "Review | Site name" title stays text.
    """
    items: list[str | Row] = []
    pipe_run: list[tuple[str, ...]] = []
    run_edged = False  # whether the run's rows start with a pipe: a table writes all rows alike

    def end_pipe_run() -> None:
        if len(pipe_run) >= _MIN_PIPE_ROWS:
            items.extend(Row(cells) for cells in pipe_run)
        else:
            items.extend(" | ".join(cells) for cells in pipe_run)
        pipe_run.clear()

    for line in lines:
        if not line.strip():
            end_pipe_run()
            items.append("")  # a blank line: kept so that unwrapping stops there
            continue
        if "|" in line and "--" in line and _RULE_CHARS.issuperset(line):
            continue
        piped = _pipe_cells(line)
        edged = line.lstrip().startswith("|")
        if piped and (not pipe_run or (len(piped) == len(pipe_run[-1]) and edged == run_edged)):
            pipe_run.append(piped)
            run_edged = edged
            continue
        end_pipe_run()
        if piped:
            pipe_run.append(piped)
            run_edged = edged
            continue
        cells = tuple(cell.strip() for cell in line.strip().split("\t"))
        if sum(1 for cell in cells if cell) >= 2:
            items.append(Row(cells))  # an empty cell keeps its place: columns stay aligned
        else:
            items.append(line.strip())
    end_pipe_run()
    return items


def _pipe_cells(line: str) -> tuple[str, ...] | None:
    if "|" not in line:
        return None
    cells = tuple(cell.strip() for cell in line.strip().strip("|").split("|"))
    return cells if sum(1 for cell in cells if cell) >= 2 else None


_MIN_STACKED_COLUMNS = 3
_MAX_COLUMN_NAME_CHARS = 30
_MAX_STACKED_CELL_CHARS = 80
_SENTENCE_END = (".", "!", "?", ":")


def stacked_tables(items: list[str | Row]) -> list[str | Row]:
    """Cells stacked one per line under a header: at least three column names in a row
    ("Title", "Year", "Episodes", "Network"), then that many short lines per row, for as
    long as every row is whole. Blank lines (empty items) may separate rows, not cells."""
    result: list[str | Row] = []
    index = 0
    while index < len(items):
        width = _header_width(items, index)
        if width < _MIN_STACKED_COLUMNS:
            result.append(items[index])
            index += 1
            continue
        rows, end = _stacked_rows(items, index + width, width)
        if not rows:
            result.append(items[index])
            index += 1
            continue
        result.append(Row(tuple(str(item) for item in items[index : index + width])))
        result.extend(rows)
        index = end
    return result


def _header_width(items: list[str | Row], index: int) -> int:
    width = 0
    while index + width < len(items):
        item = items[index + width]
        if not isinstance(item, str) or not item or len(item) > _MAX_COLUMN_NAME_CHARS:
            break
        if field_for_label(item.rstrip(":")) is None:
            break
        width += 1
    return width


def _stacked_rows(items: list[str | Row], start: int, width: int) -> tuple[list[Row], int]:
    rows: list[Row] = []
    index = start
    while True:
        while index < len(items) and items[index] == "":
            index += 1
        cells = items[index : index + width]
        if len(cells) < width or not all(_stacked_cell(cell) for cell in cells):
            return rows, index
        rows.append(Row(tuple(str(cell) for cell in cells)))
        index += width


def _stacked_cell(item: str | Row) -> bool:
    return (
        isinstance(item, str)
        and 0 < len(item) <= _MAX_STACKED_CELL_CHARS
        and not item.endswith(_SENTENCE_END)
        and field_for_label(item.rstrip(":")) is None
    )
