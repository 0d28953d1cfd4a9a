"""A learned model for commitments: a score for each (party, layer, domain) an article could
give, read from the party's own clause.

Bag-of-words features of a party's whole sentence could not tell "Britain will send
frigates" from "Britain urged Germany to send frigates": both sentences hold the same
words. Here a candidate is a party named in a sentence that also holds an asset word of a
domain (`commitments.yaml` `domains`, troops for land); its features are those of the
party's clauses (the words from its name up to the next party, clause start or sentence
end), the word just before and after its name (a subject or a recipient: "to Ukraine",
"kepada"), the classes of words in its clause (a giving verb, a refusal or hedge, a
condition, a future), and where the asset word stands (in the party's clause, or only in
its sentence), alone and joined with the giving verb and the refusal; each class of the
party's clauses and lead words is also joined with the key's layer and domain
(`LABEL_PAIRS`: a giving verb weighs for the domains it goes with). The clause's words'
stems and word classes (`CLAUSE_EXTRA`) were
judged no better on held-out sets. One logistic regression scores every candidate, so it
learns what makes a party a giver once for all domains. The score both adds keys the rules
missed (above a threshold) and, optionally, vetoes rule keys it finds unlikely (below a low
one).
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from willing.ingest import learned_words, rules
from willing.ingest.document import Doc
from willing.ingest.items import Item
from willing.ingest.learned import Table, party_spans

#: whether `extract` lets the commitment model add and veto keys (the temporal validation
#: on the ninth set decides)
ENABLED = True
#: an added item's confidence is its probability times this (below the rules' 0.7)
_CONFIDENCE = 0.6
#: words before a name that make the party a recipient or a place, not a giver
_RECIPIENT = frozenset(
    [
        "to",
        "kepada",
        "ke",
        "untuk",
        "bagi",
        "for",
        "into",
        "in",
        "di",
        "at",
        "with",
        "dengan",
        "from",
        "dari",
        "by",
        "oleh",
    ]
)
#: words of a condition or a future in a clause (the rest come from the rules' tables)
_CONDITION = (
    "if",
    "jika",
    "once",
    "only if",
    "provided",
    "apabila",
    "bila",
    "asalkan",
    "dengan syarat",
    "after",
    "setelah",
    "unless",
    "kecuali",
    "as long as",
    "selama",
)
_FUTURE = (
    "will",
    "would",
    "akan",
    "could",
    "can",
    "bisa",
    "dapat",
    "siap",
    "ready to",
    "plans to",
    "berencana",
    "intends to",
    "is to",
    "are to",
)
#: words that join two names into one subject
_JOINS = frozenset(("and", "dan", "serta", "or", "atau", "dan juga", "as", "well"))
#: how far a clause runs past the name, at most (tokens)
_REACH = 25
#: the prefix of a clause word's feature ("w:send")
_WORD = "w:"
#: whether a clause word's stem and classes are features too ("wt:send", "wc:troop"): off,
#: as judged on held-out sets (docs/ingest.md)
CLAUSE_EXTRA = False
#: whether each label of a party's clauses and of the words before its names is joined
#: with the key's layer and domain ("c:cue|reassure/air", "L:neg|air"): a giving verb
#: weighs for the domains it is used with (judged on held-out sets, docs/ingest.md)
LABEL_PAIRS = True


def _phrase_keys(phrase: str) -> tuple[str, ...]:
    return tuple(Doc.build(phrase, None, None).keys)


@cache
def lexicon() -> dict[str, dict[int, dict[tuple[str, ...], frozenset[str]]]]:
    """Every phrase the features look for, by its first word and length: its labels.

    Labels: `a:layer/domain` for an asset, `cue`, `neg`, `cond`, `fut`, `start` (a new
    clause); every phrase that matches adds its labels ("pasukan darat" and "pasukan").
    """
    table = rules.load("commitments")
    labelled: list[tuple[str, str]] = []
    for entry in table["domains"]:
        label = f"a:{entry['layer']}/{entry.get('domain') or '-'}"
        labelled += [(str(w), label) for w in entry["words"]]
    labelled += [(str(w), "a:reassure/land") for w in table["troop_words"]]
    labelled += [(str(w), "cue") for w in table["cues"] + table["troop_cues"]]
    labelled += [(str(w), "neg") for w in table["negations"] + table["open_questions"]]
    labelled += [(w, "cond") for w in _CONDITION] + [(w, "fut") for w in _FUTURE]
    labelled += [(str(w), "start") for w in table["clause_starts"]]
    found: dict[tuple[str, ...], set[str]] = {}
    for phrase, label in labelled:
        keys = _phrase_keys(phrase)
        if keys:
            found.setdefault(keys, set()).add(label)
    out: dict[str, dict[int, dict[tuple[str, ...], frozenset[str]]]] = {}
    for keys, labels in sorted(found.items()):
        out.setdefault(keys[0], {}).setdefault(len(keys), {})[keys] = frozenset(labels)
    return out


@cache
def _one_word() -> dict[str, frozenset[str]]:
    """The labels of each word of the lexicon that opens no longer phrase: found wherever
    the word stands, without reading the tokens after it."""
    return {
        first: phrases[(first,)]
        for first, lengths in lexicon().items()
        if list(lengths) == [1] and (phrases := lengths[1]).keys() == {(first,)}
    }


Labels = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]
_NONE: Labels = (frozenset(), frozenset(), frozenset(), frozenset())


@cache
def _label_features(labels: frozenset[str]) -> Labels:
    """A token's labels; as features of the clause after a name ("c:") and of the words
    just before it ("L:"); its asset classes."""
    plain = [x for x in labels if not x.startswith("a:")]
    return (
        labels,
        frozenset(f"c:{x}" for x in plain),
        frozenset(f"L:{x}" for x in plain),
        frozenset(x[2:] for x in labels if x.startswith("a:")),
    )


@cache
def _state(role: str, giving: bool, refused: bool) -> tuple[str, str]:
    """The features of an asset in a party's clause, or only in its sentence: the party's
    role and whether its clause gives or refuses."""
    state = f"{role}:{'cue' if giving else 'nocue'}:{'neg' if refused else 'ok'}"
    return f"A:clause:{state}", f"A:sentence:{state}"


@cache
def _pairs(marks: frozenset[str], name: str) -> frozenset[str]:
    """A party's labels joined with a key's layer and domain."""
    return frozenset(f"{x}|{name}" for x in marks)


@cache
def _clause_extra(word: str, language: str | None) -> frozenset[str]:
    """A clause word's stem and classes as clause features."""
    return frozenset("w" + f for f in learned_words.features(word, language))


