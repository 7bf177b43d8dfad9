"""A work's title from a headline ("'Selma': ...", "X Review", "Title: subtitle",
"... drama X", the headline phrase the body repeats), from an info-box title line, or
from the phrase a text page's opening names and repeats."""

from __future__ import annotations

import re
from collections import Counter

from reviewparse.cues import has_hangul
from reviewparse.document import Block, Document
from reviewparse.infobox import field_for_label, labeled_values, line_label
from reviewparse.names import romanized_korean, vocabulary
from reviewparse.tables import episode_tables
from reviewparse.textutil import FACTS_SEPARATOR, fold, phrase_positions

# An apostrophe between letters is no closing quote: "'The Ferryman's Winter' Takes Top Prize".
_QUOTED = re.compile(
    r"(?<!\w)[“\"‘'«„「『〈《]\s*(?P<t>(?:[^“”\"‘’'«»„「」『』〈〉《》\n]|(?<=\w)['’](?=\w)){2,90}?)\s*(?:[”\"’'»“」』](?!\w)|[〉》])"
)


_REVIEW_TITLE = re.compile(
    r"^(?:(?:k-?drama|drama|movie|film|series|tv)\s+)?(?:review|reseña|ulasan|critique|recensione|리뷰)"
    r"\s*[:：\-–—|]\s*(?P<a>.+)$|^(?P<b>.+?)\s*(?:\((?:[^()]{0,30}\s)?(?:19|20)\d\d\)\s*)?(?:[:\-–|]\s*)?"
    r"(?:(?:drama|series|movie|film|k-drama|full|honest|spoiler-free|완결|정주행|결말|솔직|"
    r"최종화|첫방|드라마|완주|시청|감상|전편|\d{1,3}부작|\d{1,3}[화회](?:까지)?|\d{1,3}~\d{1,3}[화회]|달린|본|정주행한)\s+){0,3}"
    r"(?:review|reseña|ulasan|recap|리뷰|후기)\b",
    re.IGNORECASE,
)


_KIND_THEN_TITLE = re.compile(
    r"(?:drama|series|film|movie|k-drama|show)\s+"
    # "drama Korea sejak 2017": a country, not a title
    r"(?!(?:Korea|Korean|China|Chinese|Japan|Japanese|Jepang|Thailand|Thai|Taiwan|Coreano|Coreana)\b)"
    r"(?P<t>[A-Z0-9][^,.!?:;()\n]{1,60}?)\s*[!.]*$",
)


_YEAR_SUFFIX = re.compile(r"\s*[(\[]((?:19|20)\d\d)[)\]]\s*$")


