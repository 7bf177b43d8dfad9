"""Every regular expression reviewparse compiles, collected for the linear-time audit.

Four sources, so a new pattern cannot slip past the audit:

1. module-level ``re.Pattern`` objects (also inside tuples, lists, dicts, classes) of
   every module of the package;
2. patterns built lazily by cached builders (gazetteers, date, country, section and
   label tables): the builders are called, then ``datafiles`` caches are walked;
3. patterns compiled inline (``re.search(r"...", text)``, f-strings included) while
   the labeled fixture pages are parsed: ``re._compile`` is watched for callers
   inside the package;
4. a source scan: every literal pattern passed to ``re.compile``/``re.search``/...
   in ``src/reviewparse`` is compiled too, whether or not a fixture reaches it.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import sys
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

import reviewparse

PACKAGE_DIR = Path(reviewparse.__file__).parent
TESTS = Path(__file__).parent.parent
_RE_FUNCTIONS = frozenset(
    {"compile", "search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"}
)

AnyPattern = re.Pattern[str] | re.Pattern[bytes]


def _walk_value(value: Any, seen: set[int], depth: int = 0) -> Iterator[AnyPattern]:
    if depth > 6 or id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _walk_value(item, seen, depth + 1)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            if isinstance(item, re.Pattern | tuple | list | dict) or hasattr(item, "__dict__"):
                yield from _walk_value(item, seen, depth + 1)
    elif is_dataclass(value) and not isinstance(value, type):
        for field in fields(value):
            yield from _walk_value(getattr(value, field.name), seen, depth + 1)
    elif isinstance(value, type) and value.__module__.startswith("reviewparse"):
        for item in vars(value).values():
            yield from _walk_value(item, seen, depth + 1)
    elif type(value).__module__.startswith("reviewparse"):
        slots = getattr(type(value), "__slots__", ())
        attributes = dict(getattr(value, "__dict__", {}))
        attributes.update({name: getattr(value, name) for name in slots if hasattr(value, name)})
        for item in attributes.values():
            yield from _walk_value(item, seen, depth + 1)


def package_modules() -> list[Any]:
    modules = []
    for info in pkgutil.walk_packages([str(PACKAGE_DIR)], prefix="reviewparse."):
        if info.name.endswith("__main__"):
            continue
        modules.append(importlib.import_module(info.name))
    return modules


def _fill_caches() -> None:
    """Call every builder that compiles patterns from data, and parse the fixture pages."""
    from reviewparse.datafiles import load_data
    from reviewparse.gazetteer import gazetteer

    data_dir = PACKAGE_DIR / "data"
    for path in sorted(data_dir.glob("*.json")):
        data = load_data(path.stem)
        values = [v for k, v in data.items() if not k.startswith("_")] if isinstance(data, dict) else []
        if values and all(isinstance(v, list) and all(isinstance(a, str) for a in v) for v in values):
            gazetteer(path.stem)  # name -> aliases: a gazetteer file
    from reviewparse import dates, infobox, names, sections
    from reviewparse.extract import country

    dates.find_dates("June 20, 2020")
    sections.classify_heading("Where to Watch")
    country.country_name("Korea")
    infobox._label_table()
    names.vocabulary()


def _parse_fixtures() -> None:
    from reviewparse.core import parse

    pages = sorted((TESTS / "fixtures").glob("*.html")) + sorted((TESTS / "fixtures").glob("*.txt"))
    pages += sorted((TESTS.parent / "examples").glob("*.html"))
    for page in pages:
        parse(page.read_bytes(), path=page.name)


def _watch_inline_compiles() -> list[AnyPattern]:
    """Parse the fixtures while recording patterns compiled by code inside the package."""
    found: list[AnyPattern] = []
    original = re._compile  # type: ignore[attr-defined]

    def watching(pattern: Any, flags: Any) -> Any:
        compiled = original(pattern, flags)
        frame = sys._getframe(1)
        for _ in range(3):  # re.search -> re._compile; also one or two wrappers deep
            if frame is None:
                break
            if frame.f_globals.get("__name__", "").startswith("reviewparse"):
                found.append(compiled)
                break
            frame = frame.f_back
        return compiled

    re._compile = watching  # type: ignore[attr-defined]
    try:
        re.purge()
        _parse_fixtures()
    finally:
        re._compile = original  # type: ignore[attr-defined]
    return found


def _flag_value(node: ast.expr | None) -> int:
    if node is None:
        return 0
    value = 0
    for name in re.findall(r"re\.([A-Z]+)", ast.unparse(node)):
        value |= int(getattr(re, name))
    return value


def literal_patterns() -> list[tuple[str, AnyPattern]]:
    """Patterns written as literals in calls to the ``re`` module, from the source."""
    found: list[tuple[str, AnyPattern]] = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if not (isinstance(node.func.value, ast.Name) and node.func.value.id == "re"):
                continue
            if node.func.attr not in _RE_FUNCTIONS or not node.args:
                continue
            first = node.args[0]
            if not isinstance(first, ast.Constant) or not isinstance(first.value, str | bytes):
                continue
            flags_node = next((k.value for k in node.keywords if k.arg == "flags"), None)
            if flags_node is None:
                position = (
                    1
                    if node.func.attr in ("compile",)
                    else {"sub": 3, "subn": 3, "split": 3}.get(node.func.attr, 2)
                )
                flags_node = node.args[position] if len(node.args) > position else None
            where = f"{path.relative_to(PACKAGE_DIR)}:{node.lineno}"
            found.append((where, re.compile(first.value, _flag_value(flags_node))))
    return found


def collect_patterns() -> dict[str, AnyPattern]:
    """Every distinct pattern, keyed by a short readable name (where it was found)."""
    by_key: dict[tuple[Any, str | bytes, int], tuple[str, AnyPattern]] = {}

    def add(name: str, pattern: AnyPattern) -> None:
        key = (type(pattern.pattern), pattern.pattern, pattern.flags)
        by_key.setdefault(key, (name, pattern))

    modules = package_modules()
    for module in modules:
        for attribute, value in vars(module).items():
            for index, pattern in enumerate(_walk_value(value, set())):
                add(f"{module.__name__}.{attribute}[{index}]", pattern)
    for where, pattern in literal_patterns():
        add(where, pattern)
    _fill_caches()
    inline = _watch_inline_compiles()
    from reviewparse import datafiles

    for key, value in list(datafiles._CACHE.items()):
        for index, pattern in enumerate(_walk_value(value, set())):
            add(f"cache:{key}[{index}]", pattern)
    for index, pattern in enumerate(inline):
        add(f"inline[{index}]:{pattern.pattern[:40]!r}", pattern)
    return {name: pattern for name, pattern in sorted(by_key.values(), key=lambda item: item[0])}
