"""The work's country, from wording that states it: "K-drama", "Korean drama", "drama coreano"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reviewparse.candidates import Candidate, Segment
from reviewparse.cues import CaselessPattern, caseless, literal_alternation
from reviewparse.datafiles import cached, load_data
from reviewparse.extract.context import segment_sentences
from reviewparse.infobox import LabeledValue
from reviewparse.textutil import FACTS_SEPARATOR, is_menu_line, separates_facts


@dataclass(frozen=True, slots=True)
class _CountryPatterns:
    forms: CaselessPattern
    adjective_before_noun: CaselessPattern
    noun_before_adjective: CaselessPattern
    plural_noun_before_adjective: CaselessPattern
    by_word: dict[str, str]
    names: dict[str, str]


def _build() -> _CountryPatterns:
    data = load_data("countries")
    by_word: dict[str, str] = {}
    forms: list[str] = []
    adjectives: list[str] = []
    for country, words in data["countries"].items():
        for form in words["forms"]:
            by_word[form.lower()] = country
            forms.append(form.lower())
        for adjective in words["adjectives"]:
            by_word[adjective.lower()] = country
            adjectives.append(adjective.lower())

    def alternation(items: list[str]) -> str:
        return literal_alternation([item.lower() for item in items])

    nouns = alternation(data["work_nouns"])
    # "series" is singular too ("series Indonesia ini", "una series coreana" is not Spanish)
    singular_nouns = alternation(
        [noun for noun in data["work_nouns"] if not noun.endswith("s") or noun.endswith("series")]
    )
    return _CountryPatterns(
        # "k-drama", "중드를" (a Korean particle may follow)
        caseless(rf"(?<![\w-])(?P<w>{alternation(forms)})(?:(?![\w])|(?<=[가-힣])(?={_KOREAN_PARTICLE}))"),
        # "Korean romantic drama", "일본 애니메이션 영화"
        caseless(
            rf"(?<![\w-])(?P<w>{alternation(adjectives)})\s*(?:[a-z-]+\s+|[가-힣]{{2,6}}\s+){{0,2}}(?:{nouns})(?![a-z])"
        ),
        # "drama coreano", "comedia romántica coreana": one adjective may come between
        caseless(
            rf"\b(?:{singular_nouns})\s+(?:(?!north|south|norte|utara|selatan)[a-záéíóúñ]{{4,15}}\s+)?"
            rf"(?P<w>{alternation(adjectives)})\b"
        ),
        caseless(rf"\b(?:{nouns})\s+(?P<w>{alternation(adjectives)})\b"),
        by_word,
        {
            **{country.lower(): country for country in data["countries"]},
            # what a "Country:" label may say instead ("Japón", "Corée du Sud", "USA")
            **{
                name: country
                for country, words in data["countries"].items()
                for name in words.get("names", [])
            },
        },
    )


_KOREAN_PARTICLE = r"(?:를|을|는|은|가|이|의|도|로|에서|에|만|까지|와|과)(?![가-힣])"


def country_name(value: str) -> str | None:
    """The canonical country a label value names ("South Korea", "Korea", "Korean")."""
    patterns = cached("countries", _build)
    key = value.strip().strip(".").lower()
    if key in patterns.names:
        return patterns.names[key]
    return patterns.by_word.get(key)


def _plain_country(value: str) -> str | None:
    """A country the data does not list, as a "Country:" label gives it ("Croatia")."""
    words = value.strip().strip(".").split()
    if 1 <= len(words) <= 3 and all(word[:1].isupper() and word.isalpha() for word in words):
        return " ".join(words)
    return None


def extract(
    segment: Segment, extra_texts: list[tuple[str, int]], labeled: Sequence[LabeledValue] = ()
) -> list[Candidate]:
    patterns = cached("countries", _build)
    found: list[Candidate] = []
    for item in labeled:
        if item.field == "country":
            first = re.split(r"[,/;]", item.value)[0]
            country = country_name(first) or _plain_country(first)
            if country:
                found.append(
                    Candidate("country", country, item.start, item.start + len(first), "country.label", 0.95)
                )
    found.extend(_facts_line_countries(segment))
    menus = [(block.start, block.end) for block in segment.blocks if is_menu_line(block.text)]
    texts = [
        (sentence.text, sentence.start)
        for sentence in segment_sentences(segment)
        if not any(start <= sentence.start < end for start, end in menus)  # "Beranda | Drakor | Thai Drama"
    ]
    # A page's headline and intro speak of its works in the plural ("series coreanas");
    # elsewhere a plural is a generalisation ("les films français").
    after_noun = patterns.noun_before_adjective if segment.title else patterns.plural_noun_before_adjective
    for text, offset in [*extra_texts, *texts]:
        lowered = text.lower()
        for pattern, rule in (
            (patterns.forms, "country.form"),
            (patterns.adjective_before_noun, "country.adjective"),
            (after_noun, "country.adjective"),
        ):
            for match in pattern.finditer(text, lowered):
                country = patterns.by_word.get(match.group("w").lower())
                if country:
                    start = offset + match.start("w")
                    found.append(
                        Candidate("country", country, start, start + len(match.group("w")), rule, 0.8)
                    )
    return found


_FACTS_LINE_BLOCKS = 8
_FIELD_PIECES = re.compile(rf"{FACTS_SEPARATOR.pattern}|,\s|\s/\s")
_MAX_FACTS_LINE = 320  # (a review's facts line may list ten fields)


def _facts_line_countries(segment: Segment) -> list[Candidate]:
    """ "Serie · España · Fecha de estreno: 16 de octubre de 2024": a country that is one whole
    field of a facts line near the top of a work's part."""
    found: list[Candidate] = []
    for block in segment.blocks[:_FACTS_LINE_BLOCKS]:
        if len(block.text) > _MAX_FACTS_LINE or "\n" in block.text or not separates_facts(block.text):
            continue
        if is_menu_line(block.text):
            continue
        position = 0
        for field in _FIELD_PIECES.split(block.text):  # "China, 2025 | 1h 52m": the country of "China, 2025"
            index = block.text.find(field, position)
            position = index + len(field)
            country = country_name(field) if len(field) < _MAX_COUNTRY_FIELD else None
            if country:
                start = block.start + index + len(field) - len(field.lstrip())
                found.append(
                    Candidate(
                        "country", country, start, start + len(field.strip()), "country.facts_line", 0.85
                    )
                )
    return found


_MAX_COUNTRY_FIELD = 30
