"""Scores the extractor against hand-annotated gold files: precision, recall, F1 per item type.

A gold file is YAML next to its article::

    text: paris-summit.txt      # the article, in the same folder
    published: 2026-01-07
    language: id
    meetings: [{date: 2026-01-07, place: Paris, format: in_person, host: FRA, countries: 35}]
    dates: [2026-01-07]
    counts: [{measure: countries, value: 35}]
    people: [{name: Emmanuel Macron, role: President, party: FRA}]
    parties: [FRA, UKR]
    figures: [{kind: percent, value: 90, measure: readiness}]
    commitments: [{party: COTW, layer: regenerate, domain: training}]
    conditions: [ceasefire]
    positions: [{party: RUS, issue: territory, stance: support}]

Items are compared as sets of keys (repeated mentions count once). A meeting
contributes one key per known field, anchored on the gold meeting it is matched to: each
proposed meeting is paired with the gold meeting it shares most field values with (so a
meeting whose date was not found is still scored field by field). A field left empty, in
a meeting or a person, is a miss only: it is not also counted as a false value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from willing.ingest import rules
from willing.ingest.errors import IngestError
from willing.ingest.extract import extract
from willing.ingest.items import ITEM_TYPES, Extraction
from willing.ingest.meeting_place import same_place_key
from willing.ingest.people import known

Key = tuple[Any, ...]
_MEETING_FIELDS = {
    "date": "date",
    "place": "place",
    "format": "format",
    "host": "host",
    "countries": "countries_count",
    "heads": "heads_count",
}
_GOLD_KEYS = {
    "meeting": "meetings",
    "date": "dates",
    "count": "counts",
    "person": "people",
    "party": "parties",
    "figure": "figures",
    "commitment": "commitments",
    "condition": "conditions",
    "position": "positions",
    "claim": "claims",
}


@dataclass
class Score:
    """True positives, false positives and false negatives of one item type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """None when nothing was proposed: there is nothing to be precise about."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """None when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """None when nothing was expected and nothing proposed; else 0 without a hit."""
        if not self.tp:
            return None if not (self.fp or self.fn) else 0.0
        p, r = self.tp / (self.tp + self.fp), self.tp / (self.tp + self.fn)
        return 2 * p * r / (p + r)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class FileResult:
    """Scores of one gold file, with the keys missed and the keys proposed in excess."""

    name: str
    scores: dict[str, Score]
    missed: dict[str, list[Key]] = field(default_factory=dict)
    extra: dict[str, list[Key]] = field(default_factory=dict)


