"""Schemathesis against the running server's own OpenAPI description: no 5xx, and every
response conforms to its documented status codes, content types, headers and schemas.

Run as an administrator (every operation reachable) and as a liaison officer (the refusals
must be documented too). Disabling users is left out: a random name could disable the
account the run signs in with. Fixed seed and deterministic generation, like the suite's
other property tests.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests.api.conftest import Server

CHECKS = ",".join(
    (
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_headers_conformance",
        "response_schema_conformance",
    )
)


@pytest.mark.slow
@pytest.mark.parametrize("user", ["admin", "pol"])
def test_the_api_conforms_to_its_schema(small_server: Server, user: str, tmp_path: Path) -> None:
    command = [
        sys.executable, "-m", "schemathesis.cli", "run",
        f"{small_server.base}/api/v1/openapi.json",
        "--header", f"Authorization: Bearer {small_server.tokens[user]}",
        "--checks", CHECKS,
        "--max-examples", "6",
        "--seed", "1",
        "--generation-deterministic",
        "--exclude-path-regex", "disable",
        "--phases", "examples,coverage,fuzzing",
        "--workers", "1",
        "--report-dir", str(tmp_path),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=900, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "Tested: " in result.stdout
