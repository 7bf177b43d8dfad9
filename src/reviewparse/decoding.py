"""Page bytes to text: byte-order marks, declarations, detection, and mojibake repair.

The order, and why:

1. A byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32).
2. UTF-16 without a mark shows itself by zero bytes at every other position.
3. Other binary data (zero bytes, many control bytes) is refused: not a page.
4. Bytes that are valid UTF-8 and not plain ASCII are UTF-8, whatever the page
   declares: saved pages are often re-encoded to UTF-8 with the old ``<meta charset>``
   left in place, and legacy CJK or Latin text is valid UTF-8 by accident almost never.
5. The page's own declaration (``<meta charset>``, ``<?xml encoding>``), read as the
   superset browsers use (``euc-kr`` as ``cp949``, ``gb2312`` as ``gb18030``,
   ``shift_jis`` as ``cp932``, ``iso-8859-1`` as ``windows-1252``), if it decodes the
   bytes with at most a stray error or two (a page cut mid-character).
6. Mostly UTF-8 with a few stray Windows-1252 bytes (a pasted curly quote): UTF-8, and
   the strays read as Windows-1252.
7. Undeclared legacy CJK: each of cp949 (Korean), cp932 (Japanese), gb18030
   (simplified Chinese) and big5 (traditional Chinese) decodes many other encodings'
   bytes without error into nonsense, so a candidate must also *read* like its
   language: Korean is nearly all common Hangul syllables, Japanese has kana,
   Chinese is common Han characters. The first plausible candidate wins.
8. Windows-1252, as browsers do for undeclared Western pages (it decodes any bytes).

Afterwards, text that shows the signature of UTF-8 read as Windows-1252 ("Ã©", "í•œ")
is repaired with ``ftfy.fix_encoding``, which changes nothing else; ftfy is imported
only for such pages (it costs ~150 ms to import).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from functools import cache

from reviewparse.errors import NotAPageError, UndecodableInputError

_SNIFF_BYTES = 4096
_SAMPLE_CHARS = 20_000
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s{0,20}=\s{0,20}["']?\s{0,20}([A-Za-z0-9_\-:.]{2,40})""", re.IGNORECASE
)
_XML_DECLARED_CHARSET = re.compile(rb"""^\s{0,100}<\?xml[^>]{0,100}encoding=["']([A-Za-z0-9_\-]{2,40})""")
# Browsers read these declared labels as their supersets; so do we.
_CHARSET_SUPERSETS = {
    "euc-kr": "cp949",
    "euckr": "cp949",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "x-windows-949": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5-hkscs": "big5hkscs",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
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
_CJK_CANDIDATES = ("cp949", "cp932", "gb18030", "big5")
# UTF-8 sequences read as Windows-1252 (or Latin-1): a lead byte's character followed by
# continuation bytes' characters. Each alternative is bounded: linear on any input.
_CONTINUATION = "[\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]"
_MOJIBAKE = re.compile(
    f"[\xc2-\xdf]{_CONTINUATION}|[\xe0-\xef]{_CONTINUATION}{{2}}|[\xf0-\xf4]{_CONTINUATION}{{3}}"
)
_MOJIBAKE_MIN = 2


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str
    warnings: tuple[str, ...] = field(default_factory=tuple)


def decode_page(raw: bytes, label: str = "input") -> DecodedText:
    """Decode page bytes to text (see the module's docstring for the order of tries)."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _finish(raw.decode(codec, errors="replace"), codec, [])
    utf16 = _bomless_utf16(raw[:_SNIFF_BYTES])
    if utf16:
        return _finish(raw.decode(utf16, errors="replace"), utf16, [])
    if _looks_binary(raw):
        raise NotAPageError(f"{label}: binary data, not a page")
    try:
        return _finish(raw.decode("utf-8"), "utf-8", [])
    except UnicodeDecodeError:
        pass
    declared = declared_charset(raw[:_SNIFF_BYTES])
    if declared and declared != "utf-8":
        text = _decode_tolerant(raw, declared)
        if text is not None:
            return _finish(text, declared, [])
    text = _mostly_utf8(raw)
    if text is not None:
        return _finish(text, "utf-8", ["a few bytes that are not UTF-8 were read as windows-1252"])
    for codec in _CJK_CANDIDATES:
        text = _decode_tolerant(raw, codec)
        if text is not None and _reads_like(text, codec):
            return _finish(text, codec, [f"no usable charset declared; the bytes read as {codec}"])
    text = _decode_windows_1252(raw)
    if _unreadable(text):
        raise UndecodableInputError(f"{label}: cannot decode the bytes as text in any known encoding")
    return _finish(text, "cp1252", [])


def declared_charset(head: bytes) -> str | None:
    """The charset a page declares for itself, mapped to the codec browsers use."""
    match = _XML_DECLARED_CHARSET.match(head) or _DECLARED_CHARSET.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace").strip().lower()
    label = _CHARSET_SUPERSETS.get(label, label)
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_PAGE_CODECS:
        return None
    # A page declaring UTF-16/32 without a byte-order mark is ASCII-compatible in fact.
    return None if info.name.startswith(("utf-16", "utf-32")) else info.name


# Codecs Python has that no browser reads a page in: escapes, IDNA, UTF-7 ('undefined'
# and 'idna' even raise a bare UnicodeError). A page declaring one is read as undeclared.
_NOT_PAGE_CODECS = frozenset(
    {"undefined", "idna", "punycode", "unicode-escape", "raw-unicode-escape", "utf-7"}
    | {"charmap", "mbcs", "oem"}
)


def _finish(text: str, encoding: str, warnings: list[str]) -> DecodedText:
    repaired = _repair_mojibake(text)
    if repaired is not text:
        warnings = [*warnings, "repaired mojibake (UTF-8 that had been read as windows-1252)"]
        text = repaired
    return DecodedText(text, encoding, tuple(warnings))


def _bomless_utf16(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when zero bytes sit at every other position (ASCII-heavy text)."""
    pairs = len(head) // 2
    if pairs < 8:
        return None
    even_zeros = head[0 : pairs * 2 : 2].count(0)
    odd_zeros = head[1 : pairs * 2 : 2].count(0)
    if odd_zeros > 0.4 * pairs and even_zeros < 0.02 * pairs:
        return "utf-16-le"
    if even_zeros > 0.4 * pairs and odd_zeros < 0.02 * pairs:
        return "utf-16-be"
    return None


def _looks_binary(raw: bytes) -> bool:
    head = raw[:_SNIFF_BYTES]
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROL_BYTES))  # what is left: control bytes
    return controls > len(head) // 20


