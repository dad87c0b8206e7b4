"""Issue 17.10, in a real browser: the interactive API docs render under the CSP from local files only."""

import pytest

from tests_e2e.helpers import login
from trithuc.agencies.services import agencies_seed
from trithuc.core.tests.factories import membership_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_the_api_docs_render_their_operations_with_no_csp_violation(page, live_server, transactional_db):
    agencies_seed()
    user = membership_user("coordinator", "so-khcn")
    base = live_server.url
    problems, elsewhere = [], []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: elsewhere.append(r.url) if not r.url.startswith(base) else None)
    login(page, base, user.username)
    page.goto(f"{base}/api/v1/docs")
    page.locator(".opblock").first.wait_for()
    assert page.locator(".opblock", has_text="/api/v1/reports/{report_id}").count() >= 1
    assert elsewhere == []
    assert [p for p in problems if "Content Security Policy" in p] == []
