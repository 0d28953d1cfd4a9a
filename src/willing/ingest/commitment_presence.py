"""Forces that are there (twelfth set): a verb of being or serving names a state's force in
place as surely as one of sending ("1,300 French soldiers serve in Ukraine", "the Royal
Navy keeps two minehunters off Odesa"), unless it keeps something away or speaks of
service long past."""

from __future__ import annotations

import re

from willing.ingest.commitment_confirmed import unconfirmed
from willing.ingest.commitment_hosts import named_host
from willing.ingest.commitment_purse import unpaid
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Match

#: keeping something away or to a rule is no force kept there: "keeps its aircraft out of
#: it", "kept the straits closed", "keeps to the rules", "keep watch", "kept them at home"
_KEEPS = frozenset({"keep", "keeps", "kept", "keeping"})
_KEPT_AWAY = re.compile(
    r"(?i:\s+(?:to|watch|an eye)\b|\s+(?:[\w'’-]+\s+){0,4}?(?:out|closed|shut|away|open"
    # "kept its soldiers at home", "keeps its troops back" (fourteenth set); "off" a place
    # or a coast is where: "keeps a patrol boat off Odesa"
    r"|off(?!\s+(?:the\s+)?(?:(?-i:[A-Z])|coast|shore))|at home|home|back)\b)"
)

#: verbs of being there (twelfth set): the coalition's own troops serving are no state's
#: offer ("soldiers serving with the reassurance force")
BEING_THERE = frozenset(
    {"serve", "serves", "served", "serving", "bertugas", "sedang bertugas", "berada"}
    | {"keeps", "kept", "keeping", "patrolling", "patrolled", "remain", "remains", "remained"}
    | {"is stationed", "are stationed", "were stationed", "was stationed", "been stationed"}
    | {"is based", "are based", "been based", "berpangkalan", "bersiaga", "berjaga"}
    | {"are deployed", "is deployed", "were deployed", "been deployed", "already deployed"}
    | {"now deployed"}
)

#: being there once is no force there now: "telah bertugas di puluhan misi", "pernah
#: bertugas", "had served in Chad"
_ONCE = re.compile(r"(?i:\b(?:telah|sudah|pernah|once|previously|formerly|had|have|has)\s+$)")


#: "has" names a force there only with a counted asset and a place after it: "Italy has two
#: minehunters on the Black Sea corridor", "the Netherlands has 300 soldiers in Lviv"
#: (fourteenth set); "has said", "has a say", "has two reasons" give nothing
_HAS = frozenset({"has", "have"})
_HAS_THERE = re.compile(
    r"(?i:\s+(?:(?:about|some|around|roughly|nearly|over|more than|still|now|also)\s+)*"
    r"(?:\d[\d.,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several)\s+"
    # what one has a part in is no asset: "has a say in", "has two reasons for"
    r"(?!(?:say|role|stake|part|share|interest|seat|voice|right|duty|reasons?|chance|plans?"
    r"|problems?|history|view|word)\b)"
    r"(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:on|in|at|off|over|near|along|across|based)\b)"
)


def has_nothing_there(doc: Doc, cue: Match[str]) -> bool:
    """Whether "has"/"have" is no verb of a force kept there (see `_HAS_THERE`)."""
    return cue.value in _HAS and not _HAS_THERE.match(doc.text, cue.end)


def kept_away(doc: Doc, cue: Match[str]) -> bool:
    """Whether a verb of keeping keeps something away: "will keep its own troops out"."""
    return cue.value in _KEEPS and bool(_KEPT_AWAY.match(doc.text, cue.end))


def idle(doc: Doc, cue: Match[str], s: int) -> bool:
    """Whether a verb of keeping or being there gives nothing: "keeps its aircraft out of
    it", "telah bertugas di puluhan misi" ("have been stationed" is still there); nor a host
    named as a noun ("the host government"), nor a confirmation denied or awaited ("not
    confirmed", "is expected to confirm"), nor an idiom of paying with no sum after it
    ("came with a warning")."""
    if (
        has_nothing_there(doc, cue)
        or kept_away(doc, cue)
        or named_host(doc, cue, s)
        or unconfirmed(doc, cue)
        or unpaid(doc, cue)
    ):
        return True
    if cue.value not in BEING_THERE or cue.value.startswith("been"):
        return False
    once = _ONCE.search(doc.text, max(s, cue.start - 12), cue.start)
    # "has kept two aircraft on standby": kept until now, still there
    return once is not None and not (
        cue.value == "kept" and once.group().strip().casefold() in ("has", "have")
    )
