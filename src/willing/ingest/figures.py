"""Numbers and what they measure: counts of countries and leaders, troops, percentages, money."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.figure_pairs import joined_pair
from willing.ingest.items import Item
from willing.ingest.money_aims import aim
from willing.ingest.prefilter import alternation, guarded
from willing.ingest.spelled_numbers import spelled

_NUM = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


def _alt(names: list[str]) -> str:
    return alternation(sorted(set(names), key=len, reverse=True))


@dataclass(frozen=True)
class _Tables:
    pattern: re.Pattern[str]
    prefix: re.Pattern[str]
    symbol: re.Pattern[str]
    scales: dict[str, float]
    currencies: dict[str, str]
    #: a currency word several states use -> (code, words naming its state) to choose by
    shared: dict[str, list[tuple[str, re.Pattern[str]]]]
    measures: dict[str, str]
    counts: frozenset[str]
    percent_measures: list[tuple[str, re.Pattern[str]]]
    money_measures: list[tuple[str, re.Pattern[str]]]
    #: verbs of giving: a sum no word measures is funding
    money_given: list[tuple[str, re.Pattern[str]]]
    words: re.Pattern[str]
    word_values: dict[str, int]
    #: the units a word of tens may take: "twenty-four"
    word_units: dict[str, int]
    #: a few words, then heads, after "of them": "19 of them sent their heads of state"
    heads_after: re.Pattern[str]
    #: a line opening with what its numbers count: "Troops pledged: France 2,000, ..."
    heading: re.Pattern[str]
    #: a currency word written right against its number ("Rp2,3 triliun": one token)
    glued: re.Pattern[str]
    #: after a sum, a currency it is the price of: an exchange rate ("Rp16.500 per dolar")
    rate: re.Pattern[str]


@cache
def figure_tables() -> _Tables:
    data = rules.load("figures")
    scales = {str(k).casefold(): float(v) for k, v in data["scales"].items()}
    currencies = {
        str(n).casefold(): str(code) for code, ns in data["currencies"].items() for n in ns
    }
    shared = {
        str(word).casefold(): [
            (str(code), re.compile(rf"\b(?:{_alt([str(n) for n in names])})\b"))  # "US", not "us"
            for code, names in by_state.items()
        ]
        for word, by_state in (data.get("shared_currencies") or {}).items()
    }
    for word, choices in shared.items():
        currencies.setdefault(word, choices[0][0])
    measures = {str(n).casefold(): str(m) for m, ns in data["measures"].items() for n in ns}
    equipment = {str(m) for m in data["equipment_measures"]}
    gear = _alt([str(n) for m, ns in data["measures"].items() if m in equipment for n in ns])
    # "two surveillance aircraft": up to two lower-case words describe a piece of equipment,
    # after a model's designation and name if any ("two CP-140 Aurora patrol aircraft")
    model = r"(?:[A-Z][a-z]+\s+)?(?:[A-Z][A-Z0-9/]*[- ]?)?\d[\w/-]*\s+(?:[A-Z][A-Za-z]+\s+)?"
    described = (
        # (no determiner first: "During 2027 our vessels" counts nothing, "two of ours" two)
        rf"(?-i:{model}(?:[a-z][\w-]*\s+){{0,2}}|{_NO_DETERMINER}[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?"
        # a model by its name alone or a state's adjective: "two Globaleye surveillance
        # planes", "two Norwegian maritime patrol aircraft" (no month: "14 March foreign
        # warships" is a day)
        rf"|(?!{_CALENDAR})[A-Z][a-z][\w-]*\s+(?:[a-z][\w-]*\s+){{0,2}})(?P<gear>{gear})\b"
    )
    symbols = [n for n in currencies if not n[:1].isalpha() or n.startswith("us") or "$" in n]
    # an ISO code in capitals may stand before the number too: "NOK 5 billion", "CAD 400m",
    # and so may a currency's abbreviation written as a word ("Rp 1,5 triliun")
    before = [str(c) for c in data["currencies"]] + [str(w) for w in data["written_before"]]
    codes = rf"(?-i:\b(?:{_alt(before)}))"
    words = [n for n in currencies if n[:1].isalpha()]
    num = rf"(?:{_NUM})"
    # "24 coalition leaders", "eight Nordic and Baltic countries": listed words, or up to
    # three capitalised ones joined by "and"/"dan"
    cap = r"(?-i:[A-Z][\w-]+)"
    # ... or both: "300 Ukrainian naval personnel"
    modifiers = (
        rf"(?:(?:{_alt(data['of_them'])})\s+(?:the\s+)?|(?:{_alt(data['modifiers'])})\s+"
        rf"|(?!{_CALENDAR}){cap}(?:\s+(?:and|dan)\s+{cap}|\s+{cap}){{0,2}}\s+){{0,2}}"
    )
    scale = rf"(?:{_alt(list(scales))})\b"
    sym = rf"(?:{_alt(symbols)}|{codes})\s?"
    # the words before a number are read backwards from it (see `find`): an approximation
    # word, maybe then "between", ending right at the number (no match: not approximate)
    prefix = guarded(
        rf"\b(?P<approx>{_alt(data['approx_words'])})\s+(?:\b(?:antara|between)\s+)?\Z", re.I
    )
    symbol = re.compile(rf"(?:{_alt(symbols)}|{codes})\s?\Z", re.I)
    pattern = guarded(
        rf"(?P<cur1>{sym})?(?<![\d.,])(?P<n1>{num})(?:\s*(?P<s1>{scale}))?"
        rf"(?:\s*(?P<range>{_alt(data['range_words'])})\s*(?:{sym})?(?P<n2>{num})(?:\s*(?P<s2>{scale}))?)?"
        rf"(?:\s+(?:of|dari)\s+(?:the\s+)?(?P<of>{num}))?"
        rf"(?:\s*(?P<cur2>(?:{_alt(words)}))\b)?"
        rf"(?:\s*(?P<pct>{_alt(data['percent_words'])})(?:\b|(?<=%))|-(?P<joined>nation|country)\b|(?P<colon>:)?\s+{modifiers}(?P<measure>{_alt(list(measures))})(?:nya)?\b"
        rf"|\s+{described})?",
        re.I,
    )

    def near(table: dict[str, list[str]]) -> list[tuple[str, re.Pattern[str]]]:
        return [
            (str(k), guarded(rf"(?i:\b(?:{_alt([str(w) for w in v])})\b)"))
            for k, v in table.items()
        ]

    number_words = {str(k).casefold(): int(v) for k, v in data["number_words"].items()}
    units = {str(k).casefold(): int(v) for k, v in (data.get("number_units") or {}).items()}
    # "three hundred", "dua ratus", "sepuluh ribu", "fifty thousand", "seratus ribu": a
    # number in words below a thousand times a hundred or a thousand
    small = {**units, **{w: v for w, v in number_words.items() if v < 1000}}
    for word, times in (data.get("number_multipliers") or {}).items():
        for unit, value in small.items():
            if int(times) == 1000 or value < 10:  # "sepuluh ratus" is no way to say 1,000
                number_words.setdefault(f"{unit} {str(word).casefold()}", value * int(times))
    # "twenty-four", "dua puluh empat": tens joined to a unit (`n2`)
    tens = _alt([str(k) for k in data.get("number_tens") or {}])
    heads = _alt([str(n) for n in data["measures"]["heads"]])
    joined = rf"(?:{tens})(?:[- ](?P<n2>{_alt(list(units))}))?|" if tens and units else ""
    return _Tables(
        pattern,
        prefix,
        symbol,
        scales,
        currencies,
        shared,
        measures,
        frozenset(str(c) for c in data["count_measures"]),
        near(data["percent_measures"]),
        near(data["money_measures"]),
        near({"funding": data["money_given"]}),
        guarded(
            rf"\b(?P<n1>{joined}{_alt(list(number_words))})\s+"
            # a range in words: "six to eight minehunters", "lima hingga tujuh kapal"
            rf"(?:(?:to|hingga|sampai|or|atau)\s+(?P<w2>{_alt(list(number_words))})\s+)?"
            rf"(?:{modifiers}(?P<measure>{_alt(list(measures))})(?:nya)?\b|{described})",
            re.I,
        ),
        number_words,
        units,
        re.compile(rf"(?:[ \t]+[\w-]+){{0,4}}?[ \t]+(?:{heads})(?:nya)?\b", re.I),  # "-nya": their
        re.compile(
            rf"[ \t]*(?P<measure>{_alt(list(measures))})(?:[ \t]+[\w-]+){{0,2}}[ \t]*:", re.I
        ),
        guarded(rf"\b(?:{_alt([str(w) for w in data['written_before']])})(?=\d)"),
        re.compile(
            rf"\s*(?:per|/|a|se)\s*(?:{_alt(symbols)}|{codes}|(?:[A-Z][\w.]*\s+)?(?:{_alt(words)})\b)",
            re.I,
        ),
    )


#: a word of time before a year: "during 2027", "sepanjang 2027", "pada 2026"
_IN_YEAR = re.compile(
    r"(?i:\b(?:in|during|since|until|by|throughout|through|sepanjang|selama|sejak|pada"
    r"|tahun|hingga|sampai|awal|akhir)[ \t]+\Z)"
)
_YEARLIKE = re.compile(r"(?:19|20)\d\d")

#: a sum in digits, then an open bracket spelling it out: "Rp 148.500.000.000 (seratus ..."
_SPELLED = re.compile(r"\d[\d.,]*[ \t]*(?:[A-Za-z]+[ \t]*)?\([^()]*\Z")

#: words that never stand between a number and the noun it counts
_NO_DETERMINER = (
    r"(?!(?:our|their|its|his|her|the|these|those|this|that|kami|mereka|kita|itu|ini)\b)"
)


def parse_number(text: str, language: str | None) -> float:
    """A number as written in the article's language ('15.000' in Indonesian is 15000)."""
    thousands = {"id": ".", "en": ","}.get(language or "")
    groups = re.split(r"[.,]", text)
    seps = re.findall(r"[.,]", text)
    if not seps:
        return float(text)
    if len(seps) > 1 and len(set(seps)) == 1:
        return float("".join(groups))
    if len(seps) == 2:  # "1.234,5" or "1,234.5"
        return float(groups[0] + groups[1] + "." + groups[2])
    is_thousands = len(groups[1]) == 3 and (thousands is None or seps[0] == thousands)
    return float("".join(groups)) if is_thousands else float(groups[0] + "." + groups[1])


