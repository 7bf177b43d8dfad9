"""Cast credits: actor with character, in every convention pages use.

List items and lines in a cast section: "X as Y", "Y (X) – description", "Y – X", tables.
Prose: "X plays Y", "X as Y", "Y (X)", "starring X, Y and Z". In "A (B)" the page's own
convention decides which is the actor: a marker ("as", "역", "role") inside the
parentheses says actor-first; otherwise character-first, as most review blogs write.
The convention is decided once per list and applied to all its items.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reviewparse.candidates import Candidate, CastValue, Segment
from reviewparse.document import Block, BlockKind
from reviewparse.extract.cast_common import _AS, _KOREAN_PAIR, _PAREN_PAIR, _pair, _starring_list
from reviewparse.extract.cast_prose import _prose, _without_title
from reviewparse.extract.context import segment_sentences
from reviewparse.gazetteer import gazetteer
from reviewparse.infobox import LabeledValue
from reviewparse.names import is_person_name, leading_name
from reviewparse.sections import classify_heading

_DASH = r"\s+[–—-]\s+|\s*[–—]\s*|\s*:\s+"


_ENGLISH_LABELS = frozenset(
    {"starring", "cast", "main cast", "stars", "with", "also appearing", "also starring", "supporting cast"}
    | {"guest stars", "guest cast", "co-stars", "the cast", "cast members", "lead cast", "main actors"}
)


_LIST_MARKER = re.compile(r"^\s*(?:[-*•·▪●◦–]\s+|\d{1,3}[.)]\s+)")


_ACTOR_FIRST_MARKER = re.compile(r"^(?:as|como|sebagai|role|역|역할)\b|\b(?:역|역할|role)\s*$", re.IGNORECASE)


_ACTOR_FIRST_HINT = re.compile(
    r"\bactors?\s*(?:first|,|/|\(|then|followed by)\s*(?:and\s+)?(?:the\s+)?(?:role|character)|"
    r"\bactor\s*\((?:role|character)\)|\(\s*actor\s*,\s*(?:role|character)\s*\)",
    re.IGNORECASE,
)


# A name in its own script after the romanized one: "Han Ji-ho (한지호) as Min-jae".
_NATIVE_NAME = re.compile(r"^\s*\((?=[^)]*[^\x00-\u024f])[^()]{1,20}\)")


def extract(segment: Segment, labeled: list[LabeledValue]) -> list[Candidate]:
    found: list[Candidate] = []
    for item in labeled:
        if item.field == "cast":
            # "Reparto: A (B)" on a page mostly in English still lists the actor first
            actor_first = (
                segment.languages[:1] != ("en",) or item.label.lower().strip(" :") not in _ENGLISH_LABELS
            )
            found.extend(_starring_list(item.value, item.start, "cast.label", 0.9, actor_first=actor_first))
    found.extend(_table_cast(segment.blocks))
    found.extend(_column_lines(segment.blocks))
    found.extend(_role_type_lines(segment.blocks))
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
        found.extend(_prose(sentence.text, sentence.start, segment.title))
    found = _without_partial_names(_oriented_by_listed_actors(_without_reversed(found)))
    found = _with_full_names(found, segment.document.text)
    return [candidate for candidate in found if not _names_no_person(candidate)]


def _with_full_names(found: list[Candidate], page_text: str) -> list[Candidate]:
    """ "Ryu plays Yeom Gun" on a page about Ryu Tae-gang: an actor named by a surname alone is
    the one person of that surname the page names in full (none where it names two)."""
    resolved: list[Candidate] = []
    for candidate in found:
        value = candidate.value
        if isinstance(value, CastValue) and _SURNAME_ONLY.fullmatch(value.actor):
            pattern = re.compile(rf"\b{value.actor}\s+[A-Z][a-z]+(?:-[a-z]+|\s[A-Z][a-z]+)?\b")
            names = {
                match.group(0) for match in pattern.finditer(page_text) if is_person_name(match.group(0))
            }
            if len(names) == 1:
                candidate = replace(candidate, value=replace(value, actor=names.pop()))
        resolved.append(candidate)
    return resolved


_SURNAME_ONLY = re.compile(r"[A-Z][a-z]{1,11}")


def _without_partial_names(found: list[Candidate]) -> list[Candidate]:
    """ "나츠미 역의 시노하라 미오는" read as "시노하라" where the cast list gives "시노하라 미오":
    an actor whose name is the first word(s) of another's, in the same part, is that actor."""
    full = {
        (c.value.actor, c.value.character)
        for c in found
        if isinstance(c.value, CastValue) and " " in c.value.actor
    }
    if not full:
        return found
    return [
        c
        for c in found
        if not (
            isinstance(c.value, CastValue)
            and any(
                actor.startswith(c.value.actor + " ") and character == c.value.character
                for actor, character in full
            )
        )
    ]


