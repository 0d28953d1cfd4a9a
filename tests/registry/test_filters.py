"""The list filters, one table for every interface: which option filters which field."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from willing.cli.main import app
from willing.domain.catalog import KINDS, Dataset
from willing.domain.errors import ValidationFailure
from willing.domain.fields import fields_of
from willing.services.access import Registry, Viewer
from willing.services.filters import FILTERS, field_filters, filtered, filters_of
from willing.storage.store import Store


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_filters_on_fields_it_has(kind: str) -> None:
    names = {s.name for s in fields_of(KINDS[kind])}
    for option, field in filters_of(kind).items():
        assert field in FILTERS[option]
        assert field in names


def test_options_become_field_filters_and_unknown_ones_are_refused() -> None:
    assert field_filters("pledges", {"party": "fra", "layer": "reassure", "status": None}) == {
        "party": "FRA",
        "layers": "reassure",
    }
    assert field_filters("requirements", {"layer": "support"}) == {"layer": "support"}
    with pytest.raises(ValidationFailure, match="meetings cannot be filtered by party"):
        field_filters("meetings", {"party": "FRA"})


def test_filtered_equals_the_registry_filter(store: Store, small_coalition: Dataset) -> None:
    store.write(small_coalition, actor="test")
    registry = Registry(store, Viewer.admin())
    got = filtered(registry, "pledges", {"party": "fra"})
    assert got
    assert got == [p for p in registry.list("pledges") if getattr(p, "party", None) == "FRA"]


def test_the_cli_refuses_a_filter_the_kind_lacks(tmp_path: object) -> None:
    result = CliRunner().invoke(
        app, ["list", "meetings", "--party", "FRA", "--db", f"sqlite:///{tmp_path}/w.db"]
    )
    assert result.exit_code != 0
    assert "meetings cannot be filtered by party" in str(result.exception)
