#!/usr/bin/env bash
# The test command: lint, type-check and test, in the project's virtual environment.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
.venv/bin/ruff check src tests scripts $(ls -d benchmarks fuzz 2>/dev/null)
.venv/bin/mypy
.venv/bin/pytest "$@"
