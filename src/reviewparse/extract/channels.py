"""Networks (original broadcasters) and platforms (where to watch), from the gazetteers."""

from __future__ import annotations

import re

from reviewparse.candidates import Candidate, Segment
from reviewparse.extract.context import about_another_work, mentions_title, segment_sentences
from reviewparse.gazetteer import Gazetteer, GazetteerMatch, gazetteer
from reviewparse.infobox import LabeledValue

_PLATFORM_MADE = re.compile(
    r"^\s*(?:original|created|produced|-produced|-made|exclusive original)\b", re.IGNORECASE
)
_PRODUCED_BY_PLATFORM = re.compile(r"\b(?:produced|created|commissioned) by\s+$", re.IGNORECASE)
_NOT_OURS = re.compile(
    r"\b(?:known for|famous for|previously|last (?:seen|appeared)|starred in|"
    r"appeared in|his last|her last|earlier)\b",
    re.IGNORECASE,
)


# lower case only: "It's Okay to Not Be Okay is streaming on Netflix" negates nothing
_NEGATION = (
    r"(?:not|NOT|isn['’]t|aren['’]t|never|no longer|belum|tidak|TIDAK|bukan|jangan|(?i:no está)|n'est pas|"
    r"[Nn]o (?:llegará|llega|estará|se (?:estrena|puede ver|verá)))"  # "no llegará a Netflix ni a Viki"
)
_NOT_ON = re.compile(
    rf"\b{_NEGATION}\b[^.;]{{0,25}}$|"
    # "tidak tersedia di Netflix maupun Disney+": the negation runs on through a list of channels
    rf"\b{_NEGATION}\b[^.;]{{0,30}}?"
    r"(?:\s(?:or|nor|maupun|atau|ni|o|and|dan|y)\s|,\s)[^.;]{0,25}$"
)
# after the name: "티빙이랑 웨이브에는 없어요", "si está en Netflix: no, no está", "Netflix? No"
_NOT_THERE_AFTER = re.compile(
    r"^(?:[^.;\n]{0,15}?(?:에는|에도|엔|에선|에서는)\s*(?:없|안\s*(?:올라|나와|떠)))|"
    r"^\s*[:?]\s*(?:no|tidak|belum|nope|아니)\b|"
    r"^\s*[—–-]?\s*(?:not available|unavailable|no disponible|tidak tersedia)\b",
    re.IGNORECASE,
)
# a rumour is no platform: "Kabarnya film ini bakal tayang di Netflix", "circula que ya está en
# Netflix", "넷플릭스에 올라온다는 얘기가 ... 돌던데"
_RUMOUR = re.compile(
    r"\b(?:katanya|kabarnya|rumou?rs?|rumores?|circula|circuló|se dice|dicen que|supposedly|allegedly|"
    r"unconfirmed|no es cierto|belum ada pengumuman)\b|얘기가|소문|카더라|공식 발표는 없|공개설|사실이 아니",
    re.IGNORECASE,
)
_CROSSED = re.compile(r"[❌✗✘×]\s*$")
# "a YouTube channel with 40 subscribers": the service itself, not where the work is
_SERVICE_NOUN_AFTER = re.compile(
    r"^\s*(?:channel|account|page|video|clip|shorts|live|premium\s+subscribers|subscribers|creator)\b",
    re.IGNORECASE,
)
_ON_A_CHANNEL = re.compile(r"\b(?:on|in|di|en|via|at)\s+(?:[\w’'+-]+\s+){0,3}$", re.IGNORECASE)
# "Síguenos: Instagram · TikTok · YouTube", "› Night Crossing review – Apple TV+ thriller ...":
# the site's social links and its links to other reviews
_LINK_LINE = re.compile(
    r"^\s*(?:(?:síguenos|follow us|follow|ikuti kami|share|compartir|bagikan|공유|팔로우)\b|[›»▸]\s)",
    re.IGNORECASE,
)
_CEREMONY = re.compile(
    r"\b(?:awards?|ceremony|golden globes?|oscars|emmys?|telecast|premios|contest|concurso)\b|"
    r"연기대상|시상식|공모전",
    re.IGNORECASE,
)


