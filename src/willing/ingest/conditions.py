"""Stated conditions of the contributions: the patterns of `commitments.yaml` read once
per article, with the state a parliament's approval or a host's consent belongs to."""

from __future__ import annotations

import re

from willing.ingest import (
    condition_kinds,
    givers,
    host_consent,
    host_wish,
    parliament_each,
    parliaments,
    rules,
    truce_events,
)
from willing.ingest.commitment_tables import tables
from willing.ingest.document import Doc, Index
from willing.ingest.items import Item
from willing.ingest.parties import Mention, is_state

#: words after a parliament that make it every contributor's, not one state's
_EACH = re.compile(
    r"(?i:s?\s+(?:mereka|masing-masing|setiap negara|tiap negara|of each|of every|of all|"
    r"of the (?:contributing|participating) (?:states|countries|nations)|"
    # (sixteenth set) "parlemen negara-negara penyumbang"
    r"negara(?:-negara)?\s+(?:penyumbang|kontributor|peserta|pengirim|anggota))\b)"
)


#: parliaments of every state: "the consent of national parliaments", "parlemen nasional"
_EVERY = re.compile(
    r"(?i:\b(?:parliaments|legislatures|national parliament|parlemen nasional|"
    r"parlemen negara-negara)\b)"
)

#: (sixteenth set) an assembly called "this House": the one the text itself is written in
#: (a motion), never a state the text merely names ("Moscow's demand ... without the
#: approval of this House")
_THIS = re.compile(r"(?i:\bthis\s+(?:House|Chamber|Parliament|Assembly)\b)")

#: (sixteenth set) a truce by a capitalised name, not at a sentence's start, is the name of
#: a course, a seminar or a title ("Guarantees after the Ceasefire"), not a condition
_TITLED = re.compile(r"\s(?-i:Ceasefire|Cease-[Ff]ire|Truce|Armistice|Gencatan Senjata)\b")

#: (eighteenth set) a truce after which time is counted, named by its date, is a past event,
#: not a condition: "in the years after the ceasefire of April 2027", "Two years after the
#: April 2027 ceasefire", "Hampir tiga tahun setelah gencatan senjata April 2027"; not one
#: that must still hold ("only after the ceasefire of 3 April 2027 had held for eight weeks")
_SINCE = re.compile(r"(?i:(?:after|since|following|setelah|sesudah|sejak)\b)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DATED_AFTER = re.compile(
    r"(?i:,?\s+(?:of\s+|in\s+|on\s+|pada\s+|bulan\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b)"
)
_HELD = re.compile(
    r"(?i:[^.;:]{0,12}?\b(?:holds?|held|had held|has held|is holding|bertahan|berlaku|"
    r"takes effect|took effect|comes into force|came into force|is signed|was signed))"
)


def _past_truce(doc: Doc, m: re.Match[str]) -> bool:
    """The truce named after "after" with its date: time counted from an event."""
    if not _SINCE.match(m.group()):
        return False
    dated = _DATED_AFTER.match(doc.text, m.end())
    if not (_YEAR.search(m.group()) or dated):
        return False
    return not _HELD.match(doc.text, dated.end() if dated else m.end())


#: quotation marks read as blanks by the patterns: a condition's words may be quoted ('tied
#: their pledge to a "credible American backstop"'); the text keeps its length
_UNQUOTED = str.maketrans({'"': " ", "\u201c": " ", "\u201d": " ", "\u00ab": " ", "\u00bb": " "})

#: a sum of money right after a parliament's approval: "whose parliament approved DKK 950
#: million for them" votes money for something, it sets no condition on a deployment
_MONEY = re.compile(
    r"\w*\s+(?:(?:a|an|the|sum of|sebesar|dana)\s+)?(?:[A-Z]{3}|US\$|Rp\.?|[€$£])\s?\d"
)


