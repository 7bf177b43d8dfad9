"""Cast in running text: "X plays Y", "X as Y", "Y (X)", "Y, played by X", "starring X, Y and
Z", "X and Y round out the cast", photo captions, and the Korean and Spanish forms."""

from __future__ import annotations

import re

from reviewparse.candidates import Candidate
from reviewparse.cues import CuedPattern, cued, has_hangul
from reviewparse.datafiles import cached, load_data
from reviewparse.extract.cast_common import _AS, _PAREN_PAIR, _STARRING, _pair, _starring_list
from reviewparse.names import leading_name, split_name_list, trailing_name

_TRAILING_NOTE = re.compile(
    r"(?<=[a-z])\s+\((?![^()]*\b(?:19|20)\d\d\b)[^()]{2,60}\)$"
)  # (a year: a title's)
_PLAYS = cued(
    r"\b(?:plays|played|portrays|portrayed|will play|is playing|is going to play|are going to play|"
    r"going to play|to play|will portray|to portray|takes on the role of|stars as|starring as|"
    r"starred as|will star as|to star as|co-stars as|co-starred as|joins as|joined as|will join as|"
    r"join(?:s|ed)? the cast as|will be seen as|is seen as|plays the role of|"
    r"memerankan|berperan sebagai|berperan menjadi|interpreta(?:rá)? al?|interpretó al?|da(?:rá)? vida al?|"
    r"dio vida al?|hace de|hará de|hizo de|encarna(?:rá)? al?|encarnó al?|aparece(?:rá)? como|apareció como|"
    r"en el papel del?|(?:hace|hará|hizo) el papel del?|encabeza el reparto como|"
    r"leads (?:the|that|this) (?:cast|series|drama|film|show|movie) as|"
    r"will bring life to the role of|"
    r"brings? to life|bring life to|take on the role of|takes on the role of|landed the role of|"
    r"(?:was|is|has been|have been|got|gets) cast as|appears as|appeared as|will appear as|"
    r"takes? (?:on )?the (?:title |lead |leading |main )?role of|"
    # (not "played by": the actor follows)
    r"returns as|(?:co-)?(?:stars|starred|starring) opposite [\w'’-]+(?: [\w'’-]+){0,2} as|"
    r"turns up as|shows up as|pops up as|menjadi)\s+(?!by\b)"
    r"(?:(?:the\s+)?(?:role|part)\s+of\s+)?(?P<desc>(?:(?:[a-z][\w'’-]*|\d\w*|[A-Z][\w-]*['’]s)[,\s-]+){0,7})"
    r"(?:as\s+)?",
    (
        "play",
        "portray",
        "role",
        "star",
        "seen",
        "memerankan",
        "berperan",
        "interpret",
        "hará de",
        "papel",
        "encabeza",
        "leads th",
        "hizo de",
        "aparec",
        "vida",
        "hace",
        "encarn",
        "bring",
        "cast",
        "appear",
        "return",
        "join",
        "turns up",
        "shows up",
        "pops up",
        "menjadi",
    ),
)


# Words between an actor's name and the verb: "Kim Sejeong is confirmed to star as ...".
_AUXILIARY = re.compile(
    r"(?:,?\s+(?:who|is|are|was|were|has|have|had|been|will|would|be|also|now|reportedly|"
    r"officially|confirmed|set|cast|slated|going|expected|chosen|in talks|to|then|later|"
    # "X, por su parte, interpreta a Y", "X, que interpreta a Y"
    r"por su parte|a su vez|también|sementara itu|juga|que|quien|yang))+,?\s*$",
    re.IGNORECASE,
)