def title_from_headline(headline: str) -> tuple[str, int | None] | None:
    """The work's title as a headline gives it ("'Selma': ...", "X Review", "... drama X")."""
    headline = (headline or "").strip(_INVISIBLE)  # "\u200eBrest Nights (2023) review by ..."
    headline = _ISSUE_PREFIX.sub("", headline)  # "Issue #52: X runs (mostly) on time"
    tag = _TAG_PREFIX.match(headline)
    untagged = (headline[tag.end() :] if tag else headline or "").strip()
    site_then_label = _SITE_PREFIX.match(untagged)
    if site_then_label and _LEADING_LABEL.match(untagged[site_then_label.end() :]):
        untagged = untagged[site_then_label.end() :]  # "Kimchi & Subtitles: Review: The Night Tailor"
    headline = _LEADING_LABEL.sub("", untagged)
    # "Reseña: La oficina de correos de Otaru", "[Review] The Night Tailor"
    labelled = headline != untagged or bool(tag and _LEADING_LABEL.match(tag.group(1) + " X"))
    if not headline:
        return None
    quoted = _QUOTED.search(headline)
    if quoted and quoted.group(0)[:1] in '"“' and has_hangul(headline):
        # Korean news quotes speech in double quotes and titles in single ones:
        # '[종합] "섬마다 편지 한 통"…진하솔·표다인 '바다 건너 우체부', 주말 안방 힐링 예고'
        single = next((m for m in _QUOTED.finditer(headline) if m.group(0)[:1] in "'‘"), None)
        quoted = single or quoted
    if quoted:
        title, year = _strip_year(quoted.group("t"))
        after = re.match(r"\s*[(\[]((?:19|20)\d\d)[)\]]", headline[quoted.end() :])
        return title, year or (int(after.group(1)) if after else None)
    review = _REVIEW_TITLE.match(headline)
    if review:
        title = (review.group("a") or review.group("b") or "").strip(" :-–|")
        title = re.split(r",\s|\s[—–|]\s|\s-\s", title)[0]
        if title and len(title.split()) <= 10:
            return _strip_year(title)
    for pattern in (_COLON_TITLE, _DASH_TITLE):
        match = pattern.match(headline)
        if match and match.group("t").strip().lower() not in _NOT_TITLES:
            title = match.group("t")
            if labelled:  # "Sinopsis Film X, Tayang di Netflix Mulai 18 September - ...": X
                title = _LABELLED_TITLE_END.split(title, maxsplit=1)[0]
            return _strip_year(_PARENTHETICAL.sub("", title))
    kind_title = _KIND_THEN_TITLE.search(headline)
    if kind_title:
        return _strip_year(kind_title.group("t"))
    verb = _TITLE_THEN_VERB.match(headline) or _SENTENCE_CASE_TITLE.match(headline)
    if verb:
        return _strip_year(verb.group("t"))
    parenthesized_year = _TITLE_THEN_YEAR.match(headline) or _TITLE_YEAR_THEN_CREDIT.match(headline)
    if parenthesized_year:
        return parenthesized_year.group("t"), int(parenthesized_year.group("y"))  # "Title (2024)"
    bare_year = _BARE_YEAR_SUFFIX.match(headline)
    if bare_year and len(bare_year.group("t").split()) <= _MAX_LABELLED_TITLE_WORDS:
        return bare_year.group("t"), int(bare_year.group("y"))  # "The Orchard at Dusk 2023"
    if labelled:  # what follows "Review:" is the title, up to the headline's own words
        head = _LABELLED_TITLE_END.split(headline, maxsplit=1)[0]  # "Reseña: La casa de té, la comedia ..."
        if head != headline and len(head.split()) <= _MAX_LABELLED_TITLE_WORDS:
            return _strip_year(head)
        if len(headline.split()) <= _MAX_LABELLED_TITLE_WORDS and not headline.endswith((".", "?", "!")):
            return _strip_year(headline)
    return None


_MAX_LABELLED_TITLE_WORDS = 10
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff \t"
_LABELLED_TITLE_END = re.compile(
    r",\s|\s[(\[](?!(?:19|20)\d\d[)\]])|\s[—–-]\s|:\s|\s[\U0001F300-\U0001FAFF\u2600-\u27BF]|"  # or an emoji
    r"\s(?:is|was|isn['’]t|wasn['’]t|es|fue|adalah)\s"  # "[Review] X is the best TW drama I've seen"
)
# A film page's heading, title then year: not "Best K-Dramas of 2023" (a word like "of" before it).
_BARE_YEAR_SUFFIX = re.compile(
    r"^(?P<t>[A-Z0-9][^:|()]{1,80}?(?<!\bof)(?<!\bin)(?<!\bfrom)(?<!\bfor)(?<!\bsince)(?<!\bde)(?<!\bdi))"
    r"\s+(?P<y>(?:19|20)\d\d)$"
)


# "Brest Nights (2023) directed by Élodie Marchal • Reviews", "Brest Nights (2023) review by marguerite"
_TITLE_YEAR_THEN_CREDIT = re.compile(
    r"^(?P<t>[A-Z0-9\"“'][^()\n]{0,80}?)\s*\((?P<y>(?:19|20)\d\d)\)\s+"
    r"(?:directed by|review(?:ed)? by|a film by|dir\.|[•|–—]\s)"
)
_TITLE_THEN_YEAR = re.compile(r"^(?P<t>[A-Z0-9\"“'][^()\n]{0,80}?)\s*\((?P<y>(?:19|20)\d\d)\)$")


