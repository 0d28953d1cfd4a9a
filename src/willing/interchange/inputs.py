"""Opening input files safely: regular files only, capped in size, UTF-8 only.

Every path that reads a file a user names (imports, scenario files, articles) opens it
here. A pipe would block the command for ever and `/dev/zero` would fill memory, so
anything but a regular file is refused before a byte is read; the file is opened without
blocking and checked again on the open descriptor (it may have been swapped meanwhile),
and reads stop one byte past the cap, so a file that grows while it is read is refused
too.
"""

from __future__ import annotations

import codecs
import io
import os
import stat
from pathlib import Path
from typing import BinaryIO

from willing.domain.errors import Problem, ValidationFailure

#: The largest data file an import reads (a folder or CSV set: each file).
MAX_BYTES = 128 * 1024 * 1024
#: The deepest nesting of lists and mappings an input may have; records need about six.
MAX_DEPTH = 32

_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def _refuse(path: Path, message: str) -> ValidationFailure:
    return ValidationFailure([Problem(str(path), None, message)])


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _check_mode(path: Path, info: os.stat_result, cap: int) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(path, f"is {_kind(info.st_mode)}, not a regular file; give a file")
    if info.st_size > cap:
        raise _refuse(path, f"is {info.st_size:,} bytes; files over {cap:,} bytes are refused")


def check_file(path: Path, cap: int = MAX_BYTES) -> None:
    """Refuse what is not a regular file of at most `cap` bytes, without opening it."""
    try:
        info = path.stat()
    except OSError as exc:
        raise _refuse(path, f"cannot read: {exc.strerror or exc}") from None
    _check_mode(path, info, cap)


class _Capped(io.RawIOBase):
    """A read-only byte stream that fails once more than `cap` bytes have been read."""

    def __init__(self, raw: BinaryIO, path: Path, cap: int) -> None:
        super().__init__()
        self._raw = raw
        self._left = cap
        self.path = path
        self.cap = cap
        self.name = str(path)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._raw.read(min(len(buffer), self._left + 1))
        if len(data) > self._left:
            raise _refuse(self.path, f"grew past {self.cap:,} bytes while it was read")
        self._left -= len(data)
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


def open_input(path: Path, cap: int = MAX_BYTES) -> BinaryIO:
    """A byte stream of the regular file at `path`, refusing anything else (see module)."""
    check_file(path, cap)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise _refuse(path, f"cannot read: {exc.strerror or exc}") from None
    try:
        _check_mode(path, os.fstat(fd), cap)
    except ValidationFailure:
        os.close(fd)
        raise
    raw = os.fdopen(fd, "rb", buffering=0)
    return io.BufferedReader(_Capped(raw, path, cap), buffer_size=1 << 16)


def read_bytes(path: Path, cap: int = MAX_BYTES) -> bytes:
    """The whole content of a regular file of at most `cap` bytes."""
    with open_input(path, cap) as stream:
        return stream.read()


def check_utf8_start(path: Path, head: bytes) -> None:
    """Refuse UTF-16 and UTF-32 text by its byte-order mark: data files are UTF-8."""
    for bom, name in _WIDE_BOMS:
        if head.startswith(bom):
            raise _refuse(path, f"not UTF-8 text (it starts with a {name} mark); save it as UTF-8")


def read_text(path: Path, cap: int = MAX_BYTES) -> str:
    """The UTF-8 text of a file (a byte-order mark is dropped), newlines kept as they are."""
    with open_input(path, cap) as stream:
        return read_text_from(stream, path)


def read_text_from(stream: BinaryIO, path: Path) -> str:
    """The UTF-8 text of an opened input (see `read_text`)."""
    data = stream.read()
    check_utf8_start(path, data[:4])
    try:
        # bytes, not read_text: a newline inside a value must not be translated
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _refuse(path, f"not UTF-8 text (byte {exc.start})") from exc
