"""The evidence report: one self-contained HTML file (inline CSS and JS, no external assets).

The left column is the page's normalized text with every evidence span highlighted and
labelled with its field; the right column is the record, where clicking a value scrolls to
its evidence. Pages are hostile: every piece of page text is escaped, and a Content Security
Policy lets only the report's own style and script (by hash) run.

Markup the browser test relies on: evidence ``i`` has an anchor ``#ev-i`` (its label, at the
span's start) and one or more ``mark.hl`` segments whose ``data-ev`` lists ``i``; overlapping
spans are cut into segments at every span boundary, so each segment lists every span that
covers it (innermost first). Record values are ``.val[data-ptr]``, clickable ones are
``button.val[data-ev]``.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import html
from importlib import resources
from typing import Any

from reviewparse import __version__
from reviewparse.explain.analysis import FAMILY_NAMES, Explanation, compact, family

# Characters that HTML cannot carry one-for-one (dropped, merged or unencodable) are shown as
# U+FFFD, so the report's text keeps the normalized text's length and offsets.
REPLACEMENT = "\ufffd"
_KEEP = {"\t", "\n"}


def displayable(text: str) -> str:
    """``text`` with every character HTML would not show one-for-one replaced by U+FFFD."""
    return "".join(REPLACEMENT if _unsafe(char) else char for char in text)


def _unsafe(char: str) -> bool:
    code = ord(char)
    if char in _KEEP:
        return False
    return code < 0x20 or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF


def _esc(text: object) -> str:
    return html.escape(displayable(str(text)), quote=True)


def _asset(name: str) -> str:
    return resources.files("reviewparse.explain").joinpath(name).read_text("utf-8")


def _csp_hash(content: str) -> str:
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_html(explanation: Explanation) -> str:
    """The whole report as one HTML document."""
    css, js = _asset("report.css"), _asset("report.js")
    policy = (
        "default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; "
        f"style-src {_csp_hash(css)}; script-src {_csp_hash(js)}"
    )
    record = explanation.record
    heading = record.source.title or explanation.name
    return "".join(
        [
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{_esc(policy)}">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            '<link rel="icon" href="data:,">\n',
            f"<title>Evidence · {_esc(heading)}</title>\n",
            f'<meta name="generator" content="reviewparse {_esc(__version__)}">\n',
            f"<style>{css}</style>\n</head>\n<body>\n",
            _header(explanation),
            '<div class="layout">\n<main id="text-column">\n',
            '<h2 class="colhead">Normalized text <span class="hint">(what evidence offsets index; '
            "click a highlight to find its value)</span></h2>\n",
            f'<div id="text" class="text">{_text(explanation)}</div>\n</main>\n',
            f'<aside id="panel" aria-label="Record">\n{_panel(explanation)}</aside>\n</div>\n',
            f"<script>{js}</script>\n</body>\n</html>\n",
        ]
    )


def _header(explanation: Explanation) -> str:
    record = explanation.record
    source = record.source
    facts = [
        explanation.name,
        source.format,
        f"language {source.language or '?'}",
        f"{len(record.works)} work{'s' if len(record.works) != 1 else ''}",
        f"{len(record.evidence)} evidence spans",
        f"{len(record.warnings)} warning{'s' if len(record.warnings) != 1 else ''}",
    ]
    parts = [
        '<header class="top">\n',
        f"<h1>{_esc(source.title or explanation.name)}</h1>\n",
        f'<p class="meta">{" · ".join(_esc(fact) for fact in facts)}</p>\n',
        '<p class="legend">',
        "".join(f'<span class="chip f-{name}">{name}</span>' for name in FAMILY_NAMES[:-1]),
        '<span class="chip wrong-chip">wrong (gold)</span><span class="chip missed-chip">missed (gold)</span>'
        if explanation.gold
        else "",
        "</p>\n",
        _warnings(explanation),
        _gold_summary(explanation),
        "</header>\n",
    ]
    return "".join(parts)


def _warnings(explanation: Explanation) -> str:
    items = [f"<li>{_esc(warning)}</li>" for warning in explanation.record.warnings]
    for index, evidence in enumerate(explanation.evidence):
        if explanation.text[evidence.start : evidence.end] != evidence.text:
            items.append(
                f"<li>evidence {index} ({_esc(evidence.field)}): its text does not match its span</li>"
            )
    for index in explanation.orphan_evidence():
        field = explanation.evidence[index].field
        items.append(f"<li>evidence {index} names {_esc(field)}, which holds no value in the record</li>")
    if not items:
        return ""
    return (
        f'<section id="warnings" class="warnings"><h2>Warnings ({len(items)})</h2>'
        f"<ul>{''.join(items)}</ul></section>\n"
    )


def _gold_summary(explanation: Explanation) -> str:
    gold = explanation.gold
    if gold is None:
        return ""
    precision, recall, f1 = gold.score.tally.scores()
    wrong = len(gold.score.extra)
    missed = len(gold.score.missing)
    text = (
        f"Against {_esc(gold.label)}: precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f}; "
        f'<span class="wrong-count">{wrong} wrong or extra</span>, '
        f'<span class="missed-count">{missed} missed</span> facts.'
    )
    extra = ""
    if gold.wrong_elsewhere:
        extra = "<ul>" + "".join(f"<li>wrong: {_esc(item)}</li>" for item in gold.wrong_elsewhere) + "</ul>"
    return f'<section id="gold" class="goldsum">{text}{extra}</section>\n'


def _text(explanation: Explanation) -> str:
    """The normalized text with evidence labels and highlight segments."""
    text = explanation.text
    size = len(text)
    spans: list[tuple[int, int]] = []
    opening: dict[int, list[int]] = {}
    for index, evidence in enumerate(explanation.evidence):
        start = min(max(evidence.start, 0), size)
        end = min(max(evidence.end, start), size)
        spans.append((start, end))
        opening.setdefault(start, []).append(index)
    heading_edges = {edge for heading in explanation.headings for edge in heading if 0 <= edge <= size}
    cuts = sorted({0, size, *heading_edges, *(s for s, _ in spans), *(e for _, e in spans)})
    heading_starts = sorted(start for start, _ in explanation.headings)
    heading_ends = {start: end for start, end in explanation.headings}
    wrong = {i for i, e in enumerate(explanation.evidence) if explanation.wrong_at(e.field)}
    pieces: list[str] = []
    active: list[int] = []
    for position, cut in enumerate(cuts):
        active = [i for i in active if spans[i][1] > cut]
        starting = sorted(opening.get(cut, []), key=lambda i: (spans[i][0] - spans[i][1], i))
        for group in _same_span_groups(starting, spans):  # outermost label first
            shared = explanation.shared_label([explanation.evidence[i].field for i in group])
            for index in group:
                merged_into = group[0] if shared is not None and index != group[0] else None
                label = shared if shared is not None and merged_into is None else None
                pieces.append(_label(explanation, index, spans[index], index in wrong, label, merged_into))
                if spans[index][1] > spans[index][0]:
                    active.append(index)
        if position + 1 == len(cuts):
            break
        chunk = _esc(text[cut : cuts[position + 1]])
        found = bisect.bisect_right(heading_starts, cut) - 1
        in_heading = found >= 0 and heading_ends[heading_starts[found]] > cut
        if not active:
            pieces.append(f'<span class="h">{chunk}</span>' if in_heading else chunk)
            continue
        inner_first = sorted(active, key=lambda i: (spans[i][1] - spans[i][0], i))
        classes = ["hl", f"f-{family(explanation.evidence[inner_first[0]].field)}"]
        if len(inner_first) > 1:
            classes += ["ov", f"u-{family(explanation.evidence[inner_first[1]].field)}"]
        if any(i in wrong for i in inner_first):
            classes.append("wrong")
        if in_heading:
            classes.append("h")
        tip = "; ".join(
            f"{explanation.evidence[i].field} ({explanation.evidence[i].rule})" for i in inner_first
        )
        pieces.append(
            f'<mark class="{" ".join(classes)}" data-ev="{" ".join(map(str, inner_first))}" '
            f'title="{_esc(tip)}">{chunk}</mark>'
        )
    return "".join(pieces)


def _same_span_groups(indices: list[int], spans: list[tuple[int, int]]) -> list[list[int]]:
    """Consecutive evidence with the very same span, grouped (their labels may merge)."""
    groups: list[list[int]] = []
    for index in indices:
        if groups and spans[groups[-1][0]] == spans[index]:
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups


def _label(
    explanation: Explanation,
    index: int,
    span: tuple[int, int],
    wrong: bool,
    shared: str | None = None,
    merged_into: int | None = None,
) -> str:
    """The anchor ``#ev-i`` at a span's start, showing the field's label (or, for the same
    field of several works in one span, one shared label on the first of them)."""
    evidence = explanation.evidence[index]
    label = shared or explanation.short_label(evidence.field)
    classes = ["tag", f"f-{family(evidence.field)}"]
    if span[0] == span[1]:
        classes.append("empty")
        label += " (not in text)"
    if wrong:
        classes.append("wrong")
    merged = ""
    if merged_into is not None:
        classes.append("merged")
        merged = f' data-merged-into="ev-{merged_into}"'
    tip = f"{evidence.field} · rule {evidence.rule} · {span[0]}–{span[1]}"
    return (
        f'<span id="ev-{index}" class="{" ".join(classes)}" data-ev="{index}"{merged} '
        f'data-ptr="{_esc(evidence.field)}" data-label="{_esc(label)}" title="{_esc(tip)}"></span>'
    )


def _panel(explanation: Explanation) -> str:
    parts: list[str] = []
    for pointer, value in explanation.value_roots():
        heading = "Review" if pointer == "/review" else f"Work {int(pointer.rsplit('/', 1)[1]) + 1}"
        parts.append(f'<section class="card" data-ptr="{_esc(pointer)}">\n<h2>{_esc(heading)}</h2>\n')
        for key, item in value.items():
            parts.append(_node(explanation, f"{pointer}/{key}", key, item, top=True))
        parts.append(_missed(explanation, pointer))
        parts.append("</section>\n")
    if not explanation.record.works:
        parts.append('<section class="card"><h2>Works</h2><p class="none">No works found.</p></section>\n')
    if explanation.gold and explanation.gold.missed.get(""):
        parts.append(
            '<section class="card missed-card" data-ptr=""><h2>Labeled works the record lacks</h2>\n'
            + _missed(explanation, "")
            + "</section>\n"
        )
    raw = explanation.record.model_dump_json(indent=2, exclude={"evidence"})
    parts.append(
        f'<details class="card raw"><summary>Record JSON</summary><pre>{_esc(raw)}</pre></details>\n'
    )
    return "".join(parts)


def _node(explanation: Explanation, pointer: str, key: str, value: Any, *, top: bool) -> str:
    if isinstance(value, dict):
        children = "".join(
            _node(explanation, f"{pointer}/{k}", k, v, top=False)
            for k, v in value.items()
            if top or v not in (None, [])
        )
        return (
            f'<div class="group" data-ptr="{_esc(pointer)}"><div class="row ghead">'
            f'<span class="key">{_esc(key)}</span>{_value(explanation, pointer, compact(value))}</div>'
            f'<div class="gbody">{children}</div></div>\n'
        )
    if isinstance(value, list):
        if not value:
            return f'<div class="row" data-ptr="{_esc(pointer)}"><span class="key">{_esc(key)}</span>' + (
                '<span class="val null">[]</span></div>\n'
            )
        if any(isinstance(item, dict) for item in value):
            items = "".join(
                _node(explanation, f"{pointer}/{i}", str(i), item, top=False) for i, item in enumerate(value)
            )
            return (
                f'<div class="group list" data-ptr="{_esc(pointer)}"><div class="row ghead">'
                f'<span class="key">{_esc(key)}</span><span class="count">{len(value)}</span></div>'
                f'<div class="gbody">{items}</div></div>\n'
            )
        chips = "".join(_value(explanation, f"{pointer}/{i}", str(item)) for i, item in enumerate(value))
        return (
            f'<div class="row" data-ptr="{_esc(pointer)}"><span class="key">{_esc(key)}</span>'
            f'<span class="chips">{chips}</span></div>\n'
        )
    shown = "null" if value is None else compact(value)
    extra = " long" if isinstance(value, str) and len(value) > 120 else ""
    return (
        f'<div class="row{extra}" data-ptr="{_esc(pointer)}"><span class="key">{_esc(key)}</span>'
        f"{_value(explanation, pointer, shown, null=value is None)}</div>\n"
    )


def _value(explanation: Explanation, pointer: str, shown: str, *, null: bool = False) -> str:
    classes = ["val", f"f-{family(pointer)}"]
    wrong = explanation.wrong_at(pointer)
    badge = ""
    if wrong:
        classes.append("wrong")
        badge = f'<span class="badge wrong" title="{_esc("; ".join(wrong))}">✗ not in label</span>'
    return f'<span class="vwrap">{_bare_value(explanation, pointer, shown, classes, null)}{badge}</span>'


def _bare_value(explanation: Explanation, pointer: str, shown: str, classes: list[str], null: bool) -> str:
    if null:
        return f'<span class="val null" data-ptr="{_esc(pointer)}">null</span>'
    evidence = explanation.evidence_for(pointer)
    if not evidence:
        classes.append("noev")
        return (
            f'<span class="{" ".join(classes)}" data-ptr="{_esc(pointer)}" title="no evidence">'
            f"{_esc(shown)}</span>"
        )
    rules = ", ".join(sorted({explanation.evidence[i].rule for i in evidence}))
    tip = f"{pointer} · {rules} · click to show the evidence"
    return (
        f'<button type="button" class="{" ".join(classes)}" data-ptr="{_esc(pointer)}" '
        f'data-ev="{" ".join(map(str, evidence))}" title="{_esc(tip)}">{_esc(shown)}</button>'
    )


def _missed(explanation: Explanation, pointer: str) -> str:
    if explanation.gold is None:
        return ""
    missed = explanation.gold.missed.get(pointer, [])
    if not missed:
        return ""
    items = "".join(f'<li class="missed">{_esc(item)}</li>' for item in missed)
    return (
        f'<div class="missed-box"><h3>Missed: in the label, not in the record ({len(missed)})</h3>'
        f"<ul>{items}</ul></div>\n"
    )