_ROUND_OUT = cued(
    r"\s+(?:(?:round(?:s|ed)? out|complete[sd]?|join(?:s|ed)?|also star in|co-star in)\s+(?:the\s+)?"
    r"(?:main\s+|supporting\s+|lead\s+|ensemble\s+)?cast\b|"
    r"complet(?:a|an|ó|aron)\s+el\s+(?:reparto|elenco|cuarteto|trío|trio)(?:\s+(?:protagonista|principal))?\b|"
    # "Kang Min-ah and Yoon Chae-rin lead the cast." ("leads the cast as Y" is a role)
    r"(?:lead|leads|led|head|heads|headed|front|fronts|fronted)\s+(?:the\s+)?(?:cast|ensemble)\b(?!\s+as\b)|"
    r"encabeza(?:n|ron)?\s+el\s+(?:reparto|elenco)\b(?!\s+como\b)|"
    r"(?:turut|ikut|juga)\s+(?:membintangi|bermain\s+dalam|tampil\s+dalam)\b)",
    ("cast", "complet", "ensemble", "encabeza", "membintangi", "bermain", "tampil"),
    re.IGNORECASE,
)


_IS_ROLE = cued(
    r"(?<![\w'’-])(?P<actor>[A-Z][\w'’-]{0,30}(?:\s{1,3}[A-Z][\w'’-]{0,30}){1,3})\s{1,3}is\s{1,3}"
    r"(?:(?P<character>[A-Z][\w'’-]{0,30}(?:\s{1,3}[A-Z][\w'’-]{0,30}){0,3}),\s+(?:a|an|the)\s+[a-z]|"
    # "Kim Tae-kyung is her rival collector, Go Man-su"
    r"(?:his|her|their|the)\s+(?:[a-z][\w'’-]{0,20}\s+){0,3}[a-z][\w-]{0,20},\s+"
    r"(?P<named>[A-Z][\w'’-]{0,30}(?:\s{1,3}[A-Z][\w'’-]{0,30}){0,3})(?=\s*[,.;])|"
    # "Lee Seo-ah is the widow Han So-ri."
    r"(?:the|his|her|their)\s+(?!(?:[a-z-]+\s+)?(?:director|writer|screenwriter|producer|showrunner|creator|star|lead)\b)"
    r"(?:[a-z][\w-]{0,20}\s+){0,2}[a-z][\w-]{0,20}\s+"
    r"(?P<bare>[A-Z][\w'’-]{0,30}(?:\s{1,3}[A-Z][\w'’-]{0,30}){0,3})(?=\s*[,.;]))",
    (" is ",),
)


_CONFIRMED = cued(
    r"\s+(?:are|is|have been|has been|were|was)?\s*(?:officially\s+|reportedly\s+)?(?:confirmed|set|"
    r"cast|in talks)\s+to\s+(?:star|be|appear|lead|play|join|headline)\b",
    ("confirmed", "set", "cast", "talks"),
    re.IGNORECASE,
)


_CAPTION_CUE = re.compile(r"\b(?:in a scene from|from left|pictured|cast members|co-stars?)\b", re.IGNORECASE)


# "as the herbalist Su Jinling": a short description before the character's name
_DESCRIBED_ROLE = re.compile(
    r"(?:the|a|an|his|her|their|su|sus|la|el|un|una|le|sa|son|sang)\s+(?:[a-z][\w-]*,?\s+){1,6}(?=[A-Z])"
)


# Spanish "Song Yutong es Wei Lan.", "Oh Min-ji será Do Ga-eun,": an actor, "es", a character,
# then the sentence goes on.
_ES_ROLE = cued(
    r"(?<![\w'’-])(?P<actor>[A-Z][\w'’-]{0,30}(?:\s{1,3}[A-Z][\w'’-]{0,30}){1,3})\s{1,3}(?:es|será)\s{1,3}"
    # "Michael Danvers es el agente del FBI Cole Whitaker, que ..."
    r"(?:(?:el|la)\s{1,3}(?:(?:[a-záéíóúñ][\w-]{0,20}|[A-Z]{2,5})\s{1,3}){1,4})?"
    r"(?P<character>[A-Z][\w'’-]{0,30}(?:\s{1,3}[A-Z][\w'’-]{0,30}){0,3})"
    r"(?=\s*[.,;])",
    (" es ", " será "),
)


