"""What the layer and domain words of a clause give, once the words that do not give are
left out (what a fund is for, what a training word governs, money that finances a war, a
sum only valued and not given), and troops sent without a domain."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from willing.ingest import troop_relatives
from willing.ingest.commitment_carriers import bridged, carriers
from willing.ingest.commitment_presence import has_nothing_there, kept_away
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Gazetteer, Match
from willing.ingest.prefilter import guarded


@dataclass(frozen=True)
class Domain:
    """The layer and domain a word names ("frigate": reassure, sea)."""

    layer: str
    domain: str | None


#: troops without a domain: ground forces for the reassurance layer
LAND = Domain("reassure", "land")

#: words after which a new subject starts: what comes before reports, it does not give
REPORTING = guarded(r"(?i:\b(?:that|bahwa|said|says|kata|menurut)\b)")


#: a relative clause after a fund says what the fund is for ("pay for the equipment they
#: train on": a pronoun subject opens one without "that")
_RELATIVE = re.compile(r"(?i:\b(?:that|which|yang|they|we|it|mereka)\b)")


#: where what is paid for is made: "for drones that are built in Ukraine", "drone yang
#: dirakit di Ukraina" name the industry paid for, not a fund's further aims
_MADE_IN = re.compile(
    r"(?i:(?:built|made|produced|assembled|manufactured|dibuat|dirakit|diproduksi)\s+(?:in|di)\b)"
)


def fund_purpose(doc: Doc, hits: list[Match[Domain]]) -> list[Match[Domain]]:
    """Without the words of a relative clause after a fund: "$1 billion to a fund that
    helps Ukraine buy equipment" gives funding, not equipment."""
    funds = [h for h in hits if h.value.domain == "funding"]
    if not funds:
        return hits
    # where what is paid for is made stays given: "for drones that are built in Ukraine"
    return [
        h
        for h in hits
        if _MADE_IN.match(doc.text, h.start)
        or not any(f.end <= h.start and _RELATIVE.search(doc.text, f.end, h.start) for f in funds)
    ]


_CURRENCY = frozenset(
    {"euros", "euro", "dollars", "dolar", "pounds", "poundsterling", "crowns", "kronor", "kroner"}
    | {"pound", "sterling"}
    | {"yen", "won", "yuan", "franc", "francs", "zloty", "zlotys", "złoty", "forint", "koruna"}
    | {"krona", "lei", "leu", "nok", "sek", "dkk", "chf", "pln", "czk", "huf", "ron", "jpy"}
    | {"cad", "aud", "usd", "eur", "gbp"}
)

#: the asset or unit a training word names is who is trained ("melatih awak artileri",
#: "training of F-16 pilots", "train Ukrainian infantry"), not what is given
_TRAINED_GAP = 3


def trained(doc: Doc, hits: list[Match[Domain]]) -> list[Match[Domain]]:
    """Without the words a training word governs, and without money that finances a war
    ("buys Russian oil, which ... is financing the war")."""
    training = [h for h in hits if h.value.domain == "training"]
    out = []
    for h in hits:
        if h.value.domain == "funding" and _WAR.match(doc.text, h.end):
            continue
        if h.value.layer == "reassure" and any(
            0 < h.first - t.last <= _TRAINED_GAP  # "melatih awak artileri"
            or (t.first - h.last == 1 and doc.gap(h.last) == " ")  # "artillery instructors"
            # what the trainees train on: "trains 40 pilots a year on its Gripen jets"
            or (t.end < h.start and bool(_TRAINED_ON.fullmatch(doc.text, t.end, h.start)))
            for t in training
        ):
            continue
        out.append(h)
    return out


#: the asset trainees are trained on, after the training word and its trainees, in one
#: phrase: "trains Ukrainian crews on its NASAMS", "melatih pilot Ukraina dengan jet"
_TRAINED_ON = re.compile(
    r"(?i:(?:(?!\b(?:and|dan|serta|while|but)\b)[^,;:.()\n]){0,50}?"
    r"\b(?:on|with|aboard|using|in|pada|dengan|di atas|menggunakan|memakai)\s+"
    r"(?:[\w'’-]+\s+){0,3})"
)

