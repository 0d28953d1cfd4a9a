"""A number whose noun was said before it: the troops named earlier in the sentence ("the
force counts about 18,500 troops, against a goal of 25,000 to 30,000"), in the sentence
before ("... 22,000 troops into Ukraine. Britain has 8,000 there."), or the noun the
number measures ("the number of British soldiers there to around 8,000", "Jumlah tentara
Prancis kini mencapai sekitar 6.000", "a force of between 6,000 and 7,500"). The number
stands bare: no noun of its own follows it. So do more of the same after a count ("28
countries taking part and a further five joining remotely")."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.figures import parse_number
from willing.ingest.items import Item
from willing.ingest.prefilter import guarded

_N = r"\d{1,3}(?:[.,]\d{3})+|\d+"
#: a bare number (or range): nothing but punctuation, "there", a place or a joiner after it
_BARE = re.compile(
    r"(?<![\w.,$€£¥/-])(?:(?P<approx>about|around|some|roughly|nearly|almost|up to|sekitar"
    r"|kira-kira|hampir|sebanyak)[ \t]+)?(?P<n1>" + _N + r")(?![.,]?\d)"
    r"(?:[ \t]*(?:to|–|-|hingga|sampai|menjadi|and|dan)[ \t]*(?P<n2>" + _N + r")(?![.,]?\d))?"
    r"(?=[ \t]*(?:[.,;)!?\"”]|$|there\b|di sana\b|in\b|di\b|and\b|dan\b|through\b|until\b"
    r"|hingga\b|on the ground\b|already\b|more\b|lagi\b|lainnya\b|of them\b|di antaranya\b"
    r"|of us\b|from\b|by\b|starting\b|mulai\b|pada\b|next\b|this\b))",
    re.I,
)
#: a verb of having or of giving before a number in the sentence after the troops:
#: "Poland has 4,500", "France confirmed 2,500.", "Denmark has promised a further 80"
_GIVING = (
    r"confirm(?:s|ed)?|pledg(?:es|ed)|offer(?:s|ed)|promis(?:es|ed)|provid(?:es|ed|ing)"
    r"|contribut(?:es|ed|ing)|commit(?:s|ted)|add(?:s|ed|ing)|deploy(?:s|ed)|menjanjikan"
    r"|menyumbang(?:kan)?|menawarkan|mengonfirmasi|menambah(?:kan)?|tambah|mengerahkan"
)
_HAS = re.compile(
    r"(?i:\b(?:has|have|had|keeps|kept|sends|sent|fields|punya|memiliki|menempatkan|mengirim"
    rf"|{_GIVING})[ \t]+(?:(?:a[ \t]+further|another|an[ \t]+additional)[ \t]+)?$)"
)
_KINDS = ("troops", "aircraft", "ships")
#: a word leading to the bare number: "a goal of", "at", "to around", "between",
#: "has", "mencapai sekitar"
_LEAD = guarded(
    r"(?i:\b(?:of|at|to|from|between|by|with|has|have|had|keeps|kept|reach(?:es|ed)?"
    r"|totals?|totall?ed|numbers?|numbered|mencapai|menjadi|sebanyak|sejumlah|berjumlah"
    r"|dari|hingga|sampai|punya|memiliki"
    # more of the same: "a further 400", "another 300", "menambah 150 lagi", "on top of the
    # 110 already there"
    r"|another|a[ \t]+further|further|an[ \t]+additional|additional|menambah|menambahkan"
    r"|tambahan|jumlahnya|totalnya|angkanya|" + _GIVING + r")[ \t]+(?:the[ \t]+)?"
    r"(?P<approx>(?:about|around|some|roughly|nearly"
    r"|almost|up to|sekitar|kira-kira|hampir|sebanyak)[ \t]+)?\Z)"
)


@cache
def _nouns() -> dict[str, re.Pattern[str]]:
    data = rules.load("figures")
    out: dict[str, re.Pattern[str]] = {}
    for kind in _KINDS:
        words = [str(w) for w in data["measures"][kind]]
        if kind == "troops":
            words += [str(w) for w in data["unit_sizes"]["units"]]
        alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        out[kind] = re.compile(rf"(?i:\b(?:{alt})\b)")
    return out


@cache
def _noun_keys() -> frozenset[str]:
    """Every word of the nouns above: a sentence holding none names no noun."""
    data = rules.load("figures")
    words = [str(w) for kind in _KINDS for w in data["measures"][kind]]
    words += [str(w) for w in data["unit_sizes"]["units"]]
    return frozenset(k.casefold() for w in words for k in w.split())


def _clause_start(doc: Doc, pos: int) -> int:
    s, _ = doc.sentence_at(pos)
    return max(s, doc.text.rfind(";", s, pos) + 1)


def elided(doc: Doc, found: list[Item]) -> list[Item]:
    """Figures of troops, aircraft or ships whose noun is left out after the number."""
    figures = [i for i in found if i.type == "figure" and i.value.get("kind") in _KINDS]
    nouns = _nouns()
    out: list[Item] = []
    owned = {doc.sentence_index(f.start) for f in figures}
    keys = _noun_keys()
    covered = bytearray(len(doc.text) + 1)
    for i in found:
        covered[i.start : i.end] = b"\x01" * (i.end - i.start)
    # each number a word leads to ("a goal of", "at", "mencapai sekitar"), not inside an
    # item already read: "the rest 200" has no such word
    for t in doc.digit_tokens:
        at = doc.starts[t]
        if covered[at] or (at > 0 and doc.text[at - 1] in ".,"):
            continue
        n = doc.sentence_index(at)
        s, e = doc.sentences[n]
        lead = _LEAD.search(doc.text, max(s, at - 30), at)
        if lead is None:
            continue
        if (
            n not in owned
            and n - 1 not in owned
            and doc.sentence_keys[n].isdisjoint(keys)
            and not (n > 0 and _OF_THEM.match(doc.text, doc.ends[t]))
            and not (n > 0 and _REFERS.search(doc.text, _clause_start(doc, at), at))
        ):
            continue  # no figure here or just before, and no noun to stand for
        m = _BARE.match(doc.text, lead.start("approx") if lead.group("approx") else at, e)
        if m is None:
            continue
        a, b = m.span("n1")
        if any(covered[a:b]):
            continue
        kind = _kind(doc, figures, nouns, m, s)
        if kind is None:
            continue
        try:
            low = parse_number(m.group("n1"), doc.language)
            high = parse_number(m.group("n2"), doc.language) if m.group("n2") else None
        except ValueError:
            continue
        if any(_year(g) for g in (m.group("n1"), m.group("n2")) if g) or low < 2:
            continue
        if high is not None and high <= low and not _CHANGED.search(doc.text, s, m.start()):
            continue  # "cut, from 3,000 to 2,400" is a change, read as two figures later
        value: dict[str, Any] = {
            "kind": kind,
            "unit": kind,
            "measure": None,
            "approximate": bool(m.group("approx")),
        }
        if high is None:
            value.update(value=_whole(low), low=None, high=None)
        else:
            value.update(value=None, low=_whole(low), high=_whole(high))
        out.append(Item("figure", value, m.start(), m.end(), 0.65))
        covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return out


def _kind(
    doc: Doc, figures: list[Item], nouns: dict[str, re.Pattern[str]], m: re.Match[str], s: int
) -> str | None:
    """The kind of the bare number: that of a figure before it in its clause, or in the
    sentence before when a verb of having leads to it, or the noun before it."""
    clause = _clause_start(doc, m.start())
    before = [f for f in figures if clause <= f.start and f.end <= m.start()]
    if before:
        return str(before[-1].value["kind"])
    if _HAS.search(doc.text, max(s, m.start() - 20), m.start()):
        n = doc.sentence_index(m.start())
        # (or in a clause before it: "Britain has 900 troops; France has 1,100 of them")
        ps = doc.sentences[n - 1][0] if n > 0 else s
        last = [f for f in figures if ps <= f.start < m.start()]
        if last:
            return str(last[-1].value["kind"])
    window = doc.text[max(clause, m.start() - 80) : m.start()]
    if _OF_THEM.match(doc.text, m.end()):
        # "Britain and France send soldiers. France has 1,100 of them": them, said before
        n = doc.sentence_index(m.start())
        window = doc.text[doc.sentences[max(0, n - 1)][0] : m.start()]
    if re.search(r"\d", window):
        return None  # another number stands between: "by 142 votes to 97"
    hits = [(h.end(), kind) for kind, p in nouns.items() for h in p.finditer(window)]
    if hits and window[max(hits)[0] :].strip():
        return max(hits)[1]
    if _REFERS.search(window):  # "Jumlah itu kini menjadi 300": the number said before
        return _referred(doc, figures, nouns, clause)
    return None  # "Unit 4", "Lesson 6": a noun right before names, not counts


#: the number just said, named again: "Jumlah itu kini menjadi 300", "Jumlahnya 600, bukan
#: 1.000", "the figure would grow to 600", "that number will double to 400"
_REFERS = re.compile(
    r"(?i:\b(?:jumlah(?:nya|[ \t]+(?:itu|tersebut|ini))|totalnya|angka(?:nya|[ \t]+(?:itu"
    r"|tersebut|ini))|(?:the|that|this)[ \t]+(?:figure|number|total))\b)"
)


def _referred(
    doc: Doc, figures: list[Item], nouns: dict[str, re.Pattern[str]], clause: int
) -> str | None:
    """The kind of the number a back-reference names: that of the last figure in the two
    sentences before the clause, or of the last noun there ("berapa prajurit ...?")."""
    n = doc.sentence_index(clause)
    ps = doc.sentences[max(0, n - 2)][0]
    last = [f for f in figures if ps <= f.start < clause]
    if last:
        return str(last[-1].value["kind"])
    window = doc.text[ps:clause]
    hits = [(h.end(), kind) for kind, p in nouns.items() for h in p.finditer(window)]
    return max(hits)[1] if hits else None


_CHANGED = re.compile(r"(?i:\b(?:from|dari)[ \t]+\Z)")
_OF_THEM = re.compile(r"(?i:[ \t]+(?:of them|di antaranya)\b)")


def _year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100


def _whole(number: float) -> float | int:
    return int(number) if number == int(number) else number


#: more of the same after a count, its noun left out: "and a further five joined
#: remotely", "with two more joining by video", "dan tiga lainnya", "another six"
_MORE = re.compile(
    r"(?i:\b(?:(?:a[ \t]+further|another|further)[ \t]+(?P<a>\w+(?:-\w+)?)"
    r"|(?P<b>\w+(?:-\w+)?)[ \t]+(?:more|others|other|lainnya|lagi|tambahan))\b"
    r"(?![ \t]+(?:weeks?|days?|months?|years?|times?|hours?|minggu|hari|bulan|tahun|kali|jam"
    r"|troops|soldiers|ships|aircraft|tentara|prajurit|kapal|pesawat)\b))"
)


def more_of(doc: Doc, found: list[Item]) -> list[Item]:
    """Counts of countries or leaders said again after a count with the noun left out
    ("28 countries taking part and a further five joining remotely")."""
    words = _word_values()
    taken = [(i.start, i.end) for i in found]
    out: list[Item] = []
    for item in found:
        if item.type != "count" or item.value.get("value") is None:
            continue
        _, e = doc.sentence_at(item.start)
        m = _MORE.search(doc.text, item.end, min(e, item.end + 120))
        if m is None:
            continue
        group = "a" if m.group("a") else "b"
        said = m.group(group).casefold()
        number = int(said) if said.isdigit() else words.get(said)
        a, b = m.span(group)
        if not number or any(x < b and a < y for x, y in taken):
            continue
        value = dict(item.value, value=number, low=None, high=None, approximate=False)
        out.append(Item("count", value, a, b, 0.65))
        taken.append((a, b))
    return out


@cache
def _word_values() -> dict[str, int]:
    data = rules.load("figures")
    return {str(k).casefold(): int(v) for k, v in data["number_words"].items()}