@cache
def never_givers() -> frozenset[str]:
    """States the force guards against, and Ukraine: never a contributor."""
    return frozenset(str(c) for c in rules.load("commitments")["never_contributors"])


class Reading:
    """The labelled phrases of one article and each sentence's token range."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        keys = doc.keys
        self.first = [doc.token_at(s) for s, _ in doc.sentences]
        self.last = [bisect_right(doc.ends, e) for _, e in doc.sentences]
        #: labels[i]: the labels of the phrases starting at token i
        self.labels: dict[int, frozenset[str]] = {}
        words, alone = lexicon(), _one_word()
        where = doc.positions
        for key in where.keys() & words.keys():
            single = alone.get(key)
            if single is not None:  # a word no longer phrase opens: its labels everywhere
                self.labels.update(dict.fromkeys(where[key], single))
                continue
            lengths = words[key]
            for i in where[key]:
                hits = [
                    labels
                    for n, phrases in lengths.items()
                    if (labels := phrases.get(tuple(keys[i : i + n]))) is not None
                ]
                if hits:
                    self.labels[i] = frozenset().union(*hits)
        #: the tokens with a label, and those starting a clause, in text order
        self.labelled = sorted(self.labels)
        self.starts = [i for i in self.labelled if "start" in self.labels[i]]
        self._sentence_assets: dict[int, frozenset[str]] = {}
        self._sentence_words: dict[int, set[str]] = {}

    def features(self, a: int, b: int) -> Labels:
        """Of tokens a..b-1: the labels, as clause features, as lead features, the assets."""
        at = self.labelled
        lo, hi = bisect_left(at, a), bisect_left(at, b)
        if lo == hi:
            return _NONE
        if hi == lo + 1:
            return _label_features(self.labels[at[lo]])
        parts = [_label_features(self.labels[i]) for i in at[lo:hi]]
        return (
            frozenset().union(*(p[0] for p in parts)),
            frozenset().union(*(p[1] for p in parts)),
            frozenset().union(*(p[2] for p in parts)),
            frozenset().union(*(p[3] for p in parts)),
        )

    def sentence_assets(self, k: int) -> frozenset[str]:
        """The asset classes of sentence `k` (read once)."""
        found = self._sentence_assets.get(k)
        if found is None:
            found = self._sentence_assets[k] = frozenset(
                self.features(self.first[k], self.last[k])[3]
            )
        return found

    def sentence_words(self, k: int, named: dict[int, str]) -> set[str]:
        """The words of sentence `k` but the parties' names, as features (read once)."""
        found = self._sentence_words.get(k)
        if found is None:
            keys = self.doc.keys
            found = self._sentence_words[k] = {
                "s:" + keys[i] for i in range(self.first[k], self.last[k]) if i not in named
            }
        return found


