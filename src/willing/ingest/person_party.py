"""Which state a person named with a role but without a country acts for: a state named
before the person in the sentence, the state that opens what the person says ("Defence
Minister X said Canada would ..."), the capital that sets the scene ("In Beijing, a foreign
ministry spokesman, X, said"), or, for a minister, the capital of the dateline."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from willing.ingest import dateline
from willing.ingest.document import Doc
from willing.ingest.issuing_office import issuing_state
from willing.ingest.parties import Mention, code_of, is_state
from willing.ingest.parties import gazetteer as party_names
from willing.ingest.previous_state import previous_state
from willing.ingest.section_states import entry_state, section_state

#: words before a party that make it a place or a recipient, not whom a person acts for
PLACE_WORDS = frozenset(
    {"di", "ke", "dari", "untuk", "bagi", "kepada", "in", "to", "from", "for", "into", "at"}
    | {"on", "of", "with", "dengan", "atas", "against", "terhadap"}
)
_NOT_SUBJECTS = frozenset({"COTW", "UN"})
#: "of [the]" right after the name, before the state the person serves
_OF_STATE = re.compile(r" of (?:the )?(?=[A-Z])")
#: a state in brackets right after the name
_BRACKETED = re.compile(r"[ \t]*\(([^()\n]{2,40})\)")

#: what may stand between a person and the state that opens what the person says:
#: "..., said Canada", "menegaskan bahwa Indonesia", "told reporters that Japan"
_SAYS = re.compile(
    r"(?i:(?:,\s+(?:who|which|yang)\s[^,.;\"“”]{1,80},)?"  # "X, who also attended, said"
    r",?\s+(?:(?:also|juga|then|later|kemudian)\s+)?"
    r"(?:(?:has|had|have|will|would|telah|sudah)\s+)?(?:(?:also|juga)\s+)?"
    r"(?:said|says|told(?:\s+(?:the\s+)?\w+){1,2}|stressed|added|confirmed|announced"
    r"|repeated|reiterated|mengulangi"
    r"|insisted|warned|explained|assured(?:\s+(?:the\s+)?\w+){1,2}|noted|replied"
    r"|mengatakan|menegaskan|menyatakan|menambahkan|menjelaskan|mengungkapkan|berkata"
    r"|memastikan|mengumumkan|menekankan|menjawab|menyampaikan|mengingatkan"
    r"|(?:memberi\s+tahu|memberitahu)(?:\s+\w+){1,2})"
    # a day or a month between the verb and what is said: "repeated in January that"
    r"(?:\s+(?:on|in|last|pada|on\s+the)\s+[A-Z]\w+)?"
    r"(?:\s+(?:that|bahwa))?\s+(?:the\s+)?\Z)"
)

#: another person set off between a state and the person, then "and": "Menteri Pertahanan
#: Rumania, Ion Popescu, dan Menteri Pertahanan X" (Romania is Popescu's, not X's)
_ANOTHER = re.compile(r",[ \t]+[A-Z][^,;.]{2,40},[ \t]+(?:dan|and|serta)[ \t]")

#: a capital opening its sentence as the scene: "In Beijing, ...", "Di Moskow, ..."
_SCENE = re.compile(r"\s*(?:In|Di)\s+(?=[A-Z])")


def with_states(doc: Doc, found: list[Any], parties: list[Mention]) -> list[Any]:
    """The people named with a role and no state (no known figure), each given the state
    it acts for, as far as the words around, the text's other namings of the role, the
    press it is written in or the state it is about tell it."""
    from willing.ingest.people import known  # people imports this module

    body = body_end(doc)
    home = home_state(doc, body)

    # a state inside another person's naming is that person's ("Menlu Hungaria X akan
    # bertemu Menteri Pertahanan Y": Hungary is X's, not Y's)
    def untold(m: Any) -> bool:
        return m.role is not None and m.party is None and known().get(m.name) is None

    if not any(untold(m) for m in found):
        return found
    owned = [(m.start, m.end) for m in found if m.party is not None]
    free = [p for p in parties if not any(a <= p.start < b for a, b in owned)]
    # a full name the text gives with its state once is of that state where it is named
    # without one ("Menlu X: ..." over "Menteri Luar Negeri RI, X, menerima kami")
    told = {m.name: m.party for m in found if m.party is not None and " " in m.name}
    out = [
        replace(
            m,
            party=told.get(m.name)
            or acting_for(doc, m.role.title, m.start, m.end, free, home, body),
        )
        if untold(m)
        else m
        for m in found
    ]
    about = text_state("", parties)  # counted once, whoever needs it
    # a paper a state's office issues: its untold office-holders are that state's
    issuer = issuing_state(doc, parties, body)
    # an office a named person of a state holds in this text is that person's when the
    # text names it again without a name ("menteri luar negeri Ukraina ke Indonesia")
    held = {(m.role.title, m.party) for m in out if m.role is not None and m.party is not None}
    return [
        replace(
            m,
            party=_unheld(role_with_state(doc, m.role.title, parties), m.role.title, held)
            or press_state(doc, m)
            or previous_state(doc, m, parties)
            or (issuer if m.role.title not in _POSTED else None)
            or (about if m.role.title not in _POSTED else None),
        )
        if m.role is not None and m.party is None and known().get(m.name) is None
        else m
        for m in out
    ]


def _unheld(code: str | None, title: str, held: set[tuple[str, str]]) -> str | None:
    """The state, unless another named person of it holds the office in the text."""
    return None if code is None or (title, code) in held else code


#: the first line of running text (lower-case words, ending its sentence): a dateline opens
#: it or comes before it
_BODY_LINE = re.compile(r"(?m:^(?=[^\n]*[a-z])[^\n]{40,}[.!?\"”][ \t]*$)")


def body_end(doc: Doc) -> int:
    """Where the text's first line of running text ends (its end when it has none)."""
    body = _BODY_LINE.search(doc.text)
    return body.end() if body is not None else len(doc.text)


