"""Soldiers named by their task: a land item's troops are often not a land force
(twenty-first set, as in the nineteenth and twentieth).

The rules read a state's soldiers as a land force in Ukraine. The noun phrase around the
troop word often says what they do instead, and the annotators then count another domain
(or none):

* a logistics, transport, railway, supply or guard unit ("a logistics battalion of 480
  soldiers", "200 railway troops to guard the yard", "batalion logistik berkekuatan 450
  prajurit", "150 tentara untuk penjagaan", "200 personel penjaga"): the state supports
  the force's logistics;
* an air defence unit ("an air defence task force of 900 soldiers", "a ground-based air
  defence unit", "satuan pertahanan udara ... 900 prajurit"): the state reassures by air;
* Ukrainian soldiers, or troops sent to a training mission ("a training range for 600
  Ukrainian soldiers", "latih 2.000 prajurit Ukraina", "a company of 120 troops to the
  training mission"): the state trains;
* the land as ground, not as a domain ("provides the land, the rail sidings and the
  guards"): no item.

Each is a small family of task words combined with the troop word inside one noun phrase
(a few words before it, or a task phrase right after it, no sentence end, no clause break
other than one comma). The item is relabelled with the task's layer and domain (or dropped
for the ground); items of other domains are left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from willing.ingest.document import Doc
from willing.ingest.items import Item

_LOGISTICS = (
    r"(?:logistics?|logistic|logistik|supply|supplies|resupply|transport|transportation"
    r"|railway|rail|movement[\s-]control|military\s+police|guard|guards|perbekalan"
    r"|angkutan|perkeretaapian|zeni\s+kereta|penjaga|pengamanan)"
)
_AIR = (
    r"(?:air[\s-]defen[cs]e|anti[\s-]aircraft|missile[\s-]defen[cs]e|pertahanan\s+udara\w*"
    r"|patriot|iris-t|samp/t|nasams)"
)
_TRAINEES = r"(?:ukrainian|ukraine's|training\s+(?:range|camp|centre|center))"
#: the sites a guard or an operating unit keeps: a hub, a depot, a yard, an airfield
_SITES = (
    r"hub|depot|yard|base|airport|airfield|port|site|warehouse|railway|rail|line|convoys?"
    r"|trains|pusat|gudang|bandara|pangkalan|pelabuhan|jalur|rel|kereta|konvoi|lokasi"
)
_UNIT = r"(?:[\w/-]+,?\s+){0,6}?"
#: task words a few words before the troop word: "a logistics battalion of 480 soldiers"
_BEFORE = {
    ("support", "logistics"): re.compile(rf"(?i:\b{_LOGISTICS}\s+{_UNIT}\Z)"),
    ("reassure", "air"): re.compile(rf"(?i:\b{_AIR}\s+{_UNIT}\Z)"),
    ("regenerate", "training"): re.compile(rf"(?i:\b{_TRAINEES}\s+(?:\w+\s+){{0,1}}\Z)"),
}
#: task phrases right after it: "200 railway troops to guard", "150 tentara untuk
#: penjagaan", "personel penjaga", "prajurit Ukraina", "ground-based air defence"
_AFTER = {
    ("support", "logistics"): re.compile(
        r"(?i:\A\s*(?:(?:to|for)\s+(?:guard|operate|run|man|staff|secure|protect)\s+(?:\w+\s+)?"
        rf"(?:{_SITES})\b|untuk\s+(?:menjaga|mengamankan|mengoperasikan)\s+(?:{_SITES})\b"
        r"|untuk\s+(?:mengamankan|menjaga|mengoperasikan)nya\b|untuk\s+(?:penjagaan|pengamanan"
        r"|pengaturan)\b(?!\s+(?:gencatan|garis|perbatasan|wilayah|perdamaian|kota))"
        r"|(?:penjaga|pengamanan|logistik|angkutan)\b))"
    ),
    ("reassure", "air"): re.compile(rf"(?i:\A-?\s*based\s+{_AIR})"),
    ("regenerate", "training"): re.compile(
        r"(?i:\A\s*(?:ukraina\b|(?:to|for|into)\s+(?:the\s+|a\s+)?(?:\w+\s+)?training"
        r"\s+(?:mission|programme|program)|(?:untuk\s+)?dilatih\b))"
    ),
}
#: the land as ground: "provides the land, the rail sidings ..."
_GROUND = re.compile(r"(?i:\b(?:the|its|their)\s+\Z)")
_FORCE_AFTER = re.compile(
    r"(?i:\A\s+(?:forces?|troops|component|element|brigade|contingent|units?|army|power"
    r"|domain|operations?|deployment|battalions?|war)\b)"
)
#: the land as ground: no item
_GROUND_TASK = ("", "")
_CHEAP = re.compile(
    r"(?i:logisti|supply|supplies|transport|rail|guard|movement|police|perbekalan|angkutan"
    r"|penjaga|pengamanan|untuk|air|patriot|iris|samp|nasams|udara|ukrain|training|the\s+land"
    r"|its\s+land|their\s+land)"
)


def _task(doc: Doc, item: Item) -> tuple[str, str] | None:
    """The task's (layer, domain), _GROUND_TASK for the land as ground, None for no task."""
    span = item.value.get("evidence", {}).get("domain")
    if not span:
        return None
    a, b = span
    s, e = doc.sentences[doc.sentence_index(a)]
    before = doc.text[max(s, a - 70) : a]
    after = doc.text[b : min(e, b + 50)]
    if not _CHEAP.search(before + doc.text[a:b] + after):
        return None
    if doc.text[a:b].lower() == "land":
        return _GROUND_TASK if _GROUND.search(before) and not _FORCE_AFTER.match(after) else None
    for task, pattern in _AFTER.items():
        if pattern.match(after):
            return task
    for task, pattern in _BEFORE.items():
        if pattern.search(before):
            return task
    return None


def relabelled(doc: Doc, found: list[Item]) -> list[Item]:
    """`found` with the land items whose troops are named by another task relabelled."""
    out: list[Item] = []
    for item in found:
        if item.value.get("layer") != "reassure" or item.value.get("domain") != "land":
            out.append(item)
            continue
        task = _task(doc, item)
        if task == _GROUND_TASK:
            continue
        if task:
            layer, domain = task
            item = replace(item, value={**item.value, "layer": layer, "domain": domain})
        out.append(item)
    return out
