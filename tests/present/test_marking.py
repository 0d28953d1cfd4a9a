"""Display markings: the highest classification shown and the audience it may reach."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from willing.domain.labels import Classification, Label, may_see
from willing.present.marking import ORDER, Marking, marking

GROUPS = {"FRA": ["COTW", "EU"], "POL": ["COTW", "EU"], "GBR": ["COTW"], "EU": []}


def test_public_records_make_a_public_page() -> None:
    assert str(marking([Label(), Label()], GROUPS)) == "PUBLIC"
    assert str(marking([], GROUPS)) == "PUBLIC"


def test_the_highest_classification_and_a_common_audience() -> None:
    labels = [
        Label(),
        Label(classification=Classification.COALITION, owner="FRA", releasable_to=["COTW"]),
    ]
    assert str(marking(labels, GROUPS)) == "COALITION // RELEASABLE TO COTW"


def test_a_group_narrows_to_the_member_both_labels_reach() -> None:
    labels = [
        Label(classification=Classification.COALITION, owner="GBR", releasable_to=["COTW"]),
        Label(classification=Classification.RESTRICTED, owner="POL", releasable_to=["FRA"]),
    ]
    assert str(marking(labels, GROUPS)) == "RESTRICTED // RELEASABLE TO FRA, POL"


def test_records_no_one_may_see_together_are_marked_for_their_owners() -> None:
    labels = [
        Label(classification=Classification.NATIONAL, owner="FRA"),
        Label(classification=Classification.NATIONAL, owner="POL"),
    ]
    assert str(marking(labels, GROUPS)) == "NATIONAL // OWNERS ONLY"


CODES = st.sampled_from(["FRA", "POL", "GBR", "EU", "COTW"])
LABELS = st.builds(
    Label,
    classification=st.sampled_from(list(Classification)),
    owner=st.none() | st.sampled_from(["FRA", "POL", "GBR"]),
    releasable_to=st.lists(CODES, max_size=3, unique=True),
)


def _tokens(party: str) -> frozenset[str]:
    found, todo = {party}, [party]
    while todo:
        for g in GROUPS.get(todo.pop(), []):
            if g not in found:
                found.add(g)
                todo.append(g)
    return frozenset(found)


@given(st.lists(LABELS, max_size=5))
def test_everyone_a_marking_names_may_see_every_record(labels: list[Label]) -> None:
    mark: Marking = marking(labels, GROUPS)
    named = [p for p in ("FRA", "POL", "GBR") if _tokens(p) & set(mark.releasable_to)]
    for party in named:
        assert all(may_see(label, _tokens(party)) for label in labels), (party, mark)
    levels = [label.classification for label in labels] or [Classification.PUBLIC]
    assert mark.classification is max(levels, key=ORDER.index)
