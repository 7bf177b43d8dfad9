"""Small text helpers shared by every stage."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NOT_ALNUM = re.compile(r"[\W_]+")
# "Martin Luther King Jr. (David Oyelowo)", "J. C. Chandor": a period that ends no sentence.
_ABBREVIATION = re.compile(
    r"(?:\b(?:Jr|Sr|Mr|Mrs|Ms|Dr|St|vs|No|Vol|Ep|Prof|Gen|[Dd]ir|Det|Insp|Sgt)\.|(?:^|(?<=[\s(\"“]))(?:[A-Z]\.){1,3})$"
)
# "from Oct. 7 through Nov. 26": a month's abbreviation before a day ends no sentence
_MONTH_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘'(]?[A-Z0-9가-힣¿¡])|\n")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case-, accent-, space- and punctuation-insensitive key ("Ok Taec-yeon" == "ok taec yeon")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NOT_ALNUM.sub("", stripped)


def sentences(text: str, offset: int = 0) -> list[tuple[str, int]]:
    """Split text into sentences, each with its offset (``offset`` added)."""
    result: list[tuple[str, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text, max(0, match.start() - 6), match.start()):
            continue
        if text[match.end() : match.end() + 1].isdigit() and _MONTH_ABBREVIATION.search(
            text, max(0, match.start() - 6), match.start()
        ):
            continue
        piece = text[start : match.start()]
        if piece.strip():
            result.append((piece, offset + start))
        start = match.end()
    if text[start:].strip():
        result.append((text[start:], offset + start))
    return result


def tidy(text: str) -> str:
    """Collapse white space and trim surrounding punctuation from an extracted value."""
    return " ".join(text.split()).strip(" \t,;:-–—\"'“”‘’«»()[]")


def phrase_positions(text: str, phrase: str, *, ignore_case: bool = False) -> list[int]:
    """Where ``phrase`` stands in ``text`` as whole words (not inside a longer word, nor
    after an apostrophe): a plain search, so a title read on every page compiles no pattern.
    With ``ignore_case`` the text must keep its length when lower-cased (else: no match)."""
    if not phrase:
        return []
    haystack, needle = (text.lower(), phrase.lower()) if ignore_case else (text, phrase)
    if len(haystack) != len(text):
        return []
    positions: list[int] = []
    hangul_end = "가" <= phrase[-1] <= "힣"  # Korean writes its particles on: "잿빛 항구를"
    start = haystack.find(needle)
    while start >= 0:
        end = start + len(needle)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        ends_well = hangul_end or not (after.isalnum() or after == "_")
        if not (before.isalnum() or before in "_'’") and ends_well:
            positions.append(start)
        start = haystack.find(needle, start + 1)
    return positions


# The separator of a line of facts: "Serie · España · 2024", "SBS | May 2, 2025 | 12 episodes"
FACTS_SEPARATOR = re.compile(r"\s[|·•]\s")
# "Minggu, 13 April 2025 | oleh Kinanthi Rahmaditya | 15 Komentar": a byline inside a dateline
INLINE_BYLINE = re.compile(r"[|·•]\s*(?:oleh|by|por|par|von)\s+(?=[A-ZÀ-Þ])", re.IGNORECASE)


def separates_facts(text: str) -> bool:
    """Whether a line is split into fields: "2020 · 112 min · Dir. X", "36 eps / Youku / China"."""
    return bool(FACTS_SEPARATOR.search(text)) or " / " in text


_MENU_SEPARATOR = re.compile(r"\s[|·•/»›>]\s|\s{3,}|\t")
_HOME_WORDS = frozenset({"home", "beranda", "inicio", "portada", "홈", "accueil", "start", "news", "berita"})
_MENU_FIELDS = 4
_MAX_MENU_WORDS = 14


def is_menu_line(text: str) -> bool:
    """A site's navigation line ("Beranda | Drakor | Thai Drama | C-Drama | Daftar Isi"): a row
    of short items that starts at the home page, or five items or more with no number in them."""
    if "\n" in text or len(text) > 200:
        return False
    fields = [field.strip() for field in _MENU_SEPARATOR.split(text)]
    words = text.split()
    if len(fields) == 1 and words and words[0].lower() in _HOME_WORDS and len(words) <= _MAX_MENU_WORDS:
        # "Home Series Film Drakor Thai About Contact": a menu whose spacing was lost
        return len(words) >= _MENU_FIELDS and all(
            word[:1].isupper() or not word[:1].isalpha() for word in words
        )
    if len(fields) < _MENU_FIELDS - 1 or any(len(field.split()) > 3 for field in fields):
        return False
    starts_home = fields[0].lower() in _HOME_WORDS
    return starts_home or (len(fields) >= _MENU_FIELDS + 1 and not any(char.isdigit() for char in text))


# A name's gloss in hanzi or kana, in parentheses: "(黃子信)", "(山城影像)"
SCRIPT_GLOSS = r"\([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff·・ ]{1,20}\)"
