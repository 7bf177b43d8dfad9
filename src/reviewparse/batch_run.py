"""``reviewparse batch``: inputs in, records to OUT, error entries to ERR, one line per input.

Lines are written in input order and flushed as they are produced, so a killed run
leaves a prefix of the inputs done; ``resume=True`` repairs a cut last line, counts
the keys already written and skips exactly those inputs.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from reviewparse.batch import DEFAULT_TIMEOUT, OutputLine, make_pool
from reviewparse.errors import ReviewParseError
from reviewparse.inputs import Task, bytes_sha256, iter_tasks, path_sha256
from reviewparse.pool import DEFAULT_CHUNK_SIZE
from reviewparse.progress import Progress, format_duration
from reviewparse.resume import DoneInputs, read_done
from reviewparse.settings import DEFAULT_OPTIONS, ParseOptions


class OutputError(ReviewParseError):
    """The output files cannot be used: unwritable, the same file twice, or in the way."""

    kind = "bad_output"
    exit_code = 2


class OutputExistsError(OutputError):
    """The output file exists and neither resume nor overwrite was asked for."""

    kind = "output_exists"


@dataclass
class BatchSummary:
    """What a run did; ``inputs`` counts the pages met, including those skipped as done."""

    inputs: int = 0
    skipped: int = 0
    records: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    workers: int = 0
    peak_worker_rss_kb: int = 0
    workers_replaced: int = 0
    repaired_bytes: int = 0

    @property
    def converted(self) -> int:
        return self.records + sum(self.errors.values())

    @property
    def pages_per_second(self) -> float:
        return self.converted / self.seconds if self.seconds > 0 else 0.0

    def format(self) -> str:
        lines = [
            f"inputs: {self.inputs}" + (f" ({self.skipped} already done, skipped)" if self.skipped else ""),
            f"records: {self.records}",
            f"errors: {sum(self.errors.values())}"
            + "".join(f"\n  {kind}: {count}" for kind, count in sorted(self.errors.items())),
            f"time: {format_duration(self.seconds)} ({self.seconds:.1f} s), "
            f"{self.pages_per_second:.1f} pages/s with {self.workers} workers",
        ]
        if self.peak_worker_rss_kb:
            lines.append(f"peak worker memory: {self.peak_worker_rss_kb / 1024:.0f} MB")
        if self.workers_replaced:
            lines.append(f"workers replaced: {self.workers_replaced}")
        if self.repaired_bytes:
            lines.append(f"resume: cut a half-written last line ({self.repaired_bytes} bytes)")
        return "\n".join(lines)


def default_errors_path(output: Path) -> Path:
    """``out.jsonl`` -> ``out.errors.jsonl`` beside it."""
    name = output.name
    stem = name[: -len(".jsonl")] if name.endswith(".jsonl") else name
    return output.with_name(stem + ".errors.jsonl")


def run_batch(
    inputs: Iterable[str],
    output: Path,
    errors: Path | None = None,
    *,
    globs: tuple[str, ...] = (),
    workers: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    resume: bool = False,
    overwrite: bool = False,
    evidence: bool = True,
    progress: Progress | None = None,
    stdin: TextIO | None = None,
    options: ParseOptions = DEFAULT_OPTIONS,
) -> BatchSummary:
    """Convert every input page; records to ``output``, error entries to ``errors``."""
    errors = errors or default_errors_path(output)
    if errors.resolve() == output.resolve():
        raise OutputError(f"{output}: records and errors cannot go to the same file")
    summary = BatchSummary()
    done = DoneInputs()
    if resume:
        done = read_done([output, errors])
        summary.repaired_bytes = done.repaired_bytes
    elif not overwrite:
        for path in (output, errors):
            if path.exists() and path.stat().st_size > 0:
                raise OutputExistsError(
                    f"{path} exists: pass --resume to continue that run, or --overwrite to start over"
                )
    mode = "a" if resume else "w"
    pool = make_pool(
        "line", workers=workers, timeout=timeout, chunk_size=chunk_size, options=options, evidence=evidence
    )
    summary.workers = pool.workers
    tasks = iter_tasks(inputs, globs, stdin, options)
    started = time.monotonic()
    try:
        out = open(output, mode, encoding="utf-8")  # noqa: SIM115 - closed by the with below
        err = open(errors, mode, encoding="utf-8")  # noqa: SIM115
    except OSError as error:
        raise OutputError(f"{error.filename}: cannot write ({error.strerror})") from error
    with out, err:
        try:
            for line in pool.imap(_not_done(tasks, done, summary, options)):
                assert isinstance(line, OutputLine)
                target = out if line.error_kind is None else err
                target.write(line.text + "\n")
                target.flush()
                if line.error_kind is None:
                    summary.records += 1
                else:
                    summary.errors[line.error_kind] += 1
                if progress is not None:
                    progress.update(error=line.error_kind is not None)
        finally:
            summary.seconds = time.monotonic() - started
            summary.peak_worker_rss_kb = pool.stats.peak_rss_kb
            summary.workers_replaced = pool.stats.timeouts + pool.stats.crashes
            for handle in (out, err):
                handle.flush()
                os.fsync(handle.fileno())
            if progress is not None:
                progress.close()
    return summary


def _not_done(
    tasks: Iterable[Task], done: DoneInputs, summary: BatchSummary, options: ParseOptions
) -> Iterator[Task]:
    """The tasks still to convert; counts every input met."""
    for task in tasks:
        summary.inputs += 1
        if done.keys and done.may_hold(task.path) and done.take(task.path, _task_sha(task, options)):
            summary.skipped += 1
            continue
        yield task


def _task_sha(task: Task, options: ParseOptions) -> str | None:
    if task.sha256 is not None or task.error is not None:
        return task.sha256
    if task.data is not None:
        return bytes_sha256(task.data, options.max_decompressed_bytes)
    return path_sha256(task.path or "", options)
