"""People who sign under their office: the office on a line of its own, the name on the
line right below it, an officer's rank and corps before the name ("Menteri Luar Negeri,\\n
X", "Panglima TNI,\\nJenderal TNI X", "Kepala Biro Umum,\\nKolonel Laut (S) X"), or
below a signing mark, the name then perhaps in capitals as a decree writes it ("MENTERI
PERTAHANAN REPUBLIK INDONESIA,\\n\\nttd.\\n\\nAGUS SANTOSO"). An office
that is a role the extractor reports is the person's role; the state is the one the
office's line names, else the article's (its dateline, Indonesia in the Indonesian press)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from willing.ingest import rules
from willing.ingest.capacity_people import dateline_state, name_of
from willing.ingest.document import Doc
from willing.ingest.parties import Mention, is_state
from willing.ingest.person_party import home_state

#: the corps an Indonesian officer's rank is written with ("Mayor Inf.", "Kolonel Laut (S)")
_CORPS = (
    "Inf|Kav|Arh|Arm|Czi|Cpl|Cpm|Chb|Chk|Ckm|Cku|Cba|Cke|Caj|Cpn"
    "|Mar|Pnb|Tek|Lek|Kes|Psk|Pas|Adm|Sus"
)
#: the same, for readers of other shapes of text (a notice in capitals)
CORPS = _CORPS
_RETIRED = r"(?:[ \t]+\((?:Purn|purn|Ret|ret|Retd|retd)\.?\))?"
_WORD = r"[A-ZÀ-Þ][a-zß-ÿ][\w’'\-]*+"
#: an office's line: no sentence's marks in it, a comma or nothing at its end
_OFFICE_LINE = re.compile(r"[^.;:!?\"“”()\n]{3,90}?,?[ \t]*")
#: a signing mark between the office and the name, blank lines around it ("ttd.")
_SIGNED = re.compile(
    r"(?:[ \t]*\n)*[ \t]*(?i:\(ttd\.?\)|ttd\.?|\[signed\]|signed)[ \t]*\n(?:[ \t]*\n)*"
)
#: a name in capitals on its own line below a signing mark: "AGUS SANTOSO"
_CAPITALS_NAME = re.compile(
    r"(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+){1,3})[ \t]*"
)


@cache
def officer() -> str:
    """A rank, its corps, retired or not, and the forces, before an officer's name."""
    ranks = sorted(rules.words("roles", "ranks"), key=len, reverse=True)
    rank = "|".join(re.escape(r) for r in ranks)
    corps = rf"(?:[ \t]+(?:(?:Laut[ \t]+)?\([A-Z]{{1,3}}\)|Laut|(?:{_CORPS})(?:\.|(?=[ \t]))))?"
    return rf"(?:(?:{rank})\.?{corps}{_RETIRED}[ \t]+(?:(?:TNI|Polri)(?:[ \t]+A[DLU])?[ \t]+)?)?"


@cache
def _name_line() -> re.Pattern[str]:
    """A line holding a name alone, after a rank or a word of address."""
    words = rf"{_WORD}(?:[ \t]+(?:{_WORD}|bin|binti|van|de|von|der)){{1,3}}"
    address = r"(?:(?:Dr|Prof|Ir|H|Hj|Bapak|Ibu|Mr|Mrs|Ms)\.?[ \t]+)*"
    degree = r"(?:,?[ \t]+[A-Z]\.\w{1,4}\.)?"
    return re.compile(rf"{officer()}{address}(?P<name>{words}){degree}[ \t]*")


def signed_offices(doc: Doc, parties: list[Mention], covered: set[int]) -> list[Any]:
    """The people signing under an office that is a role (people.PersonMention each)."""
    from willing.ingest.people import PersonMention, roles  # people imports this module

    if ",\n" not in doc.text:
        return []
    out: list[Any] = []
    home: str | None = None
    for cut in re.finditer(r",[ \t]*\n", doc.text):
        head = doc.text.rfind("\n", 0, cut.start()) + 1
        if not _OFFICE_LINE.fullmatch(doc.text, head, cut.start()):
            continue
        mark = _SIGNED.match(doc.text, cut.end())
        below = mark.end() if mark is not None else cut.end()
        below_end = doc.text.find("\n", below)
        below_end = len(doc.text) if below_end < 0 else below_end
        m = _name_line().fullmatch(doc.text, below, below_end)
        if m is None and mark is not None:
            m = _CAPITALS_NAME.fullmatch(doc.text, below, below_end)
        if m is None:
            continue
        name = m.group("name")
        name = name.title() if name.isupper() else name
        if name_of(name) != name:
            continue  # a ministry, an institution, a heading: no one's name
        first = doc.token_at(head)
        role = roles().match_at(doc, first)
        if role is None or doc.starts[first] != head:
            continue
        a, b = doc.token_at(m.start("name")), doc.token_at(m.end("name")) - 1
        if covered.intersection(range(a, b + 1)):
            continue
        party = role.value.party or next(
            (p.code for p in parties if head <= p.start < cut.start() and is_state(p.code)),
            None,
        )
        if party is None:
            home = home or home_state(doc) or dateline_state(doc, parties)
            party = home or ("IDN" if doc.language == "id" else None)
        out.append(PersonMention(name, role.value, party, head, m.end("name"), a, b))
        covered.update(range(a, b + 1))
    return out