_LEADING_LABEL = re.compile(
    r"^(?:(?:sinopsis|synopsis|recap|spoiler)\s+(?:dan|y|and|&)\s+)?"  # "Sinopsis dan Review Drama Korea X"
    r"(?:an?\s+(?:[★☆½]+\s+)?)?"  # "A ★★★★ review of X (2025)"
    r"(?:review|reseña|resena|ulasan|resensi|sinopsis|recap|critique|crítica|recensione|(?:드라마\s*|영화\s*)?(?:리뷰|후기)|"
    r"quick take|"
    r"first look|first impressions|mini review|capsule review|short take)(?:\s*[|:·—–-])?\s+"
    r"(?:(?:of|on|de|del|sobre|tentang)\s+)?"  # "Review of Mapo", "Reseña de ..."
    r"(?:(?:the\s+)?(?:drakor|drama|k-drama|kdrama|c-drama|j-drama|film|movie|series|serie|serial|película|pelicula|"
    r"dorama)\s+(?:(?:korea|korean|china|chinese|jepang|japanese|thailand|thai|taiwan|coreanos?|coreanas?|"
    r"chinos?|chinas?|japonesa?s?)\s+)?)?(?=(?-i:[A-Z0-9«“\"']))",
    re.IGNORECASE,
)


_ISSUE_PREFIX = re.compile(
    r"^(?:(?:issue|edition|vol\.?|volume|no\.)\s*#?\s*\d{1,4}|#\d{1,4})\s*[:|—–-]\s+", re.IGNORECASE
)
_TAG_PREFIX = re.compile(r"^\s*\[([^\]]{1,40})\]\s*")
_SITE_PREFIX = re.compile(r"^[^:|]{2,40}?\s*[:|]\s+")


_PARENTHETICAL = re.compile(r"\s*\([^()]*\)\s*$")


_COLON_TITLE = re.compile(r"^(?P<t>[A-Z0-9«“\"'][^:：]{1,60}?)\s*[:：]\s+\S")


_DASH_TITLE = re.compile(r"^(?P<t>[A-Z0-9«“\"'가-힣][^—–]{1,60}?)\s+[—–-]\s+\S")


_TITLE_THEN_VERB = re.compile(
    r"^(?P<t>(?:[A-Z0-9][\w'’&-]*\s+){0,7}?[A-Z0-9][\w'’&-]*)\s+(?:Is|Are|Was|Were|Has|Have|Will|Feels|"
    r"Proves|Makes|Brings|Delivers|Deserves|Returns|Gets|Offers|Shows|Takes|Tells|Turns|Ends|Stays)\b"
)


# A sentence-case headline: the title's capitalised words, then the headline's own words in
# lower case ("The Dispatcher of Hwacheon Terminal runs (mostly) on time")
_SENTENCE_CASE_TITLE = re.compile(
    r"^(?P<t>[A-Z0-9][\w'’&-]*(?:\s+(?:(?:of|the|a|an|and|in|on|at|to|for|from|with)\s+)*[A-Z0-9][\w'’&-]*){1,7})"
    r"\s+(?=[a-z])(?!(?:of|the|a|an|and|in|on|at|to|for|from|with|season|part|vol)\b)[a-z][\w'’-]*"
    r"(?:\s+\(?[a-z][\w'’-]*\)?){1,}[\s.!?]*$"
)


_NOT_TITLES = frozenset(
    {
        "exclusive",
        "breaking",
        "review",
        "reviews",
        "watch",
        "news",
        "update",
        "interview",
        "opinion",
        "recap",
        "first impressions",
        "trailer",
        "video",
        "photos",
        "k-drama",
        "kdrama",
        "drama",
        "film",
        "movie",
        "series",
        "upcoming drama",
        "spoilers",
        "spoiler alert",
        "listen",
        "podcast",
        "analysis",
    }
)


