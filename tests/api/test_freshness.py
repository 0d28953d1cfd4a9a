"""Answers are kept per viewer and revision: a write shows at once, to those who may see it."""

from __future__ import annotations

from tests.api.conftest import Server

from willing.domain.catalog import KINDS, Dataset
from willing.interchange.documents import document_to_dataset
from willing.storage.store import Store

NEW = {
    "pledges": [
        {
            "id": "P-POL-2",
            "party": "POL",
            "capability": "ftr-sqn",
            "quantity": 1,
            "layers": ["reassure"],
            "label": {"classification": "NATIONAL", "owner": "POL"},
        }
    ]
}


def _write(server: Server, document: dict[str, object]) -> None:
    dataset: Dataset = document_to_dataset(document, "more")
    assert set(dataset.records) == set(KINDS)
    store = Store.open(server.db, migrate=False)
    store.write(dataset, actor="test")
    store.close()


def test_a_write_is_seen_at_once_and_only_by_those_who_may(small_server: Server) -> None:
    with small_server.client("pol") as pol, small_server.client("fra") as fra:
        before_pol = pol.get("/pledges").json()
        before_fra = fra.get("/pledges").json()
        assert pol.get("/pledges/P-POL-2").status_code == 404
        _write(small_server, NEW)
        after_pol = pol.get("/pledges").json()
        after_fra = fra.get("/pledges").json()
        assert after_pol["count"] == before_pol["count"] + 1
        assert "P-POL-2" in {r["id"] for r in after_pol["data"]}
        assert pol.get("/pledges/P-POL-2").status_code == 200
        assert after_fra == before_fra
        assert fra.get("/pledges/P-POL-2").status_code == 404
