"""The benchmark: one run measures the parser, the floor, start-up, and batch throughput.

    .venv/bin/python benchmarks/run.py            # writes benchmarks/RESULTS.md

Builds >= 2,000 pages (tests/fixtures and ../shared/corpus, multiplied with variations)
in a temporary folder, then reports: per-page median and p95 of ``reviewparse.parse``;
the same pages through ``lxml.html.document_fromstring`` alone (the floor) and the
ratio; ``import reviewparse`` time in a fresh interpreter; ``reviewparse parse`` wall
time for one page; ``reviewparse batch`` throughput with 1 and 2 workers and the ratio;
peak memory per worker. Not part of the test suite (it takes minutes).
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import contextlib

from corpus import build_corpus

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
_KEPT_SECTION = "# Scale runs"
PYTHON = sys.executable
CLI = str(Path(sys.executable).with_name("reviewparse"))
ONE_PAGE = HERE.parent / "tests" / "fixtures" / "a01-seed-blog.html"
_PEAK = re.compile(r"peak worker memory: (\d+) MB")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def page_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def time_parse(pages: list[Path]) -> tuple[list[float], list[float]]:
    """Seconds per page for reviewparse.parse and for lxml alone, same bytes, warm
    (in the order of ``pages``)."""
    import lxml.html

    import reviewparse

    datas = [(path.name, page_bytes(path)) for path in pages]
    for name, data in datas[:20]:  # warm caches and lazy imports
        reviewparse.parse(data, path=name)
        lxml.html.document_fromstring(data)
    ours, floor = [], []
    for name, data in datas:
        started = time.perf_counter()
        with contextlib.suppress(reviewparse.ReviewParseError):
            reviewparse.parse(data, path=name)
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        lxml.html.document_fromstring(data)
        floor.append(time.perf_counter() - started)
    return ours, floor


def import_seconds(runs: int = 7) -> float:
    code = "import time; t = time.perf_counter(); import reviewparse; print(time.perf_counter() - t)"
    times = [float(subprocess.check_output([PYTHON, "-c", code], text=True)) for _ in range(runs)]
    return statistics.median(times)


def cli_parse_seconds(runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([CLI, "parse", str(ONE_PAGE)], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def batch_run(folder: Path, workers: int, scratch: Path) -> tuple[float, int, float]:
    """Wall seconds, peak worker RSS (MB) and CPU seconds (all processes) of one batch."""
    out = scratch / f"batch{workers}.jsonl"
    before = os.times()
    started = time.perf_counter()
    done = subprocess.run(
        [CLI, "batch", str(folder), "-o", str(out), "--workers", str(workers), "--overwrite"],
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    after = os.times()
    if done.returncode not in (0, 1):
        raise SystemExit(f"batch failed: {done.stderr}")
    match = _PEAK.search(done.stderr)
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, int(match.group(1)) if match else 0, cpu


def _run_note(run: tuple[float, int, float]) -> str:
    # CPU s / wall s = the cores the run actually got: on a shared machine it shows
    # whether a low 2/1 ratio is the pool's doing or the neighbours'.
    return f"{run[0]:.1f} s wall, {run[2]:.1f} CPU s (all processes): {run[2] / run[0]:.2f} cores busy"


def _burn(_: int) -> int:
    total = 0
    for number in range(2_000_000):
        total += number
    return total


def machine_parallelism() -> float:
    """The 2/1 ratio a pure CPU loop gets right now: what the shared machine allows."""
    from multiprocessing import get_context

    rates = {}
    for processes in (1, 2):
        with get_context("spawn").Pool(processes) as pool:
            pool.map(_burn, range(processes))
            started = time.perf_counter()
            pool.map(_burn, range(8), chunksize=1)
            rates[processes] = 8 / (time.perf_counter() - started)
    return rates[2] / rates[1]


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{model}, {os.cpu_count()} cores{memory}; {platform.platform()}; Python {platform.python_version()}"
    )


def load_average() -> str:
    """Load average, and CPU pressure (share of time some task waited for a core) where known."""
    try:
        text = " / ".join(f"{value:.1f}" for value in os.getloadavg())
    except OSError:
        text = "n/a"
    try:
        some = Path("/proc/pressure/cpu").read_text().splitlines()[0]
        text += f" (CPU pressure avg60 {some.split('avg60=')[1].split()[0]}%)"
    except (OSError, IndexError):
        pass
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000, help="at least this many pages (default 2000)")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()

    load_before = load_average()
    with tempfile.TemporaryDirectory(prefix="reviewparse-bench-") as scratch_name:
        scratch = Path(scratch_name)
        pages = build_corpus(scratch / "pages", args.pages)
        print(f"{len(pages)} pages built", file=sys.stderr)
        ours, floor = time_parse(pages)
        print("parse timed", file=sys.stderr)
        imported = import_seconds()
        cli = cli_parse_seconds()
        # Alternate 1 and 2 workers, twice, and keep each one's faster run: on a machine
        # shared with other jobs this halves the odds that a neighbour decides the ratio.
        runs: dict[int, list[tuple[float, int, float]]] = {1: [], 2: []}
        allowed = [machine_parallelism()]
        for workers in (1, 2, 1, 2):
            runs[workers].append(batch_run(scratch / "pages", workers, scratch))
            print(f"{workers} worker(s): {runs[workers][-1]}", file=sys.stderr)
        allowed.append(machine_parallelism())
        one, two = min(runs[1]), min(runs[2])
    load_after = load_average()

    count = len(ours)
    median, p95 = statistics.median(ours), percentile(ours, 0.95)
    # The fixtures are small hand-written pages (median 4.6 KB); the saved real pages of
    # ../shared/corpus are 8-210 KB. Their own ratio shows the cost on pages as found.
    real = [i for i, page in enumerate(pages) if page.name[:1].isdigit()]
    real_ours = statistics.median([ours[i] for i in real]) if real else 0.0
    real_floor = statistics.median([floor[i] for i in real]) if real else 0.0
    floor_median, floor_p95 = statistics.median(floor), percentile(floor, 0.95)
    rate_one, rate_two = count / one[0], count / two[0]
    peak = max(run[1] for run in runs[1] + runs[2])
    rows = [
        ("pages (real pages x variations)", f"{count}", ""),
        ("`reviewparse.parse` per page, median", f"{median * 1000:.2f} ms", ""),
        ("`reviewparse.parse` per page, p95", f"{p95 * 1000:.2f} ms", ""),
        ("`lxml.html.document_fromstring` per page, median (floor)", f"{floor_median * 1000:.3f} ms", ""),
        ("`lxml.html.document_fromstring` per page, p95", f"{floor_p95 * 1000:.3f} ms", ""),
        ("median ratio parse / floor", f"{median / floor_median:.1f}x", "<= 5x"),
        (
            "real pages only (../shared/corpus x variations): median parse / floor",
            f"{real_ours * 1000:.2f} ms / {real_floor * 1000:.3f} ms = {real_ours / real_floor:.1f}x"
            if real
            else "n/a",
            f"{len(real)} pages",
        ),
        ("`import reviewparse` (fresh interpreter, median of 7)", f"{imported * 1000:.0f} ms", "<= 150 ms"),
        ("`reviewparse parse page.html` wall (median of 5)", f"{cli:.2f} s", "<= 0.5 s"),
        ("`reviewparse batch`, 1 worker (faster of 2 runs)", f"{rate_one:.1f} pages/s", _run_note(one)),
        ("`reviewparse batch`, 2 workers (faster of 2 runs)", f"{rate_two:.1f} pages/s", _run_note(two)),
        ("throughput ratio 2 / 1 workers", f"{rate_two / rate_one:.2f}x", ">= 1.8x"),
        (
            "the same ratio for a pure CPU loop, before / after",
            " / ".join(f"{ratio:.2f}x" for ratio in allowed),
            "what the shared machine allowed",
        ),
        ("peak RSS per worker (max over workers and runs)", f"{peak} MB", "<= 200 MB"),
    ]
    lines = [
        "# Benchmark results",
        "",
        f"Written by `benchmarks/run.py` on {datetime.date.today().isoformat()}.",
        "",
        f"- Machine: {machine()}",
        f"- Load average (1/5/15 min) before: {load_before};",
        f"  after: {load_after}.",
        "  A load above the core count means other jobs shared the cores, which lowers throughput",
        "  and the 2/1 ratio; 'cores busy' (CPU seconds / wall seconds of the batch and its",
        "  workers) shows how much of the machine a run actually got.",
        "",
        "| measure | value | note (target) |",
        "| --- | --- | --- |",
        *[f"| {name} | {value} | {note} |" for name, value, note in rows],
        "",
    ]
    kept = ""  # what scale.py and people added below the table ("# Scale runs ...") stays
    if args.output.exists():
        previous = args.output.read_text(encoding="utf-8")
        if _KEPT_SECTION in previous:
            kept = "\n\n" + previous[previous.index(_KEPT_SECTION) :]
    args.output.write_text("\n".join(lines) + kept, encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
