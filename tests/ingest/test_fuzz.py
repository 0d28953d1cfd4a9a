"""Property tests: whatever comes in, the extractor returns a result or a clear error."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from willing.ingest import Extraction, IngestError, extract

_WORDS = st.sampled_from(
    [
        "Presiden",
        "Prancis",
        "Emmanuel",
        "Macron",
        "Perancis",
        "AS",
        "Amerika",
        "Serikat",
        "Inggris",
        "Turki",
        "Kanada",
        "Polandia",
        "Uni",
        "Eropa",
        "NATO",
        "pada",
        "hari",
        "Kamis",
        "kemarin",
        "15.000",
        "hingga",
        "30.000",
        "tentara",
        "€3",
        "miliar",
        "persen",
        "negara",
        "kepala",
        "Paris",
        "di",
        "KTT",
        "pertemuan",
        "virtual",
        "jika",
        "gencatan",
        "senjata",
        "tercapai",
        "memerlukan",
        "jaminan",
        "keamanan",
        "Utusan",
        "Khusus",
        ",",
        ".",
        "(",
        ")",
        "/",
        "-",
        "7",
        "Januari",
        "2026",
        "Monday",
        "met",
        "in",
        "Prime",
        "Minister",
        "Keir",
        "Starmer",
        "said",
        "'s",
        '"',
        "“",
        "”",
        "<p>",
        "</p>",
        "<div",
        "class=nav>",
        "<script>",
        "</script>",
    ]
)
_FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(result: Extraction) -> None:
    for item in result.items:
        assert 0 <= item.start <= item.end <= len(result.text)
        assert 0 <= item.confidence <= 1


@_FAST
@given(st.binary(max_size=3000))
def test_random_bytes(data: bytes) -> None:
    message = ""
    try:
        _check(extract(data, published=dt.date(2026, 1, 7)))
    except IngestError as exc:
        message = str(exc)
        if not message:
            raise
    assert "Traceback" not in message


@_FAST
@given(st.text(max_size=2000))
def test_random_text(text: str) -> None:
    _check(extract(text, published=dt.date(2026, 1, 7)))


@_FAST
@given(
    st.lists(_WORDS, max_size=300).map(" ".join), st.dates(dt.date(1990, 1, 1), dt.date(2090, 1, 1))
)
def test_article_like_word_soup(text: str, published: dt.date) -> None:
    _check(extract(text, published=published))


@_FAST
@given(st.lists(_WORDS, max_size=200).map(" ".join))
def test_word_soup_as_html(text: str) -> None:
    page = f"<html><head><title>t</title></head><body><article>{text}</article></body></html>"
    _check(extract(page.encode()))
