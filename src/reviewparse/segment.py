"""Splitting a page into the works it reviews, and finding each work's title.

A roundup ("10 K-dramas to watch", "The 21 best movies of 2017") has one heading per
work, numbered or carrying a year; each work's segment runs to the next such heading.
Any other page reviews one work, whose title comes from the headline (quoted title,
"X Review", "... drama X") or, failing that, from an info-box title line.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise, takewhile

from reviewparse.candidates import Segment
from reviewparse.cues import has_hangul
from reviewparse.dates import find_dates, find_month_days
from reviewparse.document import Block, BlockKind, Document
from reviewparse.extract.awards import story_ceremony, unquoted_winner_titles
from reviewparse.extract.country import country_name
from reviewparse.gazetteer import names_a_channel
from reviewparse.headlines import _ROUNDUP_HEADLINE, headline_text
from reviewparse.infobox import KEY_VALUE_LINE, field_for_label, line_label
from reviewparse.names import is_person_name
from reviewparse.sections import SKIPPED_SECTIONS, classify_heading
from reviewparse.tables import episode_tables
from reviewparse.textutil import fold, phrase_positions, sentences
from reviewparse.titles import (
    _QUOTED,
    _body_text,
    _locate,
    _title_from_labels,
    _title_from_repetition,
    defined_title,
    extend_title,
    title_from_bracketed_info,
    title_from_definition,
    title_from_facts_line,
    title_from_headline,
    title_from_repeated_quote,
    title_from_watching,
    title_repeated_in_body,
)

_WORK_HEADING = re.compile(
    r"^\s*(?P<number>#?\d{1,3}\s*[.):\-–]\s*|No\.\s*\d{1,3}\s*[.):\-–]\s*|#\d{1,3}\s+|(?:[▶►▷■◆●]\s*)?\d{1,3}\s*위\s*[.):|]?\s+|\d\ufe0f?\u20e3\s*|"
    r"[\u2460-\u2473\u2776-\u277f]\s*|[▶►▷■◆◇●▪➤➜✦]\s*)?"
    r"(?P<title>[^\n]{1,90}?)\s*"
    r"(?:[(\[](?P<year>(?:19|20)\d\d)[)\]])?\s*[.:]?\s*$"
)


_MIN_ROUNDUP_WORKS = 2
_KOREAN_SENTENCE_END = re.compile(r"(?:세요|니다|어요|아요|해요|네요|까요|했다|한다|된다|이다)[.!?~]*$")
_EXTRA_ITEM = re.compile(
    r"^(?:extra|bonus(?: pick)?|menci[oó]n especial|honou?rable mention|tambahan)\s*[:：—–-]\s*(?=\S)",
    re.IGNORECASE,
)
_LEADING_TAG = re.compile(r"^[\[【](?P<tag>[^\]】\n]{1,12})[\]】]\s*(?=\S)")


# A list card's type line under its title: "Korean Drama - 2016, 16 episodes", "Movie · 2021".
_TYPE_LINE = re.compile(
    r"^(?:[A-Z][a-z]+\s+)?(?:Drama|Movie|Film|TV Show|Series|Special|Documentary|Web Series|Anime)"
    r"\s*[-–·|,]\s*(?P<year>(?:19|20)\d\d)\b"
)


@dataclass(frozen=True, slots=True)
class _WorkHeading:
    block: Block
    title: str
    title_start: int
    year: int | None
    year_span: tuple[int, int] | None
    numbered: bool
    framed: bool = False  # the title is quoted inside words about it: "OTT에서는 '마지막 손님'"


def body_blocks(document: Document) -> list[Block]:
    """The blocks extractors may read: no related-posts or comments sections."""
    return [block for block in document.blocks if block.section not in SKIPPED_SECTIONS]


def find_segments(
    document: Document, languages: tuple[str, ...], headline: str | None = None
) -> tuple[list[Segment], list[Block]]:
    """The work segments of the page, and the page-level intro blocks of a roundup."""
    blocks = body_blocks(document)
    if headline is None:
        headline = headline_text(document)
    headings = _roundup_headings(blocks)
    if headings and not _one_work_headline(headline, headings):
        return _roundup_segments(document, blocks, headings, languages, headline)
    if _ROUNDUP_HEADLINE.search(headline):
        # "The best K-dramas of 2024 so far" over plain <h2> titles (below it: not the menu's)
        below = [b for b in blocks if b.start >= _headline_position(blocks, headline)]
        titled = _without_rank_numbers(_title_headings(below))
        if len(titled) >= _MIN_ROUNDUP_WORKS:
            return _roundup_segments(document, blocks, titled, languages, headline)
    if len(_QUOTED.findall(headline)) >= _MIN_ROUNDUP_WORKS:  # (most headlines quote no two titles)
        lines = _line_blocks(blocks)  # a news body of <br> lines is one block: its lines start parts
        named = _headline_title_headings(lines, headline)
        # subheadings stacked under the headline, then prose naming each work in turn; or prose
        # discussing each work in turn, then a box of facts for each ("■ 종점 다방")
        if len(named) >= _MIN_ROUNDUP_WORKS and (
            _stacked(named, lines) or _discussed_before(named, lines, headline)
        ):
            titles = [heading.title for heading in named]
            return _segments_from_parts(document, lines, titles, languages, headline, "title.headline_quoted")
        if len(named) >= _MIN_ROUNDUP_WORKS:
            return _roundup_segments(document, lines, named, languages, headline)
    awarded = _winners_list_segments(document, blocks, languages, headline)
    if awarded is not None:
        return awarded
    channel_led = _channel_led_paragraphs(blocks, headline, document.text)
    if len(channel_led) >= _MIN_ROUNDUP_WORKS:
        return _roundup_segments(document, blocks, channel_led, languages, headline)
    defined = _defined_title_headings(blocks, headline)
    if len(defined) >= _MIN_ROUNDUP_WORKS:
        return _roundup_segments(document, blocks, defined, languages, headline)
    sections = _sections_defining_titles(blocks)
    if len(sections) >= _MIN_ROUNDUP_WORKS:
        return _roundup_segments(document, blocks, sections, languages, headline)
    discussed = _discussed_quoted_titles(blocks, headline) if _QUOTED.search(headline) else []
    if len(discussed) >= _MIN_ROUNDUP_WORKS:
        # "[주간 시청률] 'A' 21.3% 자체 최고…'B' 두 자릿수 눈앞": paragraphs naming each in turn
        return _segments_from_parts(document, blocks, discussed, languages, headline, "title.headline_quoted")
    introduced, split_blocks = _introducing_sentences(blocks)
    if len(introduced) >= _MIN_PROSE_WORKS:
        return _roundup_segments(document, split_blocks, introduced, languages, headline)
    single = _single_segment(document, blocks, languages, headline)
    return ([single] if single else []), []


# "tvN's Saturday-Sunday drama Moon Over Cheongdam reached ...", "SBS's The Ledger Keepers said
# farewell ...": a news paragraph about the work a channel's possessive names at its start
_CHANNEL_LED = re.compile(
    r"(?P<channel>[A-Za-z][A-Za-z0-9+ ]{1,14}?)['’]s\s+(?:(?:new|hit|weekend|daily|family|legal|romantic|"
    r"fantasy|historical|medical|crime|period|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:-[A-Z][a-z]{2,8}day)?)\s+){0,4}"
    r"(?:(?:drama|series|show|sitcom|thriller|comedy|romance|K-drama)\s+)?"
    r"(?P<title>[A-Z0-9][\w'’:-]*(?:\s+(?:of|the|on|and|in|to|a|at|for|from|[A-Z0-9][\w'’:-]*)){0,6})"
)
_CHANNEL_LED_TEXT = 200
_TITLE_CONNECTORS = frozenset({"of", "the", "on", "and", "in", "to", "a", "at", "for", "from"})


def _channel_led_paragraphs(blocks: list[Block], headline: str, page_text: str) -> list[_WorkHeading]:
    """A ratings or premiere news story whose long paragraphs each open on another channel's
    work; only when the headline names one of them (or reads as a roundup)."""
    found: list[_WorkHeading] = []
    for block in blocks:
        if block.kind is not BlockKind.PARAGRAPH or _weight(block.text) < _CHANNEL_LED_TEXT:
            continue
        if "'s " not in block.text and "’s " not in block.text:
            continue  # most paragraphs name no channel's work: skip the sentence split
        opening = sentences(block.text)[:1]
        match = _CHANNEL_LED.search(opening[0][0]) if opening else None
        if match is None or not names_a_channel(match.group("channel").split()[-1]):
            continue
        words = match.group("title").split()
        while words and words[-1] in _TITLE_CONNECTORS:
            words.pop()
        title = " ".join(words)
        if len(words) < 2 or any(fold(title) == fold(heading.title) for heading in found):
            continue
        found.append(_WorkHeading(block, title, block.start + match.start("title"), None, None, False))
    named = [h for h in found if fold(h.title) in fold(headline)]
    if named or _ROUNDUP_HEADLINE.search(headline):
        return found
    # a copy without its headline: the story is about works it names again and again
    repeated = all(page_text.count(h.title) >= _REPEATED_MENTIONS for h in found)
    return found if repeated and len(found) >= _MIN_ROUNDUP_WORKS else []


_REPEATED_MENTIONS = 2


# "Best Actor: Choi Dong-hyun ("Gangnam Undertaker")", "Best Drama: "The Salt Road" (MBC)"
_WINNERS_ENTRY = re.compile(
    r"^(?P<category>[^:：\n\"“]{3,60})[:：]\s+(?:[^:：\n\"“(]{2,50}?\s*)?[(]?[\"“](?P<t>[^\"”\n]{2,60})[\"”]\)?"
    r"(?:\s*\([^()\n]{1,40}\))?\s*$"
)
# "△대상 = 맹순옥('국밥집 둘째 며느리')": a Korean story's list of prize, person and quoted work
_KO_WINNERS_ENTRY = re.compile(
    r"^[△▲■●·-]?\s*(?P<category>[^=\n'‘]{1,30}?)\s*=\s*(?P<person>[^(\n]{1,20}?)\s*"
    r"\(\s*['‘\"“](?P<t>[^'’\"”\n]{2,60})['’\"”]\s*\)\s*$"
)
_MIN_WINNERS_ENTRIES = 3


def _winners_list_segments(
    document: Document, blocks: list[Block], languages: tuple[str, ...], headline: str
) -> tuple[list[Segment], list[Block]] | None:
    """An awards story with a winners list under its prose: the works are the titles the list
    gives in quotes, and each work's part is every paragraph and line that names it."""
    entries = [
        match
        for block in blocks
        if (match := _WINNERS_ENTRY.match(block.text) or _KO_WINNERS_ENTRY.match(block.text))
        and len(block.text) < 160
    ]
    titles = list(dict.fromkeys(match.group("t").strip() for match in entries))
    if len(entries) < _MIN_WINNERS_ENTRIES or len(titles) < _MIN_ROUNDUP_WORKS:
        titles = unquoted_winner_titles([block.text for block in blocks], document.text)
        titles = [title for title in titles if _discussed(title, blocks, headline)]
        if len(titles) < _MIN_ROUNDUP_WORKS:
            return None
    if story_ceremony(headline, "\n".join(block.text for block in blocks if block.text != headline)) is None:
        return None
    return _segments_from_parts(document, blocks, titles, languages, headline, "title.winners_list")


