"""Pages rendered to images: nothing printed outside the page margins; the HTML file
makes no request outside itself."""

from __future__ import annotations

import re

import numpy as np
import pypdfium2 as pdfium
import pytest

from willing.reports.pdf import MARGIN_X_MM, MARGIN_Y_MM

from .conftest import Built

MM = 72 / 25.4  # points (pixels at scale 1) per millimetre


def _ink_outside(data: bytes) -> list[tuple[int, str]]:
    """Pages with ink in the outer strips (the left and right margins, and the top and
    bottom edges beyond the header and footer lines)."""
    found = []
    doc = pdfium.PdfDocument(data)
    try:
        for index in range(len(doc)):
            image = np.asarray(doc[index].render(scale=1).to_pil().convert("L"))
            height, width = image.shape
            side = int((MARGIN_X_MM - 3) * MM)
            edge = int((MARGIN_Y_MM - 12) * MM)
            strips = {
                "left": image[:, :side],
                "right": image[:, width - side :],
                "top": image[:edge, :],
                "bottom": image[height - edge :, :],
            }
            found += [(index + 1, name) for name, strip in strips.items() if (strip < 200).any()]
    finally:
        doc.close()
    return found


@pytest.mark.parametrize("who", ["admin", "POL", "none"])
def test_no_text_outside_the_margins(read_aheads: dict[str, Built], who: str) -> None:
    assert _ink_outside(read_aheads[who].pdf) == []


def test_the_margin_check_sees_ink_in_a_margin(read_aheads: dict[str, Built]) -> None:
    # the same check on a page with a wide table pushed into the margin must fail
    import typst

    wide = '#set page(paper: "a4", margin: 18mm)\n#place(dx: -15mm)[XXXXXXXXXX]'
    assert _ink_outside(typst.compile(wide.encode())) != []


def test_the_html_file_is_self_contained(read_aheads: dict[str, Built]) -> None:
    text = read_aheads["admin"].html
    assert "<svg" in text
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)
    assert "<script" not in text
    assert "@import" not in text
