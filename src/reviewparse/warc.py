"""Web archives (``.warc``, ``.warc.gz``) as batch inputs, read with warcio.

Every HTML response record with a 2xx status becomes a page whose ``source.url`` is
its ``WARC-Target-URI`` and whose ``source.path`` is the archive. Other records
(requests, metadata, images, redirects, revisits) are not pages and are skipped. An
archive that is unreadable or breaks off mid-way gives one error line for what could
not be read; the pages before the break are kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reviewparse.inputs import InputError, Task, bytes_sha256, path_sha256
from reviewparse.loading import sniff_format
from reviewparse.settings import DEFAULT_OPTIONS, ParseOptions

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_PAGE_RECORD_TYPES = frozenset({"response", "resource"})
_SNIFF_BYTES = 4096


def iter_warc_tasks(path: str, options: ParseOptions = DEFAULT_OPTIONS) -> Iterator[Task]:
    """The HTML pages of one archive, as tasks carrying their bytes."""
    # warcio is imported here only: most batches never read an archive.
    from warcio.archiveiterator import ArchiveIterator

    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed in the finally below
    except OSError as error:
        yield Task(path=path, error=InputError("not_found", f"{path}: cannot read ({error.strerror})"))
        return
    try:
        records = ArchiveIterator(handle, arc2warc=True)
        while True:
            try:
                record = next(records)
            except StopIteration:
                return
            task = _page_task(path, record, options)
            if task is not None:
                yield task
    except Exception as error:  # warcio raises many types on broken archives
        yield Task(
            path=path,
            sha256=path_sha256(path, options),
            error=InputError("bad_archive", f"{path}: archive unreadable from here on ({error})"),
        )
    finally:
        handle.close()


def _page_task(path: str, record: Any, options: ParseOptions) -> Task | None:
    if record.rec_type not in _PAGE_RECORD_TYPES:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None:
            return None
        status = headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = headers.get_header("Content-Type")
    else:
        content_type = record.rec_headers.get_header("Content-Type")
    limit = options.max_input_bytes
    data = record.content_stream().read(limit + 1)
    if len(data) > limit:
        return Task(
            path=path,
            url=url,
            error=InputError("too_large", f"{path} {url}: payload over the {limit}-byte input limit"),
        )
    if not _is_html(content_type, data):
        return None
    if _cut_short(record):
        return Task(
            path=path,
            url=url,
            sha256=bytes_sha256(data),
            error=InputError("bad_archive", f"{path} {url}: record cut short (archive truncated)"),
        )
    return Task(path=path, url=url, data=data, format="html", sha256=bytes_sha256(data))


def _cut_short(record: Any) -> bool:
    """Whether the archive ended before the record's declared length (warcio reads on quietly)."""
    raw = record.raw_stream
    remaining = getattr(raw, "limit", 0)
    return isinstance(remaining, int) and remaining > 0 and not raw.read(1)


def _is_html(content_type: str | None, data: bytes) -> bool:
    if content_type:
        return content_type.split(";", 1)[0].strip().lower() in HTML_TYPES
    head = data[:_SNIFF_BYTES].decode("latin-1")
    return sniff_format(head) == "html"
