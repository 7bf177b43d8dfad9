"""Cast in Korean running text: "X 배우가 'Y' 역을", "'Y' 역의 X", "Y(X 분)", "X(Y 역)", "주연은 A, B, C가",
"X은 ... 'Y'로 분했다", list lines "Y 역 - X", and foreign names written in Hangul with a space."""

from __future__ import annotations

import re

from reviewparse.candidates import Candidate
from reviewparse.datafiles import cached, load_data
from reviewparse.extract.cast_common import _pair

# "배우 한지오가 신입 집배원 '차윤슬' 역을 맡았고", "'백시아' 역은 배우 오나예가"; "한서진 배우가 회계사
# '윤다온' 역을" (not "들르는 택시기사 '권만복' 역의 도경춘", nor "봤는데 역시": "as expected")
_KO_ACTOR_ROLE = re.compile(
    r"(?:배우\s*)?(?<![가-힣])(?P<actor>(?!배우)[가-힣]{2,5}?)(?:\s*배우)?(?:이|가|은|는)\s+(?:[^\s.,]+\s+){0,10}?"
    r"['‘\"“]?(?P<character>[가-힣]{2,5})['’\"”]?\s*역(?!의|할|시|사|대|주행|습|전|\s*[-–—:]\s*[가-힣])"
)


# "'길순덕' 역에는 데뷔 50년 차 원로 배우 반옥희가 캐스팅됐다": the role, a description, then the actor
_KO_ROLE_THEN_DESCRIBED_ACTOR = re.compile(
    r"['‘\"“](?P<character>[가-힣]{2,5})['’\"”]\s*역(?:에는|에|은|는)\s+(?:[^\s.]+\s+){0,6}?배우\s*"
    r"(?P<actor>[가-힣]{2,4})(?:이|가)\s"
)
# "딸 린샤오위는 신인 랴오신이가 연기했는데": the role, a word about the actor, the actor, "played"
_KO_ROLE_PLAYED_BY = re.compile(
    r"(?<![가-힣])['‘\"“]?(?P<character>[가-힣]{2,5})['’\"”]?(?:은|는)\s+(?:[가-힣]{1,4}\s+){0,2}?"
    r"(?P<actor>[가-힣]{2,5})(?:이|가)\s*(?:연기했|연기한다|연기하고|연기하며)"
)
# "곽도현이 변호사 '우진수'를, 채하윤이 검사 '서민정'을 연기한다": actor, a job, the quoted role
_KO_ACTOR_PLAYS_QUOTED = re.compile(
    r"(?<![가-힣])(?P<actor>[가-힣]{2,5}?)(?:이|가)\s+(?:[가-힣]{1,6}\s+){0,3}?['‘\"“](?P<character>[가-힣]{2,5})['’\"”]"
    r"(?:을|를)(?=\s*,|\s*연기)"
)
# "'모순애' 역을 남궁솔비 배우가 맡았는데", "아빠 '기봉팔' 역 하정구 배우가": the quoted role, then its actor
_KO_QUOTED_ROLE_THEN_ACTOR = re.compile(
    r"['‘\"“](?P<character>[가-힣]{2,5})['’\"”]\s*역(?:을|은|는)?\s+(?:배우\s+)?"
    r"(?!맡|연기|출연|열연|소화|선보|캐스팅|합류|확정|제안|위해|통해|으로|로\s)(?P<actor>[가-힣]{2,5}?)"
    r"(?:\s*배우)?(?:이|가|은|는)?(?=\s|,|$)(?!\s*(?:역|분))"
)
# "린이한이 연기하는 열차 승무원 저우칭은": the actor, "who plays", a description, the role
_KO_ACTOR_PLAYING = re.compile(
    r"(?:(?<=배우 )|(?<=신예 )|(?<=신인 )|(?<![가-힣] ))(?<![가-힣])"  # (not a spaced name's last word)
    r"(?P<actor>[가-힣]{2,5}?)(?:이|가)\s*연기하는\s+(?:[가-힣]{1,6}\s+){0,3}?"
    r"(?P<character>[가-힣]{2,5}?)(?:은|는|이|가|의)(?![가-힣])"
)
# "배우 탁여름이 물망에 올라 출연을 논의 중": in talks, not cast
_IN_TALKS = re.compile(r"물망|논의\s*중|검토\s*중|협의\s*중|제안을 받")
_KO_ACTOR_ONLY = re.compile(r"배우\s*(?P<actor>[가-힣]{2,4})(?:이|가|은|는)\s")


