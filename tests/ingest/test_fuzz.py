"""Property tests: whatever comes in, the extractor returns a result or a clear error."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
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
    """A result, or an IngestError (any other exception fails) with a one-line message."""
    try:
        result = extract(data, published=dt.date(2026, 1, 7), what="fuzz.bin")
    except IngestError as exc:
        message = str(exc)
        assert message.strip()
        assert "\n" not in message.strip()
        assert "fuzz.bin" in message  # it names the input
        return
    _check(result)


_MALFORMED = [
    b"",
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    bytes(range(256)) * 8,
    b"\xff\xfe" + b"\x00\xd8" * 50,  # UTF-16 with lone surrogates
    b"<html><body><div><p>Presiden Prancis Emmanuel Macron" + b"<b>" * 500,
    "Première ligne. ".encode() + "Deuxième à Kyiv.".encode("cp1252") + b"\x00\x01" * 40,
]


@pytest.mark.parametrize("data", _MALFORMED, ids=range(len(_MALFORMED)))
def test_the_cli_never_shows_a_traceback(data: bytes, tmp_path: Path) -> None:
    """The real entry point, in a subprocess: a clear error or a result, never a traceback."""
    article = tmp_path / "article.txt"
    article.write_bytes(data)
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "from willing.cli.main import main; main()",
            "ingest",
            str(article),
            "--db",
            f"sqlite:///{tmp_path / 'w.db'}",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "WILLING_HOME": str(tmp_path)},
    )
    assert "Traceback" not in run.stderr, run.stderr
    assert run.returncode in (0, 1), run.stderr
    if run.returncode:
        assert run.stderr.strip().startswith("error:"), run.stderr


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