def _discussed_quoted_titles(blocks: list[Block], headline: str) -> list[str]:
    """The titles a headline quotes that the story goes on to discuss, each in paragraphs of
    its own (not a title the headline names in passing)."""
    titles = [match.group("t").strip() for match in _QUOTED.finditer(headline)]
    paragraphs: Counter[str] = Counter()
    led_by: str | None = None  # a paragraph that opens by naming a title goes on about it in the next
    for block in blocks:
        if block.text == headline or _weight(block.text) < _DISCUSSING_PARAGRAPH:
            continue
        named = [(at, title) for title in titles if (at := _mention(block.text, title)) >= 0]
        if len(named) == 1:
            paragraphs[named[0][1]] += 1
            led_by = named[0][1] if named[0][0] <= _LEADING_MENTION_CHARS else None
        elif named:
            led_by = min(named)[1]  # "ViX graba «B», la adaptación de «A»": what follows is about B
        elif led_by is not None:
            paragraphs[led_by] += 1
    return [title for title in titles if paragraphs[title] >= 2]


_DISCUSSING_PARAGRAPH = 100
_LEADING_MENTION_CHARS = 40


def _discussed_before(headings: list[_WorkHeading], blocks: list[Block], headline: str) -> bool:
    """Whether the story discusses every headed work in paragraphs above the first heading."""
    first = min(heading.block.start for heading in headings)
    above = [block for block in blocks if block.start < first]
    discussed = _discussed_quoted_titles(above, headline)
    return all(heading.title in discussed for heading in headings)


def _stacked(headings: list[_WorkHeading], blocks: list[Block]) -> bool:
    """Whether a work's line has no text of its own before the next one's ("- '마지막 잠수부' 2주
    연속 1위" right over "- '할머니의 오토바이', 개봉 첫 주말 2위")."""
    index = {id(block): i for i, block in enumerate(blocks)}
    positions = sorted(index[id(heading.block)] for heading in headings if id(heading.block) in index)
    return any(
        sum(_weight(block.text) for block in blocks[first + 1 : second]) < _TITLE_HEADING_TEXT
        for first, second in pairwise(positions)
    )


def _segments_from_parts(
    document: Document,
    blocks: list[Block],
    titles: list[str],
    languages: tuple[str, ...],
    headline: str,
    rule: str,
) -> tuple[list[Segment], list[Block]]:
    """One segment per title, of the blocks that are about it (see _parts_of_named_works);
    the rest is the page's intro."""
    parts = _parts_of_named_works(blocks, titles)
    segments: list[Segment] = []
    claimed: set[int] = set()
    for title in titles:
        named = parts.get(title)
        if not named:
            continue
        first = named[0]
        start = first.start + max(0, _mention(first.text, title))
        claimed.update(id(block) for block in named)
        segments.append(
            Segment(
                document,
                named,
                title,
                start,
                start + len(title),
                rule,
                None,
                None,
                languages,
                headline,
                roundup=True,
            )
        )
    intro = [block for block in blocks if id(block) not in claimed]
    return segments, intro


def _mention(text: str, title: str) -> int:
    """Where text names the title (as a phrase, or quoted: "'마지막 잠수부'(감독 ...)"), or -1."""
    positions = phrase_positions(text, title, ignore_case=True)
    if positions:
        return positions[0]
    for opening, closing in _QUOTE_PAIRS:
        at = text.find(f"{opening}{title}{closing}")
        if at >= 0:
            return at + 1
    return -1


_QUOTE_PAIRS = (("'", "'"), ("‘", "’"), ('"', '"'), ("“", "”"), ("〈", "〉"), ("《", "》"), ("「", "」"))


def _discussed(title: str, blocks: list[Block], headline: str) -> bool:
    """A winner the story is about, not one it names in passing ("that prize went to X for
    'Dust of Atacama', a portrait of ..."): named in the headline, or in a long paragraph or
    two of its own."""
    if fold(title) in fold(headline):
        return True
    weights = [
        _weight(block.text)
        for block in blocks
        if block.kind is BlockKind.PARAGRAPH and phrase_positions(block.text, title, ignore_case=True)
    ]
    return any(weight >= _LONG_WINNER_PARAGRAPH for weight in weights) or (
        sum(1 for weight in weights if weight >= _WINNER_PARAGRAPH) >= 2
    )


_LONG_WINNER_PARAGRAPH = 210
_WINNER_PARAGRAPH = 120


def _parts_of_named_works(blocks: list[Block], titles: list[str]) -> dict[str, list[Block]]:
    """Each work's blocks in a story about several: the blocks that name it alone, and the
    paragraphs after one that name no work ("Directed by X, the 118-minute drama follows ...")
    up to the next heading. A block that names two ("beat fellow nominees X ("A") and Y ("B")")
    is about the ceremony, not about either."""
    parts: dict[str, list[Block]] = {}
    current: str | None = None
    for block in blocks:
        named = [title for title in titles if _mention(block.text, title) >= 0]
        if len(named) == 1 and not block.is_heading:
            current = named[0]
            parts.setdefault(current, []).append(block)
        elif len(named) > 1 and block.kind is BlockKind.PARAGRAPH:
            # its sentences that name one work alone are about that work; the paragraphs after it,
            # about the one it names first ("ViX graba «B», la adaptación de «A»" ... "La producción ...")
            current = min(named, key=lambda title: _mention(block.text, title))
            for text, start in sentences(block.text):
                alone = [title for title in named if _mention(text, title) >= 0]
                if len(alone) == 1:
                    parts.setdefault(alone[0], []).append(_piece(block, start, start + len(text)))
        elif current is not None and not block.is_heading and _fact_line(block.text):
            parts.setdefault(current, []).append(
                block
            )  # "감독·각본: 남궁하슬" in the box under "■ 열한 번째 겨울"
        elif named or block.is_heading or block.kind is not BlockKind.PARAGRAPH or _heading_like(block.text):
            current = None
        elif current is not None:
            parts.setdefault(current, []).append(block)
    return parts