_WAR = re.compile(r"(?i:\s+(?:(?:the|Russia's|Moscow's|its)\s+)?(?:war|perang)\b)")


def given_sums(doc: Doc, hits: list[Match[Domain]], cue: int) -> list[Match[Domain]]:
    """A sum is given only after the cue ("would give 90 million euros"); "the package is
    worth 1.2 billion euros" values what was given."""
    return [
        h
        for h in hits
        if (h.start > cue and not _valued(doc, h))
        or (doc.keys[h.last] not in _CURRENCY and h.value is not SUM)
    ]


#: a sum that values what is given ("ambulances worth CAD 80 million"), not money given
#: (aid "worth" a sum is the money: "bantuan senilai 1 miliar dolar")
_WORTH = re.compile(
    r"(?i:(?<!aid )(?<!bantuan )(?<!package )(?<!paket )(?<!assistance )(?<!loan )"
    r"(?<!pinjaman )(?<!dukungan )(?<!support )\b(?:worth|senilai|bernilai|valued at)\s+"
    r"(?:[\w.,$€£]+\s+){0,3}$)"
)


def _valued(doc: Doc, h: Match[Domain]) -> bool:
    return doc.keys[h.last].casefold() in _CURRENCY and bool(
        _WORTH.search(doc.text, max(0, h.start - 40), h.start)
    )


#: a sum written with a currency sign ("€250 million"): funding, as the currency's name is
SUM = Domain("regenerate", "funding")
_SIGNED = re.compile(r"[€$£]\s?\d[\d.,]*(?:\s+(?:million|billion|juta|miliar|m|bn)\b)?")


def signed_sums(doc: Doc) -> list[Match[Domain]]:
    """Every sum written with a currency sign, as a funding word."""
    out = []
    for m in _SIGNED.finditer(doc.text):
        first = doc.token_at(m.start())
        last = max(first, doc.token_at(m.end()) - 1)
        out.append(Match(first, last, m.start(), m.end(), SUM))
    return out


def troop_hit(
    doc: Doc,
    cues: Gazetteer[str],
    troops: Gazetteer[str],
    recipients: frozenset[str],
    clause: tuple[int, int],
    beside: list[Match[Domain]],
) -> Match[Domain] | None:
    """Troops with no domain, sent or offered ("siap mengirim 1.500 tentara") or deploying
    ("British troops will deploy"): land. Troops that receive ("bagi pasukan tersebut"), or
    named past what someone says ("would deploy ..., Meloni says ... troops"), are not."""
    cs, ce = clause
    cue = next(
        (
            c
            for c in cues.within(doc, cs, ce)
            if not kept_away(doc, c) and not has_nothing_there(doc, c)
        ),
        None,
    )
    if cue is None:
        # troops as the subject of their own going, with no verb of sending: "pasukannya
        # akan hadir di Ukraina", "British soldiers are ready to deploy" (a clause without a
        # verb of going is not read further)
        if not _GOING.search(doc.text, cs, ce):
            return None
        troop = next(
            (w for w in troops.within(doc, cs, ce) if _DEPLOYS.match(doc.text, w.end)), None
        )
        if troop is None or doc.previous_key(troop.start) in recipients:
            return None
        return _land(doc, troop, beside)
    troop = next(iter(troops.within(doc, cue.end, ce)), None)
    if troop is not None and (
        doc.previous_key(troop.start) in recipients
        # "berjanji berbagi intelijen dengan pasukan koalisi": shared with, not given
        or doc.previous_key(troop.start) in _WITH
        or REPORTING.search(doc.text, cue.end, troop.start)
        or _PART_OF.search(doc.text, max(0, troop.start - 20), troop.start)
    ):
        troop = None
    if troop is None:
        near = max(cs, cue.start - 40)  # "British troops will deploy": right before the cue
        troop = next(
            (w for w in troops.within(doc, near, cue.start) if _DEPLOYS.match(doc.text, w.end)),
            None,
        )
    if troop is None:
        # "the 650 troops it keeps near the line": named before the cue, in its relative clause
        troop = troop_relatives.kept_by_it(doc, troops, cs, cue)
    if troop is None:
        return None
    return _land(doc, troop, beside)


