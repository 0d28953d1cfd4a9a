"""Commitments' false keys that the development set still showed, each written as a rule
complete for its concept: money that bears the cost of the force's own carriage, bases,
hubs, customs staff or flights ("pays for the customs staff at the port", "menanggung
biaya pengangkutan kontingen", "meets part of the hub's costs") is the logistics (or, for
flights, the air support) it pays for, not funding given to Ukraine; money given to
Ukraine's army or a fund stays funding.
Every text here is written for these tests, in words of its own. A case gives the facts
that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import Fact, check_case
from .phrasing import commitment_fact as _c
from .phrasing import commitment_facts as _facts

DAY = dt.date(2029, 5, 1)

_FUNDING = "regenerate", "funding"
_LOGISTICS = "support", "logistics"
_AIR = "support", "air"

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # money that bears the cost of the force's carriage, bases or staff is that support
    (
        "borne costs",
        "Belgium will pay for the extra customs officers at the port of Varna, EUR 2 million "
        "a year.",
        [_c("BEL", *_LOGISTICS)],
        [_c("BEL", *_FUNDING)],
    ),
    (
        "borne costs",
        "Memo: Austria has offered to cover part of the transit hub's running costs from "
        "next spring.",
        [_c("AUT", *_LOGISTICS)],
        [_c("AUT", *_FUNDING)],
    ),
    (
        "borne costs",
        "Biaya pengangkutan kontingen ke Polandia ditanggung Swiss.",
        [_c("CHE", *_LOGISTICS)],
        [_c("CHE", *_FUNDING)],
    ),
    (
        "borne costs",
        "Irlandia menanggung biaya transportasi para pemantau dari Eropa ke Ukraina.",
        [_c("IRL", *_LOGISTICS)],
        [_c("IRL", *_FUNDING)],
    ),
    (
        "borne costs",
        "- Portugal funds the customs staff at the border crossing in Siret.",
        [_c("PRT", *_LOGISTICS)],
        [_c("PRT", *_FUNDING)],
    ),
    (
        "borne flights",
        "Sementara itu, Finlandia menanggung biaya penerbangan kontingen Asia ke Rzeszow.",
        [_c("FIN", *_AIR)],
        [_c("FIN", *_FUNDING)],
    ),
    (
        "borne flights",
        "Spain will pay for the charter flights that carry the monitors to Krakow.",
        [_c("ESP", *_AIR)],
        [_c("ESP", *_FUNDING)],
    ),
    # money given to Ukraine or to a fund stays funding
    (
        "still funding",
        "Belgium will give EUR 300 million to Ukraine's armed forces this year.",
        [_c("BEL", *_FUNDING)],
        [_c("BEL", *_LOGISTICS)],
    ),
    (
        "still funding",
        "Swiss menyumbang 40 juta franc ke dana koalisi untuk Ukraina.",
        [_c("CHE", *_FUNDING)],
        [_c("CHE", *_LOGISTICS)],
    ),
    (
        "still funding",
        "Ireland will pay EUR 50 million into the coalition's fund, which also covers transport.",
        [_c("IRL", *_FUNDING)],
        [],
    ),
    (
        "still funding",
        "Portugal pledged EUR 80 million for Ukrainian air defence.",
        [_c("PRT", *_FUNDING)],
        [_c("PRT", *_LOGISTICS)],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_dev_commitment_false_keys(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
