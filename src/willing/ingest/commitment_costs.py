"""Money that bears the cost of the force's own carriage, bases, hubs, customs staff or
flights is the support it pays for, not funding given to Ukraine: "pays for the customs
staff at the port", "meets part of the hub's running costs", "menanggung biaya pengangkutan
kontingen" give logistics; "biaya penerbangan", "charter flights" give air support. Who or
what is carried ("the flights that carry the monitors") is not given either."""

from __future__ import annotations

import re

from willing.ingest.commitment_hits import Domain
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Match

LOGISTICS = Domain("support", "logistics")
AIR = Domain("support", "air")

#: what a cost is borne for: the force's carriage, bases, hubs and border staff
_BORNE = re.compile(
    r"(?i:\b(?:(?P<air>(?:charter\s+)?flights?|penerbangan|airlift|pesawat\s+carteran)"
    r"|customs\s+(?:officers|officials|staff)|customs|bea\s+cukai|petugas\s+bea\s+cukai"
    r"|(?:transit|logistics|logistik)\s+hub|hub(?:'s)?|pusat\s+logistik"
    r"|transport(?:ation)?|transportasi|pengangkutan|angkutan|carriage|shipping\s+costs?"
    r"|(?:the\s+)?base(?:'s)?|pangkalan)\b)"
)

#: a cost word, or a paying verb that takes what it pays for as its object
_COST = re.compile(
    r"(?i:\b(?:costs?|biaya|running|pays?\s+for|paying\s+for|paid\s+for|funds?|funding"
    r"|menanggung|ditanggung|membiayai|dibiayai|to\s+run)\b)"
)

#: what a fund gives to stays funding: "into the coalition's fund", "ke dana koalisi"
_GIVEN_TO = re.compile(
    r"(?i:\b(?:to|into|ke|kepada|for)\s+(?:the\s+)?(?:Ukraine|Ukraina|Ukrainian|coalition|"
    r"koalisi|dana|fund)\b)"
)

_WINDOW = 70


def _borne_for(doc: Doc, hit: Match[Domain], cs: int, ce: int) -> tuple[Domain, int, int] | None:
    """The support a funding word bears the cost of, if its phrase names one, and the
    span after the cost's noun where what is carried is named."""
    lo = max(cs, hit.start - 40)
    hi = min(ce, hit.end + _WINDOW)
    near = doc.text[lo:hi]
    stop = re.search(r"[;:()\n]|,\s+(?:and|dan|while|but|sedangkan|sementara)\b", near)
    if stop is not None and stop.start() > hit.start - lo:
        near = near[: stop.start()]
    if not _COST.search(near):
        return None
    found = _BORNE.search(near)
    if found is None or _GIVEN_TO.search(near, 0, found.start()):
        return None
    return (AIR if found.group("air") else LOGISTICS), lo + found.end(), lo + len(near)


def borne(doc: Doc, hits: list[Match[Domain]], cs: int, ce: int) -> list[Match[Domain]]:
    """Funding words that bear a cost of the force's carriage, bases or staff, as the support
    they pay for; the people or units carried after them are not given."""
    if not any(h.value.domain == "funding" for h in hits):
        return hits
    if _BORNE.search(doc.text, cs, ce) is None:  # cheap guard: most clauses name none
        return hits
    out: list[Match[Domain]] = []
    carried: list[tuple[int, int]] = []
    for h in hits:
        if h.value.domain == "funding":
            support = _borne_for(doc, h, cs, ce)
            if support is not None:
                out.append(h._replace(value=support[0]))
                carried.append(support[1:])
                continue
        out.append(h)
    if not carried:
        return hits
    # the clause's other sums are what the cost comes to ("..., EUR 2 million a year")
    paid = next(h.value for h in out if h.value in (LOGISTICS, AIR))
    out = [h._replace(value=paid) if h.value.domain == "funding" else h for h in out]
    # the people or units carried ("biaya pengangkutan kontingen", "carry the monitors")
    return [
        h
        for h in out
        if h.value.layer not in ("reassure", "backstop")
        or not any(a <= h.start < b for a, b in carried)
    ]
