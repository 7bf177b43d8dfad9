"""The one exception hierarchy the library raises.

Every error a caller can act on derives from :class:`ReviewParseError`; the CLI turns
each into a one-line message and an exit code (see ``docs/cli.md``).
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


class EmptyInputError(ReviewParseError):
    """The input holds no bytes or no visible text."""

    kind = "empty"
    exit_code = 4


class NotAPageError(ReviewParseError):
    """The input is binary data, not an HTML page or text."""

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


class UnsupportedFormatError(ReviewParseError):
    """A format was asked for that reviewparse does not read."""

    kind = "unsupported_format"
    exit_code = 2


class LabelError(ReviewParseError):
    """A gold-label file is missing, not JSON, or not in the label format."""

    kind = "bad_label"
    exit_code = 2


class ExtractionError(ReviewParseError):
    """An unexpected failure inside reviewparse while reading a page (a bug: please report it
    with the page). Raised instead of a bare exception so callers and batches can go on."""

    kind = "internal"
    exit_code = 8


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
