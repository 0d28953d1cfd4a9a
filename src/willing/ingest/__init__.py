"""News ingestion: articles in Indonesian or English become draft records with evidence spans.

The extractor is pure (`extract` turns bytes or text into an `Extraction`); storing
drafts, reviewing them and tracking source conflicts live in `queue`, `review` and
`conflicts`, which take a Store.
"""

from __future__ import annotations

from willing.ingest.errors import IngestError
from willing.ingest.extract import extract
from willing.ingest.items import Extraction, Item

__all__ = ["Extraction", "IngestError", "Item", "extract"]
