"""Positions from the twentieth set's misses, each written as a class of word families in
frames, not as the wordings seen: Ukraine refusing to cede land where the land is the
subject of a passive ("no region will be handed over"), a nominal after "no" ("tidak ada
pelepasan wilayah"), a pronoun whose land is named just before ("Crimea ... we will never
give it up"), the object of a recognised claim ("will not recognise Moscow's claim to the
coast of Crimea"), or of a compulsion nobody can exert ("nothing will force us to surrender
our land"); and a state opposing the foreign force where the subject of its clause is left
out after "but" ("Moscow accepts UN observers but still rejects NATO troops"), where the
force is a single ship or plane or the monitors of someone named ("his monitors"), where the
label is one of being unwelcome or a participant in hostilities, where the stance is a
refusal to back or endorse it, or a warning that it escalates the war. Negatives: a land
handed over by an occupier, a refusal of something else, a pronoun with no land before it,
a support of the force, a question, a negated stance, a force placed elsewhere.
Every text here is written for these tests, in words of its own. A case gives the facts that
must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import FT, TER, Fact, check_case, view_facts
from .phrasing import position_fact as _p

DAY = dt.date(2030, 6, 1)

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # land: the subject of a passive of ceding, after "no"
    (
        "land-passive",
        "Kyiv insisted on Friday that no region would be handed over in return for a truce.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "land-passive",
        "Menurut penasihat Presiden Ukraina, tidak ada jengkal tanah yang akan dilepaskan"
        " kepada Moskow.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "land-passive",
        "TRANSCRIPT, page 3\nUKRAINIAN ENVOY: Let me be clear. Not one village of our"
        " territory will be traded away.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    # land: a nominal of ceding after "no" / "tidak ada"
    (
        "land-nominal",
        "Sikap Kyiv dalam memo itu singkat: tidak ada pelepasan wilayah, tidak ada tukar guling.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "land-nominal",
        "- Ukraina: tanpa penyerahan wilayah apa pun",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "land-nominal",
        "Ukraine's position paper lists three red lines, the first being no handover of"
        " occupied territory.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    # land: a pronoun whose land is named just before
    (
        "land-pronoun",
        "The Donbas has been Ukrainian since 1991. Kyiv says it will never cede it.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "land-pronoun",
        "Provinsi Kherson sebagian masih diduduki. Pemerintah Ukraina menegaskan tidak akan"
        " menyerahkannya.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "land-pronoun",
        "Ukraine's foreign minister spoke of the occupied regions and said Kyiv would not"
        " trade them for a ceasefire.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    # land: a claim or an annexation not recognised
    (
        "land-claim",
        "Ukraina menegaskan tidak akan pernah mengakui klaim Moskow atas garis pantai"
        " selatan Krimea.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "land-claim",
        "Kyiv will not recognise Russia's claims to the lakes and farmland of the occupied"
        " regions.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    # land: a compulsion nobody can exert
    (
        "land-compelled",
        "The Ukrainian prime minister said no sanctions relief offered to Moscow would force"
        " Kyiv to give up its territory.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "land-compelled",
        'Presiden Ukraina berkata: "Tidak ada tekanan yang akan memaksa kami melepaskan tanah'
        ' air kami."',
        [_p("UKR", TER, "oppose")],
        [],
    ),
    # negatives: an occupier handing back, another object, a pronoun with no land before
    (
        "land-not",
        "The Russian envoy said no region would be handed back to Kyiv.",
        [],
        [_p("RUS", TER, "oppose"), _p("UKR", TER, "oppose")],
    ),
    (
        "land-not",
        "Ukraine bought two radars last year. Kyiv says it will never give them up.",
        [],
        [_p("UKR", TER, "oppose")],
    ),
    (
        "land-not",
        "Ukraina tidak akan mengakui klaim Rusia atas kemenangan di medan perang.",
        [],
        [_p("UKR", TER, "oppose")],
    ),
    # the force: a subject left out after "but"
    (
        "force-elided",
        "Moscow has no objection to unarmed UN observers but still rejects any NATO troops"
        " in Ukraine.",
        [_p("RUS", FT, "oppose")],
        [_p("UN", FT, "oppose")],
    ),
    (
        "force-elided",
        "Belarus mengatakan tidak keberatan dengan bantuan kemanusiaan, tetapi tetap menolak"
        " tentara negara-negara Barat di Ukraina.",
        [_p("BLR", FT, "oppose")],
        [],
    ),
    # the force: a single ship or plane, someone's monitors; a label of being unwelcome
    (
        "force-label",
        "The Kremlin said any foreign frigate entering Ukrainian ports would be treated as a"
        " participant in hostilities.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "force-label",
        "Russia's foreign ministry called the general's observers a Western spy network and"
        " declared them unwelcome in the occupied zone. Hungary said nothing.",
        [_p("RUS", FT, "oppose")],
        [_p("HUN", FT, "oppose")],
    ),
    (
        "force-label",
        "Moskow menyebut setiap kapal perang asing di Laut Hitam sebagai pihak dalam pertempuran.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    # the force: a refusal to back or endorse it
    (
        "force-unbacked",
        "Slovakia's prime minister said his cabinet would not endorse European troops in"
        " Ukraine under any flag.",
        [_p("SVK", FT, "oppose")],
        [],
    ),
    (
        "force-unbacked",
        "Hungary will not back a Western military presence in Ukraine, its foreign minister"
        " told reporters in Budapest.",
        [_p("HUN", FT, "oppose")],
        [],
    ),
    (
        "force-unbacked",
        "Minsk's envoy said his government rejects a mission that the coalition calls neutral"
        " and will not endorse NATO troops in Ukraine.",
        [_p("BLR", FT, "oppose")],
        [],
    ),
    # the force: a warning that it escalates the war
    (
        "force-warned",
        "Russia warned that any coalition soldiers in Ukraine would escalate the war.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "force-warned",
        "Belarus said NATO troops in Ukraine would drag the region into a wider war.",
        [_p("BLR", FT, "oppose")],
        [],
    ),
    (
        "force-warned",
        "Kremlin statement (summary): every Western soldier sent to Ukraine is a threat to Russia.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    # negatives: support, a question, a negated stance, a force elsewhere, a host, a warning
    # of no threat
    (
        "force-not",
        "Poland warned that coalition troops in Ukraine would need more air defence before winter.",
        [],
        [_p("POL", FT, "oppose")],
    ),
    (
        "force-not",
        "Finland warned that foreign troops alone cannot keep the ceasefire.",
        [],
        [_p("FIN", FT, "oppose")],
    ),
    (
        "force-not",
        "Austria does not support the withdrawal of coalition troops from Ukraine.",
        [],
        [_p("AUT", FT, "oppose")],
    ),
    (
        "force-not",
        "Sweden said it would not back any cut in funding for the coalition force in Ukraine.",
        [],
        [_p("SWE", FT, "oppose")],
    ),
    (
        "force-not",
        "Norway will not take part in the naval mission but supports coalition troops in Ukraine.",
        [],
        [_p("NOR", FT, "oppose")],
    ),
    (
        "force-not",
        "Lithuania's foreign ministry rejected the remarks of a Russian general, who called"
        " any Western instructor in Ukraine a legitimate target.",
        [],
        [_p("LTU", FT, "oppose")],
    ),
    (
        "force-not",
        "Estonia said it would back coalition troops in Ukraine once a ceasefire holds.",
        [],
        [_p("EST", FT, "oppose")],
    ),
    (
        "force-not",
        "Will Hungary endorse foreign troops in Ukraine? Nobody in Budapest would say.",
        [],
        [_p("HUN", FT, "oppose")],
    ),
    (
        "force-not",
        "Warsaw welcomed the Polish frigate's return and said it was not unwelcome news.",
        [],
        [_p("POL", FT, "oppose")],
    ),
    (
        "force-not",
        "Moscow warned that NATO ships near its borders in the Baltic would be watched.",
        [],
        [_p("RUS", FT, "oppose")],
    ),
    (
        "force-not",
        "Ukraine welcomed the coalition's warships but rejects any deal on Crimea's status.",
        [],
        [_p("UKR", FT, "oppose")],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"),
    CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_twentieth_set_position_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, view_facts(extract(text, published=DAY, model=False)), present, absent)
