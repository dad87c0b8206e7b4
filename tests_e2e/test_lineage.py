"""In a real browser (#17.2, #17.5): the follow-up grid asks a period's report only of the agencies of its
time, and an agency whose open tasks were handed over shows what went where and has nothing left to hand over."""

import pytest

from tests_e2e.helpers import login
from trithuc.agencies.services import agencies_seed
from trithuc.core.permissions import SYSTEM
from trithuc.core.tests.factories import membership_user
from trithuc.plans.models import AssignmentTransfer
from trithuc.plans.seed import seed_plan_ensure
from trithuc.reporting.services.periods import periods_generate, reporting_seed, seed_regime

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world(transactional_db):
    agencies_seed()
    plan = seed_plan_ensure()
    reporting_seed()  # the flush of a transactional test removes what the data migration seeded
    periods_generate(actor=SYSTEM, regime=seed_regime(), years=[2021, 2024, 2025])
    return {"plan": plan, "coordinator": membership_user("coordinator", "so-khcn")}


def _grid(page) -> list[str]:
    """Every period's header across the grid's tables (past years with nothing left to do are folded, #15.2)."""
    for details in page.locator("details.followup-folded").all():
        details.evaluate("d => d.open = true")
    headers: list[str] = []
    for table in page.locator("table.followup-grid").all():
        headers += [h.split("\n")[0].strip() for h in table.locator("thead th").all_inner_texts()[1:]]
    return headers


def _cells(page, agency: str) -> list[str]:
    """An agency's cells in the order of the periods, whichever table (open or folded) holds them."""
    cells: dict[str, str] = {}
    for table in page.locator("table.followup-grid").all():
        headers = [h.split("\n")[0].strip() for h in table.locator("thead th").all_inner_texts()[1:]]
        row = table.locator("tbody tr").filter(has=page.locator("td:first-child", has_text=agency))
        if row.count():
            cells |= dict(
                zip(headers, [t.strip() for t in row.first.locator("td").all_inner_texts()[1:]], strict=True)
            )
    return [cells.get(h, "") for h in sorted(_grid(page), key=lambda h: int(h.split()[-1]))]


def test_grid_asks_each_period_of_the_agencies_of_its_time(page, live_server, world):
    base = live_server.url
    login(page, base, world["coordinator"].username)
    page.goto(f"{base}/bao-cao/theo-doi/")
    assert sorted(_grid(page)) == ["Năm 2021", "Năm 2024", "Năm 2025"]
    commune = _cells(page, "UBND cấp xã")
    assert commune[0].startswith("—") and "Chưa thành lập (từ 01/07/2025)" in commune[0]
    assert "Chưa thành lập" in commune[1] and commune[2] == "Chưa gửi (quá hạn)"
    planning = _cells(page, "Sở KH&ĐT")  # existed until 28/02/2025: owes 2021 and 2024, not 2025
    assert planning[:2] == ["Chưa gửi (quá hạn)", "Chưa gửi (quá hạn)"]
    assert "Đã sắp xếp, hết hoạt động từ 01/03/2025" in planning[2]
    assert _cells(page, "Sở TT&TT")[0] == "Chưa gửi (quá hạn)"
    assert "Chưa thành lập (từ 01/03/2025)" in _cells(page, "Sở NN&MT")[0]


def test_old_agency_page_after_its_tasks_were_handed_over(page, live_server, world):
    base = live_server.url
    page.on("dialog", lambda dialog: dialog.accept())
    login(page, base, world["coordinator"].username)
    page.goto(f"{base}/co-quan/so-tttt/")
    assert page.locator("table.tasks td.ref", has_text="III.6").count() == 1
    page.get_by_role("button", name="Chuyển giao nhiệm vụ còn mở cho cơ quan kế thừa").click()
    page.wait_for_url(f"{base}/co-quan/so-tttt/chuyen-giao/")
    # the same day the reorganisation uses: the succession's effective date, not the agency's last day
    assert page.get_by_label("Ngày hiệu lực").input_value() == "01/03/2025"  # dd/mm/yyyy in every browser
    page.get_by_label("Theo văn bản").fill("Quyết định 456/QĐ-UBND ngày 27/02/2025")
    page.get_by_role("button", name="Chuyển giao").click()
    page.get_by_text("Đã chuyển giao 1 nhiệm vụ.").wait_for()
    assert page.url == f"{base}/co-quan/so-tttt/"
    assert AssignmentTransfer.objects.count() == 1

    assert page.locator("table.tasks td.ref", has_text="III.6").count() == 0  # no longer its open work
    section = page.locator("#handed-over")
    assert section.get_by_role("heading", name="Đã chuyển giao").is_visible()
    row = section.locator("tbody tr", has_text="III.6")
    text = row.inner_text()
    assert "Sở Văn hóa, Thể thao và Du lịch" in text
    assert "Quyết định 456/QĐ-UBND ngày 27/02/2025" in text and "01/03/2025" in text
    assert page.get_by_role("button", name="Chuyển giao nhiệm vụ còn mở cho cơ quan kế thừa").count() == 0
    assert page.get_by_text("Không còn nhiệm vụ mở nào cần chuyển giao.").is_visible()
    row.get_by_role("link", name="Sở Văn hóa, Thể thao và Du lịch").click()
    page.wait_for_url(f"{base}/co-quan/so-vhttdl/")
    assert page.locator("table.tasks td.ref", has_text="III.6").count() == 1  # the successor's open work
