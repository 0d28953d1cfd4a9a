"""People of everyday texts, named without an office: a resident in a meeting's minutes or
a family member in a death notice, after an Indonesian word of address ("Bapak Hendra",
"Bu Ratna", "Ny. X", "almarhum X"; a name of one word too); the speakers of a transcript
("HOST (X):", "PENYIAR (X):", "X (penyiar):"); a reader signing a question with a town
("(Rina, Magelang)"); a signature under a calling on the line above ("Notulis,\nX"); a
name in capitals after a rank on its own line ("SERTU (ANUMERTA) X Y"); a nationality set
off before a name ("the Norwegian X"). None holds a role the extractor reports: each is of
the state of the nationality or the signing town, else of the state the article is set in
(setting.py; in English only as the top of the text places it). A word of
address before an office, a place or the country personified ("Bapak Presiden", "Ibu
Kota", "Ibu Pertiwi") names no one; a given name addressed when the full name is told
elsewhere ("Bapak Sugeng ... Sugeng Raharjo") is left to that naming."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.capacity_people import name_of
from willing.ingest.document import Doc
from willing.ingest.labelled_people import calling
from willing.ingest.parties import Mention, code_of, is_state
from willing.ingest.prefilter import guarded
from willing.ingest.setting import placed_state, setting_state, town_state
from willing.ingest.signed_offices import CORPS, officer

_WORD = r"[A-ZÀ-Þ][a-zß-ÿ][\w’'\-]*+"
#: a name of one to four capitalised words
_NAME = rf"(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|bin|binti|van|de|der)){{0,3}})"
#: a speaker's line: a calling in capitals and the name in brackets, or the name and the
#: calling in brackets, then a colon
_SPEAKER = re.compile(
    rf"(?m)^(?:(?P<label>[A-Z][A-Z\- ]{{1,30}}?)[ \t]*\([ \t]*{_NAME}[ \t]*\)"
    rf"|{_NAME.replace('name', 'named')}[ \t]*\((?P<calling>[a-zA-Z][\w \-]{{1,30}})\))[ \t]*:"
)
_NAMED = re.compile(_NAME)
#: a capitalised word right before a word of address, within a sentence
_PROPER = re.compile(rf"[\w,;:][ \t]+{_WORD}[ \t]+\Z")


@cache
def _signed() -> re.Pattern[str]:
    """A line holding a name alone, after a rank and a word of address, with a calling
    in brackets after it or not ("Mayor Caj X", "X (Sekretaris RT)")."""
    return re.compile(
        rf"{officer()}(?:(?:Dr|Prof|Ir|Bapak|Ibu|Mr|Mrs|Ms)\.?[ \t]+)?{_NAME}"
        r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:\n|\Z)"
    )


#: a reader's signature: a given name and a town in brackets closing a letter, after its
#: last sentence and at the line's end ("... Terima kasih. (Rina, Magelang)")
_READER = re.compile(
    rf"(?<=[.?!][ \t])\((?P<name>{_WORD}),[ \t]+(?P<town>{_WORD}(?:[ \t]+{_WORD})?)\)"
    r"(?=[ \t]*(?:\n|\Z))"
)
#: a nationality set off before a name: "Our country director, the Norwegian X, will ..."
_NATIONAL = re.compile(rf",[ \t]+the[ \t]+(?P<nat>[A-Z][a-z]+)[ \t]+{_NAME}(?=[ \t]*[,.;])")
#: a calling on a line of its own above a signature, and the name on the next line
_SIGNATURE = re.compile(r"(?m)^(?P<calling>[A-Z][\w \-]{2,40}),[ \t]*\n")
#: blank lines between the calling and the signature below it, left for the signing
_BLANK = re.compile(r"(?:[ \t]*\n){0,3}")


#: the short words of address that are whole words, never abbreviated with a dot
_WHOLE = frozenset({"Pak", "Bu", "Ibu", "Mas", "Kak", "Mbak", "Tuan"})
#: after a given name, the place a caller or a listener writes from: left anonymous
_FROM = re.compile(r",?[ \t]+(?:dari|from|in|di)[ \t]+[A-Z]")


@cache
def _address() -> re.Pattern[str]:
    """A word of address, its dot, then a capitalised word."""
    words = sorted(rules.words("roles", "everyday_address"), key=len, reverse=True)
    alt = "|".join(re.escape(str(w)) for w in words if len(str(w)) > 4 or str(w) in _WHOLE)
    short = "|".join(re.escape(str(w)) for w in words if len(str(w)) <= 4 and w not in _WHOLE)
    # a dot after an abbreviation only ("Ny.", "Sdr."): "pertanyaan Bapak. Masyarakat ..."
    # ends a sentence
    return guarded(rf"(?<![\w’'.\-])(?:(?:{alt})|(?:{short})\.?)[ \t]+(?={_WORD})")


@cache
def _speakers() -> frozenset[str]:
    """The callings of a transcript's speakers, casefolded ("host", "penyiar")."""
    return frozenset(str(w).casefold() for w in rules.words("roles", "speaker_callings"))


