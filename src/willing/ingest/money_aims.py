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


def aim(doc: Doc, start: int, end: int, measure: str) -> str:
    """The measure of the sum at [start, end) once the aid it is has been read."""
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
