"""The page's headline: its first real <h1>, else og:title or <title>; in plain text,
the line above the byline or dateline, else a repeated title line."""

from __future__ import annotations

import re

from reviewparse.cues import has_digit
from reviewparse.dates import find_dates
from reviewparse.document import Block, BlockKind, Document
from reviewparse.infobox import credit_among_labels, field_for_label, line_label
from reviewparse.names import is_person_name
from reviewparse.sections import READ_ALSO
from reviewparse.textutil import INLINE_BYLINE, fold
from reviewparse.titles import title_from_headline

_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")


def headline_text(document: Document) -> str:
    """The page's headline: its first level-1 heading, else og:title, else <title>.

    Plain text has no markup: its headline is the line above the byline or dateline,
    else the first line that reads like a headline.
    """
    if document.format == "text":
        return _text_headline(document)
    meta = document.meta
    for block in document.blocks[:60]:
        if not (block.is_heading and block.level == 1 and len(block.text) > 3):
            continue
        site_parts = [fold(part) for part in re.split(r"\s[|–—-]\s", meta.title or "")[1:]]
        is_site_name = (bool(meta.site_name) and fold(block.text) == fold(meta.site_name or "")) or any(
            fold(block.text) in part for part in site_parts
        )
        in_title = not meta.title or fold(block.text) in fold(meta.title) or len(block.text) > 25
        if not is_site_name and in_title:
            return block.text
    for candidate in (meta.og_title, meta.title):
        if candidate:
            return _SITE_SUFFIX.sub("", candidate)
    return ""


_BYLINE_OR_DATELINE = re.compile(
    r"^(?:by|posted by|written by|words by|diposting oleh|ditulis oleh|dipublikasikan oleh|"
    r"(?:por|par)(?=\s*:?\s*(?-i:[A-ZÁÉÍÓÚÑ]))|redacción|oleh|"
    r"published|posted|author|autor|penulis|reporter|thread starter|started by|original poster|"
    r"staff writer|correspondent|escrito por|publicado por|ditulis oleh|기자)\b",
    re.IGNORECASE,
)


_QUOTED_IN_LINE = re.compile(
    r"^\s*(?:\[[^\]]{1,12}\]\s*)?[\"“‘'«][^\"”’'»]{2,80}[\"”’'»]"
)  # "[인터뷰] '파도를 세는 밤' ..."
_BREADCRUMB = re.compile(r"\s[>›»]\s")
_POST_TITLE = re.compile(
    r"^(?:제목|title|judul|título|asunto|subject)\s*[:：]\s*(?P<title>\S.{4,150})$", re.IGNORECASE
)
_NAV_SEPARATORS = re.compile(r"\s[|·•/>»›]\s")  # menus and breadcrumbs ("Portada / Listas / Cine")


# A section kicker: a few capitalised words joined by a separator ("RESEÑA · SERIES", "TV | REVIEW")
_KICKER = re.compile(r"^[A-ZÀ-ÖØ-Þ]{2,15}(?:\s*[·|/•]\s*[A-ZÀ-ÖØ-Þ]{2,15}){1,3}$")
# "Nilai akhir dari aku: 3,5 dari 5", "My rating: 8/10": a score's label line (a headline may end
# with its score: "QUICK TAKE: Sparrows of Mangwon — 7/10")
_SCORE_LINE = re.compile(
    r"^\W*(?:my\s+|mi\s+)?(?:nilai|rating|score|skor|puntuaci[oó]n|puntaje|nota|calificaci[oó]n|verdict|"
    r"별점|평점)\b[^:：]{0,25}[:：]\s*\d",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?。](?:\s|$)")
_PHOTO_CAPTION = re.compile(
    r"^\W{0,2}(?:사진|포토|photo|foto|image|imagen|gambar|credit)\s*[=:：|]", re.IGNORECASE
)
_SECTION_LABEL = re.compile(
    r"^(?:category|categories|tags?|filed under|section|trending|popular|hot|keywords?|etiquetas|topik)\s*:",
    re.IGNORECASE,
)