@dataclass
class Candidates:
    """Each candidate key of an article, its features, and the sentence to show for it."""

    keys: list[tuple[str, str, str | None]]
    rows: list[set[str]]
    sentences: list[int]


def _class_key(name: str) -> tuple[str, str | None]:
    layer, domain = name.split("/")
    return layer, None if domain == "-" else domain


def candidates(doc: Doc, items: list[Item], sentence_words: bool = True) -> Candidates:
    """Every (party, layer, domain) whose asset words share a sentence with the party."""
    out = Candidates([], [], [])
    if not doc.sentences:
        return out
    r = Reading(doc)
    keys = doc.keys
    spans = party_spans(items)
    named: dict[int, str] = {}
    at: dict[str, list[tuple[int, int]]] = {}
    for code, places in spans.items():
        for a, b in places:
            first = doc.token_at(a)
            if first >= len(keys):
                continue
            last = max(first, bisect_right(doc.ends, b) - 1)
            at.setdefault(code, []).append((first, last))
            for i in range(first, last + 1):
                named[i] = code
    order = sorted(named)
    for code, mentions in at.items():
        placed = [(first, last, doc.sentence_index(doc.starts[first])) for first, last in mentions]
        if not any(r.sentence_assets(k) for _, _, k in placed):
            continue  # no asset word shares a sentence with it: no candidate
        party: set[str] = {f"p:{code}", f"l:{doc.language}"}
        if code in never_givers():
            party.add("never")
        clause_assets: dict[str, int] = {}
        sentence_assets: dict[str, int] = {}
        states: dict[str, set[str]] = {}
        sentences: set[int] = set()
        marks: set[str] = set()  # the labels of its clauses and of the words before it
        for first, last, k in placed:
            sentences.add(k)
            s_first, s_last = r.first[k], r.last[k]
            end = _clause_end(r, named, order, code, last, s_last)
            before = keys[first - 1] if first > s_first else "<s>"
            role = "obj" if before in _RECIPIENT else "subj"
            party.add(f"b:{before}")
            party.add(role)
            n = 0  # the (at most two) words after the name that name no party
            for i in range(last + 1, min(end, last + 3)):
                if i not in named:
                    party.add(f"v{n}:{keys[i]}")
                    n += 1
            labels, clause, _, assets = r.features(last + 1, end)
            lead, _, leading, _ = r.features(max(s_first, first - 4), first)
            party.update(clause, leading)
            marks.update(clause, leading)
            # the clause's words ("w:" + word, added in C), a party's name left out
            if bisect_left(order, end) > bisect_left(order, last + 1):
                words = [keys[i] for i in range(last + 1, end) if i not in named]
            else:
                words = keys[last + 1 : end]
            party.update(map(_WORD.__add__, words))
            if CLAUSE_EXTRA:
                party.update(*(_clause_extra(w, doc.language) for w in words))
            in_clause, in_sentence = _state(role, "cue" in labels, "neg" in labels or "neg" in lead)
            for x in assets:
                clause_assets.setdefault(x, k)
                states.setdefault(x, set()).add(in_clause)
            for x in r.sentence_assets(k):
                sentence_assets.setdefault(x, k)
                states.setdefault(x, set()).add(in_sentence)
        if sentence_words:
            for k in sentences:
                party.update(r.sentence_words(k, named))
        party.add(f"n:{min(3, len(sentences))}")
        labelled = frozenset(marks)
        for name in sorted(sentence_assets):
            row = set(party)
            row.add(f"k:{name}")
            where = "clause" if name in clause_assets else "sentence"
            row.update((f"A:{where}", f"A:{where}:{name}"))
            row.update(states[name])
            if LABEL_PAIRS:
                row.update(_pairs(labelled, name))
            out.keys.append((code, *_class_key(name)))
            out.rows.append(row)
            out.sentences.append(clause_assets.get(name, sentence_assets[name]))
    return out


