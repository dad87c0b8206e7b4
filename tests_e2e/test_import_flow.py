"""In a real browser: the coordinator uploads the seed plan as .docx, corrects a deadline, confirms."""

import re

import pytest

from tests_e2e.helpers import login
from trithuc.agencies.services import agencies_seed
from trithuc.core.tests.factories import membership_user
from trithuc.plans.models import Plan
from trithuc.plans.seed import SEED_TEXT
from trithuc.plans.tests.documents import docx_bytes

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_coordinator_imports_a_docx_plan(page, live_server, tmp_path, no_plans):
    agencies_seed()
    user = membership_user("coordinator", "so-khcn")
    document = tmp_path / "ke-hoach-kl52.docx"
    document.write_bytes(docx_bytes(SEED_TEXT.read_text(encoding="utf-8")))
    base = live_server.url
    login(page, base, user.username)
    page.get_by_role("link", name="Nhập kế hoạch đầu tiên").click()  # the empty system points the way
    page.get_by_label("Tệp kế hoạch (.docx, .doc, .pdf, .txt)").set_input_files(str(document))
    page.get_by_role("button", name="Đọc và xem trước").click()
    page.get_by_text("trong đó 25 nhiệm vụ").wait_for()
    assert not Plan.objects.exists()
    page.locator("details.import-section", has=page.locator("#row-II-2-d")).locator("summary").first.click()
    page.get_by_label("Hạn II.2.d").fill("2020-12-31")
    page.locator("#import-edits").get_by_role("button", name="Lưu chỉnh sửa").click()
    page.get_by_text("Đã lưu chỉnh sửa bản nháp.").wait_for()
    page.get_by_role("button", name="Xác nhận nhập").click()
    page.get_by_text(re.compile(r"Đã nhập kế hoạch [a-z0-9-]+: 25 nhiệm vụ\.")).wait_for()
    plan = Plan.objects.get()
    assert str(plan.items.get(ref="II.2.d").deadline) == "2020-12-31"
    assert page.locator(f"#item-{plan.items.get(ref='II.1.a').pk}").count() == 1
