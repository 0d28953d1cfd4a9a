"""Diplomacy tracker: meetings and attendance, positions and alignment, document readiness."""
