"""Episode counts: "Episodes: 16", "a total of 16 episodes", "the 12-episode series", "16부작"."""

from __future__ import annotations

import re

from reviewparse.candidates import Candidate, Segment
from reviewparse.cues import cued
from reviewparse.extract.context import about_another_work, about_the_work, segment_sentences
from reviewparse.infobox import LabeledValue

MAX_EPISODES = 2000
_FIRST_NUMBER = re.compile(r"\d{1,4}")
_PROSE = (
    (
        cued(
            r"\b(?:a total of|total of|in total|ran for|runs? for|running for|consists? of|spans?|"
            r"spanning|across|over|comprising|with|has|had|have|of|runs|ran|is)\s+(\d{1,4})\s+(?:episodes|eps)\b",
            ("episodes", "eps"),
            re.IGNORECASE,
        ),
        "episodes.total",
        0.85,
    ),
    (
        cued(
            r"\b(\d{1,4})[- ](?:episodes?|part)\s+(?:\S+\s+)?"
            r"(?:series|drama|show|run|season|k-drama|miniseries|thriller|comedy|mystery|romance|documentary|"
            r"anthology|saga|adaptation)",
            ("episode", "part"),
            re.IGNORECASE,
        ),
        "episodes.compound",
        0.8,
    ),
    (
        cued(
            r"\b(?:a|an|the|this|its|his|her|their|[A-Z][\w+]{1,12}['’]s)\s+(\d{1,4})-episode\b",
            ("episode",),
            re.IGNORECASE,
        ),
        "episodes.article_compound",
        0.8,
    ),
    (
        cued(
            r"\b(?:all|its|todos los|todas las|sus|seluruh|semua|tous les)\s+(\d{1,4})\s+"
            r"(?:episodes|eps|episodios|capítulos|episode|épisodes)\b",
            ("all", "its", "todos", "todas", "sus", "seluruh", "semua", "tous"),
            re.IGNORECASE,
        ),
        "episodes.all",
        0.8,
    ),
    (
        cued(
            r"\b(?:terdiri (?:dari|atas)|sebanyak|berjumlah|dengan total|total)\s+(\d{1,4})\s+episode\b",
            ("terdiri", "sebanyak", "berjumlah", "total"),
            re.IGNORECASE,
        ),
        "episodes.total_indonesian",
        0.85,
    ),
    (  # "This week: Episodes 5 & 6 (of 16)"
        cued(
            r"\b(?:episodes?|eps?\.?)\s+\d{1,4}(?:\s*(?:&|and|,|-|–|to)\s*\d{1,4})*\s*\(\s*of\s+(\d{1,4})\s*\)",
            ("of",),
            re.IGNORECASE,
        ),
        "episodes.of_total",
        0.85,
    ),
    (cued(r"(?<![\d+])(\d{1,4})\s*부작", ("부작",)), "episodes.korean", 0.85),
    (cued(r"총\s*(\d{1,4})\s*(?:부|회|편)", ("총",)), "episodes.korean_total", 0.85),
    (
        cued(
            r"\b(\d{1,4})\s+(?:episodios|capítulos|épisodes)\b",
            ("episodios", "capítulos", "épisodes"),
            re.IGNORECASE,
        ),
        "episodes.foreign",
        0.7,
    ),
    (
        cued(
            r"\b(\d{1,4})\s+(?:episodes?|eps)\b(?!\s+(?:in|into|left|later|ago|before|after|of season)\b)",
            ("episode", "eps"),
            re.IGNORECASE,
        ),
        "episodes.count",
        0.6,
    ),
)
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:first|last|final|next|previous|opening|initial|early|later|remaining|two of the|few|"
    r"special|bonus|\+|plus|extra|every|of the|these|those|watched|watching|after|"
    # "For six episodes it is very good" (not "run for 10 episodes")
    r"(?:^|[,;]\s*|\b(?:and|but|only)\s+)for|"
    r"(?:después|despues|antes) de|tras|setelah|sesudah|sebelum|primeros|primeras|últimos|pertama)\s*$",
    re.IGNORECASE,
)
# "whose previous weekend drama ran for 100 episodes": a count of someone's earlier work
_EARLIER_WORK = re.compile(
    r"\b(?:whose|his|her|their)\s+(?:previous|last|earlier|prior|former)\b[^.;,]{0,40}$", re.IGNORECASE
)
_EPISODES_BY_MINUTES = cued(
    r"\b(\d{1,3})\s*[x×]\s*\d{1,3}\s*(?:min|mn|minutes|'|’|′)?", ("x", "×"), re.IGNORECASE
)


