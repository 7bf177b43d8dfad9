from __future__ import annotations

import pytest

from reviewparse.dates import find_ranges, parse_date_text


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("aired on tvN from June 20 to August 9, 2020.", "2020-06-20", "2020-08-09"),
        ("Aired: Jun 20, 2020 - Aug 9, 2020", "2020-06-20", "2020-08-09"),
        ("from December 10, 2021 to January 29, 2022", "2021-12-10", "2022-01-29"),
        ("from December 10 to January 29, 2022", "2021-12-10", "2022-01-29"),
        ("2020년 6월 20일 ~ 2020년 8월 9일", "2020-06-20", "2020-08-09"),
        ("20 Juni 2020 hingga 9 Agustus 2020", "2020-06-20", "2020-08-09"),
        ("se estrenó el 20 de junio de 2020", "2020-06-20", None),
        ("going to be release on 31 st December, 2021.", "2021-12-31", None),
        ("It aired in January 2019", "2019-01", None),
        ("It aired from June 3 to 28, 2024 on tvN.", "2024-06-03", "2024-06-28"),
        ("It aired June 3–28, 2024.", "2024-06-03", "2024-06-28"),
        ("every Saturday from Oct. 7 through Nov. 26, 2023", "2023-10-07", "2023-11-26"),
        ("방송 기간 2023.10.07 ~ 11.26", "2023-10-07", "2023-11-26"),
        ("2023.12.16 ~ 01.21", "2023-12-16", "2024-01-21"),
        ("ran from April to June 2023, competing", "2023-04", "2023-06"),
        ("from November to February 2024", "2023-11", "2024-02"),
        ("la emitió entre el 7 de agosto y el 26 de septiembre de 2023: son 16", "2023-08-07", "2023-09-26"),
    ],
)
def test_ranges(text: str, start: str, end: str | None) -> None:
    found = find_ranges(text)[0]
    assert found.start.iso() == start
    assert (found.end.iso() if found.end else None) == end


@pytest.mark.parametrize("text", ["they may 2 go", "Thursday 21:00", "rated 8.5/10", "in episode 7"])
def test_not_dates(text: str) -> None:
    assert find_ranges(text) == []


def test_dateparser_fallback_for_unlisted_language() -> None:
    assert parse_date_text("20 Juni 2020", ("id", "en")) == "2020-06-20"


def test_a_range_whose_start_is_only_a_day_shares_the_ends_month_and_year() -> None:
    from reviewparse.dates import find_ranges

    def spans(text: str) -> list[tuple[str | None, str | None]]:
        return [(r.start.iso(), r.end.iso() if r.end else None) for r in find_ranges(text)]

    assert spans("se emitió del 3 al 28 de junio de 2024") == [("2024-06-03", "2024-06-28")]
    assert spans("aired 3–28 June 2024") == [("2024-06-03", "2024-06-28")]
    assert spans("Episode 3 – 28 June 2024") == [("2024-06-28", None)]
    assert spans("on 28 June 2024") == [("2024-06-28", None)]


def test_a_month_abbreviation_before_a_day_ends_no_sentence() -> None:
    from reviewparse.textutil import sentences

    assert len(sentences("It ran from Oct. 7 through Nov. 26. Then it ended.")) == 2
