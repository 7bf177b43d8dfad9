"""Genres: "Genre: Thriller, Mystery", "this 2020 psychological romance drama", "full of
romance and comedy"."""

from __future__ import annotations

import re

from reviewparse.candidates import Candidate, Segment
from reviewparse.cues import cued, has_digit
from reviewparse.extract.context import segment_sentences
from reviewparse.gazetteer import Gazetteer, GazetteerMatch, gazetteer, names_a_channel
from reviewparse.infobox import LabeledValue
from reviewparse.textutil import FACTS_SEPARATOR

_KIND_NOUN = re.compile(
    r"^\s*(?:[A-Za-z0-9]{2,6}(?:'s|’s)?\s+)?(?:k-?drama|drama|dramas|series|film|movie|show|story|tale|flick|serie|película|"
    r"lakorn|dorama|drakor|dracin|c-drama|j-drama|telenovela|"
    r"드라마|영화|thriller|comedy|romance|documentary|musical|melodrama)\b",
    re.IGNORECASE,
)
_NOUN_GENRES = frozenset(
    {
        "comedy",
        "comedy-drama",
        "romantic comedy",
        "thriller",
        "romance",
        "documentary",
        "musical",
        "melodrama",
        "horror",
        "mystery",
        "fantasy",
        "dark comedy",
        "social thriller",
        "sitcom",
        "satire",
        "noir",
        "western",
        "biographical",
    }
)
_ARTICLE_BEFORE = re.compile(
    r"(?:^|\b)(?P<article>a|an|this|that|the|una|un|la|el|une|le|sebuah|esta|este|esa|ese|cette|ce|"
    r"(?-i:[A-Z][\w-]{1,20}['’]s))\s+"  # "Florencia Brizuela's Argentine comedy about"
    r"(?:(?:(?-i:[A-Z][a-z]+)|(?-i:[A-Z]{2,5}\+?)|(?-i:[a-z][\w-]{1,15})),?\s+){0,2}$",  # "this JTBC rom-com"
    re.IGNORECASE,
)
_AFTER_NOUN = re.compile(
    r"^\s*(?:about|has|is|was|manages|works|feels|never|also|still|finally|set|that|following|follows|"
    r"where|with|from|in which|which|who|on|between|among|involving|entre|antara|con|avec|dengan|"
    r"starring|centered|centred|of|but|sobre|tentang|de|del|que|dari|ini|yang|,|\.|$|"
    r"directed|written|helmed|based|adapted|produced|"
    r"(?-i:[a-z]{3,15}s)\b|"  # "this psychological thriller traps ..."
    r"(?-i:aired|premiered|debuted|released|wrapped|ended|opened|arrived|landed|dropped|streamed)\b)",
    re.IGNORECASE,
)
# Spanish, French and Indonesian put an adjective after the noun: "un thriller asfixiante sobre".
_ROMANCE_ARTICLES = frozenset(
    {"una", "un", "la", "el", "une", "le", "sebuah", "esta", "este", "esa", "ese", "cette", "ce"}
)
_ADJECTIVE_AFTER = re.compile(r"^\s*[a-záéíóúñ]+\s+")
_HANGUL = re.compile(r"[가-힣]")
_KOREAN_AFTER_GENRE = re.compile(
    r"^\s*(?:다|이다|이고|이며|입니다|예요|이에요|인|물|극|장르|드라마|영화|작품|를|을|로|으로|의)"
)
_IS_A = re.compile(
    r"\b(?:is|was|as|es|adalah|est)\s+(?:a|an|una|un|une)\s+(?:[a-z0-9][\w-]*(?:,|\s+and)?\s+){0,3}$",
    re.IGNORECASE,
)
# Indonesian and others put the genre after the noun: "Drama medis ini", "film noir".
_NOUN_THEN_GENRE = re.compile(r"\b(?:drama|serial|film|série|serie|película)\s+(?:de\s+)?$", re.IGNORECASE)
# A film's "this French drama about two sisters": drama is the genre (kept for films only).
_FILM_DRAMA = cued(
    r"\b(?:a|an|this|the)\s+(?:[A-Za-z-]+\s+){0,2}drama\s+(?:about|that|set|which|from|following|centered|"
    r"centred|of|with|directed|written|starring|based|adapted|follows|tells|traces|captures|disguised)\b",
    ("drama",),
    re.IGNORECASE,
)
_FULL_OF = re.compile(
    r"\b(?:full of|blend of|mix of|mixture of|combines|packed with|genre of|"
    r"genres? (?:of|like|such as)|(?:who|that) (?:like|likes|love|loves|enjoy|enjoys)|"
    r"fans of|(?:ber)?genre|g[ée]neros?(?: de)?|touches of|elements of|toques de|elementos de|unsur)\s+$",
    re.IGNORECASE,
)
_IS_WITHOUT_ARTICLE = re.compile(
    r"\b(?:adalah|merupakan|ialah|es un|es una|est un|est une)\s+$", re.IGNORECASE
)
_COMPARISON_BEFORE = re.compile(
    r"\b(?:after|than|like|unlike|instead of|from|of|despues de|después de)\s*$", re.IGNORECASE
)
_SENTENCE_START_GENRE_AFTER = re.compile(
    r"^\s*(?:de|del|con|que|sobre|dengan|yang|about|with|that|,)\s", re.IGNORECASE
)
# Indonesian and Spanish name the noun first: "Drama romansa sejarah ini ...", "drama romantis yang".
_AFTER_NOUN_FIRST = re.compile(
    r"^\s*(?:ini|itu|tersebut|yang|tentang|bergenre|sobre|que|del|de la|con|dengan|es|fue|era|,|\.|$)",
    re.IGNORECASE,
)
_JOINER = re.compile(r"^(?:\s*(?:,|/|&|\band\b|\by\b|\bdan\b|\bet\b|\bwith\b|-)\s*|\s+)$", re.IGNORECASE)


