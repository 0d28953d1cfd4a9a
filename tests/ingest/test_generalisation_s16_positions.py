"""Positions from the sixteenth set's misses, each written as a rule complete for its
concept: a party named as the owner of a force or of a presence ("the coalition's task
group", "pasukan Eropa", "keberadaan koalisi") or in an apposition after its subject
("Hungaria, anggota Uni Eropa, ...") holds no view on that force; Russia's opposition said
as a demand that no foreign soldier be in Ukraine, or as a wish that a force named before be
gone; changes of territory (not only of borders) by force refused; land refused by the
smallest measure, without the word for land ("not a metre", "satu jengkal pun"). Every text
here is written for these tests, in words of its own. A case gives the facts that must be
found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import FT, NEG, TER, Fact, check_case, view_facts
from .phrasing import position_fact as _p

DAY = dt.date(2029, 7, 1)

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # the owner of a force, or of a presence, is not the holder of a view on it
    (
        "force-owner",
        'Belarus has called the coalition\'s frigates "intruders" and demanded their removal '
        "from the Black Sea.",
        [_p("BLR", FT, "oppose")],
        [_p("COTW", FT, "oppose")],
    ),
    (
        "force-owner",
        "Briefing note: the Kremlin described NATO's air patrols over western Ukraine as a "
        "provocation and demanded that they be withdrawn.",
        [_p("RUS", FT, "oppose")],
        [_p("NATO", FT, "oppose")],
    ),
    (
        "force-owner",
        "Moskow mengecam kehadiran koalisi dan menuntut penarikan seluruh pasukan asing dari "
        "Ukraina.",
        [_p("RUS", FT, "oppose")],
        [_p("COTW", FT, "oppose")],
    ),
    (
        "force-owner",
        "Slowakia, anggota NATO, menolak pengiriman pasukan NATO ke Ukraina.",
        [_p("SVK", FT, "oppose")],
        [_p("NATO", FT, "oppose")],
    ),
    (
        "force-owner",
        "Austria, a member of the European Union, opposes sending European troops to Ukraine.",
        [_p("AUT", FT, "oppose")],
        [_p("EU", FT, "oppose")],
    ),
    (
        "force-owner",
        "Sweden: radar data for the force\n\nBelarus says it will never accept soldiers from "
        "NATO countries in Ukraine.",
        [_p("BLR", FT, "oppose")],
        [],
    ),
    (
        "force-owner",
        "The coalition rejects any deployment of foreign troops without a ceasefire.",
        [_p("COTW", FT, "oppose")],
        [],
    ),
    # Russia's opposition as a demand that no foreign soldier be there, or a wish for a force
    # named before to be gone
    (
        "absence-demanded",
        "Rusia menuntut agar tidak ada satu pun prajurit asing di wilayah Ukraina.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "absence-demanded",
        "Moscow insists that not a single NATO soldier be stationed in Ukraine.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "absence-demanded",
        "Kyiv keeps asking for more observers, not fewer; the Kremlin calls them spies and "
        "wants them gone.",
        [_p("RUS", FT, "oppose"), _p("UKR", FT, "support")],
        [],
    ),
    (
        "absence-demanded",
        "Ukraina menuntut agar tidak ada satu pun tentara Rusia di wilayahnya.",
        [],
        [_p("UKR", FT, "oppose")],
    ),
    # a ministry, or its statement, standing in for the state named with it before
    (
        "ministry-stand-in",
        "Belarus's defence ministry sent no one. The ministry's written statement of 3 May, "
        "which called the coalition's frigates a menace, demanded their departure from "
        "Ukrainian waters.",
        [_p("BLR", FT, "oppose")],
        [_p("COTW", FT, "oppose")],
    ),
    (
        "ministry-stand-in",
        "Kementerian Luar Negeri Rusia tidak hadir. Kementerian itu menuntut penarikan semua "
        "pasukan asing dari Ukraina.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "ministry-stand-in",
        "Poland's foreign ministry hosted the forum on Ukraine. The ministry's statement of 2 "
        "May listed the delegations that attended.",
        [],
        [_p("POL", FT, "oppose"), _p("POL", FT, "support")],
    ),
    # an expansion of a foreign force or mission refused
    (
        "expansion-refused",
        "Beijing rejected any expansion of the foreign mission in Ukraine, its spokesman said.",
        [_p("CHN", FT, "oppose")],
        [],
    ),
    (
        "expansion-refused",
        "Catatan harian: Moskow menentang penambahan pasukan NATO di Ukraina.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "expansion-refused",
        "Poland opposes any extension of the coalition's mandate in Ukraine.",
        [],
        [_p("POL", FT, "oppose")],
    ),
    # a call whose object is a whole clause ending in the way of talks
    (
        "talks-as-route",
        "Brazil urges the two sides to turn the truce into a lasting peace by way of "
        "negotiations, its envoy said.",
        [_p("BRA", NEG, "support")],
        [],
    ),
    (
        "talks-as-route",
        "Ringkasan: Beijing menyerukan agar gencatan senjata yang rapuh itu berubah menjadi "
        "penyelesaian politik lewat dialog.",
        [_p("CHN", NEG, "support")],
        [],
    ),
    (
        "talks-as-route",
        "India meminta agar perang diakhiri bukan melalui perundingan melainkan dengan "
        "kemenangan Ukraina.",
        [],
        [_p("IND", NEG, "support")],
    ),
    (
        "talks-as-route",
        "Poland calls for the ceasefire to be enforced through sanctions and patrols.",
        [],
        [_p("POL", NEG, "support")],
    ),
    # the force regarded as the condition or guarantee of what the holder wants; a refusal
    # does not reach past a verb joined after it
    (
        "force-as-condition",
        "Kyiv sees the coalition's soldiers as the only guarantee that the truce will hold.",
        [_p("UKR", FT, "support")],
        [_p("UKR", FT, "oppose")],
    ),
    (
        "force-as-condition",
        "Lituania menolak mengurangi anggaran pertahanan dan menganggap keberadaan pasukan "
        "asing di Ukraina sebagai prasyarat perdamaian.",
        [_p("LTU", FT, "support")],
        [_p("LTU", FT, "oppose")],
    ),
    (
        "force-as-condition",
        "Russia regards the withdrawal of foreign troops as a precondition for any talks.",
        [],
        [_p("RUS", FT, "support")],
    ),
    (
        "force-as-condition",
        "Moscow regards the coalition's troops as no guarantee of anything.",
        [],
        [_p("RUS", FT, "support")],
    ),
    # changes of territory by force refused, in any wording
    (
        "territory-by-force",
        "Memo: Malaysia supports a negotiated settlement and rejects territorial changes by force.",
        [_p("MYS", TER, "oppose")],
        [],
    ),
    (
        "territory-by-force",
        "Posisi Jakarta: Indonesia menolak setiap perubahan wilayah melalui kekerasan.",
        [_p("IDN", TER, "oppose")],
        [],
    ),
    (
        "territory-by-force",
        "Brazil opposes any change of territory by military force, its foreign minister said.",
        [_p("BRA", TER, "oppose")],
        [],
    ),
    (
        "territory-by-force",
        "Indonesia menolak perubahan jadwal perundingan.",
        [],
        [_p("IDN", TER, "oppose")],
    ),
    # no recognition of the occupation, said without a verb
    (
        "recognition-denied",
        "Fact sheet. Latvia: no recognition of any annexation of Ukrainian land.",
        [_p("LVA", TER, "oppose")],
        [],
    ),
    (
        "recognition-denied",
        "Catatan rapat. Moldova: tidak ada pengakuan atas wilayah yang diduduki.",
        [_p("MDA", TER, "oppose")],
        [],
    ),
    (
        "recognition-denied",
        "Russia insists there can be no recognition of Ukraine's claim to Crimea.",
        [],
        [_p("RUS", TER, "oppose")],
    ),
    # land regarded as the occupier's by a verb of regarding
    (
        "land-regarded",
        "Catatan: Moskow memandang keempat provinsi itu sebagai bagian sah dari Rusia.",
        [_p("RUS", TER, "support")],
        [],
    ),
    (
        "land-regarded",
        "Briefing: the Kremlin treats the occupied coast as Russian territory, officials say.",
        [_p("RUS", TER, "support")],
        [],
    ),
    (
        "land-regarded",
        "Kyiv does not regard the occupied regions as Russian.",
        [],
        [_p("UKR", TER, "support")],
    ),
    (
        "land-regarded",
        "Poland views Crimea as Russian-occupied Ukrainian land.",
        [],
        [_p("POL", TER, "support")],
    ),
    # land refused by its smallest measure, with the word for land left out
    (
        "measure-refused",
        "Headline: Kyiv to Moscow - Ukraine will never give Russia a single kilometre.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "measure-refused",
        "Kyiv menolak melepaskan satu meter pun kepada Moskow.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "measure-refused",
        "Ukraine will not give up a square metre, the deputy minister told reporters.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "measure-refused",
        "Ukraine will give the coalition a kilometre of runway at Lviv.",
        [],
        [_p("UKR", TER, "oppose"), _p("UKR", TER, "support")],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_sixteenth_set_position_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, view_facts(extract(text, published=DAY, model=False)), present, absent)