def _oriented_by_listed_actors(found: list[Candidate]) -> list[Candidate]:
    """ "Reparto: Jang Tae-ho, Moon Ye-rin" then "Jang Tae-ho (Do Gun-woo) es el policía": a
    prose pair whose "character" the page's cast label lists as an actor reads actor first."""
    listed = {
        c.value.actor
        for c in found
        if c.rule == "cast.label" and isinstance(c.value, CastValue) and c.value.character is None
    }
    if not listed:
        return found
    oriented: list[Candidate] = []
    for c in found:
        value = c.value
        if (
            c.rule.startswith("cast.prose")
            and isinstance(value, CastValue)
            and value.character in listed
            and value.actor not in listed
        ):
            c = replace(c, value=replace(value, actor=value.character, character=value.actor))
        oriented.append(c)
    return oriented


def _without_reversed(found: list[Candidate]) -> list[Candidate]:
    """A labelled cast list's pairs decide the direction of "A (B)": the same two names read
    the other way round from the prose are dropped."""
    listed = {
        (c.value.actor, c.value.character)
        for c in found
        if c.rule == "cast.label_paren" and isinstance(c.value, CastValue)
    }
    return [
        c
        for c in found
        if not (isinstance(c.value, CastValue) and (c.value.character, c.value.actor) in listed)
    ]


def _names_no_person(candidate: Candidate) -> bool:
    """ "Tokyo Tax Detectives" (TV Asahi) reads like a role and its actor, and a photo
    credit "(AP Photo/A24 Films, ...)" like a caption's names: a network, a platform or a
    company is never an actor."""
    actor = candidate.value.actor if isinstance(candidate.value, CastValue) else ""
    if not actor:
        return False
    if actor.split()[-1].lower() in _COMPANY_LAST_WORDS:
        return True
    return (
        gazetteer("networks").canonical(actor) is not None
        or gazetteer("platforms").canonical(actor) is not None
    )


_COMPANY_LAST_WORDS = frozenset(
    {"films", "pictures", "studios", "entertainment", "media", "productions", "photo", "photos", "images"}
)


_KOREAN_ROLE_ACTOR_LINE = re.compile(
    r"^(?P<character>[가-힣]{2,5})\s*\(\s*배우\s*(?P<actor>[가-힣]{2,4})\s*\)"
)
_ROLE_NOTE = re.compile(
    r"^(?:cameo|special appearance|guest(?: star| role)?|bintang tamu|penampilan khusus|aparición especial|"
    r"invitad[oa]|특별\s?출연|카메오|voice|narrator|narración|narasi)$",
    re.IGNORECASE,
)