def _measure_near(
    doc: Doc, start: int, end: int, table: list[tuple[str, re.Pattern[str]]]
) -> str | None:
    s, e = doc.sentence_at(start)
    after = doc.text[end : min(e, end + 60)]
    before = doc.text[max(s, start - 60) : start]
    for window in (after, before):
        best: tuple[int, str] | None = None
        nearest: tuple[int, str, str] | None = None
        for name, pattern in table:
            found = list(pattern.finditer(window))
            if found and (best is None or found[0].start() < best[0]):
                best = (found[0].start(), name)
            if found and (nearest is None or found[-1].start() > nearest[0]):
                nearest = (found[-1].start(), name, found[-1].group())
        if window is before and nearest is not None and _MILITARY.search(nearest[2]):
            return nearest[1]  # "menjanjikan bantuan militer sebesar 1,8 miliar euro"
        if best:
            return best[1]
    return None


#: aid named military right before a sum says what the sum is, whatever verb comes first
_MILITARY = re.compile(r"(?i:milit)")


def _given(doc: Doc, start: int, table: list[tuple[str, re.Pattern[str]]]) -> bool:
    """A verb of giving right before a sum: the money goes to someone else's budget."""
    s, _ = doc.sentence_at(start)
    before = doc.text[max(s, start - 30) : start]
    return any(name == "funding" and p.search(before) for name, p in table)


