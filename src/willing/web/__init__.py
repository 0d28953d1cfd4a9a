"""The web application: server-rendered pages over the same services, permission table and
hiding path as the CLI and the REST API (`willing serve` serves both)."""
