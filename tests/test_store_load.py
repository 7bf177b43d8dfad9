"""Loading records into SQLite and PostgreSQL: contents, idempotence, replacement, failures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reviewparse.models import ReviewPage, Work
from reviewparse.store import init_db, load_jsonl, load_records
from reviewparse.store.keys import name_key
from tests.store_data import fetch, fixture_records, hand_records, row_counts


def _shared_keys(records: list[ReviewPage]) -> dict[str, set[str]]:
    keys: dict[str, set[str]] = {t: set() for t in ("people", "companies", "networks", "platforms", "genres")}
    for record in records:
        for work in record.works:
            people = [c.actor for c in work.cast] + work.writers + work.directors
            keys["people"].update(name_key(n) for n in people)
            keys["companies"].update(name_key(n) for n in work.production_companies)
            keys["networks"].update(name_key(n) for n in work.networks)
            keys["platforms"].update(name_key(n) for n in work.platforms)
            keys["genres"].update(name_key(n) for n in work.genres)
    return keys


def _stored_work(url: str, path: str, position: int) -> dict[str, Any]:
    """One work as the database holds it, in the record's shape (names, in order)."""
    [(work_id, *scalars)] = fetch(
        url,
        "SELECT w.id, w.title, w.kind, w.year, w.country, w.episodes, w.aired_start, w.aired_end, "
        "w.runtime_min, w.runtime_max FROM works w JOIN sources s ON s.id = w.source_id "
        f"WHERE s.path = '{path}' AND w.position = {position}",
    )

    def names(link: str, table: str, column: str) -> list[str]:
        rows = fetch(
            url,
            f"SELECT t.name FROM {link} l JOIN {table} t ON t.id = l.{column} "
            f"WHERE l.work_id = {work_id} ORDER BY l.position",
        )
        return [row[0] for row in rows]

    def crew(role: str) -> list[str]:
        rows = fetch(
            url,
            "SELECT p.name FROM crew_credits c JOIN people p ON p.id = c.person_id "
            f"WHERE c.work_id = {work_id} AND c.role = '{role}' ORDER BY c.position",
        )
        return [row[0] for row in rows]

    cast = fetch(
        url,
        "SELECT p.name, c.character, c.description FROM cast_credits c JOIN people p ON p.id = c.person_id "
        f"WHERE c.work_id = {work_id} ORDER BY c.position",
    )
    awards = fetch(
        url,
        "SELECT ceremony, edition, year, category, outcome, recipient FROM awards "
        f"WHERE work_id = {work_id} ORDER BY position",
    )
    return {
        "scalars": tuple(scalars),
        "networks": names("work_networks", "networks", "network_id"),
        "platforms": names("work_platforms", "platforms", "platform_id"),
        "genres": names("work_genres", "genres", "genre_id"),
        "companies": names("work_companies", "companies", "company_id"),
        "writers": crew("writer"),
        "directors": crew("director"),
        "cast": [(name_key(a), c, d) for a, c, d in cast],
        "awards": awards,
    }


def _expected_work(work: Work) -> dict[str, Any]:
    def unique(names: list[str]) -> list[str]:
        return list({name_key(n): n for n in reversed(names)}.values())[::-1]

    return {
        "scalars": (
            work.title,
            work.kind,
            work.year,
            work.country,
            work.episodes,
            work.aired.start if work.aired else None,
            work.aired.end if work.aired else None,
            work.runtime.min_minutes if work.runtime else None,
            work.runtime.max_minutes if work.runtime else None,
        ),
        "networks": [name_key(n) for n in unique(work.networks)],
        "platforms": [name_key(n) for n in unique(work.platforms)],
        "genres": [name_key(n) for n in unique(work.genres)],
        "companies": [name_key(n) for n in unique(work.production_companies)],
        "writers": [name_key(n) for n in unique(work.writers)],
        "directors": [name_key(n) for n in unique(work.directors)],
        "cast": [(name_key(c.actor), c.character, c.description) for c in work.cast],
        "awards": [(a.ceremony, a.edition, a.year, a.category, a.outcome, a.recipient) for a in work.awards],
    }


def _keyed(stored: dict[str, Any]) -> dict[str, Any]:
    for field in ("networks", "platforms", "genres", "companies", "writers", "directors"):
        stored[field] = [name_key(n) for n in stored[field]]
    return stored