_SITE_LINE = re.compile(
    r"^(?:[^.!?]{2,60}\s[-–|]\s)?[\w-]{2,40}\.(?:com|net|org|id|co\.id|co\.kr|kr|es|mx|tv)$"
)


def _headline_like(text: str) -> bool:
    if not 12 <= len(text) <= 200 or len(_NAV_SEPARATORS.findall(text)) >= 2:
        return False
    if len(_SENTENCE_BREAK.findall(text)) >= 2:
        return False  # a copy cut off mid-paragraph starts with running text, not a headline
    if not any(char.isalpha() for char in text):
        return False  # "─────────────", a rule between sections
    if len(text) <= 40 and _BREADCRUMB.search(text):
        return False  # "드라마 게시판 > 후기", "Home › Reviews"
    if len(text) <= 60 and _UI_LINE.search(text):
        return False  # "Share on facebook", "Follow us on Instagram"
    if len({match.group(0).lower() for match in _UI_LINE.finditer(text)}) >= 2:
        return False  # "Dramas Movies People Forums Search dramas, people… Sign In | Sign Up"
    if text.lower().startswith(("skip to", "home", "menu")) or _BYLINE_OR_DATELINE.match(text):
        return False
    if _SECTION_LABEL.match(text) or _PHOTO_CAPTION.match(text) or READ_ALSO.match(text):
        return False  # "Tags: ...", "[사진=MBC '낮달 목공소' 방송 화면 캡처]", "Baca juga: ..."
    if text.endswith((":", "：")):
        return False  # "the boring facts (you're welcome):", a list's lead-in
    if text.count("#") >= 2:
        return False  # "#MoonlitLedger #BaeksangAwards": a row of hashtags
    if _KICKER.match(text) or _SCORE_LINE.search(text):
        return False  # "RESEÑA · SERIES" over the headline; "Nilai akhir dari aku: 3,5 dari 5"
    if is_person_name(text) or _SITE_LINE.match(text):
        return False  # (nor "SerambiHiburan.com", nor "Nadia Lubis - SerambiHiburan.com")
    label = line_label(text)
    if label is not None and field_for_label(label) is not None:
        return False  # "Duración: 1 h 47 min", "Aired: ...": a fact of the work
    dates = find_dates(text)
    if label is not None and dates:
        return False  # "Estreno en España: 14 de febrero de 2025"
    return not (dates and len(text) < 40)


_ROUNDUP_HEADLINE = re.compile(
    r"\b\d{1,3}\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,3}(?:dramas|k-dramas|films|movies|series|shows|picks|titles|"
    r"drakor|películas|doramas|dorama)\b|round-?up|\btop\s{1,3}\d+|\bbest\b[^\n]{0,80}?\bof\s(?:19|20)\d\d|"
    # "New K-dramas and Asian series on Netflix this week", "What's new on Viki", "Estrenos de junio"
    r"\bnew\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}(?:dramas|k-dramas|series|shows|movies|films|titles|releases)\b|"
    r"\bwhat(?:'s|’s|\s{1,3}is)\s{1,3}new\b|\bevery\s{1,3}new\b|\b(?:dramas|k-dramas|series|shows|movies|films)\s{1,3}to\s{1,3}watch\b|"
    r"\bestrenos\b|\brekomendasi\b|"
    r"\b(?:announces|unveils|names|reveals)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}(?:winners|nominees|lineup|line-up)\b|"
    # festival and award news (each winning film is a work); "BEST 5", "추천 TOP 7"
    r"\bganadores\b|\bpemenang\b|수상작|\bbest\s{0,3}\d{1,2}\b|추천\s*(?:best|top|베스트)|\d{1,2}\s*편|\d{1,2}\s*선",
    re.IGNORECASE,
)


_UI_LINE = re.compile(
    r"\b(?:share|follow us|subscribe|sign in|sign up|log in|login|menu|search|newsletter|cookies?|"
    r"advertisement|skip to|skip navigation|saltar navegación|saltar al contenido|ir al contenido|"
    r"lewati navigasi|read more|comments?)\b",
    re.IGNORECASE,
)


