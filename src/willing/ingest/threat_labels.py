"""The threat labels a state gives the foreign force, and the speaker's line whose holder is
named in the sentence before.

A state that opposes the foreign force often says so by labelling it as what it may attack or
does not want: a legitimate (military) target, combatants, a party to the conflict, spies,
there at its own risk, not needed, not welcome ("sasaran militer yang sah", "kombatan",
"pihak yang berperang", "mata-mata", "atas risiko sendiri", "tidak diperlukan"). These join the
stance family of `position_frames`; the hands of a force that are not soldiers (engineers,
deminers, instructors, advisers, crews) join its force family, qualified as foreign there.

A spokesman's line often names no state: "Moscow answered within hours. Its spokeswoman said
the Western warships were a provocation." When a clause names a speaker (a spokesman, a
ministry, an embassy, an envoy) and no party before the force and the stance, its holder is
the first free party of the sentence before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from willing.ingest.document import Doc, Index
from willing.ingest.parties import Mention

#: labels of what a state may attack or does not want (an alternation of the stance family)
LABELS = (
    r"(?:legitimate|lawful|legal) (?:military )?targets?"
    r"|(?:sasaran|target)(?: militer)?(?: yang)? sah"
    r"|(?:as|be) [\"“']?(?:a |an )?military targets?|acts? of (?:hostility|war)"
    r"|tindakan (?:permusuhan|perang)"
    r"|(?:at|on) (?:their|its|his|her|your|our) own risk|atas risiko (?:\w+ )?sendiri"
    r"|(?:part(?:y|ies)|participants?|combatants?|belligerents?) (?:to|in|of)"
    r" (?:the )?(?:conflict|war|fighting|hostilities)|combatants|belligerents|spies|spying|spy"
    r"|espionage|unwelcome|persona non grata"
    r"|mata-mata|kombatan|pihak (?:yang )?(?:berperang|bertikai|dalam (?:konflik|perang"
    r"|pertempuran|permusuhan))"
    r"|unnecessary|(?:not|n't) (?:needed|necessary|wanted|welcome)"
    r"|(?:tidak|tak) (?:di)?(?:perlukan|butuhkan|inginkan|terima|kehendaki)"
)
#: the tokens a sentence must hold for one of the labels (a cheap test before the patterns)
KEYS = frozenset(
    {
        "legitimate",
        "lawful",
        "legal",
        "military",
        "act",
        "acts",
        "tindakan",
        "risk",
        "risiko",
        "party",
        "parties",
        "participants",
        "participant",
    }
    | {"combatants", "combatant", "belligerents", "spies", "spying", "espionage", "mata"}
    | {"mata-mata", "kombatan", "pihak", "unnecessary", "needed", "necessary", "wanted"}
    | {"welcome", "diperlukan", "perlukan", "dibutuhkan", "butuhkan", "diinginkan", "sah"}
    | {"diterima", "terima", "dikehendaki", "kehendaki", "inginkan"}
)
#: the hands of a force that are not soldiers (an alternation of the force family)
HANDS = (
    r"engineers|deminers|sappers|instructors|trainers|(?:military )?advis[eo]rs|specialists"
    r"|technicians|crews?|sailors|pilots|airmen"
)
FORCE_KEYS = frozenset(
    {"engineers", "deminers", "sappers", "instructors", "trainers", "advisers", "advisors"}
    | {"specialists", "technicians", "crews", "crew", "sailors", "pilots", "airmen", "personel"}
)

#: the soldiers of a named sender placed in Ukraine ("any Belgian soldier in Ukraine",
#: "prajurit Prancis di Ukraina"): the foreign force named by its state, not as foreign
#: (an alternation of the force family, inside a case-insensitive group); Russia's and
#: Ukraine's own soldiers are not the foreign force
SENT = (
    r"(?!Russian|Ukrainian)(?-i:[A-Z])[a-z]+\s+(?:{troop}|"
    + HANDS
    + r")\s+(?:\w+\s+){0,2}?(?:in|to|into|inside|on)\s+(?:the\s+)?Ukrain\w*"
    r"|(?:pasukan|tentara|prajurit|personel)\s+(?!Rusia|Ukraina)(?-i:[A-Z])\w+\s+(?:\w+\s+)?"
    r"(?:di|ke)\s+Ukraina"
)
#: a force named by the label a state gives it ("called the depot 'a rear base of occupation
#: troops'", "menyebut mereka tentara pendudukan"): a label of the force family that counts
#: only after a verb of naming (`labelled`)
LABELLED = (
    r"(?:occupation|occupying|invasion)\s+(?:army|armies|troops|forces?|soldiers)|occupiers?"
    r"|(?:pasukan|tentara) (?:pendudukan|penjajah)|penjajah"
)
LABELLED_KEYS = frozenset(
    {"occupation", "occupying", "invasion", "occupier", "occupiers", "pendudukan", "penjajah"}
)
_LABELLED = re.compile(r"(?i:" + LABELLED + r")")
_NAMING = re.compile(
    r"(?i:\b(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|led|ling)?|dubb?(?:s|ed|ing)?"
    r"|describ(?:e|es|ed|ing)|term(?:s|ed)?|menyebut(?:nya)?|menjuluki|disebut|dijuluki)\b)"
)
#: an occupation army that is Russia's own or of the past
_OTHER_OCCUPIER = re.compile(
    r"(?i:\b(?:russia\w*|rusia|moscow|moskow|kremlin|soviet|nazi|wartime|former|past"
    r"|of \d{4}|in \d{4}|since \d{4}|tahun \d{4})\b)"
)


def labelled(text: str, s: int, f: re.Match[str]) -> bool:
    """Whether the force phrase `f` (in a sentence starting at `s`) counts: a label of the
    force only after a verb of naming within 60 characters, with no other occupier around."""
    if not _LABELLED.fullmatch(f.group()):
        return True
    naming = list(_NAMING.finditer(text, max(s, f.start() - 60), f.start()))
    if not naming:
        return False
    return not _OTHER_OCCUPIER.search(text, naming[-1].start(), f.end() + 20)


#: a speaker who is a state's voice but names no state
_SPEAKER = re.compile(
    r"(?i:\b(?:spokes(?:man|woman|person|people)|press secretary|ministry|embassy|envoy"
    r"|ambassador|minister|diplomat|official|juru ?bicara|jubir|kementerian|kedutaan"
    r"|duta besar|dubes|menteri|diplomat|pejabat)\b)"
)


def before(
    doc: Doc,
    s: int,
    pos: int,
    forces: list[re.Match[str]],
    holders: Index[Mention],
    free: Callable[[Mention], bool],
    not_holders: Collection[str],
) -> str | None:
    """The holder of a speaker's line at `s` whose stance is at `pos`: the first free party
    of the sentence before, when the line names a speaker and no party before its force and
    its stance."""
    upto = min([pos, *(f.start() for f in forces if f.start() >= s)])
    if not _SPEAKER.search(doc.text, s, upto) or holders.within(s, upto):
        return None
    i = doc.sentence_index(s)
    if i == 0:
        return None
    ps, pe = doc.sentences[i - 1]
    if doc.asks(ps, pe):
        return None
    for h in holders.within(ps, pe):
        if doc.text.startswith(":", h.end):
            return None  # "Overgaard: It has.": a transcript's speaker, not the line's state
        if h.code not in not_holders and free(h):
            return h.code
    return None
