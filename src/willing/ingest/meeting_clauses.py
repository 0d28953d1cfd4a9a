"""Where the clause of a meeting word ends, and whether it reports a meeting held at all
(not one wished for, nor talks that broke down)."""

from __future__ import annotations

import re

#: a meeting only wished for or offered: "remained ready to meet", "siap bertemu"
WISHED = re.compile(
    r"\b(?:(?:ready|willing|prepared|keen|eager|wants?|wanted|hopes?|hoped|hoping|wish(?:es|ed)?"
    # a wish with words between: "would you most like to", "would really love to"
    r"|would(?:\s+\w+){0,2}?\s+(?:like|love))\s+to"
    r"|(?<!yang )berharap(?:\s+(?:dapat|bisa))?"
    r"|(?<!yang )(?:siap|bersedia|ingin|mau)(?:\s+untuk)?"
    # an invitation to come: "invited Fidan to visit", "mengundang Menlu Fidan untuk berkunjung"
    r"|(?:invit\w*|mengundang\w*|diundang)(?:\s+[\w'’-]+){0,4}?\s+(?:to|untuk)"
    # talks as a goal: "efforts that could lead to peace talks", "menyerukan perundingan"
    r"|(?:lead|leading) to|calls? for|calling for|urged|urging|towards?|menuju|menyerukan"
    r"|mendorong"
    # talks backed or made into as a cause, or any talks at all: "mendukung perundingan
    # damai", "diubah menjadi perundingan", "before any talks begin", "without talks"
    r"|support(?:s|ed|ing)?|back(?:s|ed|ing)?|mendukung|didukung|menjadi|turned into|into"
    r"|any|without|tanpa)\s+(?:(?:new|fresh|direct|peace|damai|baru)\s+)?$"
)

#: talks that failed are what the news recalls, not a meeting it reports
FAILED = re.compile(
    r"(?i:(?:\s+[\w-]+){0,3}?\s+(?:broke down|collapsed|stalled|failed|fell apart|gagal|"
    r"kandas|buntu|mandek|berantakan)\b)"
)


#: words opening a clause that still describes the meeting just named: "the summit of
#: the coalition, held in London on 26 August", "KTT itu, yang digelar di Roma pada ..."
_HELD = re.compile(
    r",\s+(?:(?:which|that|yang) (?:was |were |is )?)?(?:held|hosted|convened|organi[sz]ed"
    r"|took place|chaired|called|digelar|diadakan|diselenggarakan|berlangsung|dipimpin"
    r"|dihadiri|attended)\b",
    re.I,
)


def clause_end(text: str, start: int, end: int) -> int:
    """The first comma in [start, end) that does not open a clause of the meeting's."""
    comma = text.find(",", start, end)
    while comma >= 0 and _HELD.match(text, comma):
        comma = text.find(",", comma + 1, end)
    return comma if comma >= 0 else end


#: the verbs that move a meeting to another day, in both languages
MOVING_VERBS = (
    r"(?:moved|postponed|pushed\s+back|put\s+back|brought\s+forward|rescheduled|delayed"
    r"|deferred|shifted|diundur|ditunda|dipindah|dipindahkan|digeser|dimajukan"
    r"|dijadwalkan\s+ulang)"
)
#: a meeting moved to another day: "has been moved to", "postponed until", "diundur ke"
_MOVED = re.compile(
    rf"(?i:\b{MOVING_VERBS}"
    r"(?:\s+\w+){0,2}?\s+(?:to|until|till|for|ke|hingga|sampai|menjadi)"
    r"(?:\s+(?:the|on|pada|tanggal|hari))?\s+\Z)"
)


def moved_to(text: str, day_start: int) -> bool:
    """The day starting at `day_start` is the one a meeting was moved to."""
    return _MOVED.search(text, max(0, day_start - 50), day_start) is not None


