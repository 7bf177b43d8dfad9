"""Cast credits: actor with character, in every convention pages use.

List items and lines in a cast section: "X as Y", "Y (X) – description", "Y – X", tables.
Prose: "X plays Y", "X as Y", "Y (X)", "starring X, Y and Z". In "A (B)" the page's own
convention decides which is the actor: a marker ("as", "역", "role") inside the
parentheses says actor-first; otherwise character-first, as most review blogs write.
The convention is decided once per list and applied to all its items.
"""

from __future__ import annotations

import re

from reviewparse.candidates import Candidate, CastValue, Segment
from reviewparse.document import Block, BlockKind
from reviewparse.extract.context import segment_sentences
from reviewparse.infobox import LabeledValue
from reviewparse.names import leading_name, split_name_list, trailing_name
from reviewparse.sections import classify_heading

_DASH = r"\s+[–—-]\s+|\s*[–—]\s*|\s*:\s+"
_LIST_MARKER = re.compile(r"^\s*(?:[-*•·▪●◦–]\s+|\d{1,3}[.)]\s+)")
_AS = re.compile(
    r"\s+(?:will be seen as|will be playing|is playing|stars as|starring as|co-stars as|"
    r"plays the role of|playing|plays|portrays|as|como|sebagai|en tant que|dans le rôle de)\s+",
    re.IGNORECASE,
)
_ACTOR_FIRST_MARKER = re.compile(r"^(?:as|como|sebagai|role|역|역할)\b|\b(?:역|역할|role)\s*$", re.IGNORECASE)
_PLAYS = re.compile(
    r"\b(?:plays|played|portrays|portrayed|will play|is playing|is going to play|are going to play|"
    r"going to play|to play|will portray|to portray|takes on the role of|stars as|starring as|"
    r"will star as|to star as|co-stars as|will be seen as|is seen as|plays the role of|"
    r"memerankan|berperan sebagai|berperan menjadi|interpreta a|da vida a|hace de|encarna a|"
    r"will bring life to the role of|"
    r"brings? to life|bring life to|take on the role of|takes on the role of|landed the role of|"
    r"(?:was|is|has been|have been|got|gets) cast as|appears as|appeared as|will appear as|"
    r"takes? (?:on )?the (?:title |lead |leading |main )?role of|"
    r"returns as|stars opposite \w+ as)\s+"
    r"(?:(?:the\s+)?(?:role|part)\s+of\s+)?(?P<desc>(?:(?:[a-z][\w'’-]*|\d\w*|[A-Z][\w-]*['’]s)[,\s-]+){0,7})"
    r"(?:as\s+)?",
)
# Words between an actor's name and the verb: "Kim Sejeong is confirmed to star as ...".
_AUXILIARY = re.compile(
    r"(?:,?\s+(?:who|is|are|was|were|has|have|had|been|will|would|be|also|now|reportedly|"
    r"officially|confirmed|set|cast|slated|going|expected|chosen|in talks|to|then|later))+\s*$",
    re.IGNORECASE,
)
_ROUND_OUT = re.compile(
    r"\s+(?:round(?:s|ed)? out|complete[sd]?|join(?:s|ed)?|also star in|co-star in)\s+(?:the\s+)?"
    r"(?:main\s+|supporting\s+|lead\s+|ensemble\s+)?cast\b",
    re.IGNORECASE,
)
_IS_ROLE = re.compile(
    r"(?<![\w'’-])(?P<actor>[A-Z][\w'’-]{0,30}(?:\s{1,3}[A-Z][\w'’-]{0,30}){1,3})\s{1,3}is\s{1,3}"
    r"(?P<character>[A-Z][\w'’-]{0,30}(?:\s{1,3}[A-Z][\w'’-]{0,30}){0,3}),"
    r"\s+(?:a|an|the)\s+[a-z]"
)
_CONFIRMED = re.compile(
    r"\s+(?:are|is|have been|has been|were|was)?\s*(?:officially\s+|reportedly\s+)?(?:confirmed|set|"
    r"cast|in talks)\s+to\s+(?:star|be|appear|lead|play|join|headline)\b",
    re.IGNORECASE,
)
_CAPTION_CUE = re.compile(r"\b(?:in a scene from|from left|pictured|cast members|co-stars?)\b", re.IGNORECASE)
_STARRING = re.compile(
    r"\b(?:starring|stars|starred|star cast including|cast includes|cast including|"
    r"protagonizada por|protagonizado por|dibintangi(?: oleh)?|cast of)\s+"
    r"(?:(?:the\s+)?(?:likes of|talented|amazing|our|loving|beloved|actors?|actress(?:es)?)\s+)*",
    re.IGNORECASE,
)
_ACTOR_FIRST_HINT = re.compile(
    r"\bactors?\s*(?:first|,|/|\(|then|followed by)\s*(?:and\s+)?(?:the\s+)?(?:role|character)|"
    r"\bactor\s*\((?:role|character)\)|\(\s*actor\s*,\s*(?:role|character)\s*\)",
    re.IGNORECASE,
)
# A name in its own script after the romanized one: "Han Ji-ho (한지호) as Min-jae".
_NATIVE_NAME = re.compile(r"^\s*\((?=[^)]*[^\x00-\u024f])[^()]{1,20}\)")
_HANGUL_NAME = re.compile(r"^[가-힣]{2,4}$")
# "as the herbalist Su Jinling": a short description before the character's name
_DESCRIBED_ROLE = re.compile(r"(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])")
# Spanish "Song Yutong es Wei Lan.": an actor, "es", a character, then the sentence goes on.
_ES_ROLE = re.compile(
    r"(?<![\w'’-])(?P<actor>[A-Z][\w'’-]{0,30}(?:\s{1,3}[A-Z][\w'’-]{0,30}){1,3})\s{1,3}es\s{1,3}"
    r"(?P<character>[A-Z][\w'’-]{0,30}(?:\s{1,3}[A-Z][\w'’-]{0,30}){0,3})"
    r"(?=\s*[.,;])"
)
# Korean: "배우 한지오가 신입 집배원 '차윤슬' 역을 맡았고", "'백시아' 역은 배우 오나예가"
_KO_ACTOR_ROLE = re.compile(
    r"(?:배우\s*)?(?P<actor>[가-힣]{2,4})(?:이|가|은|는)\s+(?:[가-힣]+\s+){0,6}['‘\"“]?(?P<character>[가-힣]{2,5})['’\"”]?\s*역"
)
_KO_ACTOR_ONLY = re.compile(r"배우\s*(?P<actor>[가-힣]{2,4})(?:이|가|은|는)\s")
_KO_ROLE_ACTOR = re.compile(
    r"['‘\"“](?P<character>[가-힣]{2,5})['’\"”]\s*역(?:은|는|에는)?\s*(?:배우\s*)?(?P<actor>[가-힣]{2,4})(?:이|가)\b"
)
_PLAYED_BY_AFTER = re.compile(
    r",?\s+(?:played by|portrayed by|interpretad[oa] por|encarnad[oa] por|diperankan oleh|dimainkan oleh|"
    r"joué par|jouée par)\s+",
    re.IGNORECASE,
)
_DESCRIBED_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|his|her|their|its|some)|\b[A-Z][\w-]{0,30}['’]s)(?:[\s,]{1,3}[\w-]{1,30}){0,6}"
    r"[\s,]{1,3}[a-z][\w-]{0,30}$"
)
_PLAYED_BY = re.compile(r"^(?:played|portrayed|voiced) by\s+", re.IGNORECASE)
_INNER_DESCRIPTORS = re.compile(r"^(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*,?\s+){0,4}(?=[A-Z])")
_WITH_IN_PART = re.compile(
    r"\bwith\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s+in\s+(?:a|an|the|her|his)\s+"
    r"(?:[\w-]+\s+){0,5}(?:part|role|turn|performance|cameo)\b"
)
_PAREN_PAIR = re.compile(r"\(\s*(?P<inner>[^()]{2,60}?)\s*\)")
_KOREAN_PAIR = re.compile(r"(?P<actor>[가-힣]{2,4})\s*\(\s*(?P<char>[가-힣 ]{2,10}?)\s*역\s*\)")


