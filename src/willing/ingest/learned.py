"""A learned model beside the rules: positions and conditions the phrasing rules missed.

The rules are precise but miss new phrasings; a logistic regression over the words near
a party (positions) or of the whole article (conditions) (their stems and word classes
can be added, see `learned_words`; judged no better on held-out sets), trained on the
annotated articles, proposes the keys the rules did not find when it is confident
enough. It does not see what the rules found: they have read every annotated article, so
on those their findings are nearly perfect and a model leaning on them would learn to
trust them more than they deserve on new text. Weights ship in `rules/learned.json`, rebuilt by
`python -m willing.ingest.learned_training --write`.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from itertools import chain
from typing import Any

import numpy as np

from willing.ingest import learned_words, rules
from willing.ingest.document import Doc
from willing.ingest.items import Item, position

#: whether `extract` adds the model's items when not told (the temporal validation decides)
ENABLED = True
#: an added item's confidence is its probability times this: below the rules' (0.65
#: positions, 0.8 conditions), so a reviewer sees it as the weaker proposal it is
_CONFIDENCE = 0.6
#: the condition codes the model proposes (a parliament's approval needs its owner, which
#: the words of the whole article do not give)
CONDITION_CODES = ("ceasefire", "us-backstop", "peace-agreement")
#: whether a sentence's features (positions) and the whole article's (conditions) hold
#: their words' stems and classes too (`learned_words`): off, as judged on held-out sets
#: (docs/ingest.md, "The models' features judged on held-out sets")
SENTENCE_EXTRA = False
TEXT_EXTRA = False


class Grams:
    """The words of each sentence and their pairs ("a b"; "<s> a" opens a sentence), read
    once per article: the features of every party and of the whole text are unions of them.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.first: list[int] = []
        self.last: list[int] = []
        keys = doc.keys
        before = ["<s>", *keys][: len(keys)]
        for s, e in doc.sentences:
            first, last = doc.token_at(s), bisect_right(doc.ends, e)
            self.first.append(first)
            self.last.append(last)
            if first < len(before):
                before[first] = "<s>"
        #: where[i]: the sentence holding token i
        self.where = [0] * len(keys)
        for k, (first, last) in enumerate(zip(self.first, self.last, strict=True)):
            self.where[first:last] = [k] * (last - first)
        #: pairs[i]: token i with the one before it (or "<s>")
        self.pairs = [f"{x} {y}" for x, y in zip(before, keys, strict=True)]
        self._sentences: dict[int, frozenset[str]] = {}

    def sentence(self, k: int) -> frozenset[str]:
        """The words and pairs of sentence `k`, and with `SENTENCE_EXTRA` the words' stems
        and classes (read when first asked for)."""
        found = self._sentences.get(k)
        if found is None:
            a, b = self.first[k], self.last[k]
            keys = self.doc.keys[a:b]
            found = frozenset(keys + self.pairs[a:b])
            if SENTENCE_EXTRA:
                found = found.union(*map(self._extra, keys))
            self._sentences[k] = found
        return found

    def _extra(self, word: str) -> frozenset[str]:
        return learned_words.features(word, self.doc.language)

    def text(self) -> set[str]:
        """Features of the whole article (conditions): every word and pair, the language."""
        out = set(self.doc.keys[self.first[0] : self.last[-1]] if self.first else ())
        out.update(self.pairs[self.first[0] : self.last[-1]] if self.first else ())
        if self.first and TEXT_EXTRA:
            out.update(*map(self._extra, self.doc.keys[self.first[0] : self.last[-1]]))
        out.add(f"l:{self.doc.language}")
        return out

    def party(self, code: str, spans: list[tuple[int, int]]) -> tuple[set[str], list[int]]:
        """Features of one party, and the sentences naming it.

        The words of every sentence naming the party, its own names left out and the pairs
        around them read with "<p>" in their place (so "Russia rejects" and "Ukraine
        rejects" both give "<p> rejects"), how often it is named, its code, the language.
        """
        doc, keys, pairs = self.doc, self.doc.keys, self.pairs
        at = [
            (self.where[first], range(first, bisect_right(doc.ends, b)))
            for a, b in spans
            if (first := doc.token_at(a)) < len(keys)
        ]
        sentences = sorted({k for k, _ in at})
        # each sentence's words and pairs are read once for every party naming it
        out: set[str] = set().union(*map(self.sentence, sentences))
        masked = {i for _, tokens in at for i in tokens}
        out.difference_update(keys[i] for i in masked)
        if SENTENCE_EXTRA:
            out.difference_update(*(self._extra(keys[i]) for i in masked))
        for k, tokens in at:
            first, last = self.first[k], self.last[k]
            for i in tokens:
                if not first <= i < last:
                    continue
                out.discard(pairs[i])
                left = keys[i - 1] if i > first else "<s>"
                out.add(f"{'<p>' if i - 1 in masked and i > first else left} <p>")
                if i + 1 < last and i + 1 not in masked:
                    out.discard(pairs[i + 1])
                    out.add(f"<p> {keys[i + 1]}")
        out.update((f"n:{min(3, len(sentences))}", f"p:{code}", f"l:{doc.language}"))
        return out, sentences


