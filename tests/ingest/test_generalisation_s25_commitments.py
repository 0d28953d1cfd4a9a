"""Phrasing classes of false commitments found when the twenty-fifth sealed set became
development text: a state that offers a site (an air base, a port, a depot) as the force's
logistics hub gives logistics. The air or sea word that names the hub's kind ("pusat
logistik maritim", "an air logistics hub"), the site said to serve as the hub ("pangkalan
udara ... sebagai pusat logistik", "a port as its logistics hub") or the base a depot stands
near gives no air or sea domain. An air base opened to the force's aircraft is still a gift
of the air domain, and ships or jets sent beside a hub are still given.
Every text here is written for these tests, in words of its own. A case gives the facts
that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import Fact, check_case, commitment_fact
from .phrasing import commitment_facts as _facts

DAY = dt.date(2030, 6, 1)


def _keys(party: str) -> tuple[Fact, Fact, Fact, Fact]:
    """A state's logistics, base, sea and air keys."""
    return (
        commitment_fact(party, "support", "logistics"),
        commitment_fact(party, "support", "air"),
        commitment_fact(party, "reassure", "sea"),
        commitment_fact(party, "reassure", "air"),
    )


BGR_LOG, BGR_BASE, BGR_SEA, BGR_AIR = _keys("BGR")
SVK_LOG, SVK_BASE, SVK_SEA, SVK_AIR = _keys("SVK")

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # the site serves as the hub: logistics alone
    (
        "hub",
        "Bulgaria sanggup menyiapkan pangkalan udara Graf Ignatievo sebagai pusat logistik bagi"
        " pasukan koalisi.",
        [BGR_LOG],
        [BGR_BASE, BGR_AIR],
    ),
    (
        "hub",
        "Bulgaria offered the port of Burgas as the coalition's logistics hub for the winter.",
        [BGR_LOG],
        [BGR_SEA],
    ),
    # the hub's kind: logistics alone
    (
        "kind",
        "Bulgaria akan membuka pelabuhan Varna sebagai pusat logistik maritim bagi pasukan"
        " penjamin.",
        [BGR_LOG],
        [BGR_SEA],
    ),
    (
        "kind",
        "Slowakia berjanji menyediakan pusat logistik udara di Kosice untuk pasukan koalisi.",
        [SVK_LOG],
        [SVK_AIR],
    ),
    # where the depot stands: logistics alone
    (
        "near",
        "Slovakia agreed to build a fuel and logistics depot for the force near the Sliac air"
        " base.",
        [SVK_LOG],
        [SVK_BASE],
    ),
    (
        "near",
        "Slowakia bersedia membangun gudang logistik untuk pasukan koalisi di dekat pangkalan"
        " udara Sliac.",
        [SVK_LOG],
        [SVK_BASE],
    ),
    # near-misses: an air base opened to the force, and ships sent beside a hub, are given
    (
        "base",
        "Slovakia will open its Sliac air base to the coalition's fighter jets from May.",
        [SVK_BASE],
        [],
    ),
    (
        "base",
        "Bulgaria membuka pangkalan udara Graf Ignatievo untuk jet tempur koalisi mulai Mei.",
        [BGR_BASE],
        [],
    ),
    (
        "beside",
        "Bulgaria will run a logistics hub at Burgas and send two minehunters to the task group.",
        [BGR_LOG, BGR_SEA],
        [],
    ),
    (
        "beside",
        "Bulgaria akan menyediakan pusat logistik di Burgas dan mengirim dua kapal penyapu ranjau.",
        [BGR_LOG, BGR_SEA],
        [],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_twenty_fifth_set_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
