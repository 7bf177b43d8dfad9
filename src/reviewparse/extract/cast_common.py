"""What the cast rules share: a credit candidate, name lists ("starring X, Y and Z"),
and the "as" / parentheses patterns."""

from __future__ import annotations

import re

from reviewparse.candidates import Candidate, CastValue
from reviewparse.names import leading_name, split_name_list

_AS = re.compile(
    r"\s+(?:will be seen as|will be playing|is playing|stars as|starring as|co-stars as|"
    r"plays the role of|playing|plays|portrays|as|como|sebagai|en tant que|dans le rôle de)\s+",
    re.IGNORECASE,
)


_STARRING = re.compile(
    r"\b(?:starring|stars|starred|star cast including|cast includes|cast including|"
    r"complet(?:an|a|aron) el (?:reparto|elenco)|rounding out the cast (?:are|is)|also in the cast are|"
    r"(?:con|cuenta con) las voces de|the voices of|voice cast (?:includes|including)|"
    r"protagonizada por|protagonizado por|dibintangi(?: oleh)?|cast of)\s+"
    r"(?:(?:the\s+)?(?:likes of|talented|amazing|our|loving|beloved|actors?|actress(?:es)?)\s+|"
    r"(?:la|el|los|las)\s+(?:veteran[oa]s?|joven|jóvenes|actriz|actor|actores|cantante)\s+)*",
    re.IGNORECASE,
)


_HANGUL_NAME = re.compile(r"^[가-힣]{2,4}$")


_HANGUL_NAME_WITH_NOTE = re.compile(r"^([가-힣]{2,4})\s*\([^()]{1,12}\)$")


_PAREN_PAIR = re.compile(r"\(\s*(?P<inner>[^()]{2,60}?)\s*\)")


# "이민호(강준 역)", and in a Korean list "이민호(강준)": the actor first, as Korean writes it
_KOREAN_PAIR = re.compile(
    r"(?P<actor>[가-힣]{2,4})\s*\(\s*(?!(?:배우|특별|우정|카메오|아역|주연|조연))"
    r"(?P<char>[가-힣 ]{2,10}?)\s*(?:역)?\s*\)"
)


def _starring_list(
    text: str, offset: int, rule: str, confidence: float, *, actor_first: bool = False
) -> list[Candidate]:
    """Names of a cast list ("starring A, B and C", "Cast: A, B"). An item with a name in
    parentheses is a pair: "Moon Seo-jun (sebagai Ryu Min-seok)" always puts the actor
    first; "A (B)" does where ``actor_first`` (Spanish, Indonesian ... lists), else it is
    "Character (Actor)", as English pages write it."""
    found: list[Candidate] = []
    clause = re.split(r"[.;:!?]\s|\n|\s+(?:who|which|that|in|on|for|from|is|are|was|were)\s+", text)[0]
    for part, position in split_name_list(clause):
        paired = _parenthesised_pair(part, offset + position, rule, confidence, actor_first)
        if paired is not None:
            found.append(paired)
            continue
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
        noted = _HANGUL_NAME_WITH_NOTE.match(part)  # "이민호(특별출연)": an actor, a note
        if _HANGUL_NAME.match(part) or noted:
            name = noted.group(1) if noted else part
            found.append(
                _pair(name, None, None, offset + position, offset + position + len(name), rule, confidence)
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


_PARENTHESISED = re.compile(
    r"^(?P<outer>[^()]{2,60}?)\s*\((?P<marker>(?:as|sebagai|como|comme)\s+)?(?P<inner>[^()]{2,60})\)$"
)


def _parenthesised_pair(
    part: str, start: int, rule: str, confidence: float, actor_first: bool
) -> Candidate | None:
    match = _PARENTHESISED.match(part.strip())
    if match is None:
        return None
    outer, inner = leading_name(match.group("outer")), leading_name(match.group("inner"))
    if not outer or not inner or len(outer) < len(match.group("outer").strip()) - 1:
        return None
    if len(inner) < len(match.group("inner").strip()) - 1:
        return None
    actor, character = (outer, inner) if actor_first or match.group("marker") else (inner, outer)
    if len(actor.split()) < 2:
        return None
    return _pair(actor, character, None, start, start + len(part.strip()), f"{rule}_paren", confidence)


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
