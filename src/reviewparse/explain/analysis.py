"""What a report shows: a record, the normalized text its evidence indexes, and how the two
connect (which evidence backs which value), shared by the HTML report and the terminal summary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reviewparse.explain.gold import GoldComparison, compare_with_gold
from reviewparse.models import Evidence, ReviewPage

# Families of fields that share a highlight colour; the key is a record field name.
FAMILIES = {
    "title": "title",
    "original_title": "title",
    "kind": "basics",
    "year": "basics",
    "country": "basics",
    "genres": "genres",
    "networks": "channels",
    "platforms": "channels",
    "aired": "schedule",
    "episodes": "schedule",
    "runtime": "schedule",
    "writers": "credits",
    "directors": "credits",
    "production_companies": "credits",
    "cast": "cast",
    "awards": "awards",
    "synopsis": "synopsis",
    "author": "review",
    "published": "review",
    "rating": "review",
    "comments": "review",
    "takeaways": "review",
}
FAMILY_NAMES = (
    "title",
    "basics",
    "genres",
    "channels",
    "schedule",
    "credits",
    "cast",
    "awards",
    "synopsis",
    "review",
    "other",
)
# Parts of the record that are not extracted values and get no panel rows.
_NOT_VALUES = ("schema_version", "source", "evidence", "warnings")


def pointer_parts(pointer: str) -> list[str]:
    """The reference tokens of a JSON Pointer (RFC 6901), unescaped."""
    if not pointer:
        return []
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer.split("/")[1:]]


def child_pointer(pointer: str, key: str | int) -> str:
    token = str(key).replace("~", "~0").replace("/", "~1")
    return f"{pointer}/{token}"


def family(pointer: str) -> str:
    """The colour family of a field: the first record field name below ``/works/N`` or ``/review``."""
    parts = pointer_parts(pointer)
    if len(parts) >= 3 and parts[0] == "works":
        return FAMILIES.get(parts[2], "other")
    if parts and parts[0] == "works":
        return "title"
    if len(parts) >= 2 and parts[0] == "review":
        return FAMILIES.get(parts[1], "review")
    return "other"


@dataclass
class Explanation:
    """A parsed page with its normalized text, ready to be shown."""

    record: ReviewPage
    text: str
    name: str
    gold: GoldComparison | None = None
    headings: list[tuple[int, int]] = field(default_factory=list)
    """(start, end) of the text's heading blocks, to set them apart."""
    data: dict[str, Any] = field(init=False)
    _exact: dict[str, list[int]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.data = self.record.model_dump(mode="json")
        self._exact = {}
        for index, evidence in enumerate(self.record.evidence):
            self._exact.setdefault(evidence.field, []).append(index)

    @property
    def evidence(self) -> list[Evidence]:
        return self.record.evidence

    def short_label(self, pointer: str) -> str:
        """A field's label on its highlight: ``episodes``, ``cast/2``; ``w1·episodes`` on a
        page with several works; ``review·author``."""
        parts = pointer_parts(pointer)
        if len(parts) >= 2 and parts[0] == "works":
            tail = "/".join(parts[2:]) or "work"
            return f"w{parts[1]}·{tail}" if len(self.record.works) > 1 else tail
        if parts and parts[0] == "review":
            return "review·" + "/".join(parts[1:])
        return pointer.lstrip("/")

    def shared_label(self, pointers: list[str]) -> str | None:
        """One label for the same field of several works found in one span (a roundup's
        "Korean dramas on Netflix"): ``w0–5·platforms/0``; None when they differ otherwise."""
        works: list[int] = []
        tails = set()
        for pointer in pointers:
            parts = pointer_parts(pointer)
            if len(parts) < 3 or parts[0] != "works" or not parts[1].isdigit():
                return None
            works.append(int(parts[1]))
            tails.add("/".join(parts[2:]))
        if len(tails) > 1:  # the same list field at different positions: platforms/0, platforms/1
            tails = {re.sub(r"/\d+$", "", tail) for tail in tails}
        if len(tails) != 1 or len(set(works)) != len(works) or len(works) < 2:
            return None
        works.sort()
        if works == list(range(works[0], works[-1] + 1)):
            which = f"{works[0]}–{works[-1]}"
        else:
            which = ",".join(map(str, works))
        return f"w{which}·{tails.pop()}"

    def exact_evidence(self, pointer: str) -> list[int]:
        return self._exact.get(pointer, [])

    def evidence_for(self, pointer: str) -> list[int]:
        """Indices of the evidence behind the value at ``pointer``: its own, else that of the
        values inside it, else that of the nearest value it is part of."""
        own = self._exact.get(pointer)
        if own:
            return list(own)
        prefix = pointer + "/"
        inner = [i for i, e in enumerate(self.record.evidence) if e.field.startswith(prefix)]
        if inner:
            return inner
        parts = pointer_parts(pointer)
        while parts:
            parts.pop()
            ancestor = "".join(child_pointer("", part) for part in parts)
            if ancestor in self._exact:
                return list(self._exact[ancestor])
        return []

    def value_at(self, pointer: str) -> Any:
        value: Any = self.data
        for part in pointer_parts(pointer):
            value = value[int(part)] if isinstance(value, list) else value[part]
        return value

    def value_roots(self) -> Iterator[tuple[str, Any]]:
        """(pointer, value) of the review and each work: the parts of the record with values."""
        yield "/review", self.data["review"]
        for index, work in enumerate(self.data["works"]):
            yield f"/works/{index}", work

    def orphan_evidence(self) -> list[int]:
        """Evidence whose field names no value in the record (a resolver slip worth seeing)."""
        orphans = []
        for index, evidence in enumerate(self.record.evidence):
            try:
                self.value_at(evidence.field)
            except (KeyError, IndexError, ValueError, TypeError):
                orphans.append(index)
        return orphans

    def wrong_at(self, pointer: str) -> list[str]:
        return self.gold.wrong.get(pointer, []) if self.gold else []


def explain_file(
    path: str | Path, *, gold: str | Path | None = None, format: str | None = None
) -> Explanation:
    """Parse ``path`` and keep its normalized text (and, with ``gold``, a comparison with that
    label) for a report."""
    from reviewparse.core import build_document, extract_record
    from reviewparse.loading import load, read_path

    data, name = read_path(path)
    page = load(data, name=name, format=format)
    document = build_document(page)
    record = extract_record(document, page, url=None, path=str(path))
    comparison = compare_with_gold(record, Path(gold)) if gold is not None else None
    headings = [(block.start, block.end) for block in document.blocks if block.is_heading]
    return Explanation(record=record, text=document.text, name=str(path), gold=comparison, headings=headings)


def compact(value: Any) -> str:
    """A value as one short line of text: ``70–85 min``, ``Kim Soo-hyun as Moon Kang-tae``."""
    if isinstance(value, dict):
        if set(value) == {"min_minutes", "max_minutes"}:
            low, high = value["min_minutes"], value["max_minutes"]
            return f"{low} min" if low == high else f"{low}–{high} min"
        if set(value) == {"value", "scale"}:
            return f"{_number(value['value'])}/{_number(value['scale'])}"
        if "actor" in value:
            text = str(value["actor"])
            return f"{text} as {value['character']}" if value.get("character") else text
        if "ceremony" in value:
            bits = [str(value["ceremony"]), str(value.get("outcome") or "")]
            bits += [str(value[k]) for k in ("category", "recipient") if value.get(k)]
            return " · ".join(bit for bit in bits if bit)
        if set(value) == {"start", "end"}:
            return f"{value['start'] or '?'} → {value['end'] or '?'}"
        return ", ".join(f"{k}: {compact(v)}" for k, v in value.items() if v not in (None, [], {}))
    if isinstance(value, list):
        return ", ".join(compact(item) for item in value)
    if isinstance(value, float):
        return _number(value)
    return str(value)


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