_THEIR = re.compile(r"\b(?:his|her|their|its)\s+(?:previous\s+|last\s+|former\s+)?$", re.IGNORECASE)
_FOLLOWING_TITLE = re.compile(
    r"^(?:['’]s)?\s+(?:[\w가-힣-]+\s+){0,3}(?:drama|series|show|film|movie|hit|sitcom)?\s*[\"“‘«'](?P<t>[^\"”’»']{2,60})"
    r"[\"”’»']"
)
# "MBC's Third Floor Romance recorded 3.1%", "the Disney+ thriller Iron Cradle", "the 2021 JTBC
# cult hit The Pharmacist's Ledger": a channel, then another title named without quotes
_FOLLOWING_BARE_TITLE = re.compile(
    r"^(?:['’]s\s+(?:(?-i:[a-z])[\w-]{2,20}\s+){0,2}|\s+(?:[\w-]+\s+){0,2}(?:drama|series|show|film|movie|hit|thriller|comedy|romance|sitcom)\s+)"
    r"(?P<t>(?-i:[A-Z0-9])[\w'’:-]*(?:\s+(?:of|the|in|on|and|a|to|for|at|(?-i:[A-Z0-9])[\w'’:-]*)){0,6})"
)
_BARE_TITLE_VERB = re.compile(
    r"^(?:\s+(?:recorded|drew|scored|ranked|posted|rose|fell|slipped|climbed|reached|earned|ended|aired|"
    r"premiered|wrapped|was|is|had|will|has|remained|remains|returns|debuts|premieres|airs|\()|"
    r",\s+(?:which|a|an|the|its)\b)"  # "ITV's glossy Cold Harbour, which"
)
# "(Sumber: KBS via Viu)", "Photograph: Sea Fret Productions/BBC": a picture's credit
_CREDIT_BEFORE = re.compile(
    r"(?:photo(?:graph)?s?|image|pictured|sumber|foto|fotografía|credit|courtesy|사진|출처|source)\s*(?:[:=]|by)"
    r"[^.;()\]]{0,50}$",
    re.IGNORECASE,
)


_QUOTED_TITLE_BEFORE = re.compile(r"[\"“«](?P<t>[^\"”»]{2,60})[\"”»]\s{0,3}\(\s{0,3}$")


# "MBC's Iron Verdict (2021)": a title with its year after a channel's possessive
_FOLLOWING_DATED_TITLE = re.compile(
    r"^['’]s\s+(?P<t>[A-Z0-9][\w'’:-]{0,30}(?:\s{1,3}[A-Za-z0-9][\w'’:-]{0,30}){0,5})\s{0,3}\((?:19|20)\d\d\)"
)


def _names_another_title(after: str, title: str) -> bool:
    match = _FOLLOWING_TITLE.match(after) or _FOLLOWING_DATED_TITLE.match(after)
    if match is None:
        bare = _FOLLOWING_BARE_TITLE.match(after)
        possessive = bare is not None and bare.group(0).lstrip()[:1] in "'’"
        if bare is None or (possessive and not _BARE_TITLE_VERB.match(after[bare.end() :])):
            return False  # "tvN's Saturday drama" names no other title; "MBC's X recorded" does
        match = bare
    return not mentions_title(match.group("t"), title) and not mentions_title(title, match.group("t"))


def _names_own_title(after: str, title: str) -> bool:
    """ "KBS2 drama "Summer Interns"": the channel, then the work's own title in quotes."""
    match = _FOLLOWING_TITLE.match(after[:_OWN_TITLE_REACH])
    return match is not None and mentions_title(match.group("t"), title)


_OWN_TITLE_REACH = 70


def _longest_matches(
    text: str, networks: Gazetteer, platforms: Gazetteer
) -> list[tuple[str, GazetteerMatch]]:
    """Network and platform names in text; where two overlap ("OCS Max", "HBO Go") the
    longer wins."""
    found = [("networks", m) for m in networks.finditer(text)]
    found += [("platforms", m) for m in platforms.finditer(text)]
    found.sort(key=lambda item: (item[1].start, -(item[1].end - item[1].start)))
    kept: list[tuple[str, GazetteerMatch]] = []
    last_end = -1
    for field_name, match in found:
        if match.start >= last_end:
            kept.append((field_name, match))
            last_end = match.end
    return kept


_NO_NEWS = re.compile(
    r"\b(?:belum ada (?:informasi|kabar|kepastian)|no hay (?:fecha|información|noticias)|no word (?:yet )?on|"
    r"not yet (?:known|announced|confirmed)|todavía no se sabe|aún no se sabe)\b",
    re.IGNORECASE,
)
_SEASON = re.compile(r"\b(?:season|temporada|musim|saison)\s+(\d{1,2})\b|시즌\s*(\d{1,2})", re.IGNORECASE)


def _other_season(before: str, title: str) -> bool:
    """A sentence about another season of the work than the one the title names."""
    own = _SEASON.search(title)
    if own is None:
        return False
    numbers = {next(g for g in match.groups() if g) for match in _SEASON.finditer(before)}
    return bool(numbers) and next(g for g in own.groups() if g) not in numbers