def _body_text(document: Document, headline: str) -> str:
    """The page's text without its headline and <title> lines (where a title is only named)."""
    skip = {headline, document.meta.title or "", document.meta.og_title or ""}
    return "\n".join(block.text for block in document.blocks if block.text not in skip)


_HEADLINE_WORD = re.compile(r"\S+")


def title_repeated_in_body(headline: str, body: str) -> str | None:
    """The longest run of the headline's words, starting with a capital, that the body
    repeats: "Rating Naik Terus, Drakor Mr. Moon's Night School Jadi Andalan Baru ENA" ->
    "Mr. Moon's Night School". News headlines wrap the title in words of their own."""
    words = [word.strip(',;:!?"“”«»()[]') for word in _HEADLINE_WORD.findall(headline)]
    words = [word for word in words if word]
    best: tuple[int, int, str] | None = None
    for length in range(min(8, len(words)), 0, -1):
        for start in range(len(words) - length + 1):
            phrase_words = words[start : start + length]
            first = phrase_words[0]
            hangul = "가" <= first[:1] <= "힣"  # Korean has no capitals to mark a title
            if (
                not (first[:1].isupper() or first[:1].isdigit() or hangul)
                or not phrase_words[-1][:1].isalnum()
            ):
                continue
            phrase = " ".join(phrase_words).rstrip(".")
            if not any(char.isalpha() for char in phrase):
                continue
            if length == 1 and (len(phrase) < 4 or phrase.isupper()):
                continue
            if _names_only(phrase_words):
                continue  # "Im Soo Hyang", "Soo Hyang and Ji Soo": whom the news is about
            count = sum(
                1
                for at in phrase_positions(body, phrase)
                if body[at + len(phrase) : at + len(phrase) + 1] != "'"
            )
            needed = 1 if length == len(words) and length <= 6 else 2 if length > 1 else 3
            if count >= needed and (best is None or (length, count) > (best[0], best[1])):
                best = (length, count, phrase)
        if best is not None:
            return best[2]
    return None


def _names_only(words: list[str]) -> bool:
    """Whether every word is a romanized Korean name syllable (or "and" between names)."""
    surnames = vocabulary().surnames
    name_words = [word.lower() for word in words if word.lower() not in ("and", "&")]
    return bool(name_words) and all(word in surnames or romanized_korean(word) for word in name_words)


def _strip_year(title: str) -> tuple[str, int | None]:
    title = title.strip().strip("\"“”‘’'«»").strip()
    match = _YEAR_SUFFIX.search(title)
    if match:
        return title[: match.start()].strip(), int(match.group(1))
    return title, None


_ORIGINAL_TITLE_NOTE = re.compile(
    r"\s*\((?:원제|original title|original|título original|judul asli|titre original|原題|原名)"
    r"\s*[:：]?[^()]{1,80}\)",
    re.IGNORECASE,
)


# A Latin title's original name in Hangul, kana or hanzi, in parentheses after it
_OTHER_SCRIPT_NAME = re.compile(
    r"(?<=[A-Za-z0-9])\s*\([^()A-Za-z]*[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3][^()A-Za-z]*\)\s*$"
)


# A Hangul title's original or English name in parentheses after it
_HANZI_OR_LATIN_NAME = re.compile(
    r"(?<=[\uac00-\ud7a3])\s*\((?![^()]*[\uac00-\ud7a3])(?!\s*(?:19|20)\d\d\s*\))[^()]{1,60}\)\s*$"
)


