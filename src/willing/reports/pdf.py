"""A `Report` as a PDF through Typst: every page marked at top and bottom.

A page is marked from what it shows: each section leaves a mark where it starts and ends,
and a page's header and footer look up the sections on it (those starting or ending there,
and one running across it) in the report's `runs`; the cover, and any page of a report
without runs, carries the marking of the whole report.

All text enters the Typst source as string literals (`"..."`), never as markup, so nothing
a record holds ("//", "#", "*", "[") is read as markup or code.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from willing.charts.render import svgs
from willing.reports.document import Bullets, Chart, Para, Report, Table, pieces

#: Margins (also checked by the tests: no text outside them).
MARGIN_X_MM = 18
MARGIN_Y_MM = 22


#: The marking of the page it is called on: that of the run of sections the page shows
#: (see the module's docstring), else the whole report's (OVERALL).
PAGE_MARK = """#let page-mark() = context {
  let p = here().page()
  let starts = query(<section-start>)
  let ends = query(<section-end>)
  let on = ()
  for (k, s) in starts.enumerate() {
    let first = s.location().page()
    let last = ends.at(k).location().page()
    if first <= p and p <= last { on.push(s.value) }
  }
  let key = if on.len() == 0 { none } else { str(calc.min(..on)) + "-" + str(calc.max(..on)) }
  if key != none and key in runs { runs.at(key) } else { OVERALL }
}"""


def lit(text: str) -> str:
    """A Typst string literal holding `text` exactly."""
    return json.dumps(text, ensure_ascii=False)


def widths(table: Table) -> str:
    """Column widths: ids and figures fit their content (and never break), other text
    shares the rest by length, so no table runs past the margin."""
    out = []
    for i in range(len(table.header)):
        longest = max([len(table.header[i])] + [len(r[i]) for r in table.rows])
        fixed = i in table.numeric or i in table.whole or longest <= 12
        out.append("auto" if fixed else f"{min(longest, 60)}fr")
    return "(" + ", ".join(out) + ",)"


def _cell(table: Table, index: int, text: str) -> str:
    # a box never breaks: ids stay on one line, whole, and so do hyphenated words in text
    if index in table.whole:
        return f"box({lit(text)})"
    parts = pieces(text)
    if len(parts) == 1 and not parts[0][1]:
        return lit(text)
    joined = "".join(f"box({lit(p)}), " if keep else f"{lit(p)}, " for p, keep in parts)
    return f"({joined}).join()"


def _table(table: Table) -> str:
    cols = widths(table)
    align = ", ".join("right" if i in table.numeric else "left" for i in range(len(table.header)))
    cells = [f"table.header({', '.join(f'strong({lit(h)})' for h in table.header)})"]
    for row in table.rows:
        cells.extend(_cell(table, i, c) for i, c in enumerate(row))
    return (
        f"#table(columns: {cols}, align: ({align},), stroke: 0.4pt + luma(180), "
        f"inset: 4pt, {', '.join(cells)})\n"
    )


def source(report: Report, charts: list[str]) -> str:
    """The Typst source; `charts` collects the SVG text of each chart in order."""
    drawn = iter(svgs(report.charts()))
    mark = lit(str(report.marking))
    runs = ", ".join(f'"{i}-{j}": {lit(str(m))}' for (i, j), m in sorted(report.runs.items()))
    out = [
        f"#set document(title: {lit(report.title)})",
        f"#let runs = ({runs or ':'})",
        PAGE_MARK.replace("OVERALL", mark),
        "#set text(size: 9.5pt)",
        "#set par(justify: false)",
        f'#set page(paper: "a4", flipped: {"true" if report.landscape else "false"},',
        f"  margin: (x: {MARGIN_X_MM}mm, y: {MARGIN_Y_MM}mm),",
        '  header: align(center, text(weight: "bold", size: 9pt, page-mark())),',
        '  footer: grid(columns: (1fr, auto), align(left, text(weight: "bold", size: 9pt, '
        'page-mark())), context text(size: 8pt, counter(page).display("1 / 1", both: true))))',
        "#show heading: set block(above: 1.2em, below: 0.6em)",
        f'#align(center)[#v(5cm) #text(size: 22pt, weight: "bold", {lit(report.title)})',
        f"#v(0.5cm) #text(size: 12pt, {lit(report.subtitle)})",
        f'#v(1cm) #text(size: 14pt, weight: "bold", {mark})]',
        "#pagebreak()",
    ]
    for index, section in enumerate(report.sections):
        if section.page_break:
            out.append("#pagebreak(weak: true)")
        out.append(f"#metadata({index}) <section-start>")
        out.append(f"#heading(level: 1, {lit(section.title)})")
        for block in section.blocks:
            if isinstance(block, Para):
                out.append(f"#par({lit(block.text)})\n")
            elif isinstance(block, Bullets):
                items = ", ".join(f"list.item({lit(i)})" for i in block.items)
                out.append(f"#list({items})\n" if block.items else "")
            elif isinstance(block, Table):
                out.append(_table(block))
            elif isinstance(block, Chart):
                charts.append(next(drawn))
                name = f"chart-{len(charts)}.svg"
                out.append(
                    f"#figure(image({lit(name)}, width: 85%), caption: {lit(block.caption)})\n"
                )
        out.append(f"#metadata({index}) <section-end>")
    return "\n".join(out) + "\n"


def render(report: Report) -> bytes:
    """The report as PDF bytes (compiled offline; the compiler bundles its fonts)."""
    import typst  # heavy: imported only when a PDF is made

    charts: list[str] = []
    text = source(report, charts)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for i, chart in enumerate(charts, 1):
            (root / f"chart-{i}.svg").write_text(chart, encoding="utf-8")
        main = root / "main.typ"
        main.write_text(text, encoding="utf-8")
        pdf: bytes = typst.compile(str(main), root=str(root), ignore_system_fonts=True)
    return pdf
