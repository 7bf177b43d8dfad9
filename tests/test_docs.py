"""The documentation's examples run, and its generated sections match the code.

Every ```python block of a page runs (the blocks of one page share a namespace, in order),
and every ```console line starting with ``$ reviewparse`` runs the CLI: each output line
shown under it must appear in what the command prints, and it must exit 0 unless the line
ends with ``# exit N``. Both run in a scratch folder holding copies of ``examples/`` and
``tests/fixtures/``, so relative paths in the docs work and outputs land there.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from reviewparse import docgen

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.rglob("*.md"))
_FENCE = re.compile(r"^```(\w*)\s*$")
_EXIT = re.compile(r"\s+#\s*exit\s+(\d+)\s*$")


@dataclass
class Block:
    language: str
    line: int
    lines: list[str] = field(default_factory=list)

    @property
    def code(self) -> str:
        return "\n".join(self.lines) + "\n"


def code_blocks(page: Path) -> list[Block]:
    blocks: list[Block] = []
    current: Block | None = None
    for number, line in enumerate(page.read_text("utf-8").splitlines(), start=1):
        if current is None:
            match = _FENCE.match(line)
            if match:
                current = Block(match.group(1), number)
        elif line.strip() == "```":
            blocks.append(current)
            current = None
        else:
            current.lines.append(line)
    assert current is None, f"{page.name}: unclosed code block from line {current.line}"
    return blocks


@dataclass
class Command:
    args: list[str]
    exit_code: int
    expected: list[str]
    where: str


def console_commands(page: Path) -> list[Command]:
    commands: list[Command] = []
    for block in code_blocks(page):
        if block.language != "console":
            continue
        for offset, line in enumerate(block.lines):
            if line.startswith("$ "):
                if not line.startswith("$ reviewparse"):
                    commands.append(Command([], 0, [], f"{page.name}:{block.line + offset + 1}"))
                    continue
                exit_code = 0
                match = _EXIT.search(line)
                if match:
                    exit_code = int(match.group(1))
                    line = line[: match.start()]
                args = shlex.split(line[2:])[1:]
                commands.append(Command(args, exit_code, [], f"{page.name}:{block.line + offset + 1}"))
            elif commands and line.strip() and line.strip() != "...":
                commands[-1].expected.append(line.strip())
    return commands


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    shutil.copytree(ROOT / "tests" / "fixtures", tmp_path / "tests" / "fixtures")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_there_are_docs_with_examples() -> None:
    names = {page.name for page in PAGES}
    assert {"index.md", "quickstart.md", "record.md", "cli.md", "errors.md", "explain.md"} <= names
    assert sum(len(code_blocks(page)) for page in PAGES) >= 15


@pytest.mark.parametrize("page", [pytest.param(p, id=p.name) for p in PAGES if "```python" in p.read_text()])
def test_python_examples_run(page: Path, scratch: Path) -> None:
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    for block in code_blocks(page):
        if block.language != "python":
            continue
        output = io.StringIO()
        try:
            with contextlib.redirect_stdout(output):
                exec(compile(block.code, f"{page.name}:{block.line}", "exec"), namespace)
        except Exception as error:  # a failing example names its page and line
            pytest.fail(f"{page.name}, block at line {block.line}: {type(error).__name__}: {error}")


@pytest.mark.parametrize("page", [pytest.param(p, id=p.name) for p in PAGES if "```console" in p.read_text()])
def test_console_examples_run(page: Path, scratch: Path) -> None:
    commands = console_commands(page)
    assert commands, page.name
    for command in commands:
        assert command.args, f"{command.where}: console examples run reviewparse only"
        result = subprocess.run(
            [sys.executable, "-m", "reviewparse", *command.args],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "NO_COLOR": "1"},
        )
        shown = result.stdout + result.stderr
        assert result.returncode == command.exit_code, f"{command.where}: exit {result.returncode}\n{shown}"
        for line in command.expected:
            assert line in shown, f"{command.where}: {line!r} is not in the output:\n{shown[:2000]}"


@pytest.mark.parametrize("page", [pytest.param(p, id=p.name) for p in PAGES])
def test_generated_sections_expand(page: Path) -> None:
    expanded = docgen.expand(page.read_text("utf-8"), ROOT)
    assert "<!-- reviewparse:" not in expanded


def test_unknown_marker_is_an_error() -> None:
    with pytest.raises(KeyError, match="unknown docs marker"):
        docgen.expand("<!-- reviewparse:no-such-section -->", ROOT)


def test_cli_reference_names_every_command_and_option() -> None:
    from reviewparse.cli import _build_parser

    reference = docgen.cli_reference()
    parser = _build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, command in action.choices.items():
                assert f"### `reviewparse {name}`" in reference
                for option in command._actions:
                    for flag in option.option_strings:
                        if flag not in ("-h", "--help"):
                            assert f"`{flag}`" in reference, (name, flag)


def test_record_reference_names_every_field() -> None:
    from reviewparse.models import record_json_schema

    reference = docgen.record_reference()
    schema = record_json_schema()
    for name, model in {"ReviewPage": schema, **schema["$defs"]}.items():
        assert f"### {name}" in reference
        for field_name in model["properties"]:
            assert f"`{field_name}`" in reference, (name, field_name)


def test_exit_code_table_covers_every_error() -> None:
    from reviewparse.errors import ReviewParseError

    table = docgen.exit_code_table()
    pending: list[type[ReviewParseError]] = [ReviewParseError]
    while pending:
        error = pending.pop()
        assert f"`{error.__name__}`" in table
        assert f"| {error.exit_code} |" in table
        pending.extend(error.__subclasses__())


def test_benchmark_section_is_pending_without_results(tmp_path: Path) -> None:
    assert "Pending" in docgen.benchmark_section(tmp_path)
    (tmp_path / "benchmarks").mkdir()
    (tmp_path / "benchmarks" / "RESULTS.md").write_text("# Results\n\n| pages/s |\n|---|\n| 900 |\n")
    section = docgen.benchmark_section(tmp_path)
    assert "| 900 |" in section and "# Results" not in section