# "plays the daughter of Minister Kang": the name after a relation is someone else's
_BY_END = re.compile(r"\b(?:by|por|oleh)\s*$")
_RELATION_END = re.compile(r"\b(?:of|de|del|dari|to|for|para)\s*$")


_PLAYED_BY_AFTER = cued(
    r",?\s+(?:(?:is|was)\s+)?(?:played by|portrayed by|interpretad[oa] por|encarnad[oa] por|"
    r"diperankan (?:oleh|sama)|dimainkan (?:oleh|sama)|"
    r"joué par|jouée par|(?:a quien|al que|a la que)\s+(?:da vida|interpreta|encarna))\s+"
    # "a quien da vida la veterana X", "dimainkan oleh aktor X"
    r"(?:(?:(?:el|la)\s+(?:veteran[oa]|joven|actor|actriz|debutante)|aktor|aktris|(?:the\s+)?actor|(?:the\s+)?actress)"
    r"(?:\s+(?:senior|muda|veteran))?\s+|"
    # "interpretada por una inmensa Kusakabe Sayo", "played by a terrific Han Ji-min"
    r"(?:un|una|a|an)\s+(?-i:[a-záéíóúñ][\w-]{2,15})\s+)?",
    ("played", "portrayed", "interpretad", "encarnad", "diperankan", "dimainkan", "jou", "quien", "que"),
    re.IGNORECASE,
)
# "Do Kang-woo, el chef gruñón, a quien da vida ...": a description between the name and the verb
# ("Na Do-gyun, peternak lebah tetangga yang juteknya minta ampun, diperankan sama ...": no article)
_APPOSITIVE_END = re.compile(
    r",\s+(?:(?:el|la|un|una|the|a|an|his|her|their|su)\s+[^,()]{1,40}|[a-z][^,()]{1,60})$"
)


_UNNAMED_ROLE = re.compile(
    r"(?:the|a|an|his|her|their)\s+(?!(?:[a-z-]+\s+)?(?:director|writer|screenwriter|producer|showrunner|"
    r"composer|cinematographer|editor|host|creator)\b)(?:[a-z][\w-]*,?\s+){0,3}"
)  # "as the precinct chief", not "as the director"


_DESCRIBED_BEFORE = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ss]ome|[Tt]wo|[Tt]hree)|\b[A-Z][\w-]{0,30}['’]s)(?:[\s,]{1,3}[\w-]{1,30}){0,6}"
    r"[\s,]{1,3}[a-z][\w-]{0,30}$"
)


_ROLE_MARKER = re.compile(
    r"^(?:as|sebagai|como|comme|en tant que|dans le rôle de|memerankan|interpreta a)\s+", re.IGNORECASE
)


_PLAYED_BY = re.compile(r"^(?:played|portrayed|voiced) by\s+", re.IGNORECASE)


_INNER_DESCRIPTORS = re.compile(r"^(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*,?\s+){0,4}(?=[A-Z])")


# The words between an actor and "as Role" that praise the performance.
_PRAISED = re.compile(
    r"\s+(?:(?:is|was|are|were)\s+(?:(?:also|just|simply|equally|quietly|utterly|truly|so|very|especially)\s+)?"
    r"(?!(?:known|seen|referred|described|billed|credited|listed|such|same|cast)\b)[a-z][\w-]{2,20}|"
    # "Lee Min-seo killed it as the detective Kang Ha-eun"
    r"(?:really\s+|absolutely\s+)?(?:(?:killed|nailed|owned|crushed|kills|nails|owns)\s+it|shines|shone|"
    r"excels|excelled|stands\s+out|stood\s+out|steals\s+the\s+show|stole\s+the\s+show|"
    r"steals\s+every\s+scene|stole\s+every\s+scene)|"
    # "Gong Min-chul está desternillante como ...", "Raka tampil memukau sebagai ..."
    r"(?:está|estuvo|es|fue|resulta|resultó)\s+(?:(?:muy|simplemente|realmente|tan|sencillamente)\s+)?"
    r"(?!(?:conocid|llamad|considerad|vist|descrit|apodad|acreditad)\w*\b)[a-záéíóúñ][\wáéíóúñ-]{2,20}|"
    r"(?:tampil|bermain)\s+(?:(?:sangat|begitu|cukup)\s+)?[a-z][\w-]{2,20})$"
)