def test_the_database_holds_what_the_records_say(db_url: str) -> None:
    records = fixture_records() + hand_records()
    report = load_records(records, db_url)
    assert (report.loaded, report.replaced, report.unchanged, report.failed) == (len(records), 0, 0, 0)

    counts = row_counts(db_url)
    assert counts["sources"] == counts["reviews"] == len(records)
    assert counts["works"] == sum(len(r.works) for r in records)
    assert counts["cast_credits"] == sum(len(w.cast) for r in records for w in r.works)
    assert counts["awards"] == sum(len(w.awards) for r in records for w in r.works)
    assert counts["review_takeaways"] == sum(len(r.review.takeaways) for r in records)
    for table, keys in _shared_keys(records).items():
        assert counts[table] == len(keys), table
    assert counts["schema_version"] == 1

    for record in records:
        assert record.source.path is not None
        for position, work in enumerate(record.works):
            stored = _keyed(_stored_work(db_url, record.source.path, position))
            assert stored == _expected_work(work), f"{record.source.path} work {position}"


def test_loading_twice_changes_nothing(db_url: str) -> None:
    records = fixture_records() + hand_records()
    load_records(records, db_url)
    before = row_counts(db_url)
    sources = "SELECT id, source_key, record_sha256, loaded_at FROM sources ORDER BY id"
    snapshot = fetch(db_url, sources)
    report = load_records(records, db_url)
    assert (report.loaded, report.replaced, report.unchanged, report.failed) == (0, 0, len(records), 0)
    assert row_counts(db_url) == before
    assert fetch(db_url, sources) == snapshot


def test_a_person_in_two_works_is_one_row(db_url: str) -> None:
    load_records(hand_records(), db_url)
    rows = fetch(
        db_url,
        "SELECT p.name, COUNT(DISTINCT c.work_id) FROM people p JOIN cast_credits c ON c.person_id = p.id "
        "WHERE p.name_key = 'kimsoohyun' GROUP BY p.id, p.name",
    )
    assert rows == [("Kim Soo-hyun", 3)]  # "Kim Soo Hyun" in Drama B is the same person
    assert fetch(db_url, "SELECT COUNT(*) FROM platforms WHERE name_key = 'netflix'") == [(1,)]


def test_a_newer_record_replaces_its_sources_rows(db_url: str) -> None:
    records = hand_records()
    load_records(records, db_url)
    before = row_counts(db_url)
    newer = records[0].model_copy(deep=True)
    newer.works[0].episodes = 18
    newer.works[0].cast = newer.works[0].cast[:1]
    newer.source.sha256 = "f" * 64  # the page changed
    report = load_records([newer], db_url)
    assert (report.loaded, report.replaced, report.unchanged) == (0, 1, 0)

    after = row_counts(db_url)
    assert after["sources"] == before["sources"]
    assert after["works"] == before["works"]
    assert after["cast_credits"] == before["cast_credits"] - 1
    where = "WHERE s.path = 'hand/drama-a.html'"
    assert fetch(db_url, f"SELECT content_sha256 FROM sources s {where}") == [("f" * 64,)]
    episodes = f"SELECT w.episodes FROM works w JOIN sources s ON s.id = w.source_id {where}"
    assert fetch(db_url, episodes) == [(18,)]


def test_the_same_page_parsed_again_differently_replaces(db_url: str) -> None:
    records = hand_records()
    load_records(records, db_url)
    reparsed = records[1].model_copy(deep=True)  # same content hash, a better parser
    reparsed.works[0].country = "South Korea"
    report = load_records([reparsed], db_url)
    assert report.replaced == 1
    assert fetch(db_url, "SELECT country FROM works WHERE title = 'Drama B'") == [("South Korea",)]


def _bad_record(path: str = "hand/bad.html") -> ReviewPage:
    """A record the models would refuse (built without validation): episodes 0."""
    record = hand_records()[2].model_copy(deep=True)
    record.source.path = path
    work = record.works[0].model_copy(update={"episodes": 0})
    return record.model_copy(update={"works": [work]})


def test_a_record_that_breaks_a_constraint_fails_alone_and_writes_nothing(db_url: str) -> None:
    records = hand_records()
    report = load_records([*records[:2], _bad_record(), *records[2:]], db_url)
    assert (report.loaded, report.failed) == (len(records), 1)
    [failure] = report.failures
    assert failure.source == "hand/bad.html"
    assert "episodes" in failure.error
    assert fetch(db_url, "SELECT COUNT(*) FROM sources WHERE path = 'hand/bad.html'") == [(0,)]


def test_a_failed_replacement_keeps_the_old_rows(db_url: str) -> None:
    records = hand_records()
    load_records(records, db_url)
    before = row_counts(db_url)
    report = load_records([_bad_record("hand/drama-c.html")], db_url)
    assert report.failed == 1
    assert row_counts(db_url) == before
    assert fetch(db_url, "SELECT episodes FROM works WHERE title = 'Drama C'") == [(12,)]


