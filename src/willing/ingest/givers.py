"""Who gives in a commitment's clause, and whose a stated condition is (a parliament's
or a host nation's consent): the party mentions around a cue, read as subject, agent,
place or recipient."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import dateline, parliaments, rules
from willing.ingest.coalition_assets import owns_asset
from willing.ingest.commitment_clauses import (
    COORDINATED,
    TOLD,
    listed,
    two_back,
    with_coordinated,
)
from willing.ingest.commitment_hits import REPORTING as _REPORTING
from willing.ingest.document import Doc, Index
from willing.ingest.flown_from import flown_from
from willing.ingest.gazetteer import Gazetteer, Match
from willing.ingest.items import Item
from willing.ingest.parties import Mention, is_state

#: "at the disposal of the reassurance force": the force owns, it does not give
_OWNED = frozenset({"of"})


def owner(
    doc: Doc, m: re.Match[str], parties: Index[Mention], *, nearby: bool = True
) -> str | None:
    """The state a parliament or consent belongs to: named in it, or nearest before it.

    Without `nearby` only a state named in or right after it counts: "the consent of the
    host nation" is any host's, not that of a state named earlier in the sentence."""
    _, e = doc.sentence_at(m.start())
    if own := parliaments.named(doc, m, parties, lambda: _nearby(doc, m, parties)):
        return own
    after = parties.within(m.end(), min(e, m.end() + 2))  # "persetujuan parlemen Denmark"
    if after:
        return after[0].code
    return _nearby(doc, m, parties) if nearby else None


#: a sentence opening with the states it speaks of: "In Germany, ...", "Di Jerman, ..."
_FRONTED_IN = re.compile(r"(?i:\s*(?:in|di|dalam)\s)")
#: "In Germany and in the Netherlands, parliament ...": states listed each with a preposition
_LISTED_IN = re.compile(r"(?i:\s*,?\s*(?:and|dan|serta)\s+(?:in|di)\s+(?:the\s+)?)")


def owners(
    doc: Doc, m: re.Match[str], parties: Index[Mention], *, nearby: bool = True
) -> list[str]:
    """Every state a parliament or consent belongs to: the owner, and when it is the subject
    nearest before, the states listed with it ("Estonia and Latvia require parliamentary
    approval", "Belanda, Finlandia dan Swedia memerlukan persetujuan parlemen")."""
    one = owner(doc, m, parties, nearby=nearby)
    s, _ = doc.sentence_at(m.start())
    if one is None and nearby and _FRONTED_IN.match(doc.text, s):
        # "In Germany and in the Netherlands, parliament must approve ...": the states
        # the sentence opens with
        comma = doc.text.find(",", s, m.start())
        return list(dict.fromkeys(p.code for p in parties.within(s, comma))) if comma > 0 else []
    if one is None or not nearby:
        return [one] if one else []
    before = [p for p in parties.within(s, m.start()) if p.end <= m.start()]
    if not before or before[-1].code != one or parties.within(m.start(), m.end()):
        return [one]
    run = [before[-1]]
    for p in reversed(before[:-1]):
        gap = doc.text[p.end : run[-1].start]
        if not (COORDINATED.fullmatch(gap) or _LISTED_IN.fullmatch(gap)):
            break
        run.append(p)
    return list(dict.fromkeys(p.code for p in reversed(listed(doc, run[::-1]))))


def _nearby(doc: Doc, m: re.Match[str], parties: Index[Mention]) -> str | None:
    """The state the sentence of a condition speaks of, else the one of the sentences before."""
    s, _ = doc.sentence_at(m.start())
    # only a state has a parliament or gives consent: "the coalition's mission, a contingent
    # its parliament approved" is the state named before the coalition
    before = [p for p in parties.within(s, m.end()) if not a_place(doc, p) and is_state(p.code)]
    if before:
        return before[-1].code
    if parties.within(s, m.start()):
        return None  # only places before it
    # "Blair said the commitments depended on parliamentary approval": the state the
    # sentence before spoke of
    n = doc.sentence_index(s)
    earlier = [
        p
        for p in parties.within(doc.sentences[max(0, n - 2)][0], s)
        if not a_place(doc, p) and is_state(p.code)
    ]
    return earlier[-1].code if earlier else None


