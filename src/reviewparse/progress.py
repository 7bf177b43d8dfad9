"""Progress of a batch on stderr: a redrawn line on a terminal, plain periodic lines otherwise."""

from __future__ import annotations

import time
from typing import TextIO

TTY_REDRAW_SECONDS = 0.2
PLAIN_LINE_SECONDS = 10.0
BAR_WIDTH = 24


def format_duration(seconds: float) -> str:
    seconds = int(max(0.0, seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class Progress:
    """Count, rate and (when the total is known) ETA of a running batch.

    On a terminal one line is redrawn in place at most every 0.2 s; elsewhere (logs,
    CI) a plain line is printed every ``interval`` seconds. ``quiet`` prints nothing.
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        total: int | None = None,
        quiet: bool = False,
        tty: bool | None = None,
        interval: float = PLAIN_LINE_SECONDS,
    ) -> None:
        self.stream = stream
        self.total = total
        self.quiet = quiet
        self.tty = stream.isatty() if tty is None else tty
        self.interval = TTY_REDRAW_SECONDS if self.tty else interval
        self.count = 0
        self.errors = 0
        self.started = time.monotonic()
        self._last_shown = self.started
        self._drawn = False

    def update(self, *, error: bool = False) -> None:
        self.count += 1
        self.errors += error
        if self.quiet:
            return
        now = time.monotonic()
        if now - self._last_shown >= self.interval:
            self._last_shown = now
            self._show(now)

    def close(self) -> None:
        """End the redrawn line (so the summary starts on its own line)."""
        if self.quiet:
            return
        if self.tty:
            self._show(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()

    def line(self, now: float | None = None) -> str:
        now = time.monotonic() if now is None else now
        elapsed = max(now - self.started, 1e-9)
        rate = self.count / elapsed
        if self.total:
            done = min(self.count, self.total)
            percent = 100.0 * done / self.total
            text = f"{done}/{self.total} pages ({percent:.0f}%)"
        else:
            text = f"{self.count} pages"
        text += f", {self.errors} errors, {rate:.1f} pages/s, {format_duration(elapsed)} elapsed"
        if self.total and rate > 0:
            text += f", ETA {format_duration((self.total - min(self.count, self.total)) / rate)}"
        return text

    def bar(self) -> str:
        """``[#######-------] `` when the total is known, else nothing."""
        if not self.total:
            return ""
        filled = round(BAR_WIDTH * min(self.count, self.total) / self.total)
        return "[" + "#" * filled + "-" * (BAR_WIDTH - filled) + "] "

    def _show(self, now: float) -> None:
        if self.tty:
            self.stream.write("\r\x1b[2K" + self.bar() + self.line(now))
        else:
            self.stream.write("reviewparse: " + self.line(now) + "\n")
        self.stream.flush()