def extract(segment: Segment, labeled: list[LabeledValue]) -> list[Candidate]:
    found: list[Candidate] = []
    for item in labeled:
        if item.field == "cast":
            found.extend(_starring_list(item.value, item.start, "cast.label", 0.9))
    found.extend(_table_cast(segment.blocks))
    actor_first = False
    for block in segment.blocks:
        if _ACTOR_FIRST_HINT.search(block.text) and len(block.text) < 200:
            actor_first = True
        elif block.is_heading and block.section != "cast":
            actor_first = False
        if block.is_heading or classify_heading(block.text):
            continue  # "The cast", "Para Pemain": a section's name, not an actor
        if block.section == "cast" or block.kind is BlockKind.LIST_ITEM:
            for line, offset in _lines(block):
                found.extend(
                    _list_line(line, offset, in_cast_section=block.section == "cast", actor_first=actor_first)
                )
    for sentence in segment_sentences(segment):
        found.extend(_prose(sentence.text, sentence.start))
    return found


def _lines(block: Block) -> list[tuple[str, int]]:
    result = []
    offset = block.start
    for line in block.text.split("\n"):
        result.append((line, offset))
        offset += len(line) + 1
    return result


def _list_line(
    line: str, offset: int, *, in_cast_section: bool, actor_first: bool = False
) -> list[Candidate]:
    marker = _LIST_MARKER.match(line)
    body_start = marker.end() if marker else 0
    body = line[body_start:]
    base = offset + body_start
    if len(body) > 400:
        return []
    korean = _KOREAN_PAIR.match(body)
    if korean:
        return [
            _pair(
                korean.group("actor"),
                korean.group("char"),
                None,
                base,
                base + korean.end(),
                "cast.korean_role",
                0.9,
            )
        ]
    first = leading_name(body)
    if not first:
        return []
    rest = _NATIVE_NAME.sub("", body[len(first) :], count=1)
    paren = _PAREN_PAIR.match(rest.lstrip())
    if paren:
        inner = paren.group("inner")
        after = rest.lstrip()[paren.end() :]
        description = _description(after)
        inner_clean = _ACTOR_FIRST_MARKER.sub("", inner).strip(" :")
        inner_name = leading_name(inner_clean)
        if inner_name and len(inner_name) >= len(inner_clean) - 1:
            if _ACTOR_FIRST_MARKER.search(inner) or actor_first:
                return [
                    _pair(
                        first,
                        inner_name,
                        description,
                        base,
                        offset + len(line),
                        "cast.actor_paren_role",
                        0.9,
                    )
                ]
            return [
                _pair(
                    inner_name,
                    first,
                    description,
                    base,
                    offset + len(line),
                    "cast.role_paren_actor",
                    0.9,
                )
            ]
    split = _AS.match(rest)
    if split:
        second = leading_name(rest[split.end() :])
        if second:
            description = _description(rest[split.end() + len(second) :])
            return [_pair(first, second, description, base, offset + len(line), "cast.actor_as_role", 0.9)]
    dash = re.match(rf"(?:{_DASH})", rest)
    if dash and in_cast_section:
        after_dash = rest[dash.end() :]
        second = leading_name(after_dash)
        if second and len(second) >= len(after_dash.strip(" .")) - 1:
            return [_pair(second, first, None, base, offset + len(line), "cast.role_dash_actor", 0.85)]
    if in_cast_section and len(first) >= len(body.strip(" .,")) - 1 and len(first.split()) >= 2:
        return [_pair(first, None, None, base, base + len(first), "cast.actor_line", 0.7)]
    return []