@cache
def _institutional() -> frozenset[str]:
    """Words of a body's name: a line of them signs for no person ("Sekretariat X")."""
    return frozenset(str(w) for w in rules.words("roles", "not_name_words"))


@cache
def _not_addressed() -> frozenset[str]:
    return frozenset(str(w) for w in rules.words("roles", "not_addressed"))


@cache
def _no_given() -> frozenset[str]:
    """Words, casefolded, that a word of address may open without a name: a calling, a
    rank, a bond, a body's word ("Ibu Rektor", "Bapak Jenderal", "Bu Dokter")."""
    keys = ["not_names", "not_name_words", "capacities", "credited_callings", "person_nouns"]
    keys += ["credited_teams", "ranks", "not_addressed"]
    words = [w for key in keys for w in rules.words("roles", key)]
    return frozenset(str(w).casefold() for w in words)


def _given(text: str, start: int, end: int) -> str | None:
    """The name of the words of address's capitalised words at text[start:end]: up to
    the first word that is no name's (an office, a state, a place)."""
    from willing.ingest.people import roles  # people imports this module

    not_addressed = _not_addressed()
    kept: list[str] = []
    for word in text[start:end].split():
        if word in not_addressed or code_of(word) is not None or word.isupper():
            break
        if word.casefold() in _no_given():
            break
        if roles().get(word) is not None or roles().get(word.casefold()) is not None:
            break
        kept.append(word)
    if not kept or town_state(" ".join(kept)) is not None:
        return None
    if len(kept) == 1:
        return kept[0] if len(kept[0]) > 2 else None
    return name_of(" ".join(kept))


def _a_given_name(word: str) -> bool:
    """Whether a capitalised word alone may be a given name: no town, state or title."""
    return (
        len(word) > 2
        and town_state(word) is None
        and code_of(word) is None
        and word not in _not_addressed()
        and word.casefold() not in _no_given()
    )


def _told_in_full(text: str, name: str) -> bool:
    """Whether a given name is written elsewhere with a surname ("Sugeng Raharjo")."""
    return re.search(r"(?<![\w’'])" + re.escape(name) + rf"[ \t]+{_WORD}", text) is not None


