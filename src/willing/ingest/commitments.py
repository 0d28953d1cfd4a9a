"""Commitments: who contributes which layer or domain (their stated conditions: `conditions`)."""

from __future__ import annotations

import re

from willing.ingest import (
    announced_sums,
    backstop_needs,
    coalition_own,
    commitment_list_items,
    commitment_requests,
    commitment_verbless,
    givers,
    mission_frames,
    mission_means,
    monitor_contingents,
    monitor_personnel,
    offers_pending,
    own_upkeep,
    performed_by,
    sum_purposes,
    troop_tasks,
)
from willing.ingest.commitment_clauses import (
    BY,
    COORDINATED,
    NEED_WORDS,
    NEEDS,
    TOGETHER_WORDS,
    denied_after,
    located,
    partners,
    passive,
    reduced_relative,
)
from willing.ingest.commitment_costs import borne
from willing.ingest.commitment_gaps import gap_lead
from willing.ingest.commitment_hits import LAND as _LAND
from willing.ingest.commitment_hits import Domain as _Domain
from willing.ingest.commitment_hits import (
    carried,
    foreign,
    fund_purpose,
    funded,
    given_sums,
    made,
    recipients,
    served,
    serviced,
    signed_sums,
    trained,
    troop_hit,
)
from willing.ingest.commitment_presence import BEING_THERE, idle
from willing.ingest.commitment_repeats import headline, same_offer
from willing.ingest.commitment_senses import other_senses
from willing.ingest.commitment_sites import sited
from willing.ingest.commitment_tables import Tables, tables
from willing.ingest.commitment_undecided import vetoed as undecided
from willing.ingest.commitment_unsaid import unstated
from willing.ingest.commitment_watch import defended, refused, ukraines, watching
from willing.ingest.document import Doc, Index
from willing.ingest.gazetteer import Gazetteer, Match
from willing.ingest.items import Item
from willing.ingest.parties import Mention
from willing.ingest.prefilter import guarded


def _first(
    gaz: Gazetteer[str], doc: Doc, start: int, end: int, names: Index[Mention] | None = None
) -> Match[str] | None:
    """The first phrase of `gaz` in characters [start, end), outside party names
    (the "Bersedia" of "Koalisi yang Bersedia" is not a cue)."""
    for found in gaz.within(doc, start, end):
        if names is None or not names.covering(found.start):
            return found
    return None


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A clause's span without surrounding blanks and punctuation."""
    text = doc.text[start:end]
    left = len(text) - len(text.lstrip(" ,;.\n"))
    right = len(text) - len(text.rstrip(" ,;.\n"))
    return start + left, end - right