def _title_from_labels(blocks: list[Block]) -> tuple[str, int | None] | None:
    episodes = episode_tables(blocks)
    for labeled in labeled_values(blocks[:80]):
        if labeled.field == "title" and labeled.block.container not in episodes:
            value = re.split(r"\s+/\s+|\s*\|\s*", labeled.value)[0]
            value = " ".join(_ORIGINAL_TITLE_NOTE.sub(" ", value).split())  # "X (원제: The X) 시즌 1"
            value = _OTHER_SCRIPT_NAME.sub("", value)  # "Love in Room 1004 (1004호의 사랑)"
            # "서호의 부채 장인 (西湖扇匠)", "능소화 다방 (Trumpet Cafe)"
            value = _HANZI_OR_LATIN_NAME.sub("", value)
            if field_for_label(value):
                continue  # a label's neighbour that is another label
            title, year = _strip_year(value)
            if title and len(title.split()) <= 10:
                return title, year
    return None


_TITLE_PHRASE = re.compile(
    r"(?<![\w'’])(?:[A-Z0-9][\w'’:-]*)(?:[ ]+(?:(?:to|of|the|a|an|and|in|on|be|not|for|with|from|is|my|at|&)"
    r"[ ]+)*[A-Z0-9][\w'’:-]*){1,8}"
)


def _title_from_repetition(document: Document, blocks: list[Block]) -> tuple[str, int | None] | None:
    """A text page with no headline: the Title-Case phrase the opening names and repeats."""
    body = "\n".join(block.text for block in blocks[:200])
    counts = Counter(match.group(0) for match in _TITLE_PHRASE.finditer(body))
    opening = "\n".join(block.text for block in blocks[:3])
    best: tuple[int, str] | None = None
    for phrase, count in counts.items():
        words = phrase.split()
        if count < 2 or phrase not in opening or len(words) < 2:
            continue
        if all(len(word) <= 3 for word in words) or _names_only(words):
            continue  # "Yang Dong-hwi", named again by a commenter, is the director
        score = count * len(words)
        if best is None or score > best[0]:
            best = (score, phrase)
    return (best[1], None) if best else None


def title_from_facts_line(blocks: list[Block]) -> tuple[str, int | None] | None:
    """A copy without its headline: a review's line of facts that opens with the title ("The Last
    Cormorant Boat (最后的鸬鹚船) | China, 2025 | 1h 52m | Director: Qiu Zhenhai")."""
    for block in blocks[:_FACTS_LINE_BLOCKS]:
        fields = [field.strip() for field in FACTS_SEPARATOR.split(block.text)]
        if len(fields) < _MIN_FACTS_FIELDS or "\n" in block.text:
            continue
        labeled = sum(
            1 for field in fields[1:] if line_label(field) and field_for_label(line_label(field) or "")
        )
        if labeled < 2:
            continue  # (not a menu: "Home | Reviews | News")
        head = _OTHER_SCRIPT_NAME.sub("", fields[0]).strip()
        title, year = _strip_year(head)
        if title and title[0].isupper() and line_label(title) is None and len(title.split()) <= 10:
            return title, year
    return None


_FACTS_LINE_BLOCKS = 30
_MIN_FACTS_FIELDS = 4


def title_from_watching(blocks: list[Block]) -> tuple[str, int | None] | None:
    """A copy without its headline: "I finally watched Eleven Floors Down last night", the work
    the writer says they watched, near the top (a one-word title only if the page names it again)."""
    opening = "\n".join(block.text for block in blocks[:_WATCHING_BLOCKS])
    for match in _WATCHED.finditer(opening):  # (the pattern ends on a capitalised word)
        title = match.group("t")
        words = title.split()
        if _names_only(words) or title.upper() == title:
            continue
        if len(words) >= 2 or sum(block.text.count(title) for block in blocks) >= 2:
            return title, None
    return None


_WATCHING_BLOCKS = 4
_WATCHED = re.compile(
    r"\b(?:watched|saw|finished|binged|rewatched|re-watched|caught|terminé de ver|terminé|vi|nonton|menonton|"
    r"selesai nonton)\s+(?:the\s+(?:film|movie|drama|series|show)\s+|(?:la\s+)?(?:película|serie)\s+)?"
    r"(?P<t>[A-Z0-9][\w'’:-]*(?:[ ]+(?:(?:of|the|a|an|and|in|on|to|for|at|from|de|del|la|el|los|las|y)"
    r"[ ]+){0,2}[A-Z0-9][\w'’:-]*){0,7})"
)


