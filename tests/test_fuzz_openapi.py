"""schemathesis fuzzes both /openapi.json documents against a live server process.

Every generated request must get no 5xx other than a documented 503/504 with the error
shape, a status and content type the document names, and a body that matches its schema.
Two operations are left to tests/test_fuzz_http.py, which bounds them: a restart (a valid
body restarts the server under the fuzzer) and the outbox long poll (valid waits last up
to 30 s each).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import Case, GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
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


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
SKIPPED = frozenset({("POST", "/api/system/restart"), ("GET", "/api/integrations/outbox")})


def fuzz(document_url: str) -> list[str]:
    """Fuzz every operation of the document (valid and invalid requests); the ones fuzzed.

    schemathesis' own pytest integration does not run under pytest 9 (it reads a private
    node attribute that pytest renamed), so each operation gets a Hypothesis test here.
    """
    schema = schemathesis.openapi.from_url(document_url, config=CONFIG)
    fuzzed = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if (operation.method.upper(), operation.path) in SKIPPED:
            continue
        cases = st.one_of(
            operation.as_strategy(GenerationMode.POSITIVE),
            operation.as_strategy(GenerationMode.NEGATIVE),
        )

        @given(case=cases)
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        def call(case: Case) -> None:
            case.call_and_validate(checks=CHECKS, timeout=15)

        call()
        fuzzed.append(f"{operation.method.upper()} {operation.path}")
    return fuzzed


def test_the_webui_listener_answers_every_generated_request_as_documented(
    fuzzed: ServerProcess,
) -> None:
    assert len(fuzz(f"{fuzzed.webui}/openapi.json")) >= 50


def test_the_ollama_listener_answers_every_generated_request_as_documented(
    fuzzed: ServerProcess,
) -> None:
    assert len(fuzz(f"{fuzzed.ollama}/openapi.json")) >= 13
