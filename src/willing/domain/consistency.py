"""Checks across records that would break later commands if an import let them through.

- **Cycles**: a condition drawn conditionally on itself (through `depends_on`) has no
  order to be drawn in, so every sweep would fail; a location inside itself (through
  `parent`) makes caveats cover nothing sensible.
- **Evidence spans**: a span must lie inside its source's text, and a quote given with a
  span must be the text at that span (a quote without a span must occur in the text);
  readers are shown the quote as what the source says.
- **Owners**: a record its party speaks for (a pledge: `Record.party_owns`) is owned by
  that party or by no one, since a party always sees its own pledges: a Polish pledge
  owned by France would be hidden from Poland. Records merely *about* a party (France's
  assessment of Britain's position, a host's attendance list) may have another owner.

Each problem names the record (by where it is in the input) and the field.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from willing.domain.catalog import Dataset
from willing.domain.errors import Problem
from willing.domain.records import Record
from willing.domain.text import shown

#: Self-references that must not loop: (kind, field holding the one parent).
ACYCLIC = (("conditions", "depends_on"), ("locations", "parent"))


def _indexed(dataset: Dataset, kind: str, where: str) -> Iterator[tuple[str, Record]]:
    for index, record in enumerate(dataset.records[kind]):
        yield f"{where}: {kind}[{index}] id '{record.id}'", record


def cycle_problems(dataset: Dataset, where: str) -> list[Problem]:
    """A problem for the first record of each cycle of `depends_on` or `parent`."""
    problems: list[Problem] = []
    for kind, field in ACYCLIC:
        parent: dict[str, str] = {}
        at: dict[str, str] = {}
        for label, record in _indexed(dataset, kind, where):
            value = getattr(record, field)
            at.setdefault(record.id, label)
            if value is not None:
                parent.setdefault(record.id, value)
        reported: set[str] = set()
        for start in parent:
            path: list[str] = []
            seen: set[str] = set()
            node: str | None = start
            while node is not None and node not in seen and node not in reported:
                seen.add(node)
                path.append(node)
                node = parent.get(node)
            if node is not None and node in seen:
                loop = path[path.index(node) :]
                reported.update(loop)
                first = min(loop)
                shown_loop = " -> ".join([*loop[loop.index(first) :], *loop[: loop.index(first)]])
                problems.append(
                    Problem(at[first], field, f"{kind} form a cycle: {shown_loop} -> {first}")
                )
            reported.update(path)
    return problems


def span_problems(
    dataset: Dataset, where: str, stored_texts: Mapping[str, str | None] | None = None
) -> list[Problem]:
    """A problem for each evidence item whose span or quote does not fit its source's text.

    Texts come from the dataset's sources and, for sources already stored, from
    `stored_texts` (id -> text, None when the source has no text).
    """
    texts: dict[str, str | None] = dict(stored_texts or {})
    for source in dataset.records["sources"]:
        texts[source.id] = getattr(source, "text", None)
    problems: list[Problem] = []
    for kind in dataset.records:
        for label, record in _indexed(dataset, kind, where):
            for n, item in enumerate(record.evidence):
                field = f"evidence.{n}"
                if item.source not in texts:
                    continue  # an unknown source is the reference check's to report
                text = texts[item.source]
                message = _span_message(item.start, item.end, item.quote, text, item.source)
                if message is not None:
                    problems.append(Problem(label, field, message))
    return problems


def _span_message(
    start: int | None, end: int | None, quote: str | None, text: str | None, source: str
) -> str | None:
    if start is None or end is None:
        if quote is not None and text is not None and quote not in text:
            return f"the quote '{shown(quote)}' does not occur in the text of source '{source}'"
        return None
    if text is None:
        return f"a span [{start}:{end}] into source '{source}', which has no text"
    if end > len(text):
        return (
            f"the span [{start}:{end}] ends past the text of source '{source}' "
            f"({len(text)} characters)"
        )
    if quote is not None and text[start:end] != quote:
        return (
            f"the quote '{shown(quote)}' is not the text at [{start}:{end}] of source "
            f"'{source}', which reads '{shown(text[start:end])}'"
        )
    return None


def owner_problems(dataset: Dataset, where: str) -> list[Problem]:
    """A problem for each record whose label names an owner other than its `party`."""
    problems: list[Problem] = []
    for kind in dataset.records:
        for label, record in _indexed(dataset, kind, where):
            message = owner_message(record)
            if message is not None:
                problems.append(Problem(label, "label.owner", message))
    return problems


def owner_message(record: Record) -> str | None:
    """Why `record`'s owner does not fit its party, or None when it does."""
    if not record.party_owns:
        return None
    party = getattr(record, "party", None)
    owner = record.label.owner
    if not isinstance(party, str) or owner is None or owner == party:
        return None
    noun = type(record).__name__.lower()
    return (
        f"a {noun} of '{party}' must be owned by '{party}' or by no one, not by '{owner}' "
        f"('{party}' would not see its own {noun})"
    )


def quoted_sources(dataset: Dataset) -> set[str]:
    """Sources cited with a span or a quote: those whose text a span check needs."""
    return {
        item.source
        for records in dataset.records.values()
        for record in records
        for item in record.evidence
        if item.start is not None or item.quote is not None
    }
