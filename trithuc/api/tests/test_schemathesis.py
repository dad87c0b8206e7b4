"""schemathesis against our own OpenAPI schema: no server error, no response that breaks its schema."""

import os

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from hypothesis import HealthCheck, settings

from config.wsgi import application
from trithuc.api.services import api_token_create

# The whole exploration runs on PostgreSQL, the production database: 15 generated requests per operation and the
# coverage phase (about 1,600 requests at the schema's edges: bounds, wrong types, missing and extra fields). The
# SQLite run (the same code paths) takes a smaller derandomised sample, 10 per operation, without the coverage phase
# (half the file's time, and computed at collection, so in every test process). TRITHUC_SCHEMATHESIS_EXAMPLES
# explores further locally (40 per operation, the earlier default, costs 15 s more CPU per run);
# TRITHUC_SCHEMATHESIS_COVERAGE=1 adds the coverage phase on SQLite. `make test` runs this file on PostgreSQL only
# (a `matrix`, conftest.py); `make test-sqlite` alone runs it on SQLite.
ON_POSTGRESQL = connection.vendor == "postgresql"
pytestmark = pytest.mark.matrix
EXAMPLES = int(os.environ.get("TRITHUC_SCHEMATHESIS_EXAMPLES", "15" if ON_POSTGRESQL else "10"))

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
if not ON_POSTGRESQL and os.environ.get("TRITHUC_SCHEMATHESIS_COVERAGE") != "1":
    schema.config.phases.update(phases=["examples", "fuzzing"])


@pytest.fixture
def token(coordinator, seed_plan):
    # The raw WSGI app closes "old" connections after each response, as in production; in a test that would
    # close the connection holding the test's transaction (Django's test client disconnects it the same way).
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield api_token_create(actor=coordinator, name="schemathesis")[1]
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@schema.parametrize()
# Derandomised so CI is repeatable.
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_api_never_errors_and_keeps_its_schema(case, token):
    case.call_and_validate(headers={"Authorization": f"Bearer {token}", "Host": "127.0.0.1"})