#: words before a party (one word may come between) that make it a place or a recipient
PLACE_WORDS = frozenset(
    {
        "di",
        "ke",
        "untuk",
        "bagi",
        "kepada",
        "in",
        "to",
        "for",
        "into",
        "at",
        "on",
        "over",
        "across",
        "above",
        "atas",
        "wilayah",
        "territory",
    }
)


def a_place(doc: Doc, p: Mention) -> bool:
    """The party is named as a place or recipient: "over western Ukraine", "for Ukrainian
    soldiers"."""
    i = p.first
    return any(
        doc.keys[k] in PLACE_WORDS
        and not _STOP.search(doc.text, doc.ends[k], p.start)
        and not (k == i - 2 and doc.keys[k + 1] in _HERE)
        for k in range(max(0, i - 2), i)
    )


#: "di sana Italia ...": a place adverb closed before the party
_HERE = frozenset({"sana", "situ", "sini", "there", "here"})


#: the end of a sentence: "... untuk Ukraina. Italia siap ..." names Italy as no place
_STOP = re.compile(r"[.!?;:\n]")


def contributor(
    doc: Doc,
    not_contributor: frozenset[str],
    coalition_words: Gazetteer[str],
    s: int,
    e: int,
    cue: Match[str],
    subjects: Index[Mention],
    counts: Index[Item],
) -> list[str]:
    """Who contributes (see `_contributor`). The coalition gives only when no state is the
    subject: named beside a state that gives, it is the frame, owner or asker of the gift
    ("Lithuania trains sappers as part of the coalition's commitment", "siap menambah dua
    kapal apabila diminta oleh koalisi", "mengirim pemantau bersama koalisi")."""
    found = _contributor(doc, not_contributor, coalition_words, s, e, cue, subjects, counts)
    if found != ["COTW"]:
        return found
    states = _contributor(doc, not_contributor, None, s, e, cue, subjects, counts)
    before = {p.code for p in subjects.within(s, cue.start) if p.end <= cue.start}
    if states and before.issuperset(states):
        return states
    named = [p for p in subjects.within(s, e) if p.code == "COTW"]
    if named and all(owns_asset(doc, p) for p in named):
        return []  # "the coalition's troops are deployed": its own force, nobody gives
    return found