_KO_ROLE_ACTOR = re.compile(
    r"['‘\"“](?P<character>[가-힣]{2,5})['’\"”]\s*역(?:은|는|에는)?\s*(?:배우\s*)?(?P<actor>[가-힣]{2,4})(?:이|가)\b|"
    # "'봉미래' 역의 주하나", "서태오 역 맡은 백하진", "'권만복' 역을 맡은 도경춘 배우"
    r"(?<![가-힣])['‘\"“]?(?P<character2>[가-힣]{2,5})['’\"”]?\s*역(?:의|\s*(?:을\s*)?맡은)\s+(?:배우\s+)?"
    r"(?P<actor2>[가-힣]{2,5}?)(?:이|가|은|는|도)?(?![가-힣])"  # (the shortest name its particle ends)
)
# "레나 오코로(루스 벨 역)": a foreign actor and character, written in Hangul with a space
_KO_SPACED_PAREN_ROLE = re.compile(
    r"(?<![가-힣])(?P<actor>(?!배우|주연|조연|출연|특별|신예|아역)[가-힣]{0,3}[가-힣]"
    r"(?<![은는이가을를의와과도에]) [가-힣]{1,5})"  # not "배우 도경만", "주연은 마강혁"
    r"\s*\(\s*"
    r"(?P<character>[가-힣]{1,4}(?: [가-힣]{1,5})?)\s*역\s*\)"
)
# "도하늘(서지안 분)": the character, then the actor "분" (played by) in parentheses, as news writes it
_KO_ROLE_PAREN_ACTOR = re.compile(r"(?P<character>[가-힣]{2,5})\s*\(\s*(?P<actor>[가-힣]{2,4})\s*분\s*\)")
# "마강혁(등대지기 '노인철' 역)": the actor, then a description and the role in parentheses
_KO_PAREN_ROLE = re.compile(
    r"(?P<actor>[가-힣]{2,4})\s*\(\s*(?:[가-힣]+\s+){0,3}['‘\"“]?(?P<character>[가-힣]{2,5})['’\"”]?\s*역\s*\)"
)


