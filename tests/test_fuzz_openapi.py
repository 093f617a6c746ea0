"""schemathesis fuzzes both /openapi.json documents against a live server process.

Every generated request must get no 5xx other than a documented 503/504 with the error
shape, a status and content type the document names, and a body that matches its schema.
Two operations are left to tests/test_fuzz_http.py, which bounds them: a restart (a valid
body restarts the server under the fuzzer) and the outbox long poll (valid waits last up
to 30 s each).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import Case
from schemathesis.checks import not_a_server_error
from schemathesis.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.support.servers import ServerProcess, start_process
from tests.test_fuzz_http import FUZZ_ENV

EXAMPLES = 10
CONFIG = schemathesis.Config.from_dict(
    {
        # Refusals that name the server's own trouble (an upstream, a timeout, "unavailable")
        # are answers, with the error shape that response_schema_conformance checks.
        "checks": {
            "not_a_server_error": {"expected-statuses": ["1XX", "2XX", "3XX", "4XX", 502, 503, 504]}
        },
        "generation": {"max-examples": EXAMPLES},
    }
)


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    server = start_process(tmp_path_factory.mktemp("openapi") / "data", env=FUZZ_ENV)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def webui_schema(fuzzed: ServerProcess) -> schemathesis.BaseSchema:
    schema = schemathesis.openapi.from_url(f"{fuzzed.webui}/openapi.json", config=CONFIG)
    return schema.exclude(path="/api/system/restart").exclude(path="/api/integrations/outbox")


@pytest.fixture(scope="module")
def ollama_schema(fuzzed: ServerProcess) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_url(f"{fuzzed.ollama}/openapi.json", config=CONFIG)


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
webui = schemathesis.pytest.from_fixture("webui_schema")
ollama = schemathesis.pytest.from_fixture("ollama_schema")
BOUNDED = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)


@webui.parametrize()
@BOUNDED
def test_the_webui_listener_answers_every_generated_request_as_documented(case: Case) -> None:
    case.call_and_validate(checks=CHECKS, timeout=15)


@ollama.parametrize()
@BOUNDED
def test_the_ollama_listener_answers_every_generated_request_as_documented(case: Case) -> None:
    case.call_and_validate(checks=CHECKS, timeout=15)
