"""Writing an output file whole: into a new file beside it, then renamed over it.

A reader never sees half a file, and a failed write (a full disk, an interrupted process)
leaves the old file as it was. A path that exists and is not a regular file is refused:
renaming over a device, a pipe or a link would replace it (run as root, `willing export
/dev/null` would turn the device into a file). Each write gets a temporary name of its
own, so two writers to one folder never mix their files.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from willing.domain.errors import Problem, ValidationFailure

#: The process's umask, read once at import (reading it means setting it), for the mode of
#: new files: what a plain write would have given them.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def write_whole(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole, or refuse (`ValidationFailure`) and change nothing.
    An existing file keeps its permissions; a new one gets the umask's."""
    try:
        existing = path.lstat()
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        what = "a folder" if stat.S_ISDIR(existing.st_mode) else "not a regular file"
        raise ValidationFailure([Problem(str(path), None, f"is {what}; give a file name")])
    mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o666 & ~_UMASK
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(name, mode)
            os.replace(name, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(name)
            raise
    except OSError as exc:
        raise ValidationFailure(
            [Problem(str(path), None, f"cannot write: {exc.strerror or exc}")]
        ) from exc