# "다모 '연이'(최가온)": a quoted character, then the actor in parentheses
_KO_QUOTED_ROLE_ACTOR = re.compile(
    r"['‘\"“](?P<character>[가-힣]{2,5})['’\"”]\s*\(\s*(?P<actor>[가-힣]{2,4})\s*\)(?!\s*감독)"
)
# "윤세라(극중 이름 차미소)": the actor, then the role "in the story"
_KO_IN_STORY_ROLE = re.compile(
    r"(?P<actor>[가-힣]{2,4})\s*\(\s*극\s*중\s*(?:이름|역|배역)?\s*[:：]?\s*(?P<character>[가-힣]{2,5})\s*\)"
)
# "정우빈이 투자 회사 대표 강서준으로, 윤채아가 요리사 백다온으로 분한다": the role unquoted
_KO_ACTOR_BECOMES_BARE = re.compile(
    r"(?<![가-힣])(?P<actor>[가-힣]{2,4}?)(?:은|는|이|가)\s+(?:[가-힣A-Za-z]+\s+){1,5}?(?P<character>[가-힣]{2,4}?)"
    r"(?:으로|로)(?=\s*,|\s*(?:분했|분한|분해|분하|분할|열연|변신))"
)
# "권하린은 ... 엔지니어 '민지수'로 분했다": the actor, a description, the role, then the verb
_KO_ACTOR_BECOMES = re.compile(
    r"(?<![가-힣])(?P<actor>[가-힣]{2,4}?)(?:은|는|이|가)\s+[^.'‘’\"“”]{0,60}?['‘\"“](?P<character>[가-힣]{2,5})['’\"”]"
    r"(?:으로|로)(?=\s*,|\s*(?:분했|분한|분해|분하|분할|출연|열연|변신|나온|나와|나오))"
)
# The verbs that end such a sentence ("'민지수'로, 석도진은 ... '강철호'로 분했다")
_KO_BECOMES_VERB = re.compile(r"(?:으로|로)\s*(?:분했|분한|분해|분하|분할|출연|열연|변신|나온|나와|나오)")
# "이수로 배우가 특별출연으로": a full Korean name, then "배우"
_KO_NAME_THEN_ACTOR = re.compile(
    r"(?<![가-힣])(?P<actor>[가-힣]{3})\s*배우(?:가|는|도|이|님|의|와|랑|까지)?(?![가-힣])"
)
# "배우 한지우와 서도현이 주연을", "주연은 권하린, 석도진, 남예솔이 맡았다": a list of actors
_KO_ACTOR_LIST = re.compile(
    r"(?:(?:주연|출연)(?:은|으로는|에는|진은|진으로는)\s*|배우\s*)"
    r"(?P<names>[가-힣]{2,4}(?:\s*(?:,|·)\s*[가-힣]{2,4}|(?:와|과)\s+[가-힣]{2,4}){1,6})"
    r"(?=\s*(?:이|가|은|는|등이|등)[\s,])"
)
# "그를 쫓는 강력계 형사 마수정 역 - 엄지유", "배해준 – 도강현 역": list lines of a role and its actor
_KO_ROLE_DASH_ACTOR = re.compile(
    r"(?<![가-힣])['‘]?(?P<character>[가-힣A-Za-z]{1,6}(?: [A-Z])?)['’]?\s*역\s*[-–—:]\s*"
    r"(?P<actor>[가-힣]{2,4})(?![가-힣])"
)
_KO_ACTOR_DASH_ROLE = re.compile(
    r"(?<![가-힣])(?P<actor>[가-힣]{2,4})\s*[-–—]\s*['‘]?(?P<character>[가-힣]{2,6})['’]?\s*역(?![가-힣])"
)
_KO_LEADS_IN = re.compile(
    r"\s*(?:이|가|은|는)\s+(?:주연을\s+|함께\s+)?(?:맡은|출연하는|출연한)\s+['‘\"“](?P<title>[^'’\"”]{1,40})"
)
_KO_LIST_SEPARATOR = re.compile(r"\s*[,·]\s*|(?<=[가-힣])(?:와|과)\s+")