def _clauses(doc: Doc, s: int, e: int) -> list[tuple[int, int]]:
    """A sentence cut where a new subject may start ("..., sementara Kanada ...")."""
    cuts = [s] + [m.start() for m in tables().splitter.finditer(doc.text, s, e)] + [e]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def find(
    doc: Doc,
    parties: list[Mention],
    speakers: list[Mention],
    found_conditions: list[Item],
    counts: list[Item],
) -> list[Item]:
    """Commitment items: (party, layer, domain) for each domain word in a clause with a cue."""
    t = tables()
    out: list[Item] = []
    last_party: dict[int, str] = {}
    people = Index(speakers)
    named = Index(parties)
    found_counts = Index(counts)
    said = Index(found_conditions)
    # a state named inside a condition on the gift ("setelah ... jaminan cadangan dari
    # Washington", "subject to the Bundestag's approval") is what the gift waits on, not
    # its giver
    waited_on = Index(found_conditions)
    subjects = Index(
        p
        for p in parties
        if not people.covering(p.start)
        and not _CURRENCY.match(doc.text, p.end)
        and not _within(waited_on, p.start)
    )
    by_sentence: dict[int, list[Match[_Domain]]] = {}
    for hit in sorted([*t.domains.everywhere(doc), *signed_sums(doc)], key=lambda h: h.start):
        by_sentence.setdefault(doc.sentence_index(hit.start), []).append(hit)
    # only paragraphs that name a layer or domain can yield a commitment
    # a sentence matters if it names a layer or domain, or may name the contributor of a
    # later such sentence in its paragraph
    last_hit: dict[int, int] = {}
    troop_sentences = {doc.sentence_index(m.start) for m in t.troops.everywhere(doc)}
    for n in set(by_sentence) | troop_sentences:
        paragraph = doc.paragraph_index(doc.sentences[n][0])
        last_hit[paragraph] = max(last_hit.get(paragraph, -1), n)
    # clauses with a cue but nothing given, by paragraph, since its contributor was last
    # set: the latest that names a contributor gives it to a later clause that names none
    # (read only when one needs it)
    pending: dict[int, list[tuple[int, int, Match[str]]]] = {}

    def _resolve(paragraph: int) -> None:
        for start, end, cue in reversed(pending.pop(paragraph, [])):
            found = givers.contributor(
                doc, t.not_contributor, t.coalition, start, end, cue, subjects, found_counts
            )
            if found:
                last_party[paragraph] = found[0]
                return

    for n, (s, e) in enumerate(doc.sentences):
        paragraph = doc.paragraph_index(s)
        if n > last_hit.get(paragraph, -1):
            continue
        # cues outside party names, found once per sentence and shared by its clauses
        cues = [
            c
            for c in t.cues.within(doc, s, e)
            if not named.covering(c.start)
            and not reduced_relative(doc, c)
            and not _SAYS_THAT.match(doc.text, c.end)
            and not idle(doc, c, s)
        ]
        cues = sorted(
            [*cues, *announced_sums.cues(doc, s, e), *performed_by.cues(doc, s, e)],
            key=lambda c: c.start,
        )
        if not cues or unstated(doc, s, e):
            continue  # no clause of it has a cue, or it asks ("Is Spain sending troops?")
        sentence_cue = cues[0]
        keys = doc.sentence_keys[n]
        stated = sorted({c.value["code"] for c in said.within(s, e)})
        for cs, ce in _clauses(doc, s, e):
            cue = next((c for c in cues if cs <= c.start and c.end <= ce), sentence_cue)
            if cue is None:
                continue
            # a domain word inside a stated condition ("dengan dukungan intelijen AS") is
            # what the contributor needs, not what it gives
            # "penempatan pasukan di negara tetangga memerlukan izin ...": what a deployment
            # needs is stated, nothing is given
            needs = (
                [m.span() for m in NEEDS.finditer(doc.text, cs, ce)]
                if not doc.sentence_keys[n].isdisjoint(NEED_WORDS)
                else []
            )
            named_here = [
                h
                for h in by_sentence.get(n, [])
                if cs <= h.start < ce
                and not said.covering(h.start)
                and not (needs and any(a <= h.start < b for a, b in needs))
            ]
            named_here = foreign(doc, ukraines(doc, named_here, cs))
            # troops beside other assets ("120 troops and two F-16s") are land as well; and
            # troops going "by land" ("perjalanan darat") travel, nobody sends them there
            land = any(h.value == _LAND for h in named_here)
            named_here = other_senses(doc, named_here)
            troop = (
                None
                if land or n not in troop_sentences
                else troop_hit(doc, t.troop_cues, t.troops, t.not_contributor, (cs, ce), named_here)
            )
            if (
                (named_here or troop is not None)
                and not keys.isdisjoint(t.open_words)
                and t.open_questions.within(doc, cs, ce)
            ):
                named_here, troop = [], None  # "ground troops were a separate question"
            if named_here or troop is not None:
                found_negations = t.negation.within(doc, cs, ce)
                negations = [m.end for m in found_negations]
                # "American fighter jets will not patrol": the asset is the negated subject
                denied = [m.start for m in found_negations]
                hits = [
                    h
                    for h in named_here
                    if not _negated(doc, negations, h.start)
                    and not (denied and denied_after(doc, denied, h.end))
                ]
                if len(hits) > 1:
                    hits = located(doc, hits)
                if troop is not None and not _negated(doc, negations, troop.start):
                    troop = monitor_personnel.watched(doc, troop)
                    hits = sorted([*hits, troop], key=lambda h: h.start)
            else:
                hits = []
            kept = served(doc, carried(doc, trained(doc, funded(doc, fund_purpose(doc, hits)))))
            kept = sited(doc, kept)
            kept = mission_means.served(doc, kept, cs, ce)
            kept = refused(doc, defended(doc, watching(doc, kept)), cs)
            hits = given_sums(doc, recipients(doc, made(doc, serviced(doc, kept))), cue.start)
            hits = borne(doc, hits, cs, ce)
            if not hits:
                # gives nothing, but may name who gives in a later clause
                pending.setdefault(paragraph, []).append((cs, ce, cue))
                continue
            contributors = givers.contributor(
                doc, t.not_contributor, t.coalition, cs, ce, cue, subjects, found_counts
            )
            # an item of a semicolon list gives to the state at its head ("; a French
            # battlegroup"), not to the sentence's subject or the item before
            headed = commitment_list_items.heads(doc, subjects, cs, ce, t.never)
            contributors = headed or contributors
            if not contributors and _BOTH.search(doc.text, cs, cue.start):
                # "Dalam rapat tersebut, kedua negara menyatakan siap ...": the two just named
                contributors = _last_two(doc, subjects, s)
            if contributors in ([], ["COTW"]):  # "prajurit TNI ... dalam misi koalisi"
                contributors = givers.own_forces(doc, cs, ce) or contributors
            if not contributors and not _PRONOUN_LEAD.match(doc.text, cs):
                speaker = [
                    p
                    for p in people.within(cs, cue.start)
                    if p.end <= cue.start
                    and givers.next_to(doc, p.end, cue.start)
                    and doc.previous_key(p.start) not in _ATTRIBUTION
                ]
                if speaker:
                    contributors = [speaker[0].code]  # "President X has promised ..."
            if contributors:
                pending.pop(paragraph, None)
            else:
                _resolve(paragraph)
                if paragraph in last_party:
                    contributors = [last_party[paragraph]]
            if not contributors:
                person = people.within(s, e)
                contributors = [person[0].code] if person else []
            if not contributors and givers.WE_LEAD.match(doc.text, cs):
                we = givers.ours(doc, s, named)
                contributors = [we] if we else []
            if contributors == ["COTW"] and cue.value in BEING_THERE:
                continue  # "soldiers serving with the coalition": no state gives them
            if not contributors:
                continue
            last_party[paragraph] = contributors[0]
            if not keys.isdisjoint(TOGETHER_WORDS):
                contributors += [
                    c for c in partners(doc, subjects, cs, ce) if c not in contributors
                ]
            by_named = not doc.sentence_keys[n].isdisjoint(BY)
            # the active subject, named up to the cue: what a gapped passive's agents do
            # not take is its own
            subject = by_named and givers.contributor(
                doc, t.not_contributor, t.coalition, cs, cue.end, cue, subjects, found_counts
            )
            groups = (
                [(contributors, hits)]
                if headed
                else (by_named and passive(doc, hits, subjects, cue, ce, subject or []))
                or _gapped(doc, t, contributors, hits, subjects, cue)
            )
            for who, some in groups:
                for party in (p for p in who if p not in t.never):
                    out.extend(_items(doc, t, party, some, named, cs, ce, stated))
    out = undecided(doc, parties, headline(doc, out + same_offer(doc, out, subjects)))
    out = offers_pending.vetoed(doc, parties, out)  # an offer said after it to be undecided
    # a state whose monitors the article reads sends its soldiers as those monitors
    out = monitor_contingents.vetoed(doc, out + commitment_verbless.find(doc, parties, out))
    out = commitment_requests.vetoed(doc, out)  # a gift asked for is not given
    out = backstop_needs.vetoed(doc, out)  # the backstop a gift rests on is needed
    out = sum_purposes.vetoed(doc, out)  # a sum for air defence or a fund is funding
    out = own_upkeep.vetoed(doc, out)  # what a state spends on its own force
    out = coalition_own.vetoed(out)  # the coalition's own watch or cover is no gift
    out = mission_frames.vetoed(doc, out)  # the UN hosting a state's monitors gives none
    return troop_tasks.relabelled(doc, out)  # soldiers named by a task other than land


