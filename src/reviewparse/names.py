"""Recognising person names (actors, characters, writers, directors) in running text.

Names are runs of capitalised tokens, with the romanized-Korean allowances real pages
need ("Lee jong-suk", "Gwang jin", "Park Seo-joon"); words in ``data/names.json``
never start or continue a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewparse.datafiles import cached, load_data

_UPPER_TOKEN = r"(?:[A-Z][a-zà-ÿ'’]*\.?|[A-Z]{2,4}|(?:[A-Z]\.){1,3})"
_TOKEN = re.compile(r"[A-Za-zÀ-ÿĀ-ɏ][\w'’.]*(?:- ?[\w'’]+)*")  # Latin Extended-A/B too: "Ōba Hisae"
MAX_NAME_TOKENS = 5


@dataclass(frozen=True, slots=True)
class NameVocabulary:
    surnames: frozenset[str]
    particles: frozenset[str]
    stop: frozenset[str]


def vocabulary() -> NameVocabulary:
    def build() -> NameVocabulary:
        data = load_data("names")
        return NameVocabulary(
            frozenset(data["surnames"]),
            frozenset(data["particles"]),
            frozenset(data["not_name_words"]),
        )

    return cached("names", build)


def _joined(token: str) -> str:
    """A token broken at a line end ("seo- joon") put back together."""
    return token.replace("- ", "-")


def _is_upper_token(token: str) -> bool:
    return token[:1].isupper()


def leading_name(text: str, *, allow_single: bool = True) -> str | None:
    """The person name at the very start of ``text`` (after spaces), or None."""
    if not text.lstrip()[:1].isupper():
        return None  # a name starts with a capital; most calls end here, cheaply
    head = text[:160]
    words: list[str] = []
    position = len(head) - len(head.lstrip())
    for match in _TOKEN.finditer(head, position):
        if match.start() != position:
            break
        words.append(_joined(match.group(0)))
        position = match.end()
        gap = re.match(r"[ \t]+", head[position:])
        if not gap:
            break
        position += gap.end()
    if not words:
        return None
    return _take_name(words, text, allow_single=allow_single)


def trailing_name(text: str, *, allow_single: bool = True) -> str | None:
    """The person name at the very end of ``text``, or None."""
    tail = text[-160:]
    matches = list(_TOKEN.finditer(tail))
    if not matches or tail[matches[-1].end() :].strip(" .,;:!?\"'”’)"):
        return None
    vocab = vocabulary()
    words: list[str] = []
    next_start = len(tail)
    for match in reversed(matches):
        token = _joined(match.group(0)).rstrip(".")
        if words and tail[match.end() : next_start].strip():
            break
        previous = tail[: match.start()].split()[-1:] or [""]
        sandwiched = bool(words) and _korean_middle(previous[0], token, words[0], vocab)
        if (
            token in vocab.stop or token.lower() in _COMMON_LOWER or token in _LOWER_JOINERS
        ) and not sandwiched:
            break
        lower_syllable = romanized_korean(token)
        if not _is_upper_token(token) and not lower_syllable:
            break
        words.insert(0, token)
        next_start = match.start()
        if len(words) >= MAX_NAME_TOKENS:
            break
    while words and not _is_upper_token(words[0]):
        words.pop(0)
    if not words:
        return None
    has_lower = any(not _is_upper_token(word) and "-" not in word for word in words)
    if has_lower and words[0].lower() not in vocab.surnames:
        return None
    if len(words) == 1 and not allow_single:
        return None
    return " ".join(words)


def _korean_middle(before: str, token: str, after: str, vocab: NameVocabulary) -> bool:
    """A short word that is a name syllable here: "In" in "Bae In Hyuk"."""
    return (
        len(token) <= 3
        and token[:1].isupper()
        and before.lower() in vocab.surnames
        and before[:1].isupper()
        and after[:1].isupper()
    )


_ROMANIZED_SYLLABLE = re.compile(
    r"^(?:kk|pp|ss|tt|jj|ch|[bcdghjkmnprstwy])?"
    r"(?:yeo|yae|wae|weo|you|ae|eo|eu|oe|ui|wa|we|wi|ya|ye|yo|yu|oo|ee|ie|ou|[aeiou])"
    r"(?:ng|n|m|l|k|p|t)?$"
)


def romanized_korean(token: str) -> bool:
    """Whether a lower-case token is made of romanized Korean syllables ("jong-suk", "hyuk")."""
    parts = token.lower().split("-")
    return all(part and _ROMANIZED_SYLLABLE.match(part) for part in parts)


def _lower_name_syllable(
    token: str, words: list[str], vocab: NameVocabulary, *, backwards: bool = False
) -> bool:
    """A lower-case token that still belongs to a romanized Korean name."""
    if not token.isalpha() and "-" not in token:
        return False
    if "-" in token and token.replace("-", "").isalpha() and len(token) <= 12:
        return romanized_korean(token) or token.split("-")[0][:1].isupper()
    if backwards:
        return False
    return bool(words) and words[0].lower() in vocab.surnames and romanized_korean(token)


def _take_name(words: list[str], text: str, *, allow_single: bool) -> str | None:
    vocab = vocabulary()
    taken: list[str] = []
    for index, token in enumerate(words):
        clean = token.rstrip(".") if not re.fullmatch(r"(?:[A-Z]\.){1,3}", token) else token
        if clean.endswith(("'s", "’s")):
            break  # "Aoi's stubborn father": a possessive is not part of a name
        if _is_upper_token(clean):
            following = words[index + 1] if index + 1 < len(words) else ""
            sandwiched = _korean_middle(taken[-1] if taken else "", clean, following, vocab)
            if (clean in vocab.stop or clean.rstrip("'’s") in vocab.stop) and not sandwiched:
                break
            taken.append(clean)
        elif clean in vocab.particles and taken:
            taken.append(clean)
        elif taken and _lower_name_syllable(clean, taken, vocab) and len(taken) <= 2:
            if (
                clean.lower() in _COMMON_LOWER
                or clean.lower() in _LOWER_JOINERS
                or ("-" not in clean and "-" in taken[-1])
            ):
                break  # "Park Ji-won en la serie": a hyphenated given name is whole
            taken.append(clean)
        else:
            break
        if token.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.){1,3}|[A-Z][a-z]?\.", token):
            break
        if len(taken) >= MAX_NAME_TOKENS:
            break
    while taken and taken[-1] in vocab.particles:
        taken.pop()
    if not taken or (len(taken) == 1 and not allow_single):
        return None
    return " ".join(taken)


_COMMON_LOWER = frozenset(
    [
        "and",
        "or",
        "the",
        "is",
        "was",
        "are",
        "as",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "who",
        "which",
        "that",
        "has",
        "had",
        "have",
        "will",
        "be",
        "but",
        "so",
        "his",
        "her",
        "its",
        "their",
        "a",
        "an",
        "from",
        "into",
        "also",
        "not",
        "all",
        "one",
        "two",
    ]
)


# Lower-case words of other languages that join names and are never a syllable of one
# ("Park Man-sik dan Yoon So-ri"); capitalised, "Dan" and "Yang" are names.
_LOWER_JOINERS = frozenset(["dan", "serta", "atau", "yang", "dengan", "con"])


def is_person_name(text: str, *, allow_single: bool = False) -> bool:
    """Whether the whole of ``text`` reads as one person's name."""
    text = text.strip()
    name = leading_name(text, allow_single=allow_single)
    return name is not None and len(name) >= len(text.rstrip(".")) - 1


def split_name_list(text: str) -> list[tuple[str, int]]:
    """Split "A, B and C" / "A, B & C" / "A y B" into parts with their offsets in ``text``."""
    parts: list[tuple[str, int]] = []
    for match in re.finditer(r"[^,;/、·&\n]+", text):
        chunk = match.group(0)
        pieces = re.split(r"\s+(?:and|y|e|dan|serta|bersama|et|und|과|와|및)\s+", chunk)
        cursor = match.start()
        for piece in pieces:
            index = text.find(piece, cursor)
            if piece.strip():
                parts.append((piece.strip(), index + (len(piece) - len(piece.lstrip()))))
            cursor = index + len(piece)
    return parts
