"""Use cases shared by every interface (CLI, API, web, reports)."""