def _contributor(
    doc: Doc,
    not_contributor: frozenset[str],
    coalition_words: Gazetteer[str] | None,
    s: int,
    e: int,
    cue: Match[str],
    subjects: Index[Mention],
    counts: Index[Item],
) -> list[str]:
    """Who contributes: named right after the cue, after 'dari'/'from', as the subject
    before the cue (with every party coordinated with it: "Estonia, Latvia and Lithuania
    will contribute"), or as 'the coalition' or 'N countries'.

    `subjects` are the party mentions, without those inside a person's title ("Kanselir
    Jerman Friedrich Merz"): that country is the person's.
    """
    inside = subjects.within(s, e)
    if coalition_words is None:  # the states alone
        inside = [p for p in inside if p.code != "COTW"]
    datelines = dateline.spans(doc)
    # "for western Ukraine": a recipient or place, one word may come between
    free = [
        p
        for p in inside
        if doc.previous_key(p.start) not in not_contributor
        and not two_back(doc, not_contributor, s, p)
        and not (datelines and any(a <= p.start < b for a, b in datelines))
    ]
    for n, p in enumerate(inside):  # right after an Indonesian noun cue: "keterlibatan
        # militer AS"; or a passive one, with the states joined to it: "yang akan dikirim
        # Swedia dan Belgia"
        if doc.language != "en" and 0 <= p.start - cue.end <= 1:
            return with_coordinated(doc, inside[n:])
    for n, p in enumerate(inside):  # "undertook on the United Kingdom's behalf", "atas nama
        # Indonesia": the state acted for gives, wherever it is named
        if _BEHALF_AFTER.match(doc.text, p.end) or _BEHALF_BEFORE.search(
            doc.text, max(s, p.start - 20), p.start
        ):
            return with_coordinated(doc, inside[n:])
    for n, p in enumerate(inside):  # "the commitment of the United States to provide"
        if p.start > cue.start and _PLEDGE_OF.search(doc.text, max(s, p.start - 40), p.start):
            return with_coordinated(doc, inside[n:])
    place: Mention | None = None
    for n, p in enumerate(inside):  # "dari negara-negara koalisi", "offered by Lithuania,
        # Latvia and Estonia"; not "..., the minister told colleagues from the coalition"
        if place is not None and _AND.fullmatch(doc.text, place.end, p.start):
            place = p  # "flying from Slovakia and Hungary": both are where they fly from
            continue
        place = None
        if p.start > cue.start and _FROM.search(doc.text[max(s, p.start - 25) : p.start].lower()):
            if TOLD.search(doc.text, cue.end, p.start):
                break
            if (
                _FLIES_FROM.search(doc.text, max(s, p.start - 30), p.start)
                or _FROM_OUTSIDE.search(doc.text, max(s, p.start - 30), p.start)
                or a_place(doc, p)
                or flown_from(doc, s, p)
            ):
                # "aircraft to fly from Romania", "fighters from bases in Poland", "dari
                # pangkalan di Polandia": where they operate from, not who gives them
                place = p
                continue
            if _TAKES_OVER.search(doc.text, cue.start, p.start):
                continue  # "will take over the training mission from Britain": it hands over
            return with_coordinated(doc, inside[n:])
    # "menurut seorang pejabat Ceko, menjanjikan ...": who reports it does not give
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(doc.text, s, cue.start)]
    before = [
        p
        for p in free
        if p.end <= cue.start
        and not any(a <= p.start < b for a, b in asides)
        # "hosted by Norway and attended by 30 countries": the meeting's host attends it
        and not _HOSTED.search(doc.text, max(s, p.start - 30), p.start)
    ]
    said = [m.end() for m in _REPORTING.finditer(doc.text, s, cue.start)]
    if said and any(p.start >= said[-1] for p in before):
        before = [p for p in before if p.start >= said[-1]]  # "..., adding that Australia"
    speaking = [n for n, p in enumerate(before) if _SAYING.match(doc.text, p.end)]
    if speaking:  # "talks hosted by Lithuania, with Sweden saying it would put ..."
        k = last = speaking[-1]  # with the states joined to it: "Kanada dan Australia menyatakan"
        while k > 0 and COORDINATED.fullmatch(doc.text[before[k - 1].end : before[k].start]):
            k -= 1
        return list(dict.fromkeys(p.code for p in before[k : last + 1]))
    if any(p.code != "COTW" for p in before):
        # "several coalition members, including the Netherlands and Ireland, could keep
        # troops there": the states named give, not the group they are named in
        before = [p for p in before if p.code != "COTW"]
    if len(before) > 1 and _ADVERBIAL_LEAD.match(doc.text, s):
        # "At the summit in Oslo, hosted by Norway ..., Finland undertook": the states of an
        # opening adverbial (a meeting's host, the coalition it gathers) are its setting; the
        # subject is the run of states right before the cue, after a comma
        k = len(before) - 1
        while k > 0 and COORDINATED.fullmatch(doc.text[before[k - 1].end : before[k].start]):
            k -= 1
        if k > 0 and "," in doc.text[before[k - 1].end : before[k].start]:
            before = before[k:]
    if before:
        out = [before[0]]
        for p in inside:
            if p.start > out[-1].start and p.end <= cue.start:
                if COORDINATED.fullmatch(doc.text[out[-1].end : p.start]):
                    out.append(p)
                elif p.start > out[-1].end:
                    break
        return list(dict.fromkeys(p.code for p in listed(doc, out)))
    if coalition_words is None:
        return []
    coalition = (
        c
        for c in coalition_words.within(doc, s, e)
        if not _received(doc, not_contributor | _OWNED, c)
        # "the coalition's maritime task group": what the coalition owns receives
        and not doc.text.startswith(("'s", "’s"), c.end)
        # (fifteenth set) after the cue, the force's name is what is given, not who gives:
        # "negara-negara Eropa menyediakan pasukan penjamin di darat", unless a passive's
        # agent ("provided by the coalition")
        and (c.start <= cue.start or bool(_BY.search(doc.text, max(s, c.start - 12), c.start)))
    )
    if next(coalition, None) or any(
        c.value["measure"] == "countries" for c in counts.within(s, cue.start)
    ):
        return ["COTW"]
    return []  # a party named only after the cue is where forces go, not who sends them


