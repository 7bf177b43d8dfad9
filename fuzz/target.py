"""The property the fuzzer checks, importable without atheris (the regression test uses it).

For any input, ``parse`` returns a record or raises a ``ReviewParseError``; anything
else (an uncaught exception, a record that does not serialize, an evidence span that
does not slice the normalized text) is a crash.
"""

from __future__ import annotations

from reviewparse.core import build_document, extract_record
from reviewparse.errors import ReviewParseError
from reviewparse.loading import load
from reviewparse.settings import ParseOptions

# Small limits keep each run fast; the limits themselves are tested in tests/hostile.
OPTIONS = ParseOptions(max_input_bytes=1_000_000, max_decompressed_bytes=2_000_000)
FORMATS = (None, "html", "text")


def check(data: bytes) -> None:
    """One input: the first byte picks the format and whether ``parse`` gets bytes or text."""
    if not data:
        return
    selector, body = data[0], data[1:]
    page_format = FORMATS[selector % 3]
    payload: bytes | str = body
    if selector & 4:
        payload = body.decode("utf-8", errors="replace")
    # The pipeline's stages are called directly (not through parse, which wraps an
    # unexpected exception as InternalError) so a crash shows its real traceback.
    try:
        page = load(payload, format=page_format, options=OPTIONS)
        document = build_document(page, OPTIONS)
        record = extract_record(document, page, url=None)
    except ReviewParseError:
        return
    record.model_dump_json()
    for evidence in record.evidence:
        sliced = document.text[evidence.start : evidence.end]
        if sliced != evidence.text:
            raise AssertionError(f"evidence {evidence.field} {evidence.text!r} != text {sliced!r}")
