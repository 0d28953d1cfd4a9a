"""What the phrasing-class tests compare: the facts of an extraction as sets of keys."""

from __future__ import annotations

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


def counts(result: Extraction) -> set[tuple[Any, ...]]:
    return {(i.value["measure"], i.value["value"]) for i in result.of_type("count")}


def meetings(result: Extraction) -> list[dict[str, Any]]:
    return [i.value for i in result.of_type("meeting")]


def has_meeting(result: Extraction, expected: dict[str, Any]) -> bool:
    """Whether a meeting of the extraction has every field of `expected` as given."""
    return any(all(m.get(k) == v for k, v in expected.items()) for m in meetings(result))
