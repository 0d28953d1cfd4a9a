"""Indonesia's monitoring task force named by its own name: "Satgas Pemantau Gencatan
Senjata", "satuan tugas pemantau", "Satgas Pemantau TNI".

"Satgas" (satuan tugas) is the name the Indonesian armed forces give a unit they deploy;
a text that names a monitoring satgas tells of Indonesia's monitors even when no verb of
sending stands near it: a family's feature ("suami mereka tergabung dalam Satgas
Pemantau"), a parliament's hearing on extending it, a rotation order, a syllabus. The
reader is one clause of two families: the unit's noun (satgas, satuan tugas) and a noun
of monitoring or observing (pemantau, pemantauan, pengamat, pengawas). The owner is
Indonesia unless another state is named right after or before the unit ("Satgas Pemantau
Finlandia", "satgas milik Irlandia"), in which case the readers of named monitors decide.
Not: a unit denied or wished away in its clause ("tanpa satgas pemantau", "tidak ada satgas
pemantau"), or a question.
"""

from __future__ import annotations

import re

from willing.ingest import stated_commitments
from willing.ingest.document import Doc
from willing.ingest.items import Item
from willing.ingest.parties import Mention
from willing.ingest.stated_commitments import Key

_WORDS = frozenset({"satgas", "tugas"})

_UNIT = re.compile(
    r"(?i:\b(?:satgas|satuan\s+tugas)\s+(?:(?:tni|garuda|indonesia|gabungan|kemanusiaan)\s+)?"
    r"(?:pemantau|pemantauan|pengamat|pengawas|pengawasan|observasi)\b)"
)
#: a unit denied or not there in its clause
_NOT_THERE = re.compile(
    r"(?i:\b(?:tanpa|tidak ada|tak ada|bukan|belum ada|tidak perlu|menolak)\s+(?:\S+\s+){0,2}$)"
)
#: where the unit serves, or the coalition it reports to: no owner ("di Ukraina")
_NOT_OWNERS = frozenset({"IDN", "UKR", "RUS", "COTW"})
#: another state's unit: its name within a few words after or before
_NEAR = 40


def find(doc: Doc, parties: list[Mention], have: set[Key]) -> list[Item]:
    """Indonesia's monitoring commitment, once, from its monitoring task force's name."""
    if ("IDN", "backstop", "monitoring") in have:
        return []
    for s, e in doc.sentences_with(_WORDS):
        if doc.asks(s, e):
            continue
        for m in _UNIT.finditer(doc.text, s, e):
            if _NOT_THERE.search(doc.text[max(s, m.start() - 40) : m.start()]):
                continue
            others = [
                p
                for p in parties
                if p.code not in _NOT_OWNERS
                and s <= p.start < e
                and (0 <= p.start - m.end() <= _NEAR or 0 <= m.start() - p.end <= _NEAR)
            ]
            if others:
                continue
            out: list[Item] = []
            key = ("IDN", "backstop", "monitoring")
            stated_commitments.add(out, have, key, (m.start(), m.end()), (s, e), 0.6)
            return out
    return []
