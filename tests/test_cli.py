"""The CLI: bad input gives one clear line and a non-zero exit, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "a01-seed-blog.html"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reviewparse", *args], capture_output=True, text=True, timeout=120
    )


def test_parse_prints_a_record() -> None:
    result = run("parse", str(FIXTURE))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["works"][0]["title"] == "It's Okay to Not Be Okay"


def test_parse_jsonl_to_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run("parse", str(FIXTURE), str(FIXTURE), "--format", "jsonl", "-o", str(out))
    assert result.returncode == 0
    assert len(out.read_text().splitlines()) == 2


@pytest.mark.parametrize("kind", ["empty", "binary", "directory", "missing"])
def test_bad_input_is_one_line_error(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "page.html"
    if kind == "empty":
        target.write_bytes(b"")
    elif kind == "binary":
        target.write_bytes(bytes(range(256)) * 10)
    elif kind == "directory":
        target.mkdir()
    result = run("parse", str(target))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reviewparse: error:")


def test_text_command_prints_normalized_text() -> None:
    result = run("text", str(FIXTURE))
    assert result.returncode == 0 and "Where to Watch" in result.stdout


def test_schema_command() -> None:
    schema = json.loads(run("schema").stdout)
    assert schema["title"] == "ReviewPage"


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("reviewparse ")
    for command in ("parse", "text", "schema", "eval"):
        assert run(command, "--help").returncode == 0


def test_eval_min_f1_exit_code() -> None:
    folder = str(Path(__file__).parent / "fixtures")
    assert run("eval", folder, "--min-f1", "1.01").returncode == 6
