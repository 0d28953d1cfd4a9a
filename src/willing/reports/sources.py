"""The sources a report cites, with the quotes used: from the evidence of every record it
shows (evidence citing a source hidden from the viewer is already dropped by the registry)."""

from __future__ import annotations

from willing.domain.diplomacy import Source
from willing.present.numbers import date
from willing.reports.document import Bullets, Para, Section, Shown


def sources_section(shown: Shown) -> Section:
    quotes: dict[str, list[str]] = {}
    for kind, rid in sorted(shown.labels):
        record = shown.records(kind).get(rid)
        for ev in [] if record is None else record.evidence:
            if shown.add("sources", ev.source) is None:
                continue
            bucket = quotes.setdefault(ev.source, [])
            if ev.quote and ev.quote not in bucket:
                bucket.append(ev.quote)
    for sid, used in shown.cited.items():
        bucket = quotes.setdefault(sid, [])
        bucket.extend(q for q in used if q not in bucket)
    section = Section("Sources cited", page_break=True)
    if not quotes:
        section.blocks.append(Para("No source is cited by the records shown."))
        return section
    items = []
    for sid in sorted(quotes):
        src = shown.records("sources")[sid]
        assert isinstance(src, Source)
        head = f"[{sid}] {src.title}"
        if src.publisher:
            head += f", {src.publisher}"
        if src.published:
            head += f", {date(src.published)}"
        if src.url:
            head += f" ({src.url})"
        said = "; ".join(f"\u201c{q}\u201d" for q in quotes[sid])
        items.append(head + (f": {said}" if said else ""))
    section.blocks.append(Bullets(tuple(items)))
    return section