#: a cue followed by "that" reports ("adds that ..."): it gives nothing itself
_SAYS_THAT = re.compile(r"(?i:\s+(?:that|bahwa)\b)")

#: a subject naming the two states just spoken of, right before the cue: "Both have said
#: they will lead ...", "..., kedua negara menyatakan siap mengirim"
_BOTH = re.compile(
    r"(?i:(?:^|(?<=[\s,]))(?:both|keduanya|kedua negara(?:\s+itu|\s+tersebut)?|"
    r"the two(?:\s+(?:states|countries|nations|governments|allies))?)"
    r"(?:\s+(?:of them|have|has|had|said|say|they|mereka|menyatakan|menegaskan|would|will|akan|"
    r"are|were|ready to|siap))*\s*$)"
)


def _last_two(doc: Doc, subjects: Index[Mention], s: int) -> list[str]:
    """The last two states named before `s` that are not places."""
    codes: list[str] = []
    for p in reversed(subjects.within(0, s)):
        if p.code not in codes and doc.previous_key(p.start) not in givers.PLACE_WORDS:
            codes.append(p.code)
        if len(codes) == 2:
            return codes[::-1]
    return []


def _within(spans: Index[Item], pos: int) -> bool:
    """Whether an item of `spans` (which may nest) holds `pos`."""
    return any(i.start <= pos < i.end for i in spans.within(max(0, pos - 300), pos + 1))


