"""The learned model beside the rules: it ships, loads, retrains to the same file, and adds
only keys the rules missed, above its threshold, each with a sentence of the article."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from importlib import resources
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from willing.cli import ingest as ingest_cli
from willing.ingest import learned, learned_training
from willing.ingest.document import Doc
from willing.ingest.extract import extract
from willing.ingest.items import Item

DAY = dt.date(2026, 1, 7)


def _shipped() -> str:
    return resources.files("willing.ingest").joinpath("rules/learned.json").read_text("utf-8")


def _rules_and_doc(text: str) -> tuple[list[Item], Doc]:
    result = extract(text, published=DAY, model=False)
    return result.items, Doc.build(result.text, result.language, result.published)


def _probability(text: str, party: str, key: str) -> float:
    """The model's probability that `party` holds `key` ("issue/stance") in `text`."""
    items, doc = _rules_and_doc(text)
    spans = learned.party_spans(items)[party]
    features, _ = learned.Grams(doc).party(party, spans)
    table = learned.model().positions
    return float(table.scores(features)[table.classes.index(key)])


def test_the_shipped_model_loads_and_matches_its_schema() -> None:
    data = json.loads(_shipped())
    m = learned.model()
    assert m.positions.classes == learned_training.position_classes()
    assert m.conditions.classes == learned.CONDITION_CODES
    for name, table in (("positions", m.positions), ("conditions", m.conditions)):
        assert table.weights.shape == (len(data[name]["features"]), len(table.classes))
        assert len(table.bias) == len(table.classes)
    assert data["settings"] == dataclasses.asdict(learned_training.Settings())


@pytest.fixture(scope="module")
def samples() -> list[learned_training.Sample]:
    return learned_training.load()


def test_retraining_reproduces_the_shipped_weights(samples: list[learned_training.Sample]) -> None:
    settings = learned_training.Settings()
    retrained = learned_training.dumps(learned_training.train(samples, settings), settings)
    # annotated articles added, or parties found otherwise: python -m
    # willing.ingest.learned_training --write, then the locked outputs
    assert retrained == _shipped(), "the shipped weights are stale: retrain them"


def test_training_is_deterministic(samples: list[learned_training.Sample]) -> None:
    few = samples[::7]
    settings = learned_training.Settings(min_count=2)
    first = learned_training.dumps(learned_training.train(few, settings), settings)
    assert first == learned_training.dumps(learned_training.train(few, settings), settings)


#: a wording the rules miss (their probes grow every round: when they learn this one, take
#: another they miss)
MOSCOW = "Moscow said troops from NATO members in Ukraine were simply not on the table."
LAVROV = (
    "Russian Foreign Minister Sergei Lavrov said European peacekeepers in Ukraine were "
    "unacceptable to Russia."
)


@pytest.mark.parametrize("text", [MOSCOW, LAVROV])
def test_it_reads_russia_refusing_foreign_troops_in_words_of_its_own(text: str) -> None:
    assert _probability(text, "RUS", "foreign-troops/oppose") > 0.5


def test_it_adds_an_item_with_the_sentence_it_read() -> None:
    items, doc = _rules_and_doc(MOSCOW)
    assert not [i for i in items if i.type == "position"]  # the rules miss this phrasing
    (added,) = learned.propose(doc, items)
    assert added.value["party"] == "RUS"
    assert (added.value["issue"], added.value["stance"]) == ("foreign-troops", "oppose")
    assert doc.text[added.start : added.end] == MOSCOW
    assert 0 < added.confidence < 0.65  # below the rules' positions
    assert extract(MOSCOW, published=DAY).of_type("position") == [added]


def test_evaluation_scores_with_the_model_or_the_rules_alone(tmp_path: Path) -> None:
    (tmp_path / "moscow.txt").write_text(MOSCOW, encoding="utf-8")
    (tmp_path / "moscow.yaml").write_text(
        "text: moscow.txt\npublished: 2026-01-07\nconditions: []\n"
        "positions: [{party: RUS, issue: foreign-troops, stance: oppose}]\n",
        encoding="utf-8",
    )
    app = typer.Typer()
    ingest_cli.register(app)

    def tp(*flags: str) -> int:
        args = ["ingest", "--evaluate", str(tmp_path), "--json", *flags]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        return int(json.loads(result.output)["totals"]["position"]["tp"])

    assert (tp(), tp("--rules-only")) == (1, 0)
    assert "--rules-only" in CliRunner().invoke(app, ["ingest", "--help"]).output


def test_it_adds_nothing_below_its_threshold() -> None:
    items, doc = _rules_and_doc(MOSCOW)
    m = learned.model()
    strict = learned.Model(
        dataclasses.replace(m.positions, threshold=1.01),
        dataclasses.replace(m.conditions, threshold=1.01),
    )
    assert learned.propose(doc, items, strict) == []
    assert extract(MOSCOW, published=DAY, model=False).of_type("position") == []


def test_it_adds_only_keys_the_rules_missed() -> None:
    text = (
        "The Kremlin warned that any deployment of Western soldiers on Ukrainian soil would "
        "be a legitimate target for its forces, a spokesman said."
    )
    items, doc = _rules_and_doc(text)
    assert [i.value["party"] for i in items if i.type == "position"] == ["RUS"]
    assert _probability(text, "RUS", "foreign-troops/oppose") > 0.5
    assert learned.propose(doc, items) == []


@pytest.mark.parametrize(
    "text",
    [
        "Norway will send two frigates to the North Sea next spring for a routine naval "
        "exercise with Denmark, the defence ministry said.",
        "The orchestra from Vienna played Beethoven in Kyiv last night.",
    ],
)
def test_it_stays_silent_on_articles_about_something_else(text: str) -> None:
    items, doc = _rules_and_doc(text)
    assert learned.propose(doc, items) == []


def test_every_item_it_adds_on_the_corpus_quotes_a_sentence_naming_its_party(
    samples: list[learned_training.Sample],
) -> None:
    added = 0
    for sample in samples:
        spans = learned.party_spans(sample.items)
        for item in learned.propose(sample.doc, sample.items):
            added += 1
            assert (item.start, item.end) in sample.doc.sentences
            if item.type == "position":
                named = spans[item.value["party"]]
                assert any(item.start <= a < item.end for a, _ in named)
    assert added


@pytest.mark.xfail(reason="words, not structure: a known limit of the model", strict=False)
@pytest.mark.parametrize(
    "text",
    [
        "Indonesia mendukung perundingan dagang dengan Uni Eropa.",
        "Russia rejected claims that British soldiers were already in Ukraine.",
        # a holder refusing to give land up reads, word by word, like one refusing to take it
        "Russia will not give up the territory it has taken.",
    ],
)
def test_it_is_fooled_by_trade_talks_and_denied_claims(text: str) -> None:
    items, doc = _rules_and_doc(text)
    assert learned.propose(doc, items) == []
