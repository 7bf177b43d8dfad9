"""``reviewparse eval``: parse every labeled page in a folder and score it (SPEC section 3)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reviewparse.errors import LabelError, ReviewParseError
from reviewparse.scoring import FACT_KINDS, Fact, PageScore, Tally, label_from_record, score_page

PAGE_SUFFIXES = (".html", ".htm", ".txt")
LABEL_SUFFIXES = (".expected.json", ".json")


@dataclass
class PageResult:
    name: str
    score: PageScore | None
    error: str | None = None


@dataclass
class Evaluation:
    tally: Tally = field(default_factory=Tally)
    pages: list[PageResult] = field(default_factory=list)

    def table(self) -> list[tuple[str, int, int, int, float, float, float]]:
        """Rows of (kind, labeled, predicted, correct, precision, recall, F1), then micro."""
        rows = []
        for kind in FACT_KINDS:
            if self.tally.labeled[kind] or self.tally.predicted[kind]:
                precision, recall, f1 = self.tally.scores(kind)
                rows.append(
                    (
                        kind,
                        self.tally.labeled[kind],
                        self.tally.predicted[kind],
                        self.tally.correct[kind],
                        precision,
                        recall,
                        f1,
                    )
                )
        precision, recall, f1 = self.tally.scores()
        rows.append(
            (
                "micro",
                sum(self.tally.labeled.values()),
                sum(self.tally.predicted.values()),
                sum(self.tally.correct.values()),
                precision,
                recall,
                f1,
            )
        )
        return rows

    def to_json(self) -> dict[str, Any]:
        return {
            "kinds": {
                row[0]: {
                    "labeled": row[1],
                    "predicted": row[2],
                    "correct": row[3],
                    "precision": round(row[4], 4),
                    "recall": round(row[5], 4),
                    "f1": round(row[6], 4),
                }
                for row in self.table()
            },
            "pages": [
                {
                    "name": page.name,
                    "error": page.error,
                    "missing": [list(f) for f in page.score.missing] if page.score else [],
                    "extra": [list(f) for f in page.score.extra] if page.score else [],
                }
                for page in self.pages
            ],
        }


def labeled_pages(folder: Path) -> list[tuple[Path, Path]]:
    """(page, label) pairs in ``folder``: ``NAME.html|.txt`` beside ``NAME.json`` or
    ``NAME.expected.json``."""
    if not folder.is_dir():
        raise LabelError(f"{folder}: not a folder")
    pairs = []
    for page in sorted(folder.iterdir()):
        if page.suffix.lower() not in PAGE_SUFFIXES:
            continue
        stem = page.name[: -len(page.suffix)]
        for suffix in LABEL_SUFFIXES:
            label = folder / f"{stem}{suffix}"
            if label.exists():
                pairs.append((page, label))
                break
    return pairs


def read_label(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise LabelError(f"{path}: not a readable JSON label ({error})") from error
    if not isinstance(data, dict) or not isinstance(data.get("works"), list):
        raise LabelError(f"{path}: a label needs a 'works' list (SPEC section 2)")
    data.setdefault("review", {})
    return data


def evaluate_folder(folder: str | Path) -> Evaluation:
    """Parse and score every labeled page in ``folder``."""
    from reviewparse.core import parse_file

    evaluation = Evaluation()
    for page, label_path in labeled_pages(Path(folder)):
        gold = read_label(label_path)
        try:
            record = parse_file(page)
        except ReviewParseError as error:
            empty: dict[str, Any] = {"works": [], "review": {}}
            result = score_page(empty, gold)
            evaluation.pages.append(PageResult(page.name, result, str(error)))
            evaluation.tally.add(result.tally)
            continue
        result = score_page(label_from_record(record), gold)
        evaluation.pages.append(PageResult(page.name, result))
        evaluation.tally.add(result.tally)
    return evaluation


def format_table(evaluation: Evaluation) -> str:
    lines = [
        f"{'kind':<16}{'labeled':>8}{'predicted':>10}{'correct':>8}{'precision':>10}{'recall':>8}{'F1':>7}"
    ]
    for kind, labeled, predicted, correct, precision, recall, f1 in evaluation.table():
        if kind == "micro":
            lines.append("-" * 67)
        lines.append(
            f"{kind:<16}{labeled:>8}{predicted:>10}{correct:>8}{precision:>10.3f}{recall:>8.3f}{f1:>7.3f}"
        )
    return "\n".join(lines)


def format_fact(fact: Fact) -> str:
    return f"{fact[0]}: " + " | ".join(fact[1:])


def format_details(evaluation: Evaluation) -> str:
    lines: list[str] = []
    for page in evaluation.pages:
        if page.score is None:
            continue
        if not (page.score.missing or page.score.extra or page.error):
            continue
        lines.append(f"== {page.name}" + (f" (error: {page.error})" if page.error else ""))
        lines.extend(f"  missing  {format_fact(f)}" for f in page.score.missing)
        lines.extend(f"  extra    {format_fact(f)}" for f in page.score.extra)
    return "\n".join(lines)
