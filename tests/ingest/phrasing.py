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