def _land(doc: Doc, troop: Match[str], beside: list[Match[Domain]]) -> Match[Domain] | None:
    """The troops as a land commitment, unless they are another asset's, other states' or
    the crews of what is named beside them."""
    if any(b.start <= troop.start < b.end for b in beside):
        return None  # "air defence units": the units are the domain's own word
    if _FOREIGN.search(doc.text, max(0, troop.start - 12), troop.start) or _FOREIGN_AFTER.match(
        doc.text, troop.end
    ):
        return None  # "sending foreign troops into Ukraine": other states' troops
    if beside and (
        (doc.keys[troop.last] in _CREW and any(_crewed(b, troop) for b in beside))
        or (_PURPOSE.match(doc.text, troop.end) and any(b.start > troop.end for b in beside))
    ):
        return None  # crews of the assets named beside them, or sent to do what they name
    return Match(troop.first, troop.last, troop.start, troop.end, LAND)


#: a verb of making: what factories are helped to build is made there, not given
_BUILD = re.compile(
    r"(?i:\b(?:build|builds|building|produce|produces|producing|manufacture|manufactures"
    r"|manufacturing|make|makes|making|assemble|assembles|assembling|memproduksi|membuat"
    r"|membangun|merakit|production of|manufacture of|produksi|pembuatan|perakitan)"
    r"\s+(?:[\w-]+\s+){0,4}$)"
)


def made(doc: Doc, hits: list[Match[Domain]]) -> list[Match[Domain]]:
    """Without the equipment an industry named in the clause is helped to build: "to help
    Ukrainian factories build drones and artillery shells" funds the industry."""
    if not any(h.value.domain == "industry" for h in hits):
        return hits
    # "build drones and artillery shells": both are made
    return _without(
        doc,
        hits,
        lambda hit, kept: hit.value.domain == "equipment",
        lambda hit: bool(_BUILD.search(doc.text, max(0, hit.start - 40), hit.start)),
    )


def _without(
    doc: Doc,
    hits: list[Match[Domain]],
    may_drop: Callable[[Match[Domain], list[Match[Domain]]], bool],
    cued: Callable[[Match[Domain]], bool],
) -> list[Match[Domain]]:
    """The hits but those `may_drop` allows to drop (given the hits kept before) that are
    `cued`, or joined by "and" to the one dropped last."""
    out: list[Match[Domain]] = []
    dropped: Match[Domain] | None = None
    for hit in hits:
        if may_drop(hit, out) and (
            cued(hit)
            or (dropped is not None and _AND_MORE.fullmatch(doc.text, dropped.end, hit.start))
        ):
            dropped = hit
            continue
        out.append(hit)
    return out


def _for_earlier(
    doc: Doc,
    hits: list[Match[Domain]],
    kind: Callable[[Match[Domain]], bool],
    cue: re.Pattern[str],
    reach: int,
) -> list[Match[Domain]]:
    """Without the hits after one of `kind` that `cue` ends right before (within `reach`
    characters): what an earlier asset serves or carries is not given itself."""
    if not any(kind(h) for h in hits[:-1]):
        return hits
    return _without(
        doc,
        hits,
        lambda hit, kept: any(kind(h) for h in kept),
        lambda hit: bool(cue.search(doc.text, max(0, hit.start - reach), hit.start)),
    )


#: what a base or route is for: "pangkalan udara ... untuk jet tempur koalisi"
_SERVES = re.compile(r"(?i:\b(?:untuk|bagi|for|to|kepada)\s+(?:[\w'’-]+\s+){0,2}$)")
_AND_MORE = re.compile(r"(?i:\s+(?:and|dan|serta)\s+(?:[\w-]+\s+)?)")


#: troops something is for: "a school for Ukrainian sappers" trains them, sends none;
#: monitors something goes to: "data flowing to the monitors", "bagi seluruh pemantau"
_FOR_WHOM = re.compile(r"(?i:\b(?:for|untuk|bagi)\s+(?:[\w-]+\s+)?$)")
_TO_WHOM = re.compile(
    r"(?i:\b(?:for|untuk|bagi|to|kepada)\s+(?:(?:the|all|para|seluruh|semua|its|their|our"
    r"|those|these|coalition|koalisi)\s+){0,2}$)"
)


