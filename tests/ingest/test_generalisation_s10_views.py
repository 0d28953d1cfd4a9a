"""Phrasing classes of positions and conditions found when the tenth sealed set became
development text, each written as a rule complete for its concept: a foreign force (or "it",
the force just named) called an occupation, a threat or a provocation, or its withdrawal
demanded; a state refusing outright to send even one soldier; talks wanted in other words
(without preconditions, at the table); a parliament's vote made the condition of a pledge.
Every text here is written for these tests, in words of its own. A case gives the facts that
must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import FT, NEG, TER, Fact, check_case
from .phrasing import condition_fact as _k
from .phrasing import position_fact as _p
from .phrasing import view_facts as _facts

DAY = dt.date(2027, 6, 1)


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a foreign force called an affront, or its withdrawal demanded
    (
        "affront",
        "The Kremlin has once more called the coalition's force an occupation.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "affront",
        "Moscow describes the multinational contingent in Ukraine as a threat to its security.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "affront",
        "Rusia menyebut kontingen koalisi di Ukraina sebagai provokasi.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "affront",
        "Menurut Kremlin, setiap tentara bersenjata asing di Ukraina tidak dapat diterima.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "withdrawal",
        "Russia demands the withdrawal of every coalition soldier from Ukraine.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "withdrawal",
        "Moskow menuntut agar pasukan asing ditarik dari Ukraina sebelum perundingan.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "withdrawal",
        "Moscow insists that the European peacekeepers leave Ukrainian soil.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "withdrawal",
        "Ukraine demands the withdrawal of Russian troops from its territory.",
        [],
        [_p("UKR", FT, "oppose")],
    ),
    (
        "withdrawal",
        "Poland calls the Russian forces in Ukraine an occupation.",
        [],
        [_p("POL", FT, "oppose")],
    ),
    (
        "affront",
        "Rusia menyebut penempatan jet asing di dekat perbatasannya sebagai provokasi.",
        [],
        [_p("RUS", FT, "oppose")],
    ),
    # a state refusing outright to send even one soldier of its own
    (
        "refusal",
        "Hungary will never send a single soldier to Ukraine.",
        [_p("HUN", FT, "oppose")],
        [],
    ),
    (
        "refusal",
        "Slovakia refuses to send anyone to Ukraine and wants talks instead.",
        [_p("SVK", FT, "oppose")],
        [],
    ),
    (
        "refusal",
        "Austria tetap menolak mengirim seorang prajurit pun ke Ukraina.",
        [_p("AUT", FT, "oppose")],
        [],
    ),
    (
        "refusal",
        "Hongaria tidak akan mengirim tentara ke Ukraina dalam keadaan apa pun.",
        [_p("HUN", FT, "oppose")],
        [],
    ),
    (
        "refusal",
        "Serbia has refused to deploy troops to Ukraine under any circumstances.",
        [_p("SRB", FT, "oppose")],
        [],
    ),
    (
        "refusal",
        "Poland will not send troops of its own but will host the logistics hub.",
        [],
        [_p("POL", FT, "oppose")],
    ),
    (
        "refusal",
        "Japan would not send soldiers, though it backs the force with money.",
        [],
        [_p("JPN", FT, "oppose")],
    ),
    (
        "refusal",
        "Polandia tidak akan mengirim pasukan ke Ukraina, tetapi siap menjadi tuan rumah.",
        [],
        [_p("POL", FT, "oppose")],
    ),
    # the force asked or told to stay, or welcomed under another name
    (
        "stay",
        "Kyiv has asked the coalition's troops to stay for as long as needed.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "stay",
        "Zelensky urged the allied brigades to remain in Ukraine.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "stay",
        "Ukraina meminta pasukan penjamin tetap tinggal.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "stay",
        "Pasukan koalisi harus tetap tinggal di Ukraina, tegas Presiden Lituania.",
        [_p("LTU", FT, "support")],
        [],
    ),
    (
        "stay",
        "Ukraine welcomed the maritime task group and its minehunters.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "stay",
        "Hungary's prime minister said Hungarian soldiers will stay at home, not in Ukraine.",
        [],
        [_p("HUN", FT, "support")],
    ),
    (
        "stay",
        "The Kremlin said Russian troops will remain in the occupied parts of Ukraine.",
        [],
        [_p("RUS", FT, "support")],
    ),
    # the same view restated "on the same line", with a clause after it
    (
        "restated",
        "Hungary will never send a single soldier to Ukraine. Slovakia, she says, is on the "
        "same line, but lets coalition trains cross.",
        [_p("SVK", FT, "oppose")],
        [_p("COTW", FT, "oppose")],
    ),
    (
        "restated",
        "Austria menolak kehadiran pasukan asing di Ukraina. Slowakia sejalan dengan Wina.",
        [_p("SVK", FT, "oppose")],
        [],
    ),
    # talks as the way to peace: achieved, ended or resumed through them, called for
    (
        "talks",
        "Peace can only be achieved through dialogue, Brazil's president said.",
        [_p("BRA", NEG, "support")],
        [],
    ),
    (
        "talks",
        "Perdamaian harus dicapai lewat perundingan, kata Menteri Luar Negeri Malaysia.",
        [_p("MYS", NEG, "support")],
        [],
    ),
    (
        "talks",
        "South Africa insists the war has to end at the table.",
        [_p("ZAF", NEG, "support")],
        [],
    ),
    (
        "talks",
        "For India, talks and diplomacy remain the only path.",
        [_p("IND", NEG, "support")],
        [],
    ),
    (
        "talks",
        "China called again on Tuesday for talks without preconditions.",
        [_p("CHN", NEG, "support")],
        [],
    ),
    (
        "talks",
        "Both sides should resume negotiations, Vietnam's foreign ministry said.",
        [_p("VNM", NEG, "support")],
        [],
    ),
    (
        "talks",
        "Semua pihak harus kembali ke meja perundingan, ujar juru bicara "
        "Kementerian Luar Negeri Tiongkok.",
        [_p("CHN", NEG, "support")],
        [],
    ),
    (
        "talks",
        'Slovakia\'s prime minister said the plan "drags Europe into a war with Russia" and '
        "called once more for direct talks.",
        [_p("SVK", NEG, "support")],
        [_p("RUS", NEG, "support")],
    ),
    (
        "talks",
        "Poland said the war cannot be ended through talks with Moscow.",
        [],
        [_p("POL", NEG, "support")],
    ),
    (
        "talks",
        "Hungary called the talks a waste of time.",
        [],
        [_p("HUN", NEG, "support")],
    ),
    # land not traded for peace, its seizure not recognised, no state to take it by force
    (
        "land",
        "Moldova's president said no peace would be bought with Ukrainian land.",
        [_p("MDA", TER, "oppose")],
        [],
    ),
    (
        "land",
        "Zelenskyy menegaskan tidak ada perdamaian yang dibayar dengan tanah Ukraina.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "land",
        "Kyiv will not accept a truce that freezes the occupation along the front.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "land",
        "Parlemen Lituania menolak pengakuan atas wilayah Ukraina yang diduduki.",
        [_p("LTU", TER, "oppose")],
        [_p("LTU", TER, "support")],
    ),
    (
        "land",
        "Tidak ada negara yang boleh merebut wilayah negara lain dengan kekerasan, "
        "tegas Menlu Filipina.",
        [_p("PHL", TER, "oppose")],
        [],
    ),
    (
        "land",
        "Kedaulatan dan keutuhan wilayah setiap negara, termasuk Ukraina, wajib dihormati, "
        "kata Menlu Vietnam.",
        [_p("VNM", TER, "oppose")],
        [],
    ),
    (
        "land",
        "Moskow menuntut pengakuan atas wilayah yang dianeksasi.",
        [_p("RUS", TER, "support")],
        [_p("RUS", TER, "oppose")],
    ),
    (
        "land",
        "Russia demands recognition of the occupied regions as Russian.",
        [_p("RUS", TER, "support")],
        [_p("RUS", TER, "oppose")],
    ),
    # a parliament's vote or approval as the condition: after an adjective, the question
    # taken to it, several parliaments listed
    (
        "parliament",
        "Kontingen tidak boleh ditambah tanpa persetujuan tertulis dari DPR.",
        [_k("parliament:IDN")],
        [],
    ),
    (
        "parliament",
        "Norway and Finland made their offers subject to votes in the Storting and the Eduskunta.",
        [_k("parliament:NOR"), _k("parliament:FIN")],
        [],
    ),
    (
        "parliament",
        "Austria's extra contribution will go to the Nationalrat in October.",
        [_k("parliament:AUT")],
        [],
    ),
    (
        "parliament",
        "The extension of the Polish mission must first be brought before the Sejm.",
        [_k("parliament:POL")],
        [],
    ),
    (
        "parliament",
        "Penambahan pasukan Belanda harus dibawa ke Tweede Kamer lebih dulu.",
        [_k("parliament:NLD")],
        [],
    ),
    (
        "parliament",
        "The chancellor will go to the Bundestag on Tuesday to speak about trade.",
        [],
        [_k("parliament:DEU")],
    ),
    # the truce as the condition: a force that stays only while it holds, leaves if the
    # fighting resumes, or is not sent while the war goes on
    (
        "truce",
        "Belgian engineers stay only while the ceasefire holds.",
        [_k("ceasefire")],
        [],
    ),
    (
        "truce",
        "Pasukan Norwegia akan ditarik bila pertempuran kembali pecah.",
        [_k("ceasefire")],
        [],
    ),
    (
        "truce",
        "The Czech team comes home the moment the shooting starts again.",
        [_k("ceasefire")],
        [],
    ),
    (
        "truce",
        "Portugal will not send medics as long as the war has not ended.",
        [_k("ceasefire")],
        [],
    ),
    (
        "truce",
        "Kroasia hanya mengirim kapal selama gencatan senjata masih berlaku.",
        [_k("ceasefire")],
        [],
    ),
    (
        "truce",
        "While the truce talks went on, Spain trained Ukrainian pilots.",
        [],
        [_k("ceasefire")],
    ),
    # American backing that must last, after a proviso
    (
        "us-backstop",
        "Dutch crews remain only as long as Washington stands behind the mission.",
        [_k("us-backstop")],
        [],
    ),
    (
        "us-backstop",
        "Kontingen Belgia bertahan selama Amerika Serikat tetap berdiri di belakang misi.",
        [_k("us-backstop")],
        [],
    ),
    (
        "us-backstop",
        "Latvia will keep its company there provided the United States keeps backing the force.",
        [_k("us-backstop")],
        [],
    ),
    (
        "us-backstop",
        "Estonian sappers stay only while the Americans remain at our side.",
        [_k("us-backstop")],
        [],
    ),
    (
        "us-backstop",
        "Pasukan Swedia tinggal hanya selama Amerika tetap mendukung misi.",
        [_k("us-backstop")],
        [],
    ),
    (
        "us-backstop",
        "While the United States stands behind Israel, Europe must look after Ukraine itself.",
        [],
        [_k("us-backstop")],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_tenth_set_phrasing_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
