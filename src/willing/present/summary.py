"""What the optimiser achieved, in words a minister reads: coverage overall and by layer,
the gaps by priority, the funding it uses, and the biggest gaps with their reasons, in
place of the raw objective (13,450,988,085,640 means nothing to a planner).

Works on the plan data a viewer is given (`sourcing.service.plan(...).data`, the JSON of
`willing plan --json`), so it shows nothing that view does not hold.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from willing.present.numbers import FRACTION_MEANS, money_keur, percent, units


@dataclass(frozen=True)
class Line:
    """One row of a summary: a name, its figure in words, and the share behind it."""

    name: str
    text: str
    share: float | None


@dataclass(frozen=True)
class PlanSummary:
    """A plan in plain language; `sentences` are the paragraph, the rest are tables."""

    headline: str
    sentences: tuple[str, ...]
    layers: tuple[Line, ...]
    priorities: tuple[Line, ...]
    biggest_gaps: tuple[Line, ...]


def quality(data: Mapping[str, Any]) -> str:
    """The proof of quality in words: optimal, or how close to the best possible."""
    if data.get("gap") in (0, 0.0) or data.get("gap_abs") == 0:
        return "the best possible under these assumptions (proven optimal)"
    return f"within {percent(float(data['gap']), 2)} of the best possible under these assumptions"


def coverage_sentence(share: float | None) -> str:
    """Overall coverage: "The force is 87% sourced"; none demanded is said so."""
    if share is None:
        return "No force units are demanded."
    return f"The force is {percent(share)} sourced (pool units, weighted by priority)."


def _layer_lines(rows: Sequence[Mapping[str, Any]]) -> tuple[Line, ...]:
    out = []
    for row in rows:
        demand, filled = float(row["demand"]), float(row["filled"])
        text = f"{percent(float(row['share']))}: {units(filled)} of {units(demand)}"
        out.append(Line(str(row["name"]), text, float(row["share"])))
    return tuple(out)


def amount(value: float, capability: str, funding: Collection[str]) -> str:
    """A line's quantity: money for a funding capability (thousands of EUR), else units."""
    return money_keur(value) if capability in funding else units(value)


def _shortfall(gaps: Sequence[Mapping[str, Any]], funding: Collection[str]) -> str:
    """What a set of gaps lacks, force units and funding each in its own measure."""
    force = sum(float(g["missing"]) for g in gaps if g["capability"] not in funding)
    eur = sum(float(g["missing"]) for g in gaps if g["capability"] in funding)
    parts = [units(force)] if force or not eur else []
    if eur:
        parts.append(f"{money_keur(eur)} of funding")
    return " and ".join(parts)


def _priority_lines(
    gaps: Sequence[Mapping[str, Any]], funding: Collection[str]
) -> tuple[Line, ...]:
    by: dict[int, list[Mapping[str, Any]]] = {}
    for gap in gaps:
        by.setdefault(int(gap["priority"]), []).append(gap)
    return tuple(
        Line(
            f"priority {prio}",
            f"{len(by[prio])} line{'s' if len(by[prio]) != 1 else ''} short of "
            f"{_shortfall(by[prio], funding)}",
            None,
        )
        for prio in sorted(by)
    )


def reason_parts(reasons: Sequence[Mapping[str, Any]]) -> list[str]:
    """A gap's reasons as phrases: the unmet conditions units wait on in one (largest
    first), then every other reason's detail."""
    waits = sorted(
        (r for r in reasons if r["code"] == "condition"), key=lambda r: -float(r["units"])
    )
    parts = []
    if waits:
        named = ", ".join(f"{r['condition']} ({units(float(r['units']))})" for r in waits)
        parts.append(f"units wait on unmet conditions: {named}")
    parts += [str(r["detail"]) for r in reasons if r["code"] != "condition"]
    return parts


def reason_words(reasons: Sequence[Mapping[str, Any]]) -> str:
    """A gap's reasons in one sentence: conditions that units wait on first, then others."""
    return "; ".join(reason_parts(reasons)) or "no pledge offers this capability here"


def _fractional(value: float) -> bool:
    # as `units` prints it: to the hundredth
    return round(float(value), 2) % 1 != 0


def fraction_note(gaps: Sequence[Mapping[str, Any]], funding: Collection[str] = ()) -> str | None:
    """What a fraction of a unit means, for a page that prints one ("21½ units"); None
    when every unit count of the gaps (funding aside) is whole."""
    for g in gaps:
        if g["capability"] in funding:
            continue
        counts = [g["missing"], g["demand"], *(r["units"] for r in g["reasons"])]
        if any(_fractional(float(c)) for c in counts):
            return f"Unit counts: {FRACTION_MEANS}."
    return None


def biggest(gaps: Sequence[Mapping[str, Any]], top: int = 3) -> list[Mapping[str, Any]]:
    """The `top` gaps that matter most: highest priority (lowest number), then the most of
    its demand missing (a share: euros and units are not compared), then the most missing."""
    return sorted(gaps, key=gap_rank)[:top]


def gap_rank(g: Mapping[str, Any]) -> tuple[int, float, float, str]:
    """Sort key of a gap in `biggest`."""
    missing, demand = float(g["missing"]), float(g["demand"])
    share = missing / demand if demand > 0 else 0.0
    return (int(g["priority"]), -share, -missing, str(g["requirement"]))


def summarise(data: Mapping[str, Any], top: int = 3, funding: Collection[str] = ()) -> PlanSummary:
    """The plain-language summary of one viewer's plan data; `funding` names the funding
    capabilities, whose quantities are thousands of EUR, not units."""
    gaps = list(data["gaps"])
    money_rows = [r for r in data["tables"].get("domain", []) if r["name"] == "funding"]
    sentences = [coverage_sentence(data.get("coverage"))]
    sentences.append(f"This allocation is {quality(data)}.")
    if gaps:
        sentences.append(
            f"{len(gaps)} requirement line{'s' if len(gaps) != 1 else ''} "
            f"you may see {'are' if len(gaps) != 1 else 'is'} short, "
            f"by {_shortfall(gaps, funding)} in all."
        )
    else:
        sentences.append("Every requirement line you may see is filled.")
    if money_rows:
        row = money_rows[0]
        sentences.append(
            f"Funding: {money_keur(float(row['filled']))} of the "
            f"{money_keur(float(row['demand']))} required is pledged and used "
            f"({percent(float(row['share']))})."
        )
    gap_lines = tuple(
        Line(
            f"{g['requirement']} ({g['capability']}, {g['layer']}, {g['location']})",
            f"short of {amount(float(g['missing']), g['capability'], funding)} of "
            f"{amount(float(g['demand']), g['capability'], funding)}: "
            f"{reason_words(g['reasons'])}",
            None,
        )
        for g in biggest(gaps, top)
    )
    headline = (
        "No force demanded"
        if data.get("coverage") is None
        else f"{percent(float(data['coverage']))} of the force sourced"
    )
    return PlanSummary(
        headline,
        tuple(sentences),
        _layer_lines(data["tables"].get("layer", [])),
        _priority_lines(gaps, funding),
        gap_lines,
    )
