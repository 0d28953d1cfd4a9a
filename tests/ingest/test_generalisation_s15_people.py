"""People on unseen text, from the fifteenth sealed set's misses (now `gold/s15-*`): each
class is probed with sentences written for the concept, in other words than any article's,
with negatives (see docs/ingest.md, "People on unseen text: the fifteenth sealed set's
misses")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from . import phrasing

DAY = dt.date(2029, 6, 1)


def _people(text: str) -> set[tuple[Any, ...]]:
    return phrasing.people(extract(text, published=DAY))


def _names(text: str) -> set[str]:
    return {p[0] for p in _people(text)}


# --- Indonesian people named by a word of address, without an office ---

_ADDRESSED = [
    (
        "Notulen arisan warga RW 04. Ibu Sulastri mengusulkan agar iuran bulan depan dinaikkan.",
        ("Sulastri", None, "IDN"),
    ),
    (
        "Dalam pertemuan itu Pak Darmaji bertanya kapan anaknya pulang dari Libanon.",
        ("Darmaji", None, "IDN"),
    ),
    (
        "Almarhum meninggalkan seorang suami, Tn. Joko Susilo, dan tiga orang anak.",
        ("Joko Susilo", None, "IDN"),
    ),
    (
        "Keluarga besar mengucapkan terima kasih; Ny. Wulan Sari menerima para pelayat di rumah.",
        ("Wulan Sari", None, "IDN"),
    ),
    (
        "Menjawab pertanyaan Bu Yanti, petugas posko berjanji mengirim kabar setiap pagi.",
        ("Yanti", None, "IDN"),
    ),
    (
        "Sdr. Gilang Ramadhan hadir mewakili karang taruna dan mencatat usulan warga.",
        ("Gilang Ramadhan", None, "IDN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _ADDRESSED)
def test_a_word_of_address_names_a_person_of_the_setting(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in _people(text)


_NOT_ADDRESSED = [
    "Bapak Presiden dijadwalkan tiba di Ibu Kota Nusantara pada Senin pagi.",
    "Ibu Kota negara itu kini dijaga pasukan gabungan.",
    "Warga berkumpul di Jalan Bapak Gatot, lalu berjalan ke balai desa.",
    "Ibu Pertiwi memanggil, kata spanduk di depan markas.",
    "Para bapak dan ibu warga RT 07 menyumbang Rp 2 juta.",
    "Dalam acara itu Ibu Rektor menyampaikan sambutan singkat kepada para mahasiswa.",
    "Setelah rapat, Bapak Jenderal meninggalkan ruangan tanpa memberi keterangan.",
    "Kata Bu Dokter, kondisi para prajurit yang pulang dari Ukraina dalam keadaan baik.",
    "Menurut Pak Kades, warga desa sudah menyiapkan penyambutan bagi prajurit yang pulang.",
]


@pytest.mark.parametrize("text", _NOT_ADDRESSED)
def test_no_person_from_an_office_or_a_place_after_a_word_of_address(text: str) -> None:
    names = _names(text)
    assert not names & {"Kota", "Kota Nusantara", "Pertiwi", "Presiden", "Gatot", "Rektor"}
    assert not names & {"Jenderal", "Dokter", "Kades"}


def test_a_given_name_addressed_is_the_full_name_told_elsewhere() -> None:
    text = (
        "Rapat dibuka oleh Ketua RT, Bapak Sugeng Raharjo. Setelah itu Bapak Sugeng "
        "membacakan surat dari kecamatan."
    )
    names = _names(text)
    assert "Sugeng" not in names


# --- speakers of a transcript: a calling and the name in brackets, then a colon ---

_SPEAKERS = [
    (
        "WEST COAST FM, Dublin\n\nPRESENTER (Aoife Brennan): Good evening.\nGUEST: Thank you.",
        ("Aoife Brennan", None, "IRL"),
    ),
    (
        "Jakarta, 2 Maret 2029\n\nPEMBAWA ACARA (Rudi Hartanto): Selamat malam, pemirsa.\n",
        ("Rudi Hartanto", None, "IDN"),
    ),
    (
        "Transkrip siaran.\nMODERATOR (Lestari Wulandari): Kita mulai diskusi malam ini.\n",
        ("Lestari Wulandari", None, "IDN"),
    ),
    (
        "Transkrip siaran radio daerah.\n"
        "Bambang Sutrisno (penyiar): Selamat pagi, para pendengar di rumah!\n",
        ("Bambang Sutrisno", None, "IDN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _SPEAKERS)
def test_a_speaker_label_names_a_person(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


_NOT_SPEAKERS = [
    "CATATAN (Redaksi): Artikel ini telah diperbarui.\n",
    "Lokasi (Gedung Sate): Bandung, Jawa Barat.\n",
    "NOTE (Ministry of Defence): figures are provisional.\n",
]


@pytest.mark.parametrize("text", _NOT_SPEAKERS)
def test_no_speaker_from_a_note_or_a_place(text: str) -> None:
    assert not _names(text) & {"Redaksi", "Gedung Sate", "Ministry", "Ministry Of Defence"}


# --- a reader who signs a question: the name and the town in brackets ---

_READERS = [
    (
        "Suami saya sedang bertugas di luar negeri bersama kontingen. Apakah istri prajurit "
        "berhak atas tunjangan selama suami bertugas? (Siti, Surabaya)",
        ("Siti", None, "IDN"),
    ),
    (
        "LETTERS, Irish Forces Weekly, Dublin\n\nMy son has served one tour with the force. "
        "Can he refuse a second rotation? (Niamh, Limerick)",
        ("Niamh", None, "IRL"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _READERS)
def test_a_signed_question_names_a_reader(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


_NOT_READERS = [
    "Pasukan ditempatkan di dua kota (Kyiv, Lviv) sejak Januari.",
    "The base (Constanta, Romania) hosts the logistics hub.",
    "Kontingen akan diganti pada Februari, kata juru bicara Mabes TNI. (Antara, Jakarta)",
]


@pytest.mark.parametrize("text", _NOT_READERS)
def test_no_reader_from_places_in_brackets(text: str) -> None:
    assert not _names(text) & {"Kyiv", "Constanta", "Antara"}


# --- a report's writer after "disusun oleh", "ditulis oleh", "prepared by" ---

_WRITERS = [
    (
        "Laporan Praktik Kerja\nDitulis oleh: Fajar Nugroho, Institut Teknologi Bandung\n",
        ("Fajar Nugroho", None, "IDN"),
    ),
    (
        "Situation note\nPrepared by: Sinead Daly\nDublin, 4 April 2029\n",
        ("Sinead Daly", None, "IRL"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _WRITERS)
def test_a_writer_label_names_a_person(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


def test_no_institution_after_a_writer() -> None:
    text = "Laporan Praktik Kerja\nDitulis oleh: Fajar Nugroho, Institut Teknologi Bandung\n"
    assert not any("Institut" in n for n in _names(text))


# --- a signature under a calling on the line above ---

_SIGNED = [
    (
        "Rapat ditutup oleh ketua dan warga pulang ke rumah masing-masing pukul 22.00 WIB.\n\n"
        "Notulis,\nAnisa Rahma (Bendahara RW)\n",
        ("Anisa Rahma", None, "IDN"),
    ),
    (
        "Demikian laporan ini.\n\nPerwira Jaga,\nKapten Inf Dedi Kurniawan\n",
        ("Dedi Kurniawan", None, "IDN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _SIGNED)
def test_a_signature_under_a_calling_names_a_person(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


# --- a person's nationality before the name gives the state ---

_NATIONALS = [
    (
        "Our field coordinator, the Danish Mette Larsen, will brief donors in Kyiv.",
        ("Mette Larsen", None, "DNK"),
    ),
    pytest.param(
        "The fund's analyst, the Swede Karin Lund, wrote the note.",
        ("Karin Lund", None, "SWE"),
        marks=pytest.mark.xfail(strict=True, reason="left out: a nationality as a noun"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _NATIONALS)
def test_a_nationality_before_a_name_gives_the_state(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


# --- an office with Indonesian "-nya" before a known figure ---

_OWNED = [
    (
        "Kremlin melalui juru bicaranya, Dmitry Peskov, menolak usulan itu.",
        ("Dmitry Peskov", "Spokesperson", "RUS"),
    ),
    (
        "Kemlu Rusia, lewat juru bicaranya Maria Zakharova, kembali mengecam rencana tersebut.",
        ("Maria Zakharova", "Spokesperson", "RUS"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _OWNED)
def test_an_office_owned_with_nya_is_the_figures(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


# --- an Indonesian rank is an Indonesian's, whatever state the sentence names ---

_RANKED = [
    (
        "Kami tersambung dengan Letnan Dua Wahyu Saputra, putra Kendari yang bertugas di Ukraina.",
        ("Wahyu Saputra", None, "IDN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _RANKED)
def test_an_indonesian_rank_is_of_indonesia(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


# --- a name written in capitals: after a rank on a notice's line, or as a speaker ---

_CAPITALS = [
    (
        "Turut berduka cita atas gugurnya\n\nKOPDA (ANUMERTA) BAYU SETIAWAN\n\n"
        "yang wafat saat bertugas sebagai pemantau di Ukraina.",
        ("Bayu Setiawan", None, "IDN"),
    ),
    (
        "Daftar peserta yang lulus seleksi tahap akhir:\nLETDA CHK RANI OKTAVIA\n"
        "Para peserta diminta melapor pekan depan.",
        ("Rani Oktavia", None, "IDN"),
    ),
    pytest.param(
        "Transkrip wawancara radio komunitas di Manado.\n\n"
        "PENYIAR: Selamat sore, pendengar.\n\nDEWI KUMALASARI: Selamat sore, terima kasih.\n\n"
        "PENYIAR: Bagaimana kabar di sana?\n\nDEWI KUMALASARI: Baik, semua aman.\n",
        ("Dewi Kumalasari", None, "IDN"),
        marks=pytest.mark.xfail(
            strict=True, reason="left out: a bare speaker label in capitals read callings"
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _CAPITALS)
def test_a_name_in_capitals_names_a_person(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


_NOT_CAPITALS = [
    "Laporan harian posko keluarga.\n\nCATATAN REDAKSI: Data diperbarui setiap pagi.\n\n"
    "PENYIAR: Selamat pagi.\n\nBREAKING NEWS: Gencatan senjata berlaku.\n",
    "Jadwal kegiatan kontingen.\n\nKAPTEN KAPAL PERANG: KRI BUNG TOMO\n",
    "Pengumuman resmi markas besar.\n\nMAYOR JENDERAL TNI\n\nKEPALA PUSAT PENERANGAN\n",
]


@pytest.mark.parametrize("text", _NOT_CAPITALS)
def test_no_person_from_a_heading_in_capitals(text: str) -> None:
    names = _names(text)
    assert not names & {"Catatan Redaksi", "Breaking News", "Kri Bung Tomo", "Bung Tomo"}
    assert not any(n.startswith(("Jenderal", "Kepala", "Pusat")) for n in names)
