"""What the phrasing-class tests compare: the facts of an extraction as sets of keys."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from willing.ingest.items import Extraction


def positions(result: Extraction) -> set[tuple[Any, ...]]:
    return {
        (i.value["party"], i.value["issue"], i.value["stance"]) for i in result.of_type("position")
    }


def commitments(result: Extraction) -> set[tuple[Any, ...]]:
    return {
        (i.value["party"], i.value["layer"], i.value["domain"])
        for i in result.of_type("commitment")
    }


def conditions(result: Extraction) -> set[str]:
    return {i.value["code"] for i in result.of_type("condition")}


def people(result: Extraction) -> set[tuple[Any, ...]]:
    return {(i.value["name"], i.value["role"], i.value["party"]) for i in result.of_type("person")}


def figures(result: Extraction) -> set[tuple[Any, ...]]:
    return {
        (i.value["kind"], i.value["value"], i.value.get("unit"), i.value["measure"])
        for i in result.of_type("figure")
    }


def figure_keys(result: Extraction) -> set[tuple[Any, ...]]:
    """Each figure as (kind, value or (low, high), unit for money, measure)."""
    out: set[tuple[Any, ...]] = set()
    for i in result.of_type("figure"):
        v = i.value
        number = v["value"] if v["value"] is not None else (v["low"], v["high"])
        out.add((v["kind"], number, v["unit"] if v["kind"] == "money" else None, v["measure"]))
    return out


def money_sums(result: Extraction) -> set[tuple[Any, ...]]:
    """Each sum of money as (value or (low, high), unit)."""
    return {(number, unit) for kind, number, unit, _ in figure_keys(result) if kind == "money"}


def counts(result: Extraction) -> set[tuple[Any, ...]]:
    return {(i.value["measure"], i.value["value"]) for i in result.of_type("count")}


def meetings(result: Extraction) -> list[dict[str, Any]]:
    return [i.value for i in result.of_type("meeting")]


def has_meeting(result: Extraction, expected: dict[str, Any]) -> bool:
    """Whether a meeting of the extraction has every field of `expected` as given."""
    return any(all(m.get(k) == v for k, v in expected.items()) for m in meetings(result))


#: one fact of a phrasing-class case: its type first, then its key
Fact = tuple[Any, ...]

FT = "foreign-troops"
NEG = "negotiations"
TER = "territory"
NOT_REACHED: Fact = ("claim", "settlement", "not reached")


def position_fact(party: str, issue: str, stance: str) -> Fact:
    return ("position", party, issue, stance)


def condition_fact(code: str) -> Fact:
    return ("condition", code)


def commitment_fact(party: str, layer: str, domain: str | None) -> Fact:
    return ("commitment", party, layer, domain)


#: the layer and domain of the commitments the cases name most, by a short name
LAYERS = {
    "sea": ("reassure", "sea"),
    "air": ("reassure", "air"),
    "land": ("reassure", "land"),
    "watch": ("backstop", "monitoring"),
    "funding": ("regenerate", "funding"),
    "training": ("regenerate", "training"),
    "base": ("support", "air"),
}


def pledge(kind: str, party: str) -> Fact:
    """A commitment by its short name: ``pledge("sea", "NOR")``."""
    return commitment_fact(party, *LAYERS[kind])


def money_measures(result: Extraction) -> set[str]:
    """The measures of the sums of money found (funding, military aid ...)."""
    return {i.value["measure"] for i in result.of_type("figure") if i.value["kind"] == "money"}


def view_facts(result: Extraction) -> set[Fact]:
    """Positions and conditions, as the view cases name them."""
    return {("position", *k) for k in positions(result)} | {
        ("condition", c) for c in conditions(result)
    }


def commitment_facts(result: Extraction) -> set[Fact]:
    """Commitments and claims, as the commitment cases name them."""
    claims = {("claim", i.value["subject"], i.value["value"]) for i in result.of_type("claim")}
    return {("commitment", *k) for k in commitments(result)} | claims


def check_case(kind: str, found: set[Fact], present: list[Fact], absent: list[Fact]) -> None:
    """A case holds when every fact it names is found and none it rules out is."""
    assert set(present) <= found, (kind, found)
    assert not set(absent) & found, (kind, found)


def holds(got: Collection[Any], found: Iterable[Any], absent: Iterable[Any]) -> None:
    """Every key of `found` is in `got` and none of `absent` is, naming the key that fails."""
    for key in found:
        assert key in got, (key, sorted(got))
    for key in absent:
        assert key not in got, (key, sorted(got))
