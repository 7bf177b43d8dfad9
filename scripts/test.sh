#!/usr/bin/env bash
# The test command: lint, type-check and test, in the project's virtual environment.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
.venv/bin/ruff check src tests scripts docs/hooks.py $(ls -d benchmarks fuzz 2>/dev/null)
.venv/bin/mypy
# The documentation site, warnings as errors (generated sections included).
NO_MKDOCS_2_WARNING=1 .venv/bin/mkdocs build --strict --site-dir "${DOCS_SITE_DIR:-site}"
.venv/bin/pytest "$@"
