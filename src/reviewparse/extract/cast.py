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
    r"memerankan|berperan sebagai|interpreta a|da vida a|will bring life to the role of|"
    r"brings? to life|bring life to|take on the role of|takes on the role of|landed the role of|"
    r"(?:was|is|has been|have been|got|gets) cast as|appears as|appeared as|will appear as|"
    r"returns as|stars opposite \w+ as)\s+"
    r"(?:(?:the\s+)?(?:role|part)\s+of\s+)?(?P<desc>(?:(?:[a-z][\w'’-]*|\d\w*)[,\s-]+){0,7})"
    r"(?:as\s+)?",
)
# Words between an actor's name and the verb: "Kim Sejeong is confirmed to star as ...".
_AUXILIARY = re.compile(
    r"(?:,?\s+(?:who|is|are|was|were|has|have|had|been|will|would|be|also|now|reportedly|"
    r"officially|confirmed|set|cast|slated|going|expected|chosen|in talks|to|then|later))+\s*$",
    re.IGNORECASE,
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
    rest = body[len(first) :]
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
        actor = trailing_name(before)
        character = leading_name(text[match.end() :])
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
        inner = re.sub(
            r"^(?:the|a|an|played by|a terrific|an excellent)?\s*(?:[a-z][\w-]*\s+){0,3}"
            r"(?=[A-Z])",
            "",
            match.group("inner"),
        )
        actor = leading_name(inner)
        if not actor or len(actor) < len(inner) - 1 or len(actor.split()) < 2:
            continue
        before = text[: match.start()].rstrip()
        character = trailing_name(before)
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
            if re.search(r"\b(?:a|an|the|his|her|their)\s+[^()]{1,50}$", before):
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
    for match in _CONFIRMED.finditer(text):
        period = text.rfind(". ", 0, match.start())
        clause_start = period + 2 if period >= 0 else 0
        found.extend(_name_list_before(text[clause_start : match.start()], offset + clause_start))
    if _CAPTION_CUE.search(text):
        found.extend(_caption_names(text, offset))
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
