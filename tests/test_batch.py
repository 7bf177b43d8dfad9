"""reviewparse batch: every input gives exactly one line, errors are accounted for, runs resume."""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from reviewparse.batch import HANG_MARKER_ENV, HANG_SECONDS_ENV
from reviewparse.batch_run import OutputError, OutputExistsError, default_errors_path, run_batch
from reviewparse.inputs import count_inputs, iter_input_paths, path_sha256

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".html", ".txt"))
HANG = "HANG-HERE-FOR-TESTS"


def lines(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def source_keys(*paths: Path) -> Counter[tuple[object, object]]:
    keys: Counter[tuple[object, object]] = Counter()
    for path in paths:
        for entry in lines(path):
            source = entry["source"]
            assert isinstance(source, dict)
            keys[(source["path"], source["sha256"])] += 1
    return keys


def run_cli(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reviewparse", "batch", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def copy_pages(folder: Path, count: int) -> list[Path]:
    """``count`` good pages (fixtures, repeated under new names)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for index in range(count):
        page = PAGES[index % len(PAGES)]
        target = folder / f"p{index:04d}{page.suffix}"
        shutil.copyfile(page, target)
        made.append(target)
    return made


def make_garbage(folder: Path) -> dict[str, str]:
    """Bad inputs of every sort, with the error kind each must give."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.html").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\t\n")
    (folder / "binary.html").write_bytes(bytes(range(256)) * 20)
    (folder / "huge.html").write_bytes(b"<p>" + b"a" * (21 * 1024 * 1024))
    (folder / "broken.html.gz").write_bytes(b"\x1f\x8b\x08\x00garbage that is not deflate")
    return {
        "empty.html": "empty",
        "blank.txt": "empty",
        "binary.html": "not_a_page",
        "huge.html": "too_large",
        "broken.html.gz": "not_a_page",
    }


def test_every_input_gives_one_line_and_errors_say_why(tmp_path: Path) -> None:
    good = copy_pages(tmp_path / "in" / "good", 12)
    expected_kinds = make_garbage(tmp_path / "in" / "bad")
    (tmp_path / "in" / "bad" / "latin1.txt").write_bytes(
        "Caf\xe9 Minamdang review: the drama has 18 episodes and aired on KBS2.".encode("latin-1")
    )
    missing = tmp_path / "nowhere.html"
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(tmp_path / "in"), str(missing)], out, workers=2, timeout=20)
    errors = default_errors_path(out)
    assert errors.name == "out.errors.jsonl"
    records, entries = lines(out), lines(errors)
    inputs = len(good) + len(expected_kinds) + 2
    assert len(records) + len(entries) == inputs == summary.inputs
    assert summary.records == len(records) and sum(summary.errors.values()) == len(entries)
    kinds = {Path(str(e["source"]["path"])).name: e["error"]["kind"] for e in entries}  # type: ignore[index]
    assert kinds == {**expected_kinds, "nowhere.html": "not_found"}
    for entry in entries:
        assert set(entry) == {"source", "error"}
        assert set(entry["source"]) == {"path", "url", "sha256"}  # type: ignore[arg-type]
        assert entry["error"]["message"]  # type: ignore[index]
    assert next(e for e in entries if "empty.html" in str(e["source"]))["source"]["sha256"] == (  # type: ignore[index]
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    )
    # Records come in input order (sorted folder walk), each keyed by path and content hash.
    record_paths = [r["source"]["path"] for r in records]  # type: ignore[index]
    assert record_paths == sorted(record_paths)
    for record in records:
        source = record["source"]
        assert source["sha256"] == path_sha256(source["path"])  # type: ignore[index]


def test_gz_pages_and_glob_filter(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.html.gz").write_bytes(gzip.compress(PAGES[0].read_bytes()))
    shutil.copyfile(PAGES[1], folder / "b.txt")
    shutil.copyfile(PAGES[0], folder / "c.html")
    (folder / "notes.json").write_text("{}")
    (folder / ".hidden.html").write_text("<p>hidden</p>")
    assert [Path(p).name for p in iter_input_paths([str(folder)])] == ["b.txt", "c.html", "a.html.gz"]
    assert [Path(p).name for p in iter_input_paths([str(folder)], ("*.gz",))] == ["a.html.gz"]
    both = ("*.txt", "sub/*.gz")
    assert [Path(p).name for p in iter_input_paths([str(folder)], both)] == ["b.txt", "a.html.gz"]
    assert count_inputs([str(folder)], both) == 2
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)
    assert len(list(iter_input_paths([str(folder)]))) == 3

    out = tmp_path / "out.jsonl"
    summary = run_batch([str(folder)], out, globs=("*.gz",), workers=1)
    (record,) = lines(out)
    assert summary.records == 1 and not summary.errors
    assert record["source"]["path"].endswith("a.html.gz")  # type: ignore[index]
    assert record["works"][0]["title"] == "It's Okay to Not Be Okay"  # type: ignore[index]
    assert record["source"]["sha256"] == path_sha256(str(folder / "sub" / "a.html.gz"))  # type: ignore[index]