_DEFINED_TITLE = (
    r"[A-Z0-9][\w'’:-]{0,30}(?:[ ]+(?:(?:to|of|the|a|an|and|in|on|for|with|from|at|&)[ ]+){0,3}"
    r"[A-Z0-9][\w'’:-]{0,30}){1,8}"
)
_DEFINITION = re.compile(
    rf"(?:^|(?<=[.!?] ))(?P<t>{_DEFINED_TITLE})(?:[ ]*\([^()]{{1,40}}\))?,?[ ]+"
    # "Nine Miles to Marfa is directed by ...": a work's credit names it as well as its kind
    r"(?:(?:is|was)[ ]+(?:directed|written|helmed)[ ]+by\b|"
    r"(?:is|was|adalah|merupakan|es|fue|est)[ ]+(?:(?:a|an|the|un|una|une|sebuah)[ ]+)?"
    r"(?:[\w'’-]{1,20}[ ]+){0,6}?"
    r"(?i:drama|series|k-drama|c-drama|j-drama|film|movie|show|sitcom|miniseries|documentary|serie|película|"
    r"drakor|serial|série|thriller|comedy|romance|mystery|melodrama|rom-com|romcom|sageuk|wuxia|xianxia|"
    r"horror|fantasy|procedural|anthology|adaptation|anime)\b)"  # "the first K-drama in a long time"
)
_DEFINITION_BLOCKS = 60


def title_from_definition(blocks: list[Block]) -> tuple[str, int | None] | None:
    """The work a page defines: "The Tea Merchant's Oath (茶商之誓) is a 38-episode historical
    mystery that aired on ...": for a page whose headline names no title (a newsletter)."""
    for block in blocks[:_DEFINITION_BLOCKS]:
        if block.is_heading and len(block.text) < _SENTENCE_HEADING_CHARS:
            continue  # (a standfirst set as a heading is a sentence too: "X is the C-drama that ...")
        title = _defined(_DEFINITION.search(block.text) or _SENTENCE_CASE_DEFINITION.search(block.text))
        if title is not None:
            return title, None
    return None


_SENTENCE_HEADING_CHARS = 60


def _defined(match: re.Match[str] | None) -> str | None:
    """The title a definition match names (not "It is a ...", nor "La película es una ...")."""
    words = match.group("t").split() if match else []
    if match and words and words[0] not in _NOT_DEFINED_SUBJECTS and fold(words[-1]) not in _KIND_WORDS:
        return match.group("t")
    return None


def defined_title(text: str) -> str | None:
    """The title a paragraph opens by defining ("The Mackerel Auctioneer is a 12-episode Korean
    crime thriller from ENA"), if it does."""
    return _defined(_DEFINITION.match(text))


# "그래서 정리해보는 〈고요한 추적자〉 기본 정보!": a title in corner brackets that the text
# goes on to describe (its facts, its plot, its review)
_BRACKETED_TITLE_INFO = re.compile(
    r"[〈《『「](?P<t>[^〈《『「〉》』」\n]{1,40})[〉》』」][^.!?\n]{0,12}?"
    r"(?:기본\s*정보|정보|줄거리|리뷰|후기|감상|출연진|등장인물)"
)


def title_from_bracketed_info(blocks: list[Block]) -> tuple[str, int | None] | None:
    """A page copied without its headline: the first bracketed title its text describes."""
    for block in blocks[:_DEFINITION_BLOCKS]:
        match = _BRACKETED_TITLE_INFO.search(block.text)
        if match:
            return match.group("t").strip(), None
    return None


_QUOTED_NAME = re.compile(r"['‘\"“〈《「『](?P<t>[^'‘’\"“”〈《「『〉》」』\n]{2,40})['’\"”〉》」』]")
_MAX_QUOTED_TITLE_WORDS = 7


