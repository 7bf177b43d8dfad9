"""Keys that decide when two names are one row, and which source a record belongs to.

No database imports here: the keys are plain functions, tested on their own.
"""

from __future__ import annotations

import hashlib
import unicodedata

from reviewparse.models import ReviewPage, Source

# Symbols that carry meaning in names ("Disney+", "AT&T") are spelled out before the
# rest of the punctuation goes, so "Disney+" and "Disney Plus" are one platform.
_SPELLED_OUT = {"+": " plus ", "&": " and "}


def name_key(name: str) -> str:
    """The key that makes two spellings of a name one row.

    Case-, accent-, space- and punctuation-insensitive, as SPEC section 3 compares
    strings: "Ok Taec-yeon", "ok taec yeon" and "Ok Taecyeon" share a key. Letters of
    every script are kept (Hangul is composed again after accents are stripped).
    A name made only of punctuation keys on its trimmed, casefolded self.
    """
    spelled = "".join(_SPELLED_OUT.get(char, char) for char in name)
    decomposed = unicodedata.normalize("NFKD", spelled)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    key = "".join(char for char in unicodedata.normalize("NFC", stripped).casefold() if char.isalnum())
    return key or " ".join(name.split()).casefold()


def source_key(source: Source) -> str:
    """Which source a record is about: its URL, else its path, else its content hash.

    A newer record with the same key replaces the older one's rows.
    """
    if source.url:
        return f"url:{source.url}"
    if source.path:
        return f"path:{source.path}"
    return f"sha256:{source.sha256}"


def record_fingerprint(record: ReviewPage) -> str:
    """SHA-256 of what the database stores of a record (evidence and warnings aside).

    Equal fingerprints mean loading the record again would change nothing.
    """
    payload = record.model_dump_json(exclude={"evidence", "warnings"})
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