def _description(after: str) -> str | None:
    match = re.match(rf"(?:{_DASH})(?P<d>.{{3,}})$", after)
    if not match:
        return None
    return match.group("d").strip() or None


def _prose(text: str, offset: int) -> list[Candidate]:
    found: list[Candidate] = []
    for match in _PLAYS.finditer(text):
        before = _AUXILIARY.sub("", text[: match.start()]).rstrip(" ,")
        actor = trailing_name(before)
        rest = text[match.end() :]
        character = leading_name(rest)
        if character is None and "," in match.group("desc"):
            character = None
        if actor and character is None and match.group("desc") and len(actor.split()) >= 2:
            found.append(
                _pair(
                    actor,
                    None,
                    None,
                    offset + len(before) - len(actor),
                    offset + len(before),
                    "cast.plays_unnamed_role",
                    0.7,
                )
            )
        if actor and character:
            found.append(
                _pair(
                    actor,
                    character,
                    None,
                    offset + len(before) - len(actor),
                    offset + match.end() + len(character),
                    "cast.plays",
                    0.8,
                )
            )
    for match in _AS.finditer(text):
        if match.group(0).strip().lower() not in ("as", "como", "sebagai"):
            continue
        before = text[: match.start()]
        actor = trailing_name(before.rstrip(" ,"))
        after = text[match.end() :]
        described = _DESCRIBED_ROLE.match(after)
        character = leading_name(after[described.end() :] if described else after)
        if actor and character is None and len(actor.split()) >= 2 and re.match(r"[a-z]", after[:1] or " "):
            if described is None and not re.match(r"(?:a|an|the|well|if|of|part|usual|always)\b", after):
                found.append(
                    _pair(
                        actor,
                        None,
                        None,
                        offset + len(before.rstrip(" ,")) - len(actor),
                        offset + len(before.rstrip(" ,")),
                        "cast.as_described_role",
                        0.6,
                    )
                )
            continue
        if not actor or not character or len(actor.split()) < 2:
            continue
        if re.search(r"\b(?:such|as well|known|same|so)\s*$", before[: len(before) - len(actor)]):
            continue
        found.append(
            _pair(
                actor,
                character,
                None,
                offset + match.start() - len(actor),
                offset + match.end() + len(character),
                "cast.prose_as",
                0.7,
            )
        )
    for match in _PAREN_PAIR.finditer(text):
        played_by = _PLAYED_BY.match(match.group("inner"))
        if played_by:
            start = offset + match.start("inner") + played_by.end()
            found.extend(
                _starring_list(match.group("inner")[played_by.end() :], start, "cast.played_by", 0.7)
            )
            continue
        inner = _INNER_DESCRIPTORS.sub("", match.group("inner"))
        inner = re.split(r",\s+(?=[a-z])", inner)[0]  # "(Casey Affleck, covered in a sheet)"
        actor = leading_name(inner)
        if not actor or len(actor) < len(inner) - 1 or len(actor.split()) < 2:
            continue
        before = text[: match.start()].rstrip()
        character = _without_title(trailing_name(before))
        rule = "cast.prose_role_paren_actor"
        if character is None:
            appositive = re.search(
                r"(?P<name>[A-Z][\w'’.-]{0,40}(?:\s+[A-Z][\w'’.-]{0,40}){0,3}),\s+"
                r"(?:a|an|the|his|her)\s+[^,()]{1,60}$",
                before[-300:],
            )
            character = appositive.group("name") if appositive else None
            character = leading_name(character) if character else None
        if character is None:
            if _DESCRIBED_BEFORE.search(
                before[-160:]
            ):  # "an aspiring actor (Emma Stone)", "Tina's roommate (X)"
                found.append(
                    _pair(
                        actor,
                        None,
                        None,
                        offset + match.start("inner"),
                        offset + match.start("inner") + len(actor),
                        "cast.described_role",
                        0.6,
                    )
                )
            continue
        found.append(
            _pair(
                actor,
                character,
                None,
                offset + match.start() - len(character) - 1,
                offset + match.end(),
                rule,
                0.75,
            )
        )
    for match in _STARRING.finditer(text):
        found.extend(_starring_list(text[match.end() :], offset + match.end(), "cast.starring", 0.75))
    for match in _PLAYED_BY_AFTER.finditer(text):
        character = _without_title(trailing_name(text[: match.start()].rstrip(" ,")))
        actor = leading_name(text[match.end() :])
        if character and actor and len(actor.split()) >= 2:
            found.append(
                _pair(
                    actor,
                    character,
                    None,
                    offset + match.start() - len(character),
                    offset + match.end() + len(actor),
                    "cast.played_by_after",
                    0.75,
                )
            )
    for match in _ES_ROLE.finditer(text):
        actor, character = leading_name(match.group("actor")), leading_name(match.group("character"))
        if actor and character and len(actor.split()) >= 2 and actor != character:
            found.append(
                _pair(
                    actor,
                    character,
                    None,
                    offset + match.start("actor"),
                    offset + match.end("character"),
                    "cast.es_role",
                    0.6,
                )
            )
    found.extend(_korean_roles(text, offset))
    for match in _WITH_IN_PART.finditer(text):
        actor = leading_name(match.group("name"))
        if actor and len(actor.split()) >= 2:
            start = offset + match.start("name")
            found.append(_pair(actor, None, None, start, start + len(actor), "cast.with_in_part", 0.7))
    for match in _ROUND_OUT.finditer(text):
        period = text.rfind(". ", 0, match.start())
        clause_start = period + 2 if period >= 0 else 0
        found.extend(_name_list_before(text[clause_start : match.start()], offset + clause_start))
    for match in _IS_ROLE.finditer(text):
        actor, character = leading_name(match.group("actor")), leading_name(match.group("character"))
        if actor and character and len(actor.split()) >= 2 and actor != character:
            found.append(
                _pair(
                    actor,
                    character,
                    None,
                    offset + match.start(),
                    offset + match.end("character"),
                    "cast.is_role",
                    0.6,
                )
            )
    for match in _CONFIRMED.finditer(text):
        period = text.rfind(". ", 0, match.start())
        clause_start = period + 2 if period >= 0 else 0
        found.extend(_name_list_before(text[clause_start : match.start()], offset + clause_start))
    if _CAPTION_CUE.search(text):
        found.extend(_caption_names(text, offset))
    return found


