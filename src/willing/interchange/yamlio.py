"""YAML that round-trips every string exactly, refuses duplicate keys, and reads large
files record by record within bounded memory (JSON: `willing.interchange.jsonio`).

Reading goes through libyaml's event parser and builds values one call per mapping or
list, the depth checked before each: a mapping or list nested deeper than `MAX_DEPTH` is
refused (so the recursion stays shallow), aliases may not blow a file up
(each alias counts the nodes it repeats, against a budget proportional to the file),
an alias to an unfinished node (a cycle) and tags beyond YAML's core scalars are refused,
and libyaml itself refuses lone surrogates and control characters. Scalars resolve
exactly as PyYAML's safe loader resolves them (dates, numbers, booleans, null).

`read_yaml_document` hands each record of a top-level `{kind: [record, ...]}` document to a
callback as soon as it is read, so a caller can validate and keep a compact model instead
of the whole raw document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import IO, Any

import yaml
from yaml import events
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from willing.interchange.inputs import MAX_DEPTH

#: Characters a YAML reader folds or drops unless they are escaped in double quotes.
_FRAGILE = ("\x85", "\u2028", "\u2029", "\ufeff", "\r")

_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_MERGE = "tag:yaml.org,2002:merge"
#: Scalar tags a data file may use, explicitly or by PyYAML's implicit resolution.
_SCALARS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "null", "bool", "int", "float", "timestamp")
)
#: Tags PyYAML gives the plain scalars '=', '!', '&' and '*', which hold no value.
_PLAIN_ONLY = frozenset({"tag:yaml.org,2002:value", "tag:yaml.org,2002:yaml"})
#: Nodes an alias may repeat, beyond twice the nodes the file itself holds.
_ALIAS_SLACK = 10_000


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if any(ch in value for ch in _FRAGILE) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump_yaml(doc: Any) -> str:
    """YAML text of `doc`, keys in insertion order, fragile characters escaped."""
    return yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


class YamlInputError(ValueError):
    """A YAML input that is refused; `line` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def _short(tag: str | None) -> str:
    return str(tag).replace("tag:yaml.org,2002:", "!!")


def _line(event: Any) -> int | None:
    mark = getattr(event, "start_mark", None)
    return None if mark is None else int(mark.line) + 1


_RESOLVERS: dict[str | None, list[tuple[str, re.Pattern[str]]]] = Resolver.yaml_implicit_resolvers


def _implicit_tag(value: str) -> str:
    """The tag PyYAML's resolver gives a plain scalar (see `yaml.resolver.Resolver`)."""
    for tag, pattern in _RESOLVERS.get(value[:1] if value else "", []):
        if pattern.match(value):
            return tag
    return _STR


_ScalarEvent = events.ScalarEvent
_AliasEvent = events.AliasEvent
_MappingStartEvent = events.MappingStartEvent
_SequenceStartEvent = events.SequenceStartEvent
_MappingEndEvent = events.MappingEndEvent
_SequenceEndEvent = events.SequenceEndEvent


_NONE = object()


