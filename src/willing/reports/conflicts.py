"""Open source conflicts in a report: where two sources disagree on a record's field and
no one has settled it yet, with each claim, its source and the quote that makes it.

Only conflicts the viewer may see are listed (`ingest.conflicts.listing`: he may see the
subject and every source cited); a conflict about a record is shown only when that record
is visible too, so the section names nothing hidden from the viewer.
"""

from __future__ import annotations

from willing.domain.catalog import KINDS
from willing.ingest.conflicts import OPEN, listing
from willing.reports.document import Block, Para, Section, Shown, Table

#: Longest quote shown in a claim's row (the sources section has the whole of it).
QUOTE_CHARS = 160


def _subject(shown: Shown, kind: str, rid: str) -> str | None:
    """The subject as a reader knows it, or None when the viewer may not see it."""
    if kind == "drafts":
        return f"draft {rid} (awaiting review)"
    if kind not in KINDS:
        return None
    record = shown.add(kind, rid)
    if record is None:
        return None
    title = getattr(record, "title", None) or getattr(record, "name", None)
    return f"{rid} ({title})" if title else rid


def _short(text: str) -> str:
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def conflicts_section(shown: Shown) -> Section:
    """Every open conflict the viewer may see, one table of claims each."""
    section = Section("Open source conflicts", page_break=True)
    blocks: list[Block] = []
    count = 0
    for conflict in listing(shown.registry, OPEN):
        subject = _subject(shown, conflict.subject_kind, conflict.subject_id)
        sources = [c.get("source") for c in conflict.claims if c.get("source")]
        if subject is None or any(shown.add("sources", s) is None for s in sources):
            continue
        rows = []
        for n, claim in enumerate(conflict.claims, start=1):
            source = claim.get("source") or "-"
            quote = str(claim.get("quote") or "")
            if claim.get("source") and quote:
                shown.cite(source, quote)
            rows.append((str(n), str(claim.get("value")), source, _short(quote) or "-"))
        count += 1
        blocks.append(Para(f"{subject}: {conflict.field} disputed ({conflict.id})."))
        blocks.append(
            Table(("claim", "value", "source", "quote"), tuple(rows), whole=frozenset({0, 2}))
        )
    if not blocks:
        section.blocks.append(Para("No open conflict between sources that you may see."))
        return section
    section.blocks.append(
        Para(
            f"{count} open conflict(s) between sources: each needs a reviewer "
            "to pick the claim that holds (`willing conflicts --resolve`)."
        )
    )
    section.blocks.extend(blocks)
    return section
