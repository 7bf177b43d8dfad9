"""Coverage-guided fuzz target for :func:`reviewparse.parse` (atheris / libFuzzer).

Run it with ``bash fuzz/run.sh [SECONDS]`` (bounded time, one worker). What counts
as a crash is in ``target.py``; an input that runs longer than libFuzzer's
``-timeout`` is one too. Copy each crash file from ``fuzz/crashes/`` into
``tests/hostile/fuzz_crashes/`` and ``tests/hostile/test_fuzz_regressions.py`` replays
it on every test run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).parent))

with atheris.instrument_imports(include=["reviewparse"]):
    from target import check  # imports the pipeline, so reviewparse is instrumented


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
