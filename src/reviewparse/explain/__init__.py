"""``reviewparse explain``: see where each value of a record came from.

:func:`explain_file` parses a page and keeps its normalized text (and, with a gold label,
the facts the record got wrong or missed); :func:`render_html` makes the self-contained
HTML report, :func:`render_summary` the terminal summary.
"""

from __future__ import annotations

from reviewparse.explain.analysis import Explanation, explain_file
from reviewparse.explain.gold import GoldComparison, compare_with_gold
from reviewparse.explain.html_report import render_html
from reviewparse.explain.terminal import render_summary, wants_color

__all__ = [
    "Explanation",
    "GoldComparison",
    "compare_with_gold",
    "explain_file",
    "render_html",
    "render_summary",
    "wants_color",
]
