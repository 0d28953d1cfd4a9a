"""Conditions from the twenty-second and twenty-third sets' misses, read as structures: the
truce as a past event (time counted from it, or told in a past verb with its date) states
no condition, while a contribution that hangs on a truce still to come does; and the host's
consent as the force's presence tied to the host's will (consent required, the host wanting
the force as the second part of a proviso, the host withdrawing its request, the host that
must ask, the force going home when asked to go). Every text here is written for these
tests, in words of its own, in English and Indonesian. A case gives the facts that must be
found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import Fact, check_case, view_facts
from .phrasing import condition_fact as _c

DAY = dt.date(2030, 6, 1)

HOST = _c("host-nation")
CEASEFIRE = _c("ceasefire")

CEASEFIRE_CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # time counted from the truce: a past event
    (
        "counted",
        "Eighteen months after the guns fell silent, the bakery on Khreshchatyk reopened.",
        [],
        [CEASEFIRE],
    ),
    (
        "counted",
        "Tiga tahun setelah gencatan senjata, pasar ikan di Odesa kembali ramai.",
        [],
        [CEASEFIRE],
    ),
    (
        "counted",
        "Dalam setahun sejak gencatan senjata di Ukraina pada Maret 2028, harga gandum turun.",
        [],
        [CEASEFIRE],
    ),
    (
        "counted",
        "The school took its first pupils back a few weeks after the truce, the mayor recalled.",
        [],
        [CEASEFIRE],
    ),
    # the truce told in a past verb with its date
    (
        "dated",
        "When a ceasefire took hold along the Dnipro in March 2028, few expected it to last.",
        [],
        [CEASEFIRE],
    ),
    (
        "dated",
        "Ketika gencatan senjata diteken pada 2 Maret 2028, para petani kembali ke ladang.",
        [],
        [CEASEFIRE],
    ),
    # a contribution hanging on a truce still to come: a condition
    (
        "to come",
        "Belgium will send its engineers two weeks after a ceasefire is signed.",
        [CEASEFIRE],
        [],
    ),
    (
        "to come",
        "Kontingen Portugal siap diberangkatkan dalam sepuluh hari setelah gencatan senjata.",
        [CEASEFIRE],
        [],
    ),
    (
        "to come",
        "The Danish medics stay only while the ceasefire holds.",
        [CEASEFIRE],
        [],
    ),
    (
        "to come",
        "Kapal penyapu ranjau ditarik apabila gencatan senjata yang berlaku sejak Maret 2028 "
        "runtuh.",
        [CEASEFIRE],
        [],
    ),
]

HOST_CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # the host's consent required
    (
        "required",
        "Every new rotation of the monitors requires the approval of the Ukrainian government.",
        [HOST],
        [],
    ),
    (
        "required",
        "- Pengiriman tim medis tambahan memerlukan izin pemerintah Ukraina",
        [HOST],
        [],
    ),
    # the host's wish as the second part of a proviso
    (
        "proviso",
        'Menlu menyebut satgas akan bertahan "selama garis kontak tenang dan Pemerintah Ukraina '
        'masih menghendaki kehadiran kita".',
        [HOST],
        [],
    ),
    (
        "proviso",
        "The observers remain as long as the truce is respected and Ukraine and Russia still "
        "accept the mission.",
        [HOST],
        [],
    ),
    # the host withdrawing the request the force came on
    (
        "withdrawn",
        "Tugas berakhir lebih cepat jika Pemerintah Ukraina mencabut permintaannya.",
        [HOST],
        [],
    ),
    # the host that must ask or invite
    (
        "must ask",
        "Dua syarat tetap berlaku: Ukraina sebagai tuan rumah harus mengundang kami secara resmi.",
        [HOST],
        [],
    ),
    (
        "must ask",
        "Kyiv, as the host nation, must request the force before a single soldier boards.",
        [HOST],
        [],
    ),
    # the force going home when asked to go, the host in the sentence
    (
        "asked to go",
        '"Ukraine invited us, and we go home when we are asked to go," the colonel said.',
        [HOST],
        [],
    ),
    # hard negatives: no host's will tied to the force
    (
        "not the host",
        "The Dutch frigate needs the approval of the Dutch government before it sails.",
        [],
        [HOST],
    ),
    (
        "not the host",
        "Ukraina harus meminta maaf kepada para petani, kata seorang anggota parlemen.",
        [],
        [HOST],
    ),
    (
        "not the host",
        "We leave when we are asked to leave, the Norwegian sergeant said of the canteen.",
        [],
        [HOST],
    ),
]

CASES = CEASEFIRE_CASES + HOST_CASES


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"),
    CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_twenty_third_set_truce_and_host(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, view_facts(extract(text, published=DAY, model=False)), present, absent)
