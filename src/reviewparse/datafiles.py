"""Loading the package's data files (gazetteers, vocabularies), parsed once and cached.

The cache is explicit (:func:`reset_caches`), filled lazily on first use, never at import.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any, TypeVar

T = TypeVar("T")
_CACHE: dict[str, Any] = {}


@cache
def load_data(name: str) -> Any:
    """The parsed JSON of ``reviewparse/data/NAME.json``."""
    text = resources.files("reviewparse").joinpath("data").joinpath(f"{name}.json").read_text("utf-8")
    return json.loads(text)


def cached(key: str, factory: Callable[[], T]) -> T:
    """A value built once from data files (compiled patterns, lookup tables)."""
    value = _CACHE.get(key)
    if value is None:
        value = factory()
        _CACHE[key] = value
    return value


def reset_caches() -> None:
    """Forget every parsed data file and compiled table (tests that edit data use this)."""
    load_data.cache_clear()
    _CACHE.clear()
