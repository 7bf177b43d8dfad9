"""reviewparse: saved review pages about TV series and films in, typed evidenced records out.

    >>> import reviewparse
    >>> record = reviewparse.parse("<h1>Moving Review</h1><p>It has 20 episodes.</p>")
    >>> record.works[0].episodes
    20

Importing the package is cheap: the parser and its dependencies load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reviewparse.errors import ReviewParseError

if TYPE_CHECKING:
    from reviewparse.batch import BatchResult, parse_many, parse_one
    from reviewparse.core import parse, parse_file
    from reviewparse.models import ReviewPage
    from reviewparse.settings import ParseOptions

__version__ = "0.1.0"
__all__ = [
    "BatchResult",
    "ParseOptions",
    "ReviewPage",
    "ReviewParseError",
    "__version__",
    "parse",
    "parse_file",
    "parse_many",
    "parse_one",
]

_LAZY = {
    "parse": ("reviewparse.core", "parse"),
    "parse_file": ("reviewparse.core", "parse_file"),
    "ReviewPage": ("reviewparse.models", "ReviewPage"),
    "parse_many": ("reviewparse.batch", "parse_many"),
    "parse_one": ("reviewparse.batch", "parse_one"),
    "BatchResult": ("reviewparse.batch", "BatchResult"),
    "ParseOptions": ("reviewparse.settings", "ParseOptions"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        module_name, attribute = _LAZY[name]
        return getattr(import_module(module_name), attribute)
    raise AttributeError(f"module 'reviewparse' has no attribute {name!r}")