def extract(segment: Segment, labeled: list[LabeledValue], extra: list[tuple[str, int]]) -> list[Candidate]:
    table = gazetteer("genres")
    found: list[Candidate] = []
    for item in labeled:
        if item.field == "genres":
            for match in _without_noun_drama(item.value, table):
                found.append(
                    Candidate(
                        "genres",
                        match.canonical,
                        item.start + match.start,
                        item.start + match.end,
                        "genres.label",
                        0.95,
                    )
                )
    found.extend(_heading_info_genres(segment, table))
    found.extend(_facts_line_genres(segment, table))
    texts = [*extra, *((s.text, s.start) for s in segment_sentences(segment))]
    for text, offset in texts:
        found.extend(_prose_genres(text, offset, table, segment.title))
        for drama in _FILM_DRAMA.finditer(text, text.lower()):
            start = offset + drama.group(0).lower().rfind("drama") + drama.start()
            found.append(Candidate("genres", "drama", start, start + 5, "genres.film_drama", 0.75))
    return found


_FACTS_LINE_CHARS = 140


def _without_noun_drama(value: str, table: Gazetteer) -> list[GazetteerMatch]:
    """A label's genres; "drama" spaced onto another genre ("Drama familiar", "Family drama",
    "drama romantis") is the noun the genre qualifies, not a genre of its own. ("Drama Mystery",
    a row of capitalised tags, is two genres.)"""
    matches = list(table.finditer(value))
    return [
        match
        for index, match in enumerate(matches)
        if match.canonical != "drama"
        or not any(
            other is not match
            and _SPACED.match(value[min(match.end, other.end) : max(match.start, other.start)])
            and not (value[match.start].isupper() and value[other.start].isupper())
            for other in matches[max(0, index - 1) : index + 2]
        )
    ]


_SPACED = re.compile(r"^\s+$")


