"""Matching known names (platforms, networks, ceremonies, genres) in text.

Each gazetteer is a data file of canonical name -> aliases; matching is one compiled
regular expression per gazetteer, longest alias first, whole words only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from reviewparse.cues import literal_alternation
from reviewparse.datafiles import cached, load_data
from reviewparse.textutil import fold


@dataclass(frozen=True, slots=True)
class GazetteerMatch:
    canonical: str
    start: int
    end: int


class Gazetteer:
    """Canonical names and their aliases, with a whole-word matcher."""

    def __init__(self, entries: dict[str, list[str]]) -> None:
        self._by_alias: dict[str, str] = {}
        self._exact: dict[str, str] = {}
        loose: list[str] = []
        exact: list[str] = []
        for canonical, aliases in entries.items():
            if canonical.startswith("_"):
                continue
            self._by_alias[fold(canonical)] = canonical
            for alias in aliases:
                if alias.startswith("="):
                    self._exact[alias[1:]] = canonical
                    exact.append(alias[1:])
                else:
                    self._by_alias[alias.lower()] = canonical
                    loose.append(alias)
        # a name (a channel's) may take only a particle after it in Korean; a genre also
        # a copula or suffix ("스릴러다", "로맨스물")
        particles = bool(entries.get("_korean_particles_only"))
        self._loose = _alternation(loose, re.IGNORECASE, particles)
        # The same aliases, lower-case, matched against lower-cased text: much faster than
        # IGNORECASE, usable whenever lower-casing keeps the text's length (nearly always).
        self._loose_lower = _alternation([alias.lower() for alias in loose], 0, particles)
        self._strict = _alternation(exact, 0, particles)

    def finditer(self, text: str) -> Iterator[GazetteerMatch]:
        """Matches in text order; an exact-case alias and a loose one never overlap."""
        return self._scan(text)

    def _scan(self, text: str) -> Iterator[GazetteerMatch]:
        found: list[GazetteerMatch] = []
        lowered = text.lower()
        same_length = len(lowered) == len(text)
        for pattern, table, fold_key in (
            (self._loose_lower if same_length else self._loose, self._by_alias, True),
            (self._strict, self._exact, False),
        ):
            if pattern is None:
                continue
            subject = lowered if (fold_key and same_length) else text
            for match in pattern.finditer(subject):
                key = match.group(0).lower() if fold_key else match.group(0)
                canonical = table.get(key)
                if canonical:
                    found.append(GazetteerMatch(canonical, match.start(), match.end()))
        found.sort(key=lambda item: (item.start, -item.end))
        last_end = -1
        for item in found:
            if item.start >= last_end:
                last_end = item.end
                yield item

    def canonical(self, name: str) -> str | None:
        """The canonical spelling of a name or alias, if known."""
        stripped = name.strip()
        return (
            self._exact.get(stripped)
            or self._by_alias.get(stripped.lower())
            or self._by_alias.get(fold(stripped))
        )

    def names(self) -> list[str]:
        return sorted(set(self._by_alias.values()) | set(self._exact.values()))


def _alternation(aliases: list[str], flags: int, particles_only: bool = False) -> re.Pattern[str] | None:
    """One pattern for all aliases (a trie: longest first), whole words; Hangul aliases may
    take a particle after them ("넷플릭스에서"), as Korean writes it."""
    if not aliases:
        return None
    spaced = literal_alternation([alias for alias in aliases if not _HANGUL.search(alias)])
    agglutinating = literal_alternation([alias for alias in aliases if _HANGUL.search(alias)])
    # "tvN에서": Korean writes its particles onto Latin names too
    parts = [rf"(?:{spaced})(?:(?![\w+])|(?=[가-힣]))"] if spaced else []
    if agglutinating and particles_only:  # "넷플릭스에서", not "왓챠피디아" (another name)
        parts.append(rf"(?:{agglutinating})(?:(?![가-힣])|(?={_KOREAN_PARTICLES}))")
    elif agglutinating:  # "스릴러다", "로맨스물"
        parts.append(rf"(?:{agglutinating})")
    return re.compile(rf"(?<![\w+])(?:{'|'.join(parts)})", flags)


_HANGUL = re.compile(r"[가-힣]")
_KOREAN_PARTICLES = (
    "(?:에서|에는|에도|에|은|는|이|가|을|를|으로|로|의|와|과|도|만|까지|부터|판|오리지널|이나|나|랑|하고)"
)


def gazetteer(name: str) -> Gazetteer:
    """The gazetteer of ``data/NAME.json`` (platforms, networks, awards, genres)."""
    return cached(f"gazetteer:{name}", lambda: Gazetteer(load_data(name)))


def names_a_channel(text: str) -> bool:
    """Whether text names a broadcaster or a streaming service ("tvN", "premieres on JTBC")."""
    return any(next(gazetteer(name).finditer(text), None) for name in ("networks", "platforms"))
