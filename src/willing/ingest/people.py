"""People named with a role and a country ("Presiden Prancis Emmanuel Macron",
"Prime Minister Keir Starmer", "Utusan Khusus Presiden AS Donald Trump, Steve Witkoff")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from willing.ingest import role_tail, rules
from willing.ingest.apposed_people import apposed
from willing.ingest.body_offices import of_bodies
from willing.ingest.capacity_people import capacities
from willing.ingest.counterparts import counterparts
from willing.ingest.credits import credits
from willing.ingest.document import Doc
from willing.ingest.everyday_people import everyday
from willing.ingest.faction_members import members
from willing.ingest.gazetteer import Gazetteer
from willing.ingest.given_names import a_things_name, named, of_names_states
from willing.ingest.honorifics import addressed_from, after_honorific
from willing.ingest.items import Item
from willing.ingest.known_offices import office_named
from willing.ingest.labelled_people import labelled
from willing.ingest.meeting_ministers import meeting_ministers
from willing.ingest.name_titles import untitled
from willing.ingest.national_people import national, stated_nationality
from willing.ingest.next_role import next_role
from willing.ingest.parties import Mention
from willing.ingest.parties import gazetteer as party_names
from willing.ingest.people_lines import (
    alone,
    headline_paragraphs,
    listed,
    own_line,
    set_off,
    speaker_label,
)
from willing.ingest.person_party import with_states
from willing.ingest.portfolios import portfolio_end
from willing.ingest.ranked_people import after_rank, ranked, ranked_free
from willing.ingest.relatives import relatives
from willing.ingest.roster_people import rostered
from willing.ingest.signed_bodies import signed_for_bodies
from willing.ingest.signed_offices import signed_offices
from willing.ingest.state_codes import coded
from willing.ingest.titled_people import titled

_PARTICLES = frozenset(
    {"von", "der", "van", "de", "den", "la", "le", "bin", "al", "el", "da", "di"}
)
_AND = frozenset({"and", "dan"})
_ARTICLES = frozenset({"the", "a", "an"})


@dataclass(frozen=True)
class Role:
    title: str
    level: str
    rank: int
    of_person: bool
    party: str | None


@dataclass(frozen=True)
class Known:
    name: str
    party: str | None
    office: str | None = None


@dataclass(frozen=True)
class PersonMention:
    """One naming of a person; `first`..`last` are the tokens of the name itself."""

    name: str
    role: Role | None
    party: str | None
    start: int
    end: int
    first: int
    last: int


@cache
def roles() -> Gazetteer[Role]:
    gaz: Gazetteer[Role] = Gazetteer()
    for entry in rules.load("roles")["roles"]:
        role = Role(
            str(entry["title"]),
            str(entry["level"]),
            int(entry["rank"]),
            bool(entry.get("of_person")),
            entry.get("party"),
        )
        names = [str(n) for n in entry["names"]]  # and in lower case: "utusan khusus AS"
        for name in [*names, *(n.lower() for n in names if " " in n)]:
            gaz.add(name, role)
    return gaz


@cache
def known() -> Gazetteer[Known]:
    """Public figures from the rule data, by full name, alias and surname."""
    gaz: Gazetteer[Known] = Gazetteer()
    surnames: list[tuple[str, Known]] = []
    for entry in rules.load("people")["people"]:
        person = Known(str(entry["name"]), entry.get("party"), entry.get("office"))
        for name in [person.name, *entry.get("aliases", [])]:
            gaz.add(str(name), person)
        surname = entry.get("surname", person.name.split()[-1])
        if surname:  # family name first ("Xi Jinping"), or none to name alone ("Frederik X")
            surnames.append((str(surname), person))
    for surname, person in surnames:
        if surname not in gaz:
            gaz.add(surname, person)
    return gaz


@cache
def _not_names() -> frozenset[str]:
    return frozenset(w.casefold() for w in rules.words("roles", "not_names"))


#: a regnal number after a given name
_REGNAL = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")

#: capitalised words of the not-names list that are names in English text ("Nicusor Dan")
_ENGLISH_NAMES = frozenset({"Dan"})


def name_tokens(doc: Doc, i: int, stop: int) -> int:
    """Index of the last token of a personal name starting at token i, or i - 1 if none."""
    not_names = _not_names()
    # read once: the loop runs at every capitalised word after a role
    words, keys, gap = doc.words, doc.keys, doc.gap
    role_at, party_at, known_at = roles().match_at, party_names().match_at, known().match_at
    english = doc.language == "en"
    end = min(stop, i + 5)
    last = i - 1
    j = i
    while j < end:
        word = words[j]
        before = gap(j - 1) if j > i else ""
        if j > i and before not in (" ", "-"):
            initial = len(words[j - 1]) == 1 and words[j - 1].isupper()
            if not (initial and before == ". "):
                break  # a middle initial goes on: "Tore O. Sandvik"
        capital = word[:1].isupper() and not word.isupper() or (len(word) > 1 and word[1:2] == ".")
        middle = len(word) == 1 and word.isupper() and gap(j) == ". "
        particle = j > i and keys[j] in _PARTICLES
        # "Dan" is Indonesian "and", but in English text a name may end with it
        english_name = j > i and english and word in _ENGLISH_NAMES
        if j > i and _REGNAL.fullmatch(word) and last == j - 1:
            last = j  # a monarch's number: "King Frederik X", "Charles III"
            j += 1
            continue
        if (keys[j] in not_names and not english_name) or role_at(doc, j) is not None:
            break
        if middle and j + 1 < end:
            j += 1  # an initial before a name: "Tore O. Sandvik", "S. Jaishankar"
            continue
        if party_at(doc, j) is not None and known_at(doc, j) is None and not _surname(doc, i, j):
            break
        # the lower-case part of a hyphenated name: "Lee Jae-myung"
        hyphened = j > i and before == "-" and word[:1].islower()
        if capital or hyphened:
            last = j
        elif not particle:
            break
        j += 1
    return last


def _surname(doc: Doc, i: int, j: int) -> bool:
    """A one-word state name as the surname after a given name, ending the name: "Luís
    Montenegro said", not "Emmanuel Macron France" (a capital follows) nor a name of its own."""
    nxt = j + 1
    return (
        j == i + 1
        and party_names().match_at(doc, i) is None
        and (party := party_names().match_at(doc, j)) is not None
        and party.last == j
        and not doc.words[j].isupper()
        and (nxt >= len(doc.words) or not doc.words[nxt][:1].isupper() or doc.gap(j) != " ")
    )


