"""From bytes (or a path) to decoded text and a format: the first stage of the pipeline.

Charset comes from a byte-order mark, else the page's own declaration (HTTP-equiv or
``<meta charset>``), else UTF-8, else detection. Declared legacy charsets are read as
the superset browsers use (``euc-kr`` as ``cp949``, ``gb2312`` as ``gb18030`` ...).
"""

from __future__ import annotations

import codecs
import hashlib
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from reviewparse.errors import (
    EmptyInputError,
    InputNotFoundError,
    InputTooLargeError,
    NotAPageError,
    UndecodableInputError,
    UnsupportedFormatError,
)
from reviewparse.models import PageFormat
from reviewparse.settings import DEFAULT_OPTIONS, ParseOptions

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".php", ".asp", ".aspx", ".jsp", ".shtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
_SNIFF_BYTES = 4096
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{2,40})""", re.IGNORECASE
)
_XML_DECLARED_CHARSET = re.compile(rb"""^\s*<\?xml[^>]{0,100}encoding=["']([A-Za-z0-9_\-]{2,40})""")
_HTML_SIGNS = re.compile(
    r"<(?:!doctype\s+html|html|head|body|p|div|br|h[1-6]|article|span|meta|title|ul|table)\b",
    re.IGNORECASE,
)
# Browsers read these declared labels as their supersets; so do we.
_CHARSET_SUPERSETS = {
    "euc-kr": "cp949",
    "euckr": "cp949",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "x-windows-949": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class LoadedPage:
    """A decoded page: its text, what it is, and where it came from."""

    text: str
    format: PageFormat
    sha256: str
    path: str | None = None
    encoding: str | None = None


def read_path(path: str | Path, options: ParseOptions = DEFAULT_OPTIONS) -> tuple[bytes, str]:
    """Read a file's bytes (inflating ``.gz``), refusing what is missing or too large.

    Returns the bytes and the name that decides the format (``page.html.gz`` -> ``page.html``).
    """
    file_path = Path(path)
    if not file_path.exists():
        raise InputNotFoundError(f"{path}: no such file")
    if not file_path.is_file():
        raise InputNotFoundError(f"{path}: not a regular file")
    size = file_path.stat().st_size
    if size > options.max_input_bytes:
        raise InputTooLargeError(
            f"{path}: {size} bytes is over the {options.max_input_bytes}-byte input limit"
        )
    try:
        data = file_path.read_bytes()
    except OSError as error:
        raise InputNotFoundError(f"{path}: cannot read ({error.strerror})") from error
    name = file_path.name
    if name.lower().endswith(".gz"):
        data = inflate_gzip(data, options.max_decompressed_bytes, str(path))
        name = name[:-3]
    return data, name


def inflate_gzip(data: bytes, limit: int, label: str) -> bytes:
    """Inflate gzip data, refusing output over ``limit`` bytes (a gzip bomb stays small)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as error:
        raise NotAPageError(f"{label}: not valid gzip data ({error})") from error
    if len(out) > limit or inflater.unconsumed_tail:
        raise InputTooLargeError(f"{label}: inflates to over the {limit}-byte limit")
    return out


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
    head = text[:_SNIFF_BYTES]
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
) -> LoadedPage:
    """Decode ``data`` and decide its format; raises a ReviewParseError on bad input."""
    label = name or "input"
    declared_format = normalize_format(format)
    if isinstance(data, str):
        raw = data.encode("utf-8", "surrogatepass")
        text = data
        encoding = None
    else:
        raw = bytes(data)
        if len(raw) > options.max_input_bytes:
            raise InputTooLargeError(
                f"{label}: {len(raw)} bytes is over the {options.max_input_bytes}-byte input limit"
            )
        if raw[:2] == b"\x1f\x8b":
            raw = inflate_gzip(raw, options.max_decompressed_bytes, label)
        if not raw.strip():
            raise EmptyInputError(f"{label}: empty input")
        text, encoding = decode_bytes(raw, label)
    if not text.strip():
        raise EmptyInputError(f"{label}: empty input")
    if len(text) > options.max_text_chars:
        raise InputTooLargeError(
            f"{label}: {len(text)} characters is over the {options.max_text_chars} limit"
        )
    page_format = declared_format or format_from_name(name) or sniff_format(text)
    return LoadedPage(
        text=text,
        format=page_format,
        sha256=hashlib.sha256(raw).hexdigest(),
        path=name,
        encoding=encoding,
    )


def decode_bytes(raw: bytes, label: str = "input") -> tuple[str, str]:
    """Decode page bytes to text; returns the text and the codec that read it."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return raw.decode(codec, errors="replace"), codec
    if _looks_binary(raw):
        raise NotAPageError(f"{label}: binary data, not a page")
    declared = declared_charset(raw[:_SNIFF_BYTES])
    if declared:
        try:
            return raw.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _detect(raw, label)


def declared_charset(head: bytes) -> str | None:
    """The charset a page declares for itself, mapped to the codec browsers use."""
    match = _XML_DECLARED_CHARSET.match(head) or _DECLARED_CHARSET.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace").strip().lower()
    label = _CHARSET_SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _looks_binary(raw: bytes) -> bool:
    head = raw[:_SNIFF_BYTES]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    return controls > len(head) // 20


def _detect(raw: bytes, label: str) -> tuple[str, str]:
    # bs4 is imported here only: it costs ~150 ms and most pages never need it.
    from bs4 import UnicodeDammit

    dammit = UnicodeDammit(raw, ["utf-8", "cp949", "cp932", "gb18030", "cp1252"])
    text = dammit.unicode_markup
    if text is None:
        raise UndecodableInputError(f"{label}: cannot decode the bytes as text")
    encoding = dammit.original_encoding or "unknown"
    if encoding.lower() in ("euc-kr", "euc_kr"):
        return raw.decode("cp949", errors="replace"), "cp949"
    return text, encoding
