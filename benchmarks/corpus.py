"""Pages for the benchmarks: real pages multiplied with variations, synthetic pages, garbage.

Not part of the test suite. ``python benchmarks/run.py`` and ``python benchmarks/scale.py``
use these to build their inputs in a temporary folder.
"""

from __future__ import annotations

import gzip
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
PAGE_SUFFIXES = (".html", ".txt")
_YEAR = re.compile(rb"\b(19[5-9]\d|20[0-2]\d)\b")
_BODY_END = re.compile(rb"</body>", re.IGNORECASE)


def base_pages() -> list[Path]:
    """The real pages: test fixtures and ../shared/corpus (where it exists)."""
    pages = [p for p in sorted(FIXTURES.iterdir()) if p.suffix in PAGE_SUFFIXES]
    if SHARED_CORPUS.is_dir():
        pages += [p for p in sorted(SHARED_CORPUS.iterdir()) if p.suffix in PAGE_SUFFIXES]
    return pages


def variant(data: bytes, suffix: str, number: int) -> tuple[bytes, str]:
    """One variation of a page: same shape, different bytes (and sometimes gzip or CRLF)."""
    kind = number % 5
    if kind == 1:  # years shifted: other dates for the date code to read
        data = _YEAR.sub(lambda m: str(int(m.group(1)) - 1 - number % 3).encode(), data)
    elif kind == 2:  # an extra paragraph of prose
        extra = f"Reader note {number}: the second half drags a little, but the finale lands.".encode()
        if suffix == ".html" and _BODY_END.search(data):
            data = _BODY_END.sub(b"<p>" + extra + b"</p></body>", data, count=1)
        else:
            data = data + b"\n\n" + extra + b"\n"
    elif kind == 3:  # Windows line ends
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    elif kind == 4:  # stored compressed
        return gzip.compress(data, compresslevel=5), suffix + ".gz"
    marker = f"<!-- variant {number} -->\n" if suffix == ".html" else f"\n\nVariant {number}.\n"
    return (marker.encode() + data if suffix == ".html" else data + marker.encode()), suffix


def build_corpus(folder: Path, minimum: int = 2000) -> list[Path]:
    """At least ``minimum`` pages in ``folder``: each real page, then variations of it."""
    folder.mkdir(parents=True, exist_ok=True)
    bases = base_pages()
    copies = -(-minimum // len(bases))
    written = []
    for number in range(copies):
        for base in bases:
            data, suffix = base.read_bytes(), base.suffix
            if number:
                data, suffix = variant(data, suffix, number)
            target = folder / f"{base.stem}.v{number:03d}{suffix}"
            target.write_bytes(data)
            written.append(target)
    return written


_FIRST = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo"]
_GIVEN = ["Min-jun", "Seo-yeon", "Ha-eun", "Ji-ho", "Do-yoon", "Su-ah", "Ye-jin", "Woo-jin", "Na-rae"]
_WORDS = ["Moonlit", "Harbor", "Spring", "Letters", "Crown", "Winter", "Garden", "Echo", "Signal", "River"]
_NETWORKS = ["tvN", "JTBC", "SBS", "MBC", "KBS2", "ENA"]
_PLATFORMS = ["Netflix", "Viki", "Disney+", "Prime Video", "TVING"]


def synthetic_page(number: int, rng: random.Random) -> bytes:
    """A small review page (about 1.5 KB) with the usual facts, different every time."""
    title = f"{rng.choice(_WORDS)} {rng.choice(_WORDS)} {number}"
    year = rng.randint(2005, 2024)
    people = [f"{rng.choice(_FIRST)} {rng.choice(_GIVEN)}" for _ in range(5)]
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title} Review</title></head>"
        f"<body><article><h1>{title} Review: worth the wait</h1>"
        f"<p>By {people[0]} · March {rng.randint(1, 28)}, {year + 1}</p>"
        f"<p>{title} is a {year} South Korean drama that aired on {rng.choice(_NETWORKS)} "
        f"with {rng.randint(6, 24)} episodes of {rng.randint(50, 80)} minutes. "
        f"It streams on {rng.choice(_PLATFORMS)}.</p>"
        f"<h2>Cast</h2><ul><li>{people[1]} as {people[2]}</li><li>{people[3]} as {people[4]}</li></ul>"
        f"<p>{' '.join(rng.choice(_WORDS).lower() for _ in range(60))}.</p>"
        f"<p>Rating: {rng.randint(5, 10)}/10</p></article></body></html>"
    ).encode()


GARBAGE_KINDS = ("binary", "empty", "truncated_gzip", "wrong_encoding", "huge", "huge_page")


def garbage_page(folder: Path, number: int, rng: random.Random) -> Path:
    """One bad input of a rotating kind; 'huge' files are sparse (cheap on disk)."""
    kind = GARBAGE_KINDS[number % len(GARBAGE_KINDS)]
    if kind == "binary":
        path = folder / f"garbage{number:05d}.html"
        path.write_bytes(rng.randbytes(4096))
    elif kind == "empty":
        path = folder / f"garbage{number:05d}.html"
        path.write_bytes(b"")
    elif kind == "truncated_gzip":
        path = folder / f"garbage{number:05d}.html.gz"
        whole = gzip.compress(synthetic_page(number, rng))
        path.write_bytes(whole[: rng.randint(1, len(whole) // 2)])
    elif kind == "wrong_encoding":  # UTF-16 without a byte-order mark, declared as UTF-8
        path = folder / f"garbage{number:05d}.html"
        path.write_bytes(synthetic_page(number, rng).decode("utf-8").encode("utf-16-le"))
    elif kind == "huge":  # over the input limit
        path = folder / f"garbage{number:05d}.html"
        with open(path, "wb") as handle:
            handle.truncate(25 * 1024 * 1024)
    else:  # under the limit but large: 4 MB of markup
        path = folder / f"garbage{number:05d}.html"
        path.write_bytes(b"<html><body>" + b"<div><p>spam spam spam</p></div>" * 130_000 + b"</body></html>")
    return path