#: the start of a line: "33: countries at the table" opens its line in an "in numbers" list
_LINE_START = re.compile(r"(?:\A|\n)[ \t]*\Z")

#: month and weekday names, in both languages, that no model of equipment is named
_CALENDAR = (
    r"(?:Jan|Feb|Mar|Apr|May|Mei|Jun|Jul|Aug|Agu|Sep|Oct|Okt|Nov|Dec|Des|Mon|Tue|Wed|Thu|Fri"
    r"|Sat|Sun|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)"
)

#: a designation in capitals right before a number: "JAS 39", "CV 90"
_MODEL_BEFORE = re.compile(
    # or a maker or a model family named before its number: "two Saab 340 AEW aircraft",
    # "14 Leopard 2 tanks"
    r"\b(?:[A-Z]{2,4}|Saab|Boeing|Airbus|Lockheed|Dassault|Embraer|Bombardier|Leonardo"
    r"|Sikorsky|Bell|Leopard|Challenger|Piranha|Patria|Mirage|Gripen|Typhoon) $"
)

_CLOCK = re.compile(
    r"\d{1,2}:\d{2}\b(?:\s*(?:WIB|WITA|WIT|GMT|UTC|CET|CEST|EET|EEST|BST|ET|EST|PT))?"
    r"|\d{1,2}\.\d{2}\s*(?:WIB|WITA|WIT|GMT|UTC|CET|CEST|EET|EEST|BST|ET|EST|PT)\b"
)


