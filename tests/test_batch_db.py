"""`reviewparse batch ... --db URL`: the records a batch writes also land in the database."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from reviewparse.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
pytest.importorskip("sqlalchemy")


def test_batch_loads_its_records_into_the_database(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("a01-seed-blog.html", "b01-netflix-kdrama-roundup.html", "a02-infobox-lines.txt"):
        shutil.copy(FIXTURES / name, pages / name)
    out, db = tmp_path / "out.jsonl", tmp_path / "x.db"
    assert main(["batch", str(pages), "-o", str(out), "--db", f"sqlite:///{db}", "-q", "--workers", "1"]) == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    works = sum(len(record["works"]) for record in records)
    with sqlite3.connect(db) as connection:
        assert connection.execute("select count(*) from sources").fetchone() == (3,)
        assert connection.execute("select count(*) from works").fetchone() == (works,)
    # loading again through a second batch run changes no row counts
    assert (
        main(
            [
                "batch",
                str(pages),
                "-o",
                str(out),
                "--db",
                f"sqlite:///{db}",
                "-q",
                "--overwrite",
                "--workers",
                "1",
            ]
        )
        == 0
    )
    with sqlite3.connect(db) as connection:
        assert connection.execute("select count(*) from works").fetchone() == (works,)
