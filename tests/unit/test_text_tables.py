"""Tables in plain page text: a browser's copy puts tabs between cells, Markdown and
text-mode tables put pipes. Either way each row's cells must read as the HTML table's do."""

from __future__ import annotations

import reviewparse
from reviewparse.core import build_document
from reviewparse.document import BlockKind
from reviewparse.loading import load
from reviewparse.settings import DEFAULT_OPTIONS
from reviewparse.text_document import parse_text
from reviewparse.text_tables import Row, table_rows

_WATCHLIST = (
    "Four Quiet Dramas to Stream This Winter\n"
    "By Mara Quinn · January 9, 2025\n"
    "We asked readers which slow-burn Korean dramas they still recommend, and where to find them now.\n"
    "{header}\n"
    "{row1}\n"
    "{row2}\n"
    "{row3}\n"
    "That is the list; tell us what we missed.\n"
)
_CELLS = [
    ["Title", "Year", "Episodes", "Network", "Stream on"],
    ["Lanterns Over Gangneung", "2021", "16", "JTBC", "Netflix"],
    ["The Ferryman's Ledger", "2019", "12", "OCN", "Viki"],
    ["Salt and Plum Blossoms", "2023", "10", "ENA", "Disney+"],
]


def _page(separator: str, edges: bool = False) -> str:
    rows = [separator.join(cells) for cells in _CELLS]
    if edges:
        rows = [f"| {row} |" for row in rows]
    return _WATCHLIST.format(header=rows[0], row1=rows[1], row2=rows[2], row3=rows[3])


def _works(text: str) -> dict[str, dict[str, object]]:
    record = reviewparse.parse(text, format="text")
    return {
        work.title: {"episodes": work.episodes, "networks": work.networks, "platforms": work.platforms}
        for work in record.works
    }


def test_a_tab_separated_table_gives_one_work_per_row() -> None:
    works = _works(_page("\t"))
    assert works == {
        "Lanterns Over Gangneung": {"episodes": 16, "networks": ["JTBC"], "platforms": ["Netflix"]},
        "The Ferryman's Ledger": {"episodes": 12, "networks": ["OCN"], "platforms": ["Viki"]},
        "Salt and Plum Blossoms": {"episodes": 10, "networks": ["ENA"], "platforms": ["Disney+"]},
    }


def test_a_pipe_table_reads_like_the_tab_one() -> None:
    assert _works(_page(" | ", edges=True)) == _works(_page("\t"))
    assert _works(_page(" | ")) == _works(_page("\t"))


def test_cells_become_table_cells_of_one_table_one_row_each() -> None:
    document = build_document(load(_page("\t"), format="text"))
    cells = [block for block in document.blocks if block.kind is BlockKind.TABLE_CELL]
    assert parse_text(_page("\t"), DEFAULT_OPTIONS).text == document.text
    assert len(cells) == 20
    assert len({block.container for block in cells}) == 1
    assert len({block.group for block in cells}) == 4
    assert [block.column_label for block in cells if block.text == "OCN"] == ["Network"]


def test_a_lone_pipe_line_stays_text_and_a_markdown_rule_is_dropped() -> None:
    items = table_rows(
        ["Lanterns Over Gangneung review | Soju Weekly", "| a | b |", "|---|:--:|", "| c | d |"]
    )
    assert items == ["Lanterns Over Gangneung review | Soju Weekly", Row(("a", "b")), Row(("c", "d"))]


def test_an_empty_tab_cell_keeps_the_columns_in_place() -> None:
    assert table_rows(["Neon Nights\t2023\t\tDisney+"]) == [Row(("Neon Nights", "2023", "", "Disney+"))]


def test_cells_stacked_one_per_line_under_column_names_read_as_a_table() -> None:
    stacked = "\n".join(cell for cells in _CELLS for cell in [*cells, ""])
    text = _WATCHLIST.format(header=stacked, row1="", row2="", row3="")
    assert _works(text) == _works(_page("\t"))


def test_stacked_cells_stop_where_a_row_is_not_whole() -> None:
    from reviewparse.text_tables import stacked_tables

    lines: list[str | Row] = [
        "Title",
        "Year",
        "Network",
        "Lanterns",
        "2021",
        "JTBC",
        "A sentence ends here.",
        "x",
        "y",
    ]
    assert stacked_tables(lines) == [
        Row(("Title", "Year", "Network")),
        Row(("Lanterns", "2021", "JTBC")),
        "A sentence ends here.",
        "x",
        "y",
    ]
    # two column names are not enough to call it a table (a cast list's "Character / Actor" is cast.py's)
    assert stacked_tables(["Title", "Year", "Lanterns", "2021"]) == ["Title", "Year", "Lanterns", "2021"]


def test_a_spotlight_after_a_table_of_works_adds_to_that_work_only() -> None:
    text = _page("\t") + (
        "Note: Salt and Plum Blossoms will not air on Korean TV at all.\n"
        "Spotlight: The Ferryman's Ledger\n"
        "It was directed by Oh Jin-woo and written by Kang Se-mi, with episodes of 60 minutes.\n"
        "Also worth knowing: JTBC is betting big on Lanterns Over Gangneung.\n"
    )
    works = {work.title: work for work in reviewparse.parse(text, format="text").works}
    ledger = works["The Ferryman's Ledger"]
    assert (ledger.directors, ledger.writers) == (["Oh Jin-woo"], ["Kang Se-mi"])
    assert ledger.networks == ["OCN"]
    assert works["Lanterns Over Gangneung"].directors == []


