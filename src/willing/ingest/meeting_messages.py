"""A call as the way a message went: a verb of sending, conveying or thanking, then the
call as its medium ("sent his thanks by video call", "conveyed the news over the phone",
"mengirim ucapan terima kasih melalui panggilan video", "menyampaikan duka cita lewat
telepon"). The call carried one person's words to others; it reports no meeting held,
whoever was at either end. A call that people joined, held or spoke in ("joined by video
call", "bertemu melalui panggilan video") is untouched."""

from __future__ import annotations

import re

#: the medium word right before the call: "by", "via", "over", "through", "melalui",
#: "lewat", with an article between
_MEDIUM = re.compile(
    r"(?i:\b(?:by|via|over|through|melalui|lewat)(?:[ \t]+(?:a|an|the|sebuah))?[ \t]+\Z)"
)

#: a verb of sending or conveying (or a thanks sent) earlier in the clause, with no word
#: opening a new clause between it and the medium
_SENT = re.compile(
    r"(?i:\b(?:sent|sends|send|sending|conveyed|conveys|convey|conveying|delivered|delivers"
    r"|passed on|relayed|relays|thanked|thanks|mengirim|mengirimkan|mengirimkannya"
    r"|menyampaikan|menyampaikannya|disampaikan|dikirim|dikirimkan|berterima[ \t]+kasih)\b"
    r"(?:(?![,;:]|\b(?:and|dan|who|which|yang|while|sementara)\b)[^.])*\Z)"
)


#: the words of a call among the meeting words ("video call", "panggilan telepon")
_CALL = re.compile(r"(?i:call|video|phone|telepon|telefon|panggilan|tele)")


def as_message(text: str, value: str, start: int, sentence_start: int) -> bool:
    """The call word `value` at `start` is the medium of a message sent ("sent thanks by
    video call"): no meeting. Read only for a call with a medium word right before it."""
    if _CALL.search(value) is None:
        return False
    medium = _MEDIUM.search(text, max(sentence_start, start - 20), start)
    if medium is None:
        return False
    return bool(_SENT.search(text, max(sentence_start, medium.start() - 80), medium.start()))