#: the agent of a passive right before the coalition's name: "provided by the coalition"
_BY = re.compile(r"(?i:\b(?:by|oleh)\s+(?:the\s+|para\s+)?$)")


#: a clause opening with an adverbial of place, time or occasion: "At the summit in Oslo,
#: ...", "Dalam rapat menteri ...", "During the talks chaired by Italy, ..."
_ADVERBIAL_LEAD = re.compile(
    r"(?i:\s*(?:at|in|during|on|after|following|before|dalam|pada|di|saat|ketika|usai|seusai|"
    r"setelah|sesudah|menjelang|sebelum|selama)\s)"
)


#: the state a minister acts for: "on the United Kingdom's behalf", "on behalf of Norway",
#: "atas nama Indonesia"
_BEHALF_AFTER = re.compile(r"(?i:['’]s?\s+behalf\b)")
_BEHALF_BEFORE = re.compile(
    r"(?i:\b(?:on behalf of|in the name of|atas nama|mewakili)\s+(?:the\s+)?$)"
)


#: a meeting's host or chair, named after the participle: it is the setting, not the giver
_HOSTED = re.compile(
    r"(?i:\b(?:(?:co-)?hosted|chaired|attended|organi[sz]ed|convened|presided over|opened)\s+by"
    r"\s+(?:the\s+)?$|\b(?:dihadiri|dipimpin|diselenggarakan oleh|dibuka oleh|tuan rumahnya|"
    r"dengan tuan rumah)\s+$)"
)


#: the coalition is given to, not giving, after these: "berbagi intelijen dengan pasukan
#: koalisi", "support to the Multinational Force"
_WITH = frozenset({"dengan", "with"})


def _received(doc: Doc, not_contributor: frozenset[str], c: Match[str]) -> bool:
    """The coalition is named as a recipient: a recipient word right before it or one word
    before ("bagi pasukan koalisi", "to the coalition force", "with the coalition")."""
    words = not_contributor | _WITH
    k = c.first - 1
    if k < 0:
        return False
    if doc.keys[k] in words:
        return True
    return (
        k >= 1
        and doc.keys[k - 1] in words
        and not any(ch in doc.text[doc.ends[k - 1] : c.start] for ch in ",.;:")
    )


#: where an asset operates from: "to fly from Romania", "operating from Polish bases"
_FLIES_FROM = re.compile(
    r"(?i:\b(?:fly|flying|flown|operate|operating|sail|sailing|patrol|patrolling|based"
    r"|terbang|beroperasi|berpangkalan"
    # the work done there (fourteenth set): "six Typhoons on air policing from Romania"
    r"|policing|patrols|sorties|duty|operations|patroli|operasi)"
    r"\s+(?:out\s+)?(?:from|dari)\s+(?:the\s+)?$)"
)

#: a place outside which an asset serves (sixteenth set): "intelligence and air cover from
#: outside Ukraine", "dari luar Ukraina" name where it works from, not who gives it
_FROM_OUTSIDE = re.compile(
    r"(?i:\b(?:from\s+outside(?:\s+of)?|dari\s+luar)\s+(?:the\s+)?(?:wilayah\s+|territory\s+of\s+)?$)"
)

#: a second place joined to the first: "from Poland and Romania", "dari Polandia dan Rumania"
_AND = re.compile(r"(?i:\s*(?:,\s*)?(?:and|dan|serta|or|atau)\s+(?:the\s+)?|\s*,\s*)")

#: taking a mission over from a state: that state leaves it, it does not give
_TAKES_OVER = re.compile(r"(?i:\b(?:take|takes|took|taking|taken)\s+over\b|\bmengambil alih\b)")

