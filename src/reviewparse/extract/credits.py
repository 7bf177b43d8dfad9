"""Writers, directors and production companies: "written by X", "Director: Y", "produced by Z"."""

from __future__ import annotations

import re
from dataclasses import replace

from reviewparse.candidates import Candidate, Segment
from reviewparse.cues import cued, has_hangul
from reviewparse.extract.context import mentions_title, segment_sentences
from reviewparse.gazetteer import names_a_channel
from reviewparse.infobox import LabeledValue
from reviewparse.names import (
    is_person_name,
    leading_name,
    split_name_list,
    trailing_name,
    vocabulary,
)
from reviewparse.textutil import SCRIPT_GLOSS, phrase_positions, separates_facts

# A list of names runs to the end of its clause; the period of an initial ("Emily V. Gordon",
# "J.C. Chandor") does not end it.
_NAME_LIST = r"(?P<names>(?:[^.;:!?()\n]|(?<=[\s.][A-Z])\.){2,160})"
_PROSE = (
    (
        cued(
            rf"\b(?:written and directed|directed and written|écrite et réalisée|escrita y dirigida|"
            rf"ditulis dan disutradarai)\s+(?:by|par|por|oleh)\s+{_NAME_LIST}",
            ("written", "directed", "écrite", "escrita", "ditulis"),
            re.IGNORECASE,
        ),
        ("writers", "directors"),
        "credits.written_and_directed",
    ),
    (
        cued(
            rf"\b(?:writer|screenwriter)[-/ ](?:and[- ])?director\s+{_NAME_LIST}", ("writer",), re.IGNORECASE
        ),
        ("writers", "directors"),
        "credits.writer_director",
    ),
    (
        cued(
            rf"\b(?:written|penned|scripted|screenwriting (?:is |was )?(?:done )?|"
            rf"(?:a |the )?(?:screenplay|script) (?:is |was )?)"
            rf"\s*by\s+{_NAME_LIST}",
            ("written", "penned", "scripted", "screenwriting", "screenplay", "script"),
            re.IGNORECASE,
        ),
        ("writers",),
        "credits.written_by",
    ),
    (
        cued(
            rf"\b(?:escrita|escrito|ditulis|écrite?|(?:(?:el|un|con)\s+)?gui[oó]n\s+(?:es\s+|corre\s+a\s+cargo\s+)?de|naskah(?:nya)?(?:\s+(?:film|drama|serial)\s+ini)?\s+(?:ditulis\s+)?oleh)"
            rf"(?:\s+(?:por|oleh|par))?\s+{_NAME_LIST}",
            ("escrit", "ditulis", "écrit", "gui", "naskah"),
            re.IGNORECASE,
        ),
        ("writers",),
        "credits.written_by",
    ),
    (  # "2020 · 112 min · Dir. Yeom Seung-hoon", "(dir. Ilinca Sârbu, Romania)"
        cued(rf"(?<![\w.])[Dd]ir\.\s+(?=[A-Z]){_NAME_LIST}", ("dir.",)),
        ("directors",),
        "credits.dir_abbreviation_single",
    ),
    (
        cued(
            rf"\b(?:directed|helmed|direction|directing)\s+(?:is\s+|was\s+)?by\s+{_NAME_LIST}",
            ("directed", "helmed", "direction", "directing"),
            re.IGNORECASE,
        ),
        ("directors",),
        "credits.directed_by",
    ),
    (
        cued(
            rf"\b(?:(?:dirigida|dirigido|disutradarai|réalisée?|réalisé)\s+(?:por|oleh|par)|signée?|"
            rf"(?:la\s+)?direcci[oó]n\s+(?:es\s+|corre\s+a\s+cargo\s+)?de|arahan)\s+{_NAME_LIST}",
            ("dirigid", "disutradarai", "réalis", "signé", "direcci", "arahan"),
            re.IGNORECASE,
        ),
        ("directors",),
        "credits.directed_by",
    ),
    (
        cued(
            rf"\b(?:[Ss]creenwriter|[Ss]criptwriter|[Ww]riter|[Pp]laywright|"
            rf"[Pp]enulis(?: [Ss]kenario| [Nn]askah)?|[Gg]uionista|작가)\s+{_NAME_LIST}",
            ("screenwriter", "scriptwriter", "writer", "playwright", "penulis", "guionista", "작가"),
        ),
        ("writers",),
        "credits.writer_title_single",
    ),
    (
        cued(
            rf"\b(?:[Dd]irector|^Dir\.|PD|[Ss]utradara(?:nya)?|[Dd]irectora|[Rr]éalisateur|[Ff]ilmmaker|"
            rf"[Dd]irectorial debut (?:from|of)(?: [a-z-]+){{0,4}}"
            rf"(?: director)?|[Cc]ineaste|cinéaste)\s+{_NAME_LIST}",
            ("director", "dir.", "pd", "sutradara", "réalisateur", "filmmaker", "cineaste", "cinéaste"),
        ),
        ("directors",),
        "credits.director_title_single",
    ),
    (
        cued(
            rf"\b(?:produced by|production (?:is |was )?(?:handled |done )?by|(?:la |lo )?produjo|"
            rf"production company|production companies|co-produced by|in association with|"
            rf"(?:co-)?produced\s+(?:it|the (?:series|drama|show|film|movie))\s+with|"
            rf"producid[ao]s? por|diproduksi oleh|produksi(?:nya)? (?:digarap|ditangani|dikerjakan) oleh|"
            rf"(?:drama|film|serial|series) produksi|"  # "Drama produksi Banglamphu Studio ini"
            # "La producción es del estudio X"
            rf"la producci[oó]n (?:es|corre a cargo) de(?:l estudio| la productora)?)"
            rf"\s+{_NAME_LIST}",
            ("produc", "produk", "produjo", "association"),
            re.IGNORECASE,
        ),
        ("production_companies",),
        "credits.produced_by",
    ),
)
# "Dirigida por Kakehashi Renji, que firma también el guion": the director wrote it too
_DIRECTOR_WHO_WROTE = cued(
    r"\b(?i:dirigida|dirigido|directed)\s+(?:por|by)\s+(?P<names>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s+"
    r"(?:que|quien|who)\s+(?:también\s+|also\s+)?(?:firma|escribe|coescribe|wrote|penned|co-wrote)\s+"
    r"(?:también\s+)?(?:el\s+|the\s+)?(?:gui[oó]n|script|screenplay)",
    ("dirigid", "directed"),
)
_HANGUL_NAME = re.compile(r"^[가-힣]{2,4}$")
_SPACED_HANGUL_NAME = re.compile(r"^[가-힣]{1,5}(?: [가-힣]{1,5}){1,2}$")
_KOREAN_ROLE_AFTER = re.compile(r" (?:감독|작가|각본|극본|연출|제작|배우|PD)$")
# The page's own writing, not the work's: "this review was written by", "a weekly letter ... written by".
ARTICLE_BYLINE = re.compile(
    r"\b(?:letter|newsletter|column|blog|post|article|review|recap|essay|roundup|guide|piece)\b"
    r"[^.!?]{0,80}?\b(?:written|penned|edited|compiled|curated)\s+by\s+$",
    re.IGNORECASE,
)
# "Penulis: Siti Rahmawati | Editor: Bayu Adi": the article's byline, not the work's credits
_BYLINE_BLOCK = re.compile(
    r"\b(?:editor|reporter|posted|published|redaksi|penyunting|diterbitkan)\b", re.IGNORECASE
)
_BYLINE_REACH = 40  # "Penulis: Intan Permatasari" over "Editor: Dimas ...": the article's staff
_ROLE_TITLE = re.compile(r"^(?:PD|director|producer|writer|screenwriter)\s+(?=[A-Z])")
_POSSESSIVE_LEAD = re.compile(r"^[A-Z][\w-]*(?:\s*&\s*[A-Z][\w-]*|\s+[A-Z][\w-]*)?['’]s\s+(?=[A-Z])")
_LEAD_IN_RULES = frozenset({"credits.written_by", "credits.directed_by", "credits.written_and_directed"})
_CLAUSE_VERB = re.compile(r"\b(?:by|is|was|are|were|directed|written|produced)\b")
# "real-life married couple Emily V. Gordon", "Silicon Valley's Kumail Nanjiani"
_LEAD_IN = re.compile(r"^(?:(?:[a-z][\w-]*\s+){1,4}(?=[A-Z])|(?:[A-Z][\w-]*\s+){1,2}[\w-]*['’]s\s+(?=[A-Z]))")
_HANGUL_TEXT = re.compile(r"[가-힣]")
_NATIVE_THEN_LATIN = re.compile(r"^[가-힣\s]{2,12}\((?P<latin>[A-Z][^()]{1,40})\)$")
_BYLINE_LINE = re.compile(r"^.{0,80}(?:[·|•]|\b(?:19|20)\d\d\b)")
# "Dirigida por Byun Sung-jae, se estrenó el 14 de marzo de 2024": a sentence, not a byline
_CLAUSE_GOES_ON = re.compile(r"^[^,]{3,60},\s+[a-zà-ÿ]")
_SHARING_DIRECTING = cued(
    r"\s+(?:sharing|share|splitting|handling|handle|on)\s+(?:the\s+)?direct(?:ing|ion)(?:\s+duties)?\b",
    ("direct",),
    re.IGNORECASE,
)
_LEAD_WITH = re.compile(r"^\s*(?:with|and|while)\s+", re.IGNORECASE)
_COMPANY_WORDS = re.compile(
    r"\b(?:pictures|studios?|entertainment|media|films?|productions?|works|company|contents?|group|"
    r"tv|broadcasting|networks?|plus|inc\.?|ltd\.?|co\.|corp\.?|llc|animation|dragon|factory|"
    r"partners|house|creative|lab|&)\b",
    re.IGNORECASE,
)


