"""The REST API (FastAPI): thin routes over the services, identity only from authentication."""
