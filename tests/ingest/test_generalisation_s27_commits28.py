"""Phrasing classes of commitments found when the twenty-seventh sealed set became
development text: commitments listed item by item.

A report sums up a force or a set of pledges in one sentence, a colon and then items cut
by semicolons, each item led by the state that gives it, as an adjective or an owner ("a
Danish frigate", "Spain's two batteries"). The item's giver is that state, not the
sentence's subject ("its", the force) nor the giver of the item before. Every text here is
written for these tests, in words of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import commitments, holds

DAY = dt.date(2031, 5, 2)

#: text, keys that must be found, keys that must not
CASES: list[tuple[str, list[tuple[str, str, str]], list[tuple[str, str, str]]]] = [
    (
        "The guarantee force now counts 9,000 soldiers. Its largest parts are: a Spanish"
        " mechanised battalion near Mykolaiv; a Danish supply company at the Lviv railhead;"
        " and a Czech training team for Ukrainian sappers.",
        [
            ("ESP", "reassure", "land"),
            ("DNK", "support", "logistics"),
            ("CZE", "regenerate", "training"),
        ],
        [("COTW", "reassure", "land"), ("ESP", "regenerate", "training")],
    ),
    (
        "The offers on the table include: Belgium's two minehunters for the Black Sea;"
        " Austria's 300 million euros for Ukraine's air defence; and Portugal's fuel depot"
        " near the border.",
        [
            ("BEL", "reassure", "sea"),
            ("AUT", "regenerate", "funding"),
            ("PRT", "support", "logistics"),
        ],
        [("BEL", "support", "logistics")],
    ),
    (
        "The force's main contributions are: Greek and Bulgarian patrol boats off Odesa;"
        " a Lithuanian transport company on the western roads.",
        [("GRC", "reassure", "sea"), ("BGR", "reassure", "sea")],
        [("GRC", "support", "logistics")],
    ),
    # near-misses: a list item headed by no state keeps the list's giver; a list of what
    # Ukraine's own forces need gives nothing to Ukraine
    (
        "Norway's contribution has three parts: two frigates in the Black Sea; a field"
        " hospital near Kharkiv; and training for Ukrainian medics.",
        [("NOR", "reassure", "sea")],
        [("UKR", "regenerate", "training")],
    ),
]


@pytest.mark.parametrize(("text", "found", "absent"), CASES)
def test_listed_items(
    text: str, found: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    holds(commitments(extract(text, published=DAY, model=False)), found, absent)
