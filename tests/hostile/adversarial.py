"""Adversarial strings for the pattern audit and the whole-page hang tests.

Each family is a function of a length ``n`` (characters, roughly) so a test can
compare the time a pattern takes at ``n`` and at ``4 n``: a linear pattern takes
about four times as long, a quadratic one sixteen times.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def _repeat(unit: str) -> Callable[[int], str]:
    def make(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return make


FAMILIES: dict[str, Callable[[int], str]] = {
    "spaces": _repeat(" "),
    "newlines": _repeat("\n"),
    "space-newline": _repeat(" \n"),
    "tabs": _repeat("\t "),
    "digits": _repeat("1"),
    "digit-spaces": _repeat("1 "),
    "years": _repeat("2020 "),
    "year-digits": _repeat("19"),
    "dashes": _repeat("-"),
    "dash-spaces": _repeat("- "),
    "en-dashes": _repeat("–"),
    "dots": _repeat("."),
    "dot-spaces": _repeat(". "),
    "colons": _repeat("a:"),
    "commas": _repeat("a, "),
    "repeated-word": _repeat("word "),
    "repeated-the": _repeat("the "),
    "repeated-and": _repeat("and "),
    "repeated-as": _repeat("as "),
    "capitalised": _repeat("Kim "),
    "capitalised-hyphen": _repeat("Kim Soo-hyun "),
    "cast-as": _repeat("Kim Soo-hyun as Moon "),
    "capital-letters": _repeat("A"),
    "title-words": _repeat("The Night Of "),
    "open-parens": _repeat("("),
    "close-parens": _repeat(")"),
    "open-brackets": _repeat("["),
    "paren-words": _repeat("(Kim "),
    "quotes": _repeat('"'),
    "quote-words": _repeat("“Kim "),
    "apostrophes": _repeat("'s "),
    "angle-brackets": _repeat("<"),
    "meta-charset": _repeat("<meta charset="),
    "hangul": _repeat("김"),
    "hangul-words": _repeat("방송 김수현 "),
    "numbers-episodes": _repeat("16 episodes "),
    "best-words": _repeat("Best "),
    "stars": _repeat("★"),
    "letters-no-space": _repeat("a"),
    "word-chars": _repeat("a1_"),
    "line-separators": _repeat("\u2028"),
}


class PatternTimeout(BaseException):
    """Raised inside code that ran past its time guard.

    A BaseException, so ``parse`` lets it through instead of wrapping it as an internal error.
    """


@contextmanager
def time_guard(seconds: float) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (the ``re`` engine checks for signals)."""

    def expire(signum: int, frame: object) -> None:
        raise PatternTimeout(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def elapsed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start
