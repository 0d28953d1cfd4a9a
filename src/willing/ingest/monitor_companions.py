"""The states a text names as a monitoring mission's contributors (sixteenth set).

`monitor_origins` reads the monitors named by their states ("monitors from Chile"); texts
about the mission also name its contributors by their place beside another one, by a
label, or in a list of the mission's members, with no monitor noun before the states:

- companions of a contributor serving in the mission: "Indonesia menempatkan 200 personel
  dalam misi pemantauan, bersama Brasil, Malaysia, dan Afrika Selatan", "Ireland has 40
  observers on the line alongside Chile and Peru" (the sentence serves: a count of
  people or a verb of placing, sending or serving comes before "bersama"/"alongside");
- states labelled as contributors: "Brasil, Malaysia, dan Afrika Selatan sebagai sesama
  penyumbang pemantau", "Chile and Peru, as fellow contributors to the monitoring
  mission", "negara penyumbang pemantau, yaitu Brasil dan Malaysia";
- the mission then its members: "dalam misi pemantauan - Indonesia, Brasil, serta
  Malaysia", "Non-members in the monitoring mission: Chile, Peru" (two states or more);
- a list of states with their numbers of monitors: "Brasil (150 pemantau), Malaysia (90)
  dan Uruguay (25)" (two states or more, the first count naming the monitors or the
  monitors named just before).

Each state so named backstops the ceasefire by monitoring. A companion denied ("tidak
bersama Rusia") names nobody; warring sides never contribute.
"""

from __future__ import annotations

import re

from willing.ingest import stated_commitments
from willing.ingest.document import Doc, Index
from willing.ingest.items import Item
from willing.ingest.monitor_origins import backwards, contributor_sentences, listed_from
from willing.ingest.parties import Mention
from willing.ingest.prefilter import guarded
from willing.ingest.stated_commitments import Key

#: a commitment's key: state, layer, domain

#: the words a sentence must hold for this rule to look at it
_WORDS = frozenset(
    {"monitors", "monitor", "observers", "pemantau", "pemantauan", "monitoring", "pemantaunya"}
)
#: a monitor word: the mission or its people
_WATCHING = guarded(r"(?i:\b(?:monitor\w*|pemantau\w*|observers?)\b)")
#: serving in the mission: a count of people or a verb of placing, sending or serving
_SERVES = guarded(
    r"(?i:\b(?:\d[\d.,]*\s+(?:[\w-]+\s+)?(?:pemantau|personel|prajurit|monitors|observers"
    r"|personnel|officers|perwira)\b|menempatkan|mengirim\w*|bertugas|berpatroli|bekerja"
    r"|ditempatkan|serves?|served|serving|deploy\w*|sends?|sent|sending|patrol\w*"
    r"|station\w*|works?|working)\b)"
)
#: the companion marker and, optionally, the people of the companions
_WITH = guarded(
    r"(?i:\b(?:bersama(?:-sama)?(?:\s+dengan)?|alongside|together\s+with|along\s+with"
    r"|side\s+by\s+side\s+with)\s+(?:(?:the\s+)?(?:pemantau|monitors|observers|personel"
    r"|personnel|teams?|tim)\s+(?:dari|from|of)\s+)?)"
)
#: a label after the states: "sebagai sesama penyumbang pemantau", "as fellow contributors
#: to the monitoring mission"
_LABEL_AFTER = re.compile(
    r"(?i:,?\s+(?:sebagai|as)\s+(?:sesama\s+|fellow\s+|the\s+other\s+|other\s+)?"
    r"(?:negara\s+)?(?:penyumbang|kontributor|contributors?|contributing\s+(?:states|countries"
    r"|nations))\s+(?:(?:of|to|for|bagi|dalam|untuk)\s+(?:the\s+)?)?(?:pemantau|misi\s+pemantauan"
    r"|monitors|observers|(?:ceasefire\s+)?monitoring\s+mission)\b)"
)
#: a label before the states: "negara penyumbang pemantau, yaitu", "states contributing
#: monitors, such as", "contributors to the monitoring mission:"
_LABEL_BEFORE = guarded(
    r"(?i:\b(?:(?:negara(?:-negara)?\s+)?(?:penyumbang|kontributor)\s+pemantau(?:\s+lain(?:nya)?)?"
    r"|(?:states|countries|nations)\s+(?:contributing|that\s+contribute|sending)\s+(?:monitors"
    r"|observers)|contributors\s+(?:of\s+monitors|to\s+the\s+(?:ceasefire\s+)?monitoring"
    r"\s+mission))\s*(?:[:–—]\s*|\s-\s*|,?\s*(?:yaitu|yakni|seperti|antara\s+lain|termasuk"
    r"|such\s+as|including|namely|like)\s+))"
)
#: the mission then a mark, its members after: "dalam misi pemantauan - ", "in the
#: monitoring mission: "
_MISSION_THEN = guarded(
    r"(?i:\b(?:dalam|in)\s+(?:the\s+)?(?:misi\s+pemantauan(?:\s+gencatan\s+senjata)?"
    r"|(?:ceasefire\s+)?monitoring\s+mission)\s*(?:[:–—]\s*|\s-\s*))"
)
#: a number of monitors in brackets after a state: "(150 pemantau)", "(90)"
_COUNT = re.compile(
    r"(?i:\s*\(\s*\d[\d.,]*(?P<noun>\s+(?:pemantau|monitors|observers|personel|personnel))?"
    r"\s*\))"
)
#: what joins two states of one list
_JOIN = re.compile(r"(?i:\s*,\s*(?:(?:and|dan|serta)\s+)?|\s+(?:and|dan|serta|&)\s+)")
#: a label or companion denied or wished for before it
_NOT = guarded(r"(?i:\b(?:no|not|never|nor|tidak|tak|bukan|belum|tanpa|without)\s+$)")


