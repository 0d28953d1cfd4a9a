"""What a clause says about who gives and what it does not give: parties joined to a giver,
the givers of a gapped passive, recipients and places, participles that qualify a noun,
what a deployment needs, and assets that are the subject of a negation."""

from __future__ import annotations

import re

from willing.ingest.commitment_hits import Domain
from willing.ingest.document import Doc, Index
from willing.ingest.gazetteer import Match
from willing.ingest.parties import Mention
from willing.ingest.prefilter import guarded


def two_back(doc: Doc, not_contributor: frozenset[str], s: int, p: Mention) -> bool:
    """A recipient word two tokens before the party, in its clause: "for western Ukraine"."""
    k = p.first - 2
    return (
        k >= 0
        and doc.starts[k] >= s
        and doc.keys[k] in not_contributor
        and not any(c in doc.text[doc.ends[k] : p.start] for c in ",.;:")
        # "Di sana Italia menyampaikan ...": a place adverb, then the subject
        and doc.keys[k + 1] not in HERE
    )


#: words that close a place adverb of their own ("di sana", "di situ", "at that"): the
#: party after them is the subject, no place
HERE = frozenset({"sana", "situ", "sini", "there", "here", "itu", "tersebut", "ini", "that"})


def with_coordinated(doc: Doc, parties: list[Mention]) -> list[str]:
    """The first party and those joined to it: "Lithuania, Latvia and Estonia"."""
    out = [parties[0]]
    for p in parties[1:]:
        if not COORDINATED.fullmatch(doc.text[out[-1].end : p.start]):
            break
        out.append(p)
    return list(dict.fromkeys(p.code for p in out))


#: a reporting verb after what is given: the parties after it are spoken to, not givers
TOLD = re.compile(r"(?i:\b(?:told|said|says|tells|briefed|informed|kata|ujar|kepada)\b)")


#: what may stand between two parties contributing together
#: (sixteenth set) a number in brackets after the first may come before the join: "Romania
#: (two), Bulgaria (one) and Turkiye (one)"
COORDINATED = re.compile(
    r"(?i:(?:\s*\((?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|satu|dua|tiga|empat"
    r"|lima|enam)\))?\s*(?:,\s*(?:and\s+|dan\s+)?|\s+(?:and|dan|serta)\s+)(?:the\s+)?)"
)


#: English passive participles that are cues only with a form of "be" before them:
#: "will be supplied by Germany" gives, "missiles supplied by Iran hit Odesa" does not
_PARTICIPLES = frozenset(
    {"supplied", "provided", "sent", "deployed", "flown", "contributed", "funded", "financed"}
    | {"shared"}
)


_BE = re.compile(r"(?i:\b(?:be|been|being|is|are|was|were)\s+(?:[\w-]+\s+)?$)")


def reduced_relative(doc: Doc, cue: Match[str]) -> bool:
    """A participle cue with no "be" before it qualifies a noun ("missiles supplied by
    Iran"); "have sent" is active and stays a cue."""
    if cue.first != cue.last:
        return False
    if doc.keys[cue.first].endswith("ing"):
        # "the coalition of countries providing security guarantees": the states described
        return bool(_DESCRIBED.search(doc.text, max(0, cue.start - 20), cue.start))
    if doc.keys[cue.first] not in _PARTICIPLES:
        return False
    if _BY_COUNTED.match(doc.text, cue.end):
        return False  # "vessels contributed by Romania (two), Bulgaria (one)": a record
    before = doc.text[max(0, cue.start - 25) : cue.start]
    return not _BE.search(before) and not _PERFECT.search(before)


#: a number in brackets after a name: "(two)", "(3)", "(dua)"; the list's own mark
_BRACKETED = (
    r"\s*\((?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|satu|dua|tiga|empat|lima"
    r"|enam)\)"
)
#: the givers after a participle, each with its number in brackets (sixteenth set)
_BY_COUNTED = re.compile(
    rf"(?:\s+by\s+(?:the\s+)?[A-Z][\w’'-]*+(?:\s+[A-Z][\w’'-]*+){{0,2}}{_BRACKETED})"
)