def _without_title(name: str | None) -> str | None:
    """A character's name without the title a page puts before it ("Aunt Miranda" -> "Miranda")."""
    if not name:
        return name
    words = name.split()
    if len(words) > 1 and words[0].rstrip(".") in character_titles():
        return " ".join(words[1:])
    return name


def character_titles() -> frozenset[str]:
    from reviewparse.datafiles import cached, load_data

    return cached("character_titles", lambda: frozenset(load_data("names")["character_titles"]))


def _korean_roles(text: str, offset: int) -> list[Candidate]:
    found: list[Candidate] = []
    for match in _KO_ACTOR_ONLY.finditer(text):  # "배우 이태오는 이안의 오랜 친구로 분해"
        found.append(
            _pair(
                match.group("actor"),
                None,
                None,
                offset + match.start("actor"),
                offset + match.end("actor"),
                "cast.korean_actor",
                0.7,
            )
        )
    for pattern in (_KO_ACTOR_ROLE, _KO_ROLE_ACTOR):
        for match in pattern.finditer(text):
            found.append(
                _pair(
                    match.group("actor"),
                    match.group("character"),
                    None,
                    offset + match.start(),
                    offset + match.end(),
                    "cast.korean_role_sentence",
                    0.75,
                )
            )
    return found


def _name_list_before(text: str, offset: int) -> list[Candidate]:
    """Actors named just before "are confirmed to star": the names that end the clause."""
    parts = split_name_list(text)
    found: list[Candidate] = []
    for part, position in reversed(parts):
        name = trailing_name(part)
        if not name or len(name.split()) < 2:
            break
        start = offset + position + len(part) - len(name)
        found.insert(0, _pair(name, None, None, start, start + len(name), "cast.confirmed", 0.7))
        if len(name) < len(part.strip()) - 1:
            break
    return found


