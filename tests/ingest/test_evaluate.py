"""The evaluation against the gold files, and the arithmetic of the scores."""

from __future__ import annotations

from pathlib import Path

import pytest

from willing.ingest import IngestError
from willing.ingest.evaluate import Score, evaluate_dir, evaluate_file

TARGET_TYPES = ("meeting", "date", "count", "person", "party")


def test_score_arithmetic() -> None:
    score = Score(tp=8, fp=2, fn=8)
    assert score.precision == pytest.approx(0.8)
    assert score.recall == pytest.approx(0.5)
    assert score.f1 == pytest.approx(2 * 0.8 * 0.5 / 1.3)
    assert Score().f1 is None  # nothing expected, nothing proposed: no score, not 1.0
    assert Score().precision is None
    assert Score().recall is None
    assert Score(fn=3).f1 == 0.0
    assert Score(fn=3).precision is None
    assert Score(fp=2).f1 == 0.0
    assert Score(fp=2).recall is None


@pytest.mark.parametrize("seed", ["seed-000", "seed-003"])
def test_seeds_meet_the_target(gold_dir: Path, seed: str) -> None:
    result = evaluate_file(gold_dir / f"{seed}.yaml")
    for item_type in TARGET_TYPES:
        f1 = result.scores[item_type].f1
        assert (f1 or 0.0) >= 0.9, (item_type, result.missed, result.extra)


#: In-sample floors on the development set. Commitments sit lower: the set now holds the
#: sealed sets that scored hardest on them, and the commitment model's penalty was chosen on
#: held-out folds, which trades fit to these files for accuracy on unseen ones.
GOLD_FLOORS = {"commitment": 0.84}


def test_every_gold_file_scores_well(gold_dir: Path) -> None:
    report = evaluate_dir(gold_dir)
    assert len(report.files) >= 8
    totals = report.totals()
    for item_type, score in totals.items():
        assert (score.f1 or 0.0) >= GOLD_FLOORS.get(item_type, 0.85), (item_type, score)


def test_a_wrong_annotation_lowers_the_score(gold_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "seed-003.txt").write_bytes((gold_dir / "seed-003.txt").read_bytes())
    gold = (gold_dir / "seed-003.yaml").read_text(encoding="utf-8")
    (tmp_path / "seed-003.yaml").write_text(
        gold.replace("heads: 27", "heads: 28"), encoding="utf-8"
    )
    result = evaluate_file(tmp_path / "seed-003.yaml")
    assert result.scores["meeting"].fn == 1
    assert result.scores["meeting"].fp == 1


def test_folder_without_gold_files_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no gold files"):
        evaluate_dir(tmp_path)


def test_held_out_articles_are_scored(gold_dir: Path) -> None:
    """Articles never used for rule development: scored, with a floor on the easy types."""
    report = evaluate_dir(gold_dir.parent / "heldout")
    totals = report.totals()
    assert (totals["person"].f1 or 0) >= 0.75
    assert (totals["party"].f1 or 0) >= 0.9
    assert (totals["date"].f1 or 0) >= 0.9
    assert sum(s.tp + s.fn for s in totals.values()) > 30


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("published: 2026-01-07", "published: notadate", "published"),
        ("countries: 35", "countries: thirty", "thirty"),
        ("parties: [", "parties: 12\nx: [", "parties"),
        (
            "conditions: [ceasefire]",
            "conditions: [parliament:DE]",
            "unknown condition 'parliament:DE'",
        ),
        ("conditions: [ceasefire]", "conditions: [truce]", "unknown condition 'truce'"),
        ("stance: oppose}", "stance: keep}", "unknown stance 'keep'"),
        ("issue: territory, stance: oppose", "issue: land, stance: oppose", "unknown issue"),
    ],
)
def test_a_bad_gold_file_is_a_clear_error_naming_it(
    gold_dir: Path, tmp_path: Path, old: str, new: str, message: str
) -> None:
    (tmp_path / "seed-003.txt").write_bytes((gold_dir / "seed-003.txt").read_bytes())
    gold = (gold_dir / "seed-003.yaml").read_text(encoding="utf-8")
    assert old in gold
    (tmp_path / "seed-003.yaml").write_text(gold.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(IngestError, match=message) as caught:
        evaluate_dir(tmp_path)
    assert "seed-003.yaml" in str(caught.value)


def test_a_type_with_nothing_expected_or_found_has_no_score(gold_dir: Path) -> None:
    report = evaluate_dir(gold_dir.parent / "heldout").as_dict()
    empty = [t for t, row in report["totals"].items() if row["tp"] + row["fp"] + row["fn"] == 0]
    assert empty, "the held-out set has a type with no items"
    for item_type in empty:
        assert report["totals"][item_type]["f1"] is None


def _gold(tmp_path: Path, text: str, gold: str) -> Path:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "a.yaml"
    path.write_text("text: a.txt\n" + gold, encoding="utf-8")
    return path


def test_meeting_without_a_date_is_matched_by_overlap(tmp_path: Path) -> None:
    # the text gives no date; the gold names one the extractor cannot know
    path = _gold(
        tmp_path,
        "Leaders of the coalition met in Rome, hosted by Italy. Some joined by video link.",
        "published: 2025-06-10\nmeetings:\n"
        "  - {date: 2025-06-09, place: Rome, host: ITA, format: hybrid}\n",
    )
    result = evaluate_file(path)
    score = result.scores["meeting"]
    # place, host and format are found under the gold meeting; only the date is missed
    assert (score.tp, score.fp, score.fn) == (3, 0, 1)
    assert result.missed["meeting"] == [("2025-06-09", "date", "2025-06-09")]


def test_a_wrong_meeting_value_is_false_and_missed(tmp_path: Path) -> None:
    path = _gold(
        tmp_path,
        "Leaders of the coalition met in Rome on June 9, 2025, hosted by Italy.",
        "meetings:\n  - {date: 2025-06-09, place: Rome, host: FRA, format: in_person}\n",
    )
    score = evaluate_file(path).scores["meeting"]
    assert (score.tp, score.fp, score.fn) == (3, 1, 1)


def test_an_empty_role_is_a_miss_only(tmp_path: Path) -> None:
    # "Macron" alone gives no role: the gold's role is missed, no false person is counted
    path = _gold(
        tmp_path,
        "Macron spoke to reporters after the talks.",
        "people:\n  - {name: Emmanuel Macron, role: President, party: FRA}\n",
    )
    result = evaluate_file(path)
    score = result.scores["person"]
    assert (score.tp, score.fp, score.fn) == (0, 0, 1), result.extra


def test_a_wrong_role_is_false_and_missed(tmp_path: Path) -> None:
    path = _gold(
        tmp_path,
        "French President Emmanuel Macron spoke to reporters.",
        "people:\n  - {name: Emmanuel Macron, role: Prime Minister, party: FRA}\n",
    )
    score = evaluate_file(path).scores["person"]
    assert (score.tp, score.fp, score.fn) == (0, 1, 1)
