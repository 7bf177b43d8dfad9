"""From bytes (or a path) to decoded text and a format: the first stage of the pipeline.

Everything here treats its input as hostile: sizes are checked before bytes are read
or inflated, a file is read only up to the limit, and every failure becomes a
:class:`~reviewparse.errors.ReviewParseError`. Text decoding is in ``decoding.py``.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import zlib
from dataclasses import dataclass
from pathlib import Path

from reviewparse.decoding import decode_page
from reviewparse.errors import (
    EmptyInputError,
    InputNotFoundError,
    InputTooLargeError,
    InputUnreadableError,
    NotAPageError,
    UnsupportedFormatError,
)
from reviewparse.models import PageFormat
from reviewparse.settings import DEFAULT_OPTIONS, ParseOptions

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".php", ".asp", ".aspx", ".jsp", ".shtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
GZIP_MAGIC = b"\x1f\x8b"
_SNIFF_CHARS = 4096
_INFLATE_CHUNK = 1024 * 1024
_HTML_SIGNS = re.compile(
    r"<(?:!doctype\s+html|html|head|body|p|div|br|h[1-6]|article|span|meta|title|ul|table)\b",
    re.IGNORECASE,
)
# Characters no page text holds: C0 controls (tab, newline and return aside) and lone
# surrogates (lxml silently drops the text after one). They become a space or U+FFFD.
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class LoadedPage:
    """A decoded page: its text, what it is, where it came from, what was done to it."""

    text: str
    format: PageFormat
    sha256: str
    path: str | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = ()


def read_path(path: str | Path, options: ParseOptions = DEFAULT_OPTIONS) -> tuple[bytes, str]:
    """Read a file's bytes, refusing what is missing, not a regular file, or too large.

    Returns the bytes (still compressed for ``.gz``: :func:`load` inflates them) and the
    name that decides the format (``page.html.gz`` -> ``page.html``). Only the named
    file is opened, and never more than ``max_input_bytes + 1`` bytes of it are read.
    """
    file_path = Path(path)
    info = _stat(file_path, str(path))
    if stat.S_ISDIR(info.st_mode):
        raise InputNotFoundError(f"{path}: is a directory, not a page")
    if not stat.S_ISREG(info.st_mode):
        raise InputNotFoundError(f"{path}: not a regular file (a device, pipe or socket)")
    limit = options.max_input_bytes
    if info.st_size > limit:
        raise InputTooLargeError(
            f"{path}: {info.st_size} bytes is over the {limit}-byte input limit (max_input_bytes)"
        )
    try:
        with open(file_path, "rb") as handle:
            data = handle.read(limit + 1)
    except PermissionError as error:
        raise InputUnreadableError(f"{path}: permission denied") from error
    except OSError as error:
        raise InputUnreadableError(f"{path}: cannot read ({error.strerror or error})") from error
    if len(data) > limit:
        raise InputTooLargeError(f"{path}: over the {limit}-byte input limit (max_input_bytes)")
    name = file_path.name
    if name.lower().endswith(".gz"):
        if not data:
            raise EmptyInputError(f"{path}: empty .gz file (0 bytes)")
        if not data.startswith(GZIP_MAGIC):
            raise NotAPageError(f"{path}: named .gz but not gzip data")
        name = name[:-3]
    return data, name


def _stat(file_path: Path, label: str) -> os.stat_result:
    try:
        return file_path.stat()
    except FileNotFoundError as error:
        if file_path.is_symlink():
            raise InputNotFoundError(f"{label}: broken symbolic link (its target does not exist)") from error
        raise InputNotFoundError(f"{label}: no such file") from error
    except PermissionError as error:
        raise InputUnreadableError(f"{label}: permission denied") from error
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise InputNotFoundError(f"{label}: cannot open ({reason})") from error


def inflate_gzip(data: bytes, limit: int, label: str) -> bytes:
    """Inflate gzip data, refusing output over ``limit`` bytes (a gzip bomb stays small)."""
    return _inflate(data, limit, label)[0]


def _inflate(data: bytes, limit: int, label: str) -> tuple[bytes, list[str]]:
    """Inflate every gzip member, chunk by chunk; never more than ``limit + 1`` bytes out."""
    out = bytearray()
    warnings: list[str] = []
    remaining = data
    while remaining:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        pending = remaining
        try:
            while not inflater.eof:
                room = limit + 1 - len(out)
                chunk = inflater.decompress(pending, min(room, _INFLATE_CHUNK))
                out += chunk
                if len(out) > limit:
                    raise InputTooLargeError(
                        f"{label}: inflates to over the {limit}-byte limit (max_decompressed_bytes)"
                    )
                pending = inflater.unconsumed_tail
                if not chunk and not pending:
                    break  # input used up, nothing more comes out: the stream is cut short
        except zlib.error as error:
            if not out:
                raise NotAPageError(f"{label}: not valid gzip data ({error})") from error
            warnings.append("gzip data is corrupt after some bytes: the page is cut where it breaks")
            break
        if not inflater.eof:
            warnings.append("gzip data ends early: the page is cut where it stops")
            break
        remaining = inflater.unused_data.lstrip(b"\x00")  # concatenated members; zero padding
        if remaining and not remaining.startswith(GZIP_MAGIC):
            warnings.append("bytes after the gzip data were ignored")
            break
    return bytes(out), warnings


def format_from_name(name: str | None) -> PageFormat | None:
    if not name:
        return None
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


def sniff_format(text: str) -> PageFormat:
    head = text[:_SNIFF_CHARS]
    return "html" if _HTML_SIGNS.search(head) else "text"


def normalize_format(value: str | None) -> PageFormat | None:
    if value is None:
        return None
    lowered = value.lower()
    if lowered in ("html", "htm"):
        return "html"
    if lowered in ("text", "txt"):
        return "text"
    raise UnsupportedFormatError(f"unsupported format {value!r} (use 'html' or 'text')")


def load(
    data: bytes | str,
    *,
    name: str | None = None,
    format: str | None = None,
    options: ParseOptions = DEFAULT_OPTIONS,
    label: str | None = None,
) -> LoadedPage:
    """Decode ``data`` and decide its format; raises a ReviewParseError on bad input.

    ``name`` decides the format (``page.html``); ``label`` names the input in error
    messages (the path as given; ``name`` when not set).
    """
    label = label or name or "input"
    declared_format = normalize_format(format)
    warnings: list[str] = []
    limit = options.max_input_bytes
    if isinstance(data, str):
        if len(data) > limit:
            raise InputTooLargeError(
                f"{label}: {len(data)} characters is over the {limit} input limit (max_input_bytes)"
            )
        raw = data.encode("utf-8", "surrogatepass")
        text = data
        encoding = None
    elif isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        if len(raw) > limit:
            raise InputTooLargeError(
                f"{label}: {len(raw)} bytes is over the {limit}-byte input limit (max_input_bytes)"
            )
        if raw.startswith(GZIP_MAGIC):
            raw, inflate_warnings = _inflate(raw, options.max_decompressed_bytes, label)
            warnings += inflate_warnings
        if not raw.strip():
            raise EmptyInputError(f"{label}: empty input")
        decoded = decode_page(raw, label)
        text, encoding = decoded.text, decoded.encoding
        warnings += decoded.warnings
    else:
        raise UnsupportedFormatError(f"{label}: cannot parse a {type(data).__name__} (give bytes or str)")
    text = _UNSAFE_CHARS.sub(_safe_char, text)
    if not text.strip():
        raise EmptyInputError(f"{label}: empty input")
    page_format = declared_format or format_from_name(name) or sniff_format(text)
    return LoadedPage(
        text=text,
        format=page_format,
        sha256=hashlib.sha256(raw).hexdigest(),
        path=name,
        encoding=encoding,
        warnings=tuple(warnings),
    )


def _safe_char(match: re.Match[str]) -> str:
    return "\ufffd" if "\ud800" <= match.group(0) <= "\udfff" else " "


def decode_bytes(raw: bytes, label: str = "input") -> tuple[str, str]:
    """Decode page bytes to text; returns the text and the codec that read it."""
    decoded = decode_page(raw, label)
    return decoded.text, decoded.encoding
