"""Errors for inputs the extractor refuses, each with a message meant for the user."""

from __future__ import annotations

from willing.domain.errors import WillingError


class IngestError(WillingError):
    """An article could not be read; nothing was extracted or stored."""


class InputTooLarge(IngestError):
    """The input is larger than the configured cap."""


class BinaryInput(IngestError):
    """The input is binary data (an image, a PDF, an archive), not text or HTML."""