def find(doc: Doc, parties: list[Mention]) -> list[PersonMention]:
    """Every role-and-name phrase, plus known full names met without a role."""
    by_first = {m.first: m for m in parties}
    by_last = {m.last: m for m in parties}
    out: list[PersonMention] = []
    covered: set[int] = set()
    headlines = headline_paragraphs(doc)
    firsts = roles().first_words
    nxt = 0
    for i in doc.tokens_in(firsts):  # the tokens a role's name starts with
        if i < nxt:
            continue
        headline = doc.paragraph_index(doc.starts[i]) in headlines
        found = _role_phrase(doc, i, by_first, by_last)
        if not found:
            continue
        mentions, nxt = found
        if headline:
            # capitals in a headline are no names, but one set off by commas is: "Pidato
            # Menteri Luar Negeri Finlandia, Elina Valtonen, pada Forum ..."; nor is a list
            # entry's attribution, "- X, Defence Minister of Y" (see `listed`)
            mentions = [
                m
                for m in mentions
                if set_off(doc, (a := addressed_from(doc, m.first)), m.last)
                or listed(doc, a, m.last)
            ]
        for mention in mentions:
            out.append(mention)
            covered.update(range(mention.first, mention.last + 1))
    out += signed_offices(doc, parties, covered)  # "Menteri Luar Negeri,\nX"
    out += meeting_ministers(doc, parties, covered)  # "Japan's minister, X" at a meeting
    held = [(m.start, m.end) for m in out]
    offices: dict[Known, Role | None] = {}
    for m in known().everywhere(doc):
        # a surname alone stands for the known person when no other capital joins it
        # ("0831 FLASH - Zelenskyy arrives"), not inside another name ("Costa Rica")
        if m.first not in covered and (m.last > m.first or alone(doc, m.first, _not_names())):
            role = next_role(doc, m.end, m.value.party)
            if role is None:  # looked up once per figure: a text may name one many times
                if m.value not in offices:
                    offices[m.value] = office_named(doc, m.value, parties, held)
                role = offices[m.value]
            out.append(
                PersonMention(m.value.name, role, m.value.party, m.start, m.end, m.first, m.last)
            )
            covered.update(range(m.first, m.last + 1))
    out.extend(relatives(doc, out, covered))
    officers = [*ranked(doc), *ranked_free(doc, parties), *members(doc), *capacities(doc, parties)]
    officers += titled(doc, parties) + (told := national(doc, parties)) + credits(doc, parties)
    officers += labelled(doc, parties) + apposed(doc, parties) + everyday(doc, parties)
    officers += named(doc, parties)  # a known given name, wherever it stands
    officers += rostered(doc, officers, parties)  # listed beside one on a label's line
    officers = stated_nationality(officers, told)  # said once, of every mention
    officers = coded(doc, officers)  # "Mr X (CZE)": the state tagged after the name
    for name, code, start, end in of_names_states(doc, officers, parties):
        first, last = doc.token_at(start), doc.token_at(end) - 1
        if not covered.intersection(range(first, last + 1)) and not a_things_name(name):
            out.append(PersonMention(name, None, code, start, end, first, last))
            covered.update(range(first, last + 1))
    out = of_bodies(doc, with_states(doc, out, parties), parties)  # "the Association's ..."
    out = signed_for_bodies(doc, out, parties)  # "X, President" signing for a union
    return sorted(counterparts(doc, out), key=lambda p: p.start)


