"""Property-based requests generated from the service's own OpenAPI schema (schemathesis): no
request, valid or not, gets a 5xx."""

from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from artex.service import create_app

pytestmark = pytest.mark.model

# A JSON Lines body is text: schemathesis sends the generated strings as they are.
schemathesis.serializer.alias("application/x-ndjson", "text/plain")


@pytest.fixture(scope="module")
def started_app(nlp):
    app = create_app(load=lambda settings: nlp)
    with TestClient(app) as client:  # runs the lifespan: the model thread starts
        while client.get("/readyz").status_code != 200:
            pass
        yield app


def test_no_generated_request_gets_a_server_error(started_app):
    """Every operation of /openapi.json, 25 generated requests each (bodies of every declared
    content type, valid and not). Derandomized, as `make test` runs the other property-based
    tests: drawn at random, 25 requests sometimes held no readable article, and the check that
    both kinds were generated failed now and then (CI 2026-12-07); `make fuzz` is where random
    search belongs."""
    api_schema = schemathesis.openapi.from_asgi("/openapi.json", started_app)
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/v1/extract", "/v1/extract/batch"}
    statuses: dict[str, set[int]] = {}
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            response = case.call_and_validate(checks=[not_a_server_error])
            statuses.setdefault(case.path, set()).add(response.status_code)

        check()
    # Both articles that were read and requests that were refused were generated.
    assert {200, 422} <= statuses["/v1/extract"]
