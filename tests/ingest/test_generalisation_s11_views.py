"""Phrasing classes of positions and conditions found when the eleventh sealed set became
development text, each written as a rule complete for its concept: American backing made the
condition of a contribution, by a verb of conditioning with the means of backing named
("mensyaratkan dukungan intelijen dan udara Amerika"), or named first and then called the
condition, essential or what must last; a foreign force objected to or protested, or wanted
gone (the coalition itself too), or called a provocation with any adjective; a state asking,
inviting or thanking the force to come, stay, join or be strengthened; the force itself said
to prolong the war; the mission obstructed (its funding blocked, overflight refused).
Every text here is written for these tests, in words of its own. A case gives the facts that
must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import FT, Fact, check_case
from .phrasing import condition_fact as _k
from .phrasing import position_fact as _p
from .phrasing import view_facts as _facts

DAY = dt.date(2027, 6, 1)
US = _k("us-backstop")


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # American backing as the condition: a verb of conditioning, the means named between
    (
        "us-backstop",
        "Oslo makes its frigate conditional on American radar and tanker support over the "
        "Black Sea.",
        [US],
        [],
    ),
    (
        "us-backstop",
        "Beberapa ibu kota Nordik mensyaratkan dukungan satelit dan udara Amerika Serikat.",
        [US],
        [],
    ),
    (
        "us-backstop",
        "Austria menggantungkan kontribusinya pada payung pengintaian dan udara Washington.",
        [US],
        [],
    ),
    (
        "us-backstop",
        "The Irish deployment rests on US reconnaissance flights over the coast.",
        [US],
        [],
    ),
    # backing named first, then called the condition, essential, or what must last
    (
        "us-backstop",
        "The Dutch regard continued US satellite and refuelling support as a precondition for "
        "sending troops.",
        [US],
        [],
    ),
    (
        "us-backstop",
        "Payung udara dan intelijen Washington menjadi syarat mutlak bagi pengiriman pasukan "
        "Belgia.",
        [US],
        [],
    ),
    (
        "us-backstop",
        "American air and intelligence support is a prerequisite for the Swedish company.",
        [US],
        [],
    ),
    (
        "us-backstop",
        "Estonia says American early-warning and air cover must stay in place for its sappers "
        "to remain.",
        [US],
        [],
    ),
    (
        "us-backstop",
        "Lisbon calls a Pentagon commitment to airlift indispensable to its field hospital.",
        [US],
        [],
    ),
    # American help merely given, or spoken of, is no condition
    (
        "us-backstop",
        "The United States provides satellite intelligence and airlift, but no soldiers on the "
        "ground.",
        [],
        [US],
    ),
    (
        "us-backstop",
        "Amerika Serikat memberikan dukungan intelijen kepada Ukraina sejak 2022.",
        [],
        [US],
    ),
    # a foreign force objected to, protested, wanted gone, or a provocation of any kind
    (
        "objected",
        "The Kremlin protested the arrival of Dutch minehunters in Odesa, Ukraine.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "objected",
        "Rusia memprotes kehadiran fregat Inggris di perairan Ukraina.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "objected",
        "Russia objects to the Nordic battalion stationed in Ukraine.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "objected",
        "Kremlin mengecam keberadaan prajurit koalisi di Ukraina.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "objected",
        "Moskow menyatakan keberatan atas kontingen Eropa di Ukraina.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "objected",
        "The Russian foreign ministry said it would never accept Western boots in Ukraine.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "gone",
        "Moscow wants the European troops out of Ukraine before any talks.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "gone",
        "The Kremlin wants the coalition gone from Ukraine before it signs anything.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "provocation",
        "Moscow says the coalition's frigates are a deliberate provocation in Ukraine's waters.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "objected",
        "Russia protested the sanctions announced by the coalition in support of Ukraine.",
        [],
        [_p("RUS", FT, "oppose")],
    ),
    (
        "objected",
        "Ukraine objects to the presence of Russian troops on its soil.",
        [],
        [_p("UKR", FT, "oppose")],
    ),
    (
        "objected",
        "Poland protested the presence of Russian soldiers in Belarus, north of Ukraine.",
        [],
        [_p("POL", FT, "oppose")],
    ),
    # a state asking, inviting or thanking the force: to come, stay, join, be strengthened
    (
        "asked",
        "Kyiv has invited the coalition's engineers to come.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "asked",
        "Ukraina mengundang pasukan Eropa untuk datang.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "asked",
        "Ukraine thanked the Nordic battalion for its presence.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "asked",
        "Ukraina berterima kasih atas kehadiran kontingen Jepang.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "asked",
        "Kyiv urged Japan to join the monitoring mission.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "asked",
        "Ukraine asked that the naval task force be strengthened.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "asked",
        "Moscow wants the coalition's frigates gone; Kyiv wants them to remain.",
        [_p("UKR", FT, "support"), _p("RUS", FT, "oppose")],
        [_p("RUS", FT, "support")],
    ),
    (
        "asked",
        "Ukraina berterima kasih atas kehadiran pasukan Kanada dan meminta kontingen itu "
        "tetap tinggal.",
        [_p("UKR", FT, "support")],
        [_p("CAN", FT, "support")],
    ),
    (
        "asked",
        "Ukraina meminta Rusia menarik pasukannya.",
        [],
        [_p("UKR", FT, "support")],
    ),
    (
        "asked",
        "Ukraine thanked Germany for the Patriot missiles.",
        [],
        [_p("UKR", FT, "support")],
    ),
    (
        "asked",
        "Kyiv urged Moscow to join the talks.",
        [],
        [_p("UKR", FT, "support")],
    ),
    (
        "asked",
        "Russia wants them to stay out of Ukraine.",
        [],
        [_p("RUS", FT, "support")],
    ),
    # the force itself said to prolong or widen the war
    (
        "prolong",
        "Slovakia argues that Western soldiers would simply drag out the conflict in Ukraine.",
        [_p("SVK", FT, "oppose")],
        [],
    ),
    (
        "prolong",
        "Menurut Hongaria, pasukan asing di Ukraina hanya akan memperpanjang perang.",
        [_p("HUN", FT, "oppose")],
        [],
    ),
    (
        "prolong",
        "Bratislava warns that European brigades in Ukraine could escalate the war.",
        [_p("SVK", FT, "oppose")],
        [],
    ),
    (
        "prolong",
        "Budapest believes a coalition contingent in Ukraine would only inflame the conflict.",
        [_p("HUN", FT, "oppose")],
        [],
    ),
    (
        "prolong",
        "Poland said Russian troops in Ukraine will only prolong the war.",
        [],
        [_p("POL", FT, "oppose")],
    ),
    # the mission obstructed: its funding blocked, overflight or transit refused
    (
        "obstructed",
        "Budapest blocked EU funding for the reassurance force in Ukraine.",
        [_p("HUN", FT, "oppose")],
        [],
    ),
    (
        "obstructed",
        "Slovakia denied transit to the coalition's convoys bound for Ukraine.",
        [_p("SVK", FT, "oppose")],
        [],
    ),
    (
        "obstructed",
        "Hongaria menolak memberikan izin lintas udara bagi pesawat misi koalisi.",
        [_p("HUN", FT, "oppose")],
        [],
    ),
    (
        "obstructed",
        "Hongaria menentang penggunaan dana Uni Eropa untuk misi di Ukraina.",
        [_p("HUN", FT, "oppose")],
        [],
    ),
    (
        "obstructed",
        "Austria will veto EU money for the force in Ukraine.",
        [_p("AUT", FT, "oppose")],
        [],
    ),
    (
        "obstructed",
        "Hungary blocked EU funding for Ukraine's energy grid.",
        [],
        [_p("HUN", FT, "oppose")],
    ),
    (
        "obstructed",
        "Poland denied transit to Russian cargo bound for Ukraine.",
        [],
        [_p("POL", FT, "oppose")],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_eleventh_set_phrasing_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
