"""A state is named by its ISO 3166 alpha-3 code everywhere (caveats, conditions, viewers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from willing.domain.errors import ValidationFailure
from willing.interchange.files import read_path


@pytest.mark.parametrize("bad", ["France", "FR", "fra", "FRA1"])
def test_a_state_id_that_is_not_alpha3_is_refused_with_its_place(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "parties.yaml"
    path.write_text(
        "willing: 1\ndataset: codes\nparties:\n"
        f"  - {{id: {bad}, name: France, party_kind: state, role: member}}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidationFailure) as excinfo:
        read_path(path)
    text = str(excinfo.value)
    assert "parties[0]" in text
    assert "ISO 3166 alpha-3" in text


def test_organisations_keep_free_ids(tmp_path: Path) -> None:
    path = tmp_path / "parties.yaml"
    path.write_text(
        "willing: 1\ndataset: codes\nparties:\n"
        "  - {id: COTW, name: Coalition, party_kind: organisation, role: member}\n"
        "  - {id: MNFU-HQ, name: Force HQ, party_kind: organisation, role: member}\n"
        "  - {id: FRA, name: France, party_kind: state, role: member}\n",
        encoding="utf-8",
    )
    assert len(read_path(path).records["parties"]) == 3
