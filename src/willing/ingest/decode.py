"""Bytes to text: byte-order marks, UTF-8, and line-by-line repair of mixed encodings."""

from __future__ import annotations

import codecs
import stat
from pathlib import Path

from willing.domain.errors import ValidationFailure
from willing.ingest import rules
from willing.ingest.errors import BinaryInput, IngestError, InputTooLarge
from willing.interchange.inputs import open_input

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Control bytes that do not occur in text (tab, newlines, form feed and escape do).
_CONTROL = bytes(sorted(frozenset(range(0, 32)) - {9, 10, 12, 13, 27}))
_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}


def max_bytes() -> int:
    """Largest input accepted, from the rule data."""
    return int(rules.load("text")["max_bytes"])


def check_size(size: int, what: str = "input") -> None:
    """Refuse inputs over the cap with a clear message."""
    cap = max_bytes()
    if size > cap:
        raise InputTooLarge(
            f"{what} is {size:,} bytes; articles larger than {cap:,} bytes are refused"
        )


def read_file(path: Path) -> bytes:
    """The bytes of an article file, refusing what is not a regular file or is too large.

    A pipe, a device (`/dev/zero`) or a directory is refused before anything is read;
    the file is opened without blocking and checked again on the open descriptor (see
    `willing.interchange.inputs`), and read up to one byte past the cap, so a file
    swapped or growing while it is read is refused too.
    """
    try:
        info = path.stat()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(f"{path}: not a regular file (a pipe, device or directory)")
    check_size(info.st_size, str(path))
    cap = max_bytes()
    try:
        with open_input(path, cap) as handle:
            data = handle.read()
    except ValidationFailure as failure:
        message = failure.problems[0].message
        if "bytes" in message:
            raise InputTooLarge(f"{path} {message}") from None
        raise IngestError(f"{path}: {message}") from None
    except OSError as exc:
        raise IngestError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return data


def decode(data: bytes, what: str = "input") -> tuple[str, list[str]]:
    """Decode `data` as text; return the text and warnings about repairs made.

    Raises BinaryInput for data that is not text, InputTooLarge over the cap.
    """
    check_size(len(data), what)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), []
            except UnicodeDecodeError as exc:
                raise BinaryInput(
                    f"{what} starts with a {encoding} mark but is not {encoding}"
                ) from exc
    for magic, name in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryInput(f"{what} is {name}, not text or HTML")
    sample = data[:8192]
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    if b"\x00" in sample or (sample and controls / len(sample) > 0.05):
        raise BinaryInput(f"{what} looks like binary data, not text or HTML")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    return _decode_mixed(data, what)


def _decode_mixed(data: bytes, what: str) -> tuple[str, list[str]]:
    """Decode each line as UTF-8 when it is, else as Windows-1252 (Latin-1 as a last resort)."""
    out: list[str] = []
    repaired = 0
    for line in data.split(b"\n"):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            repaired += 1
            try:
                out.append(line.decode("cp1252"))
            except UnicodeDecodeError:
                out.append(line.decode("latin-1"))
    text = "\n".join(out)
    if sum(not (c.isprintable() or c.isspace()) for c in text[:8192]) > 0.05 * min(len(text), 8192):
        raise BinaryInput(f"{what} looks like binary data, not text or HTML")
    return text, [f"{repaired} line(s) of {what} were not UTF-8 and were read as Windows-1252"]