def home_state(doc: Doc, body: int | None = None) -> str | None:
    """The state whose capital heads the article ("OTTAWA, Oct 20 (wire) -"), if any; a
    capital heading a later item of a roundup ("MOSCOW WARNS - Page 6"), after the first
    line of running text (`body`, as `body_end` gives it), is that item's headline, not the
    article's dateline."""
    limit = body_end(doc) if body is None else body
    for a, _ in dateline.spans(doc):
        if a >= limit:
            break
        m = party_names().match_at(doc, doc.token_at(a))
        if m is not None and m.value.metonym and is_state(m.value.code):
            return m.value.code
    return None


#: offices held abroad or for a body: the state a text is about is not theirs
_POSTED = frozenset(
    {"Ambassador", "Representative", "Special Envoy", "Secretary General", "Leader"}
    | {"Supreme Allied Commander"}
)
#: the sides of the war every text names: the state a text is about is another one
_SIDES = frozenset({"UKR", "RUS", "USA"})


def text_state(title: str, parties: list[Mention]) -> str | None:
    """The state a text is about, for an office-holder it names with no state anywhere
    ("The Minister of National Defence, X, told the Committee" in a report on Canada's
    force): the state it names most often (twice at least), ahead of every other, leaving
    out the sides of the war that every text names. An office held abroad or for a body
    takes none."""
    if title in _POSTED:
        return None
    counts: dict[str, int] = {}
    for p in parties:
        if is_state(p.code) and p.code not in _SIDES:
            counts[p.code] = counts.get(p.code, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    # named once, a state is a clause's ("..., while Slovakia waits"), not the text's
    if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=counts.__getitem__)


def acting_for(
    doc: Doc,
    title: str,
    start: int,
    end: int,
    parties: list[Mention],
    home: str | None,
    body: int | None = None,
) -> str | None:
    """The state a person named at [start, end) with a role `title` and no country acts for;
    `body` is where the text's first line of running text ends (see `section_state`)."""
    bracket = _BRACKETED.match(doc.text, end)
    if bracket is not None:  # "Foreign Minister Radosław Sikorski (Poland)"
        code = code_of(bracket.group(1).strip())
        if code is not None and code not in _NOT_SUBJECTS:
            return code
    after = _OF_STATE.match(doc.text, end)
    if after is not None:  # "King Harald V of Norway"
        for p in parties:
            if p.start == after.end() and p.code not in _NOT_SUBJECTS:
                return p.code
    listed = entry_state(doc, end, parties)
    if listed is not None:  # "4. X, spokesperson, Ministry of Defence, Rome"
        return listed
    s, e = doc.sentence_at(start)
    for p in parties:
        if p.start >= start:
            break
        if p.start < s or p.code in _NOT_SUBJECTS:
            continue
        if doc.previous_key(p.start) not in PLACE_WORDS and not _ANOTHER.search(
            doc.text, p.end, start
        ):
            return p.code  # "Spain will train ..., Defence Minister Margarita Robles said"
    scene = _SCENE.match(doc.text, s, start)
    if scene:  # "In Beijing, a foreign ministry spokesman, Lin Jian, said"
        m = party_names().match_at(doc, doc.token_at(scene.end()))
        if m is not None and m.value.metonym and doc.text.startswith(",", m.end):
            return m.value.code
    if body is not None and (section := section_state(doc, start, body)) is not None:
        return section  # "BEIJING - Foreign ministry spokeswoman X urged", "GERMANY\n* ..."
    if home and "Minister" in title:
        # a minister named without a country in wire copy filed from a capital is that
        # state's ("OTTAWA ... Foreign Minister Anita Anand said")
        return home
    for p in parties:  # "Defence Minister X said Canada would ...": the speaker's state
        if p.start >= end and p.end <= e and p.code not in _NOT_SUBJECTS:
            if _SAYS.fullmatch(doc.text, end, p.start):
                return p.code
            break
    return pointed_state(doc, start, end, parties)


