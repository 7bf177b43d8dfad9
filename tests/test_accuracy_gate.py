"""The accuracy gate: F1 on ../shared/corpus and on our fixtures may not drop below the
floors pinned in tests/accuracy_floors.json (raise them as accuracy improves; lower
one only on purpose, saying why in the commit)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewparse.evaluate import evaluate_folder

from .conftest import FIXTURES

FLOORS = json.loads((Path(__file__).parent / "accuracy_floors.json").read_text("utf-8"))


def _check(folder: Path, floors: dict[str, float]) -> list[str]:
    evaluation = evaluate_folder(folder)
    failures = []
    for kind, floor in floors.items():
        if kind.startswith("_"):
            continue
        f1 = evaluation.tally.scores(None if kind == "micro" else kind)[2]
        if f1 + 1e-9 < floor:
            failures.append(f"{kind}: F1 {f1:.3f} < floor {floor:.3f}")
    return failures


def test_corpus_accuracy_floors(corpus_dir: Path) -> None:
    assert _check(corpus_dir, FLOORS["corpus"]) == []


def test_fixture_accuracy_floors() -> None:
    assert _check(FIXTURES, FLOORS["fixtures"]) == []


@pytest.mark.parametrize("kind", ["micro"])
def test_floors_file_names_micro(kind: str) -> None:
    assert kind in FLOORS["corpus"] and kind in FLOORS["fixtures"]
