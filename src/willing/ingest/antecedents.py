"""Holders named before: a view whose subject stands in for a person or a state named in
the sentences before ("He said ...", "Kepada wartawan ia mengatakan ...", "The prime
minister added ...", "Menurutnya, ...", "It called for ...", "..., katanya.").

The stand-in is the clause's subject, so it may come after a fronted phrase ("Kepada
wartawan", "Dalam pidatonya,") but before the view; or it is the speaker named after the
view ("..., he said", "..., ujarnya"). A person stands for the party of the person last
named before it; "it" and "the country" for the state last named, only as the subject of
a verb of saying or stance (not "It would be a mistake ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from willing.ingest.document import Doc, Index
from willing.ingest.parties import Mention
from willing.ingest.prefilter import guarded

#: titles a person is spoken of by once named: "the minister", "sang menteri"
_TITLE = (
    r"(?:(?:foreign |defen[cs]e |prime |deputy |finance )?(?:minister|premier|president"
    r"|chancellor|secretary|envoy|ambassador|diplomat|spokes(?:man|woman|person)|taoiseach"
    r"|general|admiral)|(?:wakil )?(?:menteri|presiden|perdana menteri|kanselir|duta besar"
    r"|diplomat|juru bicara|jenderal|laksamana|menlu|menhan))"
)
#: a person standing in as a clause's subject, within its first words
_PERSON = guarded(
    r"(?i:\b(?:ia|dia|beliau|he|she|menurutnya|menurut (?:dia|beliau)|in (?:his|her) (?:view"
    r"|words|opinion)|according to (?:him|her)|(?:the|sang) " + _TITLE + r")\b)"
)
#: a state standing in as the subject of a verb of saying or stance
_STATE = guarded(
    r"(?i:\b(?:it|pihaknya|the country|the government|negara (?:itu|tersebut)|pemerintah"
    r" (?:itu|tersebut)"
    # (sixteenth set) its ministry, or the statement of the ministry or government named
    # before: "The ministry's published statement of 1 October, which called ...", "Its
    # statement demanded ...", "Kementerian itu menuntut ..."
    r"|the (?:foreign |defen[cs]e )?ministry|kementerian (?:itu|tersebut)"
    r"|(?:its|the (?:foreign |defen[cs]e )?ministry(?:'s|’s)|the government(?:'s|’s))"
    r" (?:(?:published|latest|written|official|own) )?(?:statement|note|communiqu[eé])"
    r"(?: of \d{1,2} \w+(?: \d{4})?| of \w+ \d{1,2}(?:, \d{4})?)?,?(?: which| that)?"
    r")\s+(?:(?:has|had|also|again|then|later|juga|pun|kembali|telah|sudah)\s+)?)"
)
#: verbs of stance a state stands in as the subject of, with the verbs of saying
_STANCE = guarded(
    r"(?i:(?:called|calls|urged|urges|rejected|rejects|opposed|opposes|supported|supports"
    r"|backed|backs|demanded|demands|welcomed|welcomes|refused|refuses|ruled|rules|menolak"
    r"|mendukung|mendesak|meminta|menyambut|menuntut|menentang)\b)"
)
#: the speaker named after the view: "..., he said.", "..., katanya.", "..., the minister added"
_AFTER = guarded(
    r"(?i:[,\"”]\s*(?:(?:he|she|the " + _TITLE + r")\s+(?:said|says|added|adds|stressed|insisted"
    r"|warned|told|wrote|argued|declared)|(?:kata|ujar|tegas|ucap|imbuh|tambah|jelas)nya"
    r"|(?:kata|ujar|tegas|ucap|imbuh|tambah|jelas) (?:dia|beliau|sang " + _TITLE + r"))\b)"
)
#: how many words of a clause may come before its subject ("Kepada wartawan di Jenewa ia")
_LEAD_WORDS = 5
#: how many words may come between a subject further into a clause and its view
_NEAR_WORDS = 6
_QUOTE = re.compile(r'["“”]')
#: how many sentences back a person or a state named before is looked for
_BACK = 3


def _verb(text: str, pos: int, speech: re.Pattern[str]) -> bool:
    """Whether a verb of saying or stance opens `text` at `pos`."""
    return bool(speech.match(text, pos) or _STANCE.match(text, pos))


def _named_before(doc: Doc, pos: int, named: Index[Mention]) -> str | None:
    """The party of the mention named last before `pos`, within the last sentences."""
    i = doc.sentence_index(pos)
    start = doc.sentences[max(0, i - _BACK)][0]
    found = named.within(start, pos)
    return found[-1].code if found else None


def holder(
    doc: Doc,
    clause: int,
    m: re.Match[str],
    people: Index[Mention],
    states: Index[Mention],
    speech: re.Pattern[str],
    free: Callable[[Mention], bool],
) -> str | None:
    """The holder a clause's stand-in subject or its speaker after the view stands for."""
    lead = doc.text[clause : m.start()]
    person = _PERSON.search(lead)
    if person and len(lead[: person.start()].split()) <= _LEAD_WORDS:
        return _named_before(doc, clause + person.start(), people)
    if person:
        # '"...," he told state radio, repeating his call for talks': the subject nearest
        # before the view, after a quote or a fronted phrase
        last = list(_PERSON.finditer(lead))[-1]
        if len(lead[last.end() :].split()) <= _NEAR_WORDS and not _QUOTE.search(lead, last.end()):
            return _named_before(doc, clause + last.start(), people)
    state = _STATE.search(lead)
    if (
        state
        and len(lead[: state.start()].split()) <= _LEAD_WORDS
        and _verb(doc.text, clause + state.end(), speech)
    ):
        i = doc.sentence_index(clause)
        start = doc.sentences[max(0, i - _BACK)][0]
        named = [h for h in states.within(start, clause + state.start()) if free(h)]
        return named[-1].code if named else None
    _, e = doc.sentence_at(m.start())
    after = _AFTER.search(doc.text, m.end(), e)
    if after:
        return _named_before(doc, m.start(), people)
    return None


#: a state told what it should do: "Indonesia semestinya ...", "Kyiv should ..."
_SHOULD = guarded(
    r"(?i:\s+(?:(?:really|surely|also|juga|pun|tetap) )?(?:should|ought to|semestinya"
    r"|seharusnya|sebaiknya|hendaknya|mestinya)\b)"
)


def advised(
    doc: Doc, m: re.Match[str], party: str, holders: Index[Mention], people: Index[Mention]
) -> bool:
    """Whether the holder is only told what it should do by someone not its own ("Indonesia
    semestinya mendorong perundingan," ujar direktur LSM itu): advice is the adviser's view.
    A state's own people saying what it should do state its view."""
    s, e = doc.sentence_at(m.start())
    told = any(
        h.code == party and _SHOULD.match(doc.text, h.end) for h in holders.within(s, m.start())
    )
    if not told:
        return False
    own = [p for p in people.within(s, e) if p.code == party]
    return not own and _named_before(doc, s, people) != party
