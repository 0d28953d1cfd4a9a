"""A built report as the bytes of a file: PDF (Typst) or self-contained HTML. The command
line writes them to a file, the web application sends them as a download."""

from __future__ import annotations

from willing.reports.document import Report

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def render(report: Report, fmt: str) -> bytes:
    """`report` as `fmt` ("pdf" or "html"); the renderers are imported only when used."""
    if fmt == "pdf":
        from willing.reports import pdf

        return pdf.render(report)
    if fmt == "html":
        from willing.reports import html

        return html.render(report).encode("utf-8")
    raise ValueError(f"no report format '{fmt}'")
