"""A process pool that maps a function over a stream in order, with a real per-item time limit.

``concurrent.futures.ProcessPoolExecutor`` cannot stop a task that hangs, and pebble's
pool, which can, applies its time limit to a whole chunk when it maps in chunks (one
slow page fails its neighbours: pebble issue 132). So this pool runs its own worker
processes, one pipe each. The parent hands an idle worker a chunk of items (cheap for
small pages: one message per chunk), the worker sends back one result per item as it
finishes, and the parent knows which item each worker is on and since when. A worker
past the limit is killed (SIGKILL) and replaced; its item becomes
``on_timeout(item)``, the rest of its chunk goes to the next idle worker. A worker that
dies (segfault, out of memory) costs only the item it was on (``on_crash``).

Memory stays bounded: items are pulled from the input only while fewer than
``workers * chunk_size * 4`` are in flight or waiting for an earlier one to finish, and
results are yielded as soon as every earlier one has been.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

DEFAULT_CHUNK_SIZE = 4
_LOOKAHEAD_CHUNKS = 4
_POLL_SECONDS = 1.0
_GOODBYE_SECONDS = 2.0
_PR_SET_PDEATHSIG = 1
_MAX_FAILED_STARTS = 3


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _peak_rss_kb() -> int:
    try:
        import resource
    except ImportError:  # Windows
        return 0
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _worker_main(
    conn: Connection,
    func: Callable[[Any], Any],
    initializer: Callable[..., None] | None,
    initargs: tuple[Any, ...],
) -> None:
    """A worker's life: run chunks until told to stop or the parent goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _die_with_parent()
    if initializer is not None:
        initializer(*initargs)
    try:  # the clock of a page starts only once its worker is ready, not while it starts
        conn.send(("ready", -1, None, _peak_rss_kb()))
    except OSError:
        return
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            with contextlib.suppress(OSError):
                conn.send(("bye", -1, None, _peak_rss_kb()))
            return
        last = len(chunk) - 1
        for position, (seq, item) in enumerate(chunk):
            try:
                result = func(item)
                rss = _peak_rss_kb() if position == last else 0
                conn.send(("ok", seq, result, rss))
            except (BrokenPipeError, ConnectionResetError):
                return
            except Exception as error:  # the item's failure, reported as such
                with contextlib.suppress(OSError):
                    conn.send(("crash", seq, f"{type(error).__name__}: {error}", _peak_rss_kb()))


