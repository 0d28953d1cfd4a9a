"""The frames a refusal to cede land takes besides a negated verb with its land object.

`position_land` reads "will never cede territory", "tidak akan menyerahkan wilayah"; the same
refusal comes in other frames, each a small family of words combined in one clause:

* the land as the subject of a passive of ceding after "no" ("no region will be handed
  over", "tidak ada jengkal tanah yang akan dilepaskan");
* a nominal of ceding after "no", "without" ("no handover of occupied territory", "tidak
  ada pelepasan wilayah", "tanpa penyerahan wilayah");
* a claim, an annexation, a sovereignty not recognised ("will not recognise Moscow's claim
  to the coast of Crimea", "tidak akan mengakui klaim Rusia atas ... Krimea");
* a compulsion nobody can exert ("nothing will force us to give up our land", "tidak ada
  tekanan yang akan memaksa kami melepaskan tanah air kami");
* a pronoun object whose land is named just before, in its sentence or the one before
  ("Crimea ... Kyiv will never give it up", "Krimea ... tidak akan menyerahkannya").

The holder is read as `position_land` reads it: the nearest free party before, not an
occupier of the land.
"""

from __future__ import annotations

import re

#: the land words (an alternation), bare: the frames place their own determiners
LAND = (
    r"(?:land|lands|territor(?:y|ies)|territorial|regions?|oblasts?|provinces?|villages?"
    r"|towns?|Crimea|Donbas+|coast(?:line)?|inch|soil|tanah(?: ?air)?|wilayah(?:nya)?"
    r"|Krimea|jengkal|provinsi|desa|kota|pantai|garis pantai)"
)

#: "no region will be handed over", "tidak ada wilayah yang akan diserahkan"
_PASSIVE = (
    r"(?:no|not (?:one|a single)|tidak ada|tak ada|tiada)\s+(?:[\w-]+\s+){0,3}?"
    + LAND
    + r"(?:\s+[\w-]+){0,4}?\s+(?:ceded|given up|given away|handed over|surrendered"
    r"|traded(?: away)?|swapped|bartered|diserahkan|dilepaskan|dilepas|ditukar(?:kan)?)"
)
#: "no handover of occupied territory", "tidak ada pelepasan wilayah"
_NOMINAL = (
    r"(?:no|without|tidak ada|tak ada|tanpa)\s+(?:(?:surrender|cession|handover|hand-over"
    r"|transfer|trade|swap|giving up)\s+of\s+(?:[\w-]+\s+){0,2}?"
    + LAND
    + r"|(?:penyerahan|pelepasan|pertukaran|konsesi)\s+(?:[\w-]+\s+)?"
    + LAND
    + r")"
)
#: "will not recognise Russia's claim to ... Crimea"
_CLAIM = (
    r"(?:never|not|n't|refuses? to|refused to|tidak|tak|takkan|menolak|enggan)\s+"
    r"(?:\w+\s+){0,2}?(?:recogni[sz]e|mengakui)\s+(?:\S+\s+){0,2}?(?:claims?|klaim"
    r"|annexation|aneksasi|sovereignty|kedaulatan)\s+(?:\S+\s+){0,8}?" + LAND
)
#: "nothing will force us to give up our land"
_COMPELLED = (
    r"(?:no|nothing|nobody|no one|tidak ada|tak ada|tiada)\s+(?:\S+\s+){0,8}?(?:will|would"
    r"|can|could|shall|akan|bisa|dapat|mampu)\s+(?:make|force|compel|push|membuat|memaksa)"
    r"\s+(?:\S+\s+){0,2}?(?:to\s+)?(?:give up|cede|surrender|trade|hand over|menyerahkan"
    r"|melepaskan|menukar)\s+(?:\S+\s+){0,2}?" + LAND
)

#: the refusals whose land stands in the clause (read where the sentence holds a land word)
FRAMES = re.compile(r"(?i:\b(?:" + "|".join((_PASSIVE, _NOMINAL, _CLAIM, _COMPELLED)) + r")\b)")

#: a refusal whose object is a pronoun: its land is named before
PRONOUN = re.compile(
    r"(?i:\b(?:never|not|n't|refuses? to|refused to|tidak|tak|takkan|menolak|enggan)\s+"
    r"(?:\w+\s+){0,3}?(?:(?:give|giving|hand|handing|trade|trading) (?:it|them) (?:up|away"
    r"|over)\b|(?:cede|ceding|surrender|surrendering|trade|trading|give up|giving up"
    r"|relinquish|hand over|swap) (?:it|them)\b|(?:menyerahkan|melepaskan|menukar|melepas"
    r"|memberikan)nya\b))"
)
#: the tokens a sentence must hold for a pronoun's refusal (a cheap test first)
PRONOUN_KEYS = frozenset(
    {"cede", "ceding", "give", "giving", "hand", "handing", "trade", "trading", "surrender"}
    | {"surrendering", "relinquish", "swap", "menyerahkannya", "melepaskannya", "menukarnya"}
    | {"melepasnya", "memberikannya"}
)
#: the land a pronoun stands for, named before it
_ANTECEDENT = re.compile(r"(?i:\b" + LAND + r"\b)")


def antecedent(text: str, start: int, pos: int) -> bool:
    """Whether a land word stands in [start, pos): the pronoun's land."""
    return _ANTECEDENT.search(text, start, pos) is not None
