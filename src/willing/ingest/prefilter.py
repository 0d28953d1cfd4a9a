"""Faster searching with the rule patterns: a guard on the first character of a match.

The rule files hold long alternations of phrases ("(?:refuses?|rejects?) ... troops"),
tried case-insensitively at every character of a window. Python's engine enters every
alternative at every position. `guarded` puts a lookahead in front that admits only the
characters a match can start with (read from the parsed pattern), so most positions fail
at one class test. The matches are exactly the pattern's own: the lookahead is zero-width
and admits every character a match can start with. A pattern is returned unchanged when
its first characters are not known (it may start with any character, or match the empty
string), or when the engine already skips ahead by itself (a fixed start such as "hosted
by", or a class in one letter case such as [A-Z]).

Every pattern `guarded` returns is also compiled so that a case-insensitive alternative
opening with a letter opens with that letter's cases as a class (`_open_cased`): the
engine tests an alternative's first character before entering it only when it is a plain
literal or class, not a case-insensitive letter, so a long list of phrases was entered
phrase by phrase at every word. The cases are exactly those the engine matches.

The same reading gives three more helpers: `ahead`, the guard of a part of a pattern (a
word list after a blank); `alternation`, a word list grouped by first letter; `needed`,
texts one of which every match holds, so a cheap `in` rules a sentence out.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain, groupby
from re import _compiler as compiler  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any, cast

from willing.ingest import pattern_cache

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


class _Unknown(Exception):
    """The first characters of a pattern cannot be told: no guard."""


def _class_items(items: list[tuple[Any, Any]]) -> list[str]:
    """A character class's items written back as class syntax."""
    out = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:  # a negated class, or one the guard does not write
            raise _Unknown(op)
    return out


def _first(seq: Any, flags: int, out: set[tuple[str, bool]]) -> bool:
    """Add the characters `seq` can start with to `out` (class syntax, case-insensitive
    or not); True when `seq` can also match the empty string."""
    for op, av in seq:
        folded = bool(flags & re.IGNORECASE)
        if op is sre.LITERAL:
            out.add((re.escape(chr(av)), folded))
            return False
        if op is sre.IN:
            out.update((item, folded) for item in _class_items(av))
            return False
        if op is sre.BRANCH:
            empty = False
            for alternative in av[1]:
                empty |= _first(alternative, flags, out)
            if not empty:
                return False
        elif op is sre.SUBPATTERN:
            _, add, remove, sub = av
            if not _first(sub, (flags | add) & ~remove, out):
                return False
        elif op in _REPEATS:
            low, _, sub = av
            if not _first(sub, flags, out) and low > 0:
                return False
        elif op not in _ZERO_WIDTH:  # any character, a back reference, a condition
            raise _Unknown(op)
    return True


def _skips_ahead(tree: Any) -> bool:
    """Whether the engine itself jumps to where a match can start: a pattern that starts
    with a fixed text or (in one letter case) a character class. A guard would only hide
    that from it and make the search slower."""
    flags = tree.state.flags
    try:
        return bool(
            compiler._get_literal_prefix(tree, flags)[0]
            or compiler._get_charset_prefix(tree, flags)
        )
    except (AttributeError, TypeError, IndexError):  # another engine's internals
        return False


def _lookahead(tree: Any) -> str:
    """A lookahead admitting the characters a parsed pattern can start with ('' when any
    position may start it)."""
    starts: set[tuple[str, bool]] = set()
    if _first(tree.data, tree.state.flags, starts):
        return ""  # may match the empty string: every position is a start
    folded = "".join(sorted(c for c, f in starts if f))
    exact = "".join(sorted(c for c, f in starts if not f))
    classes = ([f"(?i:[{folded}])"] if folded else []) + ([f"[{exact}]"] if exact else [])
    return f"(?=(?:{'|'.join(classes)}))"


def guarded(pattern: re.Pattern[str] | str, flags: int = 0) -> re.Pattern[str]:
    """The same pattern, searched faster (see the module's docstring). The pattern is
    parsed once: the guard is read from the tree, put in front of it, and the tree is
    rewritten and compiled (a rule file's patterns are long: parsing is most of start-up).
    Given as text (with `flags`), it is not compiled first as it stands: half the work.
    What it compiles to is kept between runs (`pattern_cache`)."""
    source, flags = (
        (pattern, int(flags)) if isinstance(pattern, str) else (pattern.pattern, pattern.flags)
    )
    kept = pattern_cache.read(source, flags)
    if kept is not None:
        return kept
    try:
        tree = parser.parse(source, flags)
    except (re.error, AttributeError, TypeError, ValueError):
        return pattern if isinstance(pattern, re.Pattern) else re.compile(source, flags)
    rewritten = _rewritten(source, flags, tree)
    if rewritten is None and isinstance(pattern, re.Pattern):
        return pattern  # compiled already, as it stands
    compiled, program = rewritten or pattern_cache.compile_program(
        source, flags, parser.parse(source, flags)
    )
    pattern_cache.write(source, flags, program)
    return compiled


