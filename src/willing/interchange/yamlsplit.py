"""Reading a large YAML data file in two processes at once.

libyaml, through PyYAML, turns a few MB of YAML a second into values (most of the time
goes to the Python objects of its events), so a 50 MB import read by one process takes
over ten seconds before it can report an error in its last record. Above `MIN_BYTES`,
with two CPUs free, a helper process reads the second half of the file (from the start of
an item of a record list to the end) and validates its records, while this process reads
from the start.

A scan of the bytes only proposes where to cut (`find_cut`); the reader of the first half
decides. When it reaches the proposed line, it checks that an item of the same list starts
there, at the column the cut assumed: then everything before the cut was whole items, and
the rest reads the same on its own under the list's key. Only then does it take the
helper's records and stop. In any other case (the cut fell inside a quoted text or a
block, an alias names an anchor before the cut, a key repeats one before it, the helper
failed or found a YAML error) it ignores the helper and reads on alone, so the result,
and every error, is always what one reader gives.
"""

from __future__ import annotations

import contextlib
import pickle
import re
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from willing import collector
from willing.domain.catalog import KINDS
from willing.domain.records import Record
from willing.interchange.documents import DatasetReader, parse_record
from willing.interchange.yamlio import read_yaml_document

#: Files smaller than this are read by one process: a helper costs about half a second.
MIN_BYTES = 8 * 1024 * 1024

#: A top-level key of a block mapping that could hold a record list, at a line's start
#: (each pattern starts with a newline: the regex engine then skips ahead at C speed).
_KEY = rb"([A-Za-z_][A-Za-z0-9_-]*):[ ]*(?:#[^\n]*)?(?=\n)"
_TOP_KEY = re.compile(rb"\n" + _KEY)
_FIRST_KEY = re.compile(_KEY)
_ITEM = re.compile(rb"\n( *)- ")
#: Line breaks libyaml counts besides "\n" (a cut's line number counts only "\n"), and
#: directives, which would change how the part after the cut reads.
_ODD = (b"\r", b"\xc2\x85", b"\xe2\x80\xa8", b"\xe2\x80\xa9")


@dataclass(frozen=True)
class Cut:
    """Where the second half starts: byte `offset`, 0-based `line`, an item of the list
    under `key` whose dash is at column `indent`."""

    offset: int
    line: int
    key: str
    indent: int


def find_cut(data: bytes, near: int | None = None) -> Cut | None:
    """Propose a cut at the first item of a record list at or after `near` (the middle),
    or None when the file does not look like block-style record lists there."""
    if data.removeprefix(b"\xef\xbb\xbf")[:1] == b"%" or any(odd in data for odd in _ODD):
        return None
    near = len(data) // 2 if near is None else near
    last = _FIRST_KEY.match(data)
    for last in _TOP_KEY.finditer(data, 0, near):  # noqa: B007 - the last one is wanted
        pass
    if last is None or last.group(1).decode() not in KINDS:
        return None
    first = _ITEM.search(data, last.end())
    if first is None:
        return None
    indent = len(first.group(1))
    dash = re.compile(rb"\n" + b" " * indent + rb"- ")
    item = dash.search(data, max(near - 1, first.start()))
    after = _TOP_KEY.search(data, last.end())
    if item is None or (after is not None and after.start() < item.start()):
        return None
    offset = item.start() + 1
    return Cut(offset, data.count(b"\n", 0, offset), last.group(1).decode(), indent)


@dataclass
class Part:
    """What the helper read after the cut: records in order as (kind, record), the first
    invalid one as (kind, its index in the part's list of that kind, raw value), the other
    top-level entries, and every top-level key after the list's own (a repeat of one read
    before the cut is a duplicate only the whole reading may report)."""

    records: list[tuple[str, Record]] = field(default_factory=list)
    invalid: tuple[str, int, Any] | None = None
    top: dict[Any, Any] = field(default_factory=dict)
    keys: list[Any] = field(default_factory=list)


class _Invalid(Exception):
    pass