_NOT_CONTROL_BYTES = bytes(byte for byte in range(256) if not (byte < 9 or 13 < byte < 32))


def _decode_tolerant(raw: bytes, codec: str) -> str | None:
    """The text if ``codec`` reads the bytes with at most a stray error per 200 characters."""
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        pass
    except (LookupError, UnicodeError):  # not a codec, or one that fails as a whole
        return None
    head = raw[: 16 * _SNIFF_BYTES].decode(codec, errors="replace")
    if head.count("\ufffd") > sum(1 for char in head if ord(char) > 127) // 200 + 2:
        return None  # hopeless already in the head (the cut may split one character)
    text = raw.decode(codec, errors="replace")
    non_ascii = sum(1 for char in text[:_SAMPLE_CHARS] if ord(char) > 127)
    errors = text.count("\ufffd")
    return text if errors <= max(1, non_ascii // 200) else None


def _mostly_utf8(raw: bytes) -> str | None:
    """UTF-8 with a few stray single bytes (0x80-0xff) that are Windows-1252, or None."""
    head = raw[: 16 * _SNIFF_BYTES].decode("utf-8", errors="surrogateescape")
    if len(_STRAY_BYTE.findall(head)) > len(_UTF8_MULTIBYTE.findall(head)) // 10 + 1:
        return None  # the head already has too many strays: not worth decoding it all
    text = raw.decode("utf-8", errors="surrogateescape")
    strays = len(_STRAY_BYTE.findall(text))
    multibyte = len(_UTF8_MULTIBYTE.findall(text))
    if multibyte < 3 or strays > multibyte // 10:
        return None
    return _STRAY_BYTE.sub(lambda match: _decode_windows_1252(bytes([ord(match.group(0)) - 0xDC00])), text)


_STRAY_BYTE = re.compile("[\udc80-\udcff]")
_UTF8_MULTIBYTE = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _decode_windows_1252(raw: bytes) -> str:
    """Windows-1252 as the WHATWG reads it: the five unassigned bytes are C1 controls."""
    text = raw.decode("cp1252", errors="surrogateescape")
    return _UNASSIGNED_1252.sub(lambda match: chr(ord(match.group(0)) - 0xDC00), text)


_UNASSIGNED_1252 = re.compile("[\udc81\udc8d\udc8f\udc90\udc9d]")


def _unreadable(text: str) -> bool:
    sample = text[:_SAMPLE_CHARS]
    bad = sum(1 for char in sample if "\x80" <= char <= "\x9f" or char == "\ufffd")
    return bad > len(sample) // 5


@cache
def _encodable(char: str, codec: str) -> bool:
    try:
        char.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _reads_like(text: str, codec: str) -> bool:
    """Whether text decoded with a legacy CJK codec reads like that codec's language."""
    hangul = common_hangul = kana = halfwidth = han = common_han = other = 0
    common_han_codec = "gb2312" if codec == "gb18030" else codec
    for char in text[:_SAMPLE_CHARS]:
        point = ord(char)
        if point < 0x80 or 0x2000 <= point <= 0x206F or 0x3000 <= point <= 0x303F:
            continue  # ASCII and punctuation say nothing
        if 0xFF01 <= point <= 0xFF60 or 0xFFE0 <= point <= 0xFFEF or 0xA0 <= point <= 0xBF:
            continue
        if 0xAC00 <= point <= 0xD7A3:
            hangul += 1
            common_hangul += _encodable(char, "euc_kr")
        elif 0x3040 <= point <= 0x30FF:
            kana += 1
        elif 0xFF61 <= point <= 0xFF9F:
            halfwidth += 1
        elif 0x4E00 <= point <= 0x9FFF or 0x3400 <= point <= 0x4DBF or 0xF900 <= point <= 0xFAFF:
            han += 1
            common_han += _encodable(char, common_han_codec)
        else:
            other += 1
    letters = hangul + kana + halfwidth + han + other
    if not letters:
        return False
    if codec == "cp949":
        return hangul >= 0.9 * letters and common_hangul >= 0.95 * hangul
    if codec == "cp932":
        return kana >= 0.15 * letters and halfwidth + other <= 0.05 * letters
    return han >= 0.9 * letters and common_han >= 0.9 * han


def _repair_mojibake(text: str) -> str:
    """``ftfy.fix_encoding`` for text showing UTF-8-read-as-1252 sequences; else ``text`` itself."""
    if len(_MOJIBAKE.findall(text[:_SAMPLE_CHARS])) < _MOJIBAKE_MIN:
        return text
    import ftfy

    repaired = ftfy.fix_encoding(text)
    return text if repaired == text else repaired