def _rewritten(
    source: str, flags: int, tree: Any
) -> tuple[re.Pattern[str], pattern_cache.Program] | None:
    """The pattern with its guard and its alternatives opened by their cases, compiled from
    its parse `tree` (rewritten in place); None when neither applies."""
    try:
        guard = "" if _skips_ahead(tree) else _lookahead(tree)
        opened = _open_cased(tree.data, tree.state.flags)
        if not (guard or opened):
            return None
        _forget_widths(tree)
        text = f"{guard}(?:{source})" if guard else source
        if guard:
            ahead_of = parser.parse(guard, flags).data
            tree.data = [
                *ahead_of,
                (sre.SUBPATTERN, (None, 0, 0, parser.SubPattern(tree.state, tree.data))),
            ]
        return pattern_cache.compile_program(text, flags, tree)
    except (_Unknown, re.error, AttributeError, TypeError, ValueError, RecursionError):
        return None


#: what a compiled pattern offers; a deferred one takes them from it at its first use
_PATTERN_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _Deferred:
    """A guarded pattern compiled at its first use. A rule file holds hundreds of patterns
    each searched only in sentences holding its words, so an article meets few of them:
    compiling them all was most of start-up. After the first use its methods are the
    compiled pattern's own, read from the instance, so a search costs what it did."""

    def __init__(self, source: str, flags: int) -> None:
        self._source = (source, flags)
        _waiting.append(self)

    def __getattr__(self, name: str) -> Any:
        compiled = guarded(*self._source)
        for attribute in _PATTERN_ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"deferred({self._source[0]!r}, {self._source[1]})"


#: deferred patterns made so far, compiled or not (rule tables are built once per process)
_waiting: list[_Deferred] = []


def compile_deferred() -> None:
    """Compile every deferred pattern made so far: before forking workers, which would
    otherwise each compile the ones their articles use."""
    for pattern in _waiting:
        if "search" not in vars(pattern):
            pattern.search  # noqa: B018 -- the first use compiles it
    _waiting.clear()


def deferred(source: str, flags: int = 0) -> re.Pattern[str]:
    """`guarded(source, flags)`, compiled when first used (see `_Deferred`)."""
    return cast("re.Pattern[str]", _Deferred(source, flags))


#: what an ASCII letter matches when letter case is ignored, besides its two cases
_OTHER_CASES = {"k": "\u212a", "s": "\u017f", "i": "\u0130\u0131"}


def cases(letter: str) -> str:
    """The characters an ASCII letter matches when letter case is ignored, sorted."""
    lower = letter.lower()
    return "".join(sorted({lower, lower.upper(), *_OTHER_CASES.get(lower, "")}))


#: alternatives a branch must have to be worth opening: each class costs start-up time
_MANY = 4


def _open_cased(items: Any, flags: int) -> bool:
    """Rewrite, in place, each alternative that opens with a case-insensitive ASCII letter
    to open with a case-sensitive class of its cases (see the module's docstring); True
    when one was rewritten."""
    changed = False
    for op, av in items:
        if op is sre.BRANCH:
            for alternative in av[1]:
                changed |= _open_cased(alternative.data, flags)
            if flags & re.IGNORECASE and len(av[1]) >= _MANY:
                grouped = _by_first_letter(av[1])
                changed |= len(grouped) < len(av[1])
                av[1][:] = grouped
                for alternative in av[1]:
                    changed |= _open_with_cases(alternative)
        elif op is sre.SUBPATTERN:
            _, add, remove, sub = av
            changed |= _open_cased(sub.data, (flags | add) & ~remove)
        elif op in _REPEATS:
            changed |= _open_cased(av[2].data, flags)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            changed |= _open_cased(av[1].data, flags)
    return changed


def _lead(alternative: Any) -> tuple[Any, str] | None:
    """The part of an alternative that opens with an ASCII letter, and the letter in lower
    case, also when the letter stands first in groups that only group ("(?:(?:tidak|tak)
    ...)"); None when the alternative opens otherwise."""
    seq = alternative
    while seq.data and seq.data[0][0] is sre.SUBPATTERN:
        group, add, remove, sub = seq.data[0][1]
        if group is not None or add or remove:
            return None
        seq = sub
    first = seq.data[0] if seq.data else None
    if first is None or first[0] is not sre.LITERAL:
        return None
    letter = chr(first[1])
    return (seq, letter.lower()) if letter.isascii() and letter.isalpha() else None


def _cased(state: Any, letter: str) -> tuple[Any, Any]:
    """A letter's cases as a case-sensitive class, to stand where the letter stood."""
    exact = [(sre.LITERAL, ord(c)) for c in cases(letter)]
    return (sre.SUBPATTERN, (None, 0, re.IGNORECASE, parser.SubPattern(state, [(sre.IN, exact)])))


def _open_with_cases(alternative: Any) -> bool:
    """Open a case-insensitive alternative with its first letter's cases as a class."""
    lead = _lead(alternative)
    if lead is None:
        return False
    seq, letter = lead
    seq.data[0] = _cased(seq.state, letter)
    return True


