"""JSON read strictly: duplicate keys, NaN and Infinity refused, nesting bounded, and a large
`{kind: [record, ...]}` document handed record by record to a callback (as
`willing.interchange.yamlio` does for YAML)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from willing.interchange.inputs import MAX_DEPTH


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """The object of `pairs`, built in one call: the decoder calls this for every object,
    and only a shorter result than the pairs needs a second look."""
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"duplicate key {key!r}")
            seen.add(key)
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


_DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
_SPACE = re.compile(r"[ \t\n\r]*")


class JsonInputError(ValueError):
    """A JSON input that is refused; `line` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def check_depth(value: Any, limit: int = MAX_DEPTH) -> bool:
    """True when no list or mapping in `value` is nested deeper than `limit` levels."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item
        for child in children:
            if isinstance(child, dict | list):
                if depth >= limit:
                    return False
                stack.append((child, depth + 1))
    return True


def _decode(text: str, at: int, depth: int) -> tuple[Any, int]:
    try:
        value, end = _DECODER.raw_decode(text, at)
    except json.JSONDecodeError as exc:
        raise JsonInputError(exc.msg, exc.lineno) from None
    except RecursionError:
        raise JsonInputError(
            f"nested deeper than {MAX_DEPTH} levels", text.count("\n", 0, at) + 1
        ) from None
    except ValueError as exc:  # duplicate keys, NaN, a number too long to convert
        raise JsonInputError(str(exc), text.count("\n", 0, at) + 1) from None
    # a value holding fewer brackets than the depth left cannot nest too deep: counting
    # them (in C) spares walking each record
    if (
        isinstance(value, dict | list)
        and text.count("[", at, end) + text.count("{", at, end) > MAX_DEPTH - depth
        and not check_depth(value, MAX_DEPTH - depth)
    ):
        raise JsonInputError(f"nested deeper than {MAX_DEPTH} levels", text.count("\n", 0, at) + 1)
    return value, end


def load_json(text: str) -> Any:
    """Parse JSON, refusing duplicate keys, NaN and nesting beyond `MAX_DEPTH`."""
    return read_json_document(text, lambda key: False, lambda key, index, item: None)


def read_json_document(
    text: str,
    streamed: Callable[[str], bool],
    on_item: Callable[[str, int, Any], None],
) -> Any:
    """Parse a JSON text like `read_yaml_document`: items of a top-level list under a key
    `streamed` accepts go to `on_item` one by one and are not kept."""
    at = _SPACE.match(text, 0).end()  # type: ignore[union-attr]
    if not text.startswith("{", at):
        value, end = _decode(text, at, 0)
        _end_of(text, end)
        return value
    out: dict[str, Any] = {}
    done: set[str] = set()
    at = _skip(text, at + 1)
    if text.startswith("}", at):
        _end_of(text, at + 1)
        return out
    while True:
        if not text.startswith('"', at):
            _fail(text, at, "Expecting property name enclosed in double quotes")
        key, at = _decode(text, at, 1)
        if key in out or key in done:
            _fail(text, at, f"duplicate key {key!r}")
        at = _skip(text, at)
        if not text.startswith(":", at):
            _fail(text, at, "Expecting ':' delimiter")
        at = _skip(text, at + 1)
        if streamed(key) and text.startswith("[", at):
            at = _items(text, _skip(text, at + 1), key, on_item)
            done.add(key)
        else:
            out[key], at = _decode(text, at, 1)
        at = _skip(text, at)
        if text.startswith("}", at):
            _end_of(text, at + 1)
            return out
        if not text.startswith(",", at):
            _fail(text, at, "Expecting ',' delimiter")
        at = _skip(text, at + 1)


def _items(text: str, at: int, key: str, on_item: Callable[[str, int, Any], None]) -> int:
    """Hand each item of the list that starts before `at` to `on_item`; the index after it."""
    if text.startswith("]", at):
        return at + 1
    index = 0
    while True:
        item, at = _decode(text, at, 2)
        on_item(key, index, item)
        index += 1
        at = _skip(text, at)
        if text.startswith("]", at):
            return at + 1
        if not text.startswith(",", at):
            _fail(text, at, "Expecting ',' delimiter")
        at = _skip(text, at + 1)


def _skip(text: str, at: int) -> int:
    return _SPACE.match(text, at).end()  # type: ignore[union-attr]


def _end_of(text: str, at: int) -> None:
    if _skip(text, at) != len(text):
        _fail(text, _skip(text, at), "Extra data")


def _fail(text: str, at: int, message: str) -> None:
    raise JsonInputError(message, text.count("\n", 0, at) + 1)