class _Reader:
    """Builds values from libyaml's events, refusing what `read_yaml_document` says.

    Each mapping or list is built by a call of its own (`_mapping`, `_sequence`) that
    first checks its depth, so the recursion never goes deeper than `MAX_DEPTH`. Both
    inline the common case, a plain scalar, since they run once per event of a file that
    may hold millions: libyaml's events are the floor, and building the values must take
    only a few steps per event on top of them.
    """

    __slots__ = (
        "anchors",
        "cache",
        "constructor",
        "end",
        "get",
        "nodes",
        "parser",
        "repeated",
        "size",
    )

    def __init__(self, stream: IO[bytes] | bytes | str) -> None:
        self.parser = yaml.CSafeLoader(stream)
        self.get: Callable[[], Any] = self.parser.get_event
        self.constructor = SafeConstructor()
        self.anchors: dict[str, tuple[Any, int]] = {}
        #: Events read so far: aliases may repeat about twice as many nodes.
        self.nodes = 0
        #: Nodes built so far, an alias counting the nodes it repeats (an anchored
        #: node's size is the difference across it).
        self.size = 0
        self.repeated = 0
        self.cache: dict[str, Any] = {}
        #: The event that ended the last mapping or list (an error about it names its line).
        self.end: Any = None

    def close(self) -> None:
        self.parser.dispose()

    def next(self) -> Any:
        """The next event (the stubs type events loosely: they are used by duck typing)."""
        return self.parser.get_event()

    def peek(self) -> Any:
        return self.parser.peek_event()

    def expect(self, kind: type[events.Event], what: str) -> Any:
        event = self.next()
        if not isinstance(event, kind):
            raise YamlInputError(f"expected {what}", _line(event))
        return event

    def scalar(self, event: Any) -> Any:
        """The value of a scalar; plain ones resolve as PyYAML resolves them (cached)."""
        tag = event.tag
        if tag is None and event.implicit[0]:
            value = event.value
            built = self._construct(event, _implicit_tag(value))
            if len(value) <= 64 and len(self.cache) < 4096:
                self.cache[value] = built
            return built
        if tag is None or tag == "!":
            return event.value
        return self._construct(event, tag)

    def _construct(self, event: Any, tag: str) -> Any:
        if tag in (_STR, _MERGE):
            return event.value
        if tag not in _SCALARS:
            if tag in _PLAIN_ONLY:
                raise YamlInputError(
                    f"a plain {event.value!r} is not a value; quote it", _line(event)
                )
            raise YamlInputError(f"YAML tag {_short(tag)} is not accepted", _line(event))
        node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return self.constructor.yaml_constructors[tag](self.constructor, node)
        except (ValueError, ConstructorError) as exc:
            kind = tag.rsplit(":", 1)[-1]
            raise YamlInputError(f"not a valid {kind}: {exc}", _line(event)) from None

    def alias(self, event: Any) -> Any:
        found = self.anchors.get(event.anchor)
        if found is None:
            raise YamlInputError(
                f"alias *{event.anchor} names no finished anchor (unknown, or a cycle)",
                _line(event),
            )
        value, size = found
        self.repeated += size
        if self.repeated > 2 * self.nodes + _ALIAS_SLACK:
            raise YamlInputError(
                "aliases repeat more nodes than the file holds (an alias bomb?)", _line(event)
            )
        self.size += size
        return value

    def value(self, depth: int = 0) -> Any:
        """The next node as a value, `depth` lists or mappings down."""
        event = self.get()
        self.nodes += 1
        return self.node(event, depth)

    def node(self, event: Any, depth: int) -> Any:
        """The value of the node that `event` (already counted) starts."""
        cls = type(event)
        if cls is _ScalarEvent:
            self.size += 1
            built = self.cache.get(event.value, _NONE) if event.tag is None else _NONE
            if built is _NONE or not event.implicit[0]:
                built = self.scalar(event)
            if event.anchor is not None:
                self.anchors[event.anchor] = (built, 1)
            return built
        if cls is _MappingStartEvent:
            return self._mapping(event, depth)
        if cls is _SequenceStartEvent:
            return self._sequence(event, depth)
        if cls is _AliasEvent:
            return self.alias(event)
        raise YamlInputError(f"unexpected {cls.__name__}", _line(event))

    def _open(self, start: Any, tag: str, depth: int) -> None:
        """Check a mapping's or list's tag and depth, and count it."""
        if start.tag not in (None, "!", tag):
            raise YamlInputError(f"YAML tag {_short(start.tag)} is not accepted", _line(start))
        if depth >= MAX_DEPTH:
            raise YamlInputError(f"nested deeper than {MAX_DEPTH} levels", _line(start))
        self.size += 1

    # The two loops below count the plain scalars they build in a local `plain` (each one
    # event and one node) and add it to `nodes` and `size` before anything that reads
    # them (an alias, an anchored node's end) and at the end.

    def _mapping(self, start: Any, depth: int) -> dict[Any, Any]:
        before = self.size
        self._open(start, _MAP, depth)
        get, cache, node, below = self.get, self.cache, self.node, depth + 1
        scalar_event, end_event = _ScalarEvent, _MappingEndEvent
        out: dict[Any, Any] = {}
        merges: list[dict[Any, Any]] = []
        plain = 0
        while True:
            event = get()
            if type(event) is scalar_event and event.tag is None and event.anchor is None:
                key = cache.get(event.value, _NONE)
                if key is _NONE or not event.implicit[0]:
                    key = self.scalar(event)
                plain += 1
            elif type(event) is end_event:
                break
            else:
                self.nodes += plain + 1
                self.size += plain
                plain = 0
                key = node(event, below)
            merge = False
            if type(key) is not str or key == "<<" or key in out:
                merge = self._key(out, key, event)
            event = get()
            if type(event) is scalar_event and event.tag is None and event.anchor is None:
                value = cache.get(event.value, _NONE)
                if value is _NONE or not event.implicit[0]:
                    value = self.scalar(event)
                plain += 1
            else:
                self.nodes += plain + 1
                self.size += plain
                plain = 0
                value = node(event, below)
            if merge:
                merges.extend(self._merges(value, event))
            else:
                out[key] = value
        self.nodes += plain + 1
        self.size += plain
        self.end = event
        built = _merged(merges, out) if merges else out
        if start.anchor is not None:
            self.anchors[start.anchor] = (built, self.size - before)
        return built

    def _sequence(self, start: Any, depth: int) -> list[Any]:
        before = self.size
        self._open(start, _SEQ, depth)
        get, cache, node, below = self.get, self.cache, self.node, depth + 1
        scalar_event, end_event = _ScalarEvent, _SequenceEndEvent
        out: list[Any] = []
        append = out.append
        plain = 0
        while True:
            event = get()
            if type(event) is scalar_event and event.tag is None and event.anchor is None:
                value = cache.get(event.value, _NONE)
                if value is _NONE or not event.implicit[0]:
                    value = self.scalar(event)
                plain += 1
                append(value)
            elif type(event) is end_event:
                break
            else:
                self.nodes += plain + 1
                self.size += plain
                plain = 0
                append(node(event, below))
        self.nodes += plain + 1
        self.size += plain
        self.end = event
        if start.anchor is not None:
            self.anchors[start.anchor] = (out, self.size - before)
        return out

    def _last(self, event: Any) -> Any:
        """The event that ended the node `event` started (for its line)."""
        return self.end if type(event) in (_MappingStartEvent, _SequenceStartEvent) else event

    def _key(self, out: dict[Any, Any], key: Any, event: Any) -> bool:
        """Check a key that is not a new plain string; True when it is a merge (`<<`)."""
        if isinstance(key, dict | list):
            raise YamlInputError("a mapping key must be a plain value", _line(self._last(event)))
        if key == "<<" and _is_merge(event):
            return True
        if key in out:
            raise YamlInputError(f"duplicate key {key!r}", _line(event))
        return False

    def _merges(self, value: Any, event: Any) -> list[dict[Any, Any]]:
        parts = value if isinstance(value, list) else [value]
        if not all(isinstance(p, dict) for p in parts):
            raise YamlInputError(
                "a merge (<<) takes a mapping or a list of them", _line(self._last(event))
            )
        return parts