def _by_first_letter(alternatives: list[Any]) -> list[Any]:
    """Case-insensitive alternatives opening with the same letter joined under it, so the
    engine reads the letter once and tries only that group ("t(?:idak|olak)|m(?:enolak)").
    Alternatives opening with different letters never match at the same place, so one may
    move before another; one opening otherwise is a barrier nothing moves across, which
    keeps the first alternative that matches the one the pattern chose."""
    buckets: list[tuple[str | None, list[Any]]] = []
    for alternative in alternatives:
        lead = _lead(alternative)
        if lead is None:
            buckets.append((None, [alternative]))
            continue
        for key, members in reversed(buckets):
            if key == lead[1]:
                members.append(alternative)
                break
            if key is None:
                buckets.append((lead[1], [alternative]))
                break
        else:
            buckets.append((lead[1], [alternative]))
    out = []
    for key, members in buckets:
        if key is None or len(members) == 1:
            out += members
            continue
        for alternative in members:
            lead = _lead(alternative)
            assert lead is not None  # a letter's bucket holds alternatives it opens
            del lead[0].data[0]
        state = members[0].state
        out.append(parser.SubPattern(state, [_cased(state, key), (sre.BRANCH, (None, members))]))
    return out


def _forget_widths(items: Any) -> None:
    """Drop the widths the parser keeps on each part: the rewritten parts are measured anew."""
    items.width = None
    for op, av in items.data:
        if op is sre.BRANCH:
            for alternative in av[1]:
                _forget_widths(alternative)
        elif op is sre.SUBPATTERN:
            _forget_widths(av[3])
        elif op in _REPEATS:
            _forget_widths(av[2])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _forget_widths(av[1])


def ahead(pattern: str, flags: int = 0) -> str:
    """The guard of a part of a pattern, to write right before it: "(?:,|\\s)" then
    `ahead(words)` then the alternation of words fails at one class test after every
    blank that no word follows. The part must be read with `flags` where it stands."""
    try:
        return _lookahead(parser.parse(pattern, flags))
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return ""


def alternation(words: list[str]) -> str:
    """`"|".join(map(re.escape, words))`, written so the engine tries fewer alternatives:
    the words are grouped by first character ("t(?:elah|adi|old)|s(?:udah|ejak)"), each
    group keeping the words' order. At any place at most one group can start (their first
    characters differ even when letter case is ignored), so the matches are the same.
    Words whose first characters are not plain ASCII are joined as they are.
    Kept once built: the dates build their weekday and month lists for every article.
    Neighbours of one length are put in alphabetical order: two such words never match at
    one place unless they differ only in letter case, and then they match the same text,
    so the matches do not change, while a list read from a set (in an order that differs
    from process to process) compiles to the same text in every process, as the compiled
    programs kept between runs need (`pattern_cache`)."""
    return _alternation(tuple(words))


@lru_cache(maxsize=256)
def _alternation(listed: tuple[str, ...]) -> str:
    """`alternation` of a tuple of words (a pure function of them, so it can be kept)."""
    words = tuple(chain.from_iterable(sorted(run) for _, run in groupby(listed, key=len)))
    firsts = [w[:1] for w in words]
    if not all(firsts) or not all(c.isascii() for c in firsts):
        return "|".join(map(re.escape, words))
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    if len({c.lower() for c in groups}) < len(groups):  # "A..." and "a...": keep the order
        return "|".join(map(re.escape, words))
    return "|".join(
        re.escape(c)
        + (f"(?:{'|'.join(map(re.escape, rests))})" if len(rests) > 1 else re.escape(rests[0]))
        for c, rests in groups.items()
    )


def _needs(seq: Any, flags: int) -> tuple[str, ...] | None:
    """Texts of which every match of `seq` holds at least one, written in one letter case
    (None when none is known): the best of its parts that must all be matched."""
    best: tuple[str, ...] | None = None

    def consider(found: tuple[str, ...] | None) -> None:
        nonlocal best
        if found and all(found) and (best is None or _score(found) > _score(best)):
            best = found

    run: list[str] = []
    for op, av in seq:
        if op is sre.LITERAL and not flags & re.IGNORECASE:
            run.append(chr(av))
            continue
        consider(("".join(run),))
        run = []
        if op is sre.SUBPATTERN:
            _, add, remove, sub = av
            consider(_needs(sub, (flags | add) & ~remove))
        elif op is sre.BRANCH:
            options = [_needs(alternative, flags) for alternative in av[1]]
            if all(options):
                consider(tuple(dict.fromkeys(t for o in options if o for t in o)))
        elif op in _REPEATS and av[0] >= 1:
            consider(_needs(av[2], flags))
        # lookarounds may read outside the match, and classes hold no fixed text
    consider(("".join(run),))
    return best


def _score(texts: tuple[str, ...]) -> tuple[int, int]:
    return min(map(len, texts)), -len(texts)


def needed(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Texts of which every match of `pattern` holds one (matched in its own letter case):
    a text holding none of them (`in`, much cheaper than a search) has no match. Empty
    when the pattern names no such text (then every text must be searched)."""
    try:
        tree = parser.parse(pattern.pattern, pattern.flags)
        return _needs(tree.data, tree.state.flags) or ()
    except (re.error, AttributeError, TypeError, ValueError):
        return ()
