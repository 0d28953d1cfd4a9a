"""Whether a sum called aid is military aid: only aid named military ("bantuan militer",
"military aid") or a package of arms is; aid named civilian ("bantuan kemanusiaan senilai
US$3 juta"), a tender's "Pagu paket" and aid left unnamed ("Kanada menambah bantuan sebesar
500 juta dolar Kanada") are money given, as the annotation counts them."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc

#: a package of arms: "Pistorius menyebut paket tersebut bernilai sekitar 1,2 miliar euro"
_PACKAGE = re.compile(r"(?i:\b(?:paket|package|packages)\b)")


@cache
def _civilian() -> re.Pattern[str]:
    words = sorted((str(w) for w in rules.load("figures")["civilian_aid"]), key=len, reverse=True)
    return re.compile(rf"(?i:\b(?:{'|'.join(re.escape(w) for w in words)})\b)")


@cache
def _in_arms() -> re.Pattern[str]:
    """A sum given as arms, the arms after it: "EUR 250 million in artillery ammunition",
    "worth of missiles", "dalam bentuk amunisi"."""
    words = sorted((str(w) for w in rules.load("figures")["arms"]), key=len, reverse=True)
    arms = "|".join(re.escape(w) for w in words)
    return re.compile(
        r"(?i:\s*(?:in|of|worth\s+of|in\s+the\s+form\s+of|dalam\s+bentuk|berupa)\s+"
        rf"(?:(?!(?:for|to|towards?|untuk|bagi|of)\b)[a-zA-Z-]+\s+){{0,3}}?(?:{arms})\b)"
    )


#: money paying for arms is funding, however the arms are named ("is financing NOK 2.5
#: billion of air defence", "would fund £900m of missiles", "membiayai ... senilai")
_PAID = re.compile(
    r"(?i:financ|fund|membiayai|mendanai|pembelian|pengadaan|membeli|to buy|purchas|procur"
    r"|biaya|pay for|paying for)"
)


#: a sum whose beneficiary is Ukraine's army, in the clause after it, is military aid
#: whatever verb gives it ("EUR 4 billion for Ukraine's armed forces", "for winter kit for
#: Ukrainian soldiers", "for military support to Ukraine", "bagi angkatan bersenjata
#: Ukraina"); "for the families of Ukrainian soldiers" is not
_FOR_ARMY = re.compile(
    r"(?i:(?:(?!\b(?:while|whereas|but|sementara|tetapi|namun)\b)[^.;!?]){0,80}?"
    r"\b(?:for|to|untuk|bagi|kepada)\s+(?:the\s+)?"
    r"(?:(?:Ukraine's|Ukrainian|Kyiv's)\s+(?:armed\s+forces|army|soldiers|military|troops"
    r"|defen[cs]e\s+forces)\b|military\s+(?:support|aid|assistance)\b"
    r"|(?:angkatan\s+bersenjata|tentara|militer|prajurit|pasukan)\s+Ukraina\b"
    r"|(?:dukungan|bantuan)\s+militer\b))"
)

#: money into a fund or a facility, or towards something, is funding even when the fund
#: serves an army ("a facility of EUR 20 billion for Ukraine's armed forces", "dana
#: EUR 500 juta bagi", "in funding for", "towards non-lethal equipment for")
_FUND = re.compile(r"(?i:\b(?:funds?|funding|facility|fasilitas|dana|pendanaan|towards?|trust)\b)")


def _for_army(doc: Doc, start: int, end: int) -> bool:
    s, e = doc.sentence_at(start)
    m = _FOR_ARMY.match(doc.text, end, e)
    if m is None:
        return False
    before = doc.text[max(s, start - 40) : start]
    return not (_FUND.search(m.group()) or _FUND.search(before) or _PAID.search(before))


def aim(doc: Doc, start: int, end: int, measure: str) -> str:
    """The measure of the sum at [start, end) once the aid it is has been read."""
    if measure in ("funding", "military_aid") and _for_army(doc, start, end):
        return "military_aid"
    if measure == "funding" and _in_arms().match(doc.text, end):
        s, _ = doc.sentence_at(start)
        if not _PAID.search(doc.text, max(s, start - 60), start):
            return "military_aid"  # given as arms, not as money
    if measure != "military_aid":
        return measure
    s, e = doc.sentence_at(start)
    around = doc.text[max(s, start - 60) : min(e, end + 60)]
    if "milit" in around.casefold():
        return measure  # "bantuan militer", "a military aid package"
    if _civilian().search(around) or not _PACKAGE.search(around):
        return "funding"  # "bantuan kemanusiaan", "Pagu paket", aid not named military
    return measure