_PROMOTION = re.compile(
    r"\b(?:trailer|tráiler|teaser|tease|views|reproducciones|visualizaciones|ditonton\s+\d|cuplikan|"
    r"official\s+(?:clip|video)|music video|MV)\b|예고편|티저|조회수",
    re.IGNORECASE,
)


def extract(segment: Segment, labeled: list[LabeledValue]) -> list[Candidate]:
    networks, platforms = gazetteer("networks"), gazetteer("platforms")
    found: list[Candidate] = []
    for item in labeled:
        if item.field not in ("networks", "platforms"):
            continue
        primary = networks if item.field == "networks" else platforms
        matched = False
        for table, field_name in (
            (primary, item.field),
            (platforms, "platforms"),
            (networks, "networks"),
        ):
            for match in table.finditer(item.value):
                matched = True
                found.append(
                    Candidate(
                        field_name,
                        match.canonical,
                        item.start + match.start,
                        item.start + match.end,
                        f"{field_name}.label",
                        0.95,
                    )
                )
            if matched:
                break
    # an info box's network is the work's; prose then names others' (the author's bio, a rival)
    labelled_network = any(c.field == "networks" for c in found)
    for sentence in segment_sentences(segment):
        text = sentence.text
        if _LINK_LINE.match(text) and not mentions_title(text, segment.title):
            continue
        for field_name, match in _longest_matches(text, networks, platforms):
            if field_name == "networks" and labelled_network:
                continue
            if (
                field_name == "networks"
                and _CEREMONY.search(text)
                and not _names_own_title(text[match.end :], segment.title)
            ):
                continue  # the ceremony's broadcaster; not "went to X of the KBS2 drama "Summer Interns""
            before = text[: match.start]
            if _NOT_OURS.search(before[-60:]) or about_another_work(text, before, segment.title):
                continue
            if _CREDIT_BEFORE.search(before[-70:]):
                continue  # "(Sumber: KBS via Viu)": who supplied a picture
            if _SERVICE_NOUN_AFTER.match(text[match.end : match.end + 30]) and not _ON_A_CHANNEL.search(
                before
            ):
                continue  # not "free on Channel 3's official YouTube channel", which is where it is
            if field_name == "platforms" and _NOT_ON.search(before[-70:]):
                continue  # "Sayangnya belum ada di Netflix", "it is not on Netflix yet"
            if field_name == "platforms" and _NOT_THERE_AFTER.match(text[match.end : match.end + 40]):
                continue  # "티빙이랑 웨이브에는 없어요", "¿si está en Netflix? No, no está"
            if field_name == "platforms" and (_RUMOUR.search(text) or _CROSSED.search(before[-6:])):
                continue  # "Kabarnya bakal tayang di Netflix", "❌ Netflix — not available"
            if _other_season(before, segment.title):
                continue  # "Season 1 is still on Netflix", on a page about season 2
            if field_name == "platforms" and _NO_NEWS.search(before[-90:]):
                continue  # "belum ada informasi kapan film ini akan hadir di Netflix"
            if field_name == "platforms" and _PROMOTION.search(before[-80:]):
                continue  # "the trailer passed 3 million views on YouTube": where it was promoted
            if _names_another_title(text[match.end : match.end + 70], segment.title) or _THEIR.search(before):
                continue  # "KBS2's family drama "Golden Persimmons"", "her TBS drama ..."
            quoted = _QUOTED_TITLE_BEFORE.search(before[-80:])
            if quoted and not mentions_title(quoted.group("t"), segment.title):
                continue  # a schedule's ""Tokyo Tax Detectives" (TV Asahi)" is that title's channel
            start, end = sentence.start + match.start, sentence.start + match.end
            found.append(Candidate(field_name, match.canonical, start, end, f"{field_name}.mention", 0.7))
            if field_name == "platforms" and (
                _PLATFORM_MADE.match(text[match.end :]) or _PRODUCED_BY_PLATFORM.search(before)
            ):
                found.append(
                    Candidate(
                        "networks",
                        match.canonical,
                        start,
                        end,
                        "networks.platform_original",
                        0.7,
                    )
                )
    return _without_parent_networks(found)


def _without_parent_networks(found: list[Candidate]) -> list[Candidate]:
    """ "The BBC has not said ..." beside "airs on BBC One", "KBS" beside "KBS2": the parent
    company named in passing is not a second network."""
    names = {str(c.value) for c in found if c.field == "networks"}
    parents = {name for name in names if any(other != name and other.startswith(name) for other in names)}
    return [
        c for c in found if not (c.field == "networks" and c.value in parents and c.rule != "networks.label")
    ]
