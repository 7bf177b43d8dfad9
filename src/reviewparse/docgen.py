"""Markdown generated from the code for the documentation site, so the docs cannot drift:
the record reference (from the models' JSON Schema), the CLI reference (from the argparse
parser), the error and exit-code table (from the exception hierarchy), the accuracy tables
(from ``reviewparse eval``) and the benchmark table (``benchmarks/RESULTS.md``).

``docs/hooks.py`` replaces markers such as ``<!-- reviewparse:cli-reference -->`` in the
pages with these at build time (``mkdocs build``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

MARKER = "<!-- reviewparse:{} -->"


def _cell(text: object) -> str:
    return str(text).replace("``", "`").replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


# --- the record -------------------------------------------------------------------------


def _type_of(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        name = str(schema["$ref"]).rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    if "anyOf" in schema:
        kinds = [_type_of(option) for option in schema["anyOf"]]
        return " or ".join(kinds)
    if "const" in schema:
        return f"`{schema['const']!r}`"
    if "enum" in schema:
        return " or ".join(f'`"{value}"`' for value in schema["enum"])
    kind = schema.get("type", "any")
    if kind == "array":
        return f"list of {_type_of(schema.get('items', {}))}"
    return f"{kind}"


def _constraints(schema: dict[str, Any]) -> str:
    from reviewparse.models import PARTIAL_DATE_PATTERN

    found: list[str] = []
    options = schema.get("anyOf", [schema])
    for option in options:
        for key, shown in (
            ("minimum", "≥ {}"),
            ("exclusiveMinimum", "> {}"),
            ("maximum", "≤ {}"),
            ("minLength", "at least {} character(s)"),
            ("pattern", "matches `{}`"),
        ):
            if key == "pattern" and option.get(key) == PARTIAL_DATE_PATTERN:
                found.append("a `YYYY-MM-DD` or `YYYY-MM` date")
            elif key in option:
                found.append(shown.format(option[key]))
    return "; ".join(found)


def _default(name: str, schema: dict[str, Any], required: set[str]) -> str:
    if name in required:
        return "required"
    if "default" in schema:
        return f"`{_json(schema['default'])}`"
    if schema.get("type") == "array":
        return "`[]`"
    return "—"


def _json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def record_reference() -> str:
    """One table per model of the record: field, type, default, constraints, description."""
    from reviewparse.models import SCHEMA_VERSION, record_json_schema

    schema: dict[str, Any] = record_json_schema()
    models: dict[str, dict[str, Any]] = {"ReviewPage": schema, **schema.get("$defs", {})}
    order = ["ReviewPage", "Source", "Review", "Rating", "Work", "AiringPeriod", "Runtime"]
    order += ["CastCredit", "Award", "Evidence"]
    order += sorted(name for name in models if name not in order)
    parts = [
        f"Generated from `reviewparse.models` (schema version {SCHEMA_VERSION}); "
        "`reviewparse schema` prints the same JSON Schema.",
    ]
    for name in order:
        model = models[name]
        required = set(model.get("required", []))
        rows = []
        for field, spec in model.get("properties", {}).items():
            rows.append(
                [
                    f"`{field}`",
                    _type_of(spec),
                    _default(field, spec, required),
                    _constraints(spec),
                    spec.get("description", ""),
                ]
            )
        heading = f"### {name}"
        doc = " ".join(str(model.get("description", "")).split())
        parts.append(heading + ("\n\n" + doc if doc else ""))
        header = ["field", "type", "default", "constraints", "description"]
        if not any(row[-1] for row in rows):
            header, rows = header[:-1], [row[:-1] for row in rows]
        parts.append(_table(header, rows))
    return "\n\n".join(parts) + "\n"


# --- the command line -------------------------------------------------------------------


def _subparsers(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield from action.choices.items()


def _argument_rows(parser: argparse.ArgumentParser) -> list[list[str]]:
    rows = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction | argparse._HelpAction):
            continue
        if action.option_strings:
            names = ", ".join(f"`{name}`" for name in action.option_strings)
            if action.nargs != 0:
                names += f" `{action.metavar or action.dest.upper()}`"
        else:
            names = f"`{action.metavar or action.dest}`"
            if action.nargs in ("+", "*"):
                names += " (one or more)" if action.nargs == "+" else " (any number)"
        choices = ", ".join(f"`{choice}`" for choice in action.choices) if action.choices else ""
        default = (
            f"`{action.default}`"
            if action.default not in (None, False, argparse.SUPPRESS) and action.nargs != 0
            else ""
        )
        help_text = (action.help or "").replace("%(prog)s", parser.prog)
        rows.append([names, help_text, choices, default])
    return rows


def cli_reference(parser_factory: Callable[[], argparse.ArgumentParser] | None = None) -> str:
    """Usage, description and an argument table for the program and each command."""
    if parser_factory is None:
        from reviewparse.cli import _build_parser

        parser_factory = _build_parser
    parser = parser_factory()
    parts = [
        "Generated from the CLI's own parser (`reviewparse.cli._build_parser()`): "
        "what `reviewparse COMMAND --help` prints, as tables.",
        f"```text\n{_usage(parser)}\n```",
        parser.description or "",
        _table(["argument", "meaning", "choices", "default"], _argument_rows(parser)),
    ]
    for name, command in _subparsers(parser):
        parts.append(f"### `reviewparse {name}`")
        parts.append(f"```text\n{_usage(command)}\n```")
        if command.description:
            parts.append(command.description)
        rows = _argument_rows(command)
        if rows:
            parts.append(_table(["argument", "meaning", "choices", "default"], rows))
    return "\n\n".join(part for part in parts if part) + "\n"


def _usage(parser: argparse.ArgumentParser) -> str:
    formatter = argparse.HelpFormatter(parser.prog, width=100)
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups)
    return formatter.format_help().strip()


# --- errors and exit codes --------------------------------------------------------------


def _error_classes() -> list[type[Any]]:
    from reviewparse.errors import ReviewParseError

    found: list[type[Any]] = []
    pending: list[type[Any]] = [ReviewParseError]
    while pending:
        current = pending.pop(0)
        found.append(current)
        pending.extend(sorted(current.__subclasses__(), key=lambda cls: cls.__name__))
    return found


def exit_code_table() -> str:
    """Every exit code of the CLI, with the exceptions (``reviewparse.errors``) behind it."""
    from reviewparse import cli

    by_code: dict[int, list[str]] = {
        cli.EXIT_OK: ["success"],
        cli.EXIT_SOME_FAILED: ["several inputs, some failed (each failure has its line on stderr)"],
        cli.EXIT_BELOW_FLOOR: ["`eval`: micro F1 below `--min-f1`"],
    }
    raised: dict[int, list[str]] = {}
    for error in _error_classes():
        doc = " ".join((error.__doc__ or "").split())
        by_code.setdefault(error.exit_code, [])
        if error.__name__ == "ReviewParseError":
            by_code[error.exit_code].append("usage error (argparse), or any other `ReviewParseError`")
        else:
            by_code[error.exit_code].append((doc[:1].lower() + doc[1:]).rstrip("."))
        raised.setdefault(error.exit_code, []).append(f"`{error.__name__}` (`{error.kind}`)")
    rows = [
        [f"{code}", "; ".join(by_code[code]), ", ".join(raised.get(code, [])) or "—"]
        for code in sorted(by_code)
    ]
    return _table(["exit code", "meaning", "raised as (`kind`)"], rows) + "\n"


def error_hierarchy() -> str:
    """The exception classes as a nested list."""
    from reviewparse.errors import ReviewParseError

    lines: list[str] = []

    def walk(cls: type[Any], depth: int) -> None:
        doc = " ".join((cls.__doc__ or "").split())
        lines.append(f"{'    ' * depth}- `{cls.__name__}` — exit {cls.exit_code}: {doc}")
        for sub in sorted(cls.__subclasses__(), key=lambda c: c.__name__):
            walk(sub, depth + 1)

    walk(ReviewParseError, 0)
    return "\n".join(lines) + "\n"


# --- accuracy and benchmarks ------------------------------------------------------------


def accuracy_table(folder: Path) -> str:
    """``reviewparse eval FOLDER`` as a markdown table."""
    from reviewparse.evaluate import evaluate_folder

    evaluation = evaluate_folder(folder)
    rows = []
    for kind, labeled, predicted, correct, precision, recall, f1 in evaluation.table():
        name = "**micro**" if kind == "micro" else kind
        counts = [str(labeled), str(predicted), str(correct)]
        rows.append([name, *counts, f"{precision:.3f}", f"{recall:.3f}", f"{f1:.3f}"])
    header = ["fact kind", "labeled", "predicted", "correct", "precision", "recall", "F1"]
    return f"{len(evaluation.pages)} labeled pages.\n\n" + _table(header, rows) + "\n"


def accuracy_section(root: Path) -> str:
    """Accuracy on our fixtures and, where it is beside the repository, on ../shared/corpus."""
    from reviewparse import __version__

    parts = [f"Measured at build time with reviewparse {__version__}."]
    corpus = root.parent / "shared" / "corpus"
    if corpus.is_dir():
        parts.append("### Real pages (`../shared/corpus`)\n\n" + accuracy_table(corpus))
    else:
        parts.append(
            "### Real pages (`../shared/corpus`)\n\nThe corpus is not beside this checkout, so "
            "its table is not in this build."
        )
    parts.append("### Fixture pages (`tests/fixtures`)\n\n" + accuracy_table(root / "tests" / "fixtures"))
    return "\n\n".join(parts) + "\n"


def benchmark_section(root: Path) -> str:
    """``benchmarks/RESULTS.md`` when it exists, else a note that it is pending."""
    results = root / "benchmarks" / "RESULTS.md"
    if results.is_file():
        text = results.read_text("utf-8")
        # Its own top heading would compete with the page's.
        lines = text.splitlines()
        if lines and lines[0].startswith("# "):
            lines = lines[1:]
        return "_From `benchmarks/RESULTS.md`._\n\n" + "\n".join(lines).strip() + "\n"
    return (
        '!!! note "Pending"\n    The benchmark results (`benchmarks/RESULTS.md`) are not in '
        "this checkout yet; this page shows them once they are.\n"
    )


def generators(root: Path) -> dict[str, Callable[[], str]]:
    """Marker name -> what replaces ``<!-- reviewparse:NAME -->`` in a docs page."""
    return {
        "record-reference": record_reference,
        "cli-reference": cli_reference,
        "exit-codes": exit_code_table,
        "error-hierarchy": error_hierarchy,
        "accuracy": lambda: accuracy_section(root),
        "benchmarks": lambda: benchmark_section(root),
    }


def expand(markdown: str, root: Path) -> str:
    """``markdown`` with every ``<!-- reviewparse:NAME -->`` marker replaced; an unknown
    marker is an error (a typo would otherwise ship an empty section)."""
    import re

    table = generators(root)

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in table:
            raise KeyError(f"unknown docs marker {match.group(0)}; known: {', '.join(sorted(table))}")
        return table[name]().rstrip("\n")

    return re.sub(r"<!-- reviewparse:([a-z0-9-]+) -->", replace, markdown)
