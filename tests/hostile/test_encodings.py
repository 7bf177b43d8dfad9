"""Korean, Japanese, Chinese and Western pages in every encoding they come in.

The byte files in ``charsets/`` are written by ``charsets/make_fixtures.py`` from
text it holds; ``expected.json`` names words the normalized text must contain.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import reviewparse
from reviewparse.core import build_document
from reviewparse.loading import load
from tests.hostile.charsets.make_fixtures import build

FOLDER = Path(__file__).parent / "charsets"
EXPECTED: dict[str, list[str]] = json.loads((FOLDER / "expected.json").read_text("utf-8"))


def test_fixture_files_match_their_script() -> None:
    files, expected = build()
    assert expected == EXPECTED
    stale = [name for name, data in files.items() if (FOLDER / name).read_bytes() != data]
    assert not stale, f"run tests/hostile/charsets/make_fixtures.py again: {stale}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_decoded_text_holds_the_words(name: str) -> None:
    page = load((FOLDER / name).read_bytes(), name=name)
    text = build_document(page).text
    missing = [word for word in EXPECTED[name] if word not in text]
    assert not missing, f"{name} read as {page.encoding}: {missing} missing from {text[:120]!r}"
    assert "\ufffd" not in text, f"{name} read as {page.encoding} has replacement characters"


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if "mojibake" in n))
def test_mojibake_is_repaired_and_said(name: str) -> None:
    record = reviewparse.parse_file(FOLDER / name)
    assert any("mojibake" in warning for warning in record.warnings)


@pytest.mark.parametrize(
    ("name", "codec"),
    [
        ("ko-cp949-undeclared.html", "cp949"),
        ("ko-cp949-declared-utf8.html", "cp949"),
        ("ja-cp932-undeclared.html", "cp932"),
        ("zh-gb18030-undeclared.html", "gb18030"),
        ("zh-hant-big5-undeclared.html", "big5"),
        ("fr-cp1252-undeclared.html", "cp1252"),
        ("ko-utf8-declared-latin1.html", "utf-8"),
        ("ja-utf16le-nobom.html", "utf-16-le"),
    ],
)
def test_detected_codec(name: str, codec: str) -> None:
    assert load((FOLDER / name).read_bytes(), name=name).encoding == codec


def test_every_fixture_parses_to_a_record() -> None:
    for name in EXPECTED:
        record = reviewparse.parse_file(FOLDER / name)
        assert record.source.format == ("text" if name.endswith(".txt") else "html")


def test_short_latin1_page_is_not_read_as_cjk() -> None:
    page = load("<p>Caf\u00e9 cr\u00e8me, \u00e0 Paris.</p>".encode("latin-1"))
    assert page.encoding == "cp1252" and "Café crème" in page.text


def test_mostly_utf8_with_a_stray_1252_quote() -> None:
    raw = "<p>Moving’s cast — 김수현 and “friends”.</p>".encode() + b" it\x92s fine"
    page = load(raw)
    assert "김수현" in page.text and "it’s fine" in page.text
    assert page.warnings


def test_ftfy_is_imported_only_for_mojibake() -> None:
    code = (
        "import sys, reviewparse\n"
        "assert 'lxml' not in sys.modules and 'ftfy' not in sys.modules\n"
        "reviewparse.parse('<p>Café, plain UTF-8: 김수현 as Moon Kang-tae.</p>'.encode())\n"
        "assert 'ftfy' not in sys.modules, 'ftfy loaded for a clean page'\n"
        "reviewparse.parse('<p>CafÃ© crÃ¨me</p>'.encode())\n"
        "assert 'ftfy' in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