@dataclass
class Report:
    """Per-file results and totals (micro-averaged over files)."""

    files: list[FileResult]

    def totals(self) -> dict[str, Score]:
        out = {t: Score() for t in ITEM_TYPES}
        for result in self.files:
            for item_type, score in result.scores.items():
                out[item_type].add(score)
        return out

    def total(self, without: frozenset[str] = frozenset()) -> Score:
        """Every item type together (micro-averaged), but those in `without`."""
        out = Score()
        for item_type, score in self.totals().items():
            if item_type not in without:
                out.add(score)
        return out

    def total_without_parties(self) -> Score:
        """The pooled score without party mentions: they are many and easy, and would
        hide how the harder types do (the measure the targets are set on)."""
        return self.total(frozenset({"party"}))

    def as_dict(self) -> dict[str, Any]:
        def row(s: Score) -> dict[str, Any]:
            return {
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
                "precision": _round(s.precision),
                "recall": _round(s.recall),
                "f1": _round(s.f1),
            }

        return {
            "totals": {t: row(s) for t, s in self.totals().items()},
            "total": row(self.total()),
            "total_without_parties": row(self.total_without_parties()),
            "files": {
                f.name: {
                    "scores": {t: row(s) for t, s in f.scores.items()},
                    "missed": {t: [list(k) for k in ks] for t, ks in f.missed.items() if ks},
                    "extra": {t: [list(k) for k in ks] for t, ks in f.extra.items() if ks},
                }
                for f in self.files
            },
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _num(value: Any) -> str | None:
    if value is None:
        return None
    number = float(value)
    return str(int(number)) if number.is_integer() else f"{number:g}"


def _name(name: str) -> str:
    hit = known().get(name)
    return (hit.name if hit else name).casefold()


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def meeting_fields(meeting: dict[str, Any]) -> dict[str, str]:
    """The known fields of a meeting (gold or proposed), as comparable strings."""
    out: dict[str, str] = {}
    for gold_name, name in _MEETING_FIELDS.items():
        value = meeting.get(gold_name, meeting.get(name))
        if value is None:
            continue
        if name.endswith("_count"):
            value = _num(value)
        elif name == "place":
            value = same_place_key(str(value))
        out[gold_name] = str(_text(value))
    return out


def _anchor(fields: dict[str, str]) -> str:
    return fields.get("date") or fields.get("place") or "?"


def meeting_keys(meetings: Iterable[dict[str, Any]]) -> set[Key]:
    """(anchor, field, value) for every known field of every meeting."""
    out: set[Key] = set()
    for meeting in meetings:
        fields = meeting_fields(meeting)
        out |= {(_anchor(fields), name, value) for name, value in fields.items()}
    return out


def matched_meeting_keys(
    found: Iterable[dict[str, Any]], gold: Iterable[dict[str, Any]]
) -> set[Key]:
    """Keys of proposed meetings, each anchored on the gold meeting it overlaps most.

    Pairs are made greedily by the number of equal field values, one gold meeting per
    proposed one; a proposed meeting sharing no value with any gold meeting keeps its own
    anchor (all its fields are then false).
    """
    proposed = [meeting_fields(m) for m in found]
    expected = [meeting_fields(m) for m in gold]
    overlaps = sorted(
        (
            (sum(1 for k, v in p.items() if g.get(k) == v), -i, -j)
            for i, p in enumerate(proposed)
            for j, g in enumerate(expected)
        ),
        reverse=True,
    )
    anchor: dict[int, str] = {}
    taken: set[int] = set()
    for overlap, i, j in overlaps:
        if overlap and -i not in anchor and -j not in taken:
            anchor[-i] = _anchor(expected[-j])
            taken.add(-j)
    return {
        (anchor.get(i, _anchor(p)), name, value)
        for i, p in enumerate(proposed)
        for name, value in p.items()
    }


def _figure_key(v: dict[str, Any]) -> Key:
    return (
        v.get("kind"),
        v.get("measure"),
        _num(v.get("value")),
        _num(v.get("low")),
        _num(v.get("high")),
        v.get("unit") if v.get("kind") == "money" else None,
    )


def extraction_keys(result: Extraction, gold: dict[str, Any] | None = None) -> dict[str, set[Key]]:
    """The comparable keys of everything the extractor proposed.

    With the gold annotation, meetings are anchored on the gold meeting each matches
    best, and a person whose role or party was left empty where the gold names one is
    dropped (a miss, not also a false value).
    """
    keys: dict[str, set[Key]] = {t: set() for t in ITEM_TYPES}
    gold_people = _people_keys(gold) if gold is not None else set()
    meetings = [i.value for i in result.of_type("meeting")]
    keys["meeting"] = (
        matched_meeting_keys(meetings, gold.get("meetings") or [])
        if gold is not None
        else meeting_keys(meetings)
    )
    for item in result.items:
        v = item.value
        if item.type == "date":
            keys["date"].add((v["value"],))
        elif item.type == "count":
            keys["count"].add(
                (v["measure"], _num(v.get("value")), _num(v.get("low")), _num(v.get("high")))
            )
        elif item.type == "person":
            person = (_name(v["name"]), v.get("role"), v.get("party"))
            if gold is None or not _partial(person, gold_people):
                keys["person"].add(person)
        elif item.type == "party":
            keys["party"].add((v["code"],))
        elif item.type == "figure":
            keys["figure"].add(_figure_key(v))
        elif item.type == "commitment":
            keys["commitment"].add((v["party"], v["layer"], v.get("domain")))
        elif item.type == "condition":
            keys["condition"].add((v["code"],))
        elif item.type == "position":
            keys["position"].add((v["party"], v["issue"], v["stance"]))
        elif item.type == "claim":
            keys["claim"].add((v["subject"], v["value"]))
    return keys


def _people_keys(gold: dict[str, Any]) -> set[Key]:
    return {(_name(p["name"]), p.get("role"), p.get("party")) for p in gold.get("people") or []}


def _partial(person: Key, gold: set[Key]) -> bool:
    """True when the person is a gold person with some field left empty, none false."""
    return person not in gold and any(
        g[0] == person[0]
        and all(v is None or v == w for v, w in zip(person[1:], g[1:], strict=True))
        for g in gold
    )


#: the codes a gold file may use for conditions and stances: an annotator who writes
#: another (a stance "keep") would score every right answer of the extractor as one false
#: key and one missed key. A bare "parliament" is the members' parliaments in general; a
#: named or implied one is "parliament:STATE".
CONDITIONS = frozenset({"ceasefire", "us-backstop", "peace-agreement", "host-nation", "parliament"})
_PARLIAMENT = re.compile(r"parliament:[A-Z]{3}")
STANCES = frozenset({"support", "oppose", "guarded", "conditional"})


def _condition(code: Any) -> Key:
    text = str(code)
    if text not in CONDITIONS and not _PARLIAMENT.fullmatch(text):
        raise ValueError(
            f"unknown condition '{text}' (one of {', '.join(sorted(CONDITIONS))}, "
            "or parliament:STATE as in parliament:DEU)"
        )
    return (text,)


def _position(p: dict[str, Any]) -> Key:
    if p["issue"] not in rules.load("positions")["issues"]:
        raise ValueError(f"unknown issue '{p['issue']}'")
    if p["stance"] not in STANCES:
        raise ValueError(f"unknown stance '{p['stance']}' (one of {', '.join(sorted(STANCES))})")
    return (p["party"], p["issue"], p["stance"])


def gold_keys(gold: dict[str, Any]) -> dict[str, set[Key]]:
    """The comparable keys of a gold annotation (a code no table knows is a ValueError)."""
    keys: dict[str, set[Key]] = {t: set() for t in ITEM_TYPES}
    keys["meeting"] = meeting_keys(gold.get("meetings") or [])
    keys["date"] = {(_text(d),) for d in gold.get("dates") or []}
    keys["count"] = {
        (c["measure"], _num(c.get("value")), _num(c.get("low")), _num(c.get("high")))
        for c in gold.get("counts") or []
    }
    keys["person"] = _people_keys(gold)
    keys["party"] = {(str(p),) for p in gold.get("parties") or []}
    keys["figure"] = {_figure_key(f) for f in gold.get("figures") or []}
    keys["commitment"] = {
        (c["party"], c["layer"], c.get("domain")) for c in gold.get("commitments") or []
    }
    keys["condition"] = {_condition(c) for c in gold.get("conditions") or []}
    keys["position"] = {_position(p) for p in gold.get("positions") or []}
    keys["claim"] = {(c["subject"], c["value"]) for c in gold.get("claims") or []}
    return keys


def load_gold(path: Path) -> tuple[dict[str, Any], bytes]:
    """A gold annotation and the bytes of the article it annotates."""
    try:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise IngestError(f"{path}: cannot read gold file: {exc}") from exc
    if not isinstance(gold, dict) or "text" not in gold:
        raise IngestError(f"{path}: a gold file is a mapping with a 'text' entry")
    article = path.parent / str(gold["text"])
    try:
        return gold, article.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read article {article.name}: {exc}") from exc


def _published(path: Path, value: Any) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise IngestError(
            f"{path}: 'published' must be a date as YYYY-MM-DD, not '{value}'"
        ) from None


def _gold_keys(path: Path, gold: dict[str, Any]) -> dict[str, set[Key]]:
    """The gold keys, or an IngestError naming the file and the entry it could not read."""
    for name in _GOLD_KEYS.values():
        if gold.get(name) is not None and not isinstance(gold[name], list):
            raise IngestError(f"{path}: '{name}' must be a list")
    try:
        return gold_keys(gold)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        detail = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
        raise IngestError(f"{path}: an entry cannot be read ({detail})") from None


def evaluate_file(path: Path, model: bool | None = None) -> FileResult:
    """Extract the article of one gold file and score it (`model`: as `extract` takes it)."""
    gold, data = load_gold(path)
    published = _published(path, gold.get("published"))
    expected = _gold_keys(path, gold)
    result = extract(data, published=published, what=str(gold["text"]), model=model)
    found = extraction_keys(result, gold)
    scores, missed, extra = {}, {}, {}
    for t in ITEM_TYPES:
        if _GOLD_KEYS[t] not in gold:
            continue  # a type the annotator did not cover is not scored
        scores[t] = Score(
            len(found[t] & expected[t]), len(found[t] - expected[t]), len(expected[t] - found[t])
        )
        missed[t] = sorted(expected[t] - found[t], key=repr)
        extra[t] = sorted(found[t] - expected[t], key=repr)
    return FileResult(path.stem, scores, missed, extra)


def evaluate_dir(folder: Path, model: bool | None = None) -> Report:
    """Score every `*.yaml` gold file of a folder."""
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise IngestError(f"{folder}: no gold files (*.yaml) found")
    return Report([evaluate_file(p, model) for p in files])


def evaluate_dirs(folders: list[Path], model: bool | None = None) -> dict[str, Report]:
    """Score several folders: a report per folder, by the folder as given.

    Every folder is checked for gold files before any article is read.
    """
    for folder in folders:
        if not any(folder.glob("*.yaml")):
            raise IngestError(f"{folder}: no gold files (*.yaml) found")
    return {str(folder): evaluate_dir(folder, model) for folder in dict.fromkeys(folders)}


def combined(reports: dict[str, Report]) -> Report:
    """One report over the files of several (each file named `folder/file`)."""
    files = [
        FileResult(f"{name}/{f.name}", f.scores, f.missed, f.extra)
        for name, report in reports.items()
        for f in report.files
    ]
    return Report(files)