def _caption_names(text: str, offset: int) -> list[Candidate]:
    """A photo caption's run of names: "Tessa Thompson, Omar Dorsey, X as Y and Z in a scene"."""
    found: list[Candidate] = []
    for part, position in split_name_list(text):
        part = re.sub(r"\s+(?:in a scene|in the film|in the series)\b.*$", "", part)
        split = re.match(r"^(?P<actor>.+?)\s+as\s+(?P<character>.+)$", part)
        actor_text = split.group("actor") if split else part
        actor = trailing_name(actor_text) if not split else leading_name(actor_text)
        if not actor or len(actor.split()) < 2 or len(actor) < len(actor_text.strip(" .")) - 1:
            if actor and len(actor.split()) >= 2 and actor_text.rstrip().endswith(actor):
                pass
            else:
                continue
        character = leading_name(split.group("character")) if split else None
        start = offset + position + part.find(actor)
        found.append(_pair(actor, character, None, start, start + len(actor), "cast.caption", 0.7))
    return found


def _starring_list(text: str, offset: int, rule: str, confidence: float) -> list[Candidate]:
    found: list[Candidate] = []
    clause = re.split(r"[.;:!?]\s|\n|\s+(?:who|which|that|in|on|for|from|is|are|was|were)\s+", text)[0]
    for part, position in split_name_list(clause):
        korean = _KOREAN_PAIR.match(part)
        if korean:
            found.append(
                _pair(
                    korean.group("actor"),
                    korean.group("char"),
                    None,
                    offset + position,
                    offset + position + korean.end(),
                    "cast.korean_role",
                    confidence,
                )
            )
            continue
        if _HANGUL_NAME.match(part):
            found.append(
                _pair(part, None, None, offset + position, offset + position + len(part), rule, confidence)
            )
            continue
        name = leading_name(part)
        if not name or len(name.split()) < 2:
            break
        found.append(
            _pair(name, None, None, offset + position, offset + position + len(name), rule, confidence)
        )
        if len(name) < len(part.strip(" .")) - 1:
            break
    return found