def _possessive_director(segment: Segment, text: str, offset: int) -> list[Candidate]:
    """ "Sean Baker's The Florida Project", "J.C. Chandor's 'A Most Violent Year'"."""
    if not segment.title or segment.title.lower() not in text.lower():
        return []  # the pattern needs the title itself
    found: list[Candidate] = []
    for position in phrase_positions(text, segment.title, ignore_case=True):
        possessive = _POSSESSIVE_BEFORE_TITLE.search(text, max(0, position - _POSSESSIVE_REACH), position)
        if possessive is None:
            continue
        name = trailing_name(text[: possessive.start()])
        if name and len(name.split()) >= 2:
            start = offset + possessive.start() - len(name)
            found.append(
                Candidate("directors", name, start, start + len(name), "credits.possessive_title", 0.7)
            )
    return found


# what stands between a director's name and the title: "'s", "'s debut feature", "'s '"
_POSSESSIVE_BEFORE_TITLE = re.compile(
    r"['’]s\s+(?:(?:[\w-]+\s+){0,3}(?:film|movie|documentary|feature|debut|drama|thriller|comedy)\s+)?"
    r"[\"“‘']?$",
    re.IGNORECASE,
)
_POSSESSIVE_REACH = 120


def extract(segment: Segment, labeled: list[LabeledValue]) -> list[Candidate]:
    found: list[Candidate] = []
    for item in labeled:
        around = segment.document.text[max(0, item.start - _BYLINE_REACH) : item.end + _BYLINE_REACH]
        if item.field in ("writers", "directors", "production_companies") and not _BYLINE_BLOCK.search(
            around
        ):
            prose = _prose_credits(item.value, item.start)
            if prose:
                found.extend(prose)
                continue
            value = _SOURCE_NOTE.sub("", item.value)  # "인수란 (원작: 칭산커 작가의 웹소설)"
            found.extend(_names(value, item.start, (item.field,), f"{item.field}.label", 0.9))
    for sentence in segment_sentences(segment):
        if _JURY.search(sentence.text):
            continue  # "the jury, chaired by Korean director Park Eun-seo": no credit of the work
        for candidate in _prose_credits(sentence.text, sentence.start):
            after = segment.document.text[candidate.end : candidate.end + 80]
            abbreviated = candidate.rule == "credits.dir_abbreviation_single"
            if abbreviated and not _own_list_line(sentence.text, segment):
                continue  # "Audience Award: Little Kite (dir. Han Seo-yul)": another film of a winners list
            if not _for_another_title(after, segment.title):
                found.append(candidate)
        found.extend(_possessive_director(segment, sentence.text, sentence.start))
    return [_with_full_name(candidate, segment.document.text) for candidate in found]


