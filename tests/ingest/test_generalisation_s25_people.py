"""People without a role given the state of a town the header names (the venue of the
meeting a paper reports on, the city an embassy sits in) instead of the state whose office
issues the paper, from the twenty-fifth sealed set's misses (now `gold/s25-*`), recurring
in `gold/s24-*`: "KEDUTAAN BESAR REPUBLIK INDONESIA" over a foreign capital, "Disusun
oleh: ..., Kemhan RI" under a line naming the venue, "Department of Defence (Ireland)",
"..., Defence Forces (Ireland)", an Indonesian ministry named without its state in an
Indonesian paper. A nationality said of a person holds for every mention of the name. Every
text here is written for these tests, in words of its own; each case gives the people that
must be found and those that must not (see docs/ingest.md, "Phrasing classes from the
twenty-fifth sealed set: the state whose office issues the paper")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from . import phrasing

DAY = dt.date(2030, 6, 1)

Person = tuple[Any, ...]

CASES: list[tuple[str, str, set[Person], set[Person]]] = [
    # an Indonesian embassy's header over the city it sits in
    (
        "embassy",
        "KEDUTAAN BESAR REPUBLIK INDONESIA\nWINA\n\nNOTA DINAS\nNomor: 031/ND/V/2030\n\n"
        "Bersama ini kami sampaikan catatan pertemuan para menteri koalisi di Wina.\n\n"
        "Wina, 28 Mei 2030\nSekretaris Pertama,\n\nRina Susanti",
        {("Rina Susanti", None, "IDN")},
        {("Rina Susanti", None, "AUT")},
    ),
    # a ministry's unit with its state, under a line naming the meeting's venue
    (
        "ministry",
        "CATATAN HASIL PERTEMUAN\nRapat Menteri Pertahanan Koalisi, Oslo, 20 Mei 2030\n"
        "Disusun oleh: Subdirektorat Kerja Sama Eropa, Kemhan RI\n\n"
        "Pertemuan membahas rotasi pasukan di Ukraina dan dihadiri 25 negara.\n\n"
        "Paraf:\nDian Lestari",
        {("Dian Lestari", None, "IDN")},
        {("Dian Lestari", None, "NOR")},
    ),
    # an Indonesian ministry named without its state in an Indonesian paper
    (
        "ministry",
        "DAFTAR PETUGAS\nBiro Umum, Kementerian Luar Negeri\n"
        "(Selama KTT koalisi penjamin di Roma)\n\n"
        "Petugas pagi: Rina Susanti\nPetugas malam: Dian Lestari\n",
        {("Rina Susanti", None, "IDN"), ("Dian Lestari", None, "IDN")},
        {("Rina Susanti", None, "ITA"), ("Dian Lestari", None, "ITA")},
    ),
    # an English paper of a state's department, and of its forces, with a venue below
    (
        "department",
        "Department of Foreign Affairs (Ireland), Visit Report\n"
        "Destination: Warsaw, 3-4 June 2030\n\n"
        "The delegation met officials of the coalition's planning cell in Warsaw and"
        " discussed the rotation of observers.\n\nPrepared by: Colonel Ruth Kelly",
        {("Ruth Kelly", None, "IRL")},
        {("Ruth Kelly", None, "POL")},
    ),
    (
        "forces",
        "STAFF REPORT - EXTRACT\nOfficer: Major Paul Byrne, Defence Forces (Ireland)\n"
        "Post: Liaison officer, coalition headquarters, Kyiv\n"
        "Reviewing officer: Colonel Ruth Kelly\n\n"
        "The officer kept the reporting channel to the headquarters open all year.",
        {("Ruth Kelly", None, "IRL")},
        {("Ruth Kelly", None, "UKR")},
    ),
    # an untold minister in a paper his state's department issues
    (
        "minister",
        "Department of Defence (Ireland), Travel Note\nVenue: Copenhagen, 2 May 2030\n\n"
        "Purpose: attendance with the Minister for Defence, Sean Walsh, at the meeting"
        " hosted by Denmark. Denmark pledged new funds, and the Danish ministry chaired the"
        " talks.",
        {("Sean Walsh", "Defence Minister", "IRL")},
        {("Sean Walsh", "Defence Minister", "DNK")},
    ),
    # a nationality said of the person holds over the paper's state
    (
        "nationality",
        "KEDUTAAN BESAR REPUBLIK INDONESIA\nOSLO, NORWEGIA\n\n"
        "Perihal: Rekomendasi bagi Sdri. Ingrid Berg\n\nDengan hormat,\n\n"
        "Kami merekomendasikan Sdri. Ingrid Berg, warga negara Norwegia, sebagai calon"
        " penerima beasiswa.",
        {("Ingrid Berg", None, "NOR")},
        {("Ingrid Berg", None, "IDN")},
    ),
    # near-misses that stay: a header with a town and no office keeps the town's state; a
    # headline naming a ministry in a clause of its own names no issuer
    (
        "negative",
        "NOTES OF THE VIENNA MEETING, 4 May 2030\nPresent: Colonel Ruth Kelly\n\n"
        "The meeting discussed the rotation of observers in Ukraine.",
        {("Ruth Kelly", None, "AUT")},
        set(),
    ),
    (
        "negative",
        "Kementerian Pertahanan Rusia Kecam Rencana Koalisi\n\nRapat di Roma berakhir."
        " Pengamat Dian Lestari menilai koalisi tetap solid. Rusia menolak, dan Rusia"
        " mengancam.",
        set(),
        {("Dian Lestari", None, "RUS")},
    ),
    # an embassy's capital is where it sits, not whose it is; another state's embassy
    (
        "embassy",
        "BUKU TAMU PAMERAN FOTO\nKBRI Kyiv\n\nPengunjung pertama: Dian Lestari\n",
        {("Dian Lestari", None, "IDN")},
        {("Dian Lestari", None, "UKR")},
    ),
    (
        "embassy",
        "EMBASSY OF NORWAY\nJAKARTA\n\nPRESS NOTE\n\nThe embassy hosted a reception for the"
        " coalition's monitors.\n\nContact: Ingrid Berg",
        {("Ingrid Berg", None, "NOR")},
        {("Ingrid Berg", None, "IDN")},
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_people_of_the_state_whose_office_issues_the_paper(
    kind: str, text: str, present: set[Person], absent: set[Person]
) -> None:
    found = phrasing.people(extract(text, published=DAY, model=False))
    assert present <= found, f"{kind}: missing {present - found}, found {found}"
    assert not absent & found, f"{kind}: false {absent & found}"
