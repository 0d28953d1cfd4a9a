"""Phrasing classes of missed positions and claims found when the twenty-sixth sealed set
became development text.

- Land named the occupier's by a verb of naming, active or passive, is the same claim as
  land regarded as Russian ("menyebut ... sebagai bagian dari Rusia", "yang oleh Moskwa
  disebut sebagai wilayah Rusia", "on what it calls Russian land"); the agent of the
  passive holds it.
- The sending of troops opposed by a gerund ("opposes sending troops to Ukraine"), and the
  deployment opposed without its force ("opposes the deployment", "its opposition to the
  deployment"); the holder is not a body named later in an apposition's list of what the
  subject is a member of ("Austria, a member of the EU but not of the coalition, ...").
- Talks said to have produced nothing, or no result, state that no settlement was reached
  ("talks have yielded nothing", "perundingan belum membuahkan hasil").

Every text here is written for these tests, in words of its own. A case gives the facts
that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from .phrasing import FT, NOT_REACHED, TER, Fact, check_case, position_fact, view_facts

DAY = dt.date(2030, 6, 1)

RUS_KEEP = position_fact("RUS", TER, "support")
UKR_KEEP = position_fact("UKR", TER, "support")
HUN_NO = position_fact("HUN", FT, "oppose")
AUT_NO = position_fact("AUT", FT, "oppose")
ITA_NO = position_fact("ITA", FT, "oppose")
POL_NO = position_fact("POL", FT, "oppose")

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # land named Russian by a verb of naming, active, passive or in a relative clause
    (
        "named",
        "Dalam catatan diplomatiknya, Rusia kembali menyebut empat provinsi di timur Ukraina"
        " sebagai wilayah Rusia.",
        [RUS_KEEP],
        [],
    ),
    (
        "named",
        "Serangan artileri menghantam desa-desa di tepi kiri Dnipro, yang oleh Moskow disebut"
        " sebagai bagian dari Rusia, kata pejabat Ukraina di Kyiv.",
        [RUS_KEEP],
        [UKR_KEEP],
    ),
    (
        "named",
        "The Kremlin said coalition patrols must stay away from what it calls Russian territory"
        " on the Dnipro.",
        [RUS_KEEP],
        [],
    ),
    # near-misses: the land only mentioned, or a name denied
    (
        "named",
        "Ukraina menyebut wilayah Rusia di seberang perbatasan sebagai asal serangan drone itu.",
        [],
        [RUS_KEEP, UKR_KEEP],
    ),
    (
        "named",
        "Kyiv said the drones came from what Moscow calls a training range near the border.",
        [],
        [RUS_KEEP, UKR_KEEP],
    ),
    # the sending opposed by a gerund, the deployment opposed without its force
    (
        "gerund",
        "Austria's chancellor said his government opposes sending troops to Ukraine while the"
        " fighting could resume.",
        [AUT_NO],
        [],
    ),
    (
        "deployment",
        "The study lists the views of states outside the coalition on Ukraine: Austria's"
        " opposition to the deployment is noted in its second chapter.",
        [AUT_NO],
        [],
    ),
    (
        "deployment",
        "The minutes say that the coalition's force will grow in Ukraine and that Hungary"
        " rejects the deployment.",
        [HUN_NO],
        [],
    ),
    # the holder past an apposition listing what it is a member of, and what not
    (
        "apposed",
        "Austria, a member of the European Union but not of NATO or the coalition, has opposed"
        " the deployment of troops to Ukraine.",
        [AUT_NO],
        [position_fact("COTW", FT, "oppose")],
    ),
    (
        "apposed",
        "Austria, anggota Uni Eropa tetapi bukan anggota koalisi, menentang pengiriman pasukan"
        " ke Ukraina.",
        [AUT_NO],
        [position_fact("COTW", FT, "oppose")],
    ),
    # near-misses: a state's own troops, Russia's forces, a deployment of something else
    (
        "gerund",
        "In Rome, the opposition opposes sending its own soldiers to Ukraine this year.",
        [],
        [ITA_NO],
    ),
    (
        "gerund",
        "The coalition guards Ukraine's skies. Austria opposes sending soldiers to Kosovo.",
        [],
        [AUT_NO],
    ),
    (
        "deployment",
        "Poland opposes the deployment of Russian missiles near Ukraine's northern border.",
        [],
        [POL_NO],
    ),
]

CLAIMS: list[tuple[str, str, bool]] = [
    (
        "nothing",
        "The envoy admitted that two years of talks between Kyiv and Moscow have yielded nothing.",
        True,
    ),
    (
        "nothing",
        "Menurut diplomat itu, perundingan di Jenewa sampai sekarang belum membuahkan hasil.",
        True,
    ),
    (
        "nothing",
        "The negotiations in Istanbul have not yet produced any results, the ministry said.",
        True,
    ),
    # near-misses: trade talks, and talks that produced "nothing new"
    ("nothing", "The trade talks with Ankara produced nothing for the farmers.", False),
    (
        "nothing",
        "Perundingan dagang dengan Ankara tidak menghasilkan apa-apa bagi petani gandum.",
        False,
    ),
    (
        "nothing",
        "The talks in Geneva produced nothing new on the grain corridor this week.",
        False,
    ),
]


def _facts(result: Extraction) -> set[Fact]:
    claims = {("claim", i.value["subject"], i.value["value"]) for i in result.of_type("claim")}
    return view_facts(result) | claims


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_twenty_sixth_set_position_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)


@pytest.mark.parametrize(("kind", "text", "reached"), CLAIMS)
def test_twenty_sixth_set_claim_classes(kind: str, text: str, reached: bool) -> None:
    present, absent = ([NOT_REACHED], []) if reached else ([], [NOT_REACHED])
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
