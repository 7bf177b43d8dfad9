"""Many pages at once: one result per input, in order, a failure never stopping the rest.

:func:`parse_many` is the Python API (worker processes, a per-page time limit);
:func:`parse_one` is the same conversion in this process, for callers that bring their
own parallelism (Dask, see ``docs/dask.md``). ``reviewparse batch`` (``batch_run.py``)
drives the same worker function in its JSON-lines mode.

Test hook: when the environment variable ``REVIEWPARSE_TEST_HANG_MARKER`` is set as a
pool starts, a worker sleeps on any page whose bytes contain that marker (for
``REVIEWPARSE_TEST_HANG_SECONDS``, default: until killed or orphaned), so tests can
prove that ``timeout`` fires and stop a run at a known page. It is read once per
pool and passed to the workers; with it unset the hot path pays one ``is None``.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from reviewparse.errors import ReviewParseError
from reviewparse.inputs import Task, bytes_sha256, path_sha256
from reviewparse.pool import DEFAULT_CHUNK_SIZE, WorkerPool
from reviewparse.settings import DEFAULT_OPTIONS, ParseOptions

if TYPE_CHECKING:
    from reviewparse.models import ReviewPage

HANG_MARKER_ENV = "REVIEWPARSE_TEST_HANG_MARKER"
HANG_SECONDS_ENV = "REVIEWPARSE_TEST_HANG_SECONDS"
DEFAULT_TIMEOUT = 30.0
CRASH = "crash"
TIMEOUT = "timeout"

PageInput = str | os.PathLike[str] | bytes | Task


@dataclass(frozen=True, slots=True)
class SourceKey:
    """Which input a result is about; ``path`` + ``sha256`` key it for ``--resume``."""

    path: str | None
    url: str | None
    sha256: str | None

    def to_json(self) -> dict[str, str | None]:
        return {"path": self.path, "url": self.url, "sha256": self.sha256}


@dataclass(frozen=True, slots=True)
class BatchError:
    """Why a page gave no record: a :class:`ReviewParseError` kind, ``crash`` or ``timeout``."""

    kind: str
    message: str


@dataclass(frozen=True, slots=True)
class BatchResult:
    """One input's outcome: its record, or the error that took its place."""

    source: SourceKey
    record: ReviewPage | None = None
    error: BatchError | None = None

    @property
    def ok(self) -> bool:
        return self.record is not None

    def to_json_line(self, *, evidence: bool = True) -> str:
        """The record as one JSON line, or the error entry ``{"source": ..., "error": ...}``."""
        if self.record is not None:
            return self.record.model_dump_json(exclude=None if evidence else {"evidence"})
        assert self.error is not None
        return error_line(self.source, self.error)


@dataclass(frozen=True, slots=True)
class OutputLine:
    """A result already serialized in the worker (the CLI's mode: JSON is built in parallel)."""

    path: str | None
    sha256: str | None
    error_kind: str | None
    text: str


def error_line(source: SourceKey, error: BatchError) -> str:
    entry = {"source": source.to_json(), "error": {"kind": error.kind, "message": error.message}}
    # ASCII escapes keep odd file names (surrogate-escaped bytes) writable as UTF-8.
    return json.dumps(entry, separators=(",", ":"))


def as_task(item: PageInput) -> Task:
    """A task for a path (str or PathLike), page bytes, or an existing task."""
    if isinstance(item, Task):
        return item
    if isinstance(item, bytes | bytearray | memoryview):
        data = bytes(item)
        return Task(data=data, sha256=bytes_sha256(data))
    return Task(path=os.fspath(item))


def parse_one(item: PageInput, options: ParseOptions = DEFAULT_OPTIONS) -> BatchResult:
    """Convert one input in this process; never raises for a bad page.

    A :class:`ReviewParseError` becomes an error of its ``kind``; any other exception
    (a bug the page triggered) becomes kind ``crash``.
    """
    task = as_task(item)
    if task.error is not None:
        return BatchResult(_task_key(task), error=BatchError(task.error.kind, task.error.message))
    from reviewparse.core import parse, parse_file

    try:
        if task.data is not None:
            record = parse(task.data, url=task.url, format=task.format, path=task.path, options=options)
        elif task.path is not None:
            record = parse_file(task.path, format=task.format, options=options)
        else:
            raise ValueError("a task needs a path or data")
    except ReviewParseError as error:
        return BatchResult(_task_key(task, options), error=BatchError(error.kind, str(error)))
    except Exception as error:  # one page's bug must not stop a batch
        message = f"{type(error).__name__}: {error}"
        return BatchResult(_task_key(task, options), error=crash_error(task, message))
    source = record.source
    return BatchResult(SourceKey(source.path, source.url, source.sha256), record=record)


