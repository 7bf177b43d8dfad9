"""What a killed batch left behind: repair its output files and list the inputs already done.

Every output line (record or error entry) carries its input's key in ``source``:
``path`` + ``sha256``. Keys are counted, not just collected, so an input listed twice
(or two archive records with the same bytes) is done exactly as often as it appears.
A line is complete only once its newline is on disk; anything after the last newline
(a write cut short by ``kill -9``) is cut off before the run continues.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from reviewparse.errors import ReviewParseError

_SOURCE_FIELD = '"source":'
_SOURCE_SEARCH_CHARS = 64
_TAIL_BLOCK = 64 * 1024
_DECODER = json.JSONDecoder()


class OutputFileError(ReviewParseError):
    """An output file to resume holds a line that is not a batch output line."""

    kind = "bad_output"
    exit_code = 2


def key_digest(path: str | None, sha256: str | None) -> bytes:
    """A compact key for (path, content hash): 16 bytes per done input in memory."""
    text = f"{path}\0{sha256}"
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def path_digest(path: str | None) -> bytes:
    return hashlib.blake2b(f"{path}".encode("utf-8", "surrogatepass"), digest_size=16).digest()


@dataclass
class DoneInputs:
    """The inputs earlier runs finished, as counted keys."""

    keys: Counter[bytes] = field(default_factory=Counter)
    paths: set[bytes] = field(default_factory=set)
    repaired_bytes: int = 0

    def __len__(self) -> int:
        return sum(self.keys.values())

    def add(self, path: str | None, sha256: str | None) -> None:
        self.keys[key_digest(path, sha256)] += 1
        self.paths.add(path_digest(path))

    def may_hold(self, path: str | None) -> bool:
        """False when ``path`` certainly has no done line (then no need to hash it)."""
        return path_digest(path) in self.paths

    def take(self, path: str | None, sha256: str | None) -> bool:
        """Whether (path, sha256) was done; consumes one count when it was."""
        key = key_digest(path, sha256)
        count = self.keys.get(key, 0)
        if not count:
            return False
        if count == 1:
            del self.keys[key]
        else:
            self.keys[key] = count - 1
        return True


def repair_tail(path: Path) -> int:
    """Cut a half-written last line off ``path``; returns how many bytes were cut."""
    if not path.exists():
        return 0
    size = path.stat().st_size
    if size == 0:
        return 0
    with open(path, "rb+") as handle:
        position = size
        keep = 0
        while position > 0:
            start = max(0, position - _TAIL_BLOCK)
            handle.seek(start)
            block = handle.read(position - start)
            newline = block.rfind(b"\n")
            if newline >= 0:
                keep = start + newline + 1
                break
            position = start
        if keep < size:
            handle.truncate(keep)
            handle.flush()
            os.fsync(handle.fileno())
        return size - keep


def read_done(paths: list[Path]) -> DoneInputs:
    """Repair each output file's tail, then count the keys of every line in them."""
    done = DoneInputs()
    for path in paths:
        done.repaired_bytes += repair_tail(path)
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                source = source_of(line)
                if source is None:
                    raise OutputFileError(f"{path}:{number}: not a batch output line; cannot resume")
                done.add(source.get("path"), source.get("sha256"))
    return done


def source_of(line: str) -> dict[str, str | None] | None:
    """The ``source`` object of an output line, read without parsing the whole record."""
    position = line.find(_SOURCE_FIELD, 0, _SOURCE_SEARCH_CHARS)
    try:
        if position >= 0:
            start = position + len(_SOURCE_FIELD)
            while line[start : start + 1] == " ":
                start += 1
            value, _ = _DECODER.raw_decode(line, start)
        else:
            value = json.loads(line).get("source")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, dict) else None
