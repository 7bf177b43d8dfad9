"""Series or film: counted from the words a segment uses for the work."""

from __future__ import annotations

from collections.abc import Sequence

from reviewparse.candidates import Candidate, Segment
from reviewparse.cues import caseless
from reviewparse.extract.context import segment_sentences
from reviewparse.extract.runtime import durations
from reviewparse.infobox import LabeledValue

_SERIES = caseless(
    r"\b(?:episodes?|series|season|seasons|k-dramas?|kdramas?|drama|dramas|tv show|sitcom|miniseries|"
    r"serie|series|episodios|capítulos|drakor|serial|sinetron|websérie|série|episode)\b|드라마|부작|회차"
)
_FILM = caseless(
    r"\b(?:film|films|movie|movies|cinema|cinemas|theaters|theatres|box office|feature|documentary|"
    r"película|cine|filme|pelicula|documental|documentaire|docu|biopic|director's cut|screenplay|"
    r"big-screen)\b|영화"
)
_STRONG_SERIES = caseless(r"\b(?:\d+\s+episodes|\d+-episode|episodes?\s*:|season \d|series)\b|부작")


def extract(
    segment: Segment, extra_texts: list[tuple[str, int]], labeled: Sequence[LabeledValue] = ()
) -> list[Candidate]:
    feature = _feature_length(labeled)
    if feature is not None:
        return [feature]
    series_score = film_score = 0.0
    texts = [*extra_texts, *((s.text, s.start) for s in segment_sentences(segment))]
    first_series: tuple[int, int] | None = None
    first_film: tuple[int, int] | None = None
    heading = segment.blocks[0] if segment.blocks else None
    for text, offset in texts:
        weight = 3.0 if heading is not None and offset == heading.start and segment.title else 1.0
        lowered = text.lower()
        strong = _STRONG_SERIES.lower if len(lowered) == len(text) else _STRONG_SERIES.folded
        for match in _SERIES.finditer(text, lowered):
            series_score += weight * (2.0 if strong.match(match.string, match.start()) else 1.0)
            if first_series is None:
                first_series = (offset + match.start(), offset + match.end())
        for match in _FILM.finditer(text, lowered):
            film_score += weight
            if first_film is None:
                first_film = (offset + match.start(), offset + match.end())
    total = series_score + film_score
    if not total:
        return []
    margin = abs(series_score - film_score) / total
    confidence = 0.5 + 0.4 * margin
    if series_score > film_score and first_series:
        return [Candidate("kind", "series", *first_series, "kind.series_words", confidence)]
    if film_score > series_score and first_film:
        return [Candidate("kind", "film", *first_film, "kind.film_words", confidence)]
    return []


_FEATURE_MINUTES = 75


def _feature_length(labeled: Sequence[LabeledValue]) -> Candidate | None:
    """An info line's single runtime of feature length and no episode count: a film
    ("Director: X | Starring: Y | Runtime: 118 min")."""
    if any(item.field == "episodes" for item in labeled):
        return None
    for item in labeled:
        if item.field != "runtime":
            continue
        spans = durations(item.value)
        if len(spans) == 1 and spans[0].low == spans[0].high >= _FEATURE_MINUTES:
            return Candidate("kind", "film", item.start, item.end, "kind.feature_runtime", 0.8)
    return None