def everyday(doc: Doc, parties: list[Mention]) -> list[tuple[str, str, int, int]]:
    """(name, state, start, end) of each person an everyday text names without an office."""
    text = doc.text
    out: list[tuple[str, str, int, int]] = []
    setting: list[str | None] = []

    def state() -> str | None:
        # in English the top of the text must place it: the state the text names most is
        # no listener's ("a campus radio in a town the table lacks, on a seminar abroad")
        if not setting:
            setting.append(
                setting_state(doc, parties) if doc.language == "id" else placed_state(doc, parties)
            )
        return setting[0]

    def add(name: str | None, code: str | None, start: int) -> None:
        if name and code and not (" " not in name and _told_in_full(text, name)):
            out.append((name, code, start, start + len(name)))

    if doc.language == "id":
        for hit in _address().finditer(text):
            if _PROPER.search(text, max(0, hit.start() - 30), hit.start()):
                continue  # inside a proper name: "Jalan Bapak X", "Masjid Pak X"
            m = _NAMED.match(text, hit.end())
            if m is not None:
                name = _given(text, m.start(), m.end())
                if name and " " not in name and _FROM.match(text, m.start() + len(name)):
                    continue  # "Mas Yoga dari Surabaya": a caller, named by no one
                add(name, state(), m.start())
    if ":" in text:
        for m in _SPEAKER.finditer(text):
            label, named = m.group("label"), m.group("name") or m.group("named")
            called = label if label is not None else m.group("calling")
            if called.strip().casefold() not in _speakers() and not calling(called.strip()):
                continue
            key = "name" if m.group("name") else "named"
            name = name_of(named) if " " in named else None
            add(name, state(), m.start(key))
    if "(" in text:
        for m in _READER.finditer(text):
            given, town = m.group("name"), m.group("town")
            if _a_given_name(given) and code_of(town) is None:
                add(given, town_state(town) or state(), m.start("name"))
    if ",\n" in text or ", \n" in text:
        for m in _SIGNATURE.finditer(text):
            if not calling(m.group("calling")):
                continue
            blank = _BLANK.match(text, m.end())
            line = _signed().match(text, blank.end() if blank else m.end())
            if line is not None and not _institutional().intersection(line["name"].split()):
                add(name_of(line.group("name")), state(), line.start("name"))
    if "\n" in text:
        for name, start in capitals(text):
            add(name, state(), start)
    if ", the " in text:
        for m in _NATIONAL.finditer(text):
            code = code_of(m.group("nat"))
            if code is not None and is_state(code):
                add(name_of(m.group("name")), code, m.start("name"))
    return out


#: what closes a transcript's speaker label after the name: "HOST (X):", "X (penyiar):"
_LABEL_END = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*\)?[ \t]*:")


def speaker_label(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a transcript's speaker label, opening its
    line: the speaker talks about the states, and speaks for none of them."""
    line = text.rfind("\n", 0, start) + 1
    return (
        start - line <= 40
        and _LABEL_END.match(text, end) is not None
        and ("(" in text[line:end] or text[end : end + 1] == " ")
    )


@cache
def _ranked_line() -> re.Pattern[str]:
    """A line in capitals: a rank, its corps, "(ANUMERTA)", then the name alone."""
    ranks = sorted({str(r).upper() for r in rules.words("roles", "ranks")}, key=len)[::-1]
    rank = "|".join(re.escape(r) for r in ranks if "." not in r)
    corps = CORPS.upper()
    return re.compile(
        rf"(?m)^(?:{rank})(?:[ \t]+(?:{corps}))?(?:[ \t]+\((?:ANUMERTA|PURN\.?)\))?"
        r"[ \t]+(?P<name>[A-Z][A-Z’'\-]+(?:[ \t]+[A-Z][A-Z’'\-]+){1,3})[ \t]*$"
    )


def _title(words: str) -> str | None:
    """A name in capitals in title case, when no word is a title's, a state's or a
    body's ("MAYOR JENDERAL TNI", "CATATAN REDAKSI", "KRI BUNG TOMO")."""
    from willing.ingest.people import roles  # people imports this module

    name = " ".join(w.capitalize() for w in words.split())
    for word in name.split():
        if roles().get(word) is not None or roles().get(word.casefold()) is not None:
            return None
        if calling(word) or word.casefold() in _speakers():
            return None
    return name_of(name)


def capitals(text: str) -> list[tuple[str, int]]:
    """(name, start) of each person a text names in capitals after a rank, on a line of
    its own (a death notice, a list of those selected)."""
    out: list[tuple[str, int]] = []
    for m in _ranked_line().finditer(text):
        name = _title(m.group("name"))
        if name is not None:
            out.append((name, m.start("name")))
    return out
