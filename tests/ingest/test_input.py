"""Reading inputs: encodings, binary data, size caps, saved web pages and boilerplate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from willing.ingest import IngestError, extract
from willing.ingest.decode import decode, max_bytes
from willing.ingest.errors import BinaryInput, InputTooLarge


def test_utf8_with_bom_and_utf16() -> None:
    text = "Presiden Prancis Emmanuel Macron tiba di Kyiv."
    assert decode(b"\xef\xbb\xbf" + text.encode())[0] == text
    assert decode(text.encode("utf-16"))[0] == text


def test_mixed_encodings_are_repaired_line_by_line() -> None:
    data = "Première ligne en UTF-8 à Paris.\n".encode() + "Deuxième ligne à Kyiv.".encode("cp1252")
    text, warnings = decode(data)
    assert text == "Première ligne en UTF-8 à Paris.\nDeuxième ligne à Kyiv."
    assert warnings
    assert "Windows-1252" in warnings[0]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_binary_data_is_refused_clearly(data: bytes, message: str) -> None:
    with pytest.raises(BinaryInput, match=message):
        extract(data)


def test_huge_input_is_refused_before_any_work() -> None:
    data = b"a" * (max_bytes() + 1)
    with pytest.raises(InputTooLarge, match="refused"):
        extract(data)
    with pytest.raises(IngestError):
        extract("b" * (max_bytes() + 1))


@pytest.mark.parametrize("data", [b"", b"   \n\n\t ", "", "<html><body></body></html>"])
def test_empty_inputs_give_an_empty_result(data: bytes | str) -> None:
    result = extract(data)
    assert result.text == ""
    assert result.items == []


def test_saved_page_keeps_the_article_and_its_date(gold_dir: Path) -> None:
    result = extract((gold_dir / "ankara-ministers.html").read_bytes())
    assert result.published == dt.date(2026, 1, 8)
    assert result.title == "Turki dan Perancis Bahas Misi Laut Hitam"
    assert "Hakan Fidan" in result.text
    for furniture in (
        "dataLayer",
        "Beranda",
        "Politik",
        "Bagikan",
        "Baca juga",
        "Berita terkait",
        "Simak artikel",
        "Hak cipta",
        "40 negara",
    ):
        assert furniture not in result.text


def test_broken_html_still_gives_text() -> None:
    page = "<html><body><div><p>Para menteri bertemu di <b>Paris<p>pada hari Kamis</div></span></i>"
    result = extract(page, published=dt.date(2026, 1, 7))
    assert "Para menteri bertemu di Paris" in result.text
    assert [d.value["value"] for d in result.of_type("date")] == ["2026-01-08"]


def test_unclosed_navigation_does_not_swallow_the_page() -> None:
    page = (
        "<html><body><nav><a>Menu</a><p>Presiden Prancis Emmanuel Macron tiba.</p><p>x</p></body>"
    )
    assert "Emmanuel Macron" in extract(page).text


@pytest.mark.slow
def test_input_near_the_cap_is_read_in_linear_time(gold_dir: Path) -> None:
    """A 1.5 MB input (the cap is 2 MB) costs about four times a quarter of it, not
    sixteen: the work grows linearly. CPU time of this process, so the machine's other
    load does not decide it."""
    import time

    article = (gold_dir / "seed-003.txt").read_text(encoding="utf-8")

    def cost(copies: int) -> float:
        data = ((article + "\n") * copies).encode()
        start = time.process_time()
        result = extract(data, published=dt.date(2026, 1, 7))
        assert len(result.of_type("meeting")) >= 1
        return time.process_time() - start

    quarter, whole = cost(70), cost(280)
    assert whole < 8 * quarter + 1.0, (quarter, whole)
