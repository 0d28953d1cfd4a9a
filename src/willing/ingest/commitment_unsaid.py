"""Sentences that state no commitment, whatever their verbs: a question, a quiz line, a
statement quoted to be judged untrue."""

from __future__ import annotations

import re

from willing.ingest.document import Doc

#: a quiz line asks, whatever its form: "True or false: Japan has pledged ground troops"
QUIZ = re.compile(r"(?i:\s*(?:\d+\.\s*)?(?:true or false|benar atau salah|fact or fiction)\b)")

#: a statement quoted and then judged untrue (twelfth set): '"Malaysia juga mengirim
#: kapal." - Tidak tepat.', '"Spain sends jets" - False'
_REFUTED = re.compile(
    r"(?i:[\"”’']\s*[-–—:]\s*(?:tidak tepat|tidak benar|tak benar|keliru|salah|hoaks|bohong|"
    r"false|incorrect|not true|untrue|wrong|misleading|menyesatkan)\b)"
)


def unstated(doc: Doc, s: int, e: int) -> bool:
    """Whether the sentence [s, e) asks ("Is Spain sending troops?"), is a quiz line, or is
    quoted and then refuted."""
    return (
        doc.text[s:e].rstrip().endswith("?")
        or bool(QUIZ.match(doc.text, s))
        or bool(_REFUTED.search(doc.text, s, min(len(doc.text), e + 40)))
    )
