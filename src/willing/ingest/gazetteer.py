"""Phrase lookup over tokens: the longest listed name starting at each token."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache, partial
from typing import Any, Generic, NamedTuple, TypeVar, cast

from willing.ingest.document import Doc, tokenize

T = TypeVar("T")


@lru_cache(maxsize=65536)
def phrase_key(name: str) -> tuple[str, ...]:
    """Tokens of a name, casefolded, as the lookup key (names recur: kept once read)."""
    return tuple(name[s:e].casefold() for s, e in tokenize(name))


@lru_cache(maxsize=65536)
def _written(name: str) -> str:
    """A name's tokens as written, one space apart (an acronym is compared this way)."""
    return " ".join(name[s:e] for s, e in tokenize(name))


def case_rule(name: str) -> str:
    """'exact' for acronyms (AS, US, EU), 'title' for capitalised names, 'any' otherwise."""
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 4:
        return "exact"
    return "title" if name[:1].isupper() else "any"


class Match(NamedTuple, Generic[T]):
    """A listed name found in the text: tokens [first, last], characters [start, end).

    A named tuple: hundreds are made per article, and a tuple is the cheapest to build.
    """

    first: int
    last: int
    start: int
    end: int
    value: T


class Gazetteer(Generic[T]):
    """Names mapped to values; matching is case-aware (see `case_rule`)."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, ...], list[tuple[str, str, T]]] = {}
        #: the one-token names' entries by that token (the same lists as in `_entries`)
        self._singles: dict[str, list[tuple[str, str, T]]] = {}
        self._firsts: set[str] = set()
        #: lengths of the names starting with each first token, longest first
        self._lengths: dict[str, list[int]] = {}
        self.longest = 0
        #: products of word lists (`add_product`), their names' (first token, length) and
        #: the keys looked up and found in none of them
        self._products: list[_Product[T]] = []
        self._shapes: set[tuple[str, int]] = set()
        self._absent: set[tuple[str, ...]] = set()

    def add(self, name: str, value: T) -> None:
        """List `name` with `value`; the first value listed for a name wins."""
        self._add(name, phrase_key(name), value)

    def add_product(self, parts: Sequence[Sequence[str]], value: Callable[[str], T]) -> None:
        """List every phrase made of one word of each part in turn, joined by a space (an
        empty word left out), with `value(phrase)`, in the order of the parts' words: what
        `add` of each phrase lists. A product of lists runs to a hundred thousand phrases,
        too many to list at start-up, so a phrase is listed when first looked up (its
        tokens split into one word of each part); only the names' first tokens and
        lengths, the one-token phrases and the names already listed are read now."""
        product = _Product.of(parts, value)
        self._products.append(product)
        self._absent.clear()
        for key, listed in self._entries.items():  # listed before: the product's come after
            listed.extend(product.entries(key))
        for first, length in sorted(product.shapes()):
            if length == 1 and (first,) not in self._entries:  # else extended above
                self._entries[(first,)] = product.entries((first,))
            self._shapes.add((first, length))
            self._note(first, length)

    def _listed(self, key: tuple[str, ...]) -> list[tuple[str, str, T]] | None:
        """The entries of a name, listing the products' phrases of that key on first sight."""
        listed = self._entries.get(key)
        if listed is not None or not self._products or key in self._absent:
            return listed
        if (key[0], len(key)) in self._shapes:
            found = [entry for product in self._products for entry in product.entries(key)]
            if found:
                self._entries[key] = found
                return found
        self._absent.add(key)
        return None

    def _note(self, first: str, length: int) -> None:
        """Index a listed name by its first token and its length in tokens."""
        if length == 1:
            self._singles[first] = self._entries[(first,)]
        self._firsts.add(first)
        lengths = self._lengths.setdefault(first, [])
        if length not in lengths:
            lengths.append(length)
            lengths.sort(reverse=True)
        self.longest = max(self.longest, length)

    def _add(self, name: str, key: tuple[str, ...], value: T) -> None:
        if not key:
            return
        # a name without a capital is matched in any case (`case_rule`, without its cost)
        rule = "any" if name.islower() else case_rule(name)
        listed = self._listed(key)  # a product listed before comes first
        if listed is None:
            listed = self._entries[key] = []
        listed.append((name, rule, value))
        self._absent.discard(key)
        self._note(key[0], len(key))

    def add_all(self, pairs: Iterable[tuple[str, T]]) -> None:
        for name, value in pairs:
            self.add(name, value)

    @property
    def first_words(self) -> frozenset[str]:
        """Casefolded first tokens of every listed name: a cheap pre-check."""
        return frozenset(self._firsts)

    def __contains__(self, name: str) -> bool:
        key = phrase_key(name)
        return bool(key) and self._listed(key) is not None

    def get(self, name: str) -> T | None:
        """The value of a name written as listed (case-insensitive), if any."""
        key = phrase_key(name)
        found = self._listed(key) if key else None
        return found[0][2] if found else None

    def match_at(self, doc: Doc, i: int, end: int | None = None) -> Match[T] | None:
        """The longest name starting at token i (and within token `end`), if any."""
        keys = doc.keys
        n = len(keys)
        if i >= n:
            return None
        key = keys[i]
        lengths = self._lengths.get(key)
        if not lengths:
            return None
        limit = n if end is None or end > n else end
        for length in lengths:
            last = i + length - 1
            if last >= limit:
                continue
            if length == 1:
                entries = self._singles.get(key)
            elif all(doc.joins[i:last]):
                entries = self._listed(tuple(keys[i : last + 1]))
            else:
                continue
            for name, rule, value in entries or ():
                if rule == "any" or self._case_ok(doc, i, last, name, rule):
                    return Match(i, last, doc.starts[i], doc.ends[last], value)
        return None

    @staticmethod
    def _case_ok(doc: Doc, i: int, last: int, name: str, rule: str) -> bool:
        if rule == "any":
            return True
        if rule == "title":
            return doc.words[i][:1].isupper()
        return " ".join(doc.words[i : last + 1]) == _written(name)

    def everywhere(self, doc: Doc) -> list[Match[T]]:
        """Every non-overlapping listed name in the whole text, found once per document."""
        key = id(self)
        if key not in doc.found:
            found = list(self.find(doc))
            doc.found[key] = (found, [m.start for m in found])
        return cast("list[Match[T]]", doc.found[key][0])

    def within(self, doc: Doc, start: int, end: int) -> list[Match[T]]:
        """Names found in the whole text that lie inside characters [start, end).
        (Asked for thousands of times per article: the found names are read directly.)"""
        known = doc.found.get(id(self))
        if known is None:
            self.everywhere(doc)
            known = doc.found[id(self)]
        found, starts = known
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
        if lo == hi:
            return []
        return [m for m in found[lo:hi] if m.end <= end]

    def find(self, doc: Doc, start: int = 0, end: int | None = None) -> Iterator[Match[T]]:
        """Every non-overlapping listed name in tokens [start, end), left to right."""
        return iter(self._scan(doc, start, len(doc.keys) if end is None else end))

    def _scan(self, doc: Doc, start: int, stop: int) -> list[Match[T]]:
        """`find`'s matches: `match_at` at each token that starts a listed name (read from
        the document's index of tokens, not by walking every token), written out here
        because an article has hundreds of such tokens."""
        keys, joins, words, starts, ends = doc.keys, doc.joins, doc.words, doc.starts, doc.ends
        lengths, entries, singles = self._lengths, self._entries, self._singles
        listed_of = self._listed
        limit = min(len(keys), stop)
        out: list[Match[T]] = []
        candidates = doc.tokens_in(self._firsts)
        skip = start
        for i in candidates[bisect_left(candidates, start) :]:
            if i >= stop:
                break
            if i < skip:
                continue
            key = keys[i]
            for length in lengths[key]:
                if length == 1:  # a candidate token lies before `limit`
                    last = i
                    listed = singles.get(key)
                else:
                    last = i + length - 1
                    if last >= limit or not (joins[i] if length == 2 else all(joins[i:last])):
                        continue
                    phrase = tuple(keys[i : last + 1])
                    listed = entries.get(phrase) or listed_of(phrase)
                if not listed:
                    continue
                # the first listed name whose letter case fits (see `_case_ok`) is found
                for name, rule, value in listed:
                    if (
                        rule == "any"
                        or (rule == "title" and words[i][:1].isupper())
                        or (rule == "exact" and self._case_ok(doc, i, last, name, rule))
                    ):
                        out.append(_match((i, last, starts[i], ends[last], value)))
                        skip = last + 1
                        break
                else:
                    continue  # none fits: try a shorter name
                break
        return out