def _clause_end(
    r: Reading, named: dict[int, str], order: list[int], code: str, last: int, s_last: int
) -> int:
    """Where the clause after a party's name ends: at another party (unless only "and"
    stands between: "Kanada dan Norwegia menyumbang kapal"), a clause start, the sentence
    end, or `_REACH` tokens on."""
    keys = r.doc.keys
    end = min(s_last, last + 1 + _REACH)
    i = last + 1
    while i < end:
        n = bisect_left(r.starts, i)
        start = r.starts[n] if n < len(r.starts) else end
        n = bisect_left(order, i)
        while n < len(order) and named[order[n]] == code:
            n += 1
        other = order[n] if n < len(order) else end
        if min(start, other) >= end:
            return end
        if start <= other or any(keys[t] not in _JOINS for t in range(i, other)):
            return min(start, other)
        i = other
        while i < end and named.get(i, code) != code:
            if i == start:
                return i
            i += 1
    return end


@cache
def model() -> Table | None:
    """The shipped commitment model (None if none ships), read once on first use."""
    path = resources.files("willing.ingest").joinpath("rules/learned_commitments.json")
    if not path.is_file():
        return None
    data = json.loads(path.read_text("utf-8"))
    return Table.from_json(data["commitments"])


@cache
def veto_threshold() -> float:
    """Rule keys scored below this are dropped (0: no veto)."""
    path = resources.files("willing.ingest").joinpath("rules/learned_commitments.json")
    return float(json.loads(path.read_text("utf-8"))["veto"]) if path.is_file() else 0.0


def revise(
    doc: Doc, items: list[Item], m: Table | None = None, veto: float | None = None
) -> list[Item]:
    """The items with the model's commitments added and the unlikely rule ones dropped."""
    m = m or model()
    if m is None:
        return items
    veto = veto_threshold() if veto is None else veto
    found = candidates(doc, items)
    if not found.keys:
        return items
    scores = m.scores_many(found.rows)[:, 0]
    probability = dict(zip(found.keys, map(float, scores), strict=True))
    ruled = {
        (i.value["party"], i.value["layer"], i.value.get("domain"))
        for i in items
        if i.type == "commitment"
    }
    low = {key for key, p in probability.items() if p < veto}
    kept = [
        i
        for i in items
        if i.type != "commitment"
        or (i.value["party"], i.value["layer"], i.value.get("domain")) not in low
    ]
    for key, p, k in zip(found.keys, scores, found.sentences, strict=True):
        if p < m.threshold or key in ruled or key[0] in never_givers():
            continue
        party, layer, domain = key
        a, b = doc.sentences[k]
        value: dict[str, Any] = {"party": party, "layer": layer, "domain": domain}
        value["conditions"] = []
        kept.append(Item("commitment", value, a, b, round(_CONFIDENCE * float(p), 2)))
    return kept
