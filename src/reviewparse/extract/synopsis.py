"""The synopsis: the first paragraph of the segment's plot section."""

from __future__ import annotations

from reviewparse.candidates import Candidate, Segment
from reviewparse.document import BlockKind

MIN_SYNOPSIS_CHARS = 60


def extract(segment: Segment) -> list[Candidate]:
    for block in segment.blocks:
        plot_paragraph = block.section == "plot" and block.kind is BlockKind.PARAGRAPH
        if plot_paragraph and len(block.text) >= MIN_SYNOPSIS_CHARS:
            return [Candidate("synopsis", block.text, block.start, block.end, "synopsis.plot_section", 0.8)]
    return []