def surname_speakers(doc: Doc) -> list[Mention]:
    """Known people named by surname alone ("Menurut Macron"): they speak for their party."""
    out = []
    for m in known().everywhere(doc):
        if m.first == m.last and m.value.party:
            out.append(Mention(m.value.party, m.start, m.end, m.first, m.last, 0.6))
    return out


def named_speakers(doc: Doc, found: list[PersonMention]) -> list[Mention]:
    """People of this text named again by surname alone ("Zakharova juga menegaskan ..."),
    once their full name was given with a party: they speak for it."""
    surnames = {m.name.split()[-1].casefold(): m.party for m in found if m.party and " " in m.name}
    taken = {i for m in found for i in range(m.first, m.last + 1)}
    out = []
    for key, party in surnames.items():
        for i in doc.positions.get(key, []):
            if i not in taken and party is not None:
                out.append(Mention(party, doc.starts[i], doc.ends[i], i, i, 0.6))
    return out


def _role_phrase(
    doc: Doc, i: int, parties: dict[int, Mention], ending: dict[int, Mention]
) -> tuple[list[PersonMention], int] | None:
    """Parse 'Role [Party] Name' at token i; a role of a person may wrap another phrase.

    `parties` holds the party mentions by their first token, `ending` by their last.
    """
    match = roles().match_at(doc, i)
    if match is None:
        return None
    role = match.value
    j = match.last + 1
    before = role_tail.party_before(doc, i, ending)
    party = role.party or (before.code if before else None)
    start = before.start if before is not None else doc.starts[i]
    j = portfolio_end(doc, j, role, parties)  # "Minister of Infrastructure, X"
    party, j = role_tail.role_state(doc, i, j, parties, party)  # "Menlu [Republik] X, Y"
    j = role_tail.initialism(doc, j, parties)  # "Menteri BUMN X": the ministry's initials
    for at in role_tail.charge_commas(doc, j, parties):
        # "Ukraine's Ambassador to Austria, X", "special envoy for Eurasian affairs, X":
        # the charge holds no name; the one set off after it is the person's
        named = _names_after(doc, at, comma=True)
        # the name may end the text: "2. Duta Besar X untuk Indonesia, Y" as its last line
        if named and (named[0][1] + 1 >= len(doc) or doc.gap(named[0][1])[:1] in (",", ".", "\n")):
            a, b = named[0]
            name = doc.text[doc.starts[a] : doc.ends[b]]
            return [PersonMention(name, role, party, start, doc.ends[b], a, b)], b + 1
    if (
        j + 1 < len(doc)
        and doc.keys[j] in _REGION_WORDS
        and doc.gap(j - 1) == " "
        and doc.gap(j) == " "
        and doc.words[j + 1][:1].isupper()
        and (doc.gap(j + 1) == ", " or role_tail.state_then_name(doc, j + 1, parties))
    ):
        # "Panglima Tertinggi Sekutu NATO di Eropa, Jenderal ...": the role's region;
        # "Duta Besar Ukraina untuk Indonesia Vasyl Hamianin": the state it is posted to
        j += 2 if doc.gap(j + 1) == ", " else parties[j + 1].last - j + 1
    tail = role_tail.of_state(doc, j, parties) or role_tail.ministry(doc, j, parties)
    if tail is not None:
        # "Juru bicara Kementerian Luar Negeri Rusia, Maria Zakharova": ministry and state
        # are the role's; the name follows a comma, or a blank after a listed ministry or state
        party = party or tail.party
        k = tail.last
        gap = doc.gap(k) if k + 1 < len(doc) else ""
        short = _SHORT_FORM.match(doc.text, doc.ends[k])
        if short is not None:  # "Kemlu Inggris (FCDO), Jane Doe": the office's short form
            k, gap = doc.token_at(short.end()) - 1, ", "
        if gap == ", " or (tail.bounded and gap == " "):
            named = _names_after(doc, k + 1, comma=gap == ", ")
            if named:
                a, b = named[0]
                name = doc.text[doc.starts[a] : doc.ends[b]]
                return [PersonMention(name, role, party, start, doc.ends[b], a, b)], b + 1
        j = k + 1  # the ministry is no name ("By ..., Minister of Defence of X": one before)
    if role.of_person and j < len(doc) and doc.gap(j - 1) == " ":
        inner = _role_phrase(doc, j, parties, ending)
        if inner is not None:
            mentions, nxt = inner
            if mentions and nxt < len(doc) and re.fullmatch(r",\s", doc.gap(nxt - 1)):
                last = name_tokens(doc, nxt, len(doc))
                if last >= nxt:
                    name = doc.text[doc.starts[nxt] : doc.ends[last]]
                    owner = party or mentions[0].party
                    mentions.append(
                        PersonMention(name, role, owner, start, doc.ends[last], nxt, last)
                    )
                    return mentions, last + 1
            return mentions, nxt
    if j < len(doc) and doc.gap(j - 1) == " (":
        # "The Secretary of State for Defence (John Healey):", a parliament's record
        named = _names_after(doc, j, comma=True)
        if len(named) == 1 and doc.gap(named[0][1]).startswith(")"):
            a, b = named[0]
            name = doc.text[doc.starts[a] : doc.ends[b]]
            return [PersonMention(name, role, party, start, doc.ends[b], a, b)], b + 1
    j = role_tail.relative_clause(doc, j) or j  # "X Ukraina yang hadir di Jenewa, Name"
    if j < len(doc) and doc.gap(j - 1) in (" ", ", "):
        named = _names_after(doc, j, comma=doc.gap(j - 1) == ", ")
        if named:
            out = [
                PersonMention(
                    doc.text[doc.starts[a] : doc.ends[b]], role, party, start, doc.ends[b], a, b
                )
                for a, b in named
            ]
            return out, named[-1][1] + 1
    behind = _name_before(doc, before.first if before is not None else i)
    if behind is None:
        return None
    a, b = behind
    name = doc.text[doc.starts[a] : doc.ends[b]]
    return [PersonMention(name, role, party, doc.starts[a], doc.ends[j - 1], a, b)], j