def crash_error(task: Task, message: str) -> BatchError:
    return BatchError(CRASH, f"{task_label(task)}: {message}")


def timeout_error(task: Task, seconds: float) -> BatchError:
    return BatchError(TIMEOUT, f"{task_label(task)}: no result within {seconds:g} s (worker replaced)")


def task_label(task: Task) -> str:
    if task.url and task.path:
        return f"{task.path} {task.url}"
    return task.path or task.url or "input"


def _task_key(task: Task, options: ParseOptions = DEFAULT_OPTIONS) -> SourceKey:
    sha = task.sha256
    if sha is None and task.error is None:
        sha = bytes_sha256(task.data) if task.data is not None else path_sha256(task.path or "", options)
    return SourceKey(task.path, task.url, sha)


# ---- the worker side: module state set once per worker process by _init_worker ----

_MODE: Literal["result", "line"] = "result"
_OPTIONS = DEFAULT_OPTIONS
_EVIDENCE = True
_HANG: tuple[bytes, float] | None = None


def _init_worker(
    mode: Literal["result", "line"], options: ParseOptions, evidence: bool, hang: tuple[bytes, float] | None
) -> None:
    global _MODE, _OPTIONS, _EVIDENCE, _HANG
    _MODE, _OPTIONS, _EVIDENCE, _HANG = mode, options, evidence, hang
    import reviewparse.core  # noqa: F401 - warm the parser before the first page


def run_task(task: Task) -> BatchResult | OutputLine:
    """The function each worker maps over its tasks."""
    if _HANG is not None:
        _hang_if_marked(task, *_HANG)
    result = parse_one(task, _OPTIONS)
    if _MODE == "result":
        return result
    return as_output_line(result, evidence=_EVIDENCE)


def as_output_line(result: BatchResult, *, evidence: bool = True) -> OutputLine:
    kind = result.error.kind if result.error is not None else None
    text = result.to_json_line(evidence=evidence)
    return OutputLine(result.source.path, result.source.sha256, kind, text)


def _hang_if_marked(task: Task, marker: bytes, seconds: float) -> None:
    """The test hook: sleep on a marked page until ``seconds`` pass or the parent is gone."""
    data = task.data
    if data is None and task.path is not None:
        try:
            data = Path(task.path).read_bytes()
        except OSError:
            return
    if data is None or marker not in data:
        return
    parent = multiprocessing.parent_process()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and (parent is None or parent.is_alive()):
        time.sleep(0.05)


def hang_hook_from_env() -> tuple[bytes, float] | None:
    marker = os.environ.get(HANG_MARKER_ENV)
    if not marker:
        return None
    seconds = float(os.environ.get(HANG_SECONDS_ENV) or "inf")
    return marker.encode("utf-8"), seconds


def make_pool(
    mode: Literal["result", "line"],
    *,
    workers: int | None,
    timeout: float | None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    options: ParseOptions = DEFAULT_OPTIONS,
    evidence: bool = True,
    start_method: str | None = None,
) -> WorkerPool[Task, BatchResult | OutputLine]:
    def on_timeout(task: Task, seconds: float) -> BatchResult | OutputLine:
        result = BatchResult(_task_key(task, options), error=timeout_error(task, seconds))
        return result if mode == "result" else as_output_line(result)

    def on_crash(task: Task, message: str) -> BatchResult | OutputLine:
        result = BatchResult(_task_key(task, options), error=crash_error(task, message))
        return result if mode == "result" else as_output_line(result)

    return WorkerPool(
        run_task,
        on_timeout=on_timeout,
        on_crash=on_crash,
        workers=workers,
        timeout=timeout,
        chunk_size=chunk_size,
        initializer=_init_worker,
        initargs=(mode, options, evidence, hang_hook_from_env()),
        start_method=start_method,
        preload=("reviewparse.batch", "reviewparse.core"),
    )


def parse_many(
    items: Iterable[PageInput],
    *,
    workers: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    options: ParseOptions = DEFAULT_OPTIONS,
) -> Iterator[BatchResult]:
    """Parse paths or page bytes in worker processes; one :class:`BatchResult` per item, in order.

    ``items`` is consumed lazily (a generator of a million paths is fine); ``workers``
    defaults to all cores; a page running longer than ``timeout`` seconds becomes a
    ``timeout`` error and its worker is replaced (``None`` for no limit). Nothing
    raises for a bad page: check ``result.ok`` / ``result.error``. On platforms that
    spawn processes, call it under ``if __name__ == "__main__":``.
    """
    pool = make_pool("result", workers=workers, timeout=timeout, chunk_size=chunk_size, options=options)
    for result in pool.imap(as_task(item) for item in items):
        assert isinstance(result, BatchResult)
        yield result