def recipients(doc: Doc, hits: list[Match[Domain]]) -> list[Match[Domain]]:
    """Without land units and monitors named as who receives what the clause gives ("a
    demining school for Ukrainian sappers", "winter kit for all the monitors")."""
    if len(hits) < 2:
        return hits
    return [
        h
        for h in hits
        if not (
            any(o.start < h.start for o in hits)
            and (
                (
                    h.value.domain == "land"
                    and _FOR_WHOM.search(doc.text, max(0, h.start - 30), h.start)
                )
                or (
                    h.value.domain == "monitoring"
                    and _TO_WHOM.search(doc.text, max(0, h.start - 30), h.start)
                )
            )
        )
    ]


def served(doc: Doc, hits: list[Match[Domain]]) -> list[Match[Domain]]:
    """Without the assets a support asset named before them serves: a neighbour opening an
    air base "for the coalition's jets" gives the base, not the jets."""
    # "bagi jet tempur dan pesawat tanker": both are served
    return _for_earlier(doc, hits, lambda h: h.value.layer == "support", _SERVES, 30)


#: a verb of being serviced right after a ship or an aircraft: "let coalition ships refuel
#: and repair at Varna" gives the port's services, the ships are someone else's
_SERVICED = guarded(
    r"(?i:\s+(?:[\w-]+\s+)?(?:to\s+|untuk\s+)?(?:refuel|refuelling|refueling|resupply|repair|dock"
    r"|berth|mengisi bahan bakar|bersandar|berlabuh|diperbaiki)\b)"
)


def serviced(doc: Doc, hits: list[Match[Domain]]) -> list[Match[Domain]]:
    """Without the ships and aircraft a clause says are refuelled or repaired."""
    if not any(h.value.layer == "support" for h in hits):
        return hits
    return [
        h
        for h in hits
        if not (
            h.value.layer == "reassure"
            and h.value.domain in ("sea", "air")
            and _SERVICED.match(doc.text, h.end)
        )
    ]


#: what money is for: "membiayai rumah sakit lapangan", "dana ... untuk pembersihan ranjau",
#: "pay for a field hospital" funds it, sends none
_PAID_FOR = guarded(
    r"(?i:\b(?:membiayai|mendanai|pay(?:s|ing)? for|paid for|fund(?:s|ing)?|financ(?:e|es|ing)"
    r"|untuk|bagi|for)\s+(?:[\w'’-]+\s+){0,2}$)"
)


def funded(doc: Doc, hits: list[Match[Domain]]) -> list[Match[Domain]]:
    """Without the units and ships a sum or a verb of funding pays for: the funding is what
    is given (training, industry and equipment paid for are still given)."""
    if not any(h.value.domain == "funding" for h in hits[:-1]):
        return hits
    return _without(
        doc,
        hits,
        lambda hit, kept: (
            hit.value.layer == "reassure" and any(h.value.domain == "funding" for h in kept)
        ),
        lambda hit: bool(_PAID_FOR.search(doc.text, max(0, hit.start - 40), hit.start)),
    )


#: the force something joins: "as part of the multinational force" gives no troops
_PART_OF = re.compile(
    r"(?i:\b(?:part of|bagian dari|perencanaan|rencana|planning(?: of)?|plans? for)"
    r"\s+(?:the\s+|a\s+|an\s+)?$)"
)

#: people named beside assets who crew them ("two frigates and 300 personnel")
_WITH = frozenset({"with", "dengan", "alongside", "bersama"})
_CREW = frozenset({"personnel", "personel", "servicemen", "crew", "crews", "awak"})
#: domains whose assets have no crew: money and factories
_UNCREWED = frozenset({"funding", "industry", "land"})


def _crewed(asset: Match[Domain], troop: Match[str]) -> bool:
    """Whether personnel may crew `asset`: a ship, aircraft or battery named before them
    ("two frigates and 300 personnel"), or a course they teach ("100 personel ... untuk
    melatih"); personnel named first ("2,500 personnel and a squadron of jets") are a force
    of their own (twentieth set), and money has no crew."""
    if asset.value.domain == "training":
        return True
    return asset.end <= troop.start and asset.value.domain not in _UNCREWED