def _title_repeated_below(document: Document) -> str:
    """Saved page text often starts with the page's title ("The Interview Is a Pretty Smart
    Movie - The Atlantic"), then menus, then the headline: the title's main part, repeated
    as a line of its own further down, is the headline."""
    if not document.blocks:
        return ""
    parts = [part.strip() for part in _TITLE_SEPARATOR.split(document.blocks[0].text)]
    main = max(parts, key=len)
    if len(parts) < 2:
        return ""
    # "Black Moss Fell review – a bleak ... thriller | Television | The Evening Ledger", then
    # the same without the site's parts as a line of its own
    whole = fold(document.blocks[0].text)
    prefixes = [
        block.text
        for block in document.blocks[1:_TITLE_SEARCH_BLOCKS]
        if len(fold(block.text)) >= _MIN_TITLE_KEY * 2 and whole.startswith(fold(block.text))
    ]
    if prefixes:
        return max(prefixes, key=len)
    if len(main.split()) >= _MIN_TITLE_WORDS:
        key = fold(main)  # "'The Interview' Is ..." in the title, no quotes in the headline
        for block in document.blocks[1:_TITLE_SEARCH_BLOCKS]:
            if abs(len(block.text) - len(main)) <= _TITLE_SLACK_CHARS and fold(block.text) == key:
                return block.text
    # "The Orchard at Dusk (2023) review by mothlight • Frameroll", then "The Orchard at Dusk 2023"
    named = title_from_headline(main)
    if named is None or len(fold(named[0])) < _MIN_TITLE_KEY:
        return ""
    work_key, longest = fold(named[0]), len(named[0]) + _TITLE_SLACK_CHARS
    for block in document.blocks[1:_TITLE_SEARCH_BLOCKS]:
        if len(block.text) <= longest and fold(block.text).startswith(work_key):
            return block.text
    return ""


_TITLE_SEPARATOR = re.compile(r"\s[|–—•·-]\s|\s::\s")
_MIN_TITLE_KEY = 8
_TAGGED_REVIEW = re.compile(
    r"^\s*(?:\[(?:review|reseña|resena|ulasan|critique|리뷰|(?:[가-힣]{1,4}\s*){0,2}(?:리뷰|후기)|후기)[^\]]{0,20}\]|"
    r"(?:review|reseña|ulasan|critique|리뷰)\s*[:：])\s*\S",
    re.IGNORECASE,
)
_TAGGED_SEARCH_BLOCKS = 30
_MAX_HEADLINE_CHARS = 160
_MIN_TITLE_WORDS = 3
_TITLE_SEARCH_BLOCKS = 400
_TITLE_SLACK_CHARS = 6


def _mostly_date(text: str) -> bool:
    """A dateline ("Published March 6, 2025"), not a headline that mentions a date."""
    covered = sum(mention.end - mention.start for mention in find_dates(text, slashed=True))
    if covered == 0:
        return False
    rest = len(_DATELINE_FURNITURE.sub("", text))  # "9:15 a.m. KST | Updated ..." belongs to the dateline
    return covered * 2 >= rest or rest - covered < 25


_DATELINE_FURNITURE = re.compile(
    r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?|(?:[A-Z]{2,4}|GMT[+-]\d{1,2})|"
    r"(?:updated|last updated|actualizado|diperbarui|modified)|[|·•,:\s]+",
    re.IGNORECASE,
)


_DATELINE_REACH = 2
_MENU_SEARCH_BLOCKS = 40
_CUT_TAIL_CHARS = 60
_MAX_BYLINE_CHARS = 120
_HEADER_BLOCKS = 8
_QUOTED_SENTENCE_END = re.compile(r"[.!?][\"”’']\s*$")


# A blog's comments heading quotes its post's title ("17 thoughts on “Weekend ratings: ...”",
# "3 comentarios en «Reseña: ...»", "5 tanggapan untuk “...”")
_COMMENTS_ON_POST = re.compile(
    r"^\s*(?:\d[\d,.]*|one|two|three|un|una|dos|tres|satu)\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?|"
    r"comentarios?|respuestas?|tanggapan|komentar)\s+(?:on|to|en|a|sobre|untuk|pada|di)\s+"
    r"[“\"«‘'](?P<t>.{8,200})[”\"»’']\s*$",
    re.IGNORECASE,
)