_TITLE_BEFORE_NAME = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Prof|Det|Sgt|Capt|Lt)\.\s+(?=[A-Z])")
# "Margaret Hollis is quietly terrifying in a small part", "Noh Gap-su also appears in a
# supporting role", "Rina Mochizuki makes her acting debut in an undisclosed part"
_IN_A_PART = cued(
    r"(?<![\w'’-])(?P<actor>[A-Z][\w'’-]{0,30}(?:\s[A-Z][\w'’-]{0,30}){1,3})\s+(?:[a-z][\w'’-]{0,20}\s+){0,4}"
    r"(?:(?:in\s+(?:a|an)\s+(?:[a-z][\w-]{0,20}\s+){0,2}(?:part|role|cameo)|joined the cast|acting debut)\b|"
    r"(?:co-stars|co-starred|also stars)(?=\s*[.;,]|\s+(?:alongside|opposite|with)\b))",
    ("part", "role", "cameo", "joined the cast", "debut", "co-star", "also stars"),
)


_RELATIVE_CLAUSE = re.compile(r"(?:who|which|that|whose|que|quien|yang)\b", re.IGNORECASE)
_POINTS_AT_A_WORK = re.compile(r"\b(?:in|from|on|of|since|like|than)\s*$")


_WITH_IN_PART = cued(
    r"\bwith\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s+in\s+(?:a|an|the|her|his)\s+"
    r"(?:[\w-]+\s+){0,5}(?:part|role|turn|performance|cameo)\b",
    ("with",),
)


# Block text holds single spaces only (document.clean_block_text), so a cue may include them.
_NAME_WORDS = r"[A-Z][\w'’.-]{1,30}(?:\s[A-Z][\w'’.-]{1,30}){1,3}"
_PAIR_PLAY = cued(
    rf"(?<![\w'’-])(?P<a>{_NAME_WORDS})\s+and\s+(?P<b>{_NAME_WORDS})\s+(?:play|portray)\s+"
    r"(?:the|two|a\s+pair\s+of|a\s+couple\s+of)\s+[a-z]",
    ("play", "portray"),
)
_AS_WORD = CuedPattern(_AS, (" as ", " como ", " sebagai ", "play", "portray", " tant ", "rôle"))
_PAREN = CuedPattern(_PAREN_PAIR, ("(",))
_STARRING_CUED = CuedPattern(
    _STARRING, ("star", "cast", "protagoniz", "dibintangi", "reparto", "elenco", "voces", "voices")
)


