"""Reading records back from what ``reviewparse parse`` wrote: JSON Lines or one JSON.

A line that is not JSON or not a valid record becomes a :class:`RecordItem` with an
error and its ``FILE:LINE`` (and the page's path when the line names one), so the
loader reports it and goes on. No database imports here.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from reviewparse.errors import InputNotFoundError
from reviewparse.models import ReviewPage


@dataclass(frozen=True)
class RecordItem:
    """A record to load, or the reason one could not be read, with where it came from."""

    label: str
    record: ReviewPage | None = None
    error: str | None = None
    parsed_at: datetime | None = None


def check_readable(name: str) -> str:
    """``name`` itself, or :class:`InputNotFoundError` when it is not a readable file."""
    if name != "-" and not Path(name).is_file():
        raise InputNotFoundError(f"{name}: no such file")
    return name


def read_records(name: str) -> Iterator[RecordItem]:
    """The records in a JSON Lines file (or one JSON record or array; ``-`` is stdin).

    Each record's parse time is the line's ``parsed_at`` when it has one, else the
    file's modification time (when ``parse`` wrote it).
    """
    if name == "-":
        yield from _records_in(sys.stdin.read(), "<stdin>", datetime.now(timezone.utc))
        return
    path = Path(check_readable(name))
    written = datetime.fromtimestamp(os.stat(path).st_mtime, timezone.utc)
    yield from _records_in(path.read_text(encoding="utf-8", errors="replace"), name, written)


def _records_in(content: str, name: str, written: datetime) -> Iterator[RecordItem]:
    whole = _whole_document(content)
    if whole is not None:
        for index, value in enumerate(whole, start=1):
            yield _item(value, f"{name}#{index}", written)
        return
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        label = f"{name}:{number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            yield RecordItem(label=label, error=f"not JSON: {error}")
            continue
        yield _item(value, label, written)


def _whole_document(content: str) -> list[Any] | None:
    """The records of a file that is one JSON value (``parse --format json``), else None."""
    stripped = content.strip()
    if not stripped or "\n" not in stripped:
        return None  # empty, or one line: read as JSON Lines
    try:
        value = json.loads(stripped)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, list) else [value]


def _item(value: Any, label: str, written: datetime) -> RecordItem:
    if not isinstance(value, dict):
        return RecordItem(label=label, error=f"not a record (a JSON {type(value).__name__})")
    page = value.get("source", {}).get("path") if isinstance(value.get("source"), dict) else None
    if page:
        label = f"{label} ({page})"
    fields = dict(value)
    parsed_at = _timestamp(fields.pop("parsed_at", None)) or written
    try:
        record = ReviewPage.model_validate(fields)
    except ValidationError as error:
        problems = "; ".join(
            f"{'/'.join(str(part) for part in problem['loc'])}: {problem['msg']}"
            for problem in error.errors()[:3]
        )
        return RecordItem(label=label, error=f"not a valid record: {problems}")
    return RecordItem(label=label, record=record, parsed_at=parsed_at)


def _timestamp(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