_COUNTERFACTUAL_AFTER = re.compile(
    r"^\s*(?:en lugar de|en vez de|instead of|rather than|bukannya)\b", re.IGNORECASE
)
_DEMONSTRATIVE_AFTER = re.compile(r"^\s+(ini|itu|tersebut)\b", re.IGNORECASE)
_THAT = frozenset({"itu", "tersebut"})
_COUNT_HINT = re.compile(r"\d|episod|épisod|capítulo|부작", re.IGNORECASE)
_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "twenty": 20,
    "twenty-four": 24,
    "thirty": 30,
    "thirty-two": 32,
    "forty": 40,
    "fifty": 50,
    # Spanish
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciséis": 16,
    "dieciseis": 16,
    "veinte": 20,
    "veinticuatro": 24,
    "treinta": 30,
    # Indonesian
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "dua belas": 12,
    "enam belas": 16,
    "dua puluh": 20,
}
_ALL_WORD_COUNT = cued(
    r"\b(?:all|todos los|todas las|seluruh|semua)\s+(?P<n>"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")[- ](?:episodes?|episodios|capítulos|episode)\b",
    ("all", "todos", "todas", "seluruh", "semua"),
    re.IGNORECASE,
)
_WORD_COUNT = cued(
    r"\b(?:is|are|was|has|had|have|runs?|ran|spans?|of|with|across|over|just|only|all|total of|for|its|"
    r"tiene|tuvo|consta de|con|de|sus|los|solo|sólo|dengan|dari|sebanyak|hanya|total)\s+"
    r"(?P<n>" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")[- ]"
    r"(?:episodes?|episodios|capítulos|épisodes)\b"
    r"(?!\s+(?:in|into|later|ago|left|new|more|baru|lagi|tambahan|nuevos|nuevas|más|each|per|setiap|"
    r"on\s+(?:launch|day|premiere|the\s+first)|at\s+(?:launch|once|a\s+time)|a\s+week|weekly|upfront|up\s+front|"
    r"then)\b)",  # "with two episodes on launch day"
    ("episode", "episodio", "capítulo", "épisode"),
    re.IGNORECASE,
)

# "this eight-part American thriller", "a six-episode miniseries"
_WORD_PART = cued(
    r"\b(?:a|an|the|this|its)\s+(?P<n>" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")-"
    r"(?:part|episode)\s+(?:[\w-]+\s+){0,2}(?:series|drama|show|miniseries|thriller|comedy|mystery|romance|"
    r"documentary|anthology|saga|adaptation)\b",
    ("part", "episode"),
    re.IGNORECASE,
)


_LENGTH_VALUE = re.compile(r"^\s*\d{1,3}\s*(?:분|min\b|mins\b|minutes|minutos|menit)", re.IGNORECASE)


def extract(segment: Segment, labeled: list[LabeledValue]) -> list[Candidate]:
    found: list[Candidate] = []
    for item in labeled:
        if item.field != "episodes" or _LENGTH_VALUE.match(item.value):
            continue  # (a film's "112분" in a table's "회차" column is its length)
        match = _FIRST_NUMBER.search(item.value)
        if match and 0 < int(match.group(0)) <= MAX_EPISODES:
            start = item.start + match.start()
            found.append(
                Candidate(
                    "episodes",
                    int(match.group(0)),
                    start,
                    start + len(match.group(0)),
                    "episodes.label",
                    0.95,
                )
            )
    for sentence in segment_sentences(segment):
        text = sentence.text
        if not _COUNT_HINT.search(text):
            continue
        lowered = text.lower()
        about_work = about_the_work(text, segment.title, segment.roundup)
        for pattern, rule, confidence in _PROSE:
            for match in pattern.finditer(text, lowered):
                before = text[: match.start(1)]
                if _NOT_A_COUNT_BEFORE.search(before[-25:]):
                    continue
                if about_another_work(text, before, segment.title) or _EARLIER_WORK.search(before):
                    continue
                count = int(match.group(1))
                if not 0 < count <= MAX_EPISODES:
                    continue
                if _COUNTERFACTUAL_AFTER.match(text[match.end() :]):
                    continue  # "Con 12 episodios en lugar de 16": a wish, not the count
                demonstrative = _DEMONSTRATIVE_AFTER.match(text[match.end() :])
                if demonstrative and demonstrative.group(1).lower() in _THAT:
                    continue  # Indonesian "Drama 50 episode itu": that (other) drama
                score = confidence if about_work else confidence - 0.2
                if demonstrative:
                    score = max(score, 0.8)  # "Drakor 16 episode ini": this drama
                found.append(
                    Candidate(
                        "episodes",
                        count,
                        sentence.start + match.start(1),
                        sentence.start + match.end(1),
                        rule,
                        score,
                    )
                )
        for match in _ALL_WORD_COUNT.finditer(text, lowered):  # "finished all ten episodes in two sittings"
            count = _NUMBER_WORDS[match.group("n").lower()]
            start = sentence.start + match.start("n")
            found.append(
                Candidate("episodes", count, start, start + len(match.group("n")), "episodes.all_words", 0.8)
            )
        for match in _WORD_PART.finditer(text, lowered):
            if about_another_work(text, text[: match.start()], segment.title):
                continue
            count = _NUMBER_WORDS[match.group("n").lower()]
            start = sentence.start + match.start("n")
            found.append(
                Candidate("episodes", count, start, start + len(match.group("n")), "episodes.word_part", 0.75)
            )
        for match in _WORD_COUNT.finditer(text, lowered):
            before = text[: match.start("n")]
            if _NOT_A_COUNT_BEFORE.search(before[-25:]) or about_another_work(text, before, segment.title):
                continue
            count = _NUMBER_WORDS[match.group("n").lower()]
            found.append(
                Candidate(
                    "episodes",
                    count,
                    sentence.start + match.start("n"),
                    sentence.start + match.end("n"),
                    "episodes.words",
                    0.7 if about_work else 0.5,
                )
            )
        for match in _EPISODES_BY_MINUTES.finditer(text, lowered):
            count = int(match.group(1))
            if 1 < count <= MAX_EPISODES:
                found.append(
                    Candidate(
                        "episodes",
                        count,
                        sentence.start + match.start(1),
                        sentence.start + match.end(1),
                        "episodes.n_by_minutes",
                        0.6,
                    )
                )
    return found