def _merged(parts: list[dict[Any, Any]], explicit: dict[Any, Any]) -> dict[Any, Any]:
    """A mapping with merged keys (`<<`): explicit keys win, then earlier merges."""
    out: dict[Any, Any] = {}
    for part in parts:
        for key, item in part.items():
            out.setdefault(key, item)
    out.update(explicit)
    return out


def _is_merge(event: Any) -> bool:
    return (
        isinstance(event, events.ScalarEvent)
        and event.value == "<<"
        and event.implicit[0]
        and event.tag is None
    )


def _guarded(reader: _Reader, body: Callable[[], Any]) -> Any:
    """Run `body`, turning libyaml's errors into YamlInputError with a line number."""
    try:
        return body()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "not valid YAML"
        raise YamlInputError(problem, None if mark is None else int(mark.line) + 1) from None
    except yaml.reader.ReaderError as exc:  # bad bytes, control characters
        reason = str(exc.reason)
        code = exc.character if isinstance(exc.character, int) else None
        what = f"#x{code:x} " if code is not None and code != ord("?") else ""
        prefix = "not UTF-8 text: " if "UTF-8" in reason else ""
        raise YamlInputError(f"{prefix}{reason} ({what}at offset {exc.position})") from None
    except yaml.YAMLError as exc:
        raise YamlInputError(str(exc).split("\n", 1)[0]) from None
    finally:
        reader.close()