def title_from_repeated_quote(blocks: list[Block]) -> tuple[str, int | None] | None:
    """A page copied without its headline: the quoted name its text repeats most
    ("'오월의 보건실'을 시작했는데요 ... '오월의 보건실'은 포근한 드라마"), if any twice."""
    counts: Counter[str] = Counter()
    kinded: Counter[str] = Counter()  # named as a work: "대만 영화 〈X〉", not "브런치북 〈Y〉"
    for block in blocks[:_DEFINITION_BLOCKS]:
        for match in _QUOTED_NAME.finditer(block.text):
            name = match.group("t").strip()
            if name and name[-1] not in ".?!,~" and len(name.split()) <= _MAX_QUOTED_TITLE_WORDS:
                counts[name] += 1
                kinded[name] += bool(_KIND_BEFORE_QUOTE.search(block.text, 0, match.start()))
    ranked = sorted(counts, key=lambda name: (counts[name], kinded[name]), reverse=True)[:2]
    if not ranked or counts[ranked[0]] < 2:
        return None
    if len(ranked) == 2 and (counts[ranked[1]], kinded[ranked[1]]) == (counts[ranked[0]], kinded[ranked[0]]):
        return None
    return ranked[0], None


_KIND_BEFORE_QUOTE = re.compile(
    r"(?:영화|드라마|애니메이션|film|movie|drama|series|serie|película|dorama|drakor)\s*$", re.IGNORECASE
)


# Spanish and Indonesian titles are written in sentence case: "El cartero de la nieve es la
# clase de película que ...", "Rumah di ujung jalan adalah drama keluarga ..."
_SENTENCE_CASE_DEFINITION = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<t>[A-ZÁÉÍÓÚÑ][\w'’-]{1,20}(?: [\w'’-]{1,20}){1,5}?) (?:es|fue|adalah|merupakan) "
    r"(?:un|una|la|el|sebuah) (?:[\w-]{1,15} ){0,4}?"
    r"(?:película|serie|dorama|drama|anime|comedia|documental|film|drakor|serial)\b"
)
_KIND_WORDS = frozenset(
    {"pelicula", "serie", "dorama", "drama", "anime", "comedia", "documental", "film", "historia", "cinta"}
    | {"obra", "produccion", "ficcion", "serial", "drakor", "adaptacion", "secuela", "temporada"}
)


_NOT_DEFINED_SUBJECTS = frozenset({"It", "This", "That", "These", "Ini", "Esta", "Este", "Il", "Elle"})


def extend_title(title: str, text: str, headline: str = "") -> str:
    """A headline's short title extended to the full one the body uses.

    ("Fantastic Beasts" -> "Fantastic Beasts and Where to Find Them").
    """
    counts: Counter[str] = Counter()
    for position in phrase_positions(text, title):
        following = _TITLE_EXTENSION.match(text, position + len(title))
        if following:
            counts[following.group(1)] += 1
    for extension, _count in counts.most_common():
        words = extension.replace(" :", ":").split()
        while words and words[-1][0].islower():
            words.pop()
        has_connector = any(word in _TITLE_CONNECTORS for word in words)
        extended = f"{title} {' '.join(words)}"
        if headline.startswith(extended):
            continue
        starts_well = words[:1] and (words[0][:1].isupper() or words[0] in ("and", "of", "the", "to"))
        if len(words) >= 2 and has_connector and starts_well and not words[-1].endswith(("'s", "’s")):
            return extended
    return title


_TITLE_EXTENSION = re.compile(
    r"((?: *:)?(?: +(?:and|of|the|to|in|on|a|an|for|from|where|with|at|[A-Z][\w'’-]*)){2,8})(?![\w'’-])"
)
_TITLE_CONNECTORS = frozenset({"and", "of", "the", "to", "in", "on", "for", "from", "where", "with", "at"})


def _locate(document: Document, title: str) -> tuple[int, int]:
    index = document.text.find(title)
    if index < 0:
        lowered = document.text.lower().find(title.lower())
        index = lowered
    if index < 0:
        return 0, 0
    return index, index + len(title)