#: a verb of saying right before a day, "that" right after it: "the embassy said on 18
#: August that the summit ...", "menyatakan pada 18 Agustus bahwa KTT itu ...": the day the
#: statement was made, not the meeting's
_SAID_ON = re.compile(
    r"(?i:\b(?:said|says|stated|states|announced|announces|warned|warns|claimed|claims|argued"
    r"|insisted|declared|wrote|complained|told\s+[\w'’-]+(?:\s+[\w'’-]+)?|mengatakan|menyatakan"
    r"|menyebut(?:kan)?|mengumumkan|memperingatkan|menegaskan|menulis|mengklaim)"
    r"\s+(?:on|pada|last|this|earlier\s+on|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)?\s*\Z)"
)
_THAT = re.compile(r"(?i:[\s,]*(?:that|bahwa)\b)")


def stated_on(text: str, day_start: int, day_end: int) -> bool:
    """The day between `day_start` and `day_end` dates a statement about the meeting."""
    return (
        _SAID_ON.search(text, max(0, day_start - 40), day_start) is not None
        and _THAT.match(text, day_end) is not None
    )


#: a meeting only proposed or offered in the clause before its word: "the note proposed
#: that Indonesia host direct talks", "mengusulkan agar Indonesia menjadi tuan rumah
#: perundingan", "Turkey offered to host talks"
_PROPOSED = re.compile(
    r"(?i:\b(?:propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|offer(?:s|ed|ing)?|mengusulkan"
    r"|diusulkan|mengajukan\s+usul(?:an)?|menawarkan(?:\s+diri)?|ditawarkan|usul(?:an)?"
    r"|menyarankan|disarankan)\s+(?:that\s+|agar\s+|supaya\s+|to\s+|untuk\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?(?:host|hold|convene|organi[sz]e|be\s+host\s+to|menjadi\s+tuan"
    r"\s+rumah|menggelar|menyelenggarakan|mengadakan|menjamu)\s+(?:[\w'’-]+\s+){0,2}?\Z)"
)


#: the meeting verb itself proposed: "proposed that Indonesia host", "offered to host",
#: "mengusulkan agar Indonesia menjadi tuan rumah"
_PROPOSED_VERB = re.compile(
    r"(?i:\b(?:propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|offer(?:s|ed|ing)?|mengusulkan"
    r"|diusulkan|menawarkan(?:\s+diri)?|menyarankan)\s+(?:that|agar|supaya|to|untuk)\s+"
    r"(?:[\w'’-]+\s+){0,3}?\Z)"
)


def proposed(text: str, start: int, t_start: int, verb: bool = False) -> bool:
    """The meeting word at `t_start` names a meeting someone proposed or offered to hold
    (`verb`: the word is a verb of meeting, which may be the one proposed)."""
    a = max(start, t_start - 90)
    window = text[max(0, a - 12) : t_start].casefold()  # the whole word the window cuts
    if not any(stem in window for stem in _PROPOSAL_STEMS):
        return False  # the common case, read without the pattern
    return _PROPOSED.search(text, a, t_start) is not None or (
        verb and _PROPOSED_VERB.search(text, a, t_start) is not None
    )


#: (Indonesian drops the first letter after its prefix: "tawar" -> "menawarkan",
#: "saran" -> "menyarankan")
_PROPOSAL_STEMS = ("propos", "suggest", "offer", "usul", "awar", "saran", "yaran")


#: the words after a number up to a comma closing its clause, the sentence going on with
#: its main verb ("yang diikuti 28 negara, sepakat ...", "joined by 28 countries, agreed")
_CLAUSE_CLOSED = re.compile(r"[^,.;]{0,25},\s+(?!(?:and|dan|or|atau)\b)")


def own_clause(window: str) -> str:
    """The window after a number, cut where the number's own clause closes."""
    return window[: window.find(",")] if _CLAUSE_CLOSED.match(window) else window


#: a clause of its own after the meeting's: ", and on 3 May ...", " - and ...", "; ..."
_LATER_CLAUSE = re.compile(
    r"(?i:(?:[,;]|[ \t][-\u2013\u2014])[ \t]+(?:and|but|while|whereas|dan|tetapi|sedangkan"
    r"|sementara|lalu|then)\b|;)"
)


def later_clause(text: str, t_start: int, day_start: int) -> bool:
    """The day at `day_start` stands in a clause after the meeting word's."""
    return _LATER_CLAUSE.search(text, t_start, day_start) is not None
