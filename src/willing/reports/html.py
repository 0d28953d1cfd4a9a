"""A `Report` as one self-contained HTML file: inline CSS and SVG, no external requests,
the marking at the top and bottom of the page (and of every printed page)."""

from __future__ import annotations

import re
from html import escape

from willing.charts.render import svgs
from willing.reports.document import Bullets, Chart, Para, Report, Table, pieces

CSS = """
body { font-family: Georgia, serif; max-width: 60rem; margin: 0 auto; padding: 3rem 1rem; }
.marking { position: fixed; left: 0; right: 0; text-align: center; font: bold 0.9rem sans-serif;
  background: #fff; padding: 0.3rem; border: 1px solid #888; }
.marking.top { top: 0; } .marking.bottom { bottom: 0; }
table { border-collapse: collapse; margin: 0.8rem 0; font-size: 0.9rem; }
th, td { border: 1px solid #bbb; padding: 0.2rem 0.5rem; vertical-align: top; }
td.num, span.id { white-space: nowrap; }
td.id { white-space: pre; }
td.num { text-align: right; }
figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; }
@media print { .marking { position: fixed; } }
"""


def _cell(table: Table, index: int, text: str) -> str:
    """A cell; ids and hyphenated words in text never break (see `pieces`)."""
    if index in table.numeric:
        return f'<td class="num">{escape(text)}</td>'
    if index in table.whole:
        return f'<td class="id">{escape(text)}</td>'
    shown = "".join(
        f'<span class="id">{escape(p)}</span>' if keep else escape(p) for p, keep in pieces(text)
    )
    return f"<td>{shown}</td>"


def _table(table: Table) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in table.header)
    rows = []
    for row in table.rows:
        cells = "".join(_cell(table, i, c) for i, c in enumerate(row))
        rows.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _own_ids(drawn: str, number: int) -> str:
    """A chart's clip and gradient ids prefixed with its number: inline SVGs share the
    page's ids, and one chart's `url(#clip1)` must not reach another's."""
    return re.sub(r"\b(clip|gradient_)(\d+)\b", rf"chart{number}-\1\2", drawn)


def render(report: Report) -> str:
    """The report as HTML text."""
    charts = 0
    drawn_all = iter(svgs(report.charts()))
    mark = escape(str(report.marking))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(report.title)}</title><style>{CSS}</style></head><body>",
        f'<div class="marking top">{mark}</div>',
        f"<h1>{escape(report.title)}</h1><p>{escape(report.subtitle)}</p>",
        f"<p><strong>{mark}</strong></p>",
    ]
    for section in report.sections:
        parts.append(f"<section><h2>{escape(section.title)}</h2>")
        for block in section.blocks:
            if isinstance(block, Para):
                parts.append(f"<p>{escape(block.text)}</p>")
            elif isinstance(block, Bullets):
                items = "".join(f"<li>{escape(i)}</li>" for i in block.items)
                parts.append(f"<ul>{items}</ul>")
            elif isinstance(block, Table):
                parts.append(_table(block))
            elif isinstance(block, Chart):
                charts += 1
                drawn = _own_ids(next(drawn_all), charts)
                drawn = drawn[drawn.find("<svg") :]  # drop any XML prolog
                parts.append(f"<figure>{drawn}<figcaption>{escape(block.caption)}</figcaption>")
                parts.append("</figure>")
        parts.append("</section>")
    parts.append(f'<div class="marking bottom">{mark}</div></body></html>')
    return "\n".join(parts) + "\n"
