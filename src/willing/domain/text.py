"""Text from outside: what can be stored, and how to show it without obeying it.

Imported names may hold terminal control sequences (``ESC[2J`` clears the screen) or
lone surrogates that no encoder accepts. Stored text must encode as UTF-8; shown text
has every control character written out (``\\x1b``) so a terminal displays it instead of
acting on it.
"""

from __future__ import annotations

import re

#: Characters a terminal may act on: C0 controls but tab and newline, DEL, C1 controls
#: (``\\x9b`` opens a control sequence on some terminals), the bidirectional overrides
#: and isolates that reorder what is shown, and lone surrogates (not text at all).
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def unencodable(text: str) -> int | None:
    """The index of the first character that cannot be stored as UTF-8 (a lone surrogate)."""
    found = _SURROGATE.search(text)
    return None if found is None else found.start()


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, limit: int | None = None) -> str:
    """`text` with each unsafe character written as an escape; cut to `limit` characters.

    Example: ``visible("a\\x1b[2Jb") == "a\\\\x1b[2Jb"``.
    """
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)] + "…"
    return UNSAFE.sub(_escape, text) if UNSAFE.search(text) else text


def shown(value: object, limit: int = 60) -> str:
    """A short, safe rendering of a value from an input, for error messages."""
    return visible(value if isinstance(value, str) else repr(value), limit)
