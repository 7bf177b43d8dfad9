"""MkDocs hooks: generated sections and optional pages.

- ``<!-- reviewparse:NAME -->`` markers in a page are replaced at build time with markdown
  generated from the code (``reviewparse.docgen``): the record and CLI references, the exit
  codes, the accuracy and benchmark tables.
- Pages others may add (the Dask recipe, the database schema) join the nav only when their
  file exists; any other page in docs/ that the nav does not name is added under "More", so
  no page is left unreachable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reviewparse.docgen import expand

ROOT = Path(__file__).resolve().parent.parent
OPTIONAL_PAGES = {
    "Dask recipe": ("dask.md", "dask-recipe.md", "recipes/dask.md"),
    "Database schema": ("database.md", "db.md", "db-schema.md", "database-schema.md", "schema.md"),
}


def _named(nav: list[Any]) -> set[str]:
    found: set[str] = set()
    for entry in nav:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        if isinstance(value, list):
            found |= _named(value)
        elif isinstance(value, str):
            found.add(value)
    return found


def on_config(config: Any) -> Any:
    docs = Path(config["docs_dir"])
    nav = config["nav"]
    named = _named(nav)
    for title, candidates in OPTIONAL_PAGES.items():
        for candidate in candidates:
            if (docs / candidate).is_file() and candidate not in named:
                nav.append({title: candidate})
                named.add(candidate)
                break
    more = sorted(
        str(path.relative_to(docs))
        for path in docs.rglob("*.md")
        if str(path.relative_to(docs)) not in named
    )
    if more:
        nav.append({"More": more})
    return config


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    return expand(markdown, ROOT)
