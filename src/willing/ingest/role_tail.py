"""What may stand between a role and the name: the ministry or office the role speaks for
("Juru Bicara Kementerian Luar Negeri Rusia Maria Zakharova", "Juru Bicara Kemlu RI,
Rolliansyah Soemirat"), and the state after "of" ("Minister of Defence of the Netherlands",
"spokeswoman of the Russian Foreign Ministry"), plain or in its formal style ("Republik
Polandia", "the Kingdom of Norway": state_styles.py); and the state written before a
role, or before the ministry before it ("French President", "Chinese foreign ministry
spokeswoman").

A ministry's words are capitalised like a name's, so a listed ministry name (every
ministry and its short forms, in both languages) is read whole; an unlisted one ("Kantor
...") is only taken up to a comma, after which the name follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Gazetteer
from willing.ingest.parties import Mention
from willing.ingest.state_styles import styled_state

#: words that start a ministry's or an office's name, which a role may carry
_STARTS = frozenset({"kementerian", "ministry", "kantor", "office", "departemen", "department"})
_OF = frozenset({"of", "for"})
#: what joins a state to the role after it: "French President", "NATO's"; not across lines
_POSSESSIVE = re.compile(r"['’]s[ \t]+|[ \t]+")


@dataclass(frozen=True)
class Tail:
    """The last token of what follows the role, the state it named, and whether a name may
    follow after a blank (a listed ministry or a state ends it) or only after a comma."""

    last: int
    party: str | None
    bounded: bool


@cache
def ministries() -> Gazetteer[bool]:
    gaz: Gazetteer[bool] = Gazetteer()
    for name in rules.words("roles", "ministries"):
        gaz.add(str(name), True)
    return gaz


@cache
def _ministry_ends() -> frozenset[str]:
    """The last word of each ministry's name, casefolded ("ministry", "office", "mfa")."""
    return frozenset(str(n).split()[-1].casefold() for n in rules.words("roles", "ministries"))


def ministry(doc: Doc, j: int, parties: dict[int, Mention]) -> Tail | None:
    """The ministry starting at token j, right after a role, with the state named after it."""
    if j >= len(doc) or doc.gap(j - 1) != " ":
        return None
    for skip in ("of", "for", "the"):  # "spokeswoman for the Foreign Ministry"
        if j + 1 < len(doc) and doc.keys[j] == skip and doc.gap(j) == " ":
            j += 1
    owner = parties.get(j)  # "spokeswoman of the Russian Foreign Ministry"
    if owner is not None and owner.last + 1 < len(doc) and doc.gap(owner.last) == " ":
        hit = ministries().match_at(doc, owner.last + 1)
        if hit is not None:
            return Tail(hit.last, owner.code, True)
    hit = ministries().match_at(doc, j)
    if hit is not None:
        k, bounded = hit.last, True
    elif doc.keys[j] in _STARTS:
        k, bounded = j, False
        while k + 1 < len(doc) and k - j < 6 and doc.gap(k) == " " and k + 1 not in parties:
            if not doc.words[k + 1][:1].isupper():
                break
            k += 1
    else:
        return None
    state = of_state(doc, k + 1, parties)  # "... Ministry of Estonia"
    if state is not None:
        return state
    party = None
    if k + 1 in parties and doc.gap(k) == " ":
        party, k, bounded = parties[k + 1].code, parties[k + 1].last, True
    return Tail(k, party, bounded)


def of_state(doc: Doc, j: int, parties: dict[int, Mention]) -> Tail | None:
    """'of [the] Netherlands' right after a role: the state the role serves."""
    if j + 1 >= len(doc) or doc.keys[j] not in _OF or doc.gap(j - 1) != " ":
        return None
    k = j + 1
    mention = parties.get(k)
    if mention is None and doc.keys[k] == "the" and k + 1 < len(doc) and doc.gap(k) == " ":
        mention = parties.get(k + 1)
    if mention is None:  # "of the Republic of Poland": the state in its formal style
        mention = styled_state(doc, k, parties)
    if mention is None:
        return None
    k = mention.last + 1
    office = ministries().match_at(doc, k) if k < len(doc) and doc.gap(k - 1) == " " else None
    if office is not None:  # "of the Russian Foreign Ministry": the state's ministry
        return Tail(office.last, mention.code, True)
    return Tail(mention.last, mention.code, True)