def _fact_line(text: str) -> bool:
    """A "Label: value" line whose label names a fact of a work ("러닝타임: 97분")."""
    label = line_label(text)
    return label is not None and field_for_label(label) is not None


def _heading_like(text: str) -> bool:
    """A short line with no sentence end: in a text copy, mostly a heading."""
    return _weight(text) < _SHORT_LINE_WEIGHT and not text.rstrip().endswith((".", "!", "?", "。"))


_SHORT_LINE_WEIGHT = 80


def _defined_title_headings(blocks: list[Block], headline: str) -> list[_WorkHeading]:
    """A post about two or more works with no list wording in its headline ("Issue #38: Grief
    in a noodle shop, and a fake marriage"): bare title headings whose own text begins by
    defining the title ("Married by Tuesday is a Chinese romantic comedy")."""
    position = _headline_position(blocks, headline)
    found: list[_WorkHeading] = []
    for heading in _title_headings([b for b in blocks if b.start >= position]):
        title = heading.title
        if is_person_name(title):
            continue  # "Kim Tae-ri" over "Kim Tae-ri is astonishing": a section on an actor
        index = next(i for i, block in enumerate(blocks) if block is heading.block)
        text = " ".join(block.text for block in blocks[index + 1 : index + 1 + _DEFINING_BLOCKS])
        if any(_DEFINES.match(text, at + len(title)) for at in phrase_positions(text, title)):
            found.append(heading)  # "Married by Tuesday is a Chinese romantic comedy"
    return found


_DEFINING_BLOCKS = 2
_DEFINES = re.compile(r"\s+(?:is|was|es|adalah|merupakan)\s+(?:a|an|un|una|sebuah)\b")


def _sections_defining_titles(blocks: list[Block]) -> list[_WorkHeading]:
    """A newsletter's sections ("THE AUCTIONEER WHO COUNTS BACKWARDS") whose first paragraph
    opens by defining a work ("The Mackerel Auctioneer is a 12-episode Korean crime thriller"):
    each section is that work's part, from its heading on."""
    found: list[_WorkHeading] = []
    for heading, paragraph in pairwise(blocks):
        if len(heading.text) > _SECTION_HEADING_CHARS or heading.text.endswith((".", ",", ";")):
            continue
        if paragraph.kind is not BlockKind.PARAGRAPH or _weight(paragraph.text) < _TITLE_HEADING_TEXT:
            continue
        title = defined_title(paragraph.text)
        if title is None or any(fold(title) == fold(other.title) for other in found):
            continue
        found.append(_WorkHeading(heading, title, paragraph.start, None, None, False))
    return found


_SECTION_HEADING_CHARS = 80


