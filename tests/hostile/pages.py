"""Whole adversarial pages, each a function of a rough size in characters."""

from __future__ import annotations

from collections.abc import Callable

from tests.hostile.adversarial import FAMILIES


def _blocks(unit: str, tag: str = "p") -> Callable[[int], str]:
    def make(n: int) -> str:
        item = f"<{tag}>{unit}</{tag}>"
        return "<html><body>" + item * max(1, n // len(item)) + "</body></html>"

    return make


def _one_paragraph(family: str) -> Callable[[int], str]:
    return lambda n: f"<html><body><h1>Moving Review</h1><p>{FAMILIES[family](n)}</p></body></html>"


def _text_lines(unit: str) -> Callable[[int], str]:
    return lambda n: (unit + "\n") * max(1, n // (len(unit) + 1))


HTML_PAGES: dict[str, Callable[[int], str]] = {
    **{f"paragraph-{family}": _one_paragraph(family) for family in FAMILIES},
    "many-paragraphs": _blocks("Kim Soo-hyun as Moon Kang-tae, 16 episodes on tvN (2020)."),
    "many-headings": lambda n: (
        "<html><body>"
        + "<h2>Moving</h2><p>It has 20 episodes on Disney+.</p>" * max(1, n // 54)
        + "</body></html>"
    ),
    "many-numbered-headings": lambda n: (
        "<html><body>"
        + "".join(f"<h2>{i}. Title Number {i} (2020)</h2><p>Drama, 16 episodes.</p>" for i in range(n // 60))
        + "</body></html>"
    ),
    "many-list-items": lambda n: (
        "<ul>" + "<li>Kim Soo-hyun as Moon Kang-tae</li>" * max(1, n // 45) + "</ul>"
    ),
    "many-table-cells": lambda n: (
        "<table>"
        + "<tr><td>Episodes</td><td>16</td><td>Network</td><td>tvN</td></tr>" * max(1, n // 70)
        + "</table>"
    ),
    "many-labels": _blocks("Network: tvN Episodes: 16 Runtime: 70 min Aired: June 20, 2020"),
    "parens-after-capitals": lambda n: "<p>" + "A" * (n // 2) + " x (Kim Soo-hyun)" * (n // 34) + "</p>",
    "many-dates": _blocks("June 20, 2020 – August 9, 2020, 2021-05-03, 2020년 6월 20일"),
    "many-awards": _blocks("won Best Actor at the 56th Baeksang Arts Awards and was nominated at the Emmys"),
    "many-quotes": _blocks('“Moving” and ‘Goblin’ and "Signal" and 「Misaeng」'),
    "deep-lists": lambda n: "<ul><li>" * min(900, n // 8) + "Moving" + "</li></ul>" * min(900, n // 8),
    "chrome-wrappers": lambda n: '<div class="sidebar">' * min(900, n // 22) + "<p>x</p>" * (n // 8),
    "comment-containers": lambda n: '<div class="comments">' + "<div><span>1 comment</span>" * (n // 30),
    "unclosed-tags": lambda n: "<p><b><i><font>Kim " * (n // 20),
    "attributes": lambda n: '<p class="' + " " * n + '" title="' + "Kim " * (n // 8) + '">Moving</p>',
    "meta-whitespace": lambda n: '<meta property="og:title" content="Moving' + " " * n + '- Site"><p>x</p>',
}

TEXT_PAGES: dict[str, Callable[[int], str]] = {
    **{f"lines-{family}": (lambda f: lambda n: FAMILIES[f](n))(family) for family in FAMILIES},
    "many-short-lines": _text_lines("Moving"),
    "many-label-lines": _text_lines("Episodes: 16"),
    "many-list-lines": _text_lines("- Kim Soo-hyun as Moon Kang-tae"),
    "many-title-lines": _text_lines("Crash Landing on You (2019)"),
}
