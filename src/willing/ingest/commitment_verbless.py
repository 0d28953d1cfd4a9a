"""Commitments stated without a verb of giving, read after the clauses that have one.

Lists and scoreboards ("Germany: EUR 1.1 billion"), rows of a table ("Norwegia | 1 fregat"),
items listed under a state's heading ("FRANCE" over "* Up to 2,000 troops"),
a mission's monitors named by the states they come from ("monitors from Chile and
Portugal", "pemantau Brasil dan Malaysia") and a force's contingents named by their states
("the French and Belgian contingents") or its soldiers ("troops from Spain and Italy")
each give without a cue; they add only the keys
the clauses did not already give.
"""

from __future__ import annotations

from willing.ingest import (
    backstop_pledges,
    commitment_headings,
    commitment_lists,
    commitment_rows,
    commitment_tallies,
    contingent_origins,
    line_watchers,
    mission_members,
    monitor_companions,
    monitor_origins,
    monitor_taskforce,
    troop_origins,
)
from willing.ingest.document import Doc
from willing.ingest.items import Item
from willing.ingest.parties import Mention


def find(doc: Doc, parties: list[Mention], found: list[Item]) -> list[Item]:
    """The commitments of lists, rows and monitors' states not already in `found`."""
    out = commitment_lists.find(doc, parties, found)
    have = {(i.value["party"], i.value["layer"], i.value["domain"]) for i in [*found, *out]}
    rows = commitment_rows.find(doc, parties, have)
    have |= {(i.value["party"], i.value["layer"], i.value["domain"]) for i in rows}
    out += rows
    out += commitment_headings.find(doc, parties, have)
    out += monitor_origins.find(doc, parties, have)
    out += monitor_companions.find(doc, parties, have)
    out += line_watchers.find(doc, parties, have)
    out += monitor_taskforce.find(doc, parties, have)
    out += backstop_pledges.find(doc, parties, have)
    out += commitment_tallies.find(doc, parties, have)
    out += contingent_origins.find(doc, parties, have)
    out += mission_members.find(doc, parties, have)
    return out + troop_origins.find(doc, parties, have)
