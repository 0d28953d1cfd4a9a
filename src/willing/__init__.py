"""Willing: plan and track a coalition's security guarantees."""

__version__ = "0.1.0"