def _own_list_line(text: str, segment: Segment) -> bool:
    """A line of facts ("2020 · 112 min · Dir. X") or a line naming the work itself."""
    return separates_facts(text) or mentions_title(text, segment.title)


_SOURCE_NOTE = re.compile(
    r"\s*\((?:원작|original|based on|basad[oa] en|adaptasi|berdasarkan|novel|webtoon|웹툰)[^()]*\)",
    re.IGNORECASE,
)
_JURY = re.compile(r"\b(?:jury|juror|jurors|jurado|juri)\b|심사위원", re.IGNORECASE)
_FOR_QUOTED_TITLE = re.compile(r"^\s*(?:for|in|on|with)\s+[\"“‘'](?P<t>[^\"”’']{2,60})[\"”’']")


def _for_another_title(after: str, title: str) -> bool:
    """ "... filmmaker Ana Lucía Ferrer for "Dust of Atacama"": a credit of that title."""
    quoted = _FOR_QUOTED_TITLE.match(after)
    return quoted is not None and not mentions_title(quoted.group("t"), title)


def _with_full_name(candidate: Candidate, text: str) -> Candidate:
    """A surname alone ("written by Morishima and Yuko Hanai") as the page names the person
    in full elsewhere ("Kaito Morishima's Japanese drama"), when it names exactly one."""
    value = str(candidate.value)
    if candidate.field not in ("writers", "directors") or " " in value or not value[:1].isupper():
        return candidate
    stop = vocabulary().stop
    pattern = re.compile(
        rf"(?<![\w'’-])([A-Z][a-z][\w'’-]{{0,20}})\s+{re.escape(value)}(?=['’]s\b|[^\w'’-]|$)"
    )
    firsts = {match.group(1) for match in pattern.finditer(text)} - stop
    if len(firsts) != 1:
        return candidate
    return replace(candidate, value=f"{firsts.pop()} {value}")


