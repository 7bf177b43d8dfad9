"""The one exception hierarchy the library raises.

Every error a caller can act on derives from :class:`ReviewParseError`; the CLI turns
each into a one-line message and an exit code (README and ``docs/cli.md`` list them).
``parse`` and ``parse_file`` raise nothing else: a failure inside lxml, a decoder or
the extractors that no rule foresaw comes out as :class:`InternalError`, a bug to
report with the input that caused it.

    ReviewParseError
    ├── InputNotFoundError         3  missing, not a regular file
    │   └── InputUnreadableError   3  exists but cannot be read (permissions, I/O)
    ├── EmptyInputError            4  no bytes, or no visible text
    ├── NotAPageError              4  binary data, corrupt gzip, unreadable markup
    ├── UndecodableInputError      4  no text encoding reads the bytes
    ├── InputTooLargeError         5  over a size limit (input, inflated size)
    │   └── TooDeeplyNestedError   5  elements nested deeper than the depth limit
    ├── UnsupportedFormatError     2  a format other than html or text was asked for
    ├── LabelError                 2  a bad gold-label file (``eval``)
    └── InternalError              7  a bug: an unexpected exception, wrapped
"""

from __future__ import annotations


class ReviewParseError(Exception):
    """Base class of every error reviewparse raises on purpose."""

    kind = "error"
    exit_code = 2


class InputNotFoundError(ReviewParseError):
    """The named input does not exist or is not a regular file."""

    kind = "not_found"
    exit_code = 3


class InputUnreadableError(InputNotFoundError):
    """The named input exists but cannot be read (no permission, an I/O error)."""

    kind = "unreadable"
    exit_code = 3


class EmptyInputError(ReviewParseError):
    """The input holds no bytes or no visible text."""

    kind = "empty"
    exit_code = 4


class NotAPageError(ReviewParseError):
    """The input is binary data (or corrupt gzip, or markup no parser reads), not a page."""

    kind = "not_a_page"
    exit_code = 4


class UndecodableInputError(ReviewParseError):
    """The bytes cannot be decoded as text in any known encoding."""

    kind = "undecodable"
    exit_code = 4


class InputTooLargeError(ReviewParseError):
    """The input is larger than the configured limit."""

    kind = "too_large"
    exit_code = 5


class TooDeeplyNestedError(InputTooLargeError):
    """The page nests elements deeper than the configured (or the HTML parser's) limit."""

    kind = "too_deep"
    exit_code = 5


class UnsupportedFormatError(ReviewParseError):
    """A format was asked for that reviewparse does not read."""

    kind = "unsupported_format"
    exit_code = 2


class LabelError(ReviewParseError):
    """A gold-label file is missing, not JSON, or not in the label format."""

    kind = "bad_label"
    exit_code = 2


class InternalError(ReviewParseError):
    """An unexpected failure inside reviewparse while reading a page: a bug (please report it
    with the page). ``__cause__`` holds the original; callers and batches can go on."""

    kind = "internal"
    exit_code = 8


ExtractionError = InternalError  # the name this error had first


class OutputError(ReviewParseError):
    """An output file (``-o``) cannot be written."""

    kind = "output"
    exit_code = 2


class DatabaseURLError(ReviewParseError):
    """A database URL that reviewparse cannot use (bad syntax or an unsupported backend)."""

    kind = "bad_database_url"
    exit_code = 2


class DatabaseError(ReviewParseError):
    """The database cannot be reached or used: connection, schema version, missing driver."""

    kind = "database"
    exit_code = 7
