"""Typed options that travel through a parse, in place of globals."""

from __future__ import annotations

from dataclasses import dataclass

MEGABYTE = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """Limits and switches for one parse; the defaults are safe for pages from the wild."""

    max_input_bytes: int = 20 * MEGABYTE
    max_decompressed_bytes: int = 50 * MEGABYTE
    max_text_chars: int = 2_000_000
    max_block_chars: int = 20_000


DEFAULT_OPTIONS = ParseOptions()