def test_bad_lines_are_reported_with_their_place(db_url: str, tmp_path: Path) -> None:
    good = [r.model_dump_json() for r in hand_records()]
    invalid = json.loads(good[0])
    invalid["source"]["path"] = "hand/invalid.html"
    invalid["works"][0]["episodes"] = -3
    lines = [good[0], "{not json", json.dumps(invalid), "", *good[1:]]
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")

    report = load_jsonl([str(records)], db_url)
    assert (report.loaded, report.failed) == (len(good), 2)
    assert [f.source for f in report.failures] == [f"{records}:2", f"{records}:3 (hand/invalid.html)"]
    assert "not JSON" in report.failures[0].error
    assert "episodes" in report.failures[1].error


def test_parse_time_comes_from_the_line_or_the_file(sqlite_url: str, tmp_path: Path) -> None:
    first, second = (json.loads(r.model_dump_json()) for r in hand_records()[:2])
    first["parsed_at"] = "2024-05-01T10:00:00Z"
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(first) + "\n" + json.dumps(second) + "\n", encoding="utf-8")
    load_jsonl([str(records)], sqlite_url)
    stamps = [str(row[0]) for row in fetch(sqlite_url, "SELECT parsed_at FROM sources ORDER BY id")]
    assert stamps[0].startswith("2024-05-01 10:00:00")
    assert not stamps[1].startswith("2024-05-01")


def test_a_pretty_printed_json_record_loads_too(sqlite_url: str, tmp_path: Path) -> None:
    single = tmp_path / "one.json"
    single.write_text(hand_records()[0].model_dump_json(indent=2), encoding="utf-8")
    assert load_jsonl([str(single)], sqlite_url).loaded == 1


def test_db_init_creates_once_and_load_creates_on_first_use(db_url: str) -> None:
    assert init_db(db_url) is True
    assert init_db(db_url) is False
    assert row_counts(db_url)["schema_version"] == 1


def test_a_database_of_another_schema_version_is_refused(sqlite_url: str) -> None:
    from reviewparse.errors import DatabaseError

    init_db(sqlite_url)
    import sqlite3

    connection = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    connection.execute("UPDATE schema_version SET version = 99")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseError, match="schema version 99"):
        load_records(hand_records(), sqlite_url)


def test_a_deadlock_is_retried(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError

    import reviewparse.store.load as load_module

    class Deadlock(Exception):
        sqlstate = "40P01"

    real = load_module._load_one
    calls = {"n": 0}

    def flaky(*args: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 1:
            raise OperationalError("INSERT ...", {}, Deadlock("deadlock detected"))
        return real(*args)

    monkeypatch.setattr(load_module, "_load_one", flaky)
    report = load_records(hand_records()[:1], sqlite_url)
    assert (report.loaded, report.failed, calls["n"]) == (1, 0, 2)


def _cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reviewparse", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def test_cli_load_then_load_again(db_url: str, tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    lines = [r.model_dump_json() for r in hand_records()] + ["[1]"]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first = _cli("load", str(records), "--db", db_url, "--json", str(tmp_path / "report.json"))
    assert first.returncode == 1, first.stderr
    assert first.stdout.strip() == "loaded 6, replaced 0, unchanged 0, failed 1"
    assert f"reviewparse: error: {records}:7: not a record" in first.stderr
    assert json.loads((tmp_path / "report.json").read_text())["failed"] == 1
    second = _cli("load", str(records), "--db", db_url)
    assert second.stdout.strip() == "loaded 0, replaced 0, unchanged 6, failed 1"


def test_cli_db_init_and_the_default_database(tmp_path: Path) -> None:
    created = _cli("db", "init", cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    assert "created the schema in sqlite:///reviews.db" in created.stdout
    assert (tmp_path / "reviews.db").is_file()
    again = _cli("db", "init", cwd=tmp_path)
    assert "already up to date" in again.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["load", "missing.jsonl"], 3, "missing.jsonl: no such file"),
        (["db", "init", "--db", "mysql://x/y"], 2, "unsupported database 'mysql'"),
        (["db", "init", "--db", "::"], 2, "not a database URL"),
        (["db", "init", "--db", "postgresql://nobody@127.0.0.1:9/none"], 7, "cannot set up"),
    ],
)
def test_cli_errors_are_one_line(tmp_path: Path, args: list[str], code: int, message: str) -> None:
    result = _cli(*args, cwd=tmp_path)
    assert result.returncode == code
    assert result.stderr.startswith("reviewparse: error: ")
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_importing_reviewparse_does_not_import_sqlalchemy() -> None:
    code = (
        "import sys, reviewparse, reviewparse.cli, reviewparse.store; "
        "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
