"""Air dates and years: "aired on tvN from June 20 to August 9, 2020", "Aired: ...", "(2019)"."""

from __future__ import annotations

import re

from reviewparse.candidates import Candidate, Segment
from reviewparse.cues import has_digit, has_hangul
from reviewparse.dates import (
    DateRange,
    find_dates,
    find_month_days,
    find_ranges,
    nearest_year,
    parse_date_text,
)
from reviewparse.extract.context import about_another_work, segment_sentences
from reviewparse.infobox import LabeledValue
from reviewparse.textutil import FACTS_SEPARATOR, phrase_positions

_AIRING_CUE = re.compile(
    r"\b(?:air(?:s|ed|ing)?|aire|broadcast(?:s|ed|ing)?|premier(?:e|es|ed|ing)|release(?:s|d)?|"
    r"releasing|debut(?:s|ed)?|ran|runs|began|begins|start(?:s|ed)? (?:airing|streaming)|"
    r"streaming (?:from|since)|streams? (?:on [\w+. ]{1,20}? )?from|"
    r"hit (?:screens|theaters|theatres)|in theaters|"
    r"(?:came out|opens|opened|will open) in (?:\w+ )?(?:cinemas|theaters|theatres)|"
    r"estren\w*|emiti\w*|emisión|transmiti\w*|tayang|ditayangkan|rilis|dirilis|sortie?|diffus\w*|"
    r"방영|방송|첫 방송|공개|개봉|막을 올|%로 출발)",
    re.IGNORECASE,
)
_END_CUE = re.compile(
    r"\b(?:(?:the\s+)?(?:last|final)\s+episode\s+(?:aired|airs|will air|was released|dropped)|"
    r"ended|concluded|wrapped up|wrapped(?:\s+its\s+run)?|aired\s+its\s+finale|said\s+goodbye|signed\s+off|"
    r"bowed\s+out|(?:until|through|till|with)\s+(?:the\s+)?(?:season\s+|series\s+)?finale|"
    r"(?:el\s+)?último\s+capítulo\s+se\s+(?:emitió|publicó|estrenó)|terminó|finalizó|"
    r"berakhir|episode\s+terakhir\s+tayang|tamat|종영)\b[^.;]{0,15}?(?:on|el|pada|el día)?\s*",
    re.IGNORECASE,
)
_FINAL_EPISODE_BEFORE = re.compile(
    r"\b(?:final|last)\s+episode\b[^.;]{0,80}$|\bfinale\b[^.;]{0,60}$|(?:최종회|마지막\s*회)[^.;]{0,40}$",
    re.IGNORECASE,
)
_PRODUCTION_BEFORE = re.compile(
    r"\b(?:filming|shooting|production|photography|shoot)\s+(?:\w+\s+)?$", re.IGNORECASE
)
_KOREAN_VERB_REACH = 80
_ARRIVAL_BEFORE = re.compile(
    r"\b(?:baru\s+)?(?:masuk|hadir|tersedia)\s+(?:ke\s+|di\s+)?[A-Z][\w+]*(?:\s+[A-Z][\w+]*)?\s+(?:pada|sejak|mulai)\s+$|"
    r"\b(?:was\s+)?added\s+to\s+[A-Z][\w+]*(?:\s+[A-Z][\w+]*)?\s+(?:on|in)\s+$|"
    r"\bllegó\s+a\s+[A-Z][\w+]*(?:\s+[A-Z][\w+]*)?\s+(?:el|en)\s+$"
)
_FIRST_RELEASE = re.compile(
    r"\b(?:lebih dulu|pertama kali|originally|first released|se estrenó originalmente)\b", re.IGNORECASE
)
_PRODUCTION_SENTENCE = re.compile(
    r"\b(?:filming|shooting|principal photography|rodaje|syuting)\b", re.IGNORECASE
)
_NOT_AIRING = re.compile(
    r"\b(?:filming|filmed|shooting|wrapped|script reading|casting|"
    r"announced|published|posted|updated|born)\b",
    re.IGNORECASE,
)
_YEAR_PHRASES = (
    re.compile(
        r"\b(?:this|the|a|an)\s+((?:19|20)\d\d)\s+(?:[a-z-]+\s+){0,4}"
        r"(?:drama|series|film|movie|k-drama|show|thriller|comedy|romance|documentary)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\bin the year (?:of )?((?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(
        r"\b(?:air|aired|airs|release[sd]?|premiere[sd]?|slated|set(?=\s+(?:to|for)\b)|scheduled|debut\w*)\s+"
        r"(?:to\s+(?:air|premiere|release)\s+)?(?:in|for)\s+(?:the\s+)?(?:(?:first|second|"
        r"early|late|mid|latter|former)\s+(?:half\s+|quarter\s+|part\s+)?(?:of\s+)?)?"
        r"((?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:movie|film|drama|series|show)s? of ((?:19|20)\d\d)\b", re.IGNORECASE),
)