#: a plural of states right before a present participle: "countries providing ...",
#: "the nations sending ships" describe states, they are no clause of giving
_DESCRIBED = re.compile(
    r"(?i:\b(?:countries|states|nations|members|governments|partners|allies|those)\s+$)"
)

_PERFECT = re.compile(r"(?i:\b(?:has|have|had)\s+$)")


#: the verbs of `NEEDS`: a sentence without one is not searched
NEED_WORDS = frozenset(
    {"memerlukan", "membutuhkan", "require", "requires", "need", "needs", "depend", "depends"}
    | {"bergantung", "tergantung"}
)


#: a clause whose subject is a deployment and whose verb needs something
NEEDS = guarded(
    r"(?i:\b(?:penempatan|pengerahan|pengiriman|keberangkatan|deployments?|stationing"
    r"|basing|departure)\b"
    r"[^,;.]{0,80}?\b(?:memerlukan|membutuhkan|requires?|needs?|would need|will need"
    r"|depends?|bergantung|tergantung)\b)"
)


def denied_after(doc: Doc, negations: list[int], end: int) -> bool:
    """A negation right after an asset names what it will not do: "jets will not patrol",
    "pasukan tidak akan dikirim"."""
    return any(start >= end and not doc.text[end:start].strip() for start in negations)


#: a sea named as where something else operates: "drones over the Black Sea"
_WHERE = guarded(
    r"(?i:\b(?:over|above|across|in|at|on|di|atas|di atas|di wilayah)\s+"
    r"(?:the\s+)?(?-i:[A-Z]\w+\s+)?$)"
)


#: the asset before has its agent, then a new thing is joined: "patroli udara oleh Prancis
#: serta misi pengawalan di Laut Hitam": the sea is the place of the new thing
_NEW_PHRASE = re.compile(r"(?i:\b(?:by|oleh)\s[^.;]*?\b(?:and|dan|serta)\s+(?-i:[a-z]))")


#: a base named as where an asset named before it stands: "six F-16s at a Romanian air
#: base", "jet tempur di pangkalan udara Polandia"
_AT_BASE = guarded(
    r"(?i:\b(?:at|in|from|on|di|dari)\s+(?:(?:the|a|an|its|their)\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]+\s+)?$)"
)
_BASE = Domain("support", "air")


def located(doc: Doc, hits: list[Match[Domain]]) -> list[Match[Domain]]:
    """Without a sea named as the place of an asset named before it in the clause: "keep
    surveillance drones over the Black Sea" gives the drones, not a naval force; nor an
    air base named as where such an asset stands."""
    out: list[Match[Domain]] = []
    for hit in hits:
        if (
            out
            and hit.value.domain == "sea"
            and out[-1].value.domain != "sea"
            and doc.text[hit.start].isupper()
            and _WHERE.search(doc.text, max(0, hit.start - 30), hit.start)
            and not _NEW_PHRASE.search(doc.text, out[-1].end, hit.start)
        ):
            continue
        if (
            out
            and hit.value == _BASE
            and out[-1].value.layer != "support"
            and _AT_BASE.search(doc.text, max(0, hit.start - 30), hit.start)
        ):
            continue
        out.append(hit)
    return out


#: "by" or "oleh" before a party in a passive clause
BY = frozenset({"by", "oleh"})


def after_by(doc: Doc, p: Mention) -> bool:
    """The party follows "by"/"oleh", maybe with "the" between: "by the Netherlands"."""
    k = p.first - 1
    if k >= 0 and doc.keys[k] == "the":
        k -= 1
    return k >= 0 and doc.keys[k] in BY


def listed(doc: Doc, run: list[Mention]) -> list[Mention]:
    """A run of parties joined by commas only ("para pemimpin koalisi, Jepang berjanji") is
    no list: only the last one, next to the verb, is the subject. A list ends with "and", or
    is said to give "each" ("Italy, Greece to provide a frigate each")."""
    if len(run) > 1 and not any(
        _AND.search(doc.text, a.end, b.start) for a, b in zip(run, run[1:], strict=False)
    ):
        _, e = doc.sentence_at(run[-1].end)
        if not _EACH.search(doc.text, run[-1].end, e):
            return run[-1:]
    return run