def korean_roles(text: str, offset: int, title: str) -> list[Candidate]:
    found: list[Candidate] = []
    if _IN_TALKS.search(text):
        return found  # a part offered, not taken
    for match in _KO_ACTOR_ONLY.finditer(text):  # "배우 이태오는 이안의 오랜 친구로 분해"
        if match.group("actor") in _NOT_KOREAN_ACTORS:
            continue  # "쉬즈항 배우 전작이": the actor's last work
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
    surnames = hangul_surnames()
    for match in _KO_NAME_THEN_ACTOR.finditer(text):
        actor = match.group("actor")
        if actor in _NOT_KOREAN_ACTORS:
            continue  # "여기에 배우 봉순태가": "in addition", not a name
        if actor[0] in surnames and actor[-1] not in _NOT_KOREAN_NAME_ENDINGS:
            end = offset + match.end("actor")
            found.append(_pair(actor, None, None, end - len(actor), end, "cast.korean_actor", 0.65))
    for match in _KO_ACTOR_LIST.finditer(text):
        names = _KO_LIST_SEPARATOR.split(match.group("names"))
        their_work = _KO_LEADS_IN.match(text, match.end())
        if their_work and _squeezed(their_work.group("title")) != _squeezed(title):
            continue  # "배우 남지오·채유림이 주연을 맡은 '별빛 하숙집'": the cast of another title
        if all(name[0] in surnames for name in names):
            for name in names:
                start = offset + match.start("names") + match.group("names").find(name)
                found.append(_pair(name, None, None, start, start + len(name), "cast.korean_actor", 0.7))
    patterns = [_KO_ACTOR_ROLE, _KO_ROLE_ACTOR, _KO_PAREN_ROLE, _KO_ROLE_PAREN_ACTOR]
    patterns += [_KO_QUOTED_ROLE_ACTOR, _KO_IN_STORY_ROLE, _KO_ROLE_DASH_ACTOR, _KO_ACTOR_DASH_ROLE]
    patterns.append(_KO_SPACED_PAREN_ROLE)
    patterns.append(_KO_ROLE_THEN_DESCRIBED_ACTOR)
    if "연기" in text:
        patterns += [_KO_ROLE_PLAYED_BY, _KO_ACTOR_PLAYING, _KO_ACTOR_PLAYS_QUOTED]
    if "역" in text:
        patterns.append(_KO_QUOTED_ROLE_THEN_ACTOR)
    if _KO_BECOMES_VERB.search(text):
        patterns += [_KO_ACTOR_BECOMES, _KO_ACTOR_BECOMES_BARE]
    spaced = [match.span() for match in _KO_SPACED_PAREN_ROLE.finditer(text)]
    for pattern in patterns:
        for match in pattern.finditer(text):
            if pattern is _KO_PAREN_ROLE and any(start < match.start() < end for start, end in spaced):
                continue  # "오코로(루스 벨 역)" inside "레나 오코로(루스 벨 역)"
            groups = match.groupdict()
            actor = groups.get("actor") or groups.get("actor2")
            character = groups.get("character") or groups.get("character2")
            if not actor or not character or actor in _NOT_KOREAN_ACTORS:
                continue
            if character in _KOREAN_ROLE_NOUNS:
                # "오카베 준이치(할아버지 역)": an actor, a part described
                if pattern is _KO_SPACED_PAREN_ROLE:
                    end = offset + match.end("actor")
                    found.append(_pair(actor, None, None, end - len(actor), end, "cast.korean_actor", 0.7))
                continue  # "오랜 친구로 분해": a part described, not named
            if pattern is _KO_ACTOR_BECOMES_BARE and (actor[0] not in surnames or "역" in character):
                continue  # "비밀을 알아채는 ... 차이준 역으로": a verb, not an actor
            found.append(
                _pair(
                    actor,
                    character,
                    None,
                    offset + match.start(),
                    offset + match.end(),
                    "cast.korean_role_sentence",
                    0.75,
                )
            )
    return found


_NOT_KOREAN_ACTORS = frozenset(
    {"배우", "주연", "조연", "주인공", "출연진", "남주", "여주", "그녀", "그들", "두사람", "이들", "모두"}
    | {"여기에", "이어", "또한", "특히", "이번", "함께", "그리고", "한편", "이밖에", "이외에"}
    | {"거기서", "여기서", "전작", "그때", "당시", "이번엔"}
)
_KOREAN_ROLE_NOUNS = frozenset(
    {"친구", "주인", "어머니", "엄마", "아버지", "아빠", "기사", "형사", "의사", "선생님", "선생", "사장"}
    | {"사장님", "딸", "아들", "남편", "아내", "할머니", "할아버지", "동생", "언니", "오빠", "누나", "형"}
    | {"이모", "삼촌", "회장", "대표", "직원", "학생", "검사", "변호사", "기자", "요리사", "주인공", "악역"}
    | {"조연", "역할", "캐릭터", "영화", "드라마", "작품", "연출", "극본", "각본", "감독", "제작"}
)
# Last syllables of words, not names, that stand before "배우": "연기하는 배우", "출연한 배우"
_NOT_KOREAN_NAME_ENDINGS = frozenset("는던할된의들적")


def _squeezed(title: str) -> str:
    return re.sub(r"[\W_]+", "", title).lower()


def hangul_surnames() -> frozenset[str]:
    return cached("hangul_surnames", lambda: frozenset(str(load_data("names")["hangul_surnames"])))
