"""Domain words used in another sense: they name no asset given.

Indonesian "air" is water ("air bersih"); a domain word after a word of travelling or a
route is a way of going ("perjalanan darat", "jalur laut", "by air"); a service named as
someone's corps or an asset's owner is an affiliation ("perwira Angkatan Udara Prancis",
"pesawat angkut Angkatan Udara Australia"); "finance" in an office's name is the office
("finance ministers", "Ministry of Finance"); a school named as a building, its grounds, or
beside homes, hospitals and houses of worship is a place of civilian life, not a school
for soldiers ("di lapangan sekolah", "rumah ibadah dan sekolah", "a primary school").
"""

from __future__ import annotations

import re

from willing.ingest.commitment_hits import Domain
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Match
from willing.ingest.prefilter import guarded

#: a way of going, right before the domain word: "perjalanan darat", "lewat laut", "by air"
_ROUTE = guarded(
    r"(?i:\b(?:perjalanan|jalur|jalan|lewat|via|rute|route|routes|journey|travel|travels"
    r"|by|overland)\s+$)"
)

#: a service named right after a rank or office, or after an asset it owns: "perwira
#: Angkatan Darat", "komandan Angkatan Laut", "pesawat angkut Angkatan Udara"
_SERVICE = re.compile(r"(?i:Angkatan\s+$)")
_CORPS = guarded(
    r"(?i:\b(?:perwira|officer|officers|kolonel|colonel|letnan|lieutenant|mayor|major|jenderal"
    r"|general|laksamana|admiral|marsekal|komandan|commander|kepala staf|chief|staf|anggota"
    r"|personel|prajurit)\s+$)"
)

#: "finance" in an office's name
_OFFICE_AFTER = re.compile(
    r"(?i:\s+(?:ministers?|ministry|ministries|minister's|corporation|committee|director"
    r"|officials?|chiefs?|secretary)\b)"
)
_OFFICE_BEFORE = guarded(
    r"(?i:\b(?:ministry of|minister of|department of|development|secretary of|"
    r"ministers? for)\s+$)"
)

#: "ship" as a verb: after a modal or "to", before its object ("undertook to ship 40
#: tanks", "also ships the spare parts")
_SHIP_VERB_BEFORE = re.compile(
    r"(?i:\b(?:to|will|would|shall|can|could|must|also|then|and|it|they)\s+$)"
)
_SHIP_OBJECT = re.compile(
    r"(?i:\s+(?:\d|the\b|a\b|an\b|its\b|their\b|some\b|more\b|them\b|it\b|out\b|over\b))"
)

#: the topic of a body, not a gift: "the working group on maritime security", "kelompok
#: kerja bidang pertahanan udara"
_TOPIC = guarded(
    r"(?i:\b(?:group|groups|subgroup|committee|committees|panel|council|conference|seminar"
    r"|workshop|kelompok kerja|komite|komisi|dewan|konferensi|seminar|lokakarya)\s+"
    r"(?:on|for|of|tentang|bidang|urusan|soal)\s+(?:the\s+)?$)"
)

#: a school as a place (twenty-eighth set): a part or the grounds of its building, children
#: at it, or one of a run of civilian buildings ("rumah ibadah dan sekolah", "homes and
#: schools"); a school for soldiers is named by what it teaches ("sekolah bintara")
_CIVIL = (
    r"rumah(?:\s+(?:ibadah|sakit|warga|penduduk))?|masjid|gereja|klinik|puskesmas|sawah|pasar"
    r"|jembatan|homes?|houses?|hospitals?|churches|mosques|clinics?|bridges|kindergartens?"
)
_SCHOOL_PLACE_BEFORE = guarded(
    r"(?i:\b(?:lapangan|gedung|halaman|atap|aula|ruang(?:an)?|kantin|pagar|bangunan|anak"
    r"|anak-anak|murid|siswa|guru|primary|elementary|secondary|village|local|borrowed"
    rf"|(?:{_CIVIL})(?:\s*,\s*[\w-]+)*\s*(?:,\s*)?(?:dan|and|serta|or|atau|,))\s+$)"
)
_SCHOOL_PLACE_AFTER = re.compile(
    r"(?i:(?:-sekolah)?\s+(?:dasar|menengah|anak|sepak\s+bola|roofs?|halls?|yards?|buildings?"
    rf"|grounds?|children|pupils|teachers?|(?:dan|and|serta|or|atau|,)\s+(?:{_CIVIL})\b))"
)
_SCHOOL = frozenset({"school", "schools", "sekolah"})

#: words that can be used in another sense, as they are written in a hit
_SENSES = (
    frozenset({"air", "darat", "laut", "udara", "land", "sea", "finance", "ship", "ships"})
    | _SCHOOL
    | {
        "angkatan darat",
        "angkatan laut",
        "angkatan udara",
    }
)


def _elsewhere(doc: Doc, hit: Match[Domain], before: Match[Domain] | None) -> bool:
    word = doc.text[hit.start : hit.end]
    key = word.casefold()
    lead = doc.text[max(0, hit.start - 40) : hit.start]
    if key in _SCHOOL:
        return bool(
            _SCHOOL_PLACE_BEFORE.search(lead) or _SCHOOL_PLACE_AFTER.match(doc.text, hit.end)
        )
    if key == "finance":
        return bool(_OFFICE_AFTER.match(doc.text, hit.end) or _OFFICE_BEFORE.search(lead))
    if key in ("ship", "ships"):
        return bool(_SHIP_VERB_BEFORE.search(lead) and _SHIP_OBJECT.match(doc.text, hit.end))
    if word == "air" and doc.language != "en":
        return True  # "air bersih", "air minum": water
    if _ROUTE.search(lead):
        return True
    # the service's name starts where "Angkatan" does
    named = _SERVICE.search(lead)
    start = hit.start if key.startswith("angkatan ") else hit.start - len(named[0]) if named else -1
    if start < 0:
        return False
    return bool(_CORPS.search(doc.text, max(0, start - 30), start)) or (
        before is not None and not doc.text[before.end : start].strip()
    )


def other_senses(doc: Doc, hits: list[Match[Domain]]) -> list[Match[Domain]]:
    """Without the domain words of the clause used in another sense."""
    out: list[Match[Domain]] = []
    before: Match[Domain] | None = None
    for hit in hits:
        word = doc.text[hit.start : hit.end].casefold()
        if not (
            (word in _SENSES and _elsewhere(doc, hit, before))
            or _TOPIC.search(doc.text, max(0, hit.start - 40), hit.start)
        ):
            out.append(hit)
        before = hit
    return out
