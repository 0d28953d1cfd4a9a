"""Positions and conditions from the thirteenth set's misses, each written as a rule complete
for its concept: talks asked for, insisted on, wanted or preferred by any verb of asking or
preferring, the talks a noun a few words on, quoted or not, or a side said to have to talk;
"both" standing for the two parties named last, not for a body they stay out of; a party
named as a partner ("talks with Moscow and rejected ...") holding no view; a parliament's
consent by any of its names, owned without a preposition, renewed, or still to come; a host
state's consent owned by its government, withdrawn, or given to what it lends (a hub, a port);
a foreign force refused after a noun of presence, named as the guarantors', any state's or a
NATO country's, its staff and trainers, but not a refusal to join it; Ukraine wanting,
welcoming, accepting or inviting the force or more of it, and asking the coalition to keep it.
Every text here is written for these tests, in words of its own. A case gives the facts that
must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import FT, NEG, Fact, check_case
from .phrasing import condition_fact as _k
from .phrasing import position_fact as _p
from .phrasing import view_facts as _facts

DAY = dt.date(2029, 6, 1)


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # talks asked for by any verb of asking, wanting or preferring, quoted or not
    (
        "talks-asked",
        "Brazil's foreign ministry appealed on Friday for \"a broad negotiation that includes "
        'everyone".',
        [_p("BRA", NEG, "support")],
        [],
    ),
    (
        "talks-asked",
        "Austria kept insisting on talks with Moscow before any new sanctions.",
        [_p("AUT", NEG, "support")],
        [],
    ),
    (
        "talks-asked",
        'Switzerland prefers "a negotiated way out" to more weapons.',
        [_p("CHE", NEG, "support")],
        [],
    ),
    (
        "talks-asked",
        "Kazakhstan would rather see direct negotiation between the two capitals.",
        [_p("KAZ", NEG, "support")],
        [],
    ),
    (
        "talks-asked",
        "Ireland is pushing for a dialogue between Kyiv and Moscow.",
        [_p("IRL", NEG, "support")],
        [],
    ),
    (
        "talks-asked",
        'Mesir mendesakkan "perundingan yang melibatkan semua pihak" kepada kedua negara.',
        [_p("EGY", NEG, "support")],
        [],
    ),
    (
        "talks-asked",
        "Vietnam lebih memilih perundingan langsung ketimbang sanksi baru.",
        [_p("VNM", NEG, "support")],
        [],
    ),
    (
        "talks-asked",
        "Afrika Selatan terus menuntut dialog dengan Moskow sebelum bantuan senjata ditambah.",
        [_p("ZAF", NEG, "support")],
        [],
    ),
    (
        "talks-asked",
        'Serbia said the coalition should "talk to Moscow, not arm Kyiv".',
        [_p("SRB", NEG, "support")],
        [],
    ),
    (
        "talks-asked",
        "Kolombia mengatakan koalisi seharusnya berunding dengan Moskow.",
        [_p("COL", NEG, "support")],
        [],
    ),
    # traps: a question, a call refused, talks not wanted, talks only as a demand's price
    (
        "talks-asked",
        "Analysts asked whether Hungary wants talks with Moscow?",
        [],
        [_p("HUN", NEG, "support")],
    ),
    (
        "talks-asked",
        "Austria rejected calls for talks with Moscow.",
        [],
        [_p("AUT", NEG, "support")],
    ),
    (
        "talks-asked",
        "Meksiko menolak tuntutan perundingan dengan Moskow.",
        [],
        [_p("MEX", NEG, "support")],
    ),
    (
        "talks-asked",
        "Serbia said Ukraine should never talk to Moscow.",
        [],
        [_p("SRB", NEG, "support"), _p("UKR", NEG, "support")],
    ),
    (
        "talks-asked",
        "Russia demands the withdrawal of the coalition as the condition for talks.",
        [],
        [_p("RUS", NEG, "support")],
    ),
    # "both" stands for the two parties named last, not a body they are out of or in; a
    # party named as a partner ("talks with Moscow and rejected ...") holds no view
    (
        "pair-holder",
        "Tiongkok dan India tidak ikut dalam koalisi. Keduanya menyerukan perundingan.",
        [_p("CHN", NEG, "support"), _p("IND", NEG, "support")],
        [_p("COTW", NEG, "support")],
    ),
    (
        "pair-holder",
        "Brazil and Mexico stayed out of the coalition. Both called for talks.",
        [_p("BRA", NEG, "support"), _p("MEX", NEG, "support")],
        [_p("COTW", NEG, "support")],
    ),
    (
        "pair-holder",
        "Chile and Peru kept their distance from the coalition. Both have urged a return to "
        "the negotiating table.",
        [_p("CHL", NEG, "support"), _p("PER", NEG, "support")],
        [_p("COTW", NEG, "support")],
    ),
    (
        "partner",
        "The Slovak prime minister demanded talks with Moscow and rejected any foreign troops "
        "in Ukraine.",
        [_p("SVK", NEG, "support"), _p("SVK", FT, "oppose")],
        [_p("RUS", FT, "oppose")],
    ),
    (
        "partner",
        "Perdana Menteri Slowakia mendesak dialog dengan Rusia dan menolak pengiriman pasukan "
        "asing ke Ukraina.",
        [_p("SVK", NEG, "support"), _p("SVK", FT, "oppose")],
        [_p("RUS", FT, "oppose")],
    ),
    (
        "partner",
        "Orban kembali menuntut perundingan langsung dengan Moskow dan menolak kehadiran "
        "pasukan asing di Ukraina.",
        [],
        [_p("RUS", FT, "oppose")],
    ),
    # a parliament's consent by any of its names, owned without "dari", renewed or to come
    (
        "parliament",
        "Rotasi pemantau Indonesia berikutnya direncanakan pada Maret, setelah mendapat "
        "persetujuan Dewan Perwakilan Rakyat.",
        [_k("parliament:IDN")],
        [],
    ),
    (
        "parliament",
        "The Norwegian frigate stays only while the Storting renews its consent each quarter.",
        [_k("parliament:NOR")],
        [],
    ),
    (
        "parliament",
        "Iceland offered a field kitchen, still to be approved by the Althing.",
        [_k("parliament:ISL")],
        [],
    ),
    (
        "parliament",
        "Kapal penyapu ranjau Polandia hanya berangkat jika Sejm memperpanjang mandatnya.",
        [_k("parliament:POL")],
        [],
    ),
    (
        "parliament",
        "Kontingen Austria berangkat dengan restu Nationalrat.",
        [_k("parliament:AUT")],
        [],
    ),
    (
        "parliament",
        "Denmark's frigate sails subject to the Folketing renewing its mandate every year.",
        [_k("parliament:DNK")],
        [],
    ),
    (
        "parliament",
        "Bulgaria's minehunter stays only while the National Assembly renews its consent.",
        [_k("parliament:BGR")],
        [],
    ),
    (
        "parliament",
        "The Bundestag debated the defence budget on Tuesday.",
        [],
        [_k("parliament:DEU")],
    ),
    (
        "parliament",
        "Parlemen Lituania menggelar sidang tentang anggaran pertahanan pada Senin.",
        [],
        [_k("parliament:LTU")],
    ),
    # the host's consent owned by its government, a host's invitation, consent withdrawn,
    # what a host lends approved after a word of condition
    (
        "host-nation",
        "Para insinyur Jerman bertugas di Moldova atas persetujuan pemerintah Moldova.",
        [_k("host-nation")],
        [],
    ),
    (
        "host-nation",
        "Setiap penerbangan memerlukan izin lintas dari pemerintah Hongaria sebagai "
        "negara yang dilintasi.",
        [_k("host-nation")],
        [],
    ),
    (
        "host-nation",
        "The tender will be reissued once Bucharest has approved the hub.",
        [_k("host-nation")],
        [],
    ),
    (
        "host-nation",
        "Norwegian medics will leave if Ukraine withdraws its consent to the mission.",
        [_k("host-nation")],
        [],
    ),
    (
        "host-nation",
        "The Dutch engineers operate in Slovakia with the permission of the Slovak government.",
        [_k("host-nation")],
        [],
    ),
    (
        "host-nation",
        "Kapal-kapal itu hanya boleh bersandar setelah Bulgaria menyetujui penggunaan "
        "pelabuhannya.",
        [_k("host-nation")],
        [],
    ),
    (
        "host-nation",
        "Pemantauan gencatan senjata atas undangan negara tuan rumah sah menurut hukum "
        "internasional.",
        [_k("host-nation")],
        [],
    ),
    (
        "host-nation",
        "The Bundestag gave its consent to the deployment on Friday.",
        [],
        [_k("host-nation")],
    ),
    (
        "host-nation",
        "Poland approved the pension reform on Tuesday.",
        [],
        [_k("host-nation")],
    ),
    (
        "host-nation",
        "Pasukan Jerman berangkat atas persetujuan pemerintah Jerman.",
        [],
        [_k("host-nation")],
    ),
    # a foreign force refused after a noun of presence, named as the guarantors', any state's
    # or a NATO country's, its staff and trainers; not a refusal to join it
    (
        "force-refused",
        "Rusia juga menolak keberadaan pasukan penjamin, meski tidak mempersoalkan "
        "pemantau tanpa senjata.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "force-refused",
        "Belarus menentang pengerahan personel militer asing di Ukraina.",
        [_p("BLR", FT, "oppose")],
        [],
    ),
    (
        "force-refused",
        "Moscow rejects the stationing of any NATO-country soldier near its border with Ukraine.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "force-refused",
        "Iran considers every foreign instructor in Ukraine unacceptable.",
        [_p("IRN", FT, "oppose")],
        [],
    ),
    (
        "force-refused",
        "Rusia menolak kehadiran instruktur Barat di Ukraina.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "force-refused",
        "Russia rejects the deployment of guarantor troops in Ukraine.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "force-refused",
        "Analysts say Russia may one day accept the guarantor force in Ukraine.",
        [],
        [_p("RUS", FT, "oppose")],
    ),
    (
        "force-refused",
        "Ukraina menolak kehadiran pasukan Rusia di wilayahnya.",
        [],
        [_p("UKR", FT, "oppose")],
    ),
    (
        "force-refused",
        "Tiongkok menyerukan dialog, tetapi menolak ikut dalam pasukan penjamin.",
        [],
        [_p("CHN", FT, "oppose")],
    ),
    (
        "force-refused",
        "China refused to join the coalition force in Ukraine.",
        [],
        [_p("CHN", FT, "oppose")],
    ),
    # Ukraine wanting, welcoming, accepting the force or more of it, an aside between; the
    # coalition asked to keep its troops; not denied, not Russia's, not the speaker's state
    (
        "force-wanted",
        'Kyiv ingin lebih banyak pemantau dan pasukan penjamin di wilayahnya, "bukan '
        'lebih sedikit".',
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "force-wanted",
        "Ukraine, of course, wants the soldiers there.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "force-wanted",
        "Ukraine consents to the monitors and wishes the mission to be enlarged.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "force-wanted",
        "Ukraina menerima para pemantau dengan tangan terbuka.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "force-wanted",
        "Kyiv would like more European soldiers along the line of contact.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "force-wanted",
        "Ukraine's defence minister asked the coalition to keep its troops in Ukraine "
        "until a peace treaty is signed.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "force-wanted",
        "Ukraine does not want more foreign soldiers.",
        [],
        [_p("UKR", FT, "support")],
    ),
    (
        "force-wanted",
        "Russia wants more soldiers in Crimea.",
        [],
        [_p("RUS", FT, "support")],
    ),
    (
        "force-wanted",
        "Kyiv welcomed the news that Russian troops had left the island.",
        [],
        [_p("UKR", FT, "support")],
    ),
    (
        "force-wanted",
        "Oleksandr Kovalenko adalah Duta Besar Ukraina untuk Indonesia. Dalam wawancara "
        "dengan kami ia mengatakan Ukraina menyambut setiap pemantau asing.",
        [_p("UKR", FT, "support")],
        [_p("IDN", FT, "support")],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_thirteenth_set_phrasing_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