_ACTIVE = (
    (
        cued(r"\s+(?:wrote|penned|scripted)\b", ("wrote", "penned", "scripted")),
        ("writers",),
        "credits.name_wrote",
    ),
    (
        cued(r"\s+(?:directed|helmed)\b(?!\s+by)", ("directed", "helmed")),
        ("directors",),
        "credits.name_directed",
    ),
    (
        cued(r"\s+(?:wrote and directed|directed and wrote)\b", ("wrote",)),
        ("writers", "directors"),
        "credits.name_wrote_and_directed",
    ),
    (
        cued(r"\s+(?:co-)?produced\s+(?:it|the (?:series|drama|show|film|movie))\b", ("produced",)),
        ("production_companies",),
        "credits.name_produced",
    ),
    (
        cued(
            r"\s+(?:are|is)\s+(?:co-)?producing\b|\s+(?:co-)?produce[sd]?\s+(?:the\s+)?(?:series|drama|show|film)\b",
            ("produc",),
        ),
        ("production_companies",),
        "credits.name_producing",
    ),
)
_CLAUSE_START = re.compile(r"(?:^|[.;:!?]\s+|,\s+(?:and|but|while)\s+|,\s+)(?=[^.;:!?,]*$)")


# "It is a Northlight Television production for the BBC"
_A_PRODUCTION = cued(
    r"\b(?:is|was)\s+an?\s+(?P<names>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\s+production\b",
    ("production",),
)
_KO_PRODUCTION_FIRST = re.compile(r"제작(?:은|는|사는)\s+(?P<names>[가-힣A-Za-z0-9]{2,20})\s*,\s*배급")
_KO_PRODUCTION = re.compile(
    r"제작(?:은|는|사는)?\s+(?P<names>[가-힣A-Za-z0-9 ]{2,40}?)(?:이|가)\s+(?:공동으로\s+|함께\s+)?맡"
)
# "연출은 '붉은 계단'으로 최고 시청률 14.8%를 기록한 이현묵 감독이": the name is the one before 감독/작가
_KO_DIRECTOR_IN_PARENTHESES = re.compile(r"\(\s*감독\s+(?P<name>[가-힣]{2,4})\s*[),]")
_KO_CREDIT = re.compile(
    r"(?P<role>연출|극본|각본)(?:은|는|을|를)?\s+(?:(?:[^,.]|(?<=\d)\.(?=\d)){0,50}?\s)?(?P<name>[가-힣]{2,4})\s*(?P<title>감독|PD|피디|작가)"
)