def _prose(text: str, offset: int, title: str = "") -> list[Candidate]:
    """Cast pairs in one sentence; ``title`` is the work the sentence is read for."""
    found: list[Candidate] = []
    lowered = text.lower()
    for match in _PLAYS.finditer(text, lowered):
        before = _AUXILIARY.sub("", text[: match.start()]).rstrip(" ,")
        # "Ham Do-wook (Seventeen Rainy Tuesdays) stars as": the actor before a note of their last work
        before = _TRAILING_NOTE.sub("", before)
        actor = trailing_name(before)
        rest = _TITLE_BEFORE_NAME.sub("", text[match.end() :])  # "plays Dr. Ahn So-ra"
        if _BY_END.search(match.group("desc")):
            continue  # "Ren, played with a wounded swagger by Sakaguchi Tomoya": the actor comes after
        character = None if _RELATION_END.search(match.group("desc")) else leading_name(rest)
        if character:
            character = _without_title(character) or character  # "as Superintendent Royce Calloway"
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
            if _SPANISH_OBJECT_VERB.search(match.group(0)):
                found.extend(_elided_pair(text, match.end() + len(character), offset))
    for match in _PAIR_PLAY.finditer(text, lowered):  # "Sigrun Aalvik and Tormod Lie play the drivers"
        for name in (match.group("a"), match.group("b")):
            actor = leading_name(name)
            if actor and actor == name and len(actor.split()) >= 2:
                start = offset + match.start() + text[match.start() :].find(name)
                found.append(_pair(actor, None, None, start, start + len(name), "cast.pair_play", 0.7))
    for match in _AS_WORD.finditer(text, lowered):
        if match.group(0).strip().lower() not in ("as", "como", "sebagai"):
            continue
        before = text[: match.start()]
        actor = trailing_name(before.rstrip(" ,"))
        praised = _PRAISED.search(before) if actor is None else None
        if praised:  # "Ellen Brightwater is wonderful as Mae Dunning"
            before = before[: praised.start()]
            actor = trailing_name(before)
        after = text[match.end() :]
        titled = _TITLE_BEFORE_NAME.match(after.lstrip())  # "Heo Yoon-ji as Dr. Kim Seo-yeon"
        named = leading_name(after.lstrip()[titled.end() :]) if titled else None
        if titled and named and len(named.split()) >= 2:  # (not "as Mrs. Ok": a title and surname)
            after = after.lstrip()[titled.end() :]
        described = _DESCRIBED_ROLE.match(after)
        if described is None and match.group(0).strip().lower() == "sebagai":
            described = _indonesian_description(after)
        if described is None and actor is not None and match.group(0).strip().lower() in ("as", "como"):
            described = _job_before_name(after)  # "Han Ji-woo as forensic accountant Seo Yeon-hwa"
        lead_in = before.rstrip(" ,")[: -len(actor)].strip() if actor else ""
        # "Veteran actress Gong Mi-sook steals every scene as ...": a job title may come first
        opens_sentence = actor is not None and (not lead_in or bool(_JOB_TITLE_LEAD.fullmatch(lead_in)))
        unnamed = _UNNAMED_ROLE.match(after)
        if (
            unnamed
            and actor
            and opens_sentence
            and len(actor.split()) >= 2
            and leading_name(after[unnamed.end() :]) is None
        ):  # "Baek Sung-il as the precinct chief was terrifying": a role with no name
            end = offset + len(before.rstrip(" ,"))
            found.append(_pair(actor, None, None, end - len(actor), end, "cast.as_described_role", 0.6))
            continue
        if described and _RELATION_END.search(described.group(0)):
            if actor and len(actor.split()) >= 2:  # "as the boss of Yeon-joo": a role with no name
                end = offset + len(before.rstrip(" ,"))
                found.append(_pair(actor, None, None, end - len(actor), end, "cast.as_described_role", 0.6))
            continue
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
        character = _without_title(character) or character  # "as Detective Cha Yu-ri"
        found.append(
            _pair(
                actor,
                character,
                None,
                offset + len(before.rstrip(" ,")) - len(actor),
                offset + match.end() + len(character),
                "cast.prose_as",
                0.7,
            )
        )
    for match in _PAREN.finditer(text, lowered):
        role_marker = _ROLE_MARKER.match(match.group("inner"))
        if role_marker:  # "Moon Seo-jun (sebagai Ryu Min-seok)": the actor, then the role
            actor = trailing_name(text[: match.start()].rstrip())
            character = leading_name(match.group("inner")[role_marker.end() :])
            if actor and character and len(actor.split()) >= 2:
                start = offset + len(text[: match.start()].rstrip())  # where the actor's name ends
                found.append(
                    _pair(
                        actor,
                        character,
                        None,
                        start - len(actor),
                        offset + match.end(),
                        "cast.paren_as_role",
                        0.8,
                    )
                )
            continue
        played_by = _PLAYED_BY.match(match.group("inner"))
        if played_by:
            start = offset + match.start("inner") + played_by.end()
            found.extend(
                _starring_list(match.group("inner")[played_by.end() :], start, "cast.played_by", 0.7)
            )
            continue
        descriptors = _INNER_DESCRIPTORS.match(match.group("inner"))
        if descriptors and _POINTS_AT_A_WORK.search(descriptors.group(0)):
            continue  # "Dario Vuković (so good in Winter Ferries)": a title, not an actor
        if descriptors and _RELATIVE_CLAUSE.match(descriptors.group(0)):
            continue  # "Yoon Seul-gi (who also wrote Midnight Courier)": a clause about the name

        if re.search(r"[!?]", match.group("inner")):
            continue  # "Sinopsis Singkat (Tanpa Spoiler Kok!)": an aside, not an actor
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
    for match in _STARRING_CUED.finditer(text, lowered):
        found.extend(_starring_list(text[match.end() :], offset + match.end(), "cast.starring", 0.75))
    for match in _PLAYED_BY_AFTER.finditer(text, lowered):
        before = text[: match.start()].rstrip(" ,")
        character = _without_title(trailing_name(before))
        appositive = _APPOSITIVE_END.search(before) if character is None else None
        if appositive:
            before = before[: appositive.start()]
            character = _without_title(trailing_name(before))
        actor = leading_name(text[match.end() :])
        if character and actor and len(actor.split()) >= 2:
            found.append(
                _pair(
                    actor,
                    character,
                    None,
                    offset + len(before) - len(character),
                    offset + match.end() + len(actor),
                    "cast.played_by_after",
                    0.75,
                )
            )
    for match in _ES_ROLE.finditer(text, lowered):
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
    if has_hangul(text):
        # imported here: its many Korean patterns cost a page in English nothing to compile
        from reviewparse.extract.cast_korean import korean_roles

        found.extend(korean_roles(text, offset, title))
    for match in _WITH_IN_PART.finditer(text, lowered):
        actor = leading_name(match.group("name"))
        if actor and len(actor.split()) >= 2:
            start = offset + match.start("name")
            found.append(_pair(actor, None, None, start, start + len(actor), "cast.with_in_part", 0.7))
    for match in _ROUND_OUT.finditer(text, lowered):
        period = text.rfind(". ", 0, match.start())
        clause_start = period + 2 if period >= 0 else 0
        found.extend(_name_list_before(text[clause_start : match.start()], offset + clause_start))
    for match in _IS_ROLE.finditer(text, lowered):
        role = next(group for group in ("character", "named", "bare") if match.group(group))
        actor, character = leading_name(match.group("actor")), leading_name(match.group(role))
        character = _without_title(character)  # "Son Mi-rae is Inspector Noh Yeon-su"
        if actor and character and len(actor.split()) >= 2 and actor != character:
            found.append(
                _pair(
                    actor,
                    character,
                    None,
                    offset + match.start(),
                    offset + match.end(role),
                    "cast.is_role",
                    0.6,
                )
            )
    for match in _CONFIRMED.finditer(text, lowered):
        period = text.rfind(". ", 0, match.start())
        clause_start = period + 2 if period >= 0 else 0
        found.extend(_name_list_before(text[clause_start : match.start()], offset + clause_start))
    for match in _IN_A_PART.finditer(text, lowered):
        actor = trailing_name(match.group("actor"))  # "Veteran Noh Gap-su": the name that ends the run
        if actor and len(actor.split()) >= 2:
            end = offset + match.end("actor")
            found.append(_pair(actor, None, None, end - len(actor), end, "cast.in_a_part", 0.65))
    if _CAPTION_CUE.search(text):
        found.extend(_caption_names(text, offset))
    return found


