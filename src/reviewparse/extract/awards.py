"""Awards: "won Best Actress at the 57th Baeksang Arts Awards", "nominated for ... at the 2021 ..."."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from reviewparse.candidates import AwardValue, Candidate, Segment
from reviewparse.cues import caseless
from reviewparse.document import Block, BlockKind, Document
from reviewparse.extract.context import Sentence, mentions_title, segment_sentences
from reviewparse.gazetteer import Gazetteer, gazetteer
from reviewparse.infobox import field_for_label
from reviewparse.names import is_person_name
from reviewparse.textutil import fold, phrase_positions

_WON = caseless(
    r"\b(?:won|wins?|winning|winner|took home|takes home|bagged|received|receives|"
    r"earned|earns|picked up|claimed|awarded|honou?red with|scooped|ganó|gana|se llevó|se alzó con|obtuvo|"
    r"galardonad\w*|memenangkan|meraih|menang|remporté|수상)\b|수상|"
    r"(?<=상을 )(?:받|거머쥐|차지)"  # "최우수 장편상을 받으며"
)
_NOMINATED = caseless(
    r"\b(?:nominat\w*|nominee|shortlisted|in contention|nominad\w*|"
    r"dinominasikan|nominasi)\b|후보"
)
_GENERIC_CEREMONY = re.compile(
    r"\b(?:the\s+)?(?P<name>(?:[A-Z][\w'’.&-]*\s+){1,5}(?:Awards?|Film Festival|Festival|Prize))\b|"
    # "청룡영화상", "부산국제영화제"
    r"(?P<name3>[가-힣]{2,10}(?:영화상|예술상|어워즈|영화제|드라마어워즈)|"
    # "제62회 금마장 시상식에서": a ceremony named before the word for ceremony
    r"(?<=회 )[가-힣]{2,10}(?=\s*시상식)|"
    # "2025 KBS 연기대상", "MBC 연예대상": a broadcaster's year-end ceremony
    r"(?:KBS|MBC|SBS|JTBC|tvN|ENA)\s?(?:연기대상|연예대상|드라마\s?어워즈))|"
    # "los Premios de la Academia Japonesa", "Festival de Cine de Sitges"
    r"\b(?P<name2>(?:Premios|Festival\s+de\s+Cine)\s+(?:de\s+la\s+|del\s+|de\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+de\s+[A-Z][\w'’-]*)?)"  # "Festival de Cine Asiático de Cáceres"
)
_EDITION = re.compile(
    r"(?P<n>\d{1,3})\s*(?:st|nd|rd|th)\s+(?:annual\s+|edition of the\s+)?$|"
    # "la 48.ª edición de los Premios ...", "제45회 청룡영화상"
    r"(?P<n2>\d{1,3})\s*\.?\s*[ªº]?\s+edici[oó]n\s+(?:de\s+(?:los|las|la|el)\s+|del\s+)?$|제\s*(?P<n3>\d{1,3})\s*회\s*$",
    re.IGNORECASE,
)
# "Baeksang Arts Awards ke-60": Indonesian puts the edition after the name
_EDITION_AFTER = re.compile(r"^\s+ke-?\s?(?P<n>\d{1,3})\b")


def _edition_number(before: str, after: str) -> int | None:
    match = _EDITION.search(before)
    if match:
        return int(match.group("n") or match.group("n2") or match.group("n3"))
    following = _EDITION_AFTER.match(after)
    return int(following.group("n")) if following else None


_YEAR_BEFORE = re.compile(r"(?P<y>(?:19|20)\d\d)\s+$")
_CATEGORY = re.compile(
    r"\b(?P<c>[Bb]est\s+(?:(?!at\b|for\b|from\b|with\b|during\b|the\b|and\b|di\b|pada\b|dalam\b|en\b|award|prize)"
    r"[\w'’-]+\s*){1,6})|"
    # "Mejor Película de Animación", "신인감독상으로"
    r"\b(?P<c2>[Mm]ejor(?:es)?\s+[A-ZÁÉÍÓÚ][\wáéíóúñ]+(?:\s+(?:de|del|en)?\s*[A-ZÁÉÍÓÚ][\wáéíóúñ]+){0,3})|"
    # not "청룡영화상" itself; "최우수 장편상" with its grade
    r"(?<![가-힣])(?P<c3>(?:(?:최우수|우수|최고)\s)?[가-힣]{2,8}(?<!영화)(?<!예술)상)(?=으로|을|를|에|\s|$)|"
    # "el Premio Especial del Jurado", "the Special Jury Prize", "Premio del Público"
    r"\b(?P<c4>Premio\s+(?:Especial\s+del\s+Jurado|del\s+(?:Jurado|Público)|Especial|Revelación)|"
    r"(?:Special\s+Jury|Grand\s+Jury|Audience|Jury)\s+(?:Prize|Award))\b"
)
_OTHER_WORK = re.compile(
    r"\b(?:for|in)\s+(?:his|her|their)\s+(?:role|work|performance)\s+in\s+"
    r"(?!(?:the|this)\s+(?:film|movie|drama|series|show)\b)|"
    r"\bnomination for\s+[\"“‘']?[A-Z](?!est\b)",
    re.IGNORECASE,
)
_EARLIER = re.compile(
    r"\b(?:previously|already|earlier|previous|prior|former|past|sebelumnya|anteriormente|previamente)\b(?!\s+(?:this|the)\s+(?:year|week|month))|"
    # "whose last drama ... won him a Peabody", "the writer's last drama"
    r"(?:\b(?:his|her|their|whose)|['’]s)\s+last\s+(?:drama|film|series|show|feature|movie)\b|"
    r"받은\s?바\s?있|수상한\s?바\s?있|수상\s?경력",  # "... 남우조연상을 받은 바 있다": has received before
    re.IGNORECASE,
)
# "for Maple Road", "for the miniseries Cattail Road"
_FOR_TITLE = re.compile(
    r"\bfor\s+(?:(?:his|her|their)\s+|the\s+(?:miniseries|limited series|series|film|movie|drama|show)\s+)?"
    r"(?P<t>[A-Z][\w'’:-]*(?:\s+[A-Z0-9][\w'’:-]*){0,5})"
)


def _for_another_title(text: str, title: str, page_text: str = "") -> bool:
    """ "won Best New Actress ... for Maple Road": the award belongs to another work (not
    "for Hamada", a person the page names in full elsewhere: "Hamada Keisuke")."""
    for match in _FOR_TITLE.finditer(text):
        named = match.group("t")
        if named.split()[0] in ("Best", "Outstanding", "Excellence", "Top", "Grand", "Most"):
            continue
        if " " not in named and re.search(
            rf"\b{re.escape(named)}\s+[A-Z][a-z]+\b(?!\s+[A-Z])|\b[A-Z][a-z]+\s+{re.escape(named)}\b",
            page_text,
        ):
            continue
        if _ROMANIZED_PERSON.match(named):
            continue  # "won Best Leading Actor for Chang Te-sheng": the person, not a title
        if not mentions_title(named, title) and not mentions_title(title, named):
            return True
    return False


_ROMANIZED_PERSON = re.compile(r"^[A-Z][a-z]{1,8}\s[A-Z][a-z]{1,8}-[a-z]{1,8}$")


# (a Korean particle may follow the closing quote: "영화 '까마귀 다리'로")
_QUOTED = re.compile(r"“([^“”]{2,60})”|(?<!\w)[\"‘']([^\"‘’'“”]{2,60})[\"’'](?![A-Za-z0-9])")
_NOT_AN_AWARD = re.compile(
    r"\b(?:buzz|frontrunner|front-runner|contender|hopes?|campaign|"
    r"could|might|may|predict\w*|chances?)\b",
    re.IGNORECASE,
)


_NAMED_PRIZE = re.compile(
    r"\b(?P<c>Palme d['’]Or|Golden (?:Lion|Bear|Leopard|Shell)|Grand (?:Jury )?Pri(?:x|ze)(?: \(Daesang\))?|"
    r"Daesang|Jury Prize|Cam[eé]ra d['’]Or|People['’]s Choice Award|Audience Award)"
)
_VERB_WINDOW = 160


_NOMINATIONS_RECEIVED = re.compile(
    r"\bnominat\w* (?:for|including|in)\b|"
    r"\b(?:received|receives|earned|earns|scored|picked up|garnered|got|landed)\s+(?:\w+\s+){0,2}"
    r"nominations?\b",
    re.IGNORECASE,
)
_MIN_LISTED_CATEGORIES = 2


def extract(segment: Segment) -> list[Candidate]:
    ceremonies = gazetteer("awards")
    found: list[Candidate] = []
    last: AwardValue | None = None  # the ceremony a later "also won Best Actor" refers to
    for sentence, clause_start, text, verbs in _award_clauses(segment):
        if not verbs or _OTHER_WORK.search(text) or _EARLIER.search(text):
            continue
        if _for_another_title(text, segment.title, segment.document.text):
            continue
        quotes = [first or second for first, second in _QUOTED.findall(text)]
        if any(
            not mentions_title(quoted, segment.title) and not quoted.lower().startswith("best")
            for quoted in quotes
        ):
            continue
        matches = [(m.canonical, m.start, m.end) for m in ceremonies.finditer(text)]
        generic = [
            (m.group(group).strip(), m.start(group), m.end(group))
            for m in _GENERIC_CEREMONY.finditer(text)
            for group in (next(g for g in ("name", "name2", "name3") if m.group(g)),)
        ]
        # "the 112th Television Drama Academy Awards" is not the Academy Awards
        matches = [
            next(
                (g for g in generic if g[1] < start and end <= g[2] and g[2] - g[1] > end - start + 6),
                (name, start, end),
            )
            for name, start, end in matches
        ] or generic
        if not matches and last is not None:
            carried = _carried_award(text, verbs, last, (sentence.start + clause_start))
            if carried is not None:
                found.append(carried)
            continue
        for ceremony, start, end in matches[:1]:
            near = [v for v in verbs if abs(v[0] - start) <= _VERB_WINDOW]
            if not near:
                continue
            verb_start, verb_end, outcome = min(near, key=lambda v: abs(v[0] - start))
            if any(v[2] == "nominated" for v in near) and _NOMINATIONS_RECEIVED.search(text):
                outcome = "nominated"  # "received five nominations, including Best Film ..."
            window = text[min(verb_start, start) : max(verb_end, end) + 25]
            if _NOT_AN_AWARD.search(window):
                continue
            before = re.sub(r"(?:the\s+)$", "", text[:start], flags=re.IGNORECASE)
            edition_match = _EDITION.search(before)
            edition = _edition_number(before, text[end:])
            year_match = _YEAR_BEFORE.search(before)
            category_match = _CATEGORY.search(text) or _NAMED_PRIZE.search(text) or _WON_THE.search(text)
            categories = [_category_text(category_match)]
            listed = [_category_text(match) for match in _CATEGORY.finditer(text)]
            if len(listed) >= _MIN_LISTED_CATEGORIES:
                categories = list(dict.fromkeys(listed))  # "including Best Film, Best Director for Yeom ..."
            span_start = (sentence.start + clause_start) + (edition_match.start() if edition_match else start)
            for category in categories:
                value = AwardValue(
                    ceremony=ceremony,
                    outcome=outcome,
                    edition=edition,
                    year=int(year_match.group("y")) if year_match else None,
                    category=category[0].upper() + category[1:] if category else category,
                )
                found.append(
                    Candidate(
                        "awards",
                        value,
                        span_start,
                        (sentence.start + clause_start) + end,
                        "awards.sentence",
                        0.75,
                    )
                )
                last = value
    found.extend(table_awards(segment))
    return _fill_editions(found, segment, ceremonies)


def _award_clauses(segment: Segment) -> Iterator[tuple[Sentence, int, str, list[tuple[int, int, str]]]]:
    """Each clause of a sentence that holds an award verb, with its offset in the sentence and
    its verbs. "Morishima was nominated for Best Director, but that prize went to X for "Dust"":
    the clause after "but" is not about the work. "It won Best Director at the 36th X, and Y was
    nominated for Best Actress at the same festival": two awards, one clause each."""
    for sentence in segment_sentences(segment):
        full_text = sentence.text
        lowered = full_text.lower()
        verbs = [(m.start(), m.end(), "won") for m in _WON.finditer(full_text, lowered)]
        verbs += [(m.start(), m.end(), "nominated") for m in _NOMINATED.finditer(full_text, lowered)]
        if not verbs:
            continue
        text = _CLAUSE_AFTER_BUT.split(full_text, maxsplit=1)[0]
        edges = [0] + [m.end() for m in _NEXT_CLAUSE.finditer(text)] + [len(text) + 2]
        for start, end in pairwise(edges):
            clause = text[start:end]
            own = [
                (a - start, b - start, kind)
                for a, b, kind in verbs
                if start <= a and b <= start + len(clause)
            ]
            if own:
                yield sentence, start, clause, own