def _facts_line_genres(segment: Segment, table: Gazetteer) -> list[Candidate]:
    """Genres that are whole fields of a facts line: "Disney+ | 20 episodios | Acción, fantasía"."""
    found: list[Candidate] = []
    for block in segment.blocks[:4]:
        text = block.text
        if len(text) > _FACTS_LINE_CHARS or len(FACTS_SEPARATOR.findall(text)) < 2:
            continue
        if not has_digit(text) and not names_a_channel(text):
            continue  # "Beranda | Drama | Film": a menu, not facts
        position = 0
        for field in FACTS_SEPARATOR.split(text):
            start = text.find(field, position)
            position = start + len(field)
            runs = _runs(field, table)
            if len(runs) != 1 or field[: runs[0][0].start].strip() or field[runs[0][-1].end :].strip(" ."):
                continue  # a field that is more than genre words
            for match in runs[0]:
                if match.canonical == "drama":
                    continue
                offset = block.start + start
                found.append(
                    Candidate(
                        "genres",
                        match.canonical,
                        offset + match.start,
                        offset + match.end,
                        "genres.facts_line",
                        0.8,
                    )
                )
    return found


def _heading_info_genres(segment: Segment, table: Gazetteer) -> list[Candidate]:
    """Genre words among the facts in a work heading's parentheses: "(docu, 1h45, Netflix)"."""
    if not segment.blocks or not segment.blocks[0].text.endswith(")"):
        return []
    block = segment.blocks[0]
    opening = block.text.rfind("(")
    found = []
    for match in table.finditer(block.text[opening:]):
        if match.canonical != "drama":
            start = block.start + opening + match.start
            found.append(
                Candidate(
                    "genres",
                    match.canonical,
                    start,
                    start + match.end - match.start,
                    "genres.heading_info",
                    0.8,
                )
            )
    return found


def _is_noun_genre(genre: str) -> bool:
    """A genre that names a kind of work on its own ("a thriller", "a legal thriller")."""
    return genre in _NOUN_GENRES or genre.rsplit(" ", 1)[-1] in _NOUN_GENRES


def _article_noun(before: str, after: str, written: str, genre: str, title: str = "") -> bool:
    """ "a fantasy romance about ...", "una comedia de KBS2", "un thriller asfixiante sobre ..."
    (lower case as written: "In This Documentary, ..." is a headline, not a genre)."""
    # "The 12-episode romantic comedy, which ..." opens a sentence about the work; mid-sentence,
    # "..., the 20-episode thriller that made him famous" is mostly another title's appositive
    article = _ARTICLE_BEFORE.search(before) or _COUNT_AT_SENTENCE_START.match(before)
    if article is None and title:  # "Quiet Engines, a 97-minute Norwegian thriller about ...": its own
        counted = _COUNT_ARTICLE.search(before)
        if counted and before[: counted.start()].rstrip(" ,").endswith(title):
            article = counted
    if article is None or not _is_noun_genre(genre) or not written[:1].islower():
        return False
    if _COMPARISON_BEFORE.search(before[: article.start()]):
        return False  # "something gentle after a heavy thriller": another kind of show
    if article.group("article").lower() in _ROMANCE_ARTICLES:
        after = _past_adjectives(after)  # "una comedia romántica taiwanesa original de Netflix"
    if article.group("article").lower() in _DEMONSTRATIVES and _SPANISH_IS.match(after):
        return True  # "esta comedia romántica es ...", where "el misterio es ..." is a noun
    return bool(_AFTER_NOUN.match(after))


_COUNT_AT_SENTENCE_START = re.compile(
    r"^\s*(?P<article>the|this|a|an)\s+\d{1,3}-(?:episode|part)\s+(?:(?-i:[A-Z][a-z]+|[a-z][\w-]{2,15})\s+)?$",
    re.IGNORECASE,
)
_COUNT_ARTICLE = re.compile(
    r"(?P<article>\b(?:the|a|an))\s+\d{1,3}-(?:episode|part|minute)\s+(?:[A-Z][a-z]+\s+)?$", re.IGNORECASE
)
_DEMONSTRATIVES = frozenset({"esta", "este", "esa", "ese"})
_SPANISH_IS = re.compile(r"^\s*(?:es|fue|era)\b")