#: a ministry's short form in brackets before the name: "(FCDO), "
_SHORT_FORM = re.compile(r" \([A-Za-z&.\- ]{2,20}\), ")
#: words before a region a role covers ("di Eropa", "in Europe")
_REGION_WORDS = frozenset({"di", "in", "for", "untuk"})


def _names_after(doc: Doc, j: int, comma: bool) -> list[tuple[int, int]]:
    """The name (or names joined by 'and'/'dan') starting at token j.

    After a comma ("Perdana Menteri Inggris, Keir Starmer") a name needs two words or
    must be a known person, so that "Presiden Prancis, Selasa" names nobody.
    """
    # "..., Jenderal Alexus Grynkewich", "Chief of Defence General Eirik Kristoffersen",
    # "..., Brigjen TNI Frega Wenas": a rank is not part of the name
    j = after_rank(doc, after_honorific(doc, j))  # "..., Bapak X": nor a word of address
    last = name_tokens(doc, j, len(doc))
    hit = known().match_at(doc, j)
    if hit is not None:
        last = max(last, hit.last)
    if last < j or (comma and last == j and hit is None):
        return []
    out = [(j, last)]
    k = last + 1
    while k + 1 < len(doc) and doc.keys[k] in _AND and doc.gap(k - 1) == " ":
        end = name_tokens(doc, k + 1, len(doc))
        if end <= k + 1 and known().match_at(doc, k + 1) is None:
            break
        out.append((k + 1, end))
        k = end + 1
    return out