def _table_cast(blocks: list[Block]) -> list[Candidate]:
    """Rows of a cast table whose header names the actor and character columns."""
    found: list[Candidate] = []
    columns: dict[str, int] | None = None
    rows: dict[int, list[Block]] = {}
    order: list[int] = []
    for block in blocks:
        if block.kind is BlockKind.TABLE_CELL and block.group is not None:
            if block.group not in rows:
                order.append(block.group)
                rows[block.group] = []
            rows[block.group].append(block)
    for group in order:
        cells = rows[group]
        lowered = [cell.text.lower() for cell in cells]
        header = _header_columns(lowered)
        if header:
            columns = header
            continue
        if columns is None or len(cells) <= max(columns.values()):
            continue
        actor_cell = cells[columns["actor"]]
        character_cell = cells[columns["character"]]
        actor = leading_name(actor_cell.text)
        if not actor:
            continue
        character = leading_name(character_cell.text) if character_cell.text.strip() else None
        found.append(
            _pair(
                actor,
                character,
                None,
                actor_cell.start,
                character_cell.end if character_cell.end > actor_cell.start else actor_cell.end,
                "cast.table",
                0.95,
            )
        )
    return found


_ACTOR_HEADERS = (
    "actor",
    "actress",
    "cast",
    "actor/actress",
    "performer",
    "name",
    "pemeran",
    "actor/actriz",
    "배우",
    "reparto",
)
_CHARACTER_HEADERS = (
    "character",
    "role",
    "roles",
    "as",
    "personaje",
    "papel",
    "karakter",
    "peran",
    "배역",
    "역할",
    "character name",
)


def _header_columns(cells: list[str]) -> dict[str, int] | None:
    actor = next((i for i, text in enumerate(cells) if text.strip(" :") in _ACTOR_HEADERS), None)
    character = next((i for i, text in enumerate(cells) if text.strip(" :") in _CHARACTER_HEADERS), None)
    if actor is None or character is None or actor == character:
        return None
    return {"actor": actor, "character": character}


def _pair(
    actor: str,
    character: str | None,
    description: str | None,
    start: int,
    end: int,
    rule: str,
    confidence: float,
) -> Candidate:
    return Candidate(
        "cast",
        CastValue(actor.strip(), character.strip() if character else None, description),
        start,
        max(end, start),
        rule,
        confidence,
    )
