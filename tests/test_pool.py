"""The worker pool, parse_many, resume bookkeeping and progress lines."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest

import reviewparse
from reviewparse.batch import HANG_MARKER_ENV, BatchResult, parse_one
from reviewparse.pool import WorkerPool
from reviewparse.progress import Progress
from reviewparse.resume import read_done, repair_tail, source_of

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = FIXTURES / "a01-seed-blog.html"


def misbehave(item: int) -> int:
    """Module level, so workers can import it: 3 kills its worker, 5 raises, 7 sleeps."""
    if item == 3:
        os._exit(9)
    if item == 5:
        raise RuntimeError("five is bad")
    if item == 7:
        time.sleep(60)
    return item * 10


@pytest.mark.parametrize("start_method", [None, "forkserver"])
def test_pool_keeps_order_and_survives_crashes_and_hangs(start_method: str | None) -> None:
    pool: WorkerPool[int, object] = WorkerPool(
        misbehave,
        on_timeout=lambda item, seconds: f"timeout {item}",
        on_crash=lambda item, message: f"crash {item}: {message}",
        workers=2,
        timeout=1.0,
        chunk_size=3,
        start_method=start_method,
    )
    results = list(pool.imap(range(12)))
    assert len(results) == 12
    assert results[:3] == [0, 10, 20]
    assert str(results[3]).startswith("crash 3: worker process died (exit code 9)")
    assert results[4] == 40
    assert results[5] == "crash 5: RuntimeError: five is bad"
    assert results[6] == 60 and results[7] == "timeout 7"
    assert results[8:] == [80, 90, 100, 110]
    assert (pool.stats.timeouts, pool.stats.crashes) == (1, 1)
    assert pool.stats.started == 4


def slow_start(seconds: float) -> None:
    time.sleep(seconds)


def test_a_slow_starting_worker_does_not_eat_the_first_page_time() -> None:
    pool: WorkerPool[int, object] = WorkerPool(
        abs,
        on_timeout=lambda item, seconds: "timeout",
        on_crash=lambda item, message: "crash",
        workers=2,
        timeout=0.5,
        initializer=slow_start,
        initargs=(1.5,),
    )
    assert list(pool.imap(range(6))) == [0, 1, 2, 3, 4, 5]


def test_pool_pulls_its_input_lazily() -> None:
    pulled: list[int] = []

    def items() -> object:
        for number in range(10_000):
            pulled.append(number)
            yield number

    pool: WorkerPool[int, object] = WorkerPool(
        misbehave, on_timeout=lambda i, s: None, on_crash=lambda i, m: None, workers=1, chunk_size=2
    )
    stream = pool.imap(items())  # type: ignore[arg-type]
    assert next(stream) == 0
    assert len(pulled) <= 1 * 2 * 4 + 2
    stream.close()


def test_parse_many_yields_results_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(HANG_MARKER_ENV, raising=False)
    page = PAGE.read_bytes()
    items: list[object] = [PAGE, page, b"", str(tmp_path / "missing.html"), b"<h1>Moving Review</h1>"]
    results = list(reviewparse.parse_many(items, workers=2))  # type: ignore[arg-type]
    assert [type(r) for r in results] == [BatchResult] * 5
    assert [r.ok for r in results] == [True, True, False, False, True]
    assert results[0].record is not None and results[0].record.works[0].episodes == 16
    assert results[0].source.path == str(PAGE) and results[1].source.path is None
    assert results[0].source.sha256 == results[1].source.sha256
    assert [r.error.kind for r in results if r.error] == ["empty", "not_found"]
    assert '"error":{"kind":"empty"' in results[2].to_json_line()
    assert "parse_many" in reviewparse.__all__ and "BatchResult" in reviewparse.__all__


def test_a_bug_on_one_page_is_a_crash_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    import reviewparse.core

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("surprise")

    monkeypatch.setattr(reviewparse.core, "parse_file", broken)
    result = parse_one(PAGE)
    assert result.error is not None and result.error.kind == "crash"
    assert "KeyError" in result.error.message and str(PAGE) in result.error.message
    assert result.source.sha256 is not None


def test_repair_tail_cuts_only_a_half_written_line(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"a":1}\n{"b":2}\n{"c":')
    assert repair_tail(path) == 5
    assert path.read_bytes() == b'{"a":1}\n{"b":2}\n'
    assert repair_tail(path) == 0
    path.write_bytes(b'{"only": "half')
    assert repair_tail(path) == 14 and path.read_bytes() == b""
    assert repair_tail(tmp_path / "absent.jsonl") == 0


def test_read_done_counts_keys_of_records_and_error_entries(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    err = tmp_path / "out.errors.jsonl"
    record = (
        '{"schema_version":1,"source":{"path":"a.html","url":null,"sha256":"aa","format":"html"},"works":[]}'
    )
    out.write_text(record + "\n" + record + "\n" + record[:30])
    err.write_text(
        '{"source":{"path":"b.html","url":null,"sha256":null},"error":{"kind":"empty","message":"m"}}\n'
    )
    done = read_done([out, err])
    assert len(done) == 3 and done.repaired_bytes == 30
    assert done.may_hold("a.html") and not done.may_hold("c.html")
    assert done.take("a.html", "aa") and done.take("a.html", "aa") and not done.take("a.html", "aa")
    assert done.take("b.html", None)
    assert source_of('{"source": {"path": "x", "sha256": "y"}}') == {"path": "x", "sha256": "y"}
    assert source_of("not json") is None


def test_progress_plain_lines_and_terminal_bar() -> None:
    plain = io.StringIO()
    progress = Progress(plain, total=4, tty=False, interval=0.0)
    progress.update()
    progress.update(error=True)
    progress.close()
    shown = plain.getvalue().splitlines()
    assert shown[-1].startswith("reviewparse: 2/4 pages (50%), 1 errors, ") and "ETA" in shown[-1]

    terminal = io.StringIO()
    progress = Progress(terminal, total=None, tty=True)
    progress.interval = 0.0
    progress.update()
    progress.close()
    assert terminal.getvalue().startswith("\r\x1b[2K1 pages") and terminal.getvalue().endswith("\n")
    assert "pages/s" in terminal.getvalue() and "ETA" not in terminal.getvalue()

    bar = Progress(io.StringIO(), total=10, tty=True)
    bar.count = 5
    assert bar.bar() == "[" + "#" * 12 + "-" * 12 + "] "

    quiet = io.StringIO()
    progress = Progress(quiet, total=3, quiet=True, tty=True)
    progress.update()
    progress.close()
    assert quiet.getvalue() == ""
