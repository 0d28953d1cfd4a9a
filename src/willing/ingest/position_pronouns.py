"""A force named by a pronoun takes its context from the clause before it.

"Ukraine's government has asked for more monitors, not fewer; Moscow calls them spies and
wants them gone": the clause of the view names neither Ukraine nor the force, the pronoun
points back at the monitors of the clause before. A view on foreign troops needs a context
word in its own clause (`positions._CLAUSE_CONTEXT`); a phrase that names its force only by
a pronoun ("them", "mereka", "its departure") borrows it from the sentence it stands in.
(A sentence of its own, "The Kremlin wants them gone.", is not read: the rules' keyword
windows stay inside their sentence and this one names no force.)
"""

from __future__ import annotations

import re

_PRONOUN = re.compile(r"(?i:\b(?:them|they|their|its|it|mereka|penarikannya)\b)")


def names_by_pronoun(m: re.Match[str]) -> bool:
    """Whether the phrase names its force by a pronoun."""
    return _PRONOUN.search(m.group()) is not None
