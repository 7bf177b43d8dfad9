"""Batches at scale: memory stays bounded, and garbage never loses a line.

    .venv/bin/python benchmarks/scale.py memory  --pages 100000   # synthetic pages
    .venv/bin/python benchmarks/scale.py garbage --pages 10000    # 1% garbage inputs

Generates the pages in a temporary folder, runs ``reviewparse batch`` on them in a
subprocess, samples the memory (RSS) of the batch process and of its workers while it
runs, and checks that OUT + ERR hold exactly one line per input. Appends a section to
``benchmarks/RESULTS.md`` (``--no-write`` to only print). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import GARBAGE_KINDS, garbage_page, synthetic_page

HERE = Path(__file__).resolve().parent
CLI = str(Path(sys.executable).with_name("reviewparse"))
SAMPLE_SECONDS = 1.0


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except (OSError, ValueError):
        return []


def count_lines(path: Path) -> int:
    if not path.exists():
        return 0
    with open(path, "rb") as handle:
        return sum(1 for _ in handle)


def generate(folder: Path, pages: int, garbage_share: float, seed: int = 5) -> Counter[str]:
    """``pages`` inputs in folders of 1,000; a share of them garbage. Returns kinds made."""
    rng = random.Random(seed)
    made: Counter[str] = Counter()
    garbage_every = round(1 / garbage_share) if garbage_share else 0
    garbage_number = 0
    for number in range(pages):
        sub = folder / f"d{number // 1000:03d}"
        if number % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        if garbage_every and number % garbage_every == garbage_every // 2:
            garbage_page(sub, garbage_number, rng)
            made[GARBAGE_KINDS[garbage_number % len(GARBAGE_KINDS)]] += 1
            garbage_number += 1
        else:
            (sub / f"page{number:06d}.html").write_bytes(synthetic_page(number, rng))
            made["page"] += 1
    return made


@dataclass
class RunResult:
    exit: int
    wall: float
    records: int
    errors: int
    error_kinds: dict[str, int]
    peak_parent_mb: float
    peak_worker_mb: float
    samples: list[tuple[int, float, float]]
    summary: list[str]


def run(folder: Path, scratch: Path, workers: int | None) -> RunResult:
    out, err = scratch / "out.jsonl", scratch / "out.errors.jsonl"
    command = [CLI, "batch", str(folder), "-o", str(out), "--errors", str(err)]
    if workers:
        command += ["--workers", str(workers)]
    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    samples = []
    while process.poll() is None:
        parent = rss_mb(process.pid)
        worker = max((rss_mb(child) for child in children(process.pid)), default=0.0)
        samples.append((round(time.perf_counter() - started), parent, worker))
        time.sleep(SAMPLE_SECONDS)
    stderr = process.stderr.read() if process.stderr else ""
    wall = time.perf_counter() - started
    kinds: Counter[str] = Counter()
    if err.exists():
        with open(err, encoding="utf-8") as handle:
            for line in handle:
                kinds[json.loads(line)["error"]["kind"]] += 1
    return RunResult(
        exit=process.returncode,
        wall=wall,
        records=count_lines(out),
        errors=count_lines(err),
        error_kinds=dict(sorted(kinds.items())),
        peak_parent_mb=max((s[1] for s in samples), default=0.0),
        peak_worker_mb=max((s[2] for s in samples), default=0.0),
        samples=samples,
        summary=stderr.strip().splitlines()[-9:],
    )


def report(mode: str, pages: int, made: Counter[str], result: RunResult, generate_s: float) -> str:
    total = result.records + result.errors
    samples = result.samples
    picks = [samples[int(len(samples) * f)] for f in (0.1, 0.5, 0.9)] if samples else []
    trend = "; ".join(f"{t} s: batch {p:.0f} MB, worker {w:.0f} MB" for t, p, w in picks)
    made_text = ", ".join(f"{kind}: {count}" for kind, count in sorted(made.items()))
    verdict = "exactly one per input" if total == pages else "MISMATCH"
    lines = [
        f"## `scale.py {mode} --pages {pages}` ({datetime.date.today().isoformat()})",
        "",
        f"- inputs: {pages} ({made_text}); generated in {generate_s:.0f} s",
        f"- output lines: {result.records} records + {result.errors} errors = {total} ({verdict});"
        f" exit {result.exit}",
        f"- error kinds: {result.error_kinds}",
        f"- wall: {result.wall:.0f} s ({pages / result.wall:.0f} pages/s)",
        f"- peak RSS sampled every {SAMPLE_SECONDS:g} s: batch process {result.peak_parent_mb:.0f} MB,"
        f" largest worker {result.peak_worker_mb:.0f} MB",
        f"- RSS over the run (10%, 50%, 90% of the time): {trend}",
        "- summary printed by the batch:",
        "",
        *[f"      {line}" for line in result.summary],
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("memory", "garbage"))
    parser.add_argument("--pages", type=int, default=None)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    pages = args.pages or (100_000 if args.mode == "memory" else 10_000)
    share = 0.01 if args.mode == "garbage" else 0.0
    with tempfile.TemporaryDirectory(prefix="reviewparse-scale-") as scratch_name:
        scratch = Path(scratch_name)
        started = time.perf_counter()
        made = generate(scratch / "pages", pages, share)
        generate_s = time.perf_counter() - started
        print(f"generated {pages} inputs in {generate_s:.0f} s", file=sys.stderr)
        result = run(scratch / "pages", scratch, args.workers)
    text = report(args.mode, pages, made, result, generate_s)
    print(text)
    if not args.no_write:
        with open(HERE / "RESULTS.md", "a", encoding="utf-8") as handle:
            handle.write("\n" + text)


if __name__ == "__main__":
    main()
