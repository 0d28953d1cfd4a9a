"""Reports benchmark: the read-ahead of the shipped data set as PDF and as HTML.

Run from the repository root:

    python bench/reports.py             # 5 runs
    python bench/reports.py --runs 9

Each run builds the read-ahead for the administrator (three plans, a 100-draw Monte
Carlo, the criticality ranking, burden, diplomacy) and renders it to PDF (charts drawn to
SVG, compiled by Typst) and to HTML. The baseline, measured in the same run, is one plan
solved as `willing plan --no-store` does. The first run, which starts the chart engine and
loads the fonts, is reported apart; medians are over the runs after it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from pypdf import PdfReader

from willing.reports import html, pdf
from willing.reports.readahead import Options, build
from willing.services.access import Registry, Role, Viewer
from willing.services.registry import read_source
from willing.sourcing.service import plan
from willing.storage.store import Store

T = TypeVar("T")


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def pages_as_png(registry: Registry, options: Options, folder: Path, count: int = 4) -> None:
    """The first pages of a viewer's read-ahead as images (for the docs)."""
    import pypdfium2 as pdfium

    folder.mkdir(parents=True, exist_ok=True)
    doc = pdfium.PdfDocument(pdf.render(build(registry, options)))
    try:
        for index in range(min(count, len(doc))):
            image = doc[index].render(scale=1.4).to_pil().convert("L")
            image.save(folder / f"read-ahead-{index + 1}.png", optimize=True)
    finally:
        doc.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs after the first")
    parser.add_argument(
        "--images", type=Path, help="also write the first pages of POL's read-ahead as PNG here"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{Path(tmp) / 'willing.db'}")
        store.write(read_source("cotw-ukraine-2026"), actor="bench")
        registry = Registry(store, Viewer.admin())
        options = Options(since=dt.date(2026, 1, 1))
        rows: dict[str, list[float]] = {"plan": [], "build": [], "pdf": [], "html": []}
        first: dict[str, float] = {}
        pages = 0
        for run in range(args.runs + 1):
            t_plan, _ = timed(lambda: plan(registry, store=False))
            t_build, report = timed(lambda: build(registry, options))
            t_pdf, data = timed(lambda r=report: pdf.render(r))
            t_html, _ = timed(lambda r=report: html.render(r))
            pages = len(PdfReader(io.BytesIO(data)).pages)
            now = {"plan": t_plan, "build": t_build, "pdf": t_pdf, "html": t_html}
            if run == 0:
                first = now
            else:
                for key, value in now.items():
                    rows[key].append(value)
        if args.images is not None:
            pages_as_png(Registry(store, Viewer("POL", Role.LIAISON)), options, args.images)
        store.close()
    med = {k: statistics.median(v) for k, v in rows.items()}
    print(f"read-ahead of the shipped data set, {pages} pages; medians of {args.runs} runs")
    print(f"{'step':<34}{'first run':>10}{'median':>10}{'x plan':>8}")
    label = {
        "plan": "baseline: one plan (no store)",
        "build": "gather (plans, Monte Carlo, ...)",
        "pdf": "render PDF (charts + Typst)",
        "html": "render HTML (charts inline)",
    }
    for key in ("plan", "build", "pdf", "html"):
        print(f"{label[key]:<34}{first[key]:>9.2f}s{med[key]:>9.2f}s{med[key] / med['plan']:>8.1f}")
    for fmt in ("pdf", "html"):
        total = med["build"] + med[fmt]
        print(
            f"{'read-ahead as ' + fmt.upper() + ', end to end':<34}"
            f"{first['build'] + first[fmt]:>9.2f}s{total:>9.2f}s{total / med['plan']:>8.1f}"
        )


if __name__ == "__main__":
    main()