#: a gift said of every state of a list: "a frigate each", "masing-masing menyumbang"
_EACH = re.compile(r"(?i:\b(?:each|masing-masing|both|keduanya|jointly|bersama-sama)\b)")


_AND = re.compile(r"(?i:\b(?:and|dan|serta)\b)")


#: partners named after the giver: "together with Romania and Bulgaria", "dengan bantuan
#: kapal-kapal Rumania"
_TOGETHER = re.compile(
    r"(?i:\b(?:together with|jointly with|along with|alongside|with the help of"
    r"|bersama(?:-sama)?(?: dengan)?|dengan bantuan)\s+(?:[\w-]+\s+){0,2}?$)"
)


#: leading a group with other states is leading it together: "will lead the mine
#: countermeasures group with Romania and Bulgaria", "memimpin satuan tugas dengan Spanyol"
_LED_WITH = re.compile(
    r"(?i:\b(?:lead|leads|led|leading|co-lead|co-leads|memimpin|pimpin|dipimpin)\b"
    r"[^,.;]{0,60}?\b(?:with|dengan|bersama)\s+(?:the\s+)?$)"
)

#: the words `_TOGETHER` starts with: a sentence without one names no partner
TOGETHER_WORDS = frozenset(
    {"together", "jointly", "along", "alongside", "with", "bersama", "bersama-sama", "dengan"}
)


def partners(doc: Doc, subjects: Index[Mention], cs: int, ce: int) -> list[str]:
    """The states a clause names as giving together with its subject."""
    inside = subjects.within(cs, ce)
    for n, p in enumerate(inside):
        if _TOGETHER.search(doc.text, max(cs, p.start - 45), p.start) or _LED_WITH.search(
            doc.text, max(cs, p.start - 80), p.start
        ):
            # "..., the minister said after talks together with France": not a giver
            if TOLD.search(doc.text, cs, p.start):
                return []
            # a state acting "bersama koalisi" is in the coalition: its partner gives nothing
            return [c for c in with_coordinated(doc, inside[n:]) if c != "COTW"]
    return []


def passive(
    doc: Doc,
    hits: list[Match[Domain]],
    subjects: Index[Mention],
    cue: Match[str],
    ce: int,
    contributors: list[str],
) -> list[tuple[list[str], list[Match[Domain]]]]:
    """A gapped passive: "Patriots are to be supplied by Germany and the Netherlands,
    fighter patrols by Sweden, and tankers by France": each run of items goes to the
    parties of the next "by" after it. Empty unless two or more "by" groups follow.

    A list of agents runs on past a clause cut (", dan Italia"). An item that a comma
    parts from the phrase right before a "by" group is no part of that phrase: in "keeps
    11,000 troops, backed by air patrols by France and Sweden and escorts by Turkey and
    Italy" the troops are the subject's (`contributors`), only the patrols are France's."""
    after = subjects.within(cue.start, ce)
    rest = subjects.within(cue.start, doc.sentence_at(cue.start)[1])
    groups: list[list[Mention]] = []
    for p in after:
        if after_by(doc, p):
            run = [p]
            for q in (q for q in rest if q.start > p.start):
                if not COORDINATED.fullmatch(doc.text[run[-1].end : q.start]):
                    break
                run.append(q)
            groups.append(run)
    if len(groups) < 2:
        return []
    out: list[tuple[list[str], list[Match[Domain]]]] = []
    for hit in hits:
        later = [g for g in groups if g[0].start > hit.start]
        if not later:
            continue
        codes = list(dict.fromkeys(p.code for p in later[0]))
        if contributors and _parted(doc, hit, hits, later[0][0].start):
            codes = contributors
        if out and out[-1][0] == codes:
            out[-1][1].append(hit)
        else:
            out.append((codes, [hit]))
    return out


def _parted(doc: Doc, hit: Match[Domain], hits: list[Match[Domain]], by: int) -> bool:
    """Another item stands between `hit` and the "by" group at `by`, after a comma that
    follows `hit`: the group's phrase starts after that comma, without `hit`."""
    return any(hit.end <= h.start < by and "," in doc.text[hit.end : h.start] for h in hits)