# Indonesian puts a description before the name without an article: "sebagai pemilik motel Park
# Man-sik"; after a relation noun the name is someone else's ("sebagai ibu Kang Du-ri").
_ID_DESCRIPTION = re.compile(r"(?:[a-z][\w-]{0,24}\s{1,3}){1,4}(?=[A-Z])")
_ID_RELATIONS = frozenset(
    [
        "ibu",
        "ayah",
        "bapak",
        "anak",
        "adik",
        "kakak",
        "istri",
        "suami",
        "teman",
        "sahabat",
        "pacar",
        "kekasih",
        "nenek",
        "kakek",
        "paman",
        "bibi",
        "bos",
        "rekan",
        "tunangan",
        "mantan",
        "sepupu",
        "keponakan",
        "cucu",
        "menantu",
        "mertua",
        "dari",
    ]
)


_JOB_TITLE_LEAD = re.compile(
    r"(?:[A-Za-z][\w-]{0,20}\s{1,3}){0,2}(?:actor|actress|newcomer|veteran|star|singer|idol|comedian|rapper)",
    re.IGNORECASE,
)
_JOB_BEFORE_NAME = re.compile(r"(?:[a-záéíóúñ][\w-]{1,20}\s{1,3}){1,3}(?=[A-Z])")
_NOT_A_JOB = frozenset(
    {"as", "than", "like", "with", "and", "in", "of", "to", "for", "from", "well", "usual", "if", "soon"}
    | {"much", "good", "bad", "great", "long", "far", "by", "on", "at", "or", "is", "was", "are"}
    | {"de", "del", "en", "con", "y", "que"}
)


