"""Positions from the eighteenth set's misses, each written as a class of word families in
frames, not as the wordings seen: a state opposing the foreign force, read as holder x stance
x force in one clause (an absolute clause, a label such as "occupiers" or "a threat", a ticker
in capitals, a refusal to accept or pay for, a request to stay out of the mission, a line
labelled with its speaker), with negatives: a negated stance, a negated subject, the
coalition's own words, a state's own troops, a question. Every text here is written for these
tests, in words of its own. A case gives the facts that must be found and the ones that must
not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import FT, Fact, check_case, view_facts
from .phrasing import position_fact as _p

DAY = dt.date(2030, 3, 1)

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # an absolute or participial clause
    (
        "force-opposed",
        "Talks stalled again in Geneva, with Belarus still rejecting any Western force on"
        " Ukrainian soil.",
        [_p("BLR", FT, "oppose")],
        [],
    ),
    (
        "force-opposed",
        "Budget officers note that, with Moscow opposing every coalition deployment, the"
        " Kyiv office needs more staff.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    # a label given to the force
    (
        "force-opposed",
        "Later the radio said the Kremlin had again called the peacekeepers invaders of"
        " Ukrainian land.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "force-opposed",
        "Moskow kembali menyebut kehadiran militer Barat di Ukraina sebagai provokasi.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "force-opposed",
        'Kremlin spokesman, 21:40: allied warships near Odesa are "an open threat".',
        [_p("RUS", FT, "oppose")],
        [],
    ),
    # a ticker in capitals, a labelled line
    (
        "force-opposed",
        '• MOSKOW: PASUKAN ASING DI UKRAINA ADALAH "PENJAJAH" •',
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "force-opposed",
        'Senin 3: Kementerian Luar Negeri Rusia: pesawat koalisi di atas Ukraina "target sah".',
        [_p("RUS", FT, "oppose")],
        [],
    ),
    # never accepting, refusing to pay for, asking another state to keep out
    (
        "force-opposed",
        "Minsk insists it will never tolerate foreign soldiers in Ukraine.",
        [_p("BLR", FT, "oppose")],
        [],
    ),
    (
        "force-opposed",
        "Bratislava said it would not fund foreign armies in Ukraine from its budget.",
        [_p("SVK", FT, "oppose")],
        [],
    ),
    (
        "force-opposed",
        "Surat Kedutaan Besar Rusia meminta Malaysia tidak ikut serta dalam misi yang"
        " melegitimasi kehadiran militer Barat di Ukraina.",
        [_p("RUS", FT, "oppose")],
        [_p("MYS", FT, "oppose")],
    ),
    (
        "force-opposed",
        "Rusia terus mendesak agar Kyiv menyerah dan menentang penempatan tentara Barat,"
        " sementara Ukraina meminta dukungan.",
        [_p("RUS", FT, "oppose")],
        [_p("UKR", FT, "oppose")],
    ),
    # negatives: a negated stance, a negated subject, the coalition's own words, own troops
    (
        "force-not-opposed",
        "Turkey does not oppose a foreign force in Ukraine, its minister said.",
        [],
        [_p("TUR", FT, "oppose")],
    ),
    (
        "force-not-opposed",
        "Nobody in Ankara rejects the coalition mission in Ukraine any longer.",
        [],
        [_p("TUR", FT, "oppose")],
    ),
    (
        "force-not-opposed",
        "Poland said it would never tolerate Russian troops massing near Ukraine.",
        [],
        [_p("POL", FT, "oppose")],
    ),
    (
        "force-not-opposed",
        "The coalition rejected claims that its monitors in Ukraine are occupiers.",
        [],
        [_p("COTW", FT, "oppose")],
    ),
    (
        "force-not-opposed",
        "Does Hungary reject foreign troops in Ukraine?",
        [],
        [_p("HUN", FT, "oppose")],
    ),
]


#: a known gap: the phrase rules of `positions.yaml` read a label given to Russia's own troops
#: as the speaker's opposition to the foreign force (the frames here need a foreign force)
GAPS: list[tuple[str, str, list[Fact], list[Fact]]] = [
    (
        "force-not-opposed",
        "Poland called Russian troops massing near Ukraine a threat to the whole region.",
        [],
        [_p("POL", FT, "oppose")],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"),
    [*CASES, *(pytest.param(*c, marks=pytest.mark.xfail(strict=True)) for c in GAPS)],
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES + GAPS)],
)
def test_eighteenth_set_position_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, view_facts(extract(text, published=DAY, model=False)), present, absent)
