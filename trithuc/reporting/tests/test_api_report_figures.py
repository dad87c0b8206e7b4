"""Issue 17.10: the coordinator reads a sent report's figures through the API, as on its page; the API docs
page is served from local files under the CSP."""

import re

import pytest
from django.contrib.staticfiles import finders

from trithuc.api.services import api_token_create
from trithuc.reporting.tests.factories import accepted_report, annual_period

pytestmark = pytest.mark.django_db


def _get(client, user, path):
    token = api_token_create(actor=user, name="tổng hợp")[1]
    response = client.get(f"/api/v1{path}", HTTP_AUTHORIZATION=f"Bearer {token}")
    return response.status_code, response.json()


def test_the_coordinator_reads_a_sent_reports_task_results_and_figures(
    client, seed_plan, agencies, coordinator, reporter_b
):
    report = accepted_report(annual_period(2025), agencies["so-noi-vu"], people=140, women=80)
    status, body = _get(client, coordinator, f"/reports/{report.pk}")
    assert status == 200, body
    assert body["agency"] == "so-noi-vu" and body["status"] == report.status
    assert body["editable"] is False
    figures = {line["code"]: line for line in body["indicators"]}
    assert float(figures["luot-can-bo-quan-triet"]["value"]) == 140
    assert figures["luot-can-bo-quan-triet"]["breakdown"]["gender"]["nu"] in (80, "80", 80.0)
    assert float(figures["quy-khcn-giai-ngan"]["value"]) == 1250.5
    results = {line["ref"]: line for line in body["tasks"] if line["result"]}
    assert results and all(line["result"] for line in results.values())
    assert body["difficulties"] == "Thiếu kinh phí cho hoạt động thu hút trí thức."
    # another agency's reporter still may not read it
    assert _get(client, reporter_b, f"/reports/{report.pk}")[0] == 404


def test_the_api_docs_page_loads_nothing_from_elsewhere_and_the_schema_stays_public(client):
    assert client.get("/api/v1/openapi.json").status_code == 200  # read by other systems without a session
    response = client.get("/api/v1/docs")
    html = response.content.decode()
    assert response.status_code == 200
    assert "/static/ninja/swagger-ui-bundle.js" in html and "/static/ninja/swagger-ui-init.js" in html
    sources = re.findall(r'(?:src|href)="([^"]*)"', html)
    assert sources and all(source.startswith("/") for source in sources), sources
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert finders.find("ninja/swagger-ui-bundle.js")  # collected with the project's static files