def _past_adjectives(after: str) -> str:
    """The text after up to two adjectives that follow a Spanish or Indonesian genre noun."""
    for _ in range(_MAX_ADJECTIVES_AFTER):
        adjective = _ADJECTIVE_AFTER.match(after)
        if adjective is None or _AFTER_NOUN.match(after) or _SPANISH_IS.match(after):
            break
        after = after[adjective.end() :]
    return after


_MAX_ADJECTIVES_AFTER = 3  # "una comedia pequeña y luminosa de JTBC"


def _noun_then_adjective(before: str, after: str, written: str, genre: str) -> bool:
    """Spanish and French put the genre adjective after the genre noun: "un thriller judicial"."""
    article = _ARTICLE_BEFORE.search(before)
    if article is None or article.group("article").lower() not in _ROMANCE_ARTICLES:
        return False
    return _is_noun_genre(genre) and written[:1].islower() and bool(_AFTER_NOUN.match(after))


def _runs(text: str, table: Gazetteer) -> list[list[GazetteerMatch]]:
    """Consecutive genre words joined by commas, 'and', slashes or spaces."""
    runs: list[list[GazetteerMatch]] = []
    for match in table.finditer(text):
        if runs and _JOINER.match(text[runs[-1][-1].end : match.start]):
            runs[-1].append(match)
        else:
            runs.append([match])
    return runs


def _prose_genres(text: str, offset: int, table: Gazetteer, title: str = "") -> list[Candidate]:
    found: list[Candidate] = []
    for run in _runs(text, table):
        before = text[: run[0].start]
        after = text[run[-1].end :]
        words = [match.canonical for match in run]
        if len(run) >= 2 and words[-1] == "drama" and not _FULL_OF.search(before):
            rule, keep = "genres.before_kind_noun", run[:-1]
        elif len(run) >= 2 and words[0] == "drama" and _IS_WITHOUT_ARTICLE.search(before):
            rule, keep = "genres.noun_then_genre", run[1:]  # "adalah drama romansa misteri"
        elif _KIND_NOUN.match(after):
            rule, keep = "genres.before_kind_noun", run
        elif _FULL_OF.search(before):
            rule, keep = "genres.list_phrase", run
        elif len(run) >= 2 and words[0] == "drama" and _AFTER_NOUN_FIRST.match(after):
            rule, keep = "genres.noun_then_genre", run[1:]
        elif not before.strip(" \"“'") and _SENTENCE_START_GENRE_AFTER.match(_past_adjectives(after)):
            rule, keep = (
                "genres.sentence_start",
                run,
            )  # "Romance histórico de los que ...", "Wuxia de los de antes"
        elif _IS_A.search(before) and _is_noun_genre(words[-1]):
            rule, keep = "genres.is_a", run
        elif _article_noun(before, after, text[run[-1].start : run[-1].end], words[-1], title):
            rule, keep = "genres.article_noun", run
        elif len(run) >= 2 and _noun_then_adjective(before, after, text[run[0].start : run[0].end], words[0]):
            rule, keep = (
                "genres.article_noun",
                run,
            )  # "un thriller judicial con ...", "esta comedia policial de"
        elif _HANGUL.search(text[run[0].start : run[-1].end]) and _KOREAN_AFTER_GENRE.match(after):
            rule, keep = "genres.korean", run  # "판타지 로맨스다", "로맨틱 코미디 드라마"
        elif _NOUN_THEN_GENRE.search(before):
            rule, keep = "genres.noun_then_genre", run
        elif (
            title
            and (words[-1] in _NOUN_GENRES or words[-1] == "drama")
            and after.lstrip(" \"“‘'«").startswith(title)
        ):
            if words == ["drama"]:  # "the big-screen drama Selma": a genre only for a film
                found.append(
                    Candidate(
                        "genres",
                        "drama",
                        offset + run[0].start,
                        offset + run[0].end,
                        "genres.film_drama",
                        0.75,
                    )
                )
                continue
            rule, keep = "genres.before_title", run
        else:
            continue
        for match in keep:
            if match.canonical == "drama" and rule != "genres.list_phrase":
                continue
            found.append(
                Candidate("genres", match.canonical, offset + match.start, offset + match.end, rule, 0.75)
            )
    return found
