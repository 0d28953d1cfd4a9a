"""Fill in the character offsets of evidence quotes in a shipped data set.

Evidence that points into a source's text is written on one line, as a YAML flow mapping:

    - {source: seed-003, quote: "Rabu, 7 Januari 2026"}

Running ``python -m willing.data.spans FOLDER`` finds each such quote in the source's
``text`` and rewrites the line with ``start`` and ``end`` (Python string indices), so
offsets are never counted by hand. A quote that occurs more than once keeps offsets that
already point at one of its occurrences; otherwise it must be made longer to be unique.
Only those lines change: comments and layout of the files stay as the editor left them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

#: One evidence item on one line, e.g. `  - {source: seed-000, start: 1, end: 9, quote: "..."}`.
EVIDENCE_LINE = re.compile(r"^(?P<indent>\s*-\s+)(?P<flow>\{source:\s.*\})\s*$")


@dataclass(frozen=True)
class SpanProblem:
    """A quote that cannot be placed: where it is and why."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def source_texts(folder: Path) -> dict[str, str]:
    """The `text` of every source record in the folder's YAML files, by source id."""
    texts: dict[str, str] = {}
    for path in sorted(folder.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for raw in doc.get("sources", []) or []:
            if isinstance(raw, dict) and isinstance(raw.get("text"), str):
                texts[str(raw["id"])] = raw["text"]
    return texts


def occurrences(text: str, quote: str) -> list[int]:
    """Start index of every occurrence of `quote` in `text`, overlapping ones included."""
    found: list[int] = []
    at = text.find(quote)
    while at >= 0:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def _render(item: Mapping[str, Any]) -> str:
    """The evidence item as a one-line flow mapping in a fixed key order."""
    parts = [f"source: {item['source']}"]
    if item.get("start") is not None:
        parts += [f"start: {item['start']}", f"end: {item['end']}"]
    quote = yaml.safe_dump(item["quote"], default_style='"', allow_unicode=True, width=10**6)
    parts.append(f"quote: {quote.strip()}")
    return "{" + ", ".join(parts) + "}"


def place(item: dict[str, Any], text: str) -> dict[str, Any] | str:
    """The item with offsets of its quote in `text`, or a message saying why it cannot be."""
    quote = item.get("quote")
    if not isinstance(quote, str) or not quote:
        return "evidence into a text needs a non-empty quote"
    starts = occurrences(text, quote)
    if not starts:
        return f"quote not found in source '{item['source']}': {quote!r}"
    current = item.get("start")
    if current in starts:
        start = int(current)
    elif len(starts) == 1:
        start = starts[0]
    else:
        return f"quote occurs {len(starts)} times in '{item['source']}'; make it longer: {quote!r}"
    return {**item, "start": start, "end": start + len(quote)}


def fill_lines(
    lines: Iterable[str], texts: Mapping[str, str], file: str = "<input>"
) -> tuple[list[str], list[SpanProblem]]:
    """Rewrite the evidence lines that quote a text source; return new lines and problems."""
    out: list[str] = []
    problems: list[SpanProblem] = []
    for number, line in enumerate(lines, start=1):
        match = EVIDENCE_LINE.match(line.rstrip("\n"))
        item = yaml.safe_load(match["flow"]) if match else None
        if not (isinstance(item, dict) and item.get("source") in texts and "quote" in item):
            out.append(line)
            continue
        placed = place(item, texts[str(item["source"])])
        if isinstance(placed, str):
            problems.append(SpanProblem(file, number, placed))
            out.append(line)
            continue
        ending = "\n" if line.endswith("\n") else ""
        out.append(f"{match['indent'] if match else ''}{_render(placed)}{ending}")
    return out, problems


def fill_folder(folder: Path) -> tuple[int, list[SpanProblem]]:
    """Fill offsets in every YAML file of `folder`; return files changed and problems."""
    texts = source_texts(folder)
    changed = 0
    problems: list[SpanProblem] = []
    for path in sorted(folder.glob("*.yaml")):
        before = path.read_text(encoding="utf-8")
        lines, found = fill_lines(before.splitlines(keepends=True), texts, path.name)
        problems.extend(found)
        after = "".join(lines)
        if after != before:
            path.write_text(after, encoding="utf-8")
            changed += 1
    return changed, problems


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: fill spans in the folder given (default: the shipped data set)."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else Path(__file__).parent / "cotw-ukraine-2026"
    changed, problems = fill_folder(folder)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{changed} file(s) updated, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
