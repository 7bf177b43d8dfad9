"""Replay every input the fuzzer ever crashed on (``fuzz_crashes/``) through its check.

The check is ``fuzz/target.py`` (no atheris needed): a record or a ReviewParseError,
a record that serializes, evidence that slices the normalized text.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile.adversarial import time_guard

ROOT = Path(__file__).parent.parent.parent
CRASHES = Path(__file__).parent / "fuzz_crashes"
FIXTURE_SEEDS = sorted((ROOT / "tests" / "fixtures").glob("a0*.html"))[:3]
SEEDS = [*FIXTURE_SEEDS, *sorted((ROOT / "examples").glob("*.html"))]


def _load_check() -> Callable[[bytes], None]:
    spec = importlib.util.spec_from_file_location("fuzz_target", ROOT / "fuzz" / "target.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz_target"] = module
    spec.loader.exec_module(module)
    check: Callable[[bytes], None] = module.check
    return check


CHECK = _load_check()


@pytest.mark.parametrize("path", sorted(p for p in CRASHES.iterdir() if p.name != "README.md"), ids=str)
def test_fuzz_crash_is_fixed(path: Path) -> None:
    with time_guard(20):  # libFuzzer's -timeout in fuzz/run.sh
        CHECK(path.read_bytes())


@pytest.mark.parametrize("selector", range(8))
def test_target_runs_on_the_seed_pages(selector: int) -> None:
    """The harness itself works: each way the first byte selects, over the seed pages."""
    for page in SEEDS:
        CHECK(bytes([selector]) + page.read_bytes())
