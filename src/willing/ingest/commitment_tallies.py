"""Tallies in prose (twentieth set): a data story, a slide or a scorecard lists what each
state gives as a state followed at once by its figure, with the verb said once before or
not at all: "Jerman menyumbang EUR 1,2 miliar. Inggris GBP 400 juta untuk rudal. Kanada CAD
500 juta.", "Money: Japan JPY 48 billion; Canada CAD 300 million", "sisa kontribusi darat:
Estonia 120 prajurit, Belgia 250 tenaga medis", "Sweden provides 8 Gripens, Denmark 6
F-16s". A state that opens a sentence or a list part (after a full stop, a colon, a
semicolon, a comma or "and") and is followed by a number or a sum gives the assets of its
part, up to the next comma, semicolon or full stop; a sum is funding, a count of troops is
land. A bare count whose noun was named just before ("France has 5,600; Germany 3,100",
"... 4,000 troops. France confirmed 2,500.") is land. A sum owned by the state named beside
it ("EUR 400 million from Sweden", "dari Jerman sebesar EUR 300 juta", "oleh Jerman (EUR 500
juta)", "Germany's EUR 1.1 billion") is that state's funding.

Not: a part that denies or hedges ("Austria 0, still considering"), a budget, a
country's economy or its losses ("Germany EUR 90 billion defence budget"), the warring
sides, and a tally in a text that never speaks of giving or pledging.
"""

from __future__ import annotations

import re

from willing.ingest import commitment_rows, stated_commitments
from willing.ingest.commitment_tables import Tables, tables
from willing.ingest.document import Doc
from willing.ingest.items import Item
from willing.ingest.parties import Mention
from willing.ingest.prefilter import guarded
from willing.ingest.stated_commitments import Key

#: a figure right after the state: a number, or a currency sign or code before one
_FIGURE = re.compile(
    r"[ \t]+(?:(?:about|some|around|roughly|nearly|up to|sekitar|hampir|hingga|kira-kira)"
    r"[ \t]+)?(?:[€£$¥][ \t]?\d|(?-i:[A-Z]{3})[ \t]?\d|\d)"
)
#: what may stand between a state and its figure in a list or a note (twenty-first set): a
#: comma or colon ("Spain, roughly 900 soldiers;") or the possessive ("Italy's 1,200 troops")
_SEP = re.compile(r"[ \t]*[,:](?=[ \t])|['’]s(?=[ \t])")
#: a count standing alone, its noun left out ("France has 5,600; Germany 3,100"), with one
#: verb at most before it ("France confirmed 2,500.")
_BARE = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:(?:about|some|around|roughly|nearly|up to|sekitar|hampir"
    r"|hingga|kira-kira)[ \t]+)?\d[\d.,]*\d(?=[ \t]*(?:[,;.]\s|[,;.]?$|\n))"
)
#: a sum of money: a currency sign or code and its figure
_SUM = (
    r"(?:[€£$¥][ \t]?\d|(?-i:[A-Z]{3})[ \t]?\d)[\d.,]*"
    r"(?:[ \t]*(?:million|billion|juta|miliar|triliun|bn|m)\b)?"
)
#: a sum owned by the state named after it: "EUR 400 million from Sweden", "(dana) dari
#: Jerman sebesar EUR 300 juta", "oleh Jerman (EUR 500 juta)", "Germany's EUR 1.1 billion"
_SUM_AFTER = re.compile(
    r"(?i:(?:['’]s[ \t]+|[ \t]*\([ \t]*|[ \t]+(?:sebesar|senilai|of|worth|with)[ \t]+)" + _SUM + ")"
)
_BY_BEFORE = re.compile(r"(?i:\b(?:from|dari|oleh|by)[ \t]+(?:the[ \t]+)?$)")
_SUM_BEFORE = re.compile(
    r"(?i:" + _SUM + r"(?:[ \t]+[\w-]+){0,5}?[ \t]+(?:from|dari|oleh)[ \t]+(?:the[ \t]+)?$)"
)
#: an institution named after a state: "the US International Development ..."
_NAMED_AFTER = re.compile(r"[ \t]+(?-i:[A-Z][a-z])")
#: any digit: the cheap test before the readers of sums
_DIGIT = re.compile(r"\d")
#: a year is no count: "Spain 2030"
_YEAR = re.compile(r"(?:19|20)\d\d")
#: how far back a count's noun may be named for a count that leaves it out
_ELIDED_WINDOW = 240
#: a count of troops: "4,000 troops", "1.500 tentara", "2,500 French soldiers"
_COUNTED = re.compile(r"\d[\d.,]*\s+(?:[\w-]+\s+){0,2}$")

