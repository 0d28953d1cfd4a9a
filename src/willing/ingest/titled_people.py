"""People named by a word of address or a capacity right before the name, without a comma
("penyiar Rina Kartika", "Father Brendan Keogh", "Sersan Kepala Made Suartana", "Prof.
Bonifasius Tanjung"), and people who sign a text: a capacity and a name on a line of their
own, in either order ("Ketua Umum, X", "X, Chief Executive Officer"), or the capacity on
the line above the name ("Wali Kota Semarang,\\nX"). None holds a role the extractor
reports: the person is reported for the state the capacity names, else the state of the
article (its dateline, the town and day above a signature), else Indonesia in the
Indonesian press."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.capacity_people import capacity_state, dateline_state, name_of
from willing.ingest.contributors import contributors
from willing.ingest.document import Doc
from willing.ingest.gazetteer import phrase_key
from willing.ingest.honorifics import honorifics
from willing.ingest.parties import Mention, code_of
from willing.ingest.people_lines import headline_paragraphs
from willing.ingest.person_party import home_state, text_state
from willing.ingest.prefilter import guarded
from willing.ingest.setting import institution_state, placed_state
from willing.ingest.signed_offices import officer

#: a capitalised word of a name (a nickname in quotes is skipped: 'Alan "Nobby" Clarke')
_WORD = r"[A-ZÀ-Þ][a-zß-ÿ][\w’'\-]*+"
_NAME = (
    rf"(?P<name>{_WORD}(?:[ \t]+(?:[\"“][^\"”\n]{{1,15}}[\"”][ \t]+)?"
    rf"(?:{_WORD}|bin|binti|van|de|von|der)){{1,3}})"
)
_NICKNAME = re.compile(r"[\"“][^\"”\n]*[\"”][ \t]+")
#: honorifics and degrees around a name, dropped from it
_BEFORE = r"(?:(?:Dr|Prof|Ir|H|Hj|KH|Sir|Dame|Rev|Fr)\.?[ \t]+)*"
_AFTER = r"(?:,?[ \t]+(?:S\.\w{1,4}\.|M\.\w{1,4}\.|MP|Ph\.D\.|PhD))?"
_RETIRED = r"(?:[ \t]+\((?:Purn|purn|Ret|ret|Retd|retd)\.?\))?"
#: where a name must end: a clause mark, a verb in lower case, the line's end
_END = r"(?=[ \t]*(?:[,.;:()\n]|[ \t][a-z]|\Z))"


@cache
def _before_words() -> tuple[re.Pattern[str], frozenset[str]]:
    """The words of address and capacities read right before a name, and their first words."""
    words = rules.words("roles", "titles_before_names") + sorted(honorifics())
    words = sorted(words, key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    pattern = re.compile(
        rf"(?i:{alt})\b\.?{_RETIRED}[ \t]+(?:TNI[ \t]+)?{_BEFORE}{_NAME}{_AFTER}{_END}"
        # a name set off after the capitalised words: they were a programme's or a body's
        # ("presenter Bincang Sore, Dewi Anggraini"), unless a list of titled names goes on
        r"(?![ \t]*,[ \t]+(?!(?:Dr|Prof|Professor|Mr|Mrs|Ms|Bapak|Ibu)\.?[ \t])"
        r"[A-Z][\w’'\-]+[ \t]+[A-Z][a-z])"
    )
    return pattern, frozenset(phrase_key(w)[0] for w in words)


@cache
def _signatures() -> tuple[
    tuple[re.Pattern[str], ...], re.Pattern[str], re.Pattern[str], re.Pattern[str]
]:
    """A line's part "capacity, name" or "name, capacity"; a capacity alone ending a line;
    a name alone; a capacity on the line below a name."""
    caps = sorted(rules.words("roles", "capacities"), key=len, reverse=True)
    cap = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in caps)
    # a rank, a navy's corps and the forces may open the name ("Kolonel Laut (S) TNI X")
    person = rf"{officer()}{_BEFORE}{_NAME}{_AFTER}"
    # a capacity of up to eight words around a capacity word ("Kepala Biro Pengadaan Barang
    # dan Jasa", "Branch Chairman")
    phrase = rf"(?i:(?:[\w’'\-]+[ \t]+){{0,2}}(?:{cap})\b(?:[ \t]+[\w’'\-]+){{0,6}})"
    parts = (
        guarded(rf"(?P<cap>{phrase}),[ \t]+{person}[ \t]*"),
        re.compile(rf"{person},[ \t]+(?P<cap>{phrase})[ \t]*,?"),
    )
    above = re.compile(rf"(?P<cap>{phrase}),?[ \t]*")
    alone = re.compile(rf"{person}[ \t]*")
    # or below the name, with its body set off ("Director, the Hearth Fund")
    below = re.compile(rf"(?P<cap>{phrase})(?:,[ \t]+[^,.;:\n]{{2,60}})?[ \t]*")
    return parts, above, alone, below


#: titles used as words of address: a doctor's, a professor's, a knight's
_ACADEMIC = frozenset({"Dr", "Prof", "Professor", "Sir", "Dame"})
#: a local or a court's calling used as a title ("Councillor X", "Judge X"): held in the
#: state the text is about, as a word of address is
_CIVIC = frozenset({"Councillor", "Cllr", "Alderman", "Judge", "Justice", "Magistrate"})

#: a line of a town and a day closing a letter ("Oslo, 4 April 2028", "Bandung, 13 Feb 2028")
_PLACE_DAY = re.compile(
    r"(?P<town>[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?),[ \t]+\d{1,2}[ \t]+\w+[ \t]+\d{4}"
)
#: parts of one line of signatures ("X, Chairman - Y, Chief Executive Officer")
_PARTS = re.compile(r"[ \t]+[-–—|/][ \t]+")


def _signed(doc: Doc, parties: list[Mention], home: str | None) -> list[tuple[str, str, int, int]]:
    """People who sign: a capacity and a name on a short line of their own."""
    parts, above, alone, below = _signatures()
    out = []
    place: str | None = None
    about: str | None = None
    lines = list(re.finditer(r"[^\n]+", doc.text))
    for n, line in enumerate(lines):
        text = line.group()
        if len(text) > 120 or text.rstrip().endswith((".", "!", "?", '"', "”")):
            place = None if len(text) > 120 else place
            continue
        day = _PLACE_DAY.fullmatch(text.strip())
        if day is not None:
            place = code_of(day.group("town"))
            continue
        offset = line.start()
        for piece in _PARTS.split(text):
            at = offset + text.index(piece)
            m = parts[0].fullmatch(piece) or parts[1].fullmatch(piece)
            cap_span: tuple[int, int] | None = None
            if m is not None:
                cap_span = (at + m.start("cap"), at + m.end("cap"))
            elif (m := alone.fullmatch(piece)) is not None:
                # the capacity on the line above the name, else on the line below it
                prev = lines[n - 1] if n > 0 else None
                nxt = lines[n + 1] if n + 1 < len(lines) else None
                if (
                    prev is not None
                    and prev.end() + 1 == line.start()
                    and above.fullmatch(prev.group())
                ):
                    cap_span = (prev.start(), prev.end())
                elif nxt is not None and line.end() + 1 == nxt.start():
                    b = below.fullmatch(nxt.group())
                    if b is None:
                        continue
                    cap_span = (nxt.start(), nxt.end())
                    about = about or text_state("", parties)
                else:
                    continue
            if m is None or cap_span is None:
                continue
            name = name_of(_NICKNAME.sub("", m.group("name")))
            # the state the text is about, for a name above its capacity, when nothing
            # else tells
            code = capacity_state(doc, *cap_span, parties) or place or home or about
            if name is not None and code is not None:
                out.append((name, code, at + m.start("name"), at + m.end("name")))
    return out


def _lower_address(doc: Doc, i: int) -> bool:
    """A word of address in lower case is a common noun ("seorang ibu", "ibu kota")."""
    word = doc.words[i]
    return word[:1].islower() and word.capitalize() in honorifics()


def titled(doc: Doc, parties: list[Mention]) -> list[tuple[str, str, int, int]]:
    """(name, state, start, end) of each person named by a word of address or a capacity
    right before the name, or signing the text."""
    home = home_state(doc) or dateline_state(doc, parties)
    home = home or ("IDN" if doc.language == "id" else None)
    out = _signed(doc, parties, home) if "\n" in doc.text else []
    out += contributors(doc, home)
    pattern, firsts = _before_words()
    tokens = doc.tokens_in(firsts)
    # a town on the dateline or the opening lines sets the text as a dateline's state does
    home = home or (placed_state(doc, parties) if tokens else None)
    if not tokens:
        return out
    about: str | None = home
    headlines = headline_paragraphs(doc)
    for i in tokens:
        at = doc.starts[i]
        m = pattern.match(doc.text, at)
        if m is None or doc.paragraph_index(at) in headlines or _lower_address(doc, i):
            continue
        name = name_of(_NICKNAME.sub("", m.group("name")))
        # the institution in brackets after the name: "Dr X (University of Vienna)"
        code = institution_state(doc, m.end(), parties)
        if code is None and (
            home is not None
            or doc.words[i] in honorifics()
            or doc.words[i] in _ACADEMIC
            or doc.words[i] in _CIVIC
        ):
            # a name after a word of address ("Mr X") or a doctor's or a professor's title
            # is, without a dateline, of the state the text is about; a capacity's or a
            # rank's is not told by it
            about = about or text_state("", parties)
            code = about
        if name is not None and code is not None:
            out.append((name, code, m.start("name"), m.end("name")))
    return out