def find(doc: Doc) -> list[Item]:
    """Count and figure items for every measured number in the text."""
    t = figure_tables()
    out: list[Item] = []
    text = doc.text
    done = 0
    numbers = [doc.starts[i] for i in doc.digit_tokens]
    if glued := [m.end() for m in t.glued.finditer(text)]:
        numbers = sorted({*numbers, *glued})
    for at in numbers:
        if at < done or (at > 0 and text[at - 1] in ".,:"):
            continue  # inside a number or a figure already read
        if at > 1 and text[at - 1] == "-" and text[at - 2].isalpha():
            continue  # a model ("F-35", "MiG-29"), not a number of anything
        model = _MODEL_BEFORE.search(text, max(0, at - 12), at)
        if model and model.group().strip().casefold() not in t.currencies:
            continue  # "JAS 39 Gripen", "CV 90": the number is part of the model's name
        clock = _CLOCK.match(text, at)
        if clock is not None:
            done = clock.end()  # "16:13 WIB", "08.45 WITA": a time of day, not a number
            continue
        s, _ = doc.sentence_at(at)
        sym = t.symbol.search(text, max(s, at - 5), at)
        m = t.pattern.match(text, sym.start() if sym else at)
        if m is None:
            continue
        done = m.end()
        if "\n" in m.group():
            continue  # a number and a noun on different lines say nothing together
        g = m.groupdict()
        word = (g["cur1"] or g["cur2"] or "").strip().casefold()
        currency = t.currencies.get(word)
        if word in t.shared:  # "3 billion kroner" in a sentence about Norway
            sentence = text[s : doc.sentence_at(at)[1]]
            currency = next((c for c, p in t.shared[word] if p.search(sentence)), currency)
        if currency and t.rate.match(text, m.end()):
            continue  # "Rp16.500 per dolar AS": what one currency costs in another
        if g["colon"] and not _LINE_START.search(text, max(0, m.start() - 2), m.start()):
            continue  # "27: negara yang hadir" counts only as a line of a list of numbers
        g["measure"] = g["measure"] or g["gear"]
        if not (currency or g["pct"] or g["measure"] or g["joined"]):
            continue
        before = t.prefix.search(text, max(s, m.start() - 40), m.start())
        try:
            low = parse_number(g["n1"], doc.language) * t.scales.get(
                (g["s1"] or "").casefold(), 1.0
            )
            high = None
            if g["n2"]:
                scale = (g["s2"] or g["s1"] or "").casefold()
                high = parse_number(g["n2"], doc.language) * t.scales.get(scale, 1.0)
                if not g["s1"] and g["s2"]:
                    low *= t.scales[g["s2"].casefold()]
            of = parse_number(g["of"], doc.language) if g["of"] else None
        except ValueError:
            continue
        if high is not None and high <= low:
            # no range: "C$400 million and 200 military trainers", "60 dan 30 pemantau"
            done = m.start("n2")
            if not (currency or joined_pair(g["range"])):
                continue
            high = None
        approx = bool(before and before.group("approx"))
        start = before.start("approx") if before and before.group("approx") else m.start()
        if g["pct"]:
            measure = _measure_near(doc, m.start(), m.end(), t.percent_measures)
            if measure is None:
                continue  # "margin of error 2.9 percent", "61 persen responden mengetahui"
            value: dict[str, Any] = {"kind": "percent", "unit": "percent", "measure": measure}
            confidence = 0.85
            item_type = "figure"
        elif currency:
            measure = _measure_near(doc, m.start(), m.end(), t.money_measures) or _measure_near(
                doc, m.start(), m.end(), t.money_given
            )
            if measure == "defence_spending" and _given(doc, m.start(), t.money_measures):
                measure = "funding"  # "lend 2 billion ... to Ukraine's defence budget"
            # a sum no word measures is money given: news of the coalition states sums
            # pledged, set aside or listed per donor ("- Ireland: €75 million"), in verbs
            # no list can hold; a budget or an aid package is named when it is one
            measure = aim(doc, m.start(), m.end(), measure or "funding")
            value = {"kind": "money", "unit": currency, "measure": measure}
            confidence = 0.85
            item_type = "figure"
        else:
            if not low.is_integer():
                continue  # "6.3 Kontingen pemantau": a section's number, no count of anything
            if _IN_YEAR.search(text, max(s, m.start() - 12), m.start()) and _YEARLIKE.fullmatch(
                g["n1"]
            ):
                continue  # "Sepanjang 2027 kapal-kapal kami": a year, not a number of ships
            # "the 24-nation video call": a number joined to its noun counts countries
            measure = "countries" if g["joined"] else t.measures[(g["measure"] or "").casefold()]
            if measure in t.counts:
                item_type, value = "count", {"measure": measure}
            else:
                item_type, value = "figure", {"kind": measure, "unit": measure, "measure": None}
            confidence = 0.9
        if high is None:
            value.update(value=clean_number(low), low=None, high=None)
        else:
            value.update(value=None, low=clean_number(low), high=clean_number(high))
        value["approximate"] = approx
        out.append(Item(item_type, value, start, m.end(), confidence))
        if of is not None and item_type == "count":
            total = dict(value, value=clean_number(of), low=None, high=None)
            out.append(Item(item_type, total, m.start("of"), m.end(), confidence))
    return out


