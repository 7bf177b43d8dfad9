"""A fuzzer without atheris: real pages, mutated, through the same check as the atheris target.

    python fuzz/mutate.py [--seed N] [--seconds S] [FOLDER ...]

Takes the pages in the folders (default: tests/fixtures and ../shared/corpus), and
again and again inserts review fragments and hostile bytes, cuts and repeats spans,
then runs ``target.check``. A crash or an input slower than 5 s is written to
``fuzz/crashes/`` (copy it to ``tests/hostile/fuzz_crashes/``). Coverage-blind, but it
starts from real pages, so it reaches the extractors that random bytes rarely do.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from target import check  # noqa: E402
from tests.hostile.test_properties import FRAGMENTS  # noqa: E402

HOSTILE = [b"\xff", b"\x00", b"\xed\xa0\x80", b"(", b")", b" " * 5000, b"A" * 3000, b"<div>" * 300]
SLOW_SECONDS = 5.0


def mutate(page: bytes, rng: random.Random, pieces: list[bytes]) -> bytes:
    data = bytearray(page)
    for _ in range(rng.randint(1, 30)):
        position = rng.randrange(len(data) + 1)
        end = min(len(data), position + rng.randint(1, 400))
        roll = rng.random()
        if roll < 0.5:
            data[position:position] = rng.choice(pieces)
        elif roll < 0.8:
            del data[position:end]
        else:
            data[position:position] = data[position:end] * rng.randint(1, 5)
    return bytes([rng.randrange(8)]) + bytes(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--seconds", type=float, default=300)
    args = parser.parse_args()
    folders = args.folders or [HERE.parent / "tests" / "fixtures", HERE.parent.parent / "shared" / "corpus"]
    paths = [path for folder in folders for path in sorted(folder.glob("*"))]
    pages = [path.read_bytes() for path in paths if path.suffix in (".html", ".txt")]
    if not pages:
        print("no pages found", file=sys.stderr)
        return 2
    pieces = [fragment.encode("utf-8", "surrogatepass") for fragment in FRAGMENTS] + HOSTILE
    rng = random.Random(args.seed)
    crashes = HERE / "crashes"
    crashes.mkdir(exist_ok=True)
    started, runs, found = time.monotonic(), 0, 0
    while time.monotonic() - started < args.seconds:
        data = mutate(rng.choice(pages), rng, pieces)
        begun = time.monotonic()
        try:
            check(data)
        except Exception as error:
            found += 1
            path = crashes / f"mutate-{args.seed}-{runs}"
            path.write_bytes(data)
            print(f"crash {path}: {type(error).__name__}: {error}", flush=True)
        if time.monotonic() - begun > SLOW_SECONDS:
            found += 1
            path = crashes / f"slow-{args.seed}-{runs}"
            path.write_bytes(data)
            print(f"slow {path}: {time.monotonic() - begun:.1f} s", flush=True)
        runs += 1
    print(f"{runs} runs in {args.seconds:.0f} s, {found} crash(es) or slow input(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
