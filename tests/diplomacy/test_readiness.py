"""Computed readiness of a document from its clauses, beside the claimed figure."""

from __future__ import annotations

import pytest

from willing.diplomacy.readiness import readiness
from willing.domain.diplomacy import Clause, Document
from willing.domain.enums import ClauseStatus, DocumentKind


def test_weighted_readiness_known_answer(paris_declaration: tuple[Document, list[Clause]]) -> None:
    doc, clauses = paris_declaration
    r = readiness(doc, clauses)
    assert [c.number for c in r.clauses] == ["2", "3", "4", "5", "10"]  # X-1 is another document's
    assert r.agreed_weight == 3
    assert r.total_weight == 5  # the dropped clause (weight 3) is out of the text
    assert r.computed == pytest.approx(0.6)
    assert r.unweighted == pytest.approx(0.5)
    assert r.claimed == 0.9
    assert r.difference == pytest.approx(0.3)
    assert r.flagged
    assert r.counts[ClauseStatus.DROPPED] == 1


def test_threshold_decides_the_flag(paris_declaration: tuple[Document, list[Clause]]) -> None:
    doc, clauses = paris_declaration
    assert not readiness(doc, clauses, threshold=0.3).flagged
    assert readiness(doc, clauses, threshold=0.29).flagged


def test_no_claim_no_clauses() -> None:
    doc = Document(id="E", title="Empty", document_kind=DocumentKind.DECLARATION)
    r = readiness(doc, [])
    assert r.computed is None
    assert r.unweighted is None
    assert r.difference is None
    assert not r.flagged
