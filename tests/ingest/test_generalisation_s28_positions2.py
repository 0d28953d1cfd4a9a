"""Phrasing classes of positions found when the twenty-eighth sealed set became development
text: a view reported by its source, and a force named by its grouping.

"Menurut X, Rusia menuntut ...", "According to X, Russia demands ...": the source after
"menurut" / "according to" only reports the view; the subject after the comma holds it.
The source is no holder listed with the subject, and a pronoun standing for the source
("Menurut dia, Ukraina menginginkan ...") does not take the view from the state that opens
it. A foreign force may be named by its grouping ("any foreign formation", "a NATO
flotilla"), not a formation of something else. Every text here is written for these
tests, in words of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import TER, Fact, check_case, position_fact, view_facts

DAY = dt.date(2031, 3, 1)
FT = "foreign-troops"

#: kind, text, facts that must be found, facts that must not
CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    (
        "source",
        "Dubes Ukraina, Taras Melnyk, berbicara di Bandung. Menurut Melnyk, Rusia tetap"
        " menuntut wilayah yang kini didudukinya.",
        [position_fact("RUS", TER, "support")],
        [position_fact("UKR", TER, "support")],
    ),
    (
        "source",
        "Menurut Dubes Ukraina, Rusia masih menuntut seluruh wilayah yang dianeksasi.",
        [position_fact("RUS", TER, "support")],
        [position_fact("UKR", TER, "support")],
    ),
    (
        "source",
        "According to the Ukrainian envoy, Moscow still demands the occupied land.",
        [position_fact("RUS", TER, "support")],
        [position_fact("UKR", TER, "support")],
    ),
    (
        "source",
        "Juru bicara Rusia, Irina Volkova, mengecam keputusan itu. Duta Besar Ukraina"
        " menyambutnya. Menurut dia, Ukraina menginginkan pesawat koalisi terus berpatroli"
        " di langitnya.",
        [position_fact("UKR", FT, "support")],
        [position_fact("RUS", FT, "support")],
    ),
    (
        "source",
        "Russia's spokeswoman, Irina Volkova, objected. The Ukrainian envoy was pleased."
        " According to him, Ukraine wants the coalition jets to keep patrolling its skies.",
        [position_fact("UKR", FT, "support")],
        [position_fact("RUS", FT, "support")],
    ),
    # near-misses: a list of holders stays one subject, after a source too; a pronoun
    # source with no state opening the view still stands for its person
    (
        "source",
        "Hungaria, Slowakia dan Austria menolak pengiriman pasukan asing ke Ukraina.",
        [position_fact(c, FT, "oppose") for c in ("HUN", "SVK", "AUT")],
        [],
    ),
    (
        "source",
        "Menurut Menlu, Hungaria, Slowakia dan Austria menolak pengiriman pasukan asing ke"
        " Ukraina.",
        [position_fact(c, FT, "oppose") for c in ("HUN", "SVK", "AUT")],
        [],
    ),
    (
        "source",
        "Juru bicara Rusia, Irina Volkova, berbicara di Moskow. Menurut dia, pasukan asing"
        " tidak boleh berada di Ukraina.",
        [position_fact("RUS", FT, "oppose")],
        [],
    ),
    (
        "grouping",
        "The Kremlin rejected any Western formation on Ukrainian soil.",
        [position_fact("RUS", FT, "oppose")],
        [],
    ),
    (
        "grouping",
        "Moscow will never accept a NATO flotilla off the Ukrainian coast.",
        [position_fact("RUS", FT, "oppose")],
        [],
    ),
    # near-misses: a formation of something else, a state's own formation
    (
        "grouping",
        "Russia rejects the formation of a coalition government in Ukraine.",
        [],
        [position_fact("RUS", FT, "oppose")],
    ),
    (
        "grouping",
        "The Kremlin rejected the new Ukrainian formation on the front.",
        [],
        [position_fact("RUS", FT, "oppose")],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_reported_sources_and_force_groupings(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, view_facts(extract(text, published=DAY, model=False)), present, absent)