def _die_with_parent() -> None:
    """Never outlive the parent, even one killed with SIGKILL mid-page.

    On Linux the kernel kills a worker whose parent dies (``PR_SET_PDEATHSIG``) when the
    parent forked it directly; a watchdog thread covers forkserver workers and pages
    that loop in Python code.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    if sys.platform == "linux" and os.getppid() == parent.pid:
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent.pid:  # the parent died before prctl
            os._exit(1)
    sentinel = parent.sentinel

    def watch() -> None:
        wait([sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="reviewparse-parent-watch", daemon=True).start()


@dataclass(eq=False)
class _Worker(Generic[Item]):
    process: Any
    conn: Connection
    pending: deque[tuple[int, Item]] = field(default_factory=deque)
    started: float = 0.0
    ready: bool = False


@dataclass
class PoolStats:
    """What the pool saw: workers started, replaced, and their peak memory."""

    started: int = 0
    timeouts: int = 0
    crashes: int = 0
    peak_rss_kb: int = 0


class WorkerPool(Generic[Item, Result]):
    """Ordered ``map`` over worker processes with a per-item time limit.

    ``func``, ``initializer`` and the items must pickle (module-level functions and
    plain data). ``on_timeout(item, seconds)`` and ``on_crash(item, message)`` build
    the result for an item that hung or killed its worker; they run in the parent.
    """

    def __init__(
        self,
        func: Callable[[Item], Result],
        *,
        on_timeout: Callable[[Item, float], Result],
        on_crash: Callable[[Item, str], Result],
        workers: int | None = None,
        timeout: float | None = 30.0,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        initializer: Callable[..., None] | None = None,
        initargs: tuple[Any, ...] = (),
        start_method: str | None = None,
        preload: tuple[str, ...] = (),
    ) -> None:
        if workers is not None and workers < 1:
            raise ValueError("workers must be at least 1")
        if chunk_size < 1:
            raise ValueError("chunk_size must be at least 1")
        self.func = func
        self.on_timeout = on_timeout
        self.on_crash = on_crash
        self.workers = workers or default_workers()
        self.timeout = timeout if timeout and timeout > 0 else None
        self.chunk_size = chunk_size
        self.initializer = initializer
        self.initargs = initargs
        self.stats = PoolStats()
        self._failed_starts = 0
        self._context = _context(start_method, preload)

    def imap(self, items: Iterable[Item]) -> Iterator[Result]:
        """Results in the order of ``items``, one per item, whatever happens to a worker."""
        source = iter(enumerate(items))
        retry: deque[tuple[int, Item]] = deque()
        ready: dict[int, Result] = {}
        pulled = 0
        next_seq = 0
        exhausted = False
        lookahead = self.workers * self.chunk_size * _LOOKAHEAD_CHUNKS
        workers = [self._start() for _ in range(self.workers)]
        try:
            while True:
                for index, worker in enumerate(workers):
                    if worker.pending or not worker.ready:
                        continue
                    chunk: list[tuple[int, Item]] = []
                    while len(chunk) < self.chunk_size:
                        if retry:
                            chunk.append(retry.popleft())
                            continue
                        if exhausted or pulled - next_seq >= lookahead:
                            break
                        try:
                            chunk.append(next(source))
                        except StopIteration:
                            exhausted = True
                            break
                        pulled += 1
                    if chunk:
                        workers[index] = self._assign(worker, chunk, retry)
                while next_seq in ready:
                    yield ready.pop(next_seq)
                    next_seq += 1
                if exhausted and not retry and next_seq == pulled:
                    return
                self._collect(workers, ready, retry)
        finally:
            self._shutdown(workers)

    def _assign(
        self, worker: _Worker[Item], chunk: list[tuple[int, Item]], retry: deque[tuple[int, Item]]
    ) -> _Worker[Item]:
        try:
            worker.conn.send(chunk)
        except OSError:
            # The worker died while idle (killed from outside): replace it, chunk intact.
            retry.extendleft(reversed(chunk))
            self._kill(worker)
            return self._start()
        worker.pending.extend(chunk)
        worker.started = time.monotonic()
        return worker

    def _collect(
        self,
        workers: list[_Worker[Item]],
        ready: dict[int, Result],
        retry: deque[tuple[int, Item]],
    ) -> None:
        """Wait for the next answers (or a deadline) and take them in."""
        watched = {worker.conn: worker for worker in workers if worker.pending or not worker.ready}
        if not watched:
            return
        busy = [worker for worker in watched.values() if worker.pending]
        wait_for = _POLL_SECONDS
        if self.timeout is not None and busy:
            now = time.monotonic()
            soonest = min(worker.started + self.timeout for worker in busy)
            wait_for = max(0.0, min(wait_for, soonest - now))
        for conn in wait(list(watched), timeout=wait_for):
            worker = watched[conn]  # type: ignore[index]
            try:
                status, seq, payload, rss = worker.conn.recv()
            except (EOFError, OSError):
                self._replace(workers, worker, ready, retry, lost="crash")
                continue
            self.stats.peak_rss_kb = max(self.stats.peak_rss_kb, rss)
            if status == "ready":
                worker.ready = True
                self._failed_starts = 0
                continue
            done_seq, item = worker.pending.popleft()
            if done_seq != seq:  # pragma: no cover - a protocol bug, not a page's fault
                raise RuntimeError(f"worker answered item {seq}, expected {done_seq}")
            ready[seq] = payload if status == "ok" else self.on_crash(item, payload)
            worker.started = time.monotonic()
        if self.timeout is not None:
            now = time.monotonic()
            for worker in busy:
                if worker.pending and now - worker.started > self.timeout and worker in workers:
                    self._replace(workers, worker, ready, retry, lost="timeout")

    def _replace(
        self,
        workers: list[_Worker[Item]],
        worker: _Worker[Item],
        ready: dict[int, Result],
        retry: deque[tuple[int, Item]],
        *,
        lost: str,
    ) -> None:
        """Kill ``worker``, charge its current item, give the rest of its chunk back."""
        self._kill(worker)
        if not worker.ready:
            self._failed_starts += 1
            if self._failed_starts > _MAX_FAILED_STARTS:
                raise RuntimeError(
                    f"worker processes die as they start (exit code {worker.process.exitcode})"
                )
        elif worker.pending:
            seq, item = worker.pending.popleft()
            if lost == "timeout":
                self.stats.timeouts += 1
                ready[seq] = self.on_timeout(item, self.timeout or 0.0)
            else:
                self.stats.crashes += 1
                code = worker.process.exitcode
                ready[seq] = self.on_crash(item, f"worker process died (exit code {code})")
            retry.extendleft(reversed(worker.pending))
            worker.pending.clear()
        workers[workers.index(worker)] = self._start()

    def _start(self) -> _Worker[Item]:
        parent_end, child_end = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=_worker_main,
            args=(child_end, self.func, self.initializer, self.initargs),
            daemon=True,
        )
        process.start()
        child_end.close()
        self.stats.started += 1
        return _Worker(process=process, conn=parent_end)

    def _kill(self, worker: _Worker[Item]) -> None:
        with contextlib.suppress(OSError, ValueError):
            worker.process.kill()
        worker.process.join()
        worker.conn.close()

    def _shutdown(self, workers: list[_Worker[Item]]) -> None:
        for worker in workers:
            if worker.pending or not worker.ready:
                self._kill(worker)
                continue
            try:
                worker.conn.send(None)
                if worker.conn.poll(_GOODBYE_SECONDS):
                    rss = worker.conn.recv()[3]
                    self.stats.peak_rss_kb = max(self.stats.peak_rss_kb, rss)
            except (EOFError, OSError):
                pass
            worker.process.join(_GOODBYE_SECONDS)
            if worker.process.is_alive():
                self._kill(worker)
            else:
                worker.conn.close()


def _context(start_method: str | None, preload: tuple[str, ...]) -> Any:
    """How workers start: ``fork`` on Linux from a single-threaded parent, else forkserver or spawn.

    Forked workers start warm (``preload`` is imported once, in the parent) and die with
    the parent; a parent with threads must not fork (a lock held by another thread
    would stay locked in the child), so it gets a forkserver where there is one.
    """
    if start_method is None:
        methods = multiprocessing.get_all_start_methods()
        if sys.platform == "linux" and threading.active_count() == 1:
            start_method = "fork"
        elif "forkserver" in methods:
            start_method = "forkserver"
        else:
            start_method = "spawn"
    context = multiprocessing.get_context(start_method)
    if start_method == "fork":
        for module in preload:
            importlib.import_module(module)
    elif start_method == "forkserver" and preload:
        context.set_forkserver_preload(list(preload))
    return context