def _negated(doc: Doc, negations: list[int], pos: int) -> bool:
    """A negation or hedge governs a word after it up to the next comma: "ruled out sending
    troops", but not "pressing China, ... and pledged $500 million"."""
    return any(end <= pos and "," not in doc.text[end:pos] for end in negations)


def _gapped(
    doc: Doc,
    t: Tables,
    contributors: list[str],
    hits: list[Match[_Domain]],
    subjects: Index[Mention],
    cue: Match[str],
) -> list[tuple[list[str], list[Match[_Domain]]]]:
    """Split a clause's domains between subjects when a second one is joined after the
    first's items: "Belgium offered two minehunters and Portugal a field hospital"."""
    out: list[tuple[list[str], list[Match[_Domain]]]] = [(contributors, [])]
    joined = [
        p
        for p in (subjects.within(cue.end, hits[-1].start) if hits else [])
        if p.code not in contributors
        and (
            gap_lead(doc, p.start)
            # "Inggris akan memimpin komponen darat, Prancis menyiapkan jet tempur": a
            # clause of its own after a comma, its subject right before its verb
            or (
                doc.text[max(0, p.start - 2) : p.start] == ", "
                and (
                    any(c.start - p.end <= 8 for c in t.cues.within(doc, p.end, p.end + 40))
                    # "Sweden gave SEK 2 billion, Finland EUR 300 million": a state and its sum
                    or bool(_NUMBER_ONLY.match(doc.text, p.end))
                )
            )
        )
    ]
    for hit in hits:
        while joined and joined[0].start < hit.start:
            last = joined.pop(0)
            group = [last.code]  # "with Romanian and Bulgarian ships": both give
            for p in reversed(subjects.within(cue.end, last.start)):
                if (
                    p.code in contributors
                    or not COORDINATED.fullmatch(doc.text[p.end : last.start])
                    # "menempatkan pasukan di Ukraina, Prancis menyiapkan": a place
                    or doc.previous_key(p.start) in t.not_contributor
                ):
                    break
                group.insert(0, p.code)
                last = p
            out.append((group, []))
        out[-1][1].append(hit)
    out = [(who, some) for who, some in out if some]
    if hits and out:
        # "Prancis menjanjikan hingga 6.000 tentara dan Inggris hingga 4.500 tentara",
        # "..., Prancis sekitar 5.500": a state and a number after the last asset share it
        end = doc.sentence_at(cue.start)[1]
        for p in subjects.within(hits[-1].end, end):
            if (
                p.code not in contributors
                and doc.text[max(0, p.start - 5) : p.start].rstrip().endswith((",", "and", "dan"))
                and _NUMBER_ONLY.match(doc.text, p.end)
            ):
                out.append(([p.code], out[-1][1]))
    return out


#: a number right after a state, as a gapped clause's object: "Inggris hingga 4.500"
_NUMBER_ONLY = re.compile(
    r"(?i:\s+(?:(?:up to|about|around|some|roughly|nearly|almost|another|a further|hingga|"
    r"sekitar|sampai|kira-kira|sebanyak|lebih dari|more than)\s+)?"
    # a sum after its currency (tenth set): "..., Japan JPY 90 billion", "Belgia EUR 200 juta"
    r"(?:(?-i:[A-Z]{3})\s?|(?:US|C|A|NZ)?\$\s?|[€£¥]\s?)?"
    r"\d[\d.,]*(?:\s+(?:troops|soldiers|personnel|tentara|prajurit|personel|pasukan|"
    r"million|billion|juta|miliar|triliun|bn|m)(?:\s+(?:euros?|dollars?|pounds?|dolar))?)?"
    r"(?:\s+between them)?\s*(?:[.,;]|$))"
)


