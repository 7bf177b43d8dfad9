"""Typed options that travel through a parse, in place of globals."""

from __future__ import annotations

from dataclasses import dataclass

MEGABYTE = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """Limits and switches for one parse; the defaults are safe for pages from the wild.

    Over ``max_input_bytes``, ``max_decompressed_bytes`` or ``max_element_depth`` a page
    is refused (:class:`~reviewparse.errors.InputTooLargeError`); over the text limits
    it is cut, and the record's ``warnings`` say so.
    """

    max_input_bytes: int = 20 * MEGABYTE
    """Bytes read from a file or given to ``parse`` (a ``str`` counts its characters)."""
    max_decompressed_bytes: int = 50 * MEGABYTE
    """Bytes a ``.gz`` input may inflate to; a gzip bomb stops here, never inflated whole."""
    max_text_chars: int = 1_000_000
    """Characters of normalized text handed to the patterns; the rest of the page is cut."""
    max_block_chars: int = 20_000
    """Characters of one block (paragraph, list item, line); a longer block is cut."""
    max_element_depth: int = 1_000
    """Nesting of HTML elements; a deeper page is refused (lxml's own cap is higher)."""


DEFAULT_OPTIONS = ParseOptions()
