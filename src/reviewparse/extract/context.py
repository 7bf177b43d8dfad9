"""What extractors share: sentences of a segment, and whether a sentence is about the work.

A sentence about another title ("unlike Goblin's 20 episodes", "known for the drama X")
must not lend its numbers to the reviewed work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from reviewparse.candidates import Segment
from reviewparse.document import Block
from reviewparse.gazetteer import gazetteer
from reviewparse.textutil import SCRIPT_GLOSS, fold, sentences

_WORK_REFERENCE = re.compile(
    r"\b(?:it|its|it's|this|these|each|every|per|the (?:drama|series|show|film|movie|story|season|"
    r"k-drama|documentary|programme|program)|episodes?|la serie|la película|drama ini|serial ini|"
    r"film ini|est[ae] (?:serie|drama|dorama|comedia|película|historia|producción|ficción|k-drama))\b|"
    r"이 (?:드라마|작품|영화)|본 작품",  # Korean puts its particle right after: "이 영화의"
    re.IGNORECASE,
)
_OTHER_WORK = re.compile(
    r"\b(?:unlike|compared (?:to|with)|than|similar to|like in|known for|famous for|previously|"
    r"previous work|last (?:seen|appeared)|appeared in|also starred|starred in|his last|her last|"
    r"earlier work|best known|rose to fame|her role in|his role in|their role in|debut(?:ed)? in|"
    r"sebelumnya|anteriormente|previamente|précédemment|auparavant)\b|이전 작품|전작",
    re.IGNORECASE,
)
_POSSESSIVE_TITLE = re.compile(r"(?<![\w:-])(?:[A-Z][\w:-]{0,40}\s+){0,5}[A-Z][\w:-]{0,40}['’]s\s+$")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    block: Block


def segment_sentences(segment: Segment) -> Iterator[Sentence]:
    """Every sentence of the segment's blocks, each with its offset in the document
    (split once per segment; every extractor reads them)."""
    if segment.sentences is None:
        segment.sentences = [
            Sentence(_without_script_glosses(text), start, block)
            for block in segment.blocks
            for text, start in sentences(block.text, block.start)
        ]
    return iter(segment.sentences)


# A Hangul name glossed in hanzi or kana: "천웨이팅(陳薇婷) 감독의", "황쯔신(黃子信)은"
_SCRIPT_GLOSS = re.compile(rf"(?<=[가-힣])\s?{SCRIPT_GLOSS}")


def _without_script_glosses(text: str) -> str:
    """The sentence with each name's gloss taken out, so that the name meets its particle
    ("황쯔신은") as Korean patterns expect; the gloss's length comes back as spaces after the
    particle, so that every other character keeps its offset."""
    if "(" not in text or _SCRIPT_GLOSS.search(text) is None:
        return text
    pieces: list[str] = []
    position = 0
    for gloss in _SCRIPT_GLOSS.finditer(text):
        if gloss.start() < position:
            continue  # (inside the particle run of the last one)
        pieces.append(text[position : gloss.start()])
        run_end = gloss.end()
        while run_end < len(text) and not text[run_end].isspace() and text[run_end] != "(":
            run_end += 1
        pieces.append(text[gloss.end() : run_end] + " " * (gloss.end() - gloss.start()))
        position = run_end
    pieces.append(text[position:])
    return "".join(pieces)


def mentions_title(text: str, title: str) -> bool:
    key = fold(title)
    return bool(key) and key in fold(text)


def about_the_work(sentence: str, title: str, roundup: bool = False) -> bool:
    """Whether a sentence is plainly about the reviewed work (names it, or says 'it'); in a
    roundup every sentence under a work's heading is about that work unless it says otherwise."""
    return roundup or mentions_title(sentence, title) or bool(_WORK_REFERENCE.search(sentence))


_TITLE_WITH_YEAR = re.compile(
    r"(?<![\w'’:&-])(?P<t>[A-Z][\w'’:&-]{0,30}(?:\s{1,3}[A-Z0-9][\w'’:&-]{0,30}){0,6})\s{1,3}\((?:19|20)\d\d\)"
)


# "... the mess that was Iron Mask Detective (OCN, 16 episodes)": facts in the parentheses
# after a title are that title's.
_TITLE_THEN_PARENTHESES = re.compile(
    r"(?<![\w'’:&-])(?P<t>[A-Z][\w'’:&-]{0,30}(?:\s{1,3}(?:(?:of|the|in|on|and|a|an|to|for|at|with|from)"
    r"\s{1,3}){0,2}[A-Z0-9][\w'’:&-]{0,30}){0,7})\s{0,3}\([^()]{0,60}$"
)


_KOREAN_TITLE_THEN_PARENTHESES = re.compile(
    r"(?<![가-힣])(?P<t>[가-힣]{1,10}(?: [가-힣]{1,10}){0,3})['’\"”]?\([^()]{0,60}$"
)
_QUOTED_TITLE_THEN_PARENTHESES = re.compile(r"[«\"“‘'](?P<t>[^»\"”’'\n]{2,60})[»\"”’']\s{0,3}\([^()]{0,60}$")
_KOREAN_KIND_NOUNS = ("드라마", "영화", "작품", "시리즈", "예능", "방송")


def about_another_work(sentence: str, before_match: str, title: str) -> bool:
    """Whether the words before a match point at another work, not the reviewed one."""
    for named in _TITLE_WITH_YEAR.finditer(before_match[-120:]):
        if not mentions_title(named.group("t"), title):
            return True  # "... Frozen Peach (2022) yang tayang 16 episode di SBS"
    enclosing = _TITLE_THEN_PARENTHESES.search(before_match[-160:])
    if enclosing and _is_another_title(enclosing.group("t"), title):
        return True
    quoted = _QUOTED_TITLE_THEN_PARENTHESES.search(before_match[-120:])
    if quoted and _is_another_title(quoted.group("t"), title):
        return True  # "«Rosas de medianoche» (SBS, 16 capítulos)"
    korean = _KOREAN_TITLE_THEN_PARENTHESES.search(before_match[-80:])
    if (
        korean
        and not korean.group("t").endswith(_KOREAN_KIND_NOUNS)
        and _is_another_title(korean.group("t"), title)
    ):
        return True  # "작년에 본 검은 바다(JTBC, 12부작)에서"
    possessive = _POSSESSIVE_TITLE.search(before_match[-60:])
    if possessive and not mentions_title(possessive.group(0), title) and not is_channel(possessive.group(0)):
        return True
    return bool(_OTHER_WORK.search(before_match[-80:])) and not mentions_title(before_match, title)


def _is_another_title(name: str, title: str) -> bool:
    """A capitalised phrase before parentheses that is a title other than ``title`` (not the
    work's own, and not a channel: "on Mango TV (16 episodes)")."""
    if mentions_title(name, title) or (title and mentions_title(title, name)):
        return False
    return not is_channel(name) and (len(name.split()) >= 2 or not name.isupper())


def is_channel(name: str) -> bool:
    """Whether ``name`` (or "ENA's", a possessive of it) is a known network or platform."""
    name = re.sub(r"['’]s\s*$", "", name).strip()
    return bool(gazetteer("networks").canonical(name) or gazetteer("platforms").canonical(name))