class _Product(NamedTuple, Generic[T]):
    """A product of word lists listed in a gazetteer: each part's words and their keys."""

    words: tuple[tuple[str, ...], ...]
    keys: tuple[tuple[tuple[str, ...], ...], ...]
    value: Callable[[str], T]

    @classmethod
    def of(cls, parts: Sequence[Sequence[str]], value: Callable[[str], T]) -> _Product[T]:
        words = tuple(tuple(part) for part in parts)
        return cls(words, tuple(tuple(phrase_key(w) for w in part) for part in words), value)

    def entries(self, key: tuple[str, ...]) -> list[tuple[str, str, T]]:
        """The entries `add` would list for the product's phrases of `key`, in its order."""
        out = []
        for chosen in split(key, self.keys):
            name = " ".join(w for part, i in zip(self.words, chosen, strict=True) if (w := part[i]))
            rule = "any" if name.islower() else case_rule(name)
            out.append((name, rule, self.value(name)))
        return out

    def shapes(self) -> set[tuple[str, int]]:
        """(first token, length in tokens) of every phrase, read without listing them."""
        ends: set[tuple[str | None, int]] = {(None, 0)}
        for part in self.keys:
            ends = {
                (first if first is not None else (key[0] if key else None), length + len(key))
                for first, length in ends
                for key in set(part)
            }
        return {(first, length) for first, length in ends if first is not None}


def split(key: tuple[str, ...], parts: Sequence[Sequence[tuple[str, ...]]]) -> Iterator[list[int]]:
    """Every way `key` is one key of each part in turn (the index of each), in the order of
    the product of the parts: whether a phrase is in the product, read without listing it."""
    if not parts:
        if not key:
            yield []
        return
    for index, word in enumerate(parts[0]):
        if key[: len(word)] == word:
            for rest in split(key[len(word) :], parts[1:]):
                yield [index, *rest]


#: a `Match` made in C, without the named tuple's own constructor (see `Gazetteer._scan`)
_match: Callable[[tuple[int, int, int, int, Any]], Match[Any]] = partial(tuple.__new__, Match)