def _korean_companies(text: str, offset: int) -> list[Candidate]:
    """ "제작은 스튜디오드래곤과 봄빛픽쳐스가 맡았다"."""
    found: list[Candidate] = []
    for credit in _KO_CREDIT.finditer(text):  # "연출은 한지석 감독, 극본은 문채원 작가가 맡았다"
        field_name = "directors" if credit.group("role") == "연출" else "writers"
        found.append(_from_group(credit, "name", offset, field_name, "credits.korean_role", 0.85))
    for match in _KO_PAREN_CREDITS.finditer(text):
        role = match.group("role")
        field_name = _KO_ROLE_FIELDS.get(role, "production_companies")
        cursor = match.start("name")
        for part in match.group("name").split("·"):  # "제작 북청필름·물결픽처스": two companies
            start = text.find(part.strip(), cursor)
            cursor = start + len(part.strip())
            if part.strip():
                found.append(
                    Candidate(
                        field_name, part.strip(), offset + start, offset + cursor, "credits.korean_paren", 0.8
                    )
                )
    for match in _KO_COMPANY_PRODUCED.finditer(text):
        found.append(
            _from_group(match, "name", offset, "production_companies", "credits.korean_produced", 0.8)
        )
    for match in _KO_WROTE_SCRIPT.finditer(text):  # "변지후 감독이 오세린 작가와 함께 각본을 썼다"
        for group in ("a", "b"):
            if match.group(group):
                found.append(_from_group(match, group, offset, "writers", "credits.korean_wrote", 0.75))
    for match in _KO_DIRECTORS_WORK.finditer(text):
        group = "name" if match.group("name") else "long"
        found.append(_from_group(match, group, offset, "directors", "credits.korean_directors_work", 0.7))
    for match in _KO_SCRIPT_BY.finditer(text):
        for group in ("a", "b"):
            found.append(_from_group(match, group, offset, "writers", "credits.korean_wrote", 0.75))
    for match in _KO_DIRECTOR_IN_PARENTHESES.finditer(text):  # "영화 '검은 염전'(감독 정우석)"
        found.append(_from_group(match, "name", offset, "directors", "credits.korean_paren", 0.8))
    for match in _KO_PRODUCTION_FIRST.finditer(text):  # "제작은 모래시계필름, 배급은 ..."
        found.append(
            _from_group(match, "names", offset, "production_companies", "credits.korean_production", 0.8)
        )
    for match in _KO_PRODUCTION.finditer(text):
        cursor = match.start("names")
        for part in re.split(r"(?:과|와|,)\s*", match.group("names")):
            part = _COMPANY_DESCRIPTION.sub("", part.strip())  # "작은 영화사 우두필름": the company's name
            if part:
                start = text.find(part, cursor)
                found.append(
                    Candidate(
                        "production_companies",
                        part,
                        offset + start,
                        offset + start + len(part),
                        "credits.korean_production",
                        0.8,
                    )
                )
                cursor = start + len(part)
    return found


def _from_group(
    match: re.Match[str], group: str, offset: int, field_name: str, rule: str, confidence: float
) -> Candidate:
    start = offset + match.start(group)
    return Candidate(field_name, match.group(group), start, start + len(match.group(group)), rule, confidence)


def _active_credits(text: str, lowered: str, offset: int) -> list[Candidate]:
    """ "Jo Yong wrote the screenplay", "Story TV and Gold Medalist produced it"."""
    found: list[Candidate] = []
    for pattern, fields, rule in _ACTIVE:
        for match in pattern.finditer(text, lowered):
            before = text[: match.start()]
            clause = _CLAUSE_START.search(before)
            subject_start = clause.end() if clause else 0
            subject = before[subject_start:]
            if not subject or len(subject) > 80:
                continue
            names = _names(subject, offset + subject_start, fields, rule, 0.75)
            if names and sum(len(str(c.value)) for c in names) >= len(subject.strip()) - 12:
                found.extend(names)
    return found