def _line_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks with every line of a many-line block as a block of its own."""
    result: list[Block] = []
    for block in blocks:
        if "\n" not in block.text or block.kind is not BlockKind.PARAGRAPH:
            result.append(block)
            continue
        position = 0
        for line in block.text.split("\n"):
            if line.strip():
                result.append(_piece(block, position, position + len(line)))
            position += len(line) + 1
    return result


def _headline_title_headings(blocks: list[Block], headline: str) -> list[_WorkHeading]:
    """ "Weekend Ratings: 'The Eighth Tenant' Tops 21%, 'Blue Hour Pharmacy' Hits New High":
    a headline quoting several titles, and a short line for each below it ("KBS2 — 'The
    Eighth Tenant' passes 21%") that starts its part of the article. Where a title has several
    such lines (the subheadings under the headline, then a section's own line), the last one
    with text of its own under it starts its part."""
    titles = [match.group("t").strip() for match in _QUOTED.finditer(headline)]
    if len(titles) < _MIN_ROUNDUP_WORKS:
        return []
    lines: list[tuple[int, _WorkHeading]] = []
    for index, block in enumerate(blocks):
        text = block.text
        if text == headline or len(text) > _MAX_TITLE_LINE or text.endswith((".", ":")):
            continue
        quoted = [match for match in _QUOTED.finditer(text) if match.group("t").strip() in titles]
        if len(quoted) == 1:
            title = quoted[0].group("t").strip()
            lines.append(
                (index, _WorkHeading(block, title, block.start + quoted[0].start("t"), None, None, False))
            )
            continue
        bare = _TRAILING_PARENTHETICAL.sub("", text).strip()  # "Cherry Blossom Firewall (tvN)"
        same = [title for title in titles if fold(title) == fold(bare)] if not quoted else []
        if same:
            lines.append(
                (index, _WorkHeading(block, same[0], block.start + text.find(bare), None, None, False))
            )
    chosen: dict[str, tuple[int, _WorkHeading]] = {}
    for position, (index, heading) in enumerate(lines):
        stop = lines[position + 1][0] if position + 1 < len(lines) else len(blocks)
        weight = sum(_weight(block.text) for block in blocks[index + 1 : stop])
        if heading.title not in chosen or weight >= _TITLE_HEADING_TEXT:
            chosen[heading.title] = (index, heading)  # the last line with text of its own under it
    return [heading for _, heading in sorted(chosen.values(), key=lambda item: item[0])]


_MAX_TITLE_LINE = 100


def _one_work_headline(headline: str, headings: list[_WorkHeading]) -> bool:
    """ "[영화 리뷰] 파도 아래 도서관 – ..." over "1. 송하진 배우의 연기", "2. 조연들": a review of one
    work whose numbered points are not works (a headline naming none of them, no list wording)."""
    if _ROUNDUP_HEADLINE.search(headline) or not _REVIEW_WORD.search(headline):
        return False
    named = title_from_headline(headline)
    if named is None or len(fold(named[0])) < _MIN_NAMED_TITLE:
        return False
    key = fold(named[0])
    # "숫자로 보는 '장안의 등불'" is a section about the headline's work, not the work listed again
    return not any(
        fold(heading.title) in key
        or (key in fold(heading.title) and len(fold(heading.title)) <= len(key) + 6)
        for heading in headings
        if not heading.framed
    )


_MIN_NAMED_TITLE = 3
_REVIEW_WORD = re.compile(r"\b(?:review|reseña|resensi|ulasan|critique|crítica)\b|리뷰|후기", re.IGNORECASE)


# A heading that quotes its title, then says something of it after a dash, colon or parenthesis
_MAX_FRAMING_WORDS = 3
# a quoted name, a Korean particle after it or not ("'시청률'과"); an apostrophe inside a word is no quote
_QUOTED_SPAN = re.compile(
    r"(?<![\w'’])['‘\"“〈《「『](?P<t>[^'‘’\"“”〈〉《》「」『』\n]{1,60})['’\"”〉》」』](?![A-Za-z])"
)
_LEADING_QUOTED_TITLE = re.compile(
    r"^[〈《「『“\"‘'«](?P<inner>[^〈《「『〉》」』“”\"‘’'«»]{1,60})[〉》」』”\"’'»]\s*(?:[—–:|,(-]|$)"
)


def _parse_work_heading(block: Block) -> _WorkHeading | None:
    if len(block.text) > 100 or "\n" in block.text:
        return None
    match = _WORK_HEADING.match(block.text)
    if not match:
        return None
    numbered = bool(match.group("number"))
    year = int(match.group("year")) if match.group("year") else None
    if not numbered and year is None:
        return None
    title = _LEADING_TAG.sub("", match.group("title").strip())  # "1. [한드] 새벽 두 시의 편의점"
    title = _EXTRA_ITEM.sub("", title)  # "Extra: Los faroles de Hirosaki (2023)"
    quoted = _LEADING_QUOTED_TITLE.match(title)  # "〈검은 모래시계〉 – 끝까지 숨 막히는 법정 스릴러"
    framed = False
    if not quoted:
        spans = list(_QUOTED_SPAN.finditer(title))
        if len(spans) >= 2:
            return None  # "관전 포인트는 '시청률'과 '화제성'": a section about two things
        if spans and len(_QUOTED_SPAN.sub("", title).split()) <= _MAX_FRAMING_WORDS:
            title, framed = spans[0].group("t").strip(), True  # "OTT에서는 '마지막 손님'": the quoted work
        elif spans and has_hangul(title):
            return None  # "2. 하서율, '겨울 붕어빵' 이후 1년 만의 복귀": a point about a work, not one
        elif spans:
            title, framed = spans[0].group("t").strip(), True  # "Films: 'Last Call at Sokcho' opens at No. 2"
    if _KOREAN_SENTENCE_END.search(title):
        return None  # "3. 1회 마지막 10분 놓치지 마세요": a point, not a title
    title = quoted.group("inner") if quoted else title.strip("\"“”‘’'«»").strip()
    title = _without_dash_facts(title)
    if not title or len(title.split()) > 12 or not any(char.isalpha() for char in title):
        return None
    if title.endswith((".", "?", "!")) and not title.endswith("!"):
        return None
    year_span = None
    if year is not None:
        year_start = block.start + match.start("year")
        year_span = (year_start, year_start + 4)
    title_start = block.start + block.text.find(title)
    return _WorkHeading(block, title, title_start, year, year_span, numbered, framed)


def _card_headings(blocks: list[Block]) -> list[_WorkHeading]:
    """Titles of list cards: a short line followed by a type line with the year."""
    found: list[_WorkHeading] = []
    for block, following in pairwise(blocks):
        match = _TYPE_LINE.match(following.text)
        if not match or len(block.text) > 90 or "\n" in block.text:
            continue
        if block.text.endswith((".", "!", "?")) or not any(ch.isalpha() for ch in block.text):
            continue
        year_start = following.start + match.start("year")
        found.append(
            _WorkHeading(
                block,
                block.text,
                block.start,
                int(match.group("year")),
                (year_start, year_start + 4),
                False,
            )
        )
    return found


# "Vape Wave (documentaire, 1h28, Planète+)", "Move to Heaven (2021, Netflix)".
_INFO_LINE = re.compile(
    r"^(?P<title>[^()\n]{1,80}?)\s*\((?P<info>[^()\n]{3,80})\)\s*(?:[.:]?$|[—–:]\s+(?P<rest>\S.{20,}))"
)
# "The Ledger of Small Debts — tvN, 12 episodes": a title, a dash, then its facts
_DASH_INFO_LINE = re.compile(
    r"^(?P<title>[^—–|()\n]{1,80}?)(?:\s*\((?P<year>(?:19|20)\d\d)\))?\s+[—–|]\s+(?P<info>[^—–|\n]{3,80})$"
)  # "Monsoon Letters (2023) – GMM 25, 12 episodes"


_INFO_FIELD = re.compile(
    r"^(?:(?:19|20)\d\d|\d{1,2}\s*(?:h|hr|hrs|hours?)\.?(?:\s*\d{1,2}\s*(?:m|min|mins|minutes)?)?|"
    r"\d{1,3}\s*min\w*|\d{1,3}\s*[x×]\s*\d{1,3}\s*\w*|"
    r"\d{1,4}\s+(?:episodes?|eps|épisodes|episodios)|"
    r"(?:\w+\s+)?(?:(?:web)?s[ée]ries?(?:\s+\w+)?|film|movie|docu\w*|documental|película|drama|k-drama|"
    r"tv series|miniseries|anime)|영화|드라마|시리즈|애니메이션|다큐멘터리)$",
    re.IGNORECASE,
)


def _introduces_text(blocks: list[Block], block: Block) -> bool:
    """Whether a work's heading line is followed by text about it (not by another heading)."""
    index = next((i for i, candidate in enumerate(blocks) if candidate is block), -1)
    if index < 0 or index + 1 >= len(blocks):
        return False
    following = blocks[index + 1]
    if _CREDIT_LINE.match(following.text) and index + 2 < len(blocks):
        following = blocks[index + 2]  # "Dir. Seomun Ha-yoon" between the title line and its text
    return len(following.text) >= 60 or bool(KEY_VALUE_LINE.match(following.text))


_CREDIT_LINE = re.compile(
    r"^(?:dir\.|directed by|director:?|created and directed by|created by|written and directed by)"
    r"\s+\S.{0,60}$",
    re.IGNORECASE,
)


def _info_line_headings(blocks: list[Block]) -> list[_WorkHeading]:
    """Works introduced by a line of title plus facts in parentheses, or after a dash."""
    found: list[_WorkHeading] = []
    for block in blocks:
        if len(block.text) > _MAX_INFO_ITEM or "\n" in block.text:
            continue
        for pattern in (_INFO_LINE, _DASH_INFO_LINE):  # "Title (2022) – Channel 3, 18 episodes" is the second
            heading = _info_heading(pattern.match(block.text), block, blocks)
            if heading is not None:
                found.append(heading)
                break
    return found


def _channel_led_items(blocks: list[Block]) -> list[_WorkHeading]:
    """Paragraphs that each open on a work and its channel, then describe it: "The Crane
    Keeper of Suncheon Bay (tvN) — The 16-episode romance aired ..."."""
    found: list[_WorkHeading] = []
    for block in blocks:
        match = _INFO_LINE.match(block.text) if len(block.text) <= _MAX_INFO_ITEM else None
        if not match or len(match.group("rest") or "") < _DESCRIBING_TEXT:
            continue  # (a thread list's "[Review] X (tvN) – finished all 16 eps, 9/10" describes nothing)
        if not names_a_channel(match.group("info").strip()):
            continue
        title = match.group("title").strip().strip('«»"“”')
        if title and len(title.split()) <= _MAX_TITLE_WORDS and not title.endswith((".", "!", "?", ",")):
            found.append(_WorkHeading(block, title, block.start + block.text.find(title), None, None, False))
    return found


_MIN_CHANNEL_LED_ITEMS = 3
_DESCRIBING_TEXT = 100
_MAX_TITLE_WORDS = 12


def _info_heading(match: re.Match[str] | None, block: Block, blocks: list[Block]) -> _WorkHeading | None:
    if not match or (len(block.text) > _MAX_INFO_LINE and not match.groupdict().get("rest")):
        return None
    fields = [field.strip() for field in re.split(r"[,;/·|]", match.group("info"))]
    if match.groupdict().get("year"):
        fields.append(match.group("year"))
    known = sum(1 for field in fields if _INFO_FIELD.match(field) or names_a_channel(field))
    if len(fields) < 2 or not known or (match.re is _DASH_INFO_LINE and known < 2):
        return None
    title = match.group("title").strip().strip('«»"“”')
    if not title or len(title.split()) > 12 or title.endswith((".", "!", "?", ",")):
        return None
    described_here = match.re is _INFO_LINE and match.group("rest") is not None
    if not described_here and not _introduces_text(blocks, block):
        return None  # a sidebar's "Hyena (SBS, 2020)" introduces nothing
    year = next((int(f) for f in fields if re.fullmatch(r"(?:19|20)\d\d", f)), None)
    year_span = None
    if year is not None:
        position = block.start + block.text.find(str(year), match.end("title"))
        year_span = (position, position + 4)
    return _WorkHeading(block, title, block.start + block.text.find(title), year, year_span, False)


# 'The one I keep coming back to is "The Night Bus to Samcheok", directed by Shin Hae-won, ...'
_INTRODUCED_WORK = re.compile(
    r"[\"“](?P<t>[^\"”\n]{2,80}?)[,.]?[\"”],?\s+"
    r"(?:\((?:dir\.|directed by)|(?:written and\s+|co-)?directed\s+by\b)"
)
_MIN_PROSE_WORKS = 3
_INTRODUCTION_CHARS = 300


def _headline_position(blocks: list[Block], headline: str) -> int:
    """Where the headline stands among the blocks (its last copy above the text), else 0."""
    position = 0
    for block in blocks:
        if block.text == headline:
            position = block.start
        elif len(block.text) >= _TITLE_HEADING_TEXT * 3:
            break  # the running text has started
    return position


def _title_headings(blocks: list[Block]) -> list[_WorkHeading]:
    """Under a roundup headline, headings of one level that are bare titles (no number, no
    year), each over a paragraph about it: the works. Section names ("Honorable mentions",
    "23 comments") are not titles."""
    by_level: dict[int, list[_WorkHeading]] = {}
    for index, (block, following) in enumerate(pairwise(blocks)):
        text = block.text.strip()
        if not block.is_heading or following.is_heading:
            continue
        # its paragraph, perhaps under a short facts line ("Premieres Friday, June 14 · All at once")
        after = blocks[index + 2] if index + 2 < len(blocks) else following
        if (
            len(following.text) < _TITLE_HEADING_TEXT
            and (after.is_heading or len(after.text) < _TITLE_HEADING_TEXT)
            and not _fact_line(following.text)  # ("Network: KBS2" over "Episodes: 16": its facts)
        ):
            continue
        if len(text) > _MAX_TITLE_HEADING or text.endswith((".", "?", "!", ":")) or classify_heading(text):
            continue
        if _LIST_PART_HEADING.match(text):  # "Other winners", "More picks", "Also worth a look"
            continue
        words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", text)]
        if not words or sum(1 for word in words if word[0].isupper()) * 2 < len(words):
            continue
        by_level.setdefault(block.level, []).append(
            _without_heading_facts(_WorkHeading(block, text.strip('"“”«»'), block.start, None, None, False))
        )
    return max(by_level.values(), key=len, default=[])


def _without_heading_facts(heading: _WorkHeading) -> _WorkHeading:
    """ "Silk Threads of Samcheong-dong (TVING) – February 9": the title without the facts after it."""
    return _without_info_parenthetical(replace(heading, title=_without_dash_facts(heading.title)))


def _without_dash_facts(title: str) -> str:
    """ "Lluvia sobre Mokpo — Kim Do-hyun — 19 de febrero de 2025": the title before its facts."""
    parts = _DASH_SEPARATOR.split(title)
    if len(parts) >= 2 and all(_dash_fact(part) for part in parts[1:]):
        return parts[0].strip()
    return title


_LIST_PART_HEADING = re.compile(
    r"^(?:other|more|also|full list|honou?rable|the rest|and the rest|bonus|otros|otras|lainnya)\b",
    re.IGNORECASE,
)
_TITLE_HEADING_TEXT = 60
_MAX_TITLE_HEADING = 60


def _introducing_sentences(blocks: list[Block]) -> tuple[list[_WorkHeading], list[Block]]:
    """A festival recap or essay with no headings: sentences that each introduce a new quoted
    title with its director name the works. A paragraph that moves on to the next film in
    mid-course is cut there, so each work's text is its own (offsets stay the page's)."""
    found: list[_WorkHeading] = []
    seen: set[str] = set()
    result: list[Block] = []
    for block in blocks:
        quoted = '"' in block.text or "“" in block.text
        if not quoted or "dir" not in block.text or block.kind is not BlockKind.PARAGRAPH:
            result.append(block)  # (a cheap test: most pages have no such paragraph)
            continue
        if block.section in SKIPPED_SECTIONS:
            result.append(block)
            continue
        cuts: list[tuple[int, str, int]] = []  # (sentence start, title, title start) in block.text
        for text, start in sentences(block.text):
            match = _INTRODUCED_WORK.search(text[:_INTRODUCTION_CHARS])
            if match and fold(match.group("t")) not in seen:
                seen.add(fold(match.group("t")))
                cuts.append((start, match.group("t").strip(), start + match.start("t")))
        if not cuts:
            result.append(block)
            continue
        edges = [cut[0] for cut in cuts] + [len(block.text)]
        if edges[0] > 0:
            result.append(_piece(block, 0, edges[0]))
        for (start, title, title_start), end in zip(cuts, edges[1:], strict=True):
            piece = _piece(block, start, end)
            result.append(piece)
            found.append(_WorkHeading(piece, title, block.start + title_start, None, None, False))
    return found, result


def _piece(block: Block, start: int, end: int) -> Block:
    text = block.text[start:end].rstrip()
    return replace(block, text=text, start=block.start + start, end=block.start + start + len(text))


_MAX_INFO_LINE = 140
_MAX_INFO_ITEM = 500  # "Title (tvN, premieres March 1) — a sentence about it", one list item


_NUMBERED_TITLE = re.compile(
    # "1. Title", "#1 Title", "1위. 제목"
    r"^\s*(?:#?(?P<n>\d{1,3})\s*[.):\-–]\s+|#(?P<n2>\d{1,3})\s+|(?:[▶►▷■◆●]\s*)?(?P<n3>\d{1,3})\s*위\s*[.):|]?\s+|"
    r"\d\ufe0f?\u20e3\s*|[\u2460-\u2473\u2776-\u277f]\s*|[▶►▷■◆◇●▪➤➜✦]\s*)"  # and "▶ Title" bullets
    r"(?P<title>\S.{0,78})$"
)


_BARE_NUMBER = re.compile(r"^\s*\d{1,2}\s*$")


def _titles_a_card(block: Block) -> bool:
    """A short line that may be a card's title (not a sentence, a label line or a number)."""
    text = block.text
    return (
        len(text) <= _MAX_CARD_TITLE
        and "\n" not in text
        and not text.endswith((".", ":", ",", "!"))
        and any(char.isalpha() for char in text)
        and not KEY_VALUE_LINE.match(text)
    )


_MAX_CARD_TITLE = 80


def _card_facts(blocks: list[Block]) -> bool:
    """Whether one of a card's next lines is a line of facts ("China · 2025 · 36 episodes")."""
    return any(sum(map(_known_fact, _facts_fields(block))) >= _MIN_CARD_FACTS for block in blocks)


_MIN_CARD_FACTS = 2
_BARE_RANK = re.compile(r"^(?:\d{1,3}\s*위|#?\d{1,3}|No\.\s*\d{1,3})$")
_FACT_LABEL_WORD = re.compile(r"^(?:출연|연출|극본|각본|감독|방송|장르|회차|편성|제작|OTT)(?:\s|[:：])")
_CAST_LINE = re.compile(r"[a-z]\s+(?:as|sebagai|como|comme)\s+[A-Z]|[가-힣]\s*역\s*$")


def _numbered_title_lines(blocks: list[Block]) -> list[_WorkHeading]:
    """Plain-text roundups: "1. Salt Flower" on its own line, its text below it."""
    found: list[_WorkHeading] = []
    last_number = -1
    for index, (block, following) in enumerate(pairwise(blocks)):
        if (
            _BARE_NUMBER.match(block.text)
            and _titles_a_card(following)
            and _card_facts(blocks[index + 2 : index + 5])
        ):
            # a card's rank badge on a line of its own, then its title: "1" over "The Lacquerware Apprentice"
            rank = int(block.text)
            if last_number < 0 or abs(rank - last_number) == 1:
                card = _WorkHeading(following, following.text, following.start, None, None, True)
                found.append(_without_info_parenthetical(card))
                last_number = rank
            continue
        match = _NUMBERED_TITLE.match(block.text)
        if match is None and not block.is_heading and "\n" not in block.text:
            dated = _parse_work_heading(block)  # "Lotus Lantern Inn (2023)" over its paragraph
            facts_follow = len(following.text) >= 60 or bool(KEY_VALUE_LINE.match(following.text))
            if dated is not None and dated.year is not None and facts_follow:
                found.append(dated)  # (a page cut off may leave a work only its first facts)
            continue
        if not match or "\n" in block.text:
            continue
        title_text = match.group("title").strip()
        if _BARE_RANK.match(title_text) and following.kind is BlockKind.TABLE_CELL:
            # "▶ 3위 | 고백 대행 주식회사 (tvN)": a rank cell, then the title's cell in its row
            if following.container == block.container:
                cell = _WorkHeading(following, following.text, following.start, None, None, True)
                found.append(_without_info_parenthetical(cell))
            continue
        followed_by_item = _NUMBERED_TITLE.match(following.text) and _numbering_style(
            following.text
        ) == _numbering_style(block.text)  # ("④ 봉고차 삼남매" over "▶ JTBC / 16부작": its facts)
        if title_text.endswith((".", ",", ";", ":")) or followed_by_item:
            continue
        if _CAST_LINE.search(title_text) or _FACT_LABEL_WORD.match(title_text):
            continue  # "1. Tawan Srisawat sebagai Phop Wongsakul" under "Daftar Pemain"; "▶ 출연 X, Y"
        parsed = _parse_work_heading(block)
        if parsed is None:
            continue
        text_follows = (
            _item_text_weight(blocks, index + 1, _numbering_style(block.text)) >= 60
            and following.kind is not BlockKind.LIST_ITEM
        )
        number = match.group("n") or match.group("n2") or match.group("n3")
        # the next number of the list over a paragraph: a page cut off leaves its last item short
        continues = number is not None and int(number) == last_number + 1 and not following.is_heading
        if (
            text_follows
            or parsed.year is not None
            or KEY_VALUE_LINE.match(following.text)
            or _facts_line(following)
            or following.kind in _FACTS_BOX_KINDS  # "1. El cartógrafo de Hwaseong" over its facts table
            or (continues and found and following.kind is BlockKind.PARAGRAPH)
        ):
            found.append(_without_info_parenthetical(parsed))
            last_number = int(number) if number is not None else -1
    return _one_numbering(found)


_FACTS_BOX_KINDS = frozenset({BlockKind.TABLE_CELL, BlockKind.TERM})


def _item_text_weight(blocks: list[Block], start: int, style: str | None = None) -> int:
    """How much text an item has below its numbered line (up to three blocks, to the next item:
    a line numbered in the item's own style; "▶ JTBC / 16부작" under "④ Title" is its text)."""
    total = 0
    for block in blocks[start : start + _ITEM_TEXT_BLOCKS]:
        bulleted = _NUMBERED_TITLE.match(block.text)
        numbered = bulleted and (style is None or _numbering_style(block.text) == style)
        if numbered or (block.is_heading and not bulleted):
            break  # (a line bulleted in another style is the item's own, even one that looks a heading)
        total += _weight(block.text)
    return total


_ITEM_TEXT_BLOCKS = 3


def _one_numbering(found: list[_WorkHeading]) -> list[_WorkHeading]:
    """A list numbered one way ("1위. 제목"), with points numbered another way inside its items
    ("① 염전 풍경"): the works are the numbering with the most items (the first on a tie)."""
    styles: dict[str, list[_WorkHeading]] = {}
    for heading in found:
        styles.setdefault(_numbering_style(heading.block.text), []).append(heading)
    if len(styles) < 2:
        return found
    best = max(styles.values(), key=len)  # dicts keep order: the first style wins a tie
    return best


def _numbering_style(text: str) -> str:
    stripped = text.lstrip()
    first = stripped[:1]
    if first and ("\u2460" <= first <= "\u2473" or "\u2776" <= first <= "\u277f"):
        return "circled"
    if stripped.startswith("#"):
        return "hash"
    if re.match(r"\d{1,3}\s*위", stripped):
        return "rank"
    if first in "▶►▷■◆◇●▪➤➜✦":
        return f"bullet {first}"  # "◆ ENA '고등어 골목의 여름'" over its "▶ 연출 ..." lines: two lists
    if not stripped[:1].isdigit():
        return "dated"
    return "number"


_TRAILING_PARENTHETICAL = re.compile(r"\s*\((?P<info>[^()]{2,60})\)$")


def _is_a_date(text: str) -> bool:
    mentions = find_dates(text)
    return bool(mentions) and mentions[0].end - mentions[0].start >= len(text.strip()) - 2


def _without_info_parenthetical(heading: _WorkHeading) -> _WorkHeading:
    """ "#1 Moving (Disney+)": the facts in parentheses are not part of the title."""
    match = _TRAILING_PARENTHETICAL.search(heading.title)
    if match is None:
        return heading
    title = heading.title[: match.start()].strip()
    fields = [field.strip() for field in re.split(r"[,;/·|]", match.group("info"))]
    # "Mudik Nekat (12 September 2024)": a release date is a fact too
    facts = all(_INFO_FIELD.match(field) or names_a_channel(field) or _is_a_date(field) for field in fields)
    if facts:
        return _without_info_parenthetical(replace(heading, title=title))  # "X (Other Name) (Netflix)"
    if _is_other_name(match.group("info"), title):
        return replace(heading, title=title)
    return heading


def _is_other_name(info: str, title: str) -> bool:
    """ "Las flores del puerto (Harbor Flowers)", "Queen of Tears (눈물의 여왕)": the work's name
    in another language, which is not part of the title; "Love (ft. Marriage and Divorce)" and
    "BPM (Beats Per Minute)" are."""
    first = info.lstrip()[:1]
    if len(title) < _MIN_CAPS_TITLE or not (first.isupper() or ord(first or " ") > _CJK_START):
        return False
    initials = "".join(word[:1] for word in info.split()).lower()
    if initials == title.replace(".", "").lower():
        return False
    return not _SEASON_NOTE.search(info) and not re.search(r"[.!?:;]\s", info)


_SEASON_NOTE = re.compile(r"\b(?:season|temporada|part|parte|musim|vol)\b|시즌|\d", re.IGNORECASE)


_DASH_SEPARATOR = re.compile(r"\s[—–-]\s")


def _dash_fact(part: str) -> bool:
    """A fact after a title and a dash: a person, a date, a channel, a year or a count."""
    part = part.strip()
    return bool(
        find_dates(part)
        or find_month_days(part)
        or is_person_name(part)
        or _INFO_FIELD.match(part)
        or names_a_channel(part)
    )


def _weight(text: str) -> int:
    """A text's length as Latin letters go: Korean, Chinese and Japanese say as much in about
    half the characters."""
    if text.isascii():
        return len(text)
    return 2 * len(text) - len(_WIDE_CHARS.sub("", text))  # (a regex counts them at C speed)


_CJK_START = 0x2E80
_WIDE_CHARS = re.compile("[\u2e81-\U0010ffff]+")


def _facts_line(block: Block) -> bool:
    """A work's line of facts under its title: "Disney+ | 20 episodios | Acción, fantasía"."""
    fields = _facts_fields(block)
    known = sum(1 for field in fields if _known_fact(field))
    return len(fields) >= 2 and known >= 2


_AFTER_BOLD_TITLE = re.compile(r"^\s*(?:\([^()]{1,30}\))?\s*(?P<mark>[.:—–]|\s-)\s+\S")
_LEAD_NUMBER = re.compile(r"^\s*(?:#?\d{1,3}[.)]?\s+)")
_LEAD_YEAR = re.compile(r"\s*\((?P<y>(?:19|20)\d\d)\)\s*$")
_MIN_BOLD_LEAD_WORKS = 3
_MAX_BOLD_TITLE_WORDS = 8


def _bold_lead_items(blocks: list[Block]) -> list[_WorkHeading]:
    """ "<p><strong>Tsukikage Kitchen</strong>. La comedia culinaria de la temporada ...</p>":
    paragraphs that open with a work's title in bold, then say something of it."""
    found: list[_WorkHeading] = []
    for block in blocks:
        lead = (block.lead or "").strip()
        if not lead or block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            continue
        after = _AFTER_BOLD_TITLE.match(block.text[len(lead) :])
        if (
            after is None
            or _weight(block.text) - len(lead) < _TITLE_HEADING_TEXT
            or lead.endswith((":", "?", "!"))
        ):
            continue
        if after.group("mark") == ":" and is_person_name(lead):
            continue  # "<b>Kim Ji-won</b>: I think ...": an interview's speaker
        title = _LEAD_NUMBER.sub("", lead).strip()
        year_match = _LEAD_YEAR.search(title)
        year = int(year_match.group("y")) if year_match else None
        title = title[: year_match.start()].strip() if year_match else title
        words = title.split()
        if not words or len(words) > _MAX_BOLD_TITLE_WORDS or not (title[0].isupper() or title[0].isdigit()):
            continue
        start = block.start + block.text.find(title)
        year_span = None
        if year_match:
            year_start = block.start + block.text.find(str(year), start - block.start + len(title))
            year_span = (year_start, year_start + 4)
        found.append(_WorkHeading(block, title, start, year, year_span, False))
    return found


def _quoted_lead_items(blocks: list[Block]) -> list[_WorkHeading]:
    """ "\"Noodles After the Last Bus\" kicks things off on Monday, June 1 ...": a list's long
    paragraphs that each open with a work's title in quotes (a title, not a quoted remark:
    its words are capitalised, and it is no sentence)."""
    found: list[_WorkHeading] = []
    for block in blocks:
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or _weight(block.text) < _LONG_ITEM:
            continue
        match = _QUOTED_LEAD.match(block.text)
        if match is None:
            continue
        title = match.group("t").strip()
        words = [word for word in title.split() if len(word) > 3]
        if not words or sum(1 for word in words if word[0].isupper()) * 3 < len(words) * 2:
            continue
        if any(heading.title == title for heading in found):
            continue
        found.append(_WorkHeading(block, title, block.start + match.start("t"), None, None, False))
    return found


_QUOTED_LEAD = re.compile(
    r"^\s*[\"“](?P<t>[A-Z0-9][^\"“”\n.!?,]{1,70}?)[\"”](?=\s+(?:is|was|kicks|arrives|lands|starts|closes|"
    r"opens|returns|comes|follows|premieres|debuts|drops|hits|joins|streams|airs|[a-z]+s)\b|\s*[,:—–-])"
)
_LONG_ITEM = 200
_MIN_QUOTED_LEAD_WORKS = 3


def _titles_over_facts_lines(blocks: list[Block]) -> list[_WorkHeading]:
    """ "LAS HIJAS DEL FARO (Netflix)" over "Serie · España · Fecha de estreno: 16 de octubre de
    2024" over a paragraph: a title whose next line is made of facts only."""
    found: list[_WorkHeading] = []
    for index, block in enumerate(blocks[:-2]):
        following, text = blocks[index + 1], blocks[index + 2]
        if len(block.text) > 90 or "\n" in block.text or block.text.endswith((".", "!", "?", ":", ",")):
            continue
        if block.kind in _FACTS_BOX_KINDS:
            continue  # "Dónde verlo" over "Netflix, Viki": a facts table's label and its value
        fields = _facts_fields(following)  # most lines hold no separator: the cheap test first
        if len(fields) < 2 or _weight(text.text) < _TITLE_HEADING_TEXT:
            continue
        known = [_known_fact(field) for field in fields]
        # every field a fact ("— streaming on iQIYI" may trail three of them)
        if not all(known) and not (sum(known) >= _MIN_FACTS_BEFORE_TAIL and all(known[:-1])):
            continue
        if KEY_VALUE_LINE.match(block.text) or _facts_line(block):
            continue
        # "EXPEDIENTE CEDAR (The Cedar Files)" too
        found.append(
            _without_info_parenthetical(_WorkHeading(block, block.text, block.start, None, None, False))
        )
    return found


def _headings_over_fact_items(blocks: list[Block]) -> list[_WorkHeading]:
    """A streaming page's cards: a title heading over a list of short facts ("2026", "KBS2",
    "Family", "50 Episodes", "TV-PG"), one per item."""
    found: list[_WorkHeading] = []
    for index, block in enumerate(blocks):
        if (
            block.kind is not BlockKind.HEADING
            or len(block.text) > 90
            or block.text.endswith((".", ":", ","))
        ):
            continue
        items = list(takewhile(lambda item: item.kind is BlockKind.LIST_ITEM, blocks[index + 1 : index + 12]))
        if any(len(item.text) > _MAX_FACT_ITEM for item in items):
            continue
        if sum(_known_fact(item.text) for item in items) >= _MIN_FACT_ITEMS:
            found.append(_WorkHeading(block, block.text, block.start, None, None, False))
    return found


_MAX_FACT_ITEM = 30
_MIN_FACT_ITEMS = 3


def _facts_fields(block: Block) -> list[str]:
    if len(block.text) > _MAX_INFO_LINE or "\n" in block.text:
        return []
    text = block.text.replace("(", " ").replace(")", " ")  # "(GMM25 · 12 episodes · Thailand) — on iQIYI"
    return [field.strip() for field in re.split(r"\s[|·•/—–]\s|,\s", text) if field.strip()]


def _known_fact(field: str) -> bool:
    """A field of a facts line: "Serie", "2024", "Netflix", "España", "Fecha de estreno: 16 de octubre",
    "Dir. Ushijima Aki"."""
    if (
        _INFO_FIELD.match(field)
        or names_a_channel(field)
        or country_name(field)
        or _CREDIT_FIELD.match(field)
    ):
        return True
    return bool(KEY_VALUE_LINE.match(field)) and bool(find_dates(field) or find_month_days(field))


_MIN_FACTS_BEFORE_TAIL = 3
_CREDIT_FIELD = re.compile(r"^(?:[Dd]ir\.|[Dd]irector:?|[Dd]irected by|[Ss]utradara:?|감독)\s+[A-Z가-힣]")


def _table_row_headings(blocks: list[Block]) -> list[_WorkHeading]:
    """Works listed as table rows: the cells of a column headed "Title" (or "Drama", "Film"),
    not in a table of a show's episodes ("Ep. | Title | Original air date")."""
    episodes = episode_tables(blocks)
    found: list[_WorkHeading] = []
    for block in blocks:
        if block.container in episodes:
            continue
        label = block.column_label
        if label and field_for_label(label) == "title" and block.text and len(block.text) <= 90:
            title = block.text.strip().strip('"“”«»')
            if any(char.isalpha() for char in title):
                cell = _WorkHeading(block, title, block.start + block.text.find(title), None, None, False)
                found.append(_without_info_parenthetical(cell))  # "마지막 배송 (영화)"
    return found


# "1. EL JARDÍN DE LAS CIGARRAS (매미 정원): La sorpresa de la primavera. ...": a numbered item
# whose title, in capitals, opens its own paragraph
_CAPS_LEAD_ITEM = re.compile(
    r"^\s*\d{1,3}[.)]\s+(?P<t>[^a-z:：\n]{3,80}?)\s*(?:\([^()]{1,40}\))?\s*[:：]\s+\S"
)


def _caps_lead_items(blocks: list[Block]) -> list[_WorkHeading]:
    found: list[_WorkHeading] = []
    for block in blocks:
        match = _CAPS_LEAD_ITEM.match(block.text)
        if match is None or _weight(block.text) < _TITLE_HEADING_TEXT:
            continue
        title = match.group("t").strip()
        letters = [char for char in title if char.isalpha()]
        if len(letters) < _MIN_CAPS_TITLE or not all(char.isupper() for char in letters if char.isascii()):
            continue
        found.append(_WorkHeading(block, title, block.start + match.start("t"), None, None, True))
    return found


_MIN_CAPS_TITLE = 3


def _roundup_headings(blocks: list[Block]) -> list[_WorkHeading]:
    # the list layouts, most specific first; the first that finds enough works wins
    finders = (
        (_table_row_headings, _MIN_ROUNDUP_WORKS),
        (_numbered_title_lines, _MIN_ROUNDUP_WORKS),
        (_caps_lead_items, _MIN_ROUNDUP_WORKS),
        (_card_headings, _MIN_ROUNDUP_WORKS),
        (_info_line_headings, _MIN_ROUNDUP_WORKS),
        (_titles_over_facts_lines, _MIN_ROUNDUP_WORKS),
        (_headings_over_fact_items, _MIN_ROUNDUP_WORKS),
        (_channel_led_items, _MIN_CHANNEL_LED_ITEMS),
        (_bold_lead_items, _MIN_BOLD_LEAD_WORKS),
        (_quoted_lead_items, _MIN_QUOTED_LEAD_WORKS),
    )
    for finder, minimum in finders:
        headings = finder(blocks)
        if len(headings) >= minimum:
            if finder is _table_row_headings:
                # a summary table at the end of a list whose sections head the same works (a table
                # at the start gathers the facts, and the sections named after it join its rows)
                sections = _same_level_headings(blocks)
                listed = {fold(heading.title) for heading in sections}
                summed_up = sections and sections[0].block.start < headings[0].block.start
                if summed_up and sum(fold(heading.title) in listed for heading in headings) * 2 >= len(
                    headings
                ):
                    return _without_rank_numbers(sections)
            return _without_rank_numbers(headings)
    return _without_rank_numbers(_same_level_headings(blocks))


def _same_level_headings(blocks: list[Block]) -> list[_WorkHeading]:
    """The largest group of headings of one level that each name a work (numbered or dated)."""
    by_level: dict[tuple[str, int], list[_WorkHeading]] = {}
    for block in blocks:
        if block.kind not in (BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
            continue
        parsed = _parse_work_heading(block)
        if parsed is None:
            continue
        if block.kind is not BlockKind.HEADING and not (parsed.year and parsed.numbered):
            continue
        by_level.setdefault((block.kind.value, block.level), []).append(parsed)
    best: list[_WorkHeading] = []
    for group in by_level.values():
        if len(group) >= _MIN_ROUNDUP_WORKS and len(group) > len(best):
            best = group
    return best


_RANK_NUMBER = re.compile(r"^(\d{1,2})\s+(?=\S)")


def _without_rank_numbers(headings: list[_WorkHeading]) -> list[_WorkHeading]:
    """ "1 Nine Days in Incheon", "2 La dernière saison": a rank written without a period
    (a styled badge) when every heading of the list starts with the next number."""
    numbers = [_RANK_NUMBER.match(heading.title) for heading in headings]
    ranks = [int(match.group(1)) for match in numbers if match]
    if len(ranks) != len(headings) or len(ranks) < _MIN_ROUNDUP_WORKS:
        return headings
    if ranks != list(range(ranks[0], ranks[0] + len(ranks))) and ranks != list(
        range(ranks[0], ranks[0] - len(ranks), -1)
    ):
        return headings
    stripped = []
    for heading, match in zip(headings, numbers, strict=True):
        cut = match.end() if match else 0
        stripped.append(replace(heading, title=heading.title[cut:], title_start=heading.title_start + cut))
    return stripped


def _roundup_segments(
    document: Document,
    blocks: list[Block],
    headings: list[_WorkHeading],
    languages: tuple[str, ...],
    headline: str,
) -> tuple[list[Segment], list[Block]]:
    positions = {id(heading.block): index for index, heading in enumerate(headings)}
    heading_level = headings[0].block.level
    is_heading_kind = headings[0].block.is_heading and not headings[0].year_span
    is_table = headings[0].block.column_label is not None
    intro: list[Block] = []
    segments: list[Segment] = []
    current: list[Block] | None = None
    for block in blocks:
        if not is_table and block.column_label is not None and segments:
            # a summary table under the list's sections: each row joins the work it names
            if field_for_label(block.column_label) == "title":
                named = _segment_named_by(block, segments)
                current = named.blocks if named else None
            (current if current is not None else intro).append(block)
            continue
        if id(block) in positions:
            heading = headings[positions[id(block)]]
            current = [block]
            segments.append(
                Segment(
                    document,
                    current,
                    heading.title,
                    heading.title_start,
                    heading.title_start + len(heading.title),
                    "title.roundup_heading",
                    heading.year,
                    heading.year_span,
                    languages,
                    headline,
                    roundup=True,
                )
            )
            continue
        if (
            current is not None
            and current[0].column_label is not None
            and (
                block.container != current[-1].container
                or (block.is_heading and current[-1].container is None)
                or (current[-1].container is None and _names_another_segment(block, current, segments))
            )
        ):
            current = None  # a table row's work ends with its row (its spotlight with the next heading)
        if current is None:
            named = _segment_named_by(block, segments)
            if named is not None:
                current = named.blocks  # "Spotlight: Our Neighbor the Ghost" under a table of works
                current.append(block)
            else:
                intro.append(block)
            continue
        if is_heading_kind and block.is_heading and block.level < heading_level:
            current = None
            continue
        if block.kind is BlockKind.PARAGRAPH and _sums_up(block, segments):
            intro.append(block)  # "Quick answer: a Netflix subscription gets you A and B; ..."
            current = None
            continue
        current.append(block)
    return segments, intro


def _sums_up(block: Block, segments: list[Segment]) -> bool:
    """A paragraph after a list's last item that names two or more of its other works and not
    the last one: the list's conclusion, not the last item's text."""
    if len(segments) < _MIN_SUMMED_UP + 1:
        return False
    key = fold(block.text)
    *others, last = segments
    return fold(last.title) not in key and sum(fold(s.title) in key for s in others) >= _MIN_SUMMED_UP


_MIN_SUMMED_UP = 2


def _segment_named_by(block: Block, segments: list[Segment]) -> Segment | None:
    """The one work a later heading (or a short heading-like line, "Spotlight: X") names by
    its full title: what follows it is about that work."""
    if block.kind is BlockKind.PARAGRAPH and len(block.text) > _MAX_NAMING_LINE:
        return _paragraph_about(block, segments)
    if len(block.text) > _MAX_NAMING_LINE or block.text.endswith((".", "!", "?")):
        return None
    key = fold(block.text)
    named = [
        segment
        for segment in segments
        if len(fold(segment.title)) >= _MIN_NAMED_TITLE
        and fold(segment.title) in key
        and (block.is_heading or 2 * len(fold(segment.title)) >= len(key))
    ]
    return named[0] if len(named) == 1 else None


_MAX_NAMING_LINE = 80


def _paragraph_about(block: Block, segments: list[Segment]) -> Segment | None:
    """A paragraph after a table of works that names one of them in its opening sentence and
    no other anywhere ("If you only have room for one, make it Harbor Precinct 2. ...")."""
    opening = sentences(block.text)[:1]
    if not opening:
        return None
    titles = [
        (segment, fold(segment.title)) for segment in segments if len(fold(segment.title)) >= _MIN_NAMED_TITLE
    ]
    whole, first = fold(block.text), fold(opening[0][0])
    in_opening = [segment for segment, key in titles if key in first]
    anywhere = [segment for segment, key in titles if key in whole]
    return in_opening[0] if len(in_opening) == 1 and len(anywhere) == 1 else None


def _names_another_segment(block: Block, current: list[Block], segments: list[Segment]) -> bool:
    """Whether a paragraph after a work's spotlight speaks of the roundup's other works."""
    key = fold(block.text)
    return any(
        segment.blocks is not current
        and len(fold(segment.title)) >= _MIN_NAMED_TITLE
        and fold(segment.title) in key
        for segment in segments
    )


_MIN_NAMED_TITLE = 6


def _headline_year_span(document: Document, headline: str, year: int | None) -> tuple[int, int] | None:
    """Where the headline writes the work's year ("The Orchard at Dusk 2023"), for evidence."""
    if year is None:
        return None
    for block in document.blocks:
        if block.text == headline:
            position = block.text.rfind(str(year))
            if position >= 0:
                return block.start + position, block.start + position + 4
    return None


def _weak_headline_title(document: Document, title: str, labeled: str) -> bool:
    """A text copy's stand-in headline ("Sinopsis Singkat (Tanpa Spoiler Kok!)") names a title
    the page never repeats, where its "Judul:" label names the work."""
    return (
        document.format == "text"
        and fold(labeled) not in fold(title)
        and document.text.count(title) < _REPEATED_MENTIONS
    )


def _single_segment(
    document: Document, blocks: list[Block], languages: tuple[str, ...], headline: str
) -> Segment | None:
    found = title_from_headline(headline)
    title_rule = "title.headline"
    # (the labels are read only where they may decide: no headline title, or a text copy's)
    labeled = _title_from_labels(blocks) if found is None or document.format == "text" else None
    if found is None or (labeled is not None and _weak_headline_title(document, found[0], labeled[0])):
        found = labeled
        title_rule = "title.label"
    body = _body_text(document, headline)
    quoted = found is not None and _QUOTED.search(headline) is not None  # quotes mark a title well
    if (found is None or (found[0] not in body and not quoted)) and not _ROUNDUP_HEADLINE.search(headline):
        repeated = title_repeated_in_body(headline, body)
        defined = title_from_definition(blocks) if repeated is not None and " " not in repeated else None
        if defined is not None:  # "Episodes" repeated from the headline, "X is the C-drama that ..."
            found, title_rule = defined, "title.definition"
        elif repeated is not None:
            found, title_rule = (repeated, None), "title.headline_repeated"
    if found is None:
        found = title_from_facts_line(blocks)
        title_rule = "title.facts_line"
    if found is None:
        found = title_from_watching(blocks)
        title_rule = "title.watched"
    if found is None:
        found = _title_from_repetition(document, blocks)
        title_rule = "title.repeated_phrase"
    if found is None:
        found = title_from_definition(blocks)
        title_rule = "title.definition"
    if found is None:
        found = title_from_bracketed_info(blocks)
        title_rule = "title.bracketed"
    if found is None:
        found = title_from_repeated_quote(blocks)
        title_rule = "title.repeated_quote"
    if found is None:
        return None
    title, year = found
    title = extend_title(title, document.text, headline)
    start, end = _locate(document, title)
    year_span = _headline_year_span(document, headline, year) if title_rule == "title.headline" else None
    segment = Segment(document, blocks, title, start, end, title_rule, year, year_span, languages, headline)
    return segment
