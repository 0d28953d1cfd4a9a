"""The backstop named as its state's pledge, with no verb of giving (sixteenth set).

Expository texts (an exam's model answer, a committee report, a reading list, an
encyclopedia) name the United States' part as a noun phrase: "a US guarantee of
intelligence and air cover", "the American commitment to provide intelligence and, if the
force is attacked, air cover", "confirmed American intelligence support", "US air cover",
"intelijen dan perlindungan udara Amerika Serikat", "komitmen AS untuk menyediakan
intelijen". The clause rules need a verb and find nothing; the state owns the pledge, so
it gives what the pledge holds, in the backstop's domains only (the tables' backstop
parties and domains). A pledge denied, wished for or needed ("no American guarantee of
air cover", "Kyiv asked for a US guarantee", "hinges on Washington's promise of air cover",
"bergantung pada dukungan udara AS") gives nothing: it is a condition, and the annotation
gives the backstop there only when a clause of its own does.
"""

from __future__ import annotations

import re

from willing.ingest import stated_commitments
from willing.ingest.commitment_hits import Domain
from willing.ingest.commitment_tables import tables
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Match
from willing.ingest.items import Item
from willing.ingest.parties import Mention
from willing.ingest.prefilter import guarded
from willing.ingest.stated_commitments import Key

#: a commitment's key: state, layer, domain

#: the pledge noun after its owner, and what joins it to its content: "guarantee of",
#: "commitment to provide", "komitmen ... untuk menyediakan"
_PLEDGE_AFTER = re.compile(
    r"(?i:(?:['’]s)?\s+(?:guarantees?|commitments?|pledges?|promises?|undertakings?|offers?"
    r"|backstop|jaminan|komitmen|janji)\s+(?:of|to\s+(?:provide|supply|give|share|offer)"
    r"|untuk\s+(?:menyediakan|memberikan|memberi))\s+)"
)
#: the word of support after a domain word right after the owner: "American intelligence
#: support", "US air cover", "dukungan intelijen AS" (the domain word may hold it)
_SUPPORT = re.compile(
    r"(?i:\b(?:support|cover|umbrella|backing|sharing|assistance|dukungan|perlindungan"
    r"|payung)\b)"
)
_SUPPORT_AFTER = re.compile(r"(?i:\s+(?:support|cover|umbrella|backing|sharing|assistance)\b)")
#: what joins two domain words of one pledge: "intelligence and air cover", "intelijen dan
#: perlindungan udara", "intelligence and, if the force is attacked, air cover"
_JOIN = re.compile(
    r"(?i:\s*(?:,\s*)?(?:and|dan|serta|as well as)?\s*(?:,\s*[^,.;]{0,40},\s*)?"
    r"(?:(?:the|an?|its|perlindungan|dukungan|payung|pengawasan)\s+)?)"
)
#: the owner named after its content: "... Amerika Serikat", "... of the United States"
_OF_OWNER = re.compile(r"(?i:\s+(?:of\s+the\s+|of\s+|dari\s+)?)")
#: denied or wished for before the owner
_NOT_GIVEN = guarded(
    r"(?i:\b(?:no|not|never|nor|without|tanpa|tidak|tak|bukan|belum|asks?\s+for|asked\s+for"
    r"|wants?|wanted|seeks?|sought|demand\w*|calls?\s+for|called\s+for|hopes?\s+for|meminta"
    r"|menuntut|ingin|menginginkan|berharap)\b[^.;]{0,30}$)"
)
#: a condition or need before the pledge: "hinges on Washington's promise of air cover",
#: "bergantung pada dukungan intelijen dan udara Amerika Serikat", "menunggu kepastian
#: mengenai dukungan udara dari AS" make the pledge a condition, given elsewhere or not
_NEEDED = guarded(
    r"(?i:\b(?:requir\w*|need\w*|hinge[sd]?|hinging|contingent|depend\w*|conditional"
    r"|memerlukan|membutuhkan|mensyaratkan|menunggu|tergantung|bergantung|menggantungkan"
    r"|kepastian|prasyarat|syarat\w*)\b)"
)
#: the end of a pledge's content: a clause's end
_END = re.compile(r"[.;:]|\b(?:but|tetapi|namun|while|sedangkan)\b")


def _chain(doc: Doc, hits: list[Match[Domain]], first: int) -> list[Match[Domain]]:
    """The hit at `first` and those joined after it."""
    out = [hits[first]]
    for h in hits[first + 1 :]:
        if not _JOIN.fullmatch(doc.text, out[-1].end, h.start):
            break
        out.append(h)
    return out


def _content(doc: Doc, p: Mention, s: int, e: int) -> list[Match[Domain]]:
    """The domain hits of the pledge the state at `p` is named to own (see the module)."""
    t = tables()
    pledge = _PLEDGE_AFTER.match(doc.text, p.end, e)
    if pledge is not None:  # "a US guarantee of intelligence and air cover"
        stop = _END.search(doc.text, pledge.end(), e)
        hits = t.domains.within(doc, pledge.end(), stop.start() if stop else e)
        return _chain(doc, hits, 0) if hits and hits[0].start == pledge.end() else []
    after = t.domains.within(doc, p.end, min(e, p.end + 60))
    if after and doc.text[p.end : after[0].start].strip() == "":
        first = after[0]  # "American intelligence support", "US air cover"
        if _SUPPORT.search(doc.text, first.start, first.end) or _SUPPORT_AFTER.match(
            doc.text, first.end
        ):
            return [first]
        return []
    before = t.domains.within(doc, max(s, p.start - 80), p.start)
    if before and _OF_OWNER.fullmatch(doc.text, before[-1].end, p.start):
        # "intelijen dan perlindungan udara Amerika Serikat": the chain ending at the owner
        k = len(before) - 1
        while k > 0 and _JOIN.fullmatch(doc.text, before[k - 1].end, before[k].start):
            k -= 1
        chain = before[k:]
        if _SUPPORT.search(doc.text, max(s, chain[0].start - 14), p.start):
            return chain
    return []


def find(doc: Doc, parties: list[Mention], have: set[Key]) -> list[Item]:
    """A backstop commitment for each domain of a pledge its state is named to own."""
    t = tables()
    owners = [p for p in parties if p.code in t.backstop]
    out: list[Item] = []
    for p in owners:
        s, e = doc.sentence_at(p.start)
        content = _content(doc, p, s, e)
        if not content:
            continue
        start = min(p.start, content[0].start)
        if _NOT_GIVEN.search(doc.text, max(s, start - 40), start) or _NEEDED.search(
            doc.text, s, start
        ):
            continue
        for h in content:
            if h.value.domain not in t.backstop_domains:
                continue
            key = (p.code, "backstop", str(h.value.domain))
            stated_commitments.add(out, have, key, (h.start, h.end), (s, e))
    return out
