"""Finding dates and date ranges in text, with offsets.

Our own patterns find the candidates (fast, and they give offsets); month names come
from ``data/months.json`` in every language the pages use. Strings our patterns find
but cannot read go to dateparser, restricted to the page's languages and to absolute
dates. Ranges use our own grammar: the end's year carries to the start, and a start
that would fall after the end moves a year back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reviewparse.cues import literal_alternation
from reviewparse.datafiles import cached, load_data

_AMBIGUOUS_LOWER_MONTHS = frozenset({"may", "mar", "ago", "des", "dec", "jun", "mai", "jan"})
_RANGE_GAP = re.compile(
    r"^\s*(?:[-–—~〜]|to|until|till|through|thru|and|a|al|y|hasta|hingga|sampai(?:\s+dengan)?|dan|et|"
    r"s/d|sd|au|bis|à|ate|até|부터|에서)\s*(?:the\s+|el\s+|le\s+)?$",
    re.IGNORECASE,
)
_YEAR_OR_KOREAN_DATE = re.compile(r"(?:19|20)\d\d|\d\s*월")
MIN_YEAR = 1900
MAX_YEAR = 2100


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as written: any of year, month, day may be missing."""

    year: int | None
    month: int | None
    day: int | None
    start: int
    end: int

    def iso(self) -> str | None:
        """``YYYY-MM-DD`` or ``YYYY-MM``; None without a year and month."""
        if self.year is None or self.month is None:
            return None
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def key(self) -> tuple[int, int, int]:
        return (self.year or 0, self.month or 0, self.day or 0)


@dataclass(frozen=True, slots=True)
class DateRange:
    start: DateMention
    end: DateMention | None


class _DatePatterns:
    def __init__(self) -> None:
        months: dict[str, int] = {
            key: value for key, value in load_data("months").items() if not key.startswith("_")
        }
        self.months = months
        names = literal_alternation(list(months))  # a trie: one comparison per letter, not per name
        mon = rf"(?P<mon>{names})\.?"
        day = r"(?P<day>[0-3]?\d)(?:\s?(?:st|nd|rd|th|er|º)(?![a-z]))?"  # not "7 through"
        year = r"(?P<year>(?:19|20)\d\d)"
        self.patterns = [
            # a year may end a clause ("... de 2023: son 16 episodios"); a day may not start a time
            re.compile(rf"\b{mon}\s+{day}(?:[,.]?\s*{year}(?!\d)|(?![\d:]))", re.IGNORECASE),
            re.compile(
                rf"\b{day}\s*(?:de\s+|\.\s*)?{mon}(?:,?\s*(?:de(?:l)?\s+)?{year}(?!\d)|(?![\d:]))",
                re.IGNORECASE,
            ),
            re.compile(rf"\b{mon},?\s+(?:de\s+|of\s+)?{year}\b", re.IGNORECASE),
            re.compile(r"\b(?P<year>(?:19|20)\d\d)[-./](?P<month>[01]?\d)[-./](?P<day>[0-3]?\d)(?!\d)"),
            # "2023-Apr-08", as some blog engines write it
            re.compile(rf"\b{year}[-/ ]{mon}[-/ ](?P<day>[0-3]?\d)\b", re.IGNORECASE),
            # Korean blogs: "2022. 12. 3."
            re.compile(r"\b(?P<year>(?:19|20)\d\d)\.\s(?P<month>[01]?\d)\.\s(?P<day>[0-3]?\d)\.(?!\d)"),
            # From here on, patterns need "월" (month) in the text.
            re.compile(
                r"(?P<year>(?:19|20)\d\d)\s*년\s*(?P<month>[01]?\d)\s*월(?:\s*(?P<day>[0-3]?\d)\s*일)?"
            ),
            re.compile(r"(?<!\d)(?P<month>[01]?\d)\s*월\s*(?P<day>[0-3]?\d)\s*일"),
        ]
        self.korean_from = len(self.patterns) - 2
        # "08/01/2025", "(14/4/2025)": day first, as most of the world writes it, unless the
        # second number cannot be a month ("03/14/2024"). Read only where a page dates itself:
        # in running text such a date is as often an episode's or a local release's.
        self.slashed = re.compile(
            r"(?<![\d/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?![\d/])"
        )


def _patterns() -> _DatePatterns:
    return cached("dates", _DatePatterns)


def month_names() -> frozenset[str]:
    """Every month name and abbreviation the date patterns read, lower-case."""
    return frozenset(_patterns().months)