def load_yaml(stream: IO[bytes] | str) -> Any:
    """Parse one YAML document within the limits above; YamlInputError otherwise."""
    return read_yaml_document(stream, lambda key: False, lambda key, index, item: None)


#: Called before each item of a streamed list with its key, index, first event and the
#: top-level keys read so far; it may take over the rest of the document: then it has
#: given the remaining items to `on_item` itself and returns the top-level entries that
#: follow (see `willing.interchange.yamlsplit`), or None to let reading go on.
Handoff = Callable[[str, int, Any, set[Any]], "dict[Any, Any] | None"]


def read_yaml_document(
    stream: IO[bytes] | bytes | str,
    streamed: Callable[[str], bool],
    on_item: Callable[[str, int, Any], None],
    handoff: Handoff | None = None,
) -> Any:
    """Parse one YAML document; items of a top-level list under a key `streamed` accepts go
    to `on_item(key, index, item)` one by one and are not kept (the key's value is left
    out of the result). Anything but a single document is refused."""
    reader = _Reader(stream)

    def body() -> Any:
        reader.expect(events.StreamStartEvent, "a YAML stream")
        if isinstance(reader.peek(), events.StreamEndEvent):
            return None
        reader.expect(events.DocumentStartEvent, "a document")
        if not isinstance(reader.peek(), events.MappingStartEvent) or reader.peek().anchor:
            result = reader.value()
        else:
            result, handed = _top_mapping(reader, streamed, on_item, handoff)
            if handed:  # what follows was read, and checked, by the one it was handed to
                return result
        reader.expect(events.DocumentEndEvent, "the end of the document")
        event = reader.next()
        if not isinstance(event, events.StreamEndEvent):
            raise YamlInputError("more than one YAML document in one file", _line(event))
        return result

    return _guarded(reader, body)


def _top_mapping(
    reader: _Reader,
    streamed: Callable[[str], bool],
    on_item: Callable[[str, int, Any], None],
    handoff: Handoff | None,
) -> tuple[dict[Any, Any], bool]:
    """The top-level entries not streamed, and whether the rest was handed off."""
    start = reader.next()
    if start.tag not in (None, "!", _MAP):
        raise YamlInputError(f"YAML tag {_short(start.tag)} is not accepted", _line(start))
    reader.nodes += 1
    out: dict[Any, Any] = {}
    seen: set[Any] = set()
    while not isinstance(reader.peek(), events.MappingEndEvent):
        key_event = reader.peek()
        key = reader.value(1)
        if isinstance(key, dict | list) or _is_merge(key_event):
            raise YamlInputError("a top-level key must be a kind name", _line(key_event))
        if key in seen:
            raise YamlInputError(f"duplicate key {key!r}", _line(key_event))
        seen.add(key)
        start = reader.peek()
        if (
            isinstance(key, str)
            and streamed(key)
            and isinstance(start, events.SequenceStartEvent)
            and start.anchor is None
            and start.tag in (None, "!", _SEQ)
        ):
            reader.next()
            index = 0
            while not isinstance(event := reader.peek(), events.SequenceEndEvent):
                if handoff is not None and (rest := handoff(key, index, event, seen)) is not None:
                    out.update(rest)
                    return out, True
                on_item(key, index, reader.value(2))
                index += 1
            reader.next()
        else:
            out[key] = reader.value(1)
    reader.next()
    return out, False
