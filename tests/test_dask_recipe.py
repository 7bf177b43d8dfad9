"""The Dask recipe of docs/dask.md, run as written on a local process scheduler."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

DOC = Path(__file__).parent.parent / "docs" / "dask.md"
FIXTURES = Path(__file__).parent / "fixtures"


def recipe_source() -> str:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)
    assert blocks, "docs/dask.md lost its recipe"
    return str(blocks[0])


def test_dask_recipe_writes_one_line_per_page(tmp_path: Path) -> None:
    dask = pytest.importorskip("dask")
    pytest.importorskip("dask.bag")
    pages = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".html", ".txt"))[:6]
    folder = tmp_path / "pages"
    folder.mkdir()
    paths = []
    for page in pages:
        shutil.copyfile(page, folder / page.name)
        paths.append(str(folder / page.name))
    (folder / "empty.html").write_bytes(b"")
    paths.append(str(folder / "empty.html"))

    namespace: dict[str, object] = {"__name__": "dask_recipe"}
    exec(compile(recipe_source(), str(DOC), "exec"), namespace)
    convert = namespace["convert"]
    import dask.bag as db

    with dask.config.set(scheduler="processes", num_workers=2):
        convert(paths, str(tmp_path / "out"), partition_size=3)  # type: ignore[operator]
        worker_pids = set(db.from_sequence(range(4), npartitions=4).map(lambda _: os.getpid()).compute())
    assert os.getpid() not in worker_pids  # it really ran on worker processes

    def read(kind: str) -> list[dict[str, object]]:
        files = sorted((tmp_path / "out" / kind).glob("part-*.jsonl"), key=lambda p: int(p.stem[5:]))
        return [json.loads(line) for file in files for line in file.read_text().splitlines() if line]

    records, errors = read("records"), read("errors")
    assert [r["source"]["path"] for r in records] == paths[:-1]  # type: ignore[index]
    assert [e["source"]["path"] for e in errors] == [paths[-1]]  # type: ignore[index]
    assert errors[0]["error"]["kind"] == "empty"  # type: ignore[index]
    assert records[0]["works"][0]["title"] == "It's Okay to Not Be Okay"  # type: ignore[index]
