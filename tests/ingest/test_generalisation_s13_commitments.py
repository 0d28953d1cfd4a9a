"""Phrasing classes of commitments found when the thirteenth sealed set became development
text, each written as a rule complete for its concept: an asset of any domain given to
carry the force's people or loads serves its logistics ("three A400M aircraft to carry the
monitors' kit", "sebuah pesawat C-17 untuk rotasi personel", "a weekly freight train");
the coalition named beside a state that gives is no second giver ("as part of the
coalition's commitment", "apabila diminta oleh koalisi"); a host named as a noun opens no
gift ("the host government has said that Norway will send"); a state's people in the
plural stand for it ("The Poles offered logistics"); a giver after "and the" or a
semicolon, its verb left out, takes the assets after it ("; the Dutch, a minehunter");
every reported clause has its own subject ("noted that China urged talks and that
Bulgaria offered"), and a minister named in apposition is the subject after it; a report
said to have been wrong ("we wrongly reported", "kami keliru menulis") and a gift blocked
("vetoed the shared fund", "menghalangi pengiriman") give nothing; a force's makeup set
out by the states' assets ("comprises the Danish frigate ..., two Belgian minehunters")
gives each state its asset; the coalition's own force or fund ("the coalition's troops
are deployed", "kapal perang koalisi berpatroli") is given by nobody.
Every text here is written for these tests, in words of its own. A case gives the facts
that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import Fact, check_case, pledge
from .phrasing import commitment_fact as _c
from .phrasing import commitment_facts as _facts

DAY = dt.date(2029, 5, 1)


def _log(party: str) -> Fact:
    return _c(party, "support", "logistics")


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # an asset given to carry people or loads is logistics, whatever its own domain
    (
        "carrying",
        "Spain will provide three A400M aircraft to carry the monitors' equipment to Rzeszow.",
        [_log("ESP")],
        [pledge("air", "ESP"), _c("ESP", "regenerate", "equipment"), pledge("watch", "ESP")],
    ),
    (
        "carrying",
        "The Portuguese Navy has assigned the frigate Alvares Cabral to ferry the contingent's "
        "vehicles to Constanta.",
        [_log("PRT")],
        [pledge("sea", "PRT"), _c("PRT", "regenerate", "equipment")],
    ),
    (
        "carrying",
        "Malaysia menyiapkan tiga pesawat A400M untuk mengangkut para pemantau dan "
        "perlengkapannya ke Rzeszow.",
        [_log("MYS")],
        [pledge("air", "MYS"), pledge("watch", "MYS")],
    ),
    (
        "carrying",
        "Slovakia will run a weekly freight train to Lviv for the coalition.",
        [_log("SVK")],
        [pledge("training", "SVK")],
    ),
    (
        "carrying",
        "Sweden offered four ships to transport the brigade's armoured vehicles across the Baltic.",
        [_log("SWE")],
        [pledge("sea", "SWE")],
    ),
    (
        "carrying",
        "Australia menyiapkan sebuah pesawat C-17 untuk rotasi personel setiap tiga bulan.",
        [_log("AUS")],
        [pledge("air", "AUS")],
    ),
    (
        "carrying",
        "Angkatan Laut Thailand mengerahkan satu kapal perang untuk membawa bahan bakar dan "
        "ransum bagi pasukan koalisi.",
        [_log("THA")],
        [pledge("sea", "THA")],
    ),
    (
        "carrying",
        "Norway will send two helicopters to the Black Sea to move wounded soldiers.",
        [_log("NOR")],
        [pledge("air", "NOR"), pledge("land", "NOR")],
    ),
    # carrying out a task, or arms an aircraft can carry, is no carrying of loads
    (
        "carrying",
        "France will send two frigates to patrol the Black Sea and carry out mine clearance.",
        [pledge("sea", "FRA")],
        [_log("FRA")],
    ),
    (
        "carrying",
        "Italy pledged four fighter jets that can carry air-to-air missiles.",
        [pledge("air", "ITA")],
        [_log("ITA")],
    ),
]


MORE: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # the coalition named beside a state that gives is the frame, owner or asker of the
    # gift, not a second giver; alone, it still gives
    (
        "coalition beside",
        "Portugal will deploy 150 engineers as part of the coalition's commitment to Ukraine.",
        [pledge("land", "PRT")],
        [pledge("land", "COTW")],
    ),
    (
        "coalition beside",
        "Kroasia menyiapkan satu kompi infanteri sebagai bagian dari komitmen koalisi.",
        [pledge("land", "HRV")],
        [pledge("land", "COTW")],
    ),
    (
        "coalition beside",
        "Greece is ready to add a third frigate if requested by the coalition.",
        [pledge("sea", "GRC")],
        [pledge("sea", "COTW")],
    ),
    (
        "coalition beside",
        "Belgia siap menambah empat jet tempur apabila diminta oleh koalisi.",
        [pledge("air", "BEL")],
        [pledge("air", "COTW")],
    ),
    (
        "coalition beside",
        "Estonia mengirim 50 pemantau bersama koalisi negara-negara penjamin.",
        [pledge("watch", "EST")],
        [pledge("watch", "COTW")],
    ),
    (
        "coalition beside",
        "The Canadian government said that Canada will offer two patrol aircraft for the "
        "coalition's air mission.",
        [pledge("air", "CAN")],
        [pledge("air", "COTW")],
    ),
    (
        "coalition beside",
        "The coalition agreed to send 5,000 troops to Ukraine.",
        [pledge("land", "COTW")],
        [],
    ),
    (
        "coalition beside",
        "Koalisi sepakat menambah dua kapal penyapu ranjau untuk Laut Hitam.",
        [pledge("sea", "COTW")],
        [],
    ),
    # a host named as a noun opens no gift: the state that gives comes after it
    (
        "named host",
        "The host government has said that Norway will send two frigates to the Black Sea.",
        [pledge("sea", "NOR")],
        [],
    ),
    (
        "named host",
        "As host, Poland will also send 1,000 troops to Ukraine.",
        [pledge("land", "POL")],
        [],
    ),
    (
        "named host",
        "The host city, Vilnius, says Lithuania will contribute 200 engineers.",
        [pledge("land", "LTU")],
        [],
    ),
    (
        "named host",
        "Poland will host the coalition's logistics hub in Rzeszow.",
        [_log("POL")],
        [],
    ),
    (
        "named host",
        "Romania hosts eight Typhoons at its air base near Constanta.",
        [pledge("base", "ROU")],
        [],
    ),
    # a state's people in the plural stand for it; a giver after "and the" or a semicolon,
    # its verb left out, takes the assets after it
    (
        "people and gaps",
        "France pledged two frigates. The Poles offered logistics and their roads.",
        [_log("POL"), pledge("sea", "FRA")],
        [_log("FRA")],
    ),
    (
        "people and gaps",
        "The Danes will send two frigates to the Black Sea.",
        [pledge("sea", "DNK")],
        [],
    ),
    (
        "people and gaps",
        "The Swedes and the Finns will each contribute a company of infantry.",
        [pledge("land", "SWE"), pledge("land", "FIN")],
        [],
    ),
    (
        "people and gaps",
        "The Russians reject any foreign troops in Ukraine.",
        [],
        [pledge("land", "RUS")],
    ),
    (
        "people and gaps",
        "The Italians pledged two frigates; the Dutch, a minehunter and a hundred marines.",
        [pledge("sea", "ITA"), pledge("sea", "NLD"), pledge("land", "NLD")],
        [pledge("land", "ITA")],
    ),
    (
        "people and gaps",
        "Italy pledged fighter jets, and the Netherlands a minehunter and a hundred marines.",
        [pledge("air", "ITA"), pledge("sea", "NLD"), pledge("land", "NLD")],
        [pledge("sea", "ITA"), pledge("land", "ITA")],
    ),
    (
        "people and gaps",
        "Italia menjanjikan jet tempur; Belanda, satu kapal penyapu ranjau.",
        [pledge("air", "ITA"), pledge("sea", "NLD")],
        [pledge("sea", "ITA")],
    ),
    (
        "people and gaps",
        "Spain will send a frigate; Greece has not yet decided.",
        [pledge("sea", "ESP")],
        [pledge("sea", "GRC")],
    ),
    # every reported clause has its own subject ("that ... and that ...", "bahwa ...,
    # bahwa ...", ", and the Finnish minister said"); a minister named in apposition is the
    # subject of the verb after it
    (
        "reported clauses",
        "Officials said that Norway will send two frigates and that Poland will host the "
        "logistics hub.",
        [pledge("sea", "NOR"), _log("POL")],
        [_log("NOR"), pledge("sea", "POL")],
    ),
    (
        "reported clauses",
        "Laporan itu menyebut bahwa Inggris mengirim pasukan darat, bahwa Jerman membiayai "
        "kendaraan misi dengan 90 juta euro.",
        [pledge("land", "GBR"), pledge("funding", "DEU")],
        [pledge("funding", "GBR")],
    ),
    (
        "reported clauses",
        "The minister noted that China had urged talks and that Bulgaria had offered to host a "
        "mine-clearance school.",
        [pledge("training", "BGR")],
        [pledge("training", "CHN")],
    ),
    (
        "reported clauses",
        "Canada will send 200 more instructors, and the Finnish minister said Finland's own "
        "contribution is still open.",
        [pledge("training", "CAN")],
        [pledge("training", "FIN")],
    ),
    (
        "reported clauses",
        "Ia menegaskan bahwa Belanda menyiapkan dua fregat dan bahwa Swedia akan mengirim 300 "
        "tentara.",
        [pledge("sea", "NLD"), pledge("land", "SWE")],
        [pledge("land", "NLD")],
    ),
    (
        "reported clauses",
        "Reporters were told that Italy wants talks and that Estonia's Defence Minister, Hanno "
        "Pevkur, has offered 100 instructors.",
        [pledge("training", "EST")],
        [pledge("training", "ITA")],
    ),
    (
        "reported clauses",
        "Juru bicara itu menambahkan bahwa Tiongkok mendesak perundingan dan bahwa Menteri "
        "Pertahanan Estonia, Hanno Pevkur, telah menawarkan 100 instruktur.",
        [pledge("training", "EST")],
        [pledge("training", "CHN")],
    ),
    (
        "reported clauses",
        "Denmark will send a frigate, and the Netherlands will send 200 marines.",
        [pledge("sea", "DNK"), pledge("land", "NLD")],
        [pledge("land", "DNK")],
    ),
    # a report said to have been wrong, or a pledge put in someone's mouth, gives nothing;
    # a correction that states the fact still gives
    (
        "misreported",
        "In last week's issue we wrongly reported that Chile had pledged two frigates.",
        [],
        [pledge("sea", "CHL")],
    ),
    (
        "misreported",
        "Kami keliru menulis bahwa Peru menjanjikan 300 prajurit.",
        [],
        [pledge("land", "PER")],
    ),
    (
        "misreported",
        "The article misquoted the minister as saying that Ireland would send combat troops.",
        [],
        [pledge("land", "IRL")],
    ),
    (
        "misreported",
        "Berita itu seolah-olah menyebut Vietnam siap mengirim pemantau.",
        [],
        [pledge("watch", "VNM")],
    ),
    (
        "misreported",
        "Chile has pledged two frigates, the ministry said, correcting an earlier report.",
        [pledge("sea", "CHL")],
        [],
    ),
    (
        "misreported",
        "Correction: Peru will send 300 soldiers, not 3,000 as we reported.",
        [pledge("land", "PER")],
        [],
    ),
    # stopping a gift, by any verb of blocking, gives nothing
    (
        "blocking",
        "Hungary continued to block the use of EU funds for the coalition's equipment purchases.",
        [],
        [pledge("funding", "HUN"), _c("HUN", "regenerate", "equipment")],
    ),
    (
        "blocking",
        "Slovakia vetoed the shared fund for Ukraine's air defence.",
        [],
        [pledge("funding", "SVK")],
    ),
    (
        "blocking",
        "Austria menghalangi pengiriman tank ke Ukraina.",
        [],
        [_c("AUT", "regenerate", "equipment")],
    ),
    (
        "blocking",
        "Norway pledged funds to help Ukraine block drone attacks.",
        [pledge("funding", "NOR")],
        [],
    ),
    # a force's makeup set out by the states' assets: each state gives the asset it names
    (
        "makeup",
        "The task group comprises the Danish frigate Niels Juel, two Belgian minehunters and a "
        "Romanian corvette.",
        [pledge("sea", "DNK"), pledge("sea", "BEL"), pledge("sea", "ROU")],
        [],
    ),
    (
        "makeup",
        "Incoming are a Spanish frigate and a Greek fast patrol boat.",
        [pledge("sea", "ESP"), pledge("sea", "GRC")],
        [],
    ),
    (
        "makeup",
        "Satuan tugas itu terdiri atas fregat Belanda, dua kapal penyapu ranjau Belgia dan "
        "korvet Turki.",
        [pledge("sea", "NLD"), pledge("sea", "BEL"), pledge("sea", "TUR")],
        [],
    ),
    (
        "makeup",
        "The air component consists of Swedish Gripens and Dutch F-35s.",
        [pledge("air", "SWE"), pledge("air", "NLD")],
        [],
    ),
    (
        "makeup",
        "The threat facing the convoys comprises Russian drones and Russian warships.",
        [],
        [pledge("sea", "RUS"), pledge("air", "RUS")],
    ),
    # the coalition's own force or fund is there already: nobody gives it; the coalition's
    # people still act for it
    (
        "coalition's own",
        "The coalition's troops are deployed under a ceasefire.",
        [],
        [pledge("land", "COTW")],
    ),
    (
        "coalition's own",
        "Kapal perang koalisi berpatroli di Laut Hitam.",
        [],
        [pledge("sea", "COTW")],
    ),
    (
        "coalition's own",
        "Escorts are provided by the navies of the coalition.",
        [],
        [pledge("sea", "COTW")],
    ),
    (
        "coalition's own",
        "Biaya bahan bakar ditanggung dana bersama koalisi.",
        [],
        [pledge("funding", "COTW"), _log("COTW")],
    ),
    (
        "coalition's own",
        "The coalition's maritime task group will clear mines off Odesa next week.",
        [],
        [pledge("sea", "COTW")],
    ),
    (
        "coalition's own",
        "The coalition's defence ministers agreed to send 2,000 more troops.",
        [pledge("land", "COTW")],
        [],
    ),
    (
        "coalition's own",
        "The coalition's finance ministers agreed to pool EUR 3 billion for Ukraine's "
        "reconstruction bank.",
        [pledge("funding", "COTW")],
        [],
    ),
    (
        "coalition's own",
        "Koalisi sepakat mengirim dua kapal perang tambahan.",
        [pledge("sea", "COTW")],
        [],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), [*CASES, *MORE])
def test_thirteenth_set_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