def read_part(data: bytes, key: str) -> Part | None:
    """Read the part after a cut as a document of its own under `key`; None if it is not
    valid YAML there (the whole reading will tell why, if it is not valid at all)."""
    part = Part()
    asked: list[str] = []

    def streams(name: str) -> bool:
        asked.append(name)
        return name in KINDS

    def on_item(kind: str, index: int, raw: Any) -> None:
        record = parse_record(kind, raw, "", [])
        if record is None:
            part.invalid = (kind, index, raw)
            raise _Invalid
        part.records.append((kind, record))

    try:
        with collector.paused():
            top = read_yaml_document(key.encode() + b":\n" + data, streams, on_item)
    except _Invalid:  # the import fails at it: the records before it are not needed
        part.records.clear()
        return part
    except Exception:  # noqa: BLE001 - any failure: the whole reading goes on alone
        return None
    if not isinstance(top, dict):
        return None
    part.top = top
    part.keys = [*asked[1:], *top]
    return part


class Helper:
    """A process reading the part after `cut` of `data`, started at once.

    It is this module run by the same interpreter, given the part on its standard input
    and writing the pickled `Part` on its standard output: a plain child process, so
    that nothing of the caller (its main module, open databases, threads) is copied or
    imported again."""

    def __init__(self, data: bytes, cut: Cut) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", __name__, cut.key],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        stdin = self.process.stdin
        assert stdin is not None
        part = memoryview(data)[cut.offset :]

        def feed() -> None:
            with contextlib.suppress(OSError), stdin:
                stdin.write(part)

        # a thread, so that reading here starts while the helper starts and takes it in
        self.feeder = threading.Thread(target=feed, daemon=True)
        self.feeder.start()

    def result(self) -> Part | None:
        """The helper's part (waiting for it), or None if it failed."""
        stdout = self.process.stdout
        assert stdout is not None
        try:
            fields = pickle.loads(stdout.read())
        except (EOFError, OSError, pickle.UnpicklingError):
            return None
        return None if fields is None else Part(*fields)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.feeder.join()
        if self.process.stdout is not None:
            self.process.stdout.close()


class Takeover:
    """The `handoff` of `read_yaml_document` for a cut: takes the helper's part when the
    reading reaches the cut and finds an item of the cut's list starting there."""

    def __init__(
        self, data: bytes, cut: Cut, part: Callable[[], Part | None], reader: DatasetReader
    ) -> None:
        #: Gives the helper's part (it may wait for it).
        self.part = part
        self.cut = cut
        self.reader = reader
        self.taken = False
        #: The cut's line starts with the item's dash at its column.
        self.dash = data.startswith(b" " * cut.indent + b"- ", cut.offset) and (
            cut.offset == 0 or data[cut.offset - 1 : cut.offset] == b"\n"
        )

    def __call__(self, key: str, index: int, event: Any, seen: set[Any]) -> dict[Any, Any] | None:
        mark = event.start_mark
        if mark.line != self.cut.line or key != self.cut.key or self.taken:
            return None
        self.taken = True  # one look: a cut that does not hold is not tried again
        if not self.dash or mark.column != self.cut.indent + 2:
            return None
        part = self.part()
        if part is None or any(k in seen for k in part.keys):
            return None
        for _, record in part.records:
            self.reader.adopt(record)
        if part.invalid is not None:  # its index counts the items before the cut
            kind, at, raw = part.invalid
            self.reader.add(kind, at + (index if kind == key else 0), raw)
        return part.top


def read_split(data: bytes, reader: DatasetReader, cut: Cut | None) -> Any:
    """Read the YAML `data` into `reader`, with a helper process after `cut` (if any)."""
    if cut is None:
        return read_yaml_document(data, reader.streams, reader.add)
    helper = Helper(data, cut)
    try:
        takeover = Takeover(data, cut, helper.result, reader)
        return read_yaml_document(data, reader.streams, reader.add, takeover)
    finally:
        helper.stop()


def _main() -> None:
    """The helper process's side: the part on stdin, the key as argument."""
    part = read_part(sys.stdin.buffer.read(), sys.argv[1])
    fields = None if part is None else (part.records, part.invalid, part.top, part.keys)
    sys.stdout.buffer.write(pickle.dumps(fields, protocol=pickle.HIGHEST_PROTOCOL))


if __name__ == "__main__":
    _main()