def _starts_cut(text: str) -> bool:
    """Whether a copy's first line is running text cut off mid-word or mid-sentence."""
    return text[:1].islower() or len(text) > _CUT_START_CHARS


_CUT_START_CHARS = 200


def _ends_sentence(text: str) -> bool:
    """'called the series "the kindest set I have worked on in 40 years."': a sentence."""
    return text.rstrip("\"'”’»)").endswith((".", "。"))  # (a headline may end with "?" or "!")


def _without_leading_menu(blocks: list[Block]) -> list[Block]:
    """The page's blocks without the one-word menu lines above its running text (a saved page's
    text may open with twenty of them: "News", "Opinion", "Sign in")."""
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        if len(block.text) >= _RUNNING_TEXT or index >= _MENU_SEARCH_BLOCKS:
            return kept + blocks[index:]
        if not _menu_word(block.text):
            kept.append(block)
    return kept


_RUNNING_TEXT = 80


def _menu_word(text: str) -> bool:
    """A navigation line of one or two short words and no digit ("Opinion", "Sign in")."""
    return (
        len(text) <= _MENU_WORD_CHARS
        and len(text.split()) <= 2
        and not has_digit(text)
        and text[-1:] not in ".!?:"
    )


_MENU_WORD_CHARS = 12


def _in_facts_box(blocks: list[Block], index: int) -> bool:
    """A "Label: value" line next to another such line: part of a box of facts."""
    if line_label(blocks[index].text) is None:
        return False
    neighbours = blocks[max(0, index - 1) : index] + blocks[index + 1 : index + 2]
    return any(line_label(block.text) is not None for block in neighbours)


def _adjacent(document: Document, upper: Block, lower: Block) -> bool:
    """Whether ``lower`` is the block right after ``upper``."""
    index = next((i for i, block in enumerate(document.blocks) if block is upper), -1)
    return 0 <= index < len(document.blocks) - 1 and document.blocks[index + 1] is lower


