"""A folder of hostile files: one record or one clean error per input, never a traceback.

Built in ``tmp_path`` (nothing big is committed): binary, empty, blank, 0-byte ``.gz``,
a gzip bomb, a 100 MB page, 100,000 nested elements, a 1 MB single line, every
encoding fixture, a directory named ``x.html``, a broken symlink, a symlink loop, a
named pipe, a file named with bytes that are not UTF-8, and a file without read
permission (checked only when not running as root: root reads it anyway).

``reviewparse parse`` runs once over all of them (each failure is a line on stderr
naming its file; each success a JSON line naming its file) and once per file for the
exit codes; the Python API is checked file by file.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import reviewparse
from reviewparse.errors import InternalError, ReviewParseError
from reviewparse.settings import MEGABYTE
from tests.hostile.test_limits import gzip_bomb

CHARSETS = Path(__file__).parent / "charsets"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
DOCUMENTED_EXIT_CODES = {0, 2, 3, 4, 5}
PAGE = "<html><body><h1>Moving Review</h1><p>Moving has 20 episodes on Disney+.</p></body></html>"

# name -> the error kind expected, or None for a record
EXPECTED_KIND: dict[str, str | None] = {
    "binary.html": "not_a_page",
    "empty.html": "empty",
    "blank.txt": "empty",
    "zero.html.gz": "empty",
    "bomb.html.gz": "too_large",
    "huge-100mb.html": "too_large",
    "deep.html": "too_deep",
    "one-line.txt": None,
    "x.html": "not_found",
    "dangling.html": "not_found",
    "loop.html": "not_found",
    "fifo.html": "not_found",
    "dev-zero.html": "not_found",
    "not-gzip.html.gz": "not_a_page",
    "truncated.html.gz": None,
    "markup-only.html": "empty",
    "ok.html": None,
}


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "binary.html").write_bytes(bytes(range(256)) * 64)
    (folder / "empty.html").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b" \n\t\r\n   ")
    (folder / "zero.html.gz").write_bytes(b"")
    (folder / "bomb.html.gz").write_bytes(gzip_bomb(200 * MEGABYTE))
    with (folder / "huge-100mb.html").open("w", encoding="utf-8") as handle:
        chunk = "<p>Kim Soo-hyun as Moon Kang-tae in 16 episodes on tvN.</p>\n" * 16_000
        for _ in range(100 * MEGABYTE // len(chunk) + 1):
            handle.write(chunk)
    (folder / "deep.html").write_text("<html><body>" + "<div>" * 100_000 + "Moving" + "</div>" * 100_000)
    (folder / "one-line.txt").write_text(("Moving has 20 episodes on Disney+, " * 30_000)[:1_000_000])
    (folder / "x.html").mkdir()
    (folder / "dangling.html").symlink_to(folder / "no-such-target.html")
    (folder / "loop.html").symlink_to(folder / "loop.html")
    os.mkfifo(folder / "fifo.html")
    (folder / "dev-zero.html").symlink_to("/dev/zero")  # endless bytes: must never be read
    (folder / "not-gzip.html.gz").write_text(PAGE)
    numbered = "".join(
        f"<p>Paragraph {i}: {i * 7919 % 10007} people watched episode {i}.</p>" for i in range(2000)
    )
    packed = gzip.compress((PAGE.replace("</body>", numbered + "</body>")).encode())
    (folder / "truncated.html.gz").write_bytes(packed[: len(packed) // 2])
    (folder / "markup-only.html").write_text(
        "<html><head><script>x()</script></head><body><!-- --></body></html>"
    )
    (folder / "ok.html").write_text(PAGE)
    (folder / os.fsdecode(b"name-\xff\xfe-not-utf8.html")).write_text(PAGE)
    for fixture in sorted(CHARSETS.iterdir()):
        if fixture.suffix in (".html", ".txt"):
            shutil.copy(fixture, folder / fixture.name)
    unreadable = folder / "unreadable.html"
    unreadable.write_text(PAGE)
    unreadable.chmod(0)
    yield folder
    (folder / "huge-100mb.html").unlink()  # pytest keeps its last temporary folders
    unreadable.chmod(0o644)


def _inputs(folder: Path) -> list[Path]:
    return sorted(folder.iterdir())


def _run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "reviewparse", *args], capture_output=True, timeout=600)


def _expected_kind(name: str) -> str | None:
    """The error kind a file must give, or None when it must give a record."""
    if name == "unreadable.html":
        return None if IS_ROOT else "unreadable"
    return EXPECTED_KIND.get(name)


def test_python_api_gives_a_record_or_a_clean_error(hostile_folder: Path) -> None:
    for path in _inputs(hostile_folder):
        expected = _expected_kind(path.name)
        try:
            record = reviewparse.parse_file(path)
        except InternalError as error:
            raise AssertionError(f"{path.name}: internal error {error}") from error
        except ReviewParseError as error:
            assert error.kind == expected, f"{path.name}: {error.kind} ({error}), expected {expected}"
            assert str(path) in str(error), f"the message does not name its file: {error}"
            continue
        assert expected is None, f"{path.name} gave a record, expected {expected}"
        assert record.model_dump_json()


def test_cli_one_line_per_input_over_the_whole_folder(hostile_folder: Path) -> None:
    inputs = _inputs(hostile_folder)
    result = _run("parse", "--format", "jsonl", *map(str, inputs))
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr
    records = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    errors = stderr.splitlines()
    assert all(line.startswith("reviewparse: error: ") for line in errors), errors
    assert len(records) + len(errors) == len(inputs), (len(records), len(errors), len(inputs))
    # Every input is named exactly once, by its record or by its error line.
    named = [record["source"]["path"] for record in records] + [line.split(": ")[2] for line in errors]
    expected_names = [os.fsencode(path).decode("utf-8", "replace") for path in inputs]
    assert sorted(named) == sorted(expected_names)
    assert result.returncode == 1  # some failed, some did not


@pytest.mark.parametrize("name", [*sorted(EXPECTED_KIND), "unreadable.html", "ko-cp949-undeclared.html"])
def test_cli_exit_code_per_file(hostile_folder: Path, name: str) -> None:
    if name == "unreadable.html" and IS_ROOT:
        pytest.skip("running as root: file permissions do not apply, the file is read")
    result = _run("parse", str(hostile_folder / name))
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr
    assert result.returncode in DOCUMENTED_EXIT_CODES, (result.returncode, stderr)
    expected = _expected_kind(name)
    if expected is None:
        assert result.returncode == 0, stderr
        assert json.loads(result.stdout)["source"]["format"] in ("html", "text")
    else:
        assert result.returncode != 0 and len(stderr.splitlines()) == 1, stderr


def test_undecodable_file_name_gives_a_record(hostile_folder: Path) -> None:
    path = hostile_folder / os.fsdecode(b"name-\xff\xfe-not-utf8.html")
    result = _run("parse", str(path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["source"]["path"].endswith("name-\ufffd\ufffd-not-utf8.html")