def extract(segment: Segment, labeled: list[LabeledValue]) -> list[Candidate]:
    found: list[Candidate] = []
    for item in labeled:
        if item.field == "aired":
            ranges = find_ranges(item.value, item.start)
            if ranges:
                found.extend(_range_candidates(ranges[0], "aired.label", 0.95))
            else:
                iso = parse_date_text(item.value, segment.languages)
                if iso:
                    found.append(
                        Candidate("aired_start", iso, item.start, item.end, "aired.label_dateparser", 0.8)
                    )
            found.extend(_year_only(item.value, item.start, "year.aired_label", 0.7))
        elif item.field == "year":
            found.extend(_year_only(item.value, item.start, "year.label", 0.9))
    if segment.heading_year and segment.heading_year_span:
        start, end = segment.heading_year_span
        found.append(Candidate("year", segment.heading_year, start, end, "year.heading", 0.9))
    found.extend(_premiere_without_year(segment))
    found.extend(_heading_date(segment))
    found.extend(_air_dates_without_year(segment, segment.page_date))
    found.extend(_same_month_dates(segment))
    title = segment.title if len(segment.title) >= _MIN_TITLE_CHARS else ""
    for sentence in segment_sentences(segment):
        text = sentence.text
        if not has_digit(text):
            continue  # every date and year below is written in digits
        # "The Cartographer's Wife (2024) · Drama · 1h 52m": the work's own title, then its year
        for position in phrase_positions(text, title, ignore_case=True) if title else ():
            match = _YEAR_AFTER_TITLE.match(text, position + len(title))
            if match:
                start = sentence.start + match.start("y")
                found.append(
                    Candidate("year", int(match.group("y")), start, start + 4, "year.title_parenthesis", 0.8)
                )
        cue = _AIRING_CUE.search(text)
        if (
            cue
            and not _NOT_AIRING.search(text[: cue.start()])
            and not about_another_work(text, text[: cue.start()], segment.title)
        ):
            for date_range in find_ranges(text, sentence.start)[:1]:
                date_at = date_range.start.start - sentence.start
                # Korean puts the verb last: "2025년 2월 1일부터 3월 9일까지 JTBC에서 ... 방송된"
                verb_after = has_hangul(text) and 0 <= cue.start() - date_at <= _KOREAN_VERB_REACH
                if date_at < cue.start() - 40 and not verb_after:
                    continue
                before_date = text[: date_range.start.start - sentence.start]
                if _ARRIVAL_BEFORE.search(before_date[-50:]):
                    continue  # "baru masuk Netflix Indonesia pada Januari 2025": it reached a service
                iso = date_range.start.iso()
                if date_range.end is None and iso and _FINAL_EPISODE_BEFORE.search(before_date):
                    # "the 16th and final episode ..., broadcast on Sunday, March 17, 2024": its end
                    mention = date_range.start
                    found.append(Candidate("aired_end", iso, mention.start, mention.end, "aired.prose", 0.75))
                    continue
                # "lebih dulu dirilis di Korea Selatan pada 3 Desember 2025": the first release, over
                # a later one in the reader's country ("tayang di bioskop Indonesia mulai 14 Januari")
                first = _FIRST_RELEASE.search(text) is not None
                found.extend(_range_candidates(date_range, "aired.prose", 0.85 if first else 0.75))
        for end_cue in _END_CUE.finditer(text):
            if _PRODUCTION_BEFORE.search(text, max(0, end_cue.start() - 30), end_cue.start()):
                continue  # "filming wrapped on May 3"
            if _PRODUCTION_SENTENCE.search(text, 0, end_cue.start()):
                continue  # "Filming began the following month and wrapped in late October"
            for mention in find_dates(
                text[end_cue.end() : end_cue.end() + 60], sentence.start + end_cue.end()
            )[:1]:
                iso = mention.iso()
                if iso:
                    found.append(Candidate("aired_end", iso, mention.start, mention.end, "aired.prose", 0.75))
        for pattern in _YEAR_PHRASES:
            for match in pattern.finditer(text):
                start = sentence.start + match.start(1)
                found.append(Candidate("year", int(match.group(1)), start, start + 4, "year.phrase", 0.6))
    return found


_PREMIERES_ON = re.compile(
    r"\b(?:premieres?|premiering|debuts?|airs|starts|estrena|tayang)\s+(?:on\s+)?(?P<date>(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2})\b",
    re.IGNORECASE,
)
_HEADLINE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # "2024년" too


