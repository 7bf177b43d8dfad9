from __future__ import annotations

import gzip

import pytest

import reviewparse
from reviewparse.errors import EmptyInputError, InputTooLargeError, NotAPageError
from reviewparse.loading import decode_bytes, load
from reviewparse.settings import ParseOptions

KOREAN_PAGE = "<html><head><meta charset='euc-kr'></head><body><p>방송: tvN 16부작</p></body></html>"


def test_declared_euc_kr_read_as_cp949() -> None:
    text, codec = decode_bytes(KOREAN_PAGE.encode("cp949"))
    assert "방송" in text and codec == "cp949"


def test_utf8_bom() -> None:
    text, _ = decode_bytes("<p>héllo</p>".encode("utf-8-sig"))
    assert text.startswith("<p>héllo")


def test_undeclared_cp949_detected() -> None:
    text, _ = decode_bytes("<p>방송 정보: 16부작 드라마 리뷰입니다</p>".encode("cp949"))
    assert "방송" in text


def test_empty_and_binary_rejected() -> None:
    with pytest.raises(EmptyInputError):
        load(b"   ")
    with pytest.raises(NotAPageError):
        load(b"\x00\x01\x02binary\x00" * 20)


def test_gzip_bomb_refused() -> None:
    bomb = gzip.compress(b"a" * 2_000_000)
    with pytest.raises(InputTooLargeError):
        load(bomb, options=ParseOptions(max_decompressed_bytes=1_000_000))


def test_html_and_text_are_one_document() -> None:
    page = reviewparse.parse(
        "<html><body><nav>Home About</nav><h1>Move to Heaven Review</h1>"
        "<p>It has 10 episodes.</p><footer>© site</footer></body></html>"
    )
    assert page.source.format == "html"
    assert page.works[0].episodes == 10