def party_before(doc: Doc, role_first: int, parties: dict[int, Mention]) -> Mention | None:
    """A party written just before the role, English style ("French President", "NATO's").

    `parties` maps the index of each party mention's last token to the mention.
    """
    mention = parties.get(role_first - 1)
    if mention is not None and _POSSESSIVE.fullmatch(doc.gap(mention.last)):
        return mention
    if role_first < 2 or doc.keys[role_first - 1] not in _ministry_ends():
        return None
    for k in range(max(0, role_first - 4), role_first - 1):
        # "Chinese foreign ministry spokeswoman": the state owns the ministry before the role
        office = ministries().match_at(doc, k)
        mention = parties.get(k - 1)
        if (
            office is not None
            and office.last == role_first - 1
            and mention is not None
            and doc.gap(office.last) == " "
            and _POSSESSIVE.fullmatch(doc.gap(mention.last))
        ):
            return mention
    return None


def state_then_name(doc: Doc, k: int, parties: dict[int, Mention]) -> bool:
    """A state at token k, then a blank and a capitalised word: "untuk Indonesia Vasyl"."""
    state = parties.get(k)
    if state is None or state.last + 1 >= len(doc) or doc.gap(state.last) != " ":
        return False
    return doc.words[state.last + 1][:1].isupper() and state.last + 1 not in parties


#: words opening a relative clause after a role ("yang hadir di Jenewa", "who arrived late")
_RELATIVE = frozenset({"yang", "who"})


def relative_clause(doc: Doc, j: int) -> int | None:
    """The token after the comma closing a relative clause at token j, set off between a
    role and its name ("Wakil Menteri Luar Negeri Ukraina yang hadir di Jenewa, Mariana
    Betsa"); None when j opens none or no comma closes it within a few words."""
    if j >= len(doc) or doc.keys[j] not in _RELATIVE or doc.gap(j - 1) not in (" ", ", "):
        return None
    for k in range(j, min(j + 10, len(doc) - 1)):
        if doc.gap(k) == ", ":
            return k + 1
        if doc.gap(k) != " ":
            return None
    return None


#: words opening what a role is charged with or posted to: "Ambassador to Austria",
#: "special envoy for Eurasian affairs", "Duta Besar RI untuk Belgia, Luksemburg dan ..."
CHARGE_WORDS = frozenset({"to", "for", "on", "in", "at", "di", "untuk", "bagi", "urusan"})


def charge_commas(doc: Doc, j: int, parties: dict[int, Mention]) -> list[int]:
    """The tokens after each comma of the charge token j opens (up to ten tokens in the
    sentence; not a state's or a place's name): where the person's name may start."""
    if j >= len(doc) or doc.keys[j] not in CHARGE_WORDS or doc.gap(j - 1) != " ":
        return []
    _, end = doc.sentence_at(doc.starts[j])
    out = []
    for k in range(j, min(len(doc) - 1, j + 10)):
        if doc.ends[k] >= end:
            break
        gap = doc.gap(k)
        if gap == ", ":
            if k + 1 not in parties:
                out.append(k + 1)
        elif gap not in (" ", "-", "’s ", "'s "):
            break
    return out


def initialism(doc: Doc, j: int, parties: dict[int, Mention]) -> int:
    """The token after a body's initialism at token j that a capitalised name follows
    ("Menteri BUMN Erick Thohir"), or j; a state's initials are read as the state."""
    if (
        j + 1 < len(doc)
        and j not in parties
        and doc.words[j].isupper()
        and 2 <= len(doc.words[j]) <= 6
        and doc.gap(j - 1) == " "
        and doc.gap(j) == " "
        and doc.words[j + 1][:1].isupper()
        and not doc.words[j + 1].isupper()
    ):
        return j + 1
    return j


def role_state(
    doc: Doc, first: int, j: int, parties: dict[int, Mention], party: str | None
) -> tuple[str | None, int]:
    """The party of the role starting at token `first` (its own, if it has one, else the
    state written right after it, at token j) and the token after that state: "Menteri
    Luar Negeri Polandia, X", and in a formal style "Menteri Luar Negeri Republik Polandia,
    X" or, in an address block, on the line under a role that opens its own line."""
    state = styled_state(doc, j, parties)
    if state is not None and (doc.gap(j - 1) == " " or first == 0 or "\n" in doc.gap(first - 1)):
        party, j = party or state.code, state.last + 1
    if j < len(doc) and j in parties and doc.gap(j - 1) == " ":
        party = party or parties[j].code
        if parties[j].code == party:
            j = parties[j].last + 1
    return party, j
