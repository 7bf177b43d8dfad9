"""Limits and isolation: sizes, gzip bombs, nesting depth, entities, network, odd inputs."""

from __future__ import annotations

import gzip
import socket
import subprocess
import sys
import time
import tracemalloc
import zlib
from pathlib import Path

import pytest

import reviewparse
from reviewparse.core import build_document
from reviewparse.errors import (
    EmptyInputError,
    InputTooLargeError,
    NotAPageError,
    TooDeeplyNestedError,
    UnsupportedFormatError,
)
from reviewparse.loading import load
from reviewparse.settings import MEGABYTE, ParseOptions

PAGE = "<html><body><h1>Moving Review</h1><p>Moving has 20 episodes on Disney+.</p></body></html>"


def gzip_bomb(inflated_bytes: int) -> bytes:
    """Gzip data that inflates to ``inflated_bytes`` zero bytes, built without holding them."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = b"\0" * MEGABYTE
    parts = [compressor.compress(chunk) for _ in range(inflated_bytes // MEGABYTE)]
    return b"".join([*parts, compressor.flush()])


# -- sizes ------------------------------------------------------------------------------


def test_bytes_over_the_input_limit_are_refused() -> None:
    with pytest.raises(InputTooLargeError, match="input limit"):
        reviewparse.parse(b"<p>x</p>" * 200, options=ParseOptions(max_input_bytes=1000))


def test_text_over_the_input_limit_is_refused() -> None:
    with pytest.raises(InputTooLargeError):
        reviewparse.parse("<p>x</p>" * 200, options=ParseOptions(max_input_bytes=1000))


def test_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    with big.open("wb") as handle:
        handle.truncate(30 * MEGABYTE)  # sparse: nothing is written or read
    started = time.monotonic()
    with pytest.raises(InputTooLargeError, match="over the 20971520-byte input limit"):
        reviewparse.parse_file(big)
    assert time.monotonic() - started < 1.0


def test_large_markup_under_the_limit_parses() -> None:
    """Megabytes of scripts around a short article are not refused (the text limit is on text)."""
    script = "<script>" + "var x = 1;" * 300_000 + "</script>"
    record = reviewparse.parse(
        f"<html><head>{script}</head><body><h1>Moving Review</h1><p>Moving has 20 episodes.</p></body></html>"
    )
    assert record.works and record.works[0].episodes == 20


# -- gzip -------------------------------------------------------------------------------


def test_gzip_bomb_is_refused_without_inflating_it() -> None:
    bomb = gzip_bomb(200 * MEGABYTE)
    assert len(bomb) < 1 * MEGABYTE
    tracemalloc.start()
    try:
        with pytest.raises(InputTooLargeError, match="inflates to over"):
            load(bomb, options=ParseOptions(max_decompressed_bytes=4 * MEGABYTE))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * MEGABYTE, f"inflating the bomb peaked at {peak / MEGABYTE:.0f} MB"


def test_gzip_bomb_file_with_default_limits(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip_bomb(200 * MEGABYTE))
    started = time.monotonic()
    with pytest.raises(InputTooLargeError):
        reviewparse.parse_file(path)
    assert time.monotonic() - started < 10


def test_zero_byte_gz_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(b"")
    with pytest.raises(EmptyInputError):
        reviewparse.parse_file(path)


def test_gz_that_is_not_gzip(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_text(PAGE)
    with pytest.raises(NotAPageError, match="not gzip"):
        reviewparse.parse_file(path)


def test_corrupt_gzip_is_not_a_page() -> None:
    with pytest.raises(NotAPageError):
        load(b"\x1f\x8b\x08\x00" + b"\xff" * 64)


def test_truncated_gzip_reads_what_is_there_and_says_so() -> None:
    data = gzip.compress(PAGE.encode() * 50)
    record = reviewparse.parse(data[: len(data) * 2 // 3])
    assert record.works[0].episodes == 20
    assert any("gzip" in warning for warning in record.warnings)


def test_concatenated_gzip_members(tmp_path: Path) -> None:
    path = tmp_path / "page.txt.gz"
    path.write_bytes(
        gzip.compress(b"Moving Review\n\n") + gzip.compress(b"Moving has 20 episodes on Disney+.\n")
    )
    record = reviewparse.parse_file(path)
    assert record.works[0].episodes == 20 and not record.warnings


# -- nesting ----------------------------------------------------------------------------


def nested(depth: int, tag: str = "div") -> str:
    return f"<html><body><h1>Moving Review</h1>{f'<{tag}>' * depth}<p>Moving has 20 episodes.</p>" + (
        f"</{tag}>" * depth + "<p>It streams on Disney+.</p></body></html>"
    )


@pytest.mark.parametrize("tag", ["div", "b", "span", "blockquote"])
def test_hundred_thousand_nested_elements_are_refused_cleanly(tag: str) -> None:
    started = time.monotonic()
    with pytest.raises(TooDeeplyNestedError, match="nest deeper"):
        reviewparse.parse(nested(100_000, tag))
    assert time.monotonic() - started < 10


def test_nesting_lxml_used_to_cut_silently_is_read() -> None:
    """libxml2 dropped everything under 256 levels without a word; huge_tree reads it."""
    record = reviewparse.parse(nested(400))
    assert record.works[0].episodes == 20
    assert "Disney+" in record.works[0].platforms


def test_nesting_over_the_option_is_refused() -> None:
    with pytest.raises(TooDeeplyNestedError, match="100-level limit"):
        reviewparse.parse(nested(150), options=ParseOptions(max_element_depth=100))
    assert reviewparse.parse(nested(1500), options=ParseOptions(max_element_depth=2000)).works


def test_deep_page_record_serializes() -> None:
    record = reviewparse.parse(nested(900))
    assert '"episodes":20' in record.model_dump_json()


def test_nested_text_page_is_plain_text() -> None:
    record = reviewparse.parse("<div>" * 100_000 + "Moving has 20 episodes.", format="text")
    assert record.model_dump_json()


# -- isolation: no entities, no network, no files ---------------------------------------


def test_external_entities_are_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    page = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<html><body><h1>Moving Review</h1><p>&xxe; Moving has 20 episodes.</p></body></html>"
    )
    document = build_document(load(page))
    assert "TOP-SECRET-VALUE" not in document.text
    assert "20 episodes" in document.text


def test_entity_expansion_bomb_stays_small() -> None:
    entities = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    page = f"<!DOCTYPE html [{entities}]><html><body><p>&a9;</p><p>Moving has 20 episodes.</p></body></html>"
    started = time.monotonic()
    document = build_document(load(page))
    assert time.monotonic() - started < 5 and len(document.text) < 10_000


def test_no_network_access() -> None:
    """External DTDs, entities, stylesheets and images pointing at a local port: no connection."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    listener.settimeout(0.5)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    page = (
        f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "{url}/x.dtd" '
        f'[<!ENTITY ext SYSTEM "{url}/entity">]>'
        f'<html><head><link rel="stylesheet" href="{url}/s.css"><base href="{url}/">'
        f'<script src="{url}/s.js"></script></head><body><img src="{url}/i.png">'
        f'<iframe src="{url}/f"></iframe><h1>Moving Review</h1>'
        "<p>&ext; Moving has 20 episodes.</p></body></html>"
    )
    try:
        record = reviewparse.parse(page)
        with pytest.raises(TimeoutError):
            listener.accept()
    finally:
        listener.close()
    assert record.works[0].episodes == 20


