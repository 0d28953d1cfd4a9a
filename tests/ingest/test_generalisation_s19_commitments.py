"""Phrasing classes of commitments found when the nineteenth sealed set became development
text, written as a combination of small word families: a state said to be undecided
(holder x a stance of not yet deciding, studying, having nothing to announce, being
expected or reported by others, staying out), in both languages and in any frame (a
correction, a memo line, a slide's label and value, a headline), whose asset is named
beyond the reach of a negation or before it. A state that studies one thing and gives
another still gives it; another state's gift in the same sentence stands.
Every text here is written for these tests, in words of its own. A case gives the facts
that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import Fact, check_case, pledge
from .phrasing import commitment_facts as _facts

DAY = dt.date(2030, 6, 1)

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    (
        "undecided",
        "Austria said it was sympathetic to the idea but had not decided whether to fund "
        "the demining programme, worth EUR 40 million over two years.",
        [],
        [pledge("funding", "AUT")],
    ),
    (
        "undecided",
        "Rumania belum memutuskan apakah akan ikut mendanai program pembersihan ranjau, "
        "yang bernilai EUR 30 juta.",
        [],
        [pledge("funding", "ROU")],
    ),
    (
        "undecided",
        "Portugal has yet to decide whether one of its frigates, now in refit, can join "
        "the Black Sea task group next spring.",
        [],
        [pledge("sea", "PRT")],
    ),
    (
        "undecided",
        "Luxembourg, which our report said would send 50 soldiers to the reassurance force, "
        "has only said it is reviewing the request.",
        [],
        [pledge("land", "LUX")],
    ),
    (
        "undecided",
        "Estonia is not considering a contribution of troops to the reassurance force at "
        "this time, its defence ministry said.",
        [],
        [pledge("land", "EST")],
    ),
    (
        "undecided",
        "Slovenia, whose minister had been expected to offer two helicopters, said her "
        "government had nothing to announce.",
        [],
        [pledge("air", "SVN")],
    ),
    (
        "undecided",
        "Memo, item 3: Latvia is still weighing whether a minehunter could go to Odesa; "
        "no decision has been taken.",
        [],
        [pledge("sea", "LVA")],
    ),
    (
        "undecided",
        "- Kroasia: masih mengkaji, dua kapal penyapu ranjau, keputusan belum final",
        [],
        [pledge("sea", "HRV")],
    ),
    (
        "undecided",
        "- Slowakia: tidak ikut, tidak mendanai dana pertahanan udara",
        [],
        [pledge("funding", "SVK")],
    ),
    (
        "undecided",
        "Yunani disebut-sebut akan mengirim sebuah fregat ke Laut Hitam tahun depan.",
        [],
        [pledge("sea", "GRC")],
    ),
    (
        "undecided",
        "Kanada semula diperkirakan mengirim pesawat tempur, tetapi pejabatnya hanya menyebut "
        "Ottawa sedang mempelajari pilihan untuk tahun depan.",
        [],
        [pledge("air", "CAN")],
    ),
    (
        "undecided",
        "Italia belum memutuskan apakah akan bergabung dengan proyek itu, yakni pabrik radar "
        "yang didanai EUR 800 juta.",
        [],
        [pledge("funding", "ITA")],
    ),
    (
        "undecided",
        "SWEDEN STILL WEIGHING FRIGATE FOR ODESA TASK GROUP",
        [],
        [pledge("sea", "SWE")],
    ),
    # letting others' ships pass is giving none
    (
        "passage",
        "Turkey, which holds the straits, allows the coalition's minehunters through but "
        "will not join the patrols.",
        [],
        [pledge("sea", "TUR")],
    ),
    (
        "passage",
        "Mesir hanya mengizinkan kapal-kapal fregat koalisi melintasi terusan itu.",
        [],
        [pledge("sea", "EGY")],
    ),
    (
        "not passage",
        "Greece, which allows coalition ships through its waters, will also send a frigate "
        "to the task group.",
        [pledge("sea", "GRC")],
        [],
    ),
    # Indonesia's monitoring task force by its own name
    (
        "task force",
        "Istri-istri prajurit Satgas Pemantau Gelombang IX berkumpul di aula Kodim setiap "
        "Sabtu untuk menunggu kabar.",
        [pledge("watch", "IDN")],
        [],
    ),
    (
        "task force",
        "AGENDA RAPAT: evaluasi logistik Satuan Tugas Pemantauan TNI di Ukraina selatan "
        "menjelang pergantian gelombang.",
        [pledge("watch", "IDN")],
        [],
    ),
    (
        "task force",
        "Anggaran perpanjangan satgas pemantau gencatan senjata diajukan ke DPR bulan depan.",
        [pledge("watch", "IDN")],
        [],
    ),
    (
        "not task force",
        "Pengamat menilai misi itu tetap bisa berjalan tanpa satgas pemantau dari luar kawasan.",
        [],
        [pledge("watch", "IDN")],
    ),
    (
        "not task force",
        "Satgas Pemantau Irlandia dan kontingen lain bertugas di sektor timur.",
        [pledge("watch", "IRL")],
        [pledge("watch", "IDN")],
    ),
    (
        "not task force",
        "Satgas penanganan banjir Jakarta dibentuk pekan lalu.",
        [],
        [pledge("watch", "IDN")],
    ),
    # guards: a gift in its own clause, another state's gift, a relative clause's stance
    (
        "not undecided",
        "Denmark will send 200 soldiers to the reassurance force, but it is still examining "
        "whether to join the fund.",
        [pledge("land", "DNK")],
        [],
    ),
    (
        "not undecided",
        "Norway, which is still considering minehunters, pledged EUR 50 million for demining.",
        [pledge("funding", "NOR")],
        [],
    ),
    (
        "not undecided",
        "Finland has pledged EUR 80 million to the fund, while Ireland has not decided "
        "whether to take part.",
        [pledge("funding", "FIN")],
        [],
    ),
    (
        "not undecided",
        "Belanda akan mengirim dua fregat ke Laut Hitam, sedangkan Belgia masih mengkaji "
        "apakah kapalnya bisa ikut.",
        [pledge("sea", "NLD")],
        [pledge("sea", "BEL")],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_nineteenth_set_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
