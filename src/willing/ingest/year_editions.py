"""A year closing a capitalised name or title: the edition or period the name is of
("ANNUAL REPORT 2028", "Laporan Tahunan 2028", "Buku Putih Pertahanan Indonesia 2029",
"APBN-P 2027", "Tahun Anggaran 2030", "Pemilu 2029", "Winter Appeal 2028"). The year is a
date of the text like a year after "in". A word that numbers things ("Flight 2031",
"Nomor 2030", "Route 2030") makes the number a label, and a noun of what is counted after
it ("Poland 2000 soldiers") a count; neither is a year."""

from __future__ import annotations

import re

#: words after which a number is a label, not a year
_NUMBERING = (
    r"Flight|Route|Room|Gate|Platform|Bus|Train|Unit|Page|Article|Section|Item|No|Nr"
    r"|Number|Code|Pasal|Nomor|Kode|Halaman|Ayat|Kamar|Ruang|Rute|Penerbangan|Resolution"
    r"|Resolusi|Model|Type|Tipe|Batch|Lot|Rp|US|USD|EUR|GBP|CAD|NOK|KRW|IDR"
)

#: one to four capitalised words (the last not a word of numbering), then the year; no
#: digit, slash or counted noun after it
EDITION = re.compile(
    r"\b(?:[A-Z][\w'’-]*[ \t]+){0,3}(?!(?:" + _NUMBERING + r")[ \t])[A-Z][\w'’-]*[ \t]+"
    r"(?P<y>(?:19|20)\d{2})\b(?![-/.,:]?\d)"
    r"(?![ \t]+(?:[a-z]+[ \t]+)?(?i:soldiers|troops|personnel|prajurit|tentara|personel"
    r"|pasukan|orang|people|members|anggota|ships|kapal|aircraft|pesawat|units|vehicles"
    r"|kendaraan|km|euros?|dollars?|dolar|rupiah|tons?)\b)"
)
