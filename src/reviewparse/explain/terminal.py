"""The compact terminal summary of ``reviewparse explain``: one line per value — field, value,
and the evidence in its context — coloured on a terminal, plain otherwise (or with NO_COLOR).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TextIO

from reviewparse.explain.analysis import Explanation, child_pointer, compact

_CONTEXT = 24
_VALUE_WIDTH = 34
_FIELD_WIDTH = 22


@dataclass(frozen=True)
class Style:
    """ANSI styles, or none."""

    color: bool

    def _sgr(self, code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color and text else text

    def head(self, text: str) -> str:
        return self._sgr("1", text)

    def field(self, text: str) -> str:
        return self._sgr("36", text)

    def value(self, text: str) -> str:
        return self._sgr("1", text)

    def dim(self, text: str) -> str:
        return self._sgr("2", text)

    def evidence(self, text: str) -> str:
        return self._sgr("33;4", text) if self.color else f"«{text}»"

    def bad(self, text: str) -> str:
        return self._sgr("31", text)

    def missed(self, text: str) -> str:
        return self._sgr("35", text)


def wants_color(stream: TextIO, choice: str = "auto") -> bool:
    """Colour when asked to, or (``auto``) when ``stream`` is a terminal and NO_COLOR is unset."""
    if choice in ("always", "never"):
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def summary_rows(explanation: Explanation, pointer: str, value: Any) -> Iterator[tuple[str, Any]]:
    """(pointer, value) per line: a value with its own evidence is one line, a container
    without is opened; empty values are left out."""
    if value is None or value == [] or value == {}:
        return
    if explanation.exact_evidence(pointer) or not isinstance(value, dict | list):
        yield pointer, value
        return
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, item in items:
        yield from summary_rows(explanation, child_pointer(pointer, key), item)


def snippet(explanation: Explanation, index: int, style: Style) -> str:
    """The evidence text with a little of the text around it, on one line."""
    evidence = explanation.evidence[index]
    text = explanation.text
    if evidence.start == evidence.end:
        return style.dim(f"(not in the text: {evidence.rule})")
    before = text[max(0, evidence.start - _CONTEXT) : evidence.start]
    after = text[evidence.end : evidence.end + _CONTEXT]
    middle = evidence.text
    if len(middle) > 60:
        middle = middle[:40] + "…" + middle[-15:]
    lead = "…" if evidence.start > _CONTEXT else ""
    tail = "…" if evidence.end + _CONTEXT < len(text) else ""
    return (
        style.dim(lead + _one_line(before))
        + style.evidence(_one_line(middle))
        + style.dim(_one_line(after) + tail)
    )


def _one_line(text: str) -> str:
    return text.replace("\n", " ⏎ ").replace("\t", " ")


def _fit(text: str, width: int) -> str:
    text = _one_line(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def render_summary(explanation: Explanation, *, color: bool = False) -> str:
    style = Style(color)
    record = explanation.record
    lines = [
        style.head(explanation.name)
        + style.dim(
            f" — {len(record.works)} work(s), {len(record.evidence)} evidence spans, "
            f"{len(record.warnings)} warning(s)"
        )
    ]
    lines += [style.bad(f"warning: {warning}") for warning in record.warnings]
    if explanation.gold:
        precision, recall, f1 = explanation.gold.score.tally.scores()
        lines.append(
            style.dim(f"gold {explanation.gold.label}: ")
            + f"P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  "
            + style.bad(f"{len(explanation.gold.score.extra)} wrong")
            + "  "
            + style.missed(f"{len(explanation.gold.score.missing)} missed")
        )
    for root, data in explanation.value_roots():
        if root == "/review":
            lines.append(style.head("review"))
        else:
            lines.append(style.head(f"work {root.rsplit('/', 1)[1]}: {data.get('title')}"))
        for pointer, value in summary_rows(explanation, root, data):
            lines.append(_line(explanation, root, pointer, value, style))
        if explanation.gold:
            lines += [style.missed(f"  missed  {item}") for item in explanation.gold.missed.get(root, [])]
    if explanation.gold:
        lines += [style.missed(f"missed  {item}") for item in explanation.gold.missed.get("", [])]
        lines += [style.bad(f"wrong  {item}") for item in explanation.gold.wrong_elsewhere]
    return "\n".join(lines) + "\n"


def _line(explanation: Explanation, root: str, pointer: str, value: Any, style: Style) -> str:
    name = pointer[len(root) + 1 :]
    shown = _fit(compact(value), _VALUE_WIDTH)
    evidence = explanation.evidence_for(pointer)
    wrong = explanation.wrong_at(pointer)
    mark = style.bad("✗ ") if wrong else "  "
    where = snippet(explanation, evidence[0], style) if evidence else style.bad("(no evidence)")
    return f"{mark}{style.field(name.ljust(_FIELD_WIDTH))} {style.value(shown.ljust(_VALUE_WIDTH))} {where}"