def find_dates(text: str, offset: int = 0, *, slashed: bool = False) -> list[DateMention]:
    """Every date mention in ``text``, left to right, overlaps resolved longest-first
    (``slashed``: "08/01/2025" too, for a page's own dateline)."""
    if not _YEAR_OR_KOREAN_DATE.search(text):
        return []  # a date without a year anywhere near it is never used: skip the patterns
    table = _patterns()
    found: list[DateMention] = []
    korean = "월" in text
    patterns = table.patterns if korean else table.patterns[: table.korean_from]
    for pattern in [*patterns, table.slashed] if slashed and "/" in text else patterns:
        for match in pattern.finditer(text):
            mention = _mention(match, table.months, offset)
            if mention is not None:
                found.append(mention)
    found.sort(key=lambda item: (item.start, -(item.end - item.start)))
    result: list[DateMention] = []
    for mention in found:
        if result and mention.start < result[-1].end:
            continue
        result.append(mention)
    return result


def _mention(match: re.Match[str], months: dict[str, int], offset: int) -> DateMention | None:
    groups = match.groupdict()
    month: int | None
    if groups.get("mon"):
        token = groups["mon"]
        if token.lower() in _AMBIGUOUS_LOWER_MONTHS and token.islower():
            return None
        month = months.get(token.lower())
    elif groups.get("a"):
        first, second = int(groups["a"]), int(groups["b"])
        month, groups["day"] = (first, groups["b"]) if second > 12 else (second, groups["a"])
    else:
        month = int(groups["month"]) if groups.get("month") else None
    day = int(groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    if month is None or not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if day is None and year is None:
        return None
    return DateMention(year, month, day, offset + match.start(), offset + match.end())


def find_ranges(text: str, offset: int = 0) -> list[DateRange]:
    """Dates in ``text`` grouped into ranges ("June 20 to August 9, 2020") and singles."""
    mentions = find_dates(text, offset)
    ranges: list[DateRange] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        if index + 1 < len(mentions):
            second = mentions[index + 1]
            gap = text[first.end - offset : second.start - offset]
            if _RANGE_GAP.match(gap):
                ranges.append(_complete_range(first, second))
                index += 2
                continue
        shared = _day_before(text, first, offset) or _month_before(text, first, offset)
        if shared is not None:
            ranges.append(DateRange(shared, first))  # "del 3 al 28 de junio de 2024", "April to June 2023"
        else:
            ranges.append(_day_after(text, first, offset) or DateRange(first, None))
        index += 1
    return ranges


# "June 3 to 28, 2024", "2023.10.07 ~ 11.26": an end that names only what changed
_THEN_DAY_AND_YEAR = re.compile(
    r"\s*(?:–|-|—|~|to|until|till|through|thru)\s*(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_THEN_MONTH_AND_DAY = re.compile(r"\s*[~–-]\s*(?P<month>[01]?\d)[./](?P<day>[0-3]?\d)(?![\d]|\.\d)")


def _day_after(text: str, mention: DateMention, offset: int) -> DateRange | None:
    if mention.day is None or mention.month is None:
        return None
    position = mention.end - offset
    if mention.year is None:
        match = _THEN_DAY_AND_YEAR.match(text, position)
        if match is None or not mention.day < int(match.group("day")) <= 31:
            return None
        year = int(match.group("year"))
        day = int(match.group("day"))
        end = DateMention(year, mention.month, day, offset + match.start("day"), offset + match.end())
        return DateRange(replace(mention, year=year), end)
    written = text[mention.start - offset : position]
    if not written[:4].isdigit():
        return None  # only the all-numeric "2023.10.07" form shortens its end so
    numeric = _THEN_MONTH_AND_DAY.match(text, position)
    if numeric is None:
        return None
    month, day = int(numeric.group("month")), int(numeric.group("day"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    end = DateMention(mention.year, month, day, offset + numeric.start("month"), offset + numeric.end())
    if end.key() < mention.key():
        end = replace(end, year=(mention.year or 0) + 1)
    return DateRange(mention, end)


# "3–28 June 2024", "del 3 al 28 de junio de 2024": a start day that shares the end's month
# and year
_DAY_THEN_GAP = re.compile(
    r"(?<![\d.])(?P<day>[0-3]?\d)\s*(?:–|-|—|~|to|until|till|through|al|a|hingga|sampai|au)\s*$",
    re.IGNORECASE,
)


_NUMBERED_BEFORE = re.compile(
    r"(?:episodes?|ep\.?|no\.?|#|chapter|cap[íi]tulo|part|vol\.?)\s*$", re.IGNORECASE
)


def _day_before(text: str, mention: DateMention, offset: int) -> DateMention | None:
    if mention.day is None or mention.month is None:
        return None
    before = text[max(0, mention.start - offset - 16) : mention.start - offset]
    match = _DAY_THEN_GAP.search(before)
    if match is None or _NUMBERED_BEFORE.search(before[: match.start()]):
        return None  # "Episode 3 – 28 June 2024" is an episode and a date
    day = int(match.group("day"))
    start = mention.start - len(before) + match.start("day")
    if not 1 <= day < mention.day:
        return None
    return DateMention(mention.year, mention.month, day, start, start + len(str(day)))


def _month_before(text: str, mention: DateMention, offset: int) -> DateMention | None:
    """ "from April to June 2023": a start month alone, in the end's year (or the one before)."""
    if mention.day is not None or mention.month is None or mention.year is None:
        return None
    table = _patterns()
    before = text[max(0, mention.start - offset - 30) : mention.start - offset]
    match = _MONTH_THEN_GAP.search(before)
    if match is None or match.group("mon").lower() not in table.months:
        return None
    month = table.months[match.group("mon").lower()]
    year = mention.year if month < mention.month else mention.year - 1
    start = mention.start - len(before) + match.start("mon")
    return DateMention(year, month, None, start, start + len(match.group("mon")))


_MONTH_THEN_GAP = re.compile(
    r"(?<![\w.])(?P<mon>[A-Za-zé]{3,10})\s+(?:to|until|till|through|thru|–|-|—|a|hasta|hingga|sampai)\s+$"
)


def _complete_range(start: DateMention, end: DateMention) -> DateRange:
    if start.year is None and end.year is not None:
        start = replace(start, year=end.year)
        if start.key() > end.key():
            start = replace(start, year=end.year - 1)
    elif end.year is None and start.year is not None:
        end = replace(end, year=start.year)
        if end.key() < start.key():
            end = replace(end, year=start.year + 1)
    return DateRange(start, end)


def parse_date_text(text: str, languages: tuple[str, ...] = ("en",)) -> str | None:
    """An ISO date for a short date string our patterns cannot read (dateparser fallback)."""
    mentions = find_dates(text)
    if mentions:
        return mentions[0].iso()
    if not re.search(r"(?:19|20)\d\d", text) or len(text) > 60:
        return None
    from dateparser.date import DateDataParser

    parser = cached(
        f"dateparser:{','.join(languages)}",
        lambda: DateDataParser(
            languages=list(languages),
            settings={
                "STRICT_PARSING": False,
                "REQUIRE_PARTS": ["year", "month"],
                "PREFER_DAY_OF_MONTH": "first",
                "PARSERS": ["absolute-time"],
            },
        ),
    )
    try:
        data = parser.get_date_data(text)
    except (ValueError, TypeError, OverflowError):
        return None
    if data.date_obj is None:
        return None
    if data.period == "month":
        return data.date_obj.strftime("%Y-%m")
    if data.period == "day":
        return data.date_obj.strftime("%Y-%m-%d")
    return None


def find_month_days(text: str, offset: int = 0) -> list[DateMention]:
    """Dates written without a year ("June 14", "14 de junio", "Friday, June 14"): year None.

    Only for text whose year the caller knows from elsewhere (the page's own date)."""
    table = _patterns()
    found: list[DateMention] = []
    patterns = table.patterns[:2] + (table.patterns[-1:] if "월" in text else [])  # and "12월 1일"
    for pattern in patterns:
        for match in pattern.finditer(text):
            if match.groupdict().get("year"):
                continue
            mention = _mention(match, table.months, offset)
            if mention is not None:
                found.append(mention)
    return sorted(found, key=lambda mention: mention.start)


def nearest_year(mention: DateMention, reference: str) -> DateMention:
    """The mention in the year that puts it nearest the ``reference`` date (ISO): a page of
    2024-01-05 that says "premiered on December 20" means 2023."""
    year, month, day = (
        (int(part) for part in reference[:10].split("-")) if len(reference) >= 10 else (0, 0, 0)
    )
    if not year:
        return mention

    def distance(candidate: int) -> int:
        return abs(
            (candidate * 12 + (mention.month or 1)) * 31
            + (mention.day or 1)
            - ((year * 12 + month) * 31 + day)
        )

    return replace(mention, year=min((year - 1, year, year + 1), key=distance))
