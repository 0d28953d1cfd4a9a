"""The extractor: bytes or text in, normalised text and proposed items out. Pure: no I/O."""

from __future__ import annotations

import datetime as dt

from willing.ingest import (
    claims,
    commitments,
    conditions,
    dates,
    figures,
    learned,
    learned_commitments,
    meetings,
    parties,
    people,
    positions,
)
from willing.ingest.bracket_lists import bracketed
from willing.ingest.coalition_members import coalition_members
from willing.ingest.count_labels import dashed, gapped, headed, labelled
from willing.ingest.count_parts import parts
from willing.ingest.country_counts import described_countries
from willing.ingest.decode import check_size, decode
from willing.ingest.document import Doc
from willing.ingest.elided import elided, more_of
from willing.ingest.envoy_counts import as_states
from willing.ingest.everyday_people import speaker_label
from willing.ingest.figure_changes import changes
from willing.ingest.figure_pairs import paired
from willing.ingest.force_parts import force_parts
from willing.ingest.htmltext import html_to_text, looks_like_html
from willing.ingest.items import ITEM_TYPES, Extraction
from willing.ingest.language import detect
from willing.ingest.normalise import normalise
from willing.ingest.price_labels import unpriced
from willing.ingest.retractions import taken_back
from willing.ingest.serving import serving
from willing.ingest.troop_trades import fielded
from willing.ingest.unit_sizes import sized


def read_text(
    data: bytes | str, what: str = "input"
) -> tuple[str, str | None, dt.date | None, list[str]]:
    """Decode and clean an input: its normalised text, title, page date and warnings."""
    warnings: list[str] = []
    if isinstance(data, bytes):
        raw, warnings = decode(data, what)
    else:
        check_size(len(data.encode("utf-8", "surrogatepass")), what)
        raw = data.encode("utf-8", "replace").decode("utf-8")
    title: str | None = None
    page_date: dt.date | None = None
    if looks_like_html(raw):
        raw, title, page_date = html_to_text(raw)
    text, dropped = normalise(raw)
    if dropped:
        warnings.append(f"{dropped} boilerplate line(s) removed")
    if title is None and text:
        first = text.split("\n", 1)[0].strip()
        if 0 < len(first) <= 160 and not first.endswith((".", "!", "?")):
            title = first
    return text, title, page_date, warnings


def extract(
    data: bytes | str,
    *,
    published: dt.date | None = None,
    language: str | None = None,
    what: str = "input",
    model: bool | None = None,
) -> Extraction:
    """Propose items from one article; raises IngestError for input that is not an article.

    `published` anchors relative dates; without it a web page's own date is used.
    `model` adds the learned model's positions and conditions to the rules', and lets the
    commitment model add and veto commitments (None: as `learned.ENABLED` and
    `learned_commitments.ENABLED` say; False: the rules alone).
    Example: ``extract(open(path, "rb").read(), published=dt.date(2026, 1, 7))``.
    """
    text, title, page_date, warnings = read_text(data, what)
    published = published or page_date
    result = Extraction(text, language or detect(text), published, title, warnings=warnings)
    if not text:
        return result
    doc = Doc.build(text, result.language, published)
    found_parties = parties.mentions(doc)
    found_people = people.find(doc, found_parties)
    # a state's name inside a person's name ("Luís Montenegro"), or as that person's
    # surname alone later ("Montenegro said"), names no party
    in_names = {i for p in found_people for i in range(p.first, p.last + 1)}
    surnames = {doc.keys[p.last] for p in found_people if p.last > p.first}
    found_parties = [
        m
        for m in found_parties
        if not (m.first in in_names and m.last in in_names)
        and not (m.first == m.last and doc.keys[m.first] in surnames)
    ]
    found_dates, unresolved = dates.find(doc)
    if unresolved:
        warnings.append(
            f"{unresolved} date(s) could not be resolved"
            + ("" if published else "; give the publication date to resolve relative dates")
        )
    numbers = paired(doc, changes(doc, fielded(doc, figures.find(doc) + figures.find_words(doc))))
    numbers = as_states(doc, numbers)  # "26 ministers at the table": 26 states
    numbers += figures.of_them(doc, numbers) + headed(doc, numbers)
    numbers += labelled(doc, numbers)
    numbers += dashed(doc, numbers)
    numbers += changes(doc, elided(doc, numbers))  # "the number of X, from 60 to 120"
    numbers += more_of(doc, numbers)
    numbers += bracketed(doc, numbers)
    numbers += force_parts(doc, numbers)  # "terdiri atas 210 personel TNI AD, 25 TNI AL"
    numbers += gapped(doc, numbers)
    numbers += parts(doc, numbers) + serving(doc, numbers)
    numbers = unpriced(doc, taken_back(doc, numbers))  # "Estimate £400", "let for USD 900"
    numbers += sized(doc, numbers)
    numbers += described_countries(doc, numbers)
    numbers += coalition_members(doc, numbers)
    counts = [i for i in numbers if i.type == "count"]
    named = [
        parties.Mention(p.party, p.start, p.end, p.first, p.last, 0.7)
        for p in found_people
        if p.party and not speaker_label(doc.text, p.start, p.end)
    ]
    # a public figure whose role names no state ("Its chancellor, Friedrich Merz") still
    # speaks for his own
    known = [
        parties.Mention(hit.party, p.start, p.end, p.first, p.last, 0.7)
        for p in found_people
        if not p.party and (hit := people.known().get(p.name)) is not None and hit.party
    ]
    by_surname = people.surname_speakers(doc)
    speakers = named + known + by_surname + people.named_speakers(doc, found_people)
    stated = conditions.conditions(doc, found_parties)
    items = [
        *meetings.find(doc, found_dates, counts, named + by_surname),
        *dates.items(found_dates),
        *people.merge(doc, found_people),
        *parties.items(found_parties),
        *numbers,
        *commitments.find(doc, found_parties, speakers, stated, counts),
        *stated,
        *positions.find(doc, found_parties, speakers),
        *claims.find(doc),
    ]
    if learned.ENABLED if model is None else model:
        items += learned.propose(doc, items)
        if learned_commitments.ENABLED:
            items = learned_commitments.revise(doc, items)
    order = {t: n for n, t in enumerate(ITEM_TYPES)}
    result.items = sorted(items, key=lambda i: (order[i.type], i.start))
    return result
