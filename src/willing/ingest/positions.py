"""Positions of parties on the open issues (territory, foreign troops, negotiations)."""

from __future__ import annotations

import re

from willing.ingest import (
    antecedents,
    position_frames,
    position_labels,
    position_land,
    position_talks,
    position_welcome,
    word_classes,
)
from willing.ingest import position_pairs as pairs
from willing.ingest.commitment_clauses import COORDINATED
from willing.ingest.document import Doc, Index
from willing.ingest.items import Item, position
from willing.ingest.parties import Mention
from willing.ingest.position_agents import agent
from willing.ingest.position_force import definite
from willing.ingest.position_links import follows, holder_after, refused, restated
from willing.ingest.position_lists import labelled, owned, reported, word_before
from willing.ingest.position_owners import owns_force
from willing.ingest.position_pronouns import names_by_pronoun
from willing.ingest.position_rules import Tables as _Tables
from willing.ingest.position_rules import fragments
from willing.ingest.position_rules import tables as _tables
from willing.ingest.position_sources import first_holder, opening_holder
from willing.ingest.prefilter import guarded

_CLAUSE = guarded(r"(?i:[,;]\s*(?:sementara|sedangkan|while|whereas|but|tetapi|namun)\b|;)")


def _clause_start(doc: Doc, s: int, pos: int) -> int:
    """Where the clause holding `pos` starts: "..., sementara Kyiv menolak ..." is Kyiv's."""
    starts = [m.end() for m in _CLAUSE.finditer(doc.text, s, pos)]
    return starts[-1] if starts else s


#: nouns whose owner follows them: "penolakan Moskow untuk bernegosiasi" is Moscow's
_NOMINALS = frozenset({"penolakan", "tuntutan", "refusal", "demands", "demand"})

#: words that front the holder of a view: "Bagi Ukraina, perbatasan ...", "For Kyiv, ..."
_FRONTED = frozenset({"bagi", "for", "menurut"})


#: an aside between commas says something of its subject, it holds no view itself:
#: "Beijing, yang dituding membeli minyak Rusia, meminta ..." is Beijing's; nor does the
#: source it is reported by: "Kremlin, menurut Tykhyi, menolak ..." is the Kremlin's
_ASIDE = guarded(
    r"(?i:,\s*(?:yang|which|who|whose|menurut|according to|as reported by|kata|quoted by"
    r"|dikutip)\b[^,.;]*,)"
)


_ARTICLES = frozenset({"the", "a"})
_TOWARDS = frozenset({"to", "in", "into", "at", "from", "for"})


#: a state named as a government's or republic's is the holder: "The government of Mexico
#: backs ...", "The Republic of Poland does not recognise ..."
_STATE_OF = re.compile(
    r"(?i:\b(?:government|republic|kingdom|federation|ministry|state|people's republic)"
    r"(?: of (?:foreign affairs|defen[cs]e))? of (?:the )?$)"
)
#: a state named as the owner of the forum where others spoke is no holder: "Meksiko dan
#: Afrika Selatan dalam sidang Majelis Umum PBB menyerukan ..." is Mexico's and South Africa's
_FORUM_OF = re.compile(
    r"(?i:\b(?:dalam|di|pada|saat|ketika)\s+(?:(?:sidang|rapat|forum|pertemuan|KTT|konferensi"
    r"|Majelis|Dewan|Umum|Keamanan|HAM|Tinggi|tahunan|darurat)\s+){1,4}$)"
)


def _free(doc: Doc, t: _Tables, h: Mention, partner: bool = False) -> bool:
    """The party is not named as a place or an owner ("wilayah Ukraina", "in Kyiv", "the
    envoy to the UN"), nor, as a holder (`partner` false), as a partner or a body one is in
    ("talks with Moscow", "dalam koalisi"); a pronoun may still stand for a partner."""
    before = word_before(doc, h.start)
    if not partner and (pairs.partner(doc, h) or owns_force(doc, h)):
        return False
    if (
        before in _ARTICLES
        and h.first > 1
        and doc.keys[h.first - 2] in _TOWARDS
        and doc.ends[h.first - 2] >= doc.sentence_at(h.start)[0]
    ):
        return False
    if before not in t.not_holder:
        return not _FORUM_OF.search(doc.text, max(0, h.start - 60), h.start)
    return bool(_STATE_OF.search(doc.text, max(0, h.start - 40), h.start))


