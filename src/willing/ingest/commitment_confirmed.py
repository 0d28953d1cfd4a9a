"""Confirming an asset is giving it (twentieth set): "France confirmed 1,800 soldiers",
"Oslo confirms four F-35s", "memastikan dua kapal penyapu ranjau". A confirmation that is
denied, awaited or asked about gives nothing: "not confirmed", "has yet to confirm", "is
expected to confirm", "declined to confirm", "could not confirm whether", "belum
dikonfirmasi", "tidak mengonfirmasi"; and one that only reports, closing its sentence with
no object ("... will sail next spring, the government confirmed."), says, not gives."""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.gazetteer import Match

#: the verbs of confirming in the cue table, in both languages
CONFIRMING = frozenset(
    {"confirm", "confirms", "confirmed", "confirming", "reconfirmed", "reaffirmed"}
    | {"memastikan", "mengonfirmasi"}
)

#: a confirmation denied, hedged or still to come, right before the verb
_NOT_YET = re.compile(
    r"(?i:\b(?:not|never|yet to|un|no one|nobody|refused to|declined to|failed to|"
    r"expected to|likely to|may|might|could|would|hopes? to|asked to|wants? to|to be|"
    r"belum|tidak|tak|bukan|enggan|menolak|diharapkan|diperkirakan|akan segera)"
    r"(?:\s+(?:yet|be|been|to|officially|publicly|resmi))*\s*$)"
)
#: a confirmation asked about rather than given: "confirm whether", "memastikan apakah";
#: or one that only reports, with no object, closing its sentence (ninth set's trap): "...
#: will sail next spring, the government confirmed.", "the ministry confirmed on Tuesday."
_ASKED = re.compile(
    r"(?i:\s+(?:whether|if|apakah|bahwa|that)\b"
    r"|(?:\s+(?:on|in|at|late|early|yesterday|today|this|last|pada|kemarin|hari)\b[^.;,\n]{0,30})?"
    r"\s*(?:[.;!?\"”’]|$))"
)


def unconfirmed(doc: Doc, cue: Match[str]) -> bool:
    """Whether a verb of confirming gives nothing: denied, awaited or asked about."""
    if cue.value not in CONFIRMING:
        return False
    return bool(
        _NOT_YET.search(doc.text, max(0, cue.start - 24), cue.start)
        or _ASKED.match(doc.text, cue.end)
    )