#: a pledge's owner: "the commitment of the United States", "the offer of Sweden"
_PLEDGE_OF = re.compile(
    r"(?i:\b(?:commitments?|pledges?|offers?|promises?|contributions?|undertakings?)"
    r"\s+of\s+(?:the\s+)?$)"
)

#: an aside naming who reports: "menurut seorang pejabat Ceko," / "according to a Czech
#: official,"
_ASIDE = re.compile(r"(?i:\b(?:menurut|according to)\b[^,.;]{0,60},)")

#: a party named after one of these gives: "from France", "dari negara-negara koalisi"
_FROM = re.compile(r"\b(?:dari|from|by|oleh)\b")

#: a party followed by a word of saying is the subject of what it says
_SAYING = re.compile(r"(?i:\s+(?:saying|said|says|menyatakan|mengatakan|menyebut)\b)")


#: a clause opening with the speaker's own state: "We shall send ...", "Our navy will ...",
#: "Kami akan mengirim ...", "Pemerintah kami ..."
WE_LEAD = re.compile(
    r"(?i:\s*[\"“]?\s*(?:(?:and|but|dan|tetapi)\s+)?(?:we|our\s+(?:government|country|navy|army"
    r"|air force|armed forces|forces|troops|soldiers|nation)|kami|kita|pemerintah\s+(?:kami|kita)"
    r"|negara\s+(?:kami|kita))\b)"
)


def ours(doc: Doc, s: int, parties: Index[Mention]) -> str | None:
    """The state "we" stands for in a clause opening at `s`: the one the sentence before
    (in the same paragraph or ending the one before) opens with ("Denmark's part has been
    decided ... We shall send ..."), else the one named on the line under a quote
    ("- Andrii Sybiha, Ukrainian Foreign Minister")."""
    i = doc.sentence_index(s)
    a, b = doc.sentences[i]
    said = _SAID_AFTER.search(doc.text, s, b)
    if said is not None:  # "..., the Irish minister said": the speaker's state
        named = parties.within(*said.span(1))
        if named:
            return named[0].code
    if any(not a_place(doc, p) for p in parties.within(a, b)):
        return None  # the sentence names its own
    # the sentence before, in the same paragraph or ending the one before ("... what the
    # Netherlands put on the table.\n\nWe are going to provide ...")
    if i > 0:
        named = [p for p in parties.within(*doc.sentences[i - 1]) if not a_place(doc, p)]
        if named:
            return named[0].code
    end = doc.text.find("\n", s)
    if end >= 0 and _BYLINE.match(doc.text, end + 1):
        stop = doc.text.find("\n", end + 1)
        under = parties.within(end + 1, stop if stop >= 0 else len(doc.text))
        return under[0].code if under else None
    return None


_BYLINE = re.compile(r"[ \t]*[-–—][ \t]*\S")
#: the speaker named after what is said: '..., the Irish minister said'
_SAID_AFTER = re.compile(
    r"(?i:[,\"”]\s*((?:[\w'’.-]+ ){1,5}?)(?:said|says|told|added|kata|ujar|tegas)\b)"
)


@cache
def _forces() -> Gazetteer[str]:
    gaz: Gazetteer[str] = Gazetteer()
    for name, code in rules.load("commitments")["own_forces"].items():
        gaz.add(str(name).lower(), str(code))
    return gaz


def own_forces(doc: Doc, s: int, e: int) -> list[str]:
    """The states whose armed forces a clause names by their own name ("220 prajurit TNI",
    "the Royal Navy will send"): with no state named as subject, that state gives."""
    return list(dict.fromkeys(m.value for m in _forces().within(doc, s, e)))


#: between a person and the cue: nothing, or the comma closing an apposition and an
#: auxiliary ("Bulgaria's Defence Minister, Atanas Zapryanov, had offered")
_NEXT_TO = re.compile(
    r"(?i:\s*(?:,\s*(?:(?:had|has|have|will|would|also|then|juga|akan|telah|sudah)\s+)*)?)"
)


def next_to(doc: Doc, end: int, cue_start: int) -> bool:
    """Whether a person ending at `end` is the subject of the cue at `cue_start`."""
    between = doc.text[end:cue_start]
    return "," not in between or bool(_NEXT_TO.fullmatch(between))
