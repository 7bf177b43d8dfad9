"""Rewrite tests/known_gaps.json: which fixture pages are not yet parsed exactly, and how.

Run after a change that fixes (or, on purpose, breaks) a fixture page; read the diff.
The reasons are summaries for people; the expected records stay hand-written.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import reviewparse
from reviewparse.evaluate import labeled_pages, read_label
from reviewparse.scoring import label_from_record, score_page

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    gaps: dict[str, str] = {}
    for page, label in labeled_pages(ROOT / "tests" / "fixtures"):
        result = score_page(label_from_record(reviewparse.parse_file(page)), read_label(label))
        parts = []
        for word, facts in (("misses", result.missing), ("wrong/extra", result.extra)):
            counts = Counter(fact[0] for fact in facts)
            if counts:
                parts.append(f"{word} " + ", ".join(f"{k} x{v}" for k, v in sorted(counts.items())))
        if parts:
            gaps[page.name] = "; ".join(parts)
    path = ROOT / "tests" / "known_gaps.json"
    path.write_text(json.dumps(gaps, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(gaps)} fixture pages with known gaps")


if __name__ == "__main__":
    main()