#: what stands right before a state opening a part of a list
_OPENS = re.compile(
    r"(?i:(?:^|[.;:,]|\b(?:and|dan|serta|plus)|[-–—•*])[ \t]*(?:the[ \t]+)?$)", re.M
)
#: where a part ends: a comma, semicolon or full stop before a space, or the line's end
_PART_END = re.compile(r"[,;.](?=\s)|\n")
#: a part that denies or hedges its figure
_NOT_GIVEN = guarded(
    r"(?i:\b(?:no|not|none|nor|without|never|refus\w*|reject\w*|consider(?:ing|ation)|weighing|may"
    r"|might|undecided|tanpa|belum|tidak|tak|bukan|menolak|mempertimbangkan|mengkaji"
    r"|mungkin|pertimbangan|pending)\b)"
)
#: figures that nobody gives, named in the part or before the list in its sentence
_NOT_GIFTS = guarded(
    r"(?i:\b(?:budgets?|anggaran|GDP|PDB|spending|belanja|economy|ekonomi|debts?|utang"
    r"|losses|kerugian|damage|kerusakan|casualties|korban|killed|tewas|refugees|pengungsi"
    r"|exports?|imports?|ekspor|impor|trade|perdagangan|population|penduduk)\b)"
)
#: a text that speaks of giving: where a tally is a contribution
_ABOUT = guarded(
    r"(?i:\b(?:coalition|koalisi|contribut\w*|kontribusi|pledg\w*|janji\w*|menjanjikan"
    r"|dijanjikan|commit\w*|komitmen|sumbangan|menyumbang\w*|gives?|gave|giving|given"
    r"|provides?|provided|sends?|sent|mengirim\w*|menyalurkan|reassurance force)\b)"
)
#: how far before a tally the text must speak of giving
_ABOUT_WINDOW = 600


def find(doc: Doc, parties: list[Mention], have: set[Key]) -> list[Item]:
    """The commitments of states that open a part of a list with their figure."""
    out: list[Item] = []
    t = tables()
    text = doc.text
    for p in parties:
        if p.code in t.never:
            continue
        if _owned_sum(doc, p):
            s, e = doc.sentence_at(p.start)
            key = (p.code, "regenerate", "funding")
            stated_commitments.add(out, have, key, (p.start, p.end), (s, e), 0.6)
            continue
        sep = _SEP.match(text, p.end)
        at = sep.end() if sep else p.end
        if not _FIGURE.match(text, at):
            if sep is None:
                _elided(doc, t, p, have, out)  # cheap test first: most states precede a word
            continue
        owner = sep is not None and sep.group()[-1] == "s"
        line = text.rfind("\n", 0, p.start) + 1
        if not owner and not _OPENS.search(text, max(line, p.start - 12), p.start):
            continue
        if not _ABOUT.search(text, max(0, p.start - _ABOUT_WINDOW), p.start):
            continue
        s, e = doc.sentence_at(p.start)
        end = _PART_END.search(text, at, e)
        stop = end.start() if end else e
        if _NOT_GIVEN.search(text, p.end, stop) or _NOT_GIFTS.search(text, max(s, line), stop):
            continue
        # a sum is the figure given: "GBP 400 juta untuk rudal" funds, it gives no missiles
        given = (
            [("regenerate", "funding")]
            if commitment_rows.MONEY.search(text, p.end, stop)
            else commitment_rows.assets(doc, t, p.end, stop)
        )
        if given and ("reassure", "land") not in given and _counts_troops(doc, t, at, stop):
            given.append(("reassure", "land"))  # "Poland, 3,300 soldiers and a hub"
        if owner:  # "Italy's 1,200 soldiers": a state owns its troops, not its other counts
            given = [g for g in given if g == ("reassure", "land")]
        elif not given and sep is None:
            _elided(doc, t, p, have, out)  # "France has 5,600; Germany 3,100"
        for layer, domain in given:
            stated_commitments.add(out, have, (p.code, layer, domain), (p.start, stop), (s, e), 0.6)
    return out