def party_spans(items: list[Item]) -> dict[str, list[tuple[int, int]]]:
    """Where each party is named: its own mentions and those of people speaking for it."""
    out: dict[str, list[tuple[int, int]]] = {}
    for item in items:
        if item.type == "party":
            code = str(item.value["code"])
        elif item.type == "person" and item.value.get("party"):
            code = str(item.value["party"])
        else:
            continue
        for a, b in item.value.get("mentions") or [[item.start, item.end]]:
            out.setdefault(code, []).append((int(a), int(b)))
    return {code: sorted(set(spans)) for code, spans in sorted(out.items())}


@dataclass(frozen=True)
class Table:
    """One fitted model: a weight per feature and class, a bias and a threshold per class."""

    classes: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray  # features x classes
    bias: np.ndarray
    threshold: float

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Table:
        features = list(data["features"])
        weights = np.asarray(data["weights"], dtype=float).reshape(len(features), -1)
        return cls(
            tuple(data["classes"]),
            {f: n for n, f in enumerate(features)},
            weights,
            np.asarray(data["bias"], dtype=float),
            float(data["threshold"]),
        )

    @cached_property
    def _lookup(self) -> tuple[dict[str, int], np.ndarray]:
        """Each feature's row in the weights shifted one down under a first row of zeros
        (what a set of no known feature adds): row 0 stands for "unknown", so one lookup
        per feature (`dict.get`, unknown features giving None, dropped as falsy) finds the
        known ones and their rows."""
        rows = {f: n + 1 for f, n in self.index.items()}
        return rows, np.vstack([np.zeros((1, len(self.classes))), self.weights])

    def scores(self, features: set[str]) -> np.ndarray:
        """The probability of each class."""
        result: np.ndarray = self.scores_many([features])[0]
        return result

    def scores_many(self, rows: list[set[str]]) -> np.ndarray:
        """The probability of each class (columns) for each set of features (rows), in one
        pass over the weights."""
        if not rows:
            return np.zeros((0, len(self.classes)))
        lookup, weights = self._lookup
        get = lookup.get
        found = [sorted(filter(None, map(get, features))) or [0] for features in rows]
        # each set's weights are summed in sorted order: the same sum whatever order the set
        # gives (a set of no known feature reads the row of zeros)
        lengths = list(map(len, found))
        at = np.fromiter(chain.from_iterable(found), np.int64, sum(lengths))
        starts = np.cumsum([0, *lengths[:-1]])
        logits = np.add.reduceat(weights[at], starts, axis=0) + self.bias
        result: np.ndarray = 1.0 / (1.0 + np.exp(-logits))
        return result

    def evidence(self, grams: Grams, features: set[str], sentences: list[int], c: int) -> int:
        """Of `sentences`, the one whose features weigh most for class `c`."""

        lookup, weights = self._lookup
        get = lookup.get

        def weight(k: int) -> float:
            rows = sorted(filter(None, map(get, grams.sentence(k) & features)))
            return float(weights[rows, c].sum())

        return max(sentences, key=weight)


@dataclass(frozen=True)
class Model:
    """The positions and conditions models."""

    positions: Table
    conditions: Table


@cache
def model() -> Model:
    """The shipped model, read once on first use."""
    data = json.loads(
        resources.files("willing.ingest").joinpath("rules/learned.json").read_text("utf-8")
    )
    return Model(Table.from_json(data["positions"]), Table.from_json(data["conditions"]))


@cache
def _condition_names() -> dict[str, str]:
    """The names the rules give the condition codes."""
    return {str(c["code"]): str(c["name"]) for c in rules.load("commitments")["conditions"]}


def propose(doc: Doc, items: list[Item], m: Model | None = None) -> list[Item]:
    """Items for the keys the model scores above its threshold and the rules did not find.

    Each carries the sentence that weighs most for it, so a reviewer can judge it.
    """
    if not doc.sentences:
        return []
    m = m or model()
    found = {
        (i.value["party"], i.value["issue"], i.value["stance"])
        for i in items
        if i.type == "position"
    }
    stated = {str(i.value["code"]) for i in items if i.type == "condition"}
    grams = Grams(doc)
    out: list[Item] = []
    table = m.positions
    parties = [(code, *grams.party(code, spans)) for code, spans in party_spans(items).items()]
    scores = table.scores_many([features for _, features, _ in parties])
    for (code, features, sentences), probability in zip(parties, scores, strict=True):
        for c, name in enumerate(table.classes):
            issue, stance = name.split("/")
            if probability[c] < table.threshold or (code, issue, stance) in found:
                continue
            a, b = doc.sentences[table.evidence(grams, features, sentences, c)]
            out.append(
                position(code, issue, stance, doc.published, a, b, _confidence(probability[c]))
            )
    table = m.conditions
    features = grams.text()
    probability = table.scores(features)
    every = list(range(len(doc.sentences)))
    for c, code in enumerate(table.classes):
        if probability[c] < table.threshold or code in stated:
            continue
        a, b = doc.sentences[table.evidence(grams, features, every, c)]
        value = {"code": code, "name": _condition_names().get(code, code)}
        out.append(Item("condition", value, a, b, _confidence(probability[c])))
    return out


def _confidence(probability: float) -> float:
    """The model's probability scaled below the rules' confidence."""
    return round(_CONFIDENCE * float(probability), 2)