#: a pronoun before the cue: the person named is spoken of, the subject is elsewhere
#: a state that names a currency gives nothing: "1 billion US dollars", "US$45 million"
_CURRENCY = re.compile(r"(?i:\s+(?:dollars?|dolar)\b|\$)")
_PRONOUN_LEAD = re.compile(r"(?i:\s*(?:he|she|they|it|ia|dia|mereka)\b)")

#: words before a person that attribute what follows to him: he is not its subject
_ATTRIBUTION = frozenset({"menurut", "to", "kata", "ujar"})


#: the contributor's own soil ("from Polish bases", "di wilayahnya sendiri", "at home"):
#: a neighbour giving from there supports; sending forces elsewhere reassures
_HOME_SOIL = guarded(
    r"(?i:\b(?:from|dari|di|on|at)\s+(?:(?:its|their|her|his)\s+(?:own\s+)?|\w+\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:soil|territory|bases?|airfields|wilayahnya|pangkalan(?:nya)?|home)\b"
    r"|\bat home\b|\bwilayah(?:nya)? sendiri\b"
    # "make its airports ... available to the force": the force is served at home
    r"|\bavailable to\b|\bat the disposal of\b|\bdi bawah kendali\b)"
)

_HAND_WORDS = frozenset(
    {"menyerahkan", "menghibahkan", "hand", "hands", "handed", "transfer", "transfers"}
    | {"transferred", "donate", "donates", "donated", "deliver", "delivers", "delivered"}
    | {"diserahkan", "dihibahkan"}
)

#: handing an asset over to Ukraine gives it as equipment, not as a force deployed; so
#: does delivering it there (fifteenth set): "has delivered four air defence batteries to
#: Ukraine", "telah menyerahkan empat baterai ... ke Ukraina"
_HANDED = guarded(
    r"(?i:\b(?:menyerahkan|menghibahkan|diserahkan|dihibahkan|hand(?:s|ed)? over"
    r"|transfer(?:s|red)?|donate[sd]?|deliver(?:s|ed)?)"
    r"\b[^.;]{0,80}?\b(?:kepada|ke|to)\s+(?:Ukraina|Ukraine|Kyiv|Kiev)\b)"
)


def _items(
    doc: Doc,
    t: Tables,
    party: str,
    hits: list[Match[_Domain]],
    named: Index[Mention],
    cs: int,
    ce: int,
    stated: list[str],
) -> list[Item]:
    """One commitment per layer and domain of a clause, for one contributor."""
    out: list[Item] = []
    seen: set[tuple[str, str | None, str | None]] = set()
    in_clause = [p for p in named.within(cs, ce) if p.code != party]
    to_host = any(
        p.code in t.host_nations and doc.previous_key(p.start) in t.destination for p in in_clause
    )
    # a neighbour giving from its own soil ("air policing from Polish bases") supports
    at_home = party in t.host_nations and bool(_HOME_SOIL.search(doc.text, cs, ce))
    handed = not doc.sentence_keys[doc.sentence_index(cs)].isdisjoint(_HAND_WORDS) and bool(
        _HANDED.search(doc.text, cs, ce)
    )

    # the item a domain word names ("a frigate"), as written
    words = [doc.text[h.start : h.end] for h in hits]
    assets = [w if w.casefold() in t.items else None for w in words]
    with_assets = {(h.value.layer, h.value.domain) for h, n in zip(hits, assets, strict=True) if n}
    a, b = _trim(doc, cs, ce)
    for hit, item in zip(hits, assets, strict=True):
        layer, domain = hit.value.layer, hit.value.domain
        if item is None and (layer, domain) in with_assets:
            continue  # "Black Sea" beside "a frigate": the frigate's draft says it
        if handed and layer == "reassure":
            # "menyerahkan dua baterai ... kepada Ukraina": handed over, not deployed
            layer, domain = "regenerate", "equipment"
        elif party in t.backstop and domain in t.backstop_domains:
            layer = "backstop"
        elif (to_host or at_home) and layer == "reassure":
            layer = "support"  # forces sent to (or kept in) a neighbouring host nation
        key = (layer, domain, item.casefold() if item else None)
        if key in seen:
            continue
        seen.add(key)
        value = {
            "party": party,
            "layer": layer,
            "domain": domain,
            "conditions": stated,
            "evidence": {"domain": [hit.start, hit.end]},
        }
        if item is not None:
            value["item"] = item
        out.append(Item("commitment", value, a, b, 0.7))
    return out