def _text_headline(document: Document) -> str:
    repeated = _title_repeated_below(document)
    if repeated:
        return repeated
    if document.blocks and _starts_cut(document.blocks[0].text):
        for block in document.blocks:  # a copy without its start: the comments' "17 thoughts on “X”"
            named = _COMMENTS_ON_POST.match(block.text)
            if named:
                return named.group("t")
    for block in document.blocks[:_TAGGED_SEARCH_BLOCKS]:
        if _TAGGED_REVIEW.match(block.text) and len(block.text) <= _MAX_HEADLINE_CHARS:
            return block.text  # "[Review] The Lighthouse Tailor (tvN) – finished all 16 eps, 9/10"
        posted = _POST_TITLE.match(block.text)
        if posted and _TAGGED_REVIEW.match(posted.group("title")):
            return posted.group("title")  # a forum post's "제목: [후기] 퇴근은 내일부터 8화까지 달린 후기"
    blocks = _without_leading_menu(document.blocks)[:15]
    bylines = [
        i
        for i, b in enumerate(blocks)
        if i
        and (_BYLINE_OR_DATELINE.match(b.text) or (INLINE_BYLINE.search(b.text) and find_dates(b.text)))
        and len(b.text) <= _MAX_BYLINE_CHARS  # ("Written by X and directed by Y, the drama ..." is prose)
        and not credit_among_labels(blocks, i)
    ]
    datelines = [
        i
        for i, b in enumerate(blocks)
        if i and len(b.text) < 90 and _mostly_date(b.text) and not _in_facts_box(blocks, i)
    ]  # "Estreno en Japón: 18 de octubre de 2024" in a box of facts dates the work, not the page
    for index in bylines[:1]:
        # (a bulleted subheading under the headline is not it: "- 'X' 2주 연속 1위")
        above = [
            b
            for b in reversed(blocks[max(0, index - 4) : index])
            if _headline_like(b.text) and b.kind is not BlockKind.LIST_ITEM
        ]
        above = [b for b in above if not _mostly_date(b.text)]
        # a standfirst ("Now that the Emmys have noticed it, ... a second look.") sits between
        # the headline and the byline; headlines do not end with a period
        candidates = [b for b in above if not _ends_sentence(b.text)]
        if index <= _HEADER_BLOCKS:  # a byline at the top: the line over it, sentence or not
            candidates += [b for b in above if not _QUOTED_SENTENCE_END.search(b.text)]  # (not a quote)
        # a standfirst between headline and byline has no title in it; the headline does
        titled = [b for b in candidates if title_from_headline(b.text) is not None]
        titled = [b for b in candidates if _ROUNDUP_HEADLINE.search(b.text)] + titled  # "Las 5 películas ..."
        titled = [b for i, b in enumerate(titled) if all(b is not other for other in titled[:i])]
        upper, lower = (titled[1], titled[0]) if len(titled) >= 2 else (None, None)
        first_line = document.blocks[0]  # "Drama Diaries — K-drama reviews ...": the site's own line
        if (
            upper
            and lower
            and upper is not first_line
            and _adjacent(document, upper, lower)
            and len(lower.text) > len(upper.text)
        ):
            return upper.text  # a headline, then a (longer) standfirst that names titles too
        for previous in titled + candidates:
            return previous.text
    texts = [block.text for block in document.blocks[:20]]
    site_names = {part.strip() for part in re.split(r"\s[|–—-]\s", texts[0])[1:]} if texts else set()
    for index, block in enumerate(blocks):
        text = block.text
        if (
            _headline_like(text)
            and texts.count(text) >= 2
            and not text.endswith(".")  # a repeated sentence (a pull quote) is no title
            and text not in site_names
            and not _mostly_date(text)
        ):
            # a page's title repeated as its headline, perhaps broken over lines
            parts = [text]
            for following in blocks[index + 1 : index + 4]:
                if texts.count(following.text) < 2 or following.text in parts:
                    break
                parts.append(following.text)
            return " ".join(parts)
    for index in datelines[:1]:
        # "Mapo is a drama." above "It premiered on May 3, 2024.": a sentence, not a headline
        above = [
            b
            for b in reversed(blocks[:index])
            if _headline_like(b.text)
            and not _mostly_date(b.text)
            and not _ends_sentence(b.text)
            and b.kind is not BlockKind.LIST_ITEM
        ]
        # a news headline, its subheading, then "입력 2023.11.08": the line that names a title
        titled = [b for b in above[:_DATELINE_REACH] if title_from_headline(b.text) is not None]
        # a blog's date header above its post's title: "Sabtu, 17 Februari 2024", then the title
        below = [
            b
            for b in blocks[index + 1 : index + 1 + _DATELINE_REACH]
            if _headline_like(b.text) and title_from_headline(b.text) is not None
        ]
        right_below = [b for b in below[:1] if b is blocks[index + 1] and b.text[-1:] not in ".!?"]
        for chosen in right_below + titled + below + above:
            return chosen.text
    for block in blocks:  # a line that quotes a title: "'Los relojes de Insadong' arrasa en Netflix"
        quoted = _QUOTED_IN_LINE.search(block.text)
        if (
            quoted
            and _headline_like(block.text)
            and not block.text.endswith(".")
            and title_from_headline(block.text)
        ):
            return block.text
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.LIST_ITEM or block.text.rstrip("\"'”’»)").endswith((".", ":", ",")):
            continue  # (nor "Oke, sebelum masuk ke review, ini dulu info dramanya:", a list's lead-in)
        if block is document.blocks[-1] and len(block.text) > _CUT_TAIL_CHARS:
            continue  # a copy cut off mid-sentence ends in running text, not a headline
        if _in_facts_box(blocks, index):
            continue  # "Reparto (voces): Riku Ōshima (Tōya), ..." between other "Label: value" lines
        if _headline_like(block.text):
            return block.text
    title = document.meta.title or ""
    # (a text copy's first line may be running text cut off mid-paragraph)
    return title if len(title) <= _MAX_HEADLINE_CHARS and len(_SENTENCE_BREAK.findall(title)) < 2 else ""
