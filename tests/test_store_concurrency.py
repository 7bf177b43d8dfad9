"""Two processes loading overlapping files into one database at once neither fail nor
duplicate: each source is loaded by exactly one of them, and the result has the row
counts of one sequential load. PostgreSQL is the case that matters; SQLite is checked
too (its loaders take turns)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from reviewparse.models import CastCredit, ReviewPage, Source, Work
from reviewparse.store import load_records
from tests.store_data import fetch, fixture_records, hand_records, row_counts

SYNTHETIC = 150
ACTORS = [f"Actor {chr(65 + i // 26)}{chr(65 + i % 26)} Kim" for i in range(60)]


def _synthetic(number: int) -> ReviewPage:
    """Pages that share actors, networks and platforms heavily, to make loaders collide."""
    cast = [
        CastCredit(actor=ACTORS[(number * 7 + i * 11) % len(ACTORS)], character=f"Role {i}") for i in range(8)
    ]
    work = Work(
        title=f"Synthetic Drama {number}",
        kind="series",
        episodes=8 + number % 16,
        networks=[["tvN", "JTBC", "KBS2", "SBS"][number % 4]],
        platforms=["Netflix", "Viki"][: 1 + number % 2],
        genres=["romance", "thriller", "comedy"][: 1 + number % 3],
        writers=[ACTORS[(number * 3) % len(ACTORS)].replace("Actor", "Writer")],
        directors=[ACTORS[(number * 5) % len(ACTORS)].replace("Actor", "Director")],
        production_companies=[f"Studio {number % 5}"],
        cast=cast,
    )
    source = Source(path=f"synthetic/{number}.html", sha256=f"{number:064x}", format="html")
    return ReviewPage(source=source, works=[work])


def _write(path: Path, records: list[ReviewPage]) -> None:
    path.write_text("".join(record.model_dump_json() + "\n" for record in records), encoding="utf-8")


def _run_together(db_url: str, files: list[Path]) -> list[dict[str, int]]:
    """Start one ``reviewparse load`` per file at once; their JSON reports."""
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "reviewparse",
                "load",
                str(path),
                "--db",
                db_url,
                "--json",
                str(path.with_suffix(".report.json")),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in files
    ]
    deadline = time.monotonic() + 300
    outputs = [process.communicate(timeout=max(1.0, deadline - time.monotonic())) for process in processes]
    for process, (stdout, stderr) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, f"{stdout}\n{stderr}"
    return [json.loads(path.with_suffix(".report.json").read_text()) for path in files]


def _concurrent_load(db_url: str, tmp_path: Path) -> None:
    records = fixture_records() + hand_records() + [_synthetic(n) for n in range(SYNTHETIC)]
    third = len(records) // 3
    first, second = records[: 2 * third], list(reversed(records[third:]))  # a third in common
    _write(tmp_path / "first.jsonl", first)
    _write(tmp_path / "second.jsonl", second)

    reports = _run_together(db_url, [tmp_path / "first.jsonl", tmp_path / "second.jsonl"])

    assert [r["failed"] for r in reports] == [0, 0]
    assert sum(r["replaced"] for r in reports) == 0
    assert sum(r["loaded"] for r in reports) == len(records)  # each source loaded once
    assert sum(r["unchanged"] for r in reports) == len(first) + len(second) - len(records)

    concurrent = row_counts(db_url)
    sequential_url = f"sqlite:///{tmp_path / 'sequential.db'}"
    load_records(records, sequential_url)
    assert concurrent == row_counts(sequential_url)


def test_two_processes_load_overlapping_files_into_postgresql(pg_url: str, tmp_path: Path) -> None:
    _concurrent_load(pg_url, tmp_path)


def test_two_processes_load_overlapping_files_into_sqlite(sqlite_url: str, tmp_path: Path) -> None:
    _concurrent_load(sqlite_url, tmp_path)


def _concurrent_replace(db_url: str, tmp_path: Path) -> None:
    """Two versions of the same sources, loaded at once over a first load: every source
    ends with exactly one version's rows."""
    base = [_synthetic(n) for n in range(80)]
    load_records(base, db_url)
    versions = []
    for episodes in (30, 40):
        version = [record.model_copy(deep=True) for record in base]
        for record in version:
            record.works[0].episodes = episodes
        versions.append(version)
    _write(tmp_path / "v30.jsonl", versions[0])
    _write(tmp_path / "v40.jsonl", list(reversed(versions[1])))
    reports = _run_together(db_url, [tmp_path / "v30.jsonl", tmp_path / "v40.jsonl"])

    assert [r["failed"] for r in reports] == [0, 0]
    assert sum(r["loaded"] for r in reports) == 0
    assert sum(r["replaced"] for r in reports) == 2 * len(base)  # a changed fingerprint replaces, both times
    assert row_counts(db_url) == _counts_after_sequential_load(base, tmp_path)
    episodes = fetch(db_url, "SELECT DISTINCT episodes FROM works")
    assert set(episodes) <= {(30,), (40,)}


def _counts_after_sequential_load(records: list[ReviewPage], tmp_path: Path) -> dict[str, int]:
    url = f"sqlite:///{tmp_path / 'sequential-replace.db'}"
    load_records(records, url)
    return row_counts(url)


def test_two_processes_replace_the_same_sources_in_postgresql(pg_url: str, tmp_path: Path) -> None:
    _concurrent_replace(pg_url, tmp_path)


def test_two_processes_replace_the_same_sources_in_sqlite(sqlite_url: str, tmp_path: Path) -> None:
    _concurrent_replace(sqlite_url, tmp_path)