def _job_before_name(after: str) -> re.Match[str] | None:
    """A job or trait right before a character's full name, with no article: "as forensic
    accountant Seo Yeon-hwa" (not "as good as Kim Soo-hyun", nor "as usual Kim")."""
    described = _JOB_BEFORE_NAME.match(after)
    if described is None or any(word in _NOT_A_JOB for word in described.group(0).split()):
        return None
    name = leading_name(after[described.end() :])
    if name is None or (len(name.split()) < 2 and "-" not in name):
        return None
    return described


def _indonesian_description(after: str) -> re.Match[str] | None:
    described = _ID_DESCRIPTION.match(after)
    if described is None or described.group(0).split()[-1] in _ID_RELATIONS:
        return None
    return described


# "X da vida a Y, ..., y Z a W": the second pair leaves the verb out
_SPANISH_OBJECT_VERB = re.compile(r"(?:interpret[aó]|interpretará|vida|encarn[aó]|encarnará)\s+al?\s")
_ELIDED_JOIN = re.compile(r"[^.;!?]{0,120}?(?:,\s+|\s)(?:y|e)\s+(?=[A-Z])")
_ELIDED_OBJECT = re.compile(r"\s+al?\s+(?:(?:el|la)\s+[a-záéíóúñ-]+\s+)?(?=[A-Z])")


def _elided_pair(text: str, position: int, offset: int) -> list[Candidate]:
    """The pair after "y" that shares the verb of the pair before it."""
    join = _ELIDED_JOIN.match(text, position)
    if join is None:
        return []
    actor = leading_name(text[join.end() :])
    if not actor or len(actor.split()) < 2:
        return []
    after_actor = join.end() + len(actor)
    marker = _ELIDED_OBJECT.match(text, after_actor)
    character = leading_name(text[marker.end() :]) if marker else None
    if marker is None or not character:
        return []
    end = marker.end() + len(character)
    return [_pair(actor, character, None, offset + join.end(), offset + end, "cast.elided_verb", 0.7)]


def _without_title(name: str | None) -> str | None:
    """A character's name without the title a page puts before it ("Aunt Miranda" -> "Miranda")."""
    if not name:
        return name
    words = name.split()
    if len(words) > 1 and words[0].rstrip(".") in character_titles():
        return " ".join(words[1:])
    if len(words) > 3 and words[1] in character_titles():  # "Ninth Prince Xiao Heng", "Crown Prince Lee Hwan"
        return " ".join(words[2:])
    return name


def character_titles() -> frozenset[str]:
    return cached("character_titles", lambda: frozenset(load_data("names")["character_titles"]))


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
