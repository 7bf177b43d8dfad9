"""What a batch reads: files, folders, lists of paths on stdin, ``.gz`` files, web archives.

Inputs are streamed: folders are walked lazily in sorted order (so a resumed run meets
them in the same order), stdin is read line by line, and a web archive is read record
by record. Each page becomes a :class:`Task`, small enough to send to a worker.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TextIO

from reviewparse.loading import HTML_SUFFIXES, TEXT_SUFFIXES
from reviewparse.settings import DEFAULT_OPTIONS, ParseOptions

GZIP_MAGIC = b"\x1f\x8b"
WARC_SUFFIXES = (".warc", ".warc.gz")
STDIN_MARK = "-"
_HASH_BLOCK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class InputError:
    """Why an input could not even be handed to the parser."""

    kind: str
    message: str


@dataclass(frozen=True, slots=True)
class Task:
    """One page to parse: a file on disk, or bytes (from a web archive or a caller).

    ``path`` and ``url`` are what the output line's ``source`` shows; a task that
    carries ``error`` failed before parsing and goes straight to the errors file.
    """

    path: str | None = None
    url: str | None = None
    data: bytes | None = None
    format: str | None = None
    error: InputError | None = None
    sha256: str | None = None


def page_suffix(name: str) -> bool:
    """Whether a folder walk takes this file when no ``--glob`` is given."""
    lowered = name.lower()
    if lowered.endswith(WARC_SUFFIXES):
        return True
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    return Path(lowered).suffix in HTML_SUFFIXES | TEXT_SUFFIXES


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def iter_input_paths(
    inputs: Iterable[str], globs: tuple[str, ...] = (), stdin: TextIO | None = None
) -> Iterator[str]:
    """Every file the inputs name, in a stable order; ``-`` reads paths from ``stdin``.

    Folders are walked recursively (hidden names skipped), taking the files that match
    any of ``globs`` (matched against the path below the folder, from the right, so
    ``*.html`` and ``reviews/*.html`` both work), or page-like names when no glob is
    given. Named files are always taken, existing or not (a missing one becomes an
    error line, not a silent gap).
    """
    for item in inputs:
        if item == STDIN_MARK:
            if stdin is None:
                continue
            for line in stdin:
                name = line.rstrip("\r\n")
                if name.strip() and name != STDIN_MARK:
                    yield from iter_input_paths((name,), globs, None)
        elif os.path.isdir(item):
            yield from _walk(item, globs, set())
        else:
            yield item


def _walk(folder: str, globs: tuple[str, ...], seen: set[tuple[int, int]]) -> Iterator[str]:
    try:
        status = os.stat(folder)
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    identity = (status.st_dev, status.st_ino)
    if identity in seen:  # a symlink back up the tree: walk each folder once
        return
    seen.add(identity)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=True):
            yield from _walk(entry.path, globs, seen)
        elif entry.is_file(follow_symlinks=True) and _wanted(entry.path, entry.name, globs):
            yield entry.path


def _wanted(path: str, name: str, globs: tuple[str, ...]) -> bool:
    if not globs:
        return page_suffix(name)
    posix = PurePosixPath(Path(path).as_posix())
    return any(posix.match(pattern) or fnmatch.fnmatch(name, pattern) for pattern in globs)


def count_inputs(inputs: Iterable[str], globs: tuple[str, ...] = ()) -> int | None:
    """How many pages the inputs hold, or None when that cannot be known up front.

    Stdin lists and web archives (pages per archive unknown until read) give None.
    """
    total = 0
    for item in inputs:
        if item == STDIN_MARK:
            return None
        for path in iter_input_paths((item,), globs):
            if is_warc(path):
                return None
            total += 1
    return total


def iter_tasks(
    inputs: Iterable[str],
    globs: tuple[str, ...] = (),
    stdin: TextIO | None = None,
    options: ParseOptions = DEFAULT_OPTIONS,
) -> Iterator[Task]:
    """The pages of the inputs, as tasks, in a stable order."""
    for path in iter_input_paths(inputs, globs, stdin):
        if is_warc(path) and os.path.isfile(path):
            from reviewparse.warc import iter_warc_tasks

            yield from iter_warc_tasks(path, options)
        else:
            yield Task(path=path)


def bytes_sha256(data: bytes, limit: int = DEFAULT_OPTIONS.max_decompressed_bytes) -> str:
    """The content hash a record of these bytes carries (``source.sha256``).

    Mirrors :func:`reviewparse.loading.load`: gzip data is hashed inflated. Bytes that
    cannot be inflated are hashed as they are, so an error line still has a key.
    """
    if data[:2] == GZIP_MAGIC:
        inflated = _try_inflate(data, limit)
        if inflated is not None:
            data = inflated
    return hashlib.sha256(data).hexdigest()


def path_sha256(path: str, options: ParseOptions = DEFAULT_OPTIONS) -> str | None:
    """The content hash of a file as a record of it would carry it; None if unreadable.

    Mirrors :func:`reviewparse.loading.read_path` then ``load``: ``.gz`` files are hashed
    inflated; files over the input limit are hashed as stored, streamed.
    """
    try:
        size = os.path.getsize(path)
        if size > options.max_input_bytes:
            return _stream_sha256(path)
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    if path.lower().endswith(".gz"):
        inflated = _try_inflate(data, options.max_decompressed_bytes)
        if inflated is None:
            return hashlib.sha256(data).hexdigest()
        data = inflated
    return bytes_sha256(data, options.max_decompressed_bytes)


def _stream_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(_HASH_BLOCK), b""):
            digest.update(block)
    return digest.hexdigest()


def _try_inflate(data: bytes, limit: int) -> bytes | None:
    # The same rule as loading.inflate_gzip (a truncated stream gives what it holds),
    # so the hash here is the one the record carries.
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error:
        return None
    if len(out) > limit or inflater.unconsumed_tail:
        return None
    return out
