"""Runtimes: "70–85 minutes", "1 hr. 10 min.", "2h 16m", "about an hour"; never a timeslot."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewparse.candidates import Candidate, Segment
from reviewparse.extract.context import about_another_work, about_the_work, segment_sentences
from reviewparse.infobox import LabeledValue

_MIN = r"(?:minutes?|mins?\.?|min\b|mn\b|m\b|분|minutos?|menit|′)"
_DURATION = re.compile(
    rf"(?:between\s+|entre\s+|antara\s+)?(?P<lo>\d{{1,3}})\s*(?:–|-|—|to|~|a|hingga|sampai|and|y|dan)\s*"
    rf"(?P<hi>\d{{1,3}})\s*{_MIN}"
    rf"|(?P<h>\d{{1,2}})\s*(?:h|hr|hrs|hours?|heures?|horas?|jam|시간)\.?\s*(?:and\s+)?(?P<m>\d{{1,2}})\s*(?:{_MIN})?(?!\s*(?:am|pm|:))"
    rf"|(?<![\d.])(?P<hours_only>\d(?:\.\d)?|an|one|two)\s*(?:-\s*)?(?:hours?|hrs?)\b(?!\s*(?:later|ago|before|after))"
    rf"|(?P<minutes>\d{{1,3}})\s*{_MIN}",
    re.IGNORECASE,
)
_RUNTIME_CUE = re.compile(
    r"\b(?:run(?:s|ning)?|runtime|run time|duration|long|length|lasts?|lasting|clock(?:s|ing)?|"
    r"each episode|per episode|every episode|episodes? (?:of|are|is|were)|episode length|"
    r"durasi|duración|dura|berdurasi|por episodio|par épisode|tiap episode|per episode|"
    r"분량|러닝\s?타임|상영\s?시간|회당|min\b)",
    re.IGNORECASE,
)
_NOT_RUNTIME_AFTER = re.compile(
    r"^\s*(?:later|ago|into|before|after|earlier|of (?:the|footage|"
    r"screen)|in|left|to spare)\b",
    re.IGNORECASE,
)
_NOT_RUNTIME_BEFORE = re.compile(
    r"(?:first|last|final|opening|closing|every|within|after|"
    r"for|at least|nearly|\d\s{0,2}시)\s*$",  # "오후 9시 50분" is a clock time
    re.IGNORECASE,
)
# "30 capítulos de unos 45 minutos", "16 episodes of about 60 minutes", "20 episode dengan durasi 60 menit"
_EPISODES_OF_MINUTES = re.compile(
    r"\b\d{1,4}\s+(?:episodes?|capítulos|episodios|épisodes)\s+(?:de|of|dengan durasi|berdurasi)\s+"
    r"(?:(?:unos|about|around|roughly|approximately|sekitar|kurang lebih|aproximadamente|alrededor de|"
    r"cerca de|más o menos|environ|~)\s*)?(?P<m>\d{1,3})\s*"
    r"(?:minutes|minutos|menit|min)\b",
    re.IGNORECASE,
)
# "a 97-minute Indonesian comedy", "The 104-minute Kazakh drama": the work's own length
_COMPOUND_MINUTES = re.compile(
    r"\b(?P<m>\d{1,3})-minute\s+(?:[A-Za-z][\w-]{0,20}\s+){0,3}(?:film|movie|drama|documentary|comedy|"
    r"thriller|feature|epic|romance|horror|animation|anime|western|musical|debut|short|episodes)\b",
    re.IGNORECASE,
)  # "with 45-minute episodes" too
# "At 117 minutes, it never drags": "at" opening a clause
_AT_LENGTH = re.compile(
    r"(?:^|[,;:—–(]\s*)at\s+(?:just\s+(?:over|under)\s+|over\s+|under\s+)?$", re.IGNORECASE
)
_N_BY_MINUTES = re.compile(r"\b\d{1,3}\s*[x×]\s*(\d{1,3})\s*(?:min|mn|minutes|'|’|′)?", re.IGNORECASE)
_LEADING_RUNTIME_WORD = re.compile(
    r"^\s*(?:runtime|run time|running time|length|duration|durasi|duración|durée|러닝\s?타임|상영\s?시간)"
    r"\s*[:：-]?\s*(?:approx\.?|about|around|sekitar|unos)?\s*$",
    re.IGNORECASE,
)
_RUNTIME_WORD_BEFORE = re.compile(
    r"\b(?:berdurasi|durasinya|dura|duración de|running time of|runtime of|clocks? in at|"
    r"(?:película|filme|cinta|documental),?\s+de)\s+"  # "La película, de 118 minutos, se proyectará ..."
    r"(?:sekitar|kurang lebih|about|around|unos|apenas|just)?\s*$",
    re.IGNORECASE,
)
_KOREAN_RUNTIME_AFTER = re.compile(r"^\s*(?:의|짜리)?\s*(?:러닝\s?타임|상영\s?시간)")
MAX_MINUTES = 600
_SHORT_LINE = 60
_FACTS_LINE = 160
_ITEM_BEFORE = re.compile(r"(?:^|[·|•])\s*$")
_ITEM_AFTER = re.compile(r"^\s*(?:[·|•]|$)")
_DIGIT_OR_HOUR = re.compile(r"\d|hour", re.IGNORECASE)
_PER_EPISODE = re.compile(
    r"\b(?:per|each|every|an?) episode\b|por episodio|par épisode|tiap episode|회당|"
    r"\beach\s+(?:about|around|roughly|approximately|running|lasting|runs)?\s*(?=\d)|"
    r"\b(?:minutes?|mins?)\s+(?:each|apiece)\b|"
    r"\bcada\s+(?:capítulo|episodio|uno|entrega)\b|\bsetiap\s+episode|\bper\s+episodenya",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Duration:
    low: int
    high: int
    start: int
    end: int


def durations(text: str) -> list[Duration]:
    """Every duration expression in ``text`` with its minutes (low, high)."""
    found: list[Duration] = []
    for match in _DURATION.finditer(text):
        groups = match.groupdict()
        if groups["lo"]:
            low, high = int(groups["lo"]), int(groups["hi"])
        elif groups["h"]:
            low = high = int(groups["h"]) * 60 + int(groups["m"])
        elif groups["hours_only"]:
            token = groups["hours_only"].lower()
            hours = {"an": 1.0, "one": 1.0, "two": 2.0}.get(token) or float(token)
            low = high = int(hours * 60)
        else:
            low = high = int(groups["minutes"])
        if 0 < low <= high <= MAX_MINUTES:
            found.append(Duration(low, high, match.start(), match.end()))
    return found


def _facts_line_item(text: str, before: str, after: str) -> bool:
    """A duration that is one whole item of a short facts line
    ("The Cartographer's Wife (2024) · Drama · Rated R · 1h 52m")."""
    return len(text) <= _FACTS_LINE and bool(_ITEM_BEFORE.search(before)) and bool(_ITEM_AFTER.match(after))


_MINUTES_ONLY = re.compile(rf"^\s*\d{{1,3}}\s*{_MIN}\s*$", re.IGNORECASE)


def extract(segment: Segment, labeled: list[LabeledValue]) -> list[Candidate]:
    found: list[Candidate] = []
    for item in labeled:
        if item.field == "runtime" or (item.field == "episodes" and _MINUTES_ONLY.match(item.value)):
            for duration in durations(item.value)[:1]:  # (a film's "112분" under "회차" too)
                found.append(_candidate(duration, item.start, "runtime.label", 0.95))
    for sentence in segment_sentences(segment):
        text = sentence.text
        if not _DIGIT_OR_HOUR.search(text):
            continue
        about_work = about_the_work(text, segment.title, segment.roundup)
        for duration in durations(text):
            before, after = text[: duration.start], text[duration.end :]
            if _NOT_RUNTIME_AFTER.match(after) or _NOT_RUNTIME_BEFORE.search(before[-15:]):
                continue
            if about_another_work(text, before, segment.title):
                continue
            in_parentheses = before.rstrip().endswith(("(", ",")) and "(" in before[-60:]
            per_episode = bool(_PER_EPISODE.search(text))
            leads_short_line = duration.start == 0 and len(text) <= _SHORT_LINE  # "104 mins  More at IMDb"
            leads_short_line = leads_short_line or _facts_line_item(text, before, after)
            at_length = bool(_AT_LENGTH.search(before))
            worded = bool(_RUNTIME_WORD_BEFORE.search(before[-40:]))  # "film berdurasi 108 menit"
            cued_here = _RUNTIME_CUE.search(text) or worded
            if not (cued_here or in_parentheses or per_episode or leads_short_line or at_length):
                continue
            labelled = at_length or bool(
                _LEADING_RUNTIME_WORD.match(before)
            )  # "러닝타임 118분", "Runtime 1h 58m"
            labelled = labelled or bool(_KOREAN_RUNTIME_AFTER.match(after)) or worded  # "112분의 러닝타임"
            score = 0.8 if about_work or in_parentheses or per_episode or labelled else 0.45
            found.append(_candidate(duration, sentence.start, "runtime.prose", score))
        for match in _EPISODES_OF_MINUTES.finditer(text):
            found.append(_minutes(match, sentence.start, "runtime.episodes_of_minutes"))
        for match in _COMPOUND_MINUTES.finditer(text):
            if not about_another_work(text, text[: match.start()], segment.title):
                found.append(_minutes(match, sentence.start, "runtime.compound"))
        for match in _N_BY_MINUTES.finditer(text):
            minutes = int(match.group(1))
            if 0 < minutes <= MAX_MINUTES:
                start = sentence.start + match.start(1)
                found.append(
                    Candidate(
                        "runtime",
                        (minutes, minutes),
                        start,
                        start + len(match.group(1)),
                        "runtime.n_by_minutes",
                        0.7,
                    )
                )
    return found


def _minutes(match: re.Match[str], offset: int, rule: str) -> Candidate:
    """A runtime of the minutes a pattern's "m" group holds."""
    minutes = int(match.group("m"))
    start = offset + match.start("m")
    return Candidate("runtime", (minutes, minutes), start, start + len(match.group("m")), rule, 0.8)


def _candidate(duration: Duration, offset: int, rule: str, confidence: float) -> Candidate:
    return Candidate(
        "runtime",
        (duration.low, duration.high),
        offset + duration.start,
        offset + duration.end,
        rule,
        confidence,
    )
