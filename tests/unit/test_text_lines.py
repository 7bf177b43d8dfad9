"""How plain page text becomes lines: hard-wrapped sentences are joined again, but never
across a blank line, never onto the page's title, and never a list of cast lines."""

from __future__ import annotations

from reviewparse.settings import DEFAULT_OPTIONS
from reviewparse.text_document import parse_text


def _lines(text: str) -> list[str]:
    return parse_text(text, DEFAULT_OPTIONS).text.split("\n")


def test_a_name_cut_by_a_wrap_is_joined_again() -> None:
    lines = _lines(
        "Orchard Lane Review\n"
        "The new drama will be written by Seo Min-ah and it will be directed by Jang\n"
        "Hye Won who had shown a sure hand with quiet family stories before.\n"
    )
    assert lines[1].endswith(
        "directed by Jang Hye Won who had shown a sure hand with quiet family stories before."
    )


def test_a_blank_line_ends_a_paragraph() -> None:
    lines = _lines(
        "Orchard Lane Review\n"
        "The new drama will be written by Seo Min-ah and it will be directed by Jang\n"
        "\n"
        "Hye Won is not named here; this paragraph is about something else entirely.\n"
    )
    assert lines[1].endswith("directed by Jang")


def test_the_title_line_and_its_repeat_stay_apart() -> None:
    title = "Park Min-young and Go Kyung-pyo will star together in the new drama Orchard Lane"
    lines = _lines(f"{title}\n{title}\nBy Ana Cruz\nsome words of the review that run on and on here.\n")
    assert lines[:2] == [title, title]


def test_cast_lines_with_descriptions_stay_one_per_line() -> None:
    lines = _lines(
        "Orchard Lane Review\n"
        "Cast\n"
        "Han Ji-ho as Min-jae, a pastry chef who lost his sense of taste\n"
        "Lee Seo-yun as Bora, the night-shift baker he hires\n"
    )
    assert lines[2:] == [
        "Han Ji-ho as Min-jae, a pastry chef who lost his sense of taste",
        "Lee Seo-yun as Bora, the night-shift baker he hires",
    ]


def test_a_wrapped_by_clause_and_a_leading_comma_continue_the_sentence() -> None:
    lines = _lines(
        "Orchard Lane Review\n"
        "The drama stars Han Ji-ho, Lee Seo-yun and Kim Tae-gon. This drama is directed\n"
        "by Jang Hye-won and written by Seo Min-ah. It aired in 2019 starring Kang Ha-neul\n"
        ", Gong Hyo-jin and Jung Ga-ram.\n"
    )
    assert lines[1:] == [
        "The drama stars Han Ji-ho, Lee Seo-yun and Kim Tae-gon. This drama is directed by Jang Hye-won "
        "and written by Seo Min-ah. It aired in 2019 starring Kang Ha-neul , Gong Hyo-jin and Jung Ga-ram."
    ]


def test_a_byline_under_a_title_stays_its_own_line() -> None:
    assert _lines("Five Underrated Asian Dramas You Probably Missed\nby Priya Raman\nText follows here.\n")[
        1
    ] == ("by Priya Raman")


def test_a_page_wrapped_at_a_fixed_width_is_read_as_paragraphs() -> None:
    text = (
        "THE WEEKLY BINGE\n"
        "\n"
        "Hello again, friends. This week I finally finished Lanterns Over\n"
        "Jeonju, the quiet family drama that half of you kept writing to me\n"
        "about all winter, and I owe you an apology for the long delay in\n"
        "getting to it. It is the warmest thing I have watched this year.\n"
        "\n"
        "THE BASICS\n"
        "\n"
        "It is a sixteen-episode weekend drama that aired on KBS2 from March\n"
        "2 to April 21, 2024, and it is streaming on Viki for the rest of us.\n"
        "It was directed by Jang Hye-won and written by Seo Min-ah, who also\n"
        "wrote the novel it adapts, and it was produced by Harbor Pictures.\n"
        "\n"
        "See you next week.\n"
    )
    lines = _lines(text)
    assert "THE BASICS" in lines
    assert any(
        "aired on KBS2 from March 2 to April 21, 2024, and it is streaming on Viki" in line for line in lines
    )
    assert any(line.startswith("Hello again") and line.endswith("this year.") for line in lines)


def test_short_lines_of_even_length_are_not_taken_for_a_wrapped_page() -> None:
    from reviewparse.text_document import wrap_width

    info = [f"{label}: {value}" for label, value in [("Drama", "Lanterns Over Jeonju")] * 12]
    assert wrap_width(info) is None
    assert wrap_width(["One paragraph per line, as a browser copies it. " * 5] * 12) is None


def test_a_korean_given_name_starting_a_line_continues_a_cut_name() -> None:
    lines = _lines(
        "Kingdom Review\nThe drama was written by Kim Eun-hee and directed by Kim\n"
        "Seong-hun, Park In-je (Season 2). KINGDOM is one of the most successful k-dramas.\n"
    )
    assert "directed by Kim Seong-hun, Park In-je" in lines[1]


def test_a_title_over_its_line_of_facts_is_a_heading_and_the_facts_line_is_not() -> None:
    import reviewparse

    page = reviewparse.parse(
        "New K-dramas on Netflix this week\n\nThis week's new arrivals\n"
        "Paper Crane Hotel\nPremieres Friday, June 14 · All episodes at once\n"
        "The biggest launch of the week is this Korean romantic comedy about a hotel in Seoul.\n"
        "Kyoto Lost Umbrella Office\nArrives Thursday, June 13 · All episodes at once\n"
        "Not a K-drama, but too charming to leave out: a ten-episode Japanese series about lost umbrellas.\n",
        format="text",
    )
    assert [w.title for w in page.works] == ["Paper Crane Hotel", "Kyoto Lost Umbrella Office"]


def test_a_menu_heading_above_a_roundup_headline_is_no_work() -> None:
    import reviewparse

    blurb = (
        "The biggest launch of the week is this Korean romantic comedy about a hotel in Seoul, all at once."
    )
    page = reviewparse.parse(
        "StreamScout\nReviews\nNewsletter\nNew K-dramas and Asian series on Netflix this week\n\n"
        f"A busy week. {blurb}\n\nPaper Crane Hotel\n{blurb}\n\nSeoul Rooftop Kitchen\nAnd then: {blurb}\n",
        format="text",
    )
    assert [w.title for w in page.works] == ["Paper Crane Hotel", "Seoul Rooftop Kitchen"]


def test_phrase_positions_finds_whole_words_only() -> None:
    from reviewparse.textutil import phrase_positions

    text = "Moving (2023) is not Moving2 nor unMoving; 'moving' twice: MOVING."
    assert phrase_positions(text, "Moving") == [0]
    assert phrase_positions(text, "Moving", ignore_case=True) == [0, 59]  # not after an apostrophe
    assert phrase_positions(text, "") == []


def test_a_comments_count_line_after_the_text_starts_the_comments_section() -> None:
    import reviewparse

    body = "Okay so I finally finished this drama last night and I have many thoughts about the ending. " * 2
    page = reviewparse.parse(
        f"Salt Road Review\n\n{body}\n\nSalt Road streams on Netflix.\n\n12 Comments\n\n"
        "reader_x\nThis drama is also streaming on Viki in Brazil.\n",
        format="text",
    )
    assert page.works[0].platforms == ["Netflix"]