# -- odd inputs -------------------------------------------------------------------------


def test_lone_surrogate_does_not_swallow_the_rest() -> None:
    record = reviewparse.parse("<h1>Moving Review</h1><p>\ud800 Moving has 20 episodes.</p>")
    assert record.works[0].episodes == 20


def test_nul_and_control_characters() -> None:
    record = reviewparse.parse("<h1>Moving Review</h1><p>Moving\x00 has\x07 20 episodes.\x1b</p>")
    assert record.works[0].episodes == 20


def test_unsupported_input_type() -> None:
    with pytest.raises(UnsupportedFormatError):
        reviewparse.parse(12345)  # type: ignore[arg-type]


def test_markup_only_page_is_empty() -> None:
    with pytest.raises(EmptyInputError):
        reviewparse.parse("<!-- nothing here --><script>x()</script>", format="html")


def test_unknown_declared_charset_is_ignored() -> None:
    record = reviewparse.parse(b'<meta charset="x-no-such-charset"><p>Moving has 20 episodes.</p>')
    assert record.source.format == "html"


@pytest.mark.parametrize(
    "charset",
    [
        "undefined",
        "idna",
        "punycode",
        "unicode_escape",
        "utf-7",
        "rot13",
        "base64",
        "zlib",
        "utf-16",
        "x-nope",
    ],
)
def test_declared_charset_that_is_no_page_encoding(charset: str) -> None:
    """Python codecs no browser reads pages in ('undefined' and 'idna' raised a bare UnicodeError)."""
    page = (
        f'<meta charset="{charset}"><h1>Moving Review</h1><p>Moving has 20 episodes, caf\xe9 +ADw-b+AD4-.</p>'
    )
    record = reviewparse.parse(page.encode("latin-1"))
    assert record.works[0].episodes == 20
    assert "<b>" not in build_document(load(page.encode("latin-1"))).text


def test_og_title_with_a_run_of_spaces_and_no_headline() -> None:
    """Once a hang: the headline fell back to og:title, raw, into a cubic pattern."""
    page = f'<meta property="og:title" content="Moving{" " * 100_000}Review"><p>Moving has 20 episodes.</p>'
    started = time.monotonic()
    record = reviewparse.parse(page)
    assert time.monotonic() - started < 10
    assert record.source.format == "html"


def test_only_the_named_file_is_opened(tmp_path: Path) -> None:
    """An audit hook (in a child process) records every file parse_file opens."""
    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE x [<!ENTITY e SYSTEM "/etc/hostname">]><link href="/etc/passwd">'
        '<img src="file:///etc/shadow"><h1>Moving Review</h1><p>&e; Moving has 20 episodes.</p>'
    )
    code = (
        "import sys, reviewparse\n"
        "reviewparse.parse_file(sys.argv[1])  # warm: modules and data files are loaded\n"
        "opened = []\n"
        "sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == 'open' else None)\n"
        "reviewparse.parse_file(sys.argv[1])\n"
        "print('\\n'.join(opened))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(page)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(page)]