#: troops sent for a stated purpose ("personnel to run air defence units")
_PURPOSE = re.compile(r"(?i:\s+(?:to|untuk|for|guna|bagi|in order to)\b)")


def foreign(doc: Doc, hits: list[Match[Domain]]) -> list[Match[Domain]]:
    """Without the assets called other states' ("kapal asing", "foreign warships") and
    without a word that is the tail of a compound ("combined-arms drills")."""
    return [
        h
        for h in hits
        if not _FOREIGN.search(doc.text, max(0, h.start - 12), h.start)
        and not _FOREIGN_AFTER.match(doc.text, h.end)
        and not _COMPOUND_TAIL.search(doc.text, max(0, h.start - 20), h.start)
    ]


#: the head of a compound whose tail is a domain word: "combined-arms drills" (but an
#: "anti-tank" weapon is still a weapon)
_COMPOUND_TAIL = re.compile(r"(?i:\b(?!anti-|counter-|kontra-|anti)[a-z]+-$)")


#: troops of other states: "foreign troops", "pasukan asing"
_FOREIGN = re.compile(r"(?i:\b(?:foreign|Western|Barat)\s+$)")
_FOREIGN_AFTER = re.compile(r"(?i:\s+(?:asing|Barat|Eropa|multinasional|internasional)\b)")

#: a verb of carrying: what transport aircraft or ships carry is not given
_CARRY = re.compile(
    r"(?i:\b(?:to carry|carrying|carry|to transport|transporting|to move|untuk mengangkut"
    r"|mengangkut|membawa|untuk membawa"
    # (thirteenth set) every verb of carrying: "to ferry", "to haul", "memindahkan"
    r"|ferry|ferrying|haul|hauling|shuttle|shuttling|bring|bringing|memindahkan|mengantar"
    r"|mengantarkan)\s+(?:[\w'’-]+\s+){0,3}$)"
)


def carried(doc: Doc, hits: list[Match[Domain]]) -> list[Match[Domain]]:
    """Without what a logistics asset named before is to carry: "two transport aircraft to
    carry the force's equipment and supplies" gives the airlift only."""
    hits = bridged(doc, carriers(doc, hits))
    return _for_earlier(doc, hits, lambda h: h.value.domain == "logistics", _CARRY, 50)


#: troops as the subject of their own deployment
#: the verbs of `_DEPLOYS`, looked for once per clause
_GOING = guarded(
    r"(?i:\b(?:deploy|deployed|go|head|move|arrive|stationed|based|serve|dikerahkan|dikirim|bergerak"
    r"|ditempatkan|diberangkatkan|berangkat|tiba|hadir|masuk|bertugas"
    # (twelfth set) being there, in any tense: "serve in", "are serving", "berada di"
    r"|serves|served|serving|berada|remain|remains|remained|stay|stays|stayed)\b)"
)
#: (eighth set) any verb of going or being there, after any modal or readiness, the troops'
#: state between ("Tentara Swedia akan berangkat"): "are ready to deploy", "akan hadir di
#: Ukraina", "hanya akan berangkat setelah ...", "will be stationed"
_DEPLOYS = re.compile(
    r"(?i:(?:\s+(?-i:[A-Z])[\w'’-]+|\s+(?:mereka|kami|kita|sendiri))?\s+(?:(?:will|would|could"
    r"|can|shall|are|is|were|was|have|has|akan|siap|bisa"
    r"|dapat|bakal)\s+)?"
    r"(?:(?:only|hanya|then|baru|also|juga|stand|ready|set|prepared|be|been|akan|siap|segera"
    r"|now|still|already|kini|masih|tetap)\s+"
    r"|to\s+){0,3}(?:deploy|deployed|go in|go to|head to|move into|arrive in|be stationed"
    r"|stationed|be based|serve in|dikerahkan|dikirim|ditempatkan|diberangkatkan|berangkat"
    r"|tiba di|hadir di|masuk ke|bertugas|bergerak|move in|move"
    # (twelfth set) being there, in any tense: "serve there", "are serving in", "berada di"
    r"|serves? (?:in|there|with|along|on)|served in|serving (?:in|there|with|along|on)"
    r"|berada di|remains? in|remained in|stay in|stays in|stayed in)\b)"
)