def _premiere_without_year(segment: Segment) -> list[Candidate]:
    """ "Spring Rain Bakery (tvN, premieres March 1)" under "Every new K-drama premiering in
    March 2025": the headline's one year completes the date."""
    if not segment.roundup or not segment.blocks:
        return []
    years = set(_HEADLINE_YEAR.findall(segment.headline))
    match = _PREMIERES_ON.search(segment.blocks[0].text)
    if len(years) != 1 or match is None:
        return []
    year = years.pop()
    mentions = find_dates(f"{match.group('date')}, {year}")
    if not mentions or mentions[0].iso() is None or mentions[0].day is None:
        return []
    start = segment.blocks[0].start + match.start("date")
    end = segment.blocks[0].start + match.end("date")
    iso = mentions[0].iso()
    return [
        Candidate("aired_start", iso, start, end, "aired.premiere_headline_year", 0.7),
        Candidate("year", int(year), start, end, "year.premiere_headline_year", 0.6),
    ]


# "premiered on January 27", "Premieres Friday, June 14", "aired its final episode on Sunday, March 17"
_WEEKDAY = (
    r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"senin|selasa|rabu|kamis|jumat|sabtu|minggu),?\s+)?"
)
_YEARLESS_START = re.compile(
    r"\b(?:premier(?:e|es|ed)|debut(?:s|ed)?|arrives?|arrived|starts? streaming|first aired|"
    r"(?:starts?|started|starting|begins?|began)(?:\s+airing)?|se estren(?:a|ó|ará)|estreno|tayang perdana)"
    r"(?:\s+(?:on|in)\s+[A-Z][\w+&-]*(?:\s+[A-Z0-9][\w+&-]*){0,2})?"  # "premiered on iQIYI on March 12"
    r"(?:\s+(?:on|el|pada))?\s+" + _WEEKDAY + r"$",
    re.IGNORECASE,
)
_YEARLESS_END = re.compile(
    r"\b(?:(?:aired|airs|broadcast)\s+its\s+(?:final|last)\s+episode|ended|concluded|wraps? up|wrapped up|"
    r"(?:final|last)\s+episode\s+(?:aired|airs)|(?:aired|airs|aires)\s+its\s+finale|wrapped(?:\s+its\s+run)?|"
    r"said goodbye|signed off|bowed out|(?:the\s+)?finale(?:\s+(?:is|was))?(?:\s+(?:set|scheduled|slated))?|"
    r"terminó|terminará|finalizó|finalizará|concluyó|concluirá|berakhir|tamat)"
    r"(?:\s+(?:on|for|el|pada))?\s+" + _WEEKDAY + r"$",
    re.IGNORECASE,
)


# "12월 1일 오후 10시 첫 방송": Korean puts the verb after the date
_FULL_DATE = 10
_KOREAN_START_AFTER = re.compile(
    r"^\s*(?:(?:오전|오후|밤)\s*\d{1,2}\s*시(?:\s*\d{1,2}\s*분)?\s*)?(?:에\s*)?"
    # "4.3%로 출발한": started with a rating
    r"(?:첫\s*방송|첫방|첫\s*공개|방송을 시작|공개|개봉|(?:\d{1,2}(?:\.\d{1,2})?\s?%로\s*)?출발)"
)
_KOREAN_END_AFTER = re.compile(
    r"^\s*(?:에\s*)?(?:(?:[\d가-힣]+\s+){0,2}(?:종영|막을 내|끝으로|대단원|마무리|마쳤|마친)|까지)"
)
_KOREAN_FROM_AFTER = re.compile(r"^\s*(?:부터|에서)")
_KOREAN_AIR_WORD = re.compile(r"방영|방송|종영|막을 내")