def find_words(doc: Doc) -> list[Item]:
    """Counts and figures written in words ("dua pesawat", "three countries")."""
    t = figure_tables()
    out: list[Item] = []
    big = _big_scales()
    for s, e in doc.windows(_number_tokens(), 60):
        for m in t.words.finditer(doc.text, s, e):
            measure = t.measures[(m.group("measure") or m.group("gear")).casefold()]
            if m.group("n2"):  # "twenty-four": the tens, then the unit
                tens = doc.text[m.start("n1") : m.start("n2") - 1]
                number = t.word_values[tens.casefold()] + t.word_units[m.group("n2").casefold()]
            else:
                number = t.word_values[m.group("n1").casefold()]
            value: dict[str, Any]
            if measure in t.counts:
                item_type, value = "count", {"measure": measure}
            else:
                item_type, value = "figure", {"kind": measure, "unit": measure, "measure": None}
            high = t.word_values.get((m.group("w2") or "").casefold())
            if high is not None and high > number:
                value.update(value=None, low=number, high=high, approximate=False)
            else:
                value.update(value=number, low=None, high=None, approximate=False)
            out.append(Item(item_type, value, m.start(), m.end(), 0.75))
        if not big.intersection(doc.sentence_keys[doc.sentence_index(s)]):
            continue  # no "million", "juta" near: no sum in words
        for m in _word_money().finditer(doc.text, s, e):
            # "Forty million euros", "lima ratus juta dolar Kanada": a sum given in words
            if _SPELLED.search(doc.text, max(s, m.start() - 120), m.start()):
                continue  # "Rp 148.500.000.000 (seratus ... lima ratus juta rupiah)": restated
            sum_ = t.word_values[m.group("n").casefold()] * t.scales[m.group("s").casefold()]
            unit = t.currencies[m.group("c").casefold()]
            measure = _measure_near(doc, m.start(), m.end(), t.money_measures) or "funding"
            measure = aim(doc, m.start(), m.end(), measure)
            value = {"kind": "money", "unit": unit, "measure": measure, "value": clean_number(sum_)}
            value.update(low=None, high=None, approximate=False)
            out.append(Item("figure", value, m.start(), m.end(), 0.75))
    return out


@cache
def _number_tokens() -> frozenset[str]:
    """The words a number in words may hold ("a hundred thousand": "hundred"), but the
    article's "a" and "one", too common to look around."""
    words = {w for k in figure_tables().word_values for w in k.split()}
    return frozenset(words - {"a", "one"})