#: a possessive pointing back at a state: "Its foreign minister", "his country",
#: "menteri luar negerinya", "negaranya"
_ITS = re.compile(r"(?:\b(?:[Ii]ts|[Tt]heir)\s+)\Z")
_HIS_COUNTRY = re.compile(
    r"(?i:[^.;]{0,40}?\b(?:his|her|their)\s+(?:own\s+)?(?:country|government|nation)\b"
    r"|[^.;]{0,40}?\b(?:negaranya|pemerintahnya|negara\s+mereka)\b)"
)


#: a role with the Indonesian possessive: "Menteri luar negerinya, X" (its foreign minister)
_OWNED = re.compile(r"(?i:[\w ]*?\wnya\b)")


def pointed_state(doc: Doc, start: int, end: int, parties: list[Mention]) -> str | None:
    """The one state the sentence before names, when the person's role points back at it
    ("Hungary did not join. Its foreign minister, X, ...") or the person speaks of "his
    country" ("Slovakia. Prime Minister X said his country would never ...")."""
    if not (
        _ITS.search(doc.text, max(0, start - 8), start)
        or _HIS_COUNTRY.match(doc.text, end)
        or _OWNED.match(doc.text, start, min(end, start + 30))
    ):
        return None
    n = doc.sentence_index(start)
    if n == 0:
        return None
    s, e = doc.sentences[n - 1]
    codes = {
        p.code
        for p in parties
        if s <= p.start < e
        and p.code not in _NOT_SUBJECTS
        and doc.previous_key(p.start) not in PLACE_WORDS
    }
    return codes.pop() if len(codes) == 1 else None


def role_with_state(doc: Doc, title: str, parties: list[Mention]) -> str | None:
    """The one state the text gives the role `title` elsewhere without a name ("Canada's
    defence minister on the frigate", "Menteri Luar Negeri Belanda berbicara"): a person
    later named with that role alone acts for it."""
    from willing.ingest.people import roles  # people imports this module

    by_last = {p.last: p for p in parties}
    by_first = {p.first: p for p in parties}
    found = set()
    for m in roles().everywhere(doc):
        if m.value.title != title:
            continue
        before = by_last.get(m.first - 1)
        after = by_first.get(m.last + 1)
        if _named(doc, after.last if after is not None and doc.gap(m.last) == " " else m.last):
            continue  # "Canada's prime minister, Mark Carney": a named one is his own
        if before is not None and re.fullmatch(r"['’]s[ \t]+", doc.gap(before.last)):
            found.add(before.code)  # "Canada's defence minister"
        if after is not None and doc.gap(m.last) == " ":
            found.add(after.code)  # "Menteri Luar Negeri Belanda"
    found -= _NOT_SUBJECTS
    return found.pop() if len(found) == 1 else None


def _named(doc: Doc, last: int) -> bool:
    """A capitalised word that is no state follows token `last` (after a blank or a
    comma): the role there is given with a name."""
    k = last + 1
    return (
        k < len(doc)
        and doc.gap(last) in (" ", ", ")
        and doc.words[k][:1].isupper()
        and party_names().match_at(doc, k) is None
    )


#: the titles that, untold, are the government's own in the Indonesian press
_OWN_TITLES = frozenset({"Foreign Minister", "Defence Minister", "Minister", "Spokesperson"})


def _own(title: str) -> bool:
    """A title the Indonesian government holds: a minister's, a deputy's ("Deputy Defence
    Minister"), a spokesperson's; not a prime minister's (Indonesia has none)."""
    return title in _OWN_TITLES or ("Minister" in title and title != "Prime Minister")


def press_state(doc: Doc, person: Any) -> str | None:
    """Indonesia, for a minister or a spokesperson named in the Indonesian press with no
    state anywhere ("Menteri Luar Negeri X dalam pertemuan ..."): the government's own."""
    role = person.role
    if doc.language == "id" and role is not None and _own(role.title):
        return "IDN"
    return None