def test_dash_and_parenthesis_info_lines_start_the_works_of_a_roundup() -> None:
    text = (
        "Weekend Watch Guide: Two Korean Picks and a Thai Surprise\nBy Marisol Quintero · October 17, 2025\n"
        "Every Friday I pick what I would watch: two Korean titles, both Korean dramas, and one Thai drama.\n"
        "The Ledger of Small Debts — tvN, 12 episodes\n"
        "A crime comedy about the most anxious accountant in a Mapo loan-shark office.\n"
        "Spring Rain Bakery (JTBC, premieres March 1) — A romantic comedy about a pastry chef and a bakery.\n"
        "The Durian Heir — one31, 14 episodes\n"
        "This Thai drama is a comedy about three siblings fighting over an orchard.\n"
        "Tags: weekend guide, tvN, JTBC, Netflix, one31, ENA\n"
    )
    works = {w.title: w for w in reviewparse.parse(text, format="text").works}
    assert list(works) == ["The Ledger of Small Debts", "Spring Rain Bakery", "The Durian Heir"]
    assert (works["The Ledger of Small Debts"].networks, works["The Ledger of Small Debts"].episodes) == (
        ["tvN"],
        12,
    )
    assert works["Spring Rain Bakery"].networks == ["JTBC"]
    assert works["The Durian Heir"].networks == ["one31"]
    assert works["The Ledger of Small Debts"].country == "South Korea"
    assert works["The Durian Heir"].country == "Thailand"


def test_a_recap_without_headings_splits_into_the_films_it_introduces() -> None:
    text = (
        "Three films that stood out at the Kestrel Bay International Film Festival\n"
        "By Anouk Verbeek | 29 September 2025\n"
        'The one I keep coming back to is "The Night Bus to Samcheok", directed by Shin Hae-won, '
        "a South Korean thriller that runs 2 hr 12 min. Kim Do-yun plays Jang Beom-su, the driver.\n"
        'The quietest was "The Salt Keepers", directed by Inês Valadares, '
        "a Portuguese documentary of 1 hr 46 min. "
        'For pure pleasure nothing beat "Winter Choir", directed by Aleksi Marttinen, '
        "a Finnish comedy that runs a brisk 98 minutes.\n"
    )
    works = {w.title: w for w in reviewparse.parse(text, format="text").works}
    assert list(works) == ["The Night Bus to Samcheok", "The Salt Keepers", "Winter Choir"]
    assert works["The Salt Keepers"].directors == ["Inês Valadares"]
    assert works["Winter Choir"].directors == ["Aleksi Marttinen"]
    assert works["Winter Choir"].country == "Finland"
    assert works["The Salt Keepers"].country == "Portugal"


def test_a_paragraph_after_the_table_that_opens_on_one_work_is_that_works() -> None:
    text = _page("\t") + (
        "If you only have room for one, make it The Ferryman's Ledger. Director Moon Jae-sung is back, "
        "and so is Oh Ha-neul as Detective Cha Yu-ri; it streams on TVING and Viki.\n"
        "The others, briefly: Lanterns Over Gangneung drags and Salt and Plum Blossoms is fine.\n"
    )
    works = {work.title: work for work in reviewparse.parse(text, format="text").works}
    assert works["The Ferryman's Ledger"].directors == ["Moon Jae-sung"]
    assert works["Lanterns Over Gangneung"].platforms == ["Netflix"]


def test_premiere_dates_in_a_roundup_take_the_headlines_year() -> None:
    text = (
        "Every new K-drama premiering in March 2025\nBy Dana Whitfield · February 26, 2025\n"
        "Spring Rain Bakery (tvN, premieres March 1) — A 12-episode romantic comedy about a pastry chef.\n"
        "The Prosecutor's Ledger (SBS, premieres March 7) — A thriller about a disgraced prosecutor.\n"
        "Night Shift at Hwayang Motel (ENA, premieres March 10) — An eight-episode horror series.\n"
    )
    works = reviewparse.parse(text, format="text").works
    assert [(w.title, w.aired.start if w.aired else None, w.year) for w in works] == [
        ("Spring Rain Bakery", "2025-03-01", 2025),
        ("The Prosecutor's Ledger", "2025-03-07", 2025),
        ("Night Shift at Hwayang Motel", "2025-03-10", 2025),
    ]


def test_a_list_cut_off_inside_its_last_entry_keeps_that_entrys_title_and_facts() -> None:
    text = (
        "3 Underrated Chinese Dramas on Viki\nBy Lin Park · May 2, 2024\n"
        "#1 The Ink Seller of Suzhou (2021)\n"
        "Genre: Historical, Romance · Episodes: 30 · Starring: Liang Wen\n"
        "A slow, lovely historical romance about an ink seller and a magistrate in old Suzhou.\n\n"
        "#2 Midnight at Qingdao Station (2022)\nGenre: Mystery, Thriller · Episodes: 12 · Starring: Gao Lei\n"
        "A tight mystery thriller set over a single night at a railway station on the coast.\n\n"
        "#3 The Tailor of Kaifeng (2020)\nGenre: Historical, Comedy · Episo"
    )
    works = reviewparse.parse(text, format="text").works
    assert [(w.title, w.year) for w in works][-1] == ("The Tailor of Kaifeng", 2020)
    assert works[-1].genres == ["historical", "comedy"]
