"""Sentences that state no commitment, whatever their verbs: a question, a quiz line, a
statement quoted to be judged untrue, a report said to have been wrong."""

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


#: a report said to have been wrong, or a pledge put in someone's mouth (thirteenth set):
#: "we wrongly reported that ...", "kami keliru menyebut ...", "misquoted the minister as
#: saying", "seolah-olah menyatakan"
_MISREPORTED = re.compile(
    r"(?i:\b(?:wrongly|mistakenly|erroneously|incorrectly|falsely)\s+(?:\w+\s+)?"
    r"(?:reported|said|stated|wrote|written|claimed|described|named|listed|quoted|attributed"
    r"|suggested|implied|gave)\b|\b(?:misquoted|misreported|misattributed)\b"
    r"|\b(?:keliru|salah)\s+(?:\w+\s+)?(?:menyebut|menyebutkan|menulis|memberitakan|mengutip"
    r"|melaporkan|mencantumkan)\b|\bseolah-olah\b|\bseakan-akan\b)"
)
_MISREPORT_WORDS = frozenset(
    {"wrongly", "mistakenly", "erroneously", "incorrectly", "falsely", "misquoted"}
    | {"misreported", "misattributed", "keliru", "salah", "seolah", "seakan"}
    | {"seolah-olah", "seakan-akan"}
)


def unstated(doc: Doc, s: int, e: int) -> bool:
    """Whether the sentence [s, e) asks ("Is Spain sending troops?"), is a quiz line, or is
    quoted and then refuted, or said to have been reported wrongly."""
    n = doc.sentence_index(s)
    if not doc.sentence_keys[n].isdisjoint(_MISREPORT_WORDS) and _MISREPORTED.search(
        doc.text, s, e
    ):
        return True
    return (
        doc.text[s:e].rstrip().endswith("?")
        or bool(QUIZ.match(doc.text, s))
        or bool(_REFUTED.search(doc.text, s, min(len(doc.text), e + 40)))
    )