# "Sam Whitcombe directs from his own script": the director, and the writer too
_DIRECTS = cued(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’.-]{1,30}(?:\s[A-Z][\w'’.-]{1,30}){1,3})\s+(?:directs|helms)\b"
    r"(?P<own>\s+from\s+(?:his|her|their)\s+own\s+(?:script|screenplay))?",
    ("directs", "helms"),
)
# "(극본 정하린, 연출 문태호, 제작 스튜디오 해온)": a news lede's credits in parentheses
_KO_PAREN_CREDITS = re.compile(
    r"(?:\(|,)\s*(?P<role>극본|각본|연출|감독|제작)\s+"
    r"(?P<name>[가-힣A-Za-z0-9][가-힣A-Za-z0-9 &·]{1,30}?)\s*(?=[,)])"
)
# "〈소리 없는 밤〉을 연출했던 나재윤 감독 작품이고": a work of director X
_KO_DIRECTORS_WORK = re.compile(
    r"(?<![가-힣])(?P<name>[가-힣]{3})\s*감독(?:의)?\s*(?:작품|신작|연출작)|"
    # "영화는 천웨이팅 감독의 두 번째 장편이다": the film is the director's (a transliterated name)
    r"(?<![가-힣])(?P<long>[가-힣]{3,5})\s*감독의\s+(?:(?:첫|두|세|네|다섯)\s*번째\s+)?(?:장편|장편영화|영화)(?:이다|이며|으로)"
)
# "각본은 천웨이팅 감독이 소설가 궈자핑과 함께 썼는데": the script's two writers
_KO_SCRIPT_BY = re.compile(
    r"(?:각본|극본|시나리오)(?:은|는)\s+(?P<a>[가-힣]{2,5})\s*(?:감독|작가)?(?:이|가)\s+"
    r"(?:(?:소설가|작가|시인|감독)\s+)?(?P<b>[가-힣]{2,5})(?:와|과)\s+(?:함께\s+|공동으로\s+)?(?:썼|집필)"
)
# "변지후 감독이 오세린 작가와 함께 각본을 썼다", "연소리 감독과 마하늘 작가가 함께 각본을 썼으며"
_KO_WROTE_SCRIPT = re.compile(
    r"(?<![가-힣])(?P<a>[가-힣]{2,4})\s*(?:감독|작가|PD)(?:이|가|은|는|과|와)\s+"
    r"(?:(?P<b>[가-힣]{2,4})\s*(?:감독|작가)(?:와|과|이|가)\s+)?(?:함께\s+|공동으로\s+)?(?:직접\s+)?"
    r"(?:각본|극본|시나리오)(?:을|를)?\s*(?:썼|집필|맡|완성)"
)
# "물밑필름이 제작했다", "두부필름이 제작하고": a company, then "produced"
_KO_COMPANY_PRODUCED = re.compile(
    r"(?<![가-힣])(?P<name>[가-힣A-Za-z0-9]{1,10}(?:필름|픽처스|스튜디오|엔터테인먼트|프로덕션|컴퍼니|미디어|영화사))"
    r"(?:이|가)\s*(?:공동\s*)?제작(?:했|하고|한|을|하며)"
)
_COMPANY_DESCRIPTION = re.compile(r"^.*(?:영화사|제작사|회사)\s+(?=\S)")
_KO_ROLE_FIELDS = {"극본": "writers", "각본": "writers", "연출": "directors", "감독": "directors"}


# "Tomoe Shibata's script, adapted from ...", "Park Ji-hoon's taut direction"
_POSSESSIVE_CREDIT = cued(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’.-]{1,30}(?:\s[A-Z][\w'’.-]{1,30}){1,3})['’]s\s+"
    r"(?:[a-z][\w-]{2,15}\s+)?(?P<what>script|screenplay|teleplay|direction)\b",
    ("script", "screenplay", "teleplay", "direction"),
)


# "Florencia Brizuela's Argentine comedy about ...", "Kaito Morishima's new film": a film's director
_FILMMAKERS_FILM = cued(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’.-]{1,30}(?:\s[A-Z][\w'’.-]{1,30}){1,3})['’]s\s+"
    r"(?:(?:new|latest|debut|first|second|third|acclaimed)\s+)?(?P<adjective>[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+)?"
    r"(?:(?:film|movie|feature|documentary)|(?P<genre>comedy|drama|thriller|romance|horror film))\b",
    ("film", "movie", "feature", "documentary", "comedy", "drama", "thriller", "romance"),
)
# "The writer is Yoon Seul-gi (who also wrote ...)", "its director was Kim Ji-won"
_ROLE_IS = cued(
    r"\b(?i:the|its|el|la|su)\s+(?P<role>(?i:writer|screenwriter|scriptwriter|director|guionista|directora?))"
    r"(?:\s+(?:is|was|es|fue)\s+|,\s+)(?P<names>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})",
    ("writer", "director", "guionista"),
)


def _possessive_credits(text: str, lowered: str, offset: int) -> list[Candidate]:
    found: list[Candidate] = []
    for match in _ROLE_IS.finditer(text, lowered):
        role = match.group("role").lower()
        field_name = "directors" if role.startswith("director") else "writers"
        name = leading_name(match.group("names"))
        if name and len(name.split()) >= 2:
            start = offset + match.start("names")
            found.append(Candidate(field_name, name, start, start + len(name), "credits.role_is", 0.75))
    for match in _DIRECTS.finditer(text, lowered):
        name = leading_name(match.group("name"))
        if name is None or len(name) != len(match.group("name")) or len(name.split()) < 2:
            continue
        found.append(_from_group(match, "name", offset, "directors", "credits.directs", 0.75))
        if match.group("own"):
            found.append(_from_group(match, "name", offset, "writers", "credits.directs", 0.75))
    for match in _FILMMAKERS_FILM.finditer(text, lowered):
        name = leading_name(match.group("name"))
        if name is None or len(name) != len(match.group("name")) or len(name.split()) < 2:
            continue
        if match.group("genre") and not match.group("adjective"):
            continue  # "Kim Eun-sook's drama" names a writer as often as a director
        if names_a_channel(name):
            continue
        found.append(_from_group(match, "name", offset, "directors", "credits.filmmakers_film", 0.7))
    for match in _DIRECTOR_WHO_WROTE.finditer(text, lowered):
        if leading_name(match.group("names")) == match.group("names"):
            found.append(_from_group(match, "names", offset, "writers", "credits.director_who_wrote", 0.75))
    for match in _POSSESSIVE_CREDIT.finditer(text, lowered):
        name = leading_name(match.group("name"))
        if name is None or len(name) != len(match.group("name")) or len(name.split()) < 2:
            continue
        field_name = "directors" if match.group("what") == "direction" else "writers"
        found.append(_from_group(match, "name", offset, field_name, "credits.possessive_credit", 0.75))
    return found


def _prose_credits(text: str, offset: int) -> list[Candidate]:
    lowered = text.lower()
    found: list[Candidate] = _active_credits(text, lowered, offset)
    found.extend(_possessive_credits(text, lowered, offset))
    if has_hangul(text):
        found.extend(_korean_companies(text, offset))
    for match in _A_PRODUCTION.finditer(text, lowered):
        found.extend(
            _names(
                match.group("names"),
                offset + match.start("names"),
                ("production_companies",),
                "credits.a_production",
                0.75,
            )
        )
    for match in _SHARING_DIRECTING.finditer(text, lowered):
        clause = text[: match.start()]
        cut = max(clause.rfind(","), clause.rfind(". "), clause.rfind(";"))
        start = cut + 1 if cut >= 0 else 0
        found.extend(
            _names(
                _LEAD_WITH.sub("", clause[start:]).strip(),
                offset + start + len(clause[start:]) - len(_LEAD_WITH.sub("", clause[start:]).strip()),
                ("directors",),
                "credits.sharing_directing",
                0.75,
            )
        )
    for pattern, fields, rule in _PROSE:
        for match in pattern.finditer(text, lowered):
            if (
                match.start() == 0
                and rule != "credits.dir_abbreviation_single"  # (a byline never says "Dir.")
                and _BYLINE_LINE.search(text)
                and not _CLAUSE_GOES_ON.search(match.group("names"))
            ):
                continue  # "Written by Tom Albers · September 2, 2023" is the review's byline
            if "writers" in fields and ARTICLE_BYLINE.search(text[: match.start("names")]):
                continue  # "A weekly letter about Asian dramas, written by Priya Nandakumar"
            names_text = match.group("names")
            names_text = _POSSESSIVE_LEAD.sub("", names_text)  # "Key & Peele's Jordan Peele"
            if rule.endswith("_single"):
                names_text = re.split(r",|\s+and\s+|\s+&\s+", names_text)[0]
            names_text = _ROLE_TITLE.sub("", names_text)
            if fields == (
                "production_companies",
            ):  # "Blackthorn Pictures in association with Tallgrass Media"
                names_text = _ALONGSIDE.sub(", ", names_text)
            found.extend(_names(names_text, offset + match.start("names"), fields, rule, 0.8))
    return found


_AND_OTHERS = re.compile(r"\s+(?:외|등|et al\.?|dll\.?|y otros)\s*$")


def _names(text: str, offset: int, fields: tuple[str, ...], rule: str, confidence: float) -> list[Candidate]:
    """Names from the start of a name list; stops at the first part that is not a name."""
    found: list[Candidate] = []
    companies = fields == ("production_companies",)
    text = _AND_OTHERS.sub("", text)  # "에런 밀스 (Aaron Mills) 외": and others
    parts = split_name_list(text)
    if parts and rule in _LEAD_IN_RULES and not _CLAUSE_VERB.search(parts[0][0]):
        first, position = parts[0]
        trimmed = _LEAD_IN.sub("", first)
        parts[0] = (trimmed, position + len(first) - len(trimmed))
    if companies:
        people = [part for part, _ in parts if _looks_like_korean_person(part)]
        if people and not any(_COMPANY_WORDS.search(part) for part, _ in parts):
            return []
    for index, (part, position) in enumerate(parts):
        part = _TRAILING_GLOSS.sub(
            "", part
        )  # "탕즈밍 (唐志明)", "산성영상 (山城影像)": the name, not its gloss
        if companies:
            name = _company_name(part)
        elif _HANGUL_NAME.match(part):
            name = part
        elif rule.endswith(".label") and _SPACED_HANGUL_NAME.match(part):
            # "감독: 사와다 코헤이": a foreign name in Hangul keeps its space
            # ("서도운 감독" is a name and a role)
            role = _KOREAN_ROLE_AFTER.search(part)
            name = part[: role.start()] if role else part
        elif _NATIVE_THEN_LATIN.match(part):
            name = leading_name(_NATIVE_THEN_LATIN.match(part).group("latin"))  # type: ignore[union-attr]
        else:
            name = leading_name(part, allow_single=True)
            lone_word = name is not None and len(name.split()) == 1 and index == 0 and len(parts) == 1
            if lone_word and not is_person_name(part, allow_single=True):
                name = None
        if not name:
            break
        if index and len(name) < len(part.rstrip(" .")) - 1:
            break  # "..., and Hong Seok-jin directed": a new clause, not a list item
        start = offset + position
        for field_name in fields:
            found.append(Candidate(field_name, name, start, start + len(name), rule, confidence))
        if len(name) < len(part.rstrip(" .")) - 1:
            break
    return found


_TRAILING_GLOSS = re.compile(rf"(?<=[가-힣A-Za-z])\s*{SCRIPT_GLOSS}\s*$")


def _company_name(part: str) -> str | None:
    if _HANGUL_TEXT.search(part):
        return part.strip() if len(part.strip()) <= 20 else None
    words = part.split()
    if not words or not words[0][:1].isupper():
        return None
    kept: list[str] = []
    for word in words:
        if not (word[:1].isupper() or word[:1].isdigit() or word in ("&", "of", "and", "de")):
            break  # "Blackthorn Pictures in association with ...": the name ends here
        kept.append(word)
    if len(kept) > _MAX_COMPANY_WORDS:
        return None
    return " ".join(kept).rstrip(".,") or None


_MAX_COMPANY_WORDS = 6
_ALONGSIDE = re.compile(r"\s+(?:in association with|together with|alongside|with)\s+(?=[A-Z])")


def _looks_like_korean_person(part: str) -> bool:
    words = part.split()
    return 2 <= len(words) <= 3 and words[0].lower() in vocabulary().surnames
