"""People without a role the extractor reports, from the twenty-third sealed set's misses
and false names (now `gold/s23-*`), recurring in `gold/s21-*`: an officer with the forces'
name between the rank and the name (the forces' word was read as an initialism opening the
name: "Brigjen TNI X, Direktur ..." gave "TNI X"), a signature under its calling with a
blank line between them ("Direktur Jenderal ...,\n\nMayjen TNI X"), and a local or a
court's calling used as a title ("Councillor X", "Cllr X", "Judge X", "Ms Justice X").
Every text here is written for these tests, in words of its own; each case gives the people
that must be found and the names that must not (see docs/ingest.md, "Phrasing classes from
the twenty-third sealed set: people without a role")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from . import phrasing

DAY = dt.date(2030, 6, 1)

Person = tuple[Any, ...]

CASES: list[tuple[str, str, set[Person], set[str]]] = [
    # the forces' word between a rank and a name set off before a capacity
    (
        "forces",
        "Bandung, Rabu (5/6/2030)\n\nPaparan kesiapan satgas.\n"
        "Pemapar: Brigjen TNI Arif Kurniadi, Kepala Pusat Misi Pemeliharaan Perdamaian\n\n"
        "Isi paparan menyusul.",
        {("Arif Kurniadi", None, "IDN")},
        {"TNI Arif Kurniadi"},
    ),
    (
        "forces",
        "Surabaya - Rapat koordinasi dibuka oleh Laksma TNI Hendra Wijaya, Komandan"
        " Gugus Tempur, pada Selasa pagi.",
        {("Hendra Wijaya", None, "IDN")},
        {"TNI Hendra Wijaya"},
    ),
    (
        "forces",
        "Jakarta - Brigjen Polri Dani Saputra, Kepala Biro Penerangan Masyarakat, menyebut"
        " berkas perkara sudah lengkap.",
        {("Dani Saputra", None, "IDN")},
        {"Polri Dani Saputra"},
    ),
    # a signature under its calling, a blank line between them
    (
        "signature",
        "Demikian telaahan ini kami sampaikan.\n\nDirektur Jenderal Potensi Pertahanan,\n\n"
        "Mayjen TNI Yudi Pranoto",
        {("Yudi Pranoto", None, "IDN")},
        {"TNI Yudi Pranoto"},
    ),
    (
        "signature",
        "Atas perhatian Bapak, kami ucapkan terima kasih.\n\nKepala Biro Perencanaan,\n\n"
        "Kolonel Inf Rahmat Siregar",
        {("Rahmat Siregar", None, "IDN")},
        set(),
    ),
    # a local or a court's calling as a title: of the state the text is about
    (
        "civic",
        "SALISBURY - The district council met on Thursday over the British contingent's"
        " new depot.\n\nCouncillor Ruth Ambler said the barracks had served the town well."
        " Asked by Cllr Owen Mayhew whether lorries would use the high street, the officer"
        " said no.",
        {("Ruth Ambler", None, "GBR"), ("Owen Mayhew", None, "GBR")},
        set(),
    ),
    (
        "civic",
        "DUBLIN - The tribunal on Ireland's monitors sat on Monday. Judge Peter Lyle"
        " adjourned it, and Ms Justice Orla Keane will hear the appeal.",
        {("Peter Lyle", None, "IRL"), ("Orla Keane", None, "IRL")},
        set(),
    ),
    (
        "negative",
        "The inquiry was opened by Justice Minister Helen Park of Ireland. The Justice"
        " Ministry said the Council of Europe would send observers to Kyiv.",
        {("Helen Park", "Minister", "IRL")},
        {"Ministry", "Council", "Council of Europe"},
    ),
    # hard negatives: an initialism that is a name's, a body under a calling
    (
        "negative",
        "Jakarta - Anggota Komisi I DPR, TB Hasanuddin, menilai rencana itu masuk akal.",
        set(),
        {"TNI", "Komisi I DPR"},
    ),
    (
        "negative",
        "Hormat kami,\n\nSekretariat Satgas Garuda",
        set(),
        {"Sekretariat Satgas Garuda", "Satgas Garuda"},
    ),
    (
        "negative",
        "Yours sincerely,\n\nThe Editors",
        set(),
        {"The Editors"},
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_people_with_the_forces_name_and_spaced_signatures(
    kind: str, text: str, present: set[Person], absent: set[str]
) -> None:
    found = phrasing.people(extract(text, published=DAY, model=False))
    names = {p[0] for p in found}
    assert present <= found, f"{kind}: missing {present - found}"
    assert not absent & names, f"{kind}: false {absent & names}"