_NEXT_CLAUSE = re.compile(r",\s+and\s+(?=[A-Z])|,\s+y\s+(?=[A-Z])|,\s+dan\s+(?=[A-Z])")


_CLAUSE_AFTER_BUT = re.compile(r",?\s+but\s+|;\s+|,\s+pero\s+|,\s+tapi\s+|,\s+mais\s+")
# "won the Golden Crane, the festival's top prize, at ...": the prize is the category
_WON_THE = re.compile(
    r"\b(?:won|took home|received|earned|claimed|picked up)\s+the\s+"
    r"(?P<c>(?!(?:first|top|main|grand|best)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})(?=\s*[,.(]|\s+(?:at|for|in)\b)"
)


def _category_text(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    groups = match.groupdict()
    return next((str(groups[g]).strip() for g in ("c", "c2", "c3", "c4") if groups.get(g)), None)


def _carried_award(
    text: str, verbs: list[tuple[int, int, str]], last: AwardValue, offset: int
) -> Candidate | None:
    """ "Veteran actor Ren Takeda also won Best Actor ...": a category with no ceremony named, at
    the ceremony the sentence before gave."""
    category = _CATEGORY.search(text)
    if category is None or _NOT_AN_AWARD.search(text):
        return None
    near = min(verbs, key=lambda verb: abs(verb[0] - category.start()))
    if abs(near[0] - category.start()) > _VERB_WINDOW // 2:
        return None
    outcome = "nominated" if near[2] == "nominated" else "won"
    name = _category_text(category) or ""
    value = AwardValue(
        ceremony=last.ceremony,
        outcome=outcome,
        edition=last.edition,
        year=last.year,
        category=name[0].upper() + name[1:],
    )
    return Candidate(
        "awards", value, offset + category.start(), offset + category.end(), "awards.carried_ceremony", 0.7
    )


def table_awards(segment: Segment) -> list[Candidate]:
    """Rows of an awards table (Year | Award | Category | Nominee | Result); a cell a rowspan
    spread over several rows is carried down."""
    ceremonies = gazetteer("awards")
    rows: dict[int, dict[str, Block]] = {}
    order: list[int] = []
    for block in segment.blocks:
        if block.column_label is None or block.group is None:
            continue
        field_name = _AWARD_COLUMNS.get(field_for_label(block.column_label) or "")
        if field_name:
            if block.group not in rows:
                rows[block.group] = {}
                order.append(block.group)
            rows[block.group][field_name] = block
    found: list[Candidate] = []
    carried: dict[str, Block] = {}
    for group in order:
        row = {**carried, **rows[group]}
        carried = {key: value for key, value in row.items() if key in ("year", "ceremony")}
        if "ceremony" not in row or "result" not in row:
            continue
        result = row["result"].text.lower()
        outcome = (
            "won"
            if re.search(r"\bwon\b|\bwin|winner|ganó|ganador|menang|수상", result)
            else ("nominated" if re.search(r"nominat|nominee|nominad|nominasi|후보", result) else None)
        )
        if outcome is None:
            continue
        ceremony_text = row["ceremony"].text
        edition = _EDITION_PREFIX.match(ceremony_text)
        name = ceremony_text[edition.end() :] if edition else ceremony_text
        known = next(iter(ceremonies.finditer(name)), None)
        year_cell = row.get("year")
        year_match = re.search(r"(?:19|20)\d\d", year_cell.text) if year_cell else None
        category = row.get("category")
        recipient = row.get("recipient")
        value = AwardValue(
            ceremony=known.canonical
            if known and known.end - known.start >= len(name.strip()) - 8
            else name.strip(),
            outcome=outcome,
            edition=int(edition.group("n")) if edition else None,
            year=int(year_match.group(0)) if year_match else None,
            category=category.text.strip() if category else None,
            recipient=recipient.text.strip() if recipient else None,
        )
        found.append(
            Candidate("awards", value, row["ceremony"].start, row["result"].end, "awards.table", 0.85)
        )
    return found


_AWARD_COLUMNS = {
    "award_ceremony": "ceremony",
    "award_category": "category",
    "award_result": "result",
    "award_recipient": "recipient",
    "year": "year",
}
_EDITION_PREFIX = re.compile(r"^\s*(?P<n>\d{1,3})\s*(?:st|nd|rd|th)\s+", re.IGNORECASE)


def _fill_editions(found: list[Candidate], segment: Segment, ceremonies: Gazetteer) -> list[Candidate]:
    """An award whose sentence gave no edition takes the one the segment gives its ceremony
    elsewhere ("The 72nd annual Golden Globe awards ...")."""
    if not any(isinstance(c.value, AwardValue) and c.value.edition is None for c in found):
        return found  # (most pages name no award: no need to read every sentence for one)
    editions: dict[str, int] = {}
    for sentence in segment_sentences(segment):
        for match in ceremonies.finditer(sentence.text):
            edition = _EDITION.search(sentence.text[: match.start])
            if edition:
                editions.setdefault(match.canonical, int(edition.group("n")))
    result = []
    for candidate in found:
        value = candidate.value
        if isinstance(value, AwardValue) and value.edition is None and value.ceremony in editions:
            candidate = replace(candidate, value=replace(value, edition=editions[value.ceremony]))
        result.append(candidate)
    return result


# "New Currents Award: Hollow Bells (Aizhan Bekova, Kazakhstan)", "Actor of the Year: Lee
# Chan-woo, Fishbone Road": a winners list, one prize per line
_WINNERS_LINE = re.compile(
    r"^[△▲■●]?\s*(?P<category>best\s[^:：=\n]{2,50}|mejor\s[^:：=\n]{2,50}|"
    r"[^:：=\n]{3,60}?(?:award|prize|of the year|premio|penghargaan)|[^:：=\n]{0,40}?[가-힣]상|"
    # "Golden Lighthouse (best film):"
    r"[^:：()\n]{3,40}\((?:best|mejor|terbaik)\s[^()\n]{2,30}\))\s*[:：=]\s+"
    r"(?P<rest>\S.{0,200})$",
    re.IGNORECASE,
)
_EDITION_BEFORE_NAME = re.compile(
    r"(?P<n>\d{1,3})\s*(?:st|nd|rd|th)\s+(?:edition of the\s+)?$", re.IGNORECASE
)


def ceremony_named(text: str) -> tuple[str, str] | None:
    """The ceremony a headline names, as (canonical name, the words written): a known one from
    the gazetteer ("Baeksang"), else any "... Awards" / "... Film Festival" ("Golden Crane TV Awards")."""
    known = next(iter(gazetteer("awards").finditer(text)), None)
    if known is not None:
        return known.canonical, text[known.start : known.end]
    # "takes Grand Prize at 14th Golden Crane TV Awards": the ceremony, not the prize it gives
    generic = [
        (match.group("name") or match.group("name2") or match.group("name3")).strip()
        for match in _GENERIC_CEREMONY.finditer(text)
    ]
    ceremonies = [name for name in generic if not name.endswith("Prize")] or generic
    return (ceremonies[0], ceremonies[0]) if ceremonies else None


def story_ceremony(headline: str, opening: str) -> tuple[str, str] | None:
    """The ceremony an awards story is about: the one its headline names, else the first its
    opening names ("SPLIT – The 23rd Adriatic Lighthouse Film Festival wrapped ...")."""
    return ceremony_named(headline) or ceremony_named(opening[:_CEREMONY_OPENING_CHARS])


_CEREMONY_OPENING_CHARS = 1500


def winners_list(document: Document, headline: str, titles: list[str]) -> dict[str, list[Candidate]]:
    """Prizes of a winners list, per work title, at the ceremony the story is about (a
    roundup of festival winners lists them after the works' own sections)."""
    opening = document.text[:_EDITION_SEARCH_CHARS]
    ceremony = story_ceremony(headline, _after(opening, headline))
    if ceremony is None or not titles:
        return {}
    canonical, written = ceremony
    edition = year = None
    for position in phrase_positions(opening, written):
        before = _EDITION_BEFORE_NAME.search(opening[max(0, position - 20) : position])
        if before:
            edition = int(before.group("n"))
            # "The 23rd ... Film Festival wrapped its 2025 edition": the edition's year
            stated = _EDITION_YEAR.search(opening, position, position + _EDITION_YEAR_REACH)
            year = int(stated.group("y")) if stated else None
            break
    if year is None:
        named_year = re.search(re.escape(written) + r"\s+(?P<y>(?:19|20)\d\d)\b", headline) or re.search(
            r"\b(?P<y>(?:19|20)\d\d)\s+" + re.escape(written), opening
        )  # "Baeksang Arts Awards 2026 nominations", "'2025 KBS 연기대상' 주요 수상자"
        year = int(named_year.group("y")) if named_year else None
    keys = {fold(title): title for title in titles if len(fold(title)) >= _MIN_LISTED_TITLE}
    found: dict[str, list[Candidate]] = {}
    outcome = "nominated" if _NOMINATIONS.search(headline) else "won"
    prize_heading: Block | None = None  # over a list of its nominees
    for block in document.blocks:
        if prize_heading is not None and (block.kind is BlockKind.LIST_ITEM or _BULLET.match(block.text)):
            rest = _BULLET.sub("", block.text)
            for key, title in keys.items():
                if key in fold(rest):
                    value = AwardValue(
                        canonical, outcome, edition, year, prize_heading.text, _nominee(rest, title)
                    )
                    found.setdefault(title, []).append(
                        Candidate(
                            "awards", value, prize_heading.start, block.end, "awards.category_list", 0.8
                        )
                    )
            continue
        prize_heading = block if _CATEGORY_HEADING.match(block.text) else None
        line = _WINNERS_LINE.match(block.text) if len(block.text) <= _WINNERS_LINE_CHARS else None
        if line is None:
            continue
        rest = fold(line.group("rest"))
        for key, title in keys.items():
            if key in rest:
                recipient = _listed_recipient(line.group("rest"))
                category = _CATEGORY_GLOSS.sub("", line.group("category")).strip()
                value = AwardValue(canonical, "won", edition, year, category, recipient)
                start = block.start + line.start("category")
                found.setdefault(title, []).append(
                    Candidate("awards", value, start, block.end, "awards.winners_list", 0.8)
                )
    return found


def _nominee(rest: str, title: str) -> str | None:
    """The person a nominee line names beside the work ("Im Gyeol – The Crane Keeper"), if any."""
    for part in re.split(r"\s+[–—-]\s+|\s*[(,]", rest):
        part = part.strip(" \"'“”‘’")
        if part and fold(part) != fold(title) and is_person_name(part):
            return part
    return None


# A prize heading over its nominees: "Best Director (TV)", "Mejor serie", "드라마 작품상"
_CATEGORY_HEADING = re.compile(
    r"^(?:(?:best|mejor|outstanding|top excellence|excellence)\s[^:：.!?\n]{2,50}|"
    r"[^:：.!?\n]{2,30}(?:award|prize|상))$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*[-•·*▪]\s+")
_NOMINATIONS = re.compile(r"nominat|nominee|nominad|nominasi|후보", re.IGNORECASE)


def _listed_recipient(rest: str) -> str | None:
    """ "Seo Ha-na ("Winter Letters")", "Veronica Stanciu, A House Without Clocks": the person
    before the work; none for "The Salt Road" (MBC)."""
    head = re.split(r"\s*[(\"“]", rest, maxsplit=1)[0].strip(" ,–—-")
    head = head.split(",")[0].strip()
    return head if head and (is_person_name(head) or _HANGUL_NAME.fullmatch(head)) else None


_HANGUL_NAME = re.compile(r"[가-힣]{2,4}")  # "맹순옥('국밥집 둘째 며느리')"


def unquoted_winner_titles(lines: list[str], page_text: str) -> list[str]:
    """The works of a winners list that does not quote them ("Best director: Halvard Ekeberg,
    Quiet Engines (Norway)"): in each prize's line, the part that is no person's name and that
    the story names again elsewhere. Empty unless the list has three such prizes."""
    titles: list[str] = []
    prizes = 0
    for line in lines:
        match = _WINNERS_LINE.match(line) if len(line) <= _WINNERS_LINE_CHARS else None
        if match is None:
            continue
        parts = [
            piece.strip(" .") for piece in re.split(r"\s*\(", match.group("rest"), maxsplit=1)[0].split(",")
        ]
        title = parts[-1]  # "Halvard Ekeberg, Quiet Engines": the person who won comes first
        if len(parts) == 1 and is_person_name(title):
            continue  # "Lighthouse Honorary Award: Zdenko Marić"
        if title[:1].isupper() and page_text.count(title) >= _MENTIONS_OF_A_WINNER:
            prizes += 1
            if title not in titles:
                titles.append(title)
    return titles if prizes >= _MIN_UNQUOTED_PRIZES else []


def _after(text: str, headline: str) -> str:
    position = text.find(headline) if headline else -1
    return text[position + len(headline) :] if position >= 0 else text


_MENTIONS_OF_A_WINNER = 2
_MIN_UNQUOTED_PRIZES = 3
_CATEGORY_GLOSS = re.compile(r"\s*\([^()]*\)\s*$")  # "Golden Lighthouse (best film)"
_EDITION_YEAR = re.compile(r"\b(?P<y>(?:19|20)\d\d)\s+(?:edition|edición|edisi)\b", re.IGNORECASE)
_EDITION_YEAR_REACH = 120


_EDITION_SEARCH_CHARS = 4000
_MIN_LISTED_TITLE = 4
_WINNERS_LINE_CHARS = 260