def _counts_troops(doc: Doc, t: Tables, at: int, stop: int) -> bool:
    """Whether the part's figure, right after its state, counts troops: "3,300 soldiers and
    a logistics hub" gives the soldiers as well as the hub (twenty-first set)."""
    return any(
        _COUNTED.search(doc.text, at, w.start) for w in t.troops.within(doc, at, min(stop, at + 40))
    )


def _troops_before(doc: Doc, t: Tables, start: int) -> bool:
    """Whether a count of troops is named shortly before `start`, in its paragraph: the noun
    a bare count after it leaves out."""
    line = doc.text.rfind("\n", 0, start) + 1
    a = max(line, start - _ELIDED_WINDOW)
    return any(
        _COUNTED.search(doc.text, max(a, w.start - 30), w.start)
        for w in t.troops.within(doc, a, start)
    )


def _elided(doc: Doc, t: Tables, p: Mention, have: set[Key], out: list[Item]) -> None:
    """A state followed by a bare count, its noun a count of troops named just before:
    "France has 5,600; Germany 3,100", "... 4,000 troops. France confirmed 2,500." (land)."""
    bare = _BARE.match(doc.text, p.end)
    if (
        bare
        and not _YEAR.fullmatch(bare.group().split()[-1])
        and _troops_before(doc, t, p.start)
        and _ABOUT.search(doc.text, max(0, p.start - _ABOUT_WINDOW), p.start)
    ):
        s, e = doc.sentence_at(p.start)
        key = (p.code, "reassure", "land")
        stated_commitments.add(out, have, key, (p.start, bare.end()), (s, e), 0.6)


def _owned_sum(doc: Doc, p: Mention) -> bool:
    """Whether `p` owns a sum of money named beside it, in a text that speaks of giving:
    "EUR 400 million from Sweden", "dari Swedia sebesar SEK 1,2 miliar", "Kanada (CAD 120
    juta)", "Germany's EUR 1.1 billion"; not a budget, trade or losses, nor a denial."""
    text = doc.text
    if not _DIGIT.search(text, max(0, p.start - 80), p.end + 24):
        return False  # cheap test first: most states have no figure beside them
    after = _SUM_AFTER.match(text, p.end)
    if after is not None and after.group().lstrip().startswith(("(", "'", "’")):
        owned = True  # "Kanada (CAD 120 juta)", "Germany's EUR 1.1 billion"
    elif after is not None:
        owned = bool(_BY_BEFORE.search(text, max(0, p.start - 12), p.start))
    else:
        # "a guarantee from the US International Development Finance Corporation": an
        # agency named after the state, not the state
        owned = bool(_SUM_BEFORE.search(text, max(0, p.start - 80), p.start)) and not (
            _NAMED_AFTER.match(text, p.end)
        )
    if not owned:
        return False
    s, e = doc.sentence_at(p.start)
    return bool(
        _ABOUT.search(text, max(0, p.start - _ABOUT_WINDOW), p.start)
        and not _NOT_GIFTS.search(text, s, e)
        and not _NOT_GIVEN.search(text, max(s, p.start - 60), min(e, p.end + 60))
    )
