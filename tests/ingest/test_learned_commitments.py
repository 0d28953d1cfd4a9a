"""The commitment model: it ships, retrains to the same file, adds only keys the rules missed
above its threshold, vetoes only rule keys below its veto, and reads a party's own clause."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from importlib import resources

import pytest

from willing.ingest import (
    learned_commitments,
    learned_commitments_training,
    learned_training,
)
from willing.ingest.document import Doc
from willing.ingest.extract import extract
from willing.ingest.items import Item

DAY = dt.date(2026, 1, 7)
Key = tuple[str, str, str | None]


def _shipped() -> str:
    path = resources.files("willing.ingest").joinpath("rules/learned_commitments.json")
    return path.read_text("utf-8")


def _rules_and_doc(text: str) -> tuple[list[Item], Doc]:
    result = extract(text, published=DAY, model=False)
    return result.items, Doc.build(result.text, result.language, result.published)


def _probabilities(text: str) -> dict[Key, float]:
    """The model's probability for each candidate key of `text`."""
    items, doc = _rules_and_doc(text)
    found = learned_commitments.candidates(doc, items)
    table = learned_commitments.model()
    assert table is not None
    scores = table.scores_many(found.rows)[:, 0]
    return dict(zip(found.keys, map(float, scores), strict=True))


def _keys(items: list[Item]) -> set[Key]:
    return {
        (str(i.value["party"]), str(i.value["layer"]), i.value.get("domain"))
        for i in items
        if i.type == "commitment"
    }


def test_the_shipped_model_loads_and_matches_its_settings() -> None:
    data = json.loads(_shipped())
    table = learned_commitments.model()
    assert table is not None
    assert table.weights.shape == (len(data["commitments"]["features"]), 1)
    settings = learned_commitments_training.Settings()
    assert data["settings"] == dataclasses.asdict(settings)
    assert table.threshold == settings.threshold
    assert learned_commitments.veto_threshold() == settings.veto < settings.threshold


@pytest.fixture(scope="module")
def samples() -> list[learned_training.Sample]:
    return learned_training.load()


def test_retraining_reproduces_the_shipped_weights(samples: list[learned_training.Sample]) -> None:
    settings = learned_commitments_training.Settings()
    found = learned_commitments_training.read(samples, settings)
    table = learned_commitments_training.train(samples, found, settings)
    # annotated articles added, or parties found otherwise: python -m
    # willing.ingest.learned_commitments_training --write, then the locked outputs
    assert learned_commitments_training.dumps(table, settings) == _shipped(), "retrain it"


def test_it_adds_above_its_threshold_and_vetoes_below_its_veto(
    samples: list[learned_training.Sample],
) -> None:
    table = learned_commitments.model()
    assert table is not None
    added = vetoed = 0
    for sample in samples[::5]:
        found = learned_commitments.candidates(sample.doc, sample.items)
        probability = dict(zip(found.keys, table.scores_many(found.rows)[:, 0], strict=True))
        before = _keys(sample.items)
        # a high veto, so that some rule keys fall below it
        after_items = learned_commitments.revise(sample.doc, sample.items, table, veto=0.5)
        after = _keys(after_items)
        for key in after - before:
            added += 1
            assert probability[key] >= table.threshold
        for key in before - after:
            vetoed += 1
            assert probability[key] < 0.5
        for item in after_items:
            if item.type == "commitment" and item not in sample.items:
                # the span is a whole sentence of the article, and it names the party
                assert (item.start, item.end) in sample.doc.sentences
                assert item.confidence < 0.7
        kept = {k for k in before if probability.get(k, 1.0) >= 0.5}
        assert kept <= after
    assert added
    assert vetoed


def test_without_a_veto_it_drops_nothing(samples: list[learned_training.Sample]) -> None:
    table = learned_commitments.model()
    assert table is not None
    for sample in samples[::9]:
        revised = learned_commitments.revise(sample.doc, sample.items, table, veto=0.0)
        assert _keys(sample.items) <= _keys(revised)


#: wordings the rules miss (their probes grow every round: when they learn one, take another)
MISSED = [
    ("Sweden's navy is to bring two minehunters to the Black Sea task group.", "SWE", "sea"),
    ("Ireland will find 50 million euros for the training mission.", "IRL", "funding"),
]