def _air_dates_without_year(segment: Segment, page_date: str | None) -> list[Candidate]:
    """Month-day air dates with no year, in the year that puts them nearest the page's date,
    or the date the sentence gave before them ("2024년 8월 3일에 첫 방송을 시작해서 9월 22일에
    막을 내렸다")."""
    found: list[Candidate] = []
    for sentence in segment_sentences(segment):
        text = sentence.text
        if not has_digit(text):
            continue
        dated = [full for full in find_dates(text) if full.year] if _HEADLINE_YEAR.search(text) else []
        for mention in find_month_days(text):
            if any(full.start <= mention.start < full.end for full in dated):
                continue  # the month and day of a date written in full
            earlier = [full for full in dated if full.end <= mention.start and full.year and full.month]
            # "Se estrenó el 2 de octubre y terminó el 5 de diciembre de 2023": the year comes after
            later = [full for full in dated if full.start > mention.start and full.year and full.day]
            reference = earlier[-1].iso() if earlier else later[0].iso() if later else page_date
            if reference is None or len(reference) < _FULL_DATE:
                continue
            before = text[max(0, mention.start - 45) : mention.start]
            after = text[mention.end : mention.end + 20]  # Korean says it after: "12월 1일 오후 10시 첫 방송"
            # "10월 5일부터 11월 10일까지 방영한": Korean marks a range's ends after its dates
            korean_from = (
                _KOREAN_FROM_AFTER.match(after) is not None and _KOREAN_AIR_WORD.search(text) is not None
            )
            starts = _YEARLESS_START.search(before) or _KOREAN_START_AFTER.match(after) or korean_from
            field = "aired_start" if starts else None
            field = field or (
                "aired_end" if _YEARLESS_END.search(before) or _KOREAN_END_AFTER.match(after) else None
            )
            if field is None or about_another_work(text, text[: mention.start], segment.title):
                continue
            iso = nearest_year(mention, reference).iso()
            if earlier and iso and iso < reference:
                continue  # "from 2024-12-20 ... to January 5" is read by the range rules
            if iso:
                start, end = sentence.start + mention.start, sentence.start + mention.end
                found.append(Candidate(field, iso, start, end, "aired.page_year", 0.6))
    return found


def _same_month_dates(segment: Segment) -> list[Candidate]:
    """ "같은 달 17일 개봉한 이 영화": the 17th of the month the story last dated in full
    ("2025년 12월 10일 개봉한 ..."), a few sentences before."""
    found: list[Candidate] = []
    for sentence in segment_sentences(segment):
        for match in _SAME_MONTH_DAY.finditer(sentence.text):
            if not _KOREAN_START_AFTER.match(sentence.text[match.end() :]):
                continue
            start = sentence.start + match.start()
            earlier = segment.document.text[max(0, start - _SAME_MONTH_REACH) : start]
            dated = [m for m in find_dates(earlier) if m.year and m.month]
            if not dated:
                continue
            day = int(match.group("d"))
            iso = f"{dated[-1].year:04d}-{dated[-1].month:02d}-{day:02d}"
            found.append(
                Candidate("aired_start", iso, start, sentence.start + match.end(), "aired.same_month", 0.6)
            )
    return found


_SAME_MONTH_DAY = re.compile(r"같은\s*달\s*(?P<d>[1-9]|[12]\d|3[01])일")
_SAME_MONTH_REACH = 2000


def _heading_date(segment: Segment) -> list[Candidate]:
    """A roundup item's heading that dates the work: "1) Lluvia sobre Mokpo — Kim Do-hyun —
    19 de febrero de 2025", "Paper Crane Hotel (Netflix, June 14, 2024)"."""
    if not segment.roundup or not segment.blocks or len(segment.blocks[0].text) > _HEADING_DATE_LINE:
        return []
    # the heading, or the line of facts right under it ("SBS · May 2, 2025 · 12 episodes")
    lines = [segment.blocks[0]] + [b for b in segment.blocks[1:2] if FACTS_SEPARATOR.search(b.text)]
    for line in lines:
        if len(line.text) > _HEADING_DATE_LINE:
            continue
        for mention in find_dates(line.text, line.start)[:1]:
            iso = mention.iso()
            if iso and mention.month is not None:
                return [Candidate("aired_start", iso, mention.start, mention.end, "aired.heading_date", 0.65)]
    return []


_HEADING_DATE_LINE = 120


_YEAR_AFTER_TITLE = re.compile(r"[\"”’']?\s{0,2}\((?P<y>(?:19|20)\d\d)\)")
_MIN_TITLE_CHARS = 4


def _range_candidates(date_range: DateRange, rule: str, confidence: float) -> list[Candidate]:
    result: list[Candidate] = []
    start_iso = date_range.start.iso()
    if start_iso:
        result.append(
            Candidate(
                "aired_start",
                start_iso,
                date_range.start.start,
                date_range.start.end,
                rule,
                confidence,
            )
        )
    if date_range.end is not None:
        end_iso = date_range.end.iso()
        if end_iso and start_iso and end_iso >= start_iso:
            result.append(
                Candidate("aired_end", end_iso, date_range.end.start, date_range.end.end, rule, confidence)
            )
    return result


def _year_only(text: str, offset: int, rule: str, confidence: float) -> list[Candidate]:
    match = re.search(r"\b(19\d\d|20\d\d)\b", text)
    if not match:
        return []
    return [
        Candidate(
            "year",
            int(match.group(1)),
            offset + match.start(1),
            offset + match.end(1),
            rule,
            confidence,
        )
    ]
