"""Commitments' false keys that the development set still showed, each written as a rule
complete for its concept: money that bears the cost of the force's own carriage, bases,
hubs, customs staff or flights ("pays for the customs staff at the port", "menanggung
biaya pengangkutan kontingen", "meets part of the hub's costs") is the logistics (or, for
flights, the air support) it pays for, not funding given to Ukraine; money given to
Ukraine's army or a fund stays funding. A state named as the base an asset flies or
operates from ("would fly its Typhoons from Romania", "from a Polish base", "menerbangkan
empat jet dari Rumania") is where the asset serves, not who gives it; soldiers or ships
"from" a state still come from it.
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
_FLY = "reassure", "air"

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
    # a state named as the base an asset flies or operates from does not give it
    (
        "flown from",
        "Portugal will fly two F-16s on air policing from a Slovak base.",
        [_c("PRT", *_FLY)],
        [_c("SVK", *_FLY), _c("SVK", *_AIR)],
    ),
    (
        "flown from",
        "Italy would fly its Eurofighters from Hungary to cover the western sector.",
        [_c("ITA", *_FLY)],
        [_c("HUN", *_FLY), _c("HUN", *_AIR)],
    ),
    (
        "flown from",
        "Notes: Denmark and Norway each fly three fighters over western Ukraine from "
        "Romanian airfields.",
        [_c("DNK", *_FLY), _c("NOR", *_FLY)],
        [_c("ROU", *_FLY), _c("ROU", *_AIR)],
    ),
    (
        "flown from",
        "Belgia akan menerbangkan empat jet F-16 dari Rumania untuk patroli udara.",
        [_c("BEL", *_FLY)],
        [_c("ROU", *_FLY), _c("ROU", *_AIR)],
    ),
    (
        "still from",
        "The force will include 900 soldiers from Greece.",
        [_c("GRC", "reassure", "land")],
        [],
    ),
    (
        "still from",
        "Two frigates offered by Spain will patrol the Black Sea from March.",
        [_c("ESP", "reassure", "sea")],
        [],
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