_DESCRIBED_PART = re.compile(r"^\s*(?:(?:a|an|the|his|her|their)\s+[a-z]|[A-Z][\w-]*['’]s\s+[a-z])")


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
    korean_role = _KOREAN_ROLE_ACTOR_LINE.match(body)
    if korean_role:  # "윤하림 (배우 정소라) – 언니의 실종을 파헤치는 신입 정원사"
        return [
            _pair(
                korean_role.group("actor"),
                korean_role.group("character"),
                None,
                base,
                base + korean_role.end(),
                "cast.korean_role_actor",
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
        if _ROLE_NOTE.match(inner_clean) and in_cast_section and len(first.split()) >= 2:
            # "Jung Woo-sang (cameo)": an actor with a note on the part, no character
            return [_pair(first, None, None, base, base + len(first), "cast.actor_role_note", 0.8)]
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
        named = leading_name(rest[split.end() :])
        second = _without_title(named)  # "as Nurse Bae Ok-hui"
        if named and second:
            description = _description(rest[split.end() + len(named) :])
            return [_pair(first, second, description, base, offset + len(line), "cast.actor_as_role", 0.9)]
        if _DESCRIBED_PART.match(rest[split.end() :]):  # "Baek Ri-an as Da-hae's landlady, who ..."
            return [_pair(first, None, None, base, base + len(first), "cast.actor_as_described", 0.8)]
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
    "pemain",
    "aktor",
    "actriz",
    "actores",
    "intérprete",
    "출연",
    "출연진",
    "actor / actress",
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
    "tokoh",
    "personajes",
    "역",
    "배역",
    "역할",
    "character name",
)


def _column_lines(blocks: list[Block]) -> list[Candidate]:
    """A cast table copied as text: a "Character" and an "Actor" line, then the table's cells
    one per line, two by two, in the header's order."""
    found: list[Candidate] = []
    texts = [block.text.strip(" :").lower() for block in blocks]
    for index in range(len(blocks) - 1):
        if blocks[index].kind is BlockKind.TABLE_CELL:
            continue  # a real table's header: its rows are read by column (_table_cast)
        pair = (texts[index], texts[index + 1])
        if pair[0] in _CHARACTER_HEADERS and pair[1] in _ACTOR_HEADERS:
            actor_first = False
        elif pair[0] in _ACTOR_HEADERS and pair[1] in _CHARACTER_HEADERS:
            actor_first = True
        else:
            continue
        cursor = index + 2
        while cursor + 1 < len(blocks):
            first, second = blocks[cursor], blocks[cursor + 1]
            first_name, second_name = leading_name(first.text), leading_name(second.text)
            whole = first_name and second_name and len(first_name) >= len(first.text.strip()) - 1
            if not whole or not second_name or len(second_name) < len(second.text.strip()) - 1:
                break
            actor, character = (first_name, second_name) if actor_first else (second_name, first_name)
            found.append(
                _pair(str(actor), character, None, first.start, second.end, "cast.column_lines", 0.85)
            )
            cursor += 2
    return found


_ROLE_TYPE = re.compile(
    r"^(?:main|lead|support(?:ing)?|guest|cameo|special|recurring|extended)\s+(?:role|cast|appearance)$",
    re.IGNORECASE,
)


def _role_type_lines(blocks: list[Block]) -> list[Candidate]:
    """A database page's cast copied as text: the actor, the character, then the kind of role
    ("Ahn Seo-jun" / "Kang Mu-yeol" / "Main Role")."""
    found: list[Candidate] = []
    for index in range(2, len(blocks)):
        if not _ROLE_TYPE.match(blocks[index].text.strip()):
            continue
        actor_block, character_block = blocks[index - 2], blocks[index - 1]
        actor, character = leading_name(actor_block.text), leading_name(character_block.text)
        if not actor or len(actor) < len(actor_block.text.strip()) - 1 or _ROLE_TYPE.match(actor_block.text):
            continue
        whole_character = character is not None and len(character) >= len(character_block.text.strip()) - 1
        found.append(
            _pair(
                actor,
                character if whole_character else None,
                None,
                actor_block.start,
                character_block.end if whole_character else actor_block.end,
                "cast.role_type_lines",
                0.85,
            )
        )
    for index in range(1, len(blocks)):  # the actor, then "Lai Chun-mei | Main Role"
        typed = _CHARACTER_WITH_ROLE_TYPE.match(blocks[index].text.strip())
        if typed is None:
            continue
        actor_block = blocks[index - 1]
        actor = leading_name(actor_block.text)
        if not actor or len(actor) < len(actor_block.text.strip()) - 1 or len(actor.split()) < 2:
            continue
        character = leading_name(typed.group("character"))
        whole = character is not None and len(character) >= len(typed.group("character")) - 1
        found.append(
            _pair(
                actor,
                character if whole else None,
                None,
                actor_block.start,
                blocks[index].start + typed.end("character") if whole else actor_block.end,
                "cast.role_type_lines",
                0.85,
            )
        )
    return found


_CHARACTER_WITH_ROLE_TYPE = re.compile(
    r"^(?P<character>[^|·•\n]{1,60}?)\s*[|·•]\s*(?:main|lead|support(?:ing)?|guest|cameo|special|recurring)"
    r"\s+(?:role|cast|appearance)$",
    re.IGNORECASE,
)


def _header_columns(cells: list[str]) -> dict[str, int] | None:
    actor = next((i for i, text in enumerate(cells) if text.strip(" :") in _ACTOR_HEADERS), None)
    character = next((i for i, text in enumerate(cells) if text.strip(" :") in _CHARACTER_HEADERS), None)
    if actor is None or character is None or actor == character:
        return None
    return {"actor": actor, "character": character}