#: (twenty-first set) a parliament's vote reported with its tally is a vote taken, not a
#: condition still to be met: "the Tweede Kamer approved the plan by 104 votes to 46", "by
#: a vote of 301 to 112", "dengan 420 suara setuju"
_TALLY = re.compile(
    r"(?i:[^.;:!?\n]{0,120}?\b(?:by\s+(?:a\s+(?:vote|margin)\s+of\s+)?\d+\s+(?:votes?\s+)?"
    r"(?:to|against)\s+\d+|by\s+\d+\s+votes|dengan\s+\d+\s+suara(?:\s+setuju)?)\b)"
)


def conditions(doc: Doc, parties: list[Mention] | None = None) -> list[Item]:
    """Stated conditions: one item per mention, value {code, name}.

    A condition that belongs to one state (its parliament's approval, its consent as a
    host nation) takes that state's code: `parliament:DEU`, `host-nation:POL`.
    """
    per_party = rules.load("commitments")["per_party"]
    out: list[Item] = []
    seen: set[tuple[int, int]] = set()
    owners = Index(parties or [])
    text = doc.text.translate(_UNQUOTED)
    for code, name, pattern, keywords in tables().conditions:
        spans = doc.windows(keywords, 100)
        for m in (m for s, e in spans for m in pattern.finditer(text, s, e)):
            if m.span() in seen:
                continue
            seen.add(m.span())
            a, b = doc.sentence_at(m.start())
            if doc.asks(a, b):
                continue  # a question ("Will MPs get a say?") states no condition
            value = {"code": code, "name": name}
            if code == "parliament" and (
                _MONEY.match(doc.text, m.end())
                or _THIS.search(m.group())
                or condition_kinds.named_as_kind(doc, m.start(), m.end())
                or _TALLY.match(doc.text, m.end())
            ):
                continue
            if code == "ceasefire" and (
                _TITLED.search(m.group()) or _past_truce(doc, m) or truce_events.past(doc, m)
            ):
                continue
            if code == "parliament" and (
                states := parliaments.shown(doc, m, owners)
                or parliament_each.subjects(doc, m, owners)
            ):
                for owner in states:
                    value = {"code": f"{code}:{owner}", "name": f"{name} ({owner})", "party": owner}
                    out.append(Item("condition", value, m.start(), m.end(), 0.8))
                continue
            # "parlemen masing-masing negara", "their parliaments": no one state's
            if (
                code in per_party
                and not _EACH.match(doc.text, m.end())
                and not (
                    parliament_each.own(doc, m)
                    and not parliament_each.clause_states(doc, m, owners)
                )
                and not _EVERY.search(m.group())
            ):
                held = givers.owners(doc, m, owners, nearby=code != "host-nation")
                if held and code == "parliament":
                    held = list(dict.fromkeys([*held, *parliaments.listed_after(doc, m.end())]))
                for owner in held:
                    value = {"code": f"{code}:{owner}", "name": f"{name} ({owner})", "party": owner}
                    out.append(Item("condition", value, m.start(), m.end(), 0.8))
                if held:
                    continue
            if code == "parliament" and parliaments.bare(m):
                # "the House ... before the vote on the Dutch deployment": the state of what it
                # votes on, named right after;
                # "Laid before the House": no state's lower house named
                _, e = doc.sentence_at(m.start())
                after = owners.within(m.start(), min(e, m.end() + 60))
                for owner in dict.fromkeys(p.code for p in after if is_state(p.code)):
                    value = {"code": f"{code}:{owner}", "name": f"{name} ({owner})", "party": owner}
                    out.append(Item("condition", value, m.start(), m.end(), 0.8))
                continue
            out.append(Item("condition", value, m.start(), m.end(), 0.8))
    # the host state giving its consent or invitation itself
    host = {
        "code": "host-nation",
        "name": next(n for c, n, *_ in tables().conditions if c == "host-nation"),
    }
    out += [Item("condition", host, s, e, 0.8) for s, e in host_consent.find(doc, owners)]
    # the host's wish as the condition of the stay ("as long as the Ukrainians want us")
    out += [Item("condition", host, s, e, 0.8) for s, e in host_wish.find(doc, owners)]
    return sorted(out, key=lambda i: i.start)