@cache
def _big_scales() -> frozenset[str]:
    """The scales of a sum in words ("million", "juta", "miliar")."""
    return frozenset(k for k, v in figure_tables().scales.items() if v >= 1e6)


@cache
def _word_money() -> re.Pattern[str]:
    """A number in words, a scale and a currency word: "forty million euros"."""
    t = figure_tables()
    words = _alt(list(t.word_values))
    scales = _alt(list(_big_scales()))
    names = _alt(sorted((c for c in t.currencies if c[:1].isalpha()), key=len, reverse=True))
    return re.compile(rf"(?i:\b(?P<n>{words})\s+(?P<s>{scales})\s+(?P<c>{names})\b)")


#: a number of those just counted: "31 negara ... Sebanyak enam di antaranya bergabung",
#: "tujuh belas di antaranya"; or the part of them present at leaders' level: "34 countries
#: attending, 22 at head of state or government level", "20 di tingkat kepala negara"
_OF_THEM = guarded(
    r"(?i:\b(?:of them|di antaranya\b"
    r"|(?P<level>(?:at|on|di|pada)\s+(?:the\s+)?(?:level\s+of\s+|tingkat\s+)?"
    r"(?:heads?|leaders?|kepala|pemimpin)\b(?:[’'](?:s\b)?)?(?:[ \t]+[\w-]+){0,4}?"
    r"[ \t]+(?:level|tingkat)?))\b)"
)
#: the number before those words, in figures or in up to three words
_NUMBER_BEFORE = re.compile(r"(?i:\b(?P<n>\d{1,3}|[a-z]+(?:[- ][a-z]+){0,2})\s+\Z)")


def of_them(doc: Doc, found: list[Item]) -> list[Item]:
    """Counts of countries given as a part of a number of countries just stated ("six of
    them joined online"), when no noun after them says what they count."""
    if not any(w in doc.positions for w in ("antaranya", "them", "level", "tingkat")):
        return []
    t = figure_tables()
    countries = [i for i in found if i.type == "count" and i.value["measure"] == "countries"]
    out: list[Item] = []
    for anchor in _OF_THEM.finditer(doc.text):
        m = _NUMBER_BEFORE.search(doc.text, max(0, anchor.start() - 30), anchor.start())
        if m is None or any(i.start <= m.start() < i.end for i in found):
            continue  # "19 of them headed by presidents": a count of its own already
        number = spelled(m.group("n"), t.word_values, t.word_units)  # "twenty-six of them"
        n = doc.sentence_index(m.start())
        before = [
            c for c in countries if c.end <= m.start() and n - doc.sentence_index(c.start) <= 1
        ]
        total = before[-1].value["value"] if before else None
        if total is None and number is not None and _officials_met(doc, n, anchor):
            total = number + 1  # "Finance ministers ... When eighteen of them met": states
        if number is None or not isinstance(total, int) or not 0 < number < total:
            continue
        # "19 of them sent their heads of state": heads, not countries
        level = anchor.group("level") is not None
        measure = "heads" if level or t.heads_after.match(doc.text, anchor.end()) else "countries"
        value = {"measure": measure, "value": number, "low": None, "high": None}
        value["approximate"] = False
        out.append(Item("count", value, m.start(), anchor.end(), 0.6))
    return out


#: a verb of meeting right after "of them": "eighteen of them met by video"
_MET_AFTER = re.compile(
    r"(?i:\s+(?:(?:then|later|also|juga|kemudian)\s+)?(?:met|meet|gathered|convened|joined"
    r"|bertemu|berkumpul|hadir|bergabung)\b)"
)


def _officials_met(doc: Doc, n: int, anchor: re.Match[str]) -> bool:
    """Office-holders in the plural named in sentence n or the one before, a number "of
    them" met: each stands for a state."""
    from willing.ingest.meeting_groups import groups  # meetings import this module

    if anchor.group("level") is not None or not _MET_AFTER.match(doc.text, anchor.end()):
        return False
    s = doc.sentences[max(0, n - 1)][0]
    words = groups()
    return any(
        " ".join(doc.keys[k : k + size]) in words
        for k in range(doc.token_at(s), doc.token_at(anchor.start()))
        for size in (1, 2, 3)
    )


def clean_number(number: float) -> float | int:
    return int(number) if number.is_integer() else number
