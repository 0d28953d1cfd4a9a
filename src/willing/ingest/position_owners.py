"""A party named as the owner of a force, or of a presence, holds no view on that force.

"Russia called the coalition's task group hostile and demanded its departure" is Russia's
view, not the coalition's; so is "Rusia menentang keberadaan koalisi dan menuntut ...",
and "Hungaria menentang pengiriman pasukan Eropa" is Hungary's. The owner is read from the
words around the party's name: a possessive followed by a force ("the coalition's
frigates", "NATO's air patrols"), a force or a presence right before it ("pasukan
koalisi", "kehadiran NATO", "troops of the coalition", "the presence of the EU"). A party
named in an apposition right after the sentence's subject ("Hungaria, anggota Uni Eropa,
...", "Austria, a member of the EU, ...") is no holder either: the apposition says what
the subject is.
"""

from __future__ import annotations

import re

from willing.ingest import word_classes
from willing.ingest.document import Doc
from willing.ingest.parties import Mention
from willing.ingest.prefilter import guarded

#: a force or the platforms and patrols of one
_FORCE_WORDS = (
    r"(?:{troop}|patrols?|patroli|(?:task|naval|battle|carrier|strike) groups?|missions?|misi)"
)

#: a possessive, then at most two words, then the force: "the coalition's (naval) frigates"
_OWNED = re.compile(
    word_classes.expand(r"(?i:(?:'s|’s|')\s+(?:[\w-]+\s+){0,2}?" + _FORCE_WORDS + r"\b)")
)
#: a force or a presence right before the party: "pasukan koalisi", "troops of the coalition",
#: "kehadiran NATO", "the presence of the EU"
_OWNER_AFTER = guarded(
    word_classes.expand(
        r"(?i:\b(?:" + _FORCE_WORDS + r"|kehadiran|keberadaan|presence|deployment|pengerahan"
        r"|penempatan)(?:\s+(?:of|dari|milik))?(?:\s+(?:the|a|an))?\s+$)"
    )
)
#: an apposition saying what its subject is a member or ally of
_APPOSED = re.compile(
    r"(?i:,\s*(?:(?:although|though|even though|while|despite being|albeit|meski(?:pun)?"
    r"|walau(?:pun)?|kendati(?:pun)?|sekalipun|biarpun)\s+(?:itself\s+|sendiri\s+)?)?"
    r"(?:(?:a|an|the|one|salah satu|sesama)\s+)?(?:(?:founding|fellow|full|key|close"
    r"|long-standing|pendiri)\s+)?(?:members?|anggota|allies|ally|sekutu|partner|mitra)"
    r"(?:\s+(?:of|dari))?(?:\s+the)?\s+$)"
)
#: the same apposition with the party before its noun ("Slovakia, though a NATO member,
#: ...", "Austria, an EU member state, ..."): the words before the party, then after it
_APPOSED_OPEN = re.compile(
    r"(?i:,\s*(?:(?:although|though|even though|while|despite being|albeit|meski(?:pun)?"
    r"|walau(?:pun)?|kendati(?:pun)?|sekalipun|biarpun)\s+(?:itself\s+)?)?(?:a|an|one)\s+$)"
)
_APPOSED_NOUN = re.compile(r"(?i:\s+(?:member(?:\s+(?:state|country|nation))?|ally|partner)\s*,)")
#: (twenty-sixth round) a later body of the same apposition's list ("Austria, a member of
#: the EU but not of NATO or the coalition, has opposed ..."): the list
#: says what the subject is, as its first body does
_APPOSED_LIST = re.compile(
    r"(?i:,\s*(?:(?:a|an|the)\s+)?(?:members?\s+of|anggota(?:\s+dari)?)\s+[^,;.:]{1,60}?\s"
    r"(?:and|or|but|nor|dan|atau|tetapi|namun)\s+(?:not\s+|bukan\s+)?"
    r"(?:(?:a\s+)?members?\s+|anggota\s+)?(?:of\s+|dari\s+)?(?:the\s+)?$)"
)
#: how far back an owner's force or apposition is looked for
_REACH = 40
#: how far back a listed apposition is looked for
_LIST_REACH = 100


def owns_force(doc: Doc, h: Mention) -> bool:
    """Whether the party is named as the owner of a force or a presence, or in an
    apposition right after the subject."""
    text = doc.text
    if _OWNED.match(text, h.end):
        return True
    # within the party's sentence only: "... data to the force\n\nRussia says ..." is no owner
    start = max(doc.sentence_at(h.start)[0], h.start - _REACH)
    if _APPOSED_NOUN.match(text, h.end) and _APPOSED_OPEN.search(text, start, h.start):
        return True
    if _APPOSED_LIST.search(text, max(doc.sentence_at(h.start)[0], h.start - _LIST_REACH), h.start):
        return True
    return bool(_OWNER_AFTER.search(text, start, h.start) or _APPOSED.search(text, start, h.start))
