"""A plan in words: what the optimiser achieved, in place of its raw objective."""

from __future__ import annotations

from typing import Any

from willing.present.numbers import FRACTION_MEANS
from willing.present.summary import fraction_note, quality, reason_words, summarise


def _gap(
    rid: str, capability: str, priority: int, demand: float, missing: float, **reason: Any
) -> dict[str, Any]:
    reasons = [reason] if reason else []
    return {
        "requirement": rid,
        "capability": capability,
        "layer": "reassure",
        "location": "UKR",
        "phase": "entry",
        "priority": priority,
        "demand": demand,
        "filled": demand - missing,
        "missing": missing,
        "reasons": reasons,
    }


DATA: dict[str, Any] = {
    "coverage": 0.456,
    "gap": 0.0,
    "gap_abs": 0.0,
    "objective": 13_450_988_085_640.0,
    "tables": {
        "layer": [{"name": "reassure", "demand": 40.0, "filled": 18.25, "share": 0.45625}],
        "domain": [
            {"name": "funding", "demand": 30_000_000.0, "filled": 26_375_000.0, "share": 0.879}
        ],
    },
    "gaps": [
        _gap("R-FUND", "eur", 1, 30_000_000.0, 3_625_000.0, code="no-more", detail="none left"),
        _gap("R-AIR", "fighter", 1, 12.0, 12.0, code="condition", units=21.5, condition="cf"),
        _gap("R-LOG", "log", 2, 6.0, 2.0),
        _gap("R-MED", "med", 1, 4.0, 3.0),
    ],
}


def test_a_plan_in_words_says_its_figures_and_not_its_objective() -> None:
    words = summarise(DATA, top=2, funding={"eur"})
    text = " ".join(words.sentences)
    assert words.headline == "46% of the force sourced"
    assert "The force is 46% sourced" in text
    assert "(proven optimal)" in text
    assert "4 requirement lines you may see are short, by 17 units and €3.6 bn of funding" in text
    assert "Funding: €26 bn of the €30 bn required is pledged and used (88%)." in text
    assert "13,450,988,085,640" not in text
    assert [(p.name, p.text) for p in words.priorities] == [
        ("priority 1", "3 lines short of 15 units and €3.6 bn of funding"),
        ("priority 2", "1 line short of 2 units"),
    ]
    # the two priority-1 gaps missing the most of their demand: R-AIR all of it, R-MED 3 of
    # 4; R-FUND misses more (in euros) but only 12% of its demand
    assert [g.name.split(" ")[0] for g in words.biggest_gaps] == ["R-AIR", "R-MED"]
    three = summarise(DATA, top=3, funding={"eur"}).biggest_gaps
    assert "short of €3.6 bn of €30 bn: none left" in three[2].text
    assert words.layers[0].text == "46%: 18¼ units of 40 units"


def test_a_proof_short_of_optimal_says_how_close() -> None:
    assert quality({"gap": 0.0123, "gap_abs": 5.0}) == (
        "within 1.23% of the best possible under these assumptions"
    )


def test_reasons_name_the_conditions_first_with_whole_or_quartered_units() -> None:
    reasons = [
        {"code": "caveat-layer", "units": 2.0, "detail": "2 units barred by caveat"},
        {"code": "condition", "units": 3.0, "condition": "us-backstop"},
        {"code": "condition", "units": 21.5, "condition": "ceasefire"},
    ]
    assert reason_words(reasons) == (
        "units wait on unmet conditions: ceasefire (21½ units), us-backstop (3 units); "
        "2 units barred by caveat"
    )


def test_a_fraction_of_a_unit_is_explained_only_where_one_is_shown() -> None:
    whole = [g for g in DATA["gaps"] if g["requirement"] != "R-AIR"]
    assert fraction_note(whole, {"eur"}) is None
    assert fraction_note(DATA["gaps"], {"eur"}) == f"Unit counts: {FRACTION_MEANS}."
    # funding in thousands of EUR is money, never a fraction of a unit
    odd_funding = [_gap("R-FUND", "eur", 1, 30_000.5, 0.5)]
    assert fraction_note(odd_funding, {"eur"}) is None
    assert fraction_note(odd_funding) is not None