def _name_before(doc: Doc, first: int) -> tuple[int, int] | None:
    """A name set off before a role, "Keir Starmer, Perdana Menteri Inggris": its tokens.

    One word is a name only when the text or the gazetteer gives a full name with it.
    """
    k = first
    if k > 0 and doc.keys[k - 1] in _ARTICLES and doc.gap(k - 1) == " ":
        k -= 1
    # or a signature: the name on its own line right above the office ("X\nMenteri Y")
    signed = k > 0 and doc.gap(k - 1) == "\n"
    if k < 2 or (doc.gap(k - 1) != ", " and not signed):
        return None
    not_names = _not_names()
    last = k - 1
    a = last
    # a transcript's speaker label, "JOHN DOE, DEFENCE MINISTER:", may be in capitals
    label = speaker_label(doc, last)
    while a >= 0 and last - a < 4:
        word = doc.words[a]
        hyphened = a > 0 and doc.gap(a - 1) == "-" and word[:1].islower()
        capitals = word.isupper() and not label
        if (not word[:1].isupper() and not hyphened) or capitals or doc.keys[a] in not_names:
            break
        if roles().match_at(doc, a) is not None:
            break
        if party_names().match_at(doc, a) is not None and known().match_at(doc, a) is None:
            break
        if a < last and doc.gap(a) not in (" ", "-"):
            break
        a -= 1
    a += 1
    if a > last or (signed and not own_line(doc, a, last)):
        return None
    a = after_honorific(doc, a) if after_honorific(doc, a) <= last else a
    if after_rank(doc, a) <= last:
        a = after_rank(doc, a)  # "General X, the Chief of the Defence Staff": no name's word
    if a == last:
        key = doc.keys[a]
        if known().match_at(doc, a) is None and not any(
            doc.keys[n] == key and n > 0 and doc.words[n - 1][:1].isupper()
            for n in doc.positions.get(key, [])
        ):
            return None
    return a, last


def merge(doc: Doc, mentions: list[PersonMention]) -> list[Item]:
    """One item per person: full name, the most specific role, the party it was given with."""
    full: dict[str, str] = {}
    given: dict[str, set[str]] = {}  # a given name alone: "Menlu Retno" after "Retno X"
    for m in mentions:
        if " " in m.name and m.last > m.first:  # as the text writes it, not a surname alone
            full.setdefault(m.name.split()[-1].casefold(), untitled(m.name))
            given.setdefault(m.name.split()[0].casefold(), set()).add(untitled(m.name))
    groups: dict[str, list[PersonMention]] = {}
    for m in mentions:
        name = untitled(m.name)
        hit = known().get(name)
        if m.first == m.last and (key := name.split()[-1].casefold()) in full:
            name = full[key]  # the text's own spelling: "Andrii Sybiha ... Sybiha"
        elif m.first == m.last and len(named := given.get(name.casefold(), set())) == 1:
            name = next(iter(named))
        elif hit is not None and (" " not in name or hit.name.split()[-1] == name.split()[-1]):
            name = hit.name
        groups.setdefault(name, []).append(m if name == m.name else replace(m, name=name))
    items = []
    for name, ms in groups.items():
        with_role = [m for m in ms if m.role is not None]
        best = max(
            with_role,
            key=lambda m: (m.role.rank if m.role else 0, m.party is not None),
            default=ms[0],
        )
        party = best.party or next((m.party for m in ms if m.party), None)
        hit = known().get(name)
        if party is None and hit is not None:
            party = hit.party
        if " " not in name and hit is None:
            confidence = 0.5
        else:
            confidence = 0.6 + 0.2 * (best.role is not None) + 0.15 * (party is not None)
        items.append(
            Item(
                "person",
                {
                    "name": name,
                    "role": best.role.title if best.role else None,
                    "level": best.role.level if best.role else None,
                    "party": party,
                    "mentions": [[m.start, m.end] for m in ms],
                },
                best.start,
                best.end,
                round(confidence, 2),
            )
        )
    return sorted(items, key=lambda i: i.start)