#: a phrase opening with a force: a party right before it names the force's state ("British
#: soldiers would be a target"), not the holder
_FORCE = re.compile(word_classes.expand(r"(?i:{troop}\b)"))


_QUOTE_MARKS = re.compile(r'["“”]')


def _closed_quotes(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The quotations opened and closed in text[a:b], as spans."""
    marks = [q.start() for q in _QUOTE_MARKS.finditer(text, a, b)]
    return list(zip(marks[::2], marks[1::2], strict=False))


def _holder(doc: Doc, t: _Tables, s: int, m: re.Match[str], holders: Index[Mention]) -> str | None:
    before = holders.within(s, m.end())
    asides = [a.span() for a in _ASIDE.finditer(doc.text, s, m.start())]
    if asides:
        before = [h for h in before if not any(a <= h.start < b for a, b in asides)]
    quoted = _closed_quotes(doc.text, s, m.start())
    if quoted:
        # "..., who said the decisions 'bring Europe closer to war with Russia' and called
        # for talks": a party named in a quote before the phrase is the speaker's words
        outside = [h for h in before if not any(a <= h.start < b for a, b in quoted)]
        if any(h.end <= m.start() for h in outside):
            before = outside
    words = m.group().split(" ", 2)
    # "demands that Ukraine ..." is a verb: its subject comes before it
    # nor is "Russia demands the withdrawal ...", its subject right before it
    if (
        words[0].casefold() in _NOMINALS
        and words[1:2] not in (["that"], ["agar"], ["supaya"])
        and not any(h.end <= m.start() and not doc.text[h.end : m.start()].strip() for h in before)
    ):
        inside = [h for h in before if h.start > m.start()]
        if inside:
            return inside[0].code
    for h in reversed(before):  # "..., Kyiv rules out ceding land": the subject right before
        if h.end <= m.start():
            gap = doc.text[h.end : m.start()]
            opens = doc.text[s : h.start].rstrip()
            if not gap.strip() and (not opens or opens.endswith((",", ";", ":"))):
                return h.code
            break
    for h in reversed(before):  # "Kyiv menegaskan bahwa ..." names the holder
        if h.end <= m.start() and _free(doc, t, h):
            between = doc.text[h.end : m.start()]
            # "... dan menyatakan Rusia tidak akan menerima ...": the subject right after a
            # verb of saying, right before the phrase
            if (
                not between.strip()
                and not _FORCE.match(m.group())
                and t.speech.fullmatch(doc.previous_key(h.start) or "")
            ):
                return h.code
            speech = t.speech.match(between.lstrip(" ,"))
            if speech is None:
                found = t.speech.search(between)
                if found and len(between[: found.start()].split()) <= 5:
                    return h.code
            else:
                return h.code
    force = _FORCE.match(m.group())
    for h in reversed(before):
        if h.start < m.start() and _free(doc, t, h):
            if force and not doc.text[h.end : m.start()].strip():
                continue  # "French soldiers would be targets": the force's state
            return h.code
    for h in before:
        # "Bagi Ukraina, perbatasan tidak boleh diubah": the view is the fronted party's
        if (
            h.start < m.start()
            and doc.previous_key(h.start) in _FRONTED
            and len(doc.text[s : h.start].split()) <= 2
            and doc.text.startswith(",", h.end)
        ):
            return h.code
    return None


#: a pronoun opening a clause stands for the person last named: "Ia juga menawarkan ..."
_PRONOUN = re.compile(r"(?i:\s*(?:ia|dia|beliau|he|she)\b)")
#: the speaker's own view announced: "Our position is clear: ...", "Sikap kami jelas: ..."
_OURS = re.compile(
    r"(?i:\s*(?:(?:our|my) (?:position|view|stance|principle|answer|message)|(?:sikap|posisi"
    r"|pendirian|pandangan|pesan|jawaban) (?:kami|saya))\b[^.:;]{0,40}:)"
)
#: "we" opening a clause (after a conjunction or "for our part") is the speaker's state
_WE = re.compile(
    r"(?i:\s*(?:(?:tetapi|namun|dan|but|and|so|yet|for our part|bagi kami|kami sendiri),?\s+)?"
    r"(?:we|kami|kita)\b)"
)
#: a transcript's speaker label opening a line: "HEALEY: ...", "VASYL HAMIANIN: ..."
_LABEL = re.compile(r"^([A-ZÀ-Þ][A-ZÀ-Þ'’ .-]{1,40}):", re.M)
#: the speaker named after what is said: "..., tegas Menteri Luar Negeri Thailand."
_SAID_BY = re.compile(r"(?i:[,\"”]\s*(?:kata|ujar|tegas|ucap|jelas|said|says|wrote|added)\s)")
#: a document as subject speaks for whoever adopted it: "Dokumen itu menegaskan ..."
_DOCUMENT = re.compile(
    r"(?i:\s*(?:the |this |that |its )?(?:joint )?(?:dokumen|komunike|deklarasi|pernyataan"
    r"|communiqu[eé]|statement|declaration|document|resolution|resolusi)\b)"
)
_DOCUMENT_WORD = re.compile(
    r"(?i:\b(?:dokumen|komunike|deklarasi|pernyataan|communiqu[eé]|statement|declaration"
    r"|document|resolution|resolusi)\b)"
)


def _speaker(doc: Doc, s: int, people: Index[Mention]) -> str | None:
    """The party of the person whose transcript label opens the line holding `s`."""
    line = doc.text.rfind("\n", 0, s) + 1
    label = _LABEL.match(doc.text, line)
    if label is None:
        return None
    surname = label.group(1).split()[-1].casefold()
    for p in reversed(people.within(0, s)):
        if doc.text[p.start : p.end].casefold().split()[-1] == surname:
            return p.code
    # a speaker whose state the text does not give speaks with the one he just quoted:
    # "Presiden Zelensky sudah menegaskan ... Tetapi kami siap berunding"
    return _person_before(s, people)


def _author(doc: Doc, s: int, people: Index[Mention], holders: Index[Mention]) -> str | None:
    """Whose view "our position" is: the labelled speaker, else the first person the text
    names (a speech's or a statement's author, named in its heading), else the state its
    first line names ("Naskah Pidato Menteri Luar Negeri Finlandia, ...")."""
    named = people.within(0, s)
    if named:
        return _speaker(doc, s, people) or named[0].code
    end = doc.text.find("\n")
    heading = holders.within(0, end if end >= 0 else len(doc.text))
    return heading[0].code if heading else None


#: the most words between a verb of saying and the party of its speaker: "ujar juru bicara
#: Kementerian Luar Negeri Tiongkok"
_SAID_BY_WORDS = 6


def _said_by(doc: Doc, t: _Tables, m: re.Match[str], holders: Index[Mention]) -> str | None:
    """The party or person named right after a verb of saying that follows the phrase."""
    _, e = doc.sentence_at(m.start())
    said = _SAID_BY.search(doc.text, m.end(), e)
    if said is None:
        return None
    after = [h for h in holders.within(said.end(), e) if _free(doc, t, h)]
    if after and len(doc.text[said.end() : after[0].start].split()) <= _SAID_BY_WORDS:
        return after[0].code
    return None


#: a verb joined to the clause before shares its subject: "Indonesia mendukung ..., serta
#: menghormati ...", "..., and that it does not accept ..."
_JOINED = re.compile(
    r"(?i:,\s*(?:(?:serta|dan|and|but)(?:\s+(?:juga|also))?\s+)?"
    r"(?:(?:that|bahwa)\s+(?:it|ia|pihaknya|they)\s+)?$)"
)


def _subject(doc: Doc, t: _Tables, s: int, m: re.Match[str], holders: Index[Mention]) -> str | None:
    """The holder of a phrase joined to the clause before it: the sentence's first party."""
    window = doc.text[max(s, m.start() - 30) : m.start()]
    if not _JOINED.search(window) or window.rstrip().endswith(","):
        return None  # a bare comma before the phrase joins nothing
    free = [h for h in holders.within(s, m.start()) if _free(doc, t, h)]
    return free[0].code if free else None


#: the ministers or leaders of a meeting as a clause's subject, in a communique's numbered
#: paragraph or a labelled post too: "2. Ministers reaffirmed ...", "Post 5: Ministers
#: called ...", "Para menteri mendesak ...", "Semua menteri yang hadir menegaskan ..."
_COLLECTIVE = re.compile(
    r"(?i:\s*(?:(?:\w+ )?\d+[.):]\s*)?(?:(?:para|semua|seluruh) (?:para )?"
    r"(?:menteri|pemimpin|peserta)|(?:all (?:the )?|every )?(?:the )?(?:foreign |defen[cs]e "
    r"|finance )?(?:ministers|leaders|participants|heads of (?:state|government)))\b"
    r"(?!\s+(?:of|from|dari)\b))"
)


def _collective(doc: Doc, t: _Tables, s: int, holders: Index[Mention]) -> str | None:
    """The party a clause opening with "Ministers" speaks for: whoever adopted the document
    it comes from, else the coalition when the text names it."""
    issuer = _issuer(doc, t, s, holders)
    if issuer:
        return issuer
    return "COTW" if any(h.code == "COTW" for h in holders.within(0, len(doc.text))) else None


def _person_before(s: int, people: Index[Mention]) -> str | None:
    """The party of the person named last before `s` (a pronoun's antecedent)."""
    named = people.within(0, s)
    return named[-1].code if named else None


def _issuer(doc: Doc, t: _Tables, s: int, holders: Index[Mention]) -> str | None:
    """Who adopted the document a sentence opening at `s` speaks of: the party named before a
    document word in an earlier sentence ("Para menteri ... Koalisi mengesahkan dokumen")."""
    for i in range(doc.sentence_index(s) - 1, -1, -1):
        a, b = doc.sentences[i]
        for word in _DOCUMENT_WORD.finditer(doc.text, a, b):
            named = [
                h
                for h in holders.within(a, word.start())
                if doc.previous_key(h.start) not in t.not_holder
            ]
            if named:
                return named[-1].code
    return None


def _previous_subject(
    doc: Doc, t: _Tables, s: int, m: re.Match[str], holders: Index[Mention]
) -> str | None:
    """A principle opening a sentence that names no party ("Perubahan perbatasan ... tidak
    dapat dibenarkan") is held by the party opening the sentence before it."""
    i = doc.sentence_index(s)
    if i == 0 or doc.text[s : m.start()].strip() or holders.within(*doc.sentences[i]):
        return None
    a, b = doc.sentences[i - 1]
    named = holders.within(a, b)
    if not named or doc.previous_key(named[0].start) in t.not_holder:
        return None
    opening = doc.text[a : named[0].start].split()
    return named[0].code if len(opening) <= 1 else None


#: a sentence labelled a myth or a false claim states what the text refutes
_MYTH = re.compile(r"(?i:\s*(?:myths?|mitos|hoaks|hoax|false|keliru)(?: \d+| #\d+)?\s*:)")


#: issues whose context words must be in the position's own clause, not only its sentence
_CLAUSE_CONTEXT = frozenset({"foreign-troops"})


#: words pointing back at what the sentence before named: "any such force", "pasukan itu"
_BACK = frozenset({"such", "this", "that", "these", "those", "tersebut", "itu", "semacam"})


def _points_back(doc: Doc, s: int, needed: frozenset[str]) -> bool:
    """A sentence saying "such" takes its context from the sentence before it."""
    i = doc.sentence_index(s)
    return (
        i > 0
        and not doc.sentence_keys[i].isdisjoint(_BACK)
        and not doc.sentence_keys[i - 1].isdisjoint(needed)
    )


def _about(doc: Doc, a: int, b: int, needed: frozenset[str], parties: Index[Mention]) -> bool:
    """Whether a sentence of [a, b) holds a context word, or points back at one that does."""
    for i in range(doc.sentence_index(a), doc.sentence_index(max(a, b - 1)) + 1):
        start = doc.sentences[i][0]
        if (
            not doc.sentence_keys[i].isdisjoint(needed)
            or _points_back(doc, start, needed)
            or follows(doc, start, needed, parties)
            or definite(doc, start, needed)
        ):
            return True
    return False


def _keys(doc: Doc, clause: int, m: re.Match[str]) -> set[str]:
    """The words of the clause holding the match, up to the next clause or sentence end."""
    _, e = doc.sentence_at(m.start())
    nxt = _CLAUSE.search(doc.text, m.end(), e)
    return set(_WORD.findall(doc.text[clause : nxt.start() if nxt else e].casefold()))


_WORD = re.compile(r"\w+")


#: a list of holders opened by these is a pair spoken of, not holders: "between Russia and Ukraine"
_BETWEEN = frozenset({"antara", "between", "with", "dengan"})


_COMMA = re.compile(r"\s*,\s*")


def _joined(
    doc: Doc, t: _Tables, s: int, m: re.Match[str], holders: Index[Mention], party: str
) -> list[str]:
    """The holder and the states listed with it as one subject: "Hungary and Slovakia
    oppose ...", "Hungaria, Slowakia dan Austria menolak ..."."""
    before = [h for h in holders.within(s, m.start()) if h.end <= m.start()]
    at = next((n for n in range(len(before) - 1, -1, -1) if before[n].code == party), None)
    if at is None:
        return [party]
    k = at
    while k > 0 and _free(doc, t, before[k - 1]):
        gap = doc.text[before[k - 1].end : before[k].start]
        # "A, dan B mendesak": two clauses; "A, B, and C" is one list
        if not COORDINATED.fullmatch(owned(gap)) or (
            "," in gap
            and gap.strip(" ,")
            and not (k >= 2 and _COMMA.fullmatch(doc.text[before[k - 2].end : before[k - 1].start]))
        ):
            break
        k -= 1
    # "Menurut Tkach, Rusia menuntut ...": the source reports, the subject holds
    k = first_holder(doc, before, k, at, s)
    if k == at or doc.previous_key(before[k].start) in _BETWEEN:
        return [party]
    return list(dict.fromkeys([*(h.code for h in before[k:at]), party]))


def find(doc: Doc, parties: list[Mention], speakers: list[Mention]) -> list[Item]:
    """Position items: {party, issue, stance, as_of}; people speak for their party."""
    t = _tables()
    holders = Index(parties + speakers)
    people = Index(speakers)
    states = Index(parties)
    out: list[Item] = []
    seen: set[tuple[int, int]] = set()
    quoted = fragments(doc.text)
    for rule in t.stances:
        issue = rule.issue
        spans = rule.spans(doc)
        needed = t.context[issue]
        if needed:  # only sentences about Ukraine (or pointing back at one) are searched
            spans = [(a, b) for a, b in spans if _about(doc, a, b, needed, states)]
        for m in (m for s, e in spans for m in rule.finditer(doc.text, s, e, quoted)):
            stance = str(m.lastgroup)
            s, e = doc.sentence_at(m.start())
            if doc.asks(s, e):
                continue  # a question asks, it holds no view
            if _MYTH.match(doc.text, s):
                continue  # "MYTH 4: Ukraine does not want foreign troops" is refuted after it
            needed = t.context[issue]
            carried = False
            if needed and doc.sentence_keys[doc.sentence_index(s)].isdisjoint(needed):
                # "any such force": the troops of the sentence before, if it is about Ukraine
                carried = _points_back(doc, s, needed) or follows(doc, s, needed, states)
                carried = carried or (issue in _CLAUSE_CONTEXT and definite(doc, s, needed))
                if not carried:
                    continue
            clause = _clause_start(doc, s, m.start())
            if (
                needed
                and not carried
                and issue in _CLAUSE_CONTEXT
                and _keys(doc, clause, m).isdisjoint(needed)
                and not labelled(doc, s, m.start(), holders)  # "- Ukraine: ...; asks the force"
                and not names_by_pronoun(m)  # "...; Moscow wants them gone"
            ):
                continue  # "siap mengirim pasukan, tetapi Polandia ... di Ukraina"
            party = _author(doc, s, people, holders) if _OURS.match(doc.text, s) else None
            party = party or agent(doc, m, holders) or labelled(doc, s, m.start(), holders)
            party = party or _subject(doc, t, s, m, holders)
            if party is None and _DOCUMENT.match(doc.text, clause):
                party = _issuer(doc, t, s, holders)
            if party is None and _COLLECTIVE.match(doc.text, clause):
                party = _collective(doc, t, s, holders)
            if not _FORCE.match(m.group()):  # "that British soldiers would be ..."
                party = party or reported(doc, clause, m, holders)
            party = party or _holder(doc, t, clause, m, holders)
            party = party or _holder(doc, t, s, m, holders)
            if party is None and _PRONOUN.match(doc.text, clause):
                party = _person_before(clause, people)
            party = party or opening_holder(doc, clause, m, holders)  # "Menurut dia, Kyiv ..."
            if party is None:
                party = antecedents.holder(
                    doc, clause, m, people, states, t.speech, lambda h: _free(doc, t, h, True)
                )
            if party is None and _WE.match(doc.text, clause):
                party = _speaker(doc, s, people)
            party = party or _said_by(doc, t, m, holders)
            party = party or holder_after(doc, m, holders)
            # "Ukraine badly needs a force, its minister said": the phrase opens with its holder
            party = party or next((h.code for h in holders.within(m.start(), m.start() + 1)), None)
            both = pairs.both(doc, s, clause, people, holders, lambda h: _free(doc, t, h))
            compared = pairs.led(doc, clause, m, holders) if both else None
            if compared is not None:  # "Keduanya, seperti Indonesia, mendukung ...": the group's
                party, both = None, list(dict.fromkeys([*both, *compared]))
            elif party is not None:
                both = []
            if party is None and not both:
                party = _previous_subject(doc, t, s, m, holders)
            if party is None and not both:
                continue
            if party and antecedents.advised(doc, m, party, holders, people):
                continue  # a state told what it should do by someone else holds no view
            if m.span() in seen:
                continue
            seen.add(m.span())
            codes = _joined(doc, t, s, m, holders, party) if party else both
            for code in codes:
                held = stance
                if stance == "keep":
                    held = "support" if code in t.occupiers[issue] else "oppose"
                out.append(position(code, issue, held, doc.published, m.start(), m.end(), 0.65))
    out += restated(doc, out, states, lambda h: _free(doc, t, h))
    out += refused(doc, out, lambda s, m: _refuser(doc, t, s, m, holders), t.occupiers["territory"])
    out += position_land.read(
        doc, out, holders, lambda h: _free(doc, t, h), t.occupiers["territory"]
    )
    out = position_talks.read(doc, out, holders, lambda h: _free(doc, t, h))
    out = position_frames.opposed(doc, out, holders, lambda h: _free(doc, t, h))
    out = position_welcome.read(doc, out, holders, lambda h: _free(doc, t, h))
    return position_labels.read(doc, out, holders, lambda h: _free(doc, t, h))


def _refuser(doc: Doc, t: _Tables, s: int, m: re.Match[str], holders: Index[Mention]) -> str | None:
    """Who refuses a demand by reference: the clause's holder, else its speaker."""
    return _holder(doc, t, s, m, holders) or _said_by(doc, t, m, holders)