@pytest.mark.parametrize(("text", "party", "domain"), MISSED)
def test_it_adds_what_the_rules_miss_and_only_with_the_model(
    text: str, party: str, domain: str
) -> None:
    rules = extract(text, published=DAY, model=False).of_type("commitment")
    added = [
        i
        for i in extract(text, published=DAY).of_type("commitment")
        if (i.value["party"], i.value["domain"]) == (party, domain)
    ]
    assert not [i for i in rules if i.value["party"] == party]
    assert len(added) == 1
    assert added[0].confidence < 0.7
    # its span is the sentence it read: here the whole text
    assert text[added[0].start : added[0].end].strip() == text


PLEDGE = "Norway will send two frigates to patrol the Black Sea, its defence minister said."
REFUSAL = "Norway will not send frigates to the Black Sea, its defence minister said."
URGED = "Britain urged Norway to send frigates to the Black Sea."
SIAP = "Belanda siap mengirim dua kapal penyapu ranjau ke Laut Hitam, kata menterinya."
MENOLAK = "Belanda menolak mengirim kapal perang ke Laut Hitam."
ITALY = ("ITA", "reassure", "land")
FUNDS = "Denmark pledged 200 million euros to fund the training of Ukrainian soldiers."


def test_a_pledge_scores_high_and_a_refusal_low() -> None:
    """A refusal stays under the threshold of adding and far under the pledge."""
    threshold = learned_commitments.model().threshold  # type: ignore[union-attr]
    for pledge, refusal, key in [
        (PLEDGE, REFUSAL, ("NOR", "reassure", "sea")),
        (SIAP, MENOLAK, ("NLD", "reassure", "sea")),
    ]:
        given, refused = _probabilities(pledge)[key], _probabilities(refusal)[key]
        assert given > threshold
        assert refused < threshold
        assert given - refused > 0.3


def test_the_one_who_urges_is_not_the_giver() -> None:
    urged = _probabilities(URGED)
    assert urged[("GBR", "reassure", "sea")] < 0.5
    assert urged[("GBR", "reassure", "sea")] < urged[("NOR", "reassure", "sea")]


def test_the_recipient_gives_nothing() -> None:
    found = _probabilities(FUNDS)
    assert found[("DNK", "regenerate", "funding")] > 0.7
    assert all(p < 0.1 for (party, _, _), p in found.items() if party == "UKR")


def _rows(text: str) -> dict[Key, set[str]]:
    items, doc = _rules_and_doc(text)
    found = learned_commitments.candidates(doc, items)
    return dict(zip(found.keys, found.rows, strict=True))


def test_a_clause_label_is_joined_with_the_key_it_stands_for() -> None:
    rows = _rows("Britain will send troops to Ukraine. Will Italy send ground troops?")
    assert {"c:cue|reassure/land", "c:fut|reassure/land"} <= rows[("GBR", "reassure", "land")]
    # the recipient's labels come from the words before it, not from a clause of its own
    assert "c:cue|reassure/land" not in rows[("UKR", "reassure", "land")]
    assert "L:cue|reassure/land" in rows[("UKR", "reassure", "land")]


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets will patrol over the Black Sea, Moscow said.",
        "Ukraine shared intelligence with Poland about drones.",
    ],
)
def test_it_adds_nothing_for_those_the_rules_never_count_as_givers(text: str) -> None:
    parties = {i.value["party"] for i in extract(text, published=DAY).of_type("commitment")}
    assert not parties & learned_commitments.never_givers()


@pytest.mark.xfail(reason="words, not structure: a known limit of the commitment model")
@pytest.mark.parametrize(
    "text",
    [
        # an asset inside a longer one ("baterai rudal Patriot" is air defence, not equipment)
        "Swedia siap menempatkan dua baterai rudal Patriot di Ukraina timur.",
        "Will Italy send ground troops to Ukraine?",
        "Britain will provide instructors, but British warships will not sail with the mission.",
        # planning a force and moving its headquarters is not sending it
        "Kepala staf Prancis, yang memimpin perencanaan pasukan, mengatakan markas akan "
        "dipindahkan ke Kyiv.",
    ],
)
def test_it_is_fooled_by_nested_assets_questions_and_a_refusal_further_on(text: str) -> None:
    rules = extract(text, published=DAY, model=False).of_type("commitment")
    assert _keys(extract(text, published=DAY).of_type("commitment")) == _keys(rules)