def test_cli_reads_paths_from_stdin_and_prints_a_summary(tmp_path: Path) -> None:
    pages = copy_pages(tmp_path / "in", 3)
    listing = "\n".join(str(p) for p in pages) + "\n\n" + str(tmp_path / "missing.html") + "\n"
    out = tmp_path / "out.jsonl"
    result = run_cli("-", "-o", str(out), "--workers", "1", stdin=listing)
    assert result.returncode == 1, result.stderr  # one input failed
    assert [r["source"]["path"] for r in lines(out)] == [str(p) for p in pages]  # type: ignore[index]
    (entry,) = lines(tmp_path / "out.errors.jsonl")
    assert entry["error"] == {"kind": "not_found", "message": f"{tmp_path / 'missing.html'}: no such file"}
    assert "inputs: 4" in result.stderr and "records: 3" in result.stderr
    assert "not_found: 1" in result.stderr and "pages/s" in result.stderr
    assert "Traceback" not in result.stderr


def test_existing_output_is_not_overwritten_without_asking(tmp_path: Path) -> None:
    pages = copy_pages(tmp_path / "in", 1)
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n")
    with pytest.raises(OutputExistsError):
        run_batch([str(pages[0])], out, workers=1)
    assert out.read_text() == "precious\n"
    run_batch([str(pages[0])], out, workers=1, overwrite=True)
    assert len(lines(out)) == 1
    with pytest.raises(OutputError, match="same file"):
        run_batch([str(pages[0])], out, out, workers=1, overwrite=True)
    result = run_cli(str(pages[0]), "-o", str(tmp_path / "no" / "such" / "out.jsonl"))
    assert result.returncode == 2 and "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_resume_after_kill_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    """kill -9 the CLI while a page hangs, cut its last line in half, then --resume."""
    pages = copy_pages(tmp_path / "in", 30)
    hang_page = pages[15]
    hang_page.write_text(hang_page.read_text(encoding="utf-8") + f"\n{HANG}\n", encoding="utf-8")
    pages[20].write_bytes(b"")  # an error entry among them
    out = tmp_path / "out.jsonl"
    errors = tmp_path / "err.jsonl"
    args = [str(tmp_path / "in"), "-o", str(out), "--errors", str(errors), "--workers", "2", "--quiet"]
    env = {HANG_MARKER_ENV: HANG, HANG_SECONDS_ENV: "60"}
    process = subprocess.Popen(
        [sys.executable, "-m", "reviewparse", "batch", *args],
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while len(lines(out)) < 15 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)  # the other worker runs ahead into the reorder buffer
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    written = lines(out)
    assert len(written) == 15, "the run should stop at the hanging page"
    assert not errors.exists() or not lines(errors)
    # A write cut short by the kill: half of a record, no newline.
    first_line = out.read_bytes().split(b"\n")[0]
    with open(out, "ab") as handle:
        handle.write(first_line[: len(first_line) // 2])

    result = run_cli(*args[:-1], "--resume")
    assert result.returncode == 1, result.stderr  # the empty page
    assert "already done" in result.stderr and "half-written" in result.stderr
    keys = source_keys(out, errors)
    assert sum(keys.values()) == len(pages)
    assert all(count == 1 for count in keys.values())
    assert {path for path, _ in keys} == {str(p) for p in pages}
    assert [r["source"]["path"] for r in lines(out)] == [str(p) for p in pages if p != pages[20]]  # type: ignore[index]
    assert [e["error"]["kind"] for e in lines(errors)] == ["empty"]  # type: ignore[index]

    # Resuming a finished run converts nothing and changes nothing.
    before = out.read_bytes(), errors.read_bytes()
    again = run_cli(*args, "--resume")
    assert again.returncode == 0 and (out.read_bytes(), errors.read_bytes()) == before


def test_resume_counts_repeated_inputs_and_reconverts_changed_ones(tmp_path: Path) -> None:
    page, other = copy_pages(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    run_batch([str(page), str(page)], out, workers=1)
    assert len(lines(out)) == 2
    # The same page listed a third time is new work; a changed page is a new key.
    other.write_bytes(page.read_bytes())
    summary = run_batch([str(page), str(page), str(page), str(other)], out, workers=1, resume=True)
    assert (summary.skipped, summary.records) == (2, 2)
    assert [r["source"]["path"] for r in lines(out)] == [str(page)] * 3 + [str(other)]  # type: ignore[index]
    page.write_text("<h1>Moving Review</h1><p>Moving has 20 episodes.</p>", encoding="utf-8")
    summary = run_batch([str(page)], out, workers=1, resume=True)
    assert (summary.skipped, summary.records) == (0, 1)


def test_timeout_fires_and_the_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = copy_pages(tmp_path / "in", 6)
    pages[1].write_text(f"<p>{HANG}</p>", encoding="utf-8")
    monkeypatch.setenv(HANG_MARKER_ENV, HANG)
    out = tmp_path / "out.jsonl"
    started = time.monotonic()
    summary = run_batch([str(tmp_path / "in")], out, workers=1, timeout=1.0, chunk_size=4)
    assert time.monotonic() - started < 20
    (entry,) = lines(default_errors_path(out))
    assert entry["error"]["kind"] == "timeout"  # type: ignore[index]
    assert entry["source"]["path"] == str(pages[1])  # type: ignore[index]
    # The rest of the hung page's chunk went to the new worker: nothing lost, order kept.
    assert [r["source"]["path"] for r in lines(out)] == [str(p) for i, p in enumerate(pages) if i != 1]  # type: ignore[index]
    assert summary.workers_replaced == 1 and summary.errors == {"timeout": 1}


def test_warc_html_responses_become_pages(tmp_path: Path) -> None:
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    archive = tmp_path / "crawl.warc.gz"
    html = PAGES[0].read_bytes()

    def response(writer: WARCWriter, url: str, status: str, content_type: str, body: bytes) -> None:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
        writer.write_record(record)

    with open(archive, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(
            writer.create_warc_record("https://a.example/review", "request", payload=io.BytesIO(b"GET /"))
        )
        response(writer, "https://a.example/review", "200 OK", "text/html; charset=utf-8", html)
        response(writer, "https://a.example/logo.png", "200 OK", "image/png", b"\x89PNG....")
        response(writer, "https://a.example/gone", "404 Not Found", "text/html", b"<p>not found</p>")
        response(writer, "https://b.example/text", "200 OK", "text/html", b"")
        response(writer, "https://b.example/again", "200 OK", "text/html", html)
    assert warcio.__name__ == "warcio"

    out = tmp_path / "out.jsonl"
    summary = run_batch([str(tmp_path)], out, workers=1)
    records, entries = lines(out), lines(default_errors_path(out))
    assert [r["source"]["url"] for r in records] == ["https://a.example/review", "https://b.example/again"]  # type: ignore[index]
    assert all(r["source"]["path"] == str(archive) for r in records)  # type: ignore[index]
    assert records[0]["works"][0]["title"] == "It's Okay to Not Be Okay"  # type: ignore[index]
    assert [(e["source"]["url"], e["error"]["kind"]) for e in entries] == [
        ("https://b.example/text", "empty")
    ]  # type: ignore[index]
    assert summary.inputs == 3

    # The two captures share path and content: resume counts them, it does not merge them.
    with open(out, "r+b") as handle:
        handle.truncate(len(out.read_bytes().split(b"\n")[0]) + 1)
    summary = run_batch([str(archive)], out, workers=1, resume=True)
    assert (summary.skipped, summary.records) == (2, 1)
    assert len(lines(out)) == 2


def test_truncated_archive_keeps_its_pages_and_reports_the_break(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for index in range(2):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        payload = io.BytesIO(PAGES[index].read_bytes() if index == 0 else b"<p>" + b"x" * 5000)
        record = writer.create_warc_record(
            f"https://a.example/{index}", "response", payload=payload, http_headers=headers
        )
        writer.write_record(record)
    data = buffer.getvalue()
    archive = tmp_path / "cut.warc"
    archive.write_bytes(data[: len(data) - 3000])
    out = tmp_path / "out.jsonl"
    run_batch([str(archive)], out, workers=1)
    assert [r["source"]["url"] for r in lines(out)] == ["https://a.example/0"]  # type: ignore[index]
    kinds = [e["error"]["kind"] for e in lines(default_errors_path(out))]  # type: ignore[index]
    assert kinds == ["bad_archive"]