def _counted(doc: Doc, named: Index[Mention], s: int, e: int) -> list[Mention]:
    """States listed with their numbers of monitors in brackets (see the module)."""
    out: list[Mention] = []
    inside = named.within(s, e)
    n = 0
    while n < len(inside):
        run: list[Mention] = []
        noun = False
        k = n
        pos = -1
        while k < len(inside):
            p = inside[k]
            count = _COUNT.match(doc.text, p.end, e)
            if count is None or (run and p.start != pos):
                break
            run.append(p)
            noun = noun or bool(count.group("noun"))
            join = _JOIN.match(doc.text, count.end(), e)
            pos = join.end() if join else -1
            k += 1
        if len(run) >= 2 and (
            noun or _WATCHING.search(doc.text, max(s, run[0].start - 60), run[0].start)
        ):
            out += run
        n = max(k, n + 1)
    return out


def find(doc: Doc, parties: list[Mention], have: set[Key]) -> list[Item]:
    """A monitoring commitment for each state named as the mission's contributor."""
    sentences, named = contributor_sentences(doc, parties, _WORDS)
    out: list[Item] = []
    for s, e in sentences:
        found: list[Mention] = []
        for m in _WITH.finditer(doc.text, s, e):
            if (
                _WATCHING.search(doc.text, s, m.start())
                and _SERVES.search(doc.text, s, m.start())
                and not _NOT.search(doc.text, max(s, m.start() - 12), m.start())
            ):
                found += listed_from(doc, named, m.end(), e)
        for m in _LABEL_BEFORE.finditer(doc.text, s, e):
            found += listed_from(doc, named, m.end(), e)
        for m in _MISSION_THEN.finditer(doc.text, s, e):
            listed = listed_from(doc, named, m.end(), e)
            found += listed if len(listed) >= 2 else []
        for p in named.within(s, e):
            if _LABEL_AFTER.match(doc.text, p.end, e):
                found += backwards(doc, named, p, s)
        found += _counted(doc, named, s, e)
        out += stated_commitments.each(found, "backstop", "monitoring", have, (s, e))
    return out
