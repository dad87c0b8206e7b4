"""In a real browser: an agency proposes and sends an amendment (another agency gets 404 on the draft), the
coordinator consolidates it, downloads the numbered Tờ trình, records the Province's decision and sees plan
version 2 item by item; then applies a reorganisation after its preview."""

import pytest
from docx import Document as DocxDocument

from tests_e2e.helpers import follow, login
from trithuc.agencies.services import agencies_seed
from trithuc.amendments.models import AmendmentProposal, Reorganisation
from trithuc.core.tests.factories import membership_user
from trithuc.plans.models import Plan
from trithuc.plans.seed import seed_plan_ensure

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world(transactional_db):
    agencies_seed()
    plan = seed_plan_ensure()
    return {
        "plan": plan,
        "reporter": membership_user("reporter", "so-noi-vu"),
        "other": membership_user("reporter", "so-gddt"),
        "coordinator": membership_user("coordinator", "so-khcn"),
    }


def test_proposal_to_plan_version_2_in_the_browser(page, live_server, world):
    base = live_server.url
    page.on("dialog", lambda dialog: dialog.accept())
    login(page, base, world["reporter"].username)
    page.locator("nav summary", has_text="Kế hoạch").click()  # the menu groups plan pages
    page.get_by_role("link", name="Đề xuất sửa đổi", exact=True).click()
    page.wait_for_url(f"{base}/sua-doi/")
    page.get_by_role("link", name="Đề xuất mới").click()  # on the row of the one plan in force
    page.wait_for_url(f"{base}/sua-doi/kl52/moi/")
    page.get_by_label("Loại đề xuất").select_option("amend")
    page.get_by_label("Số hiệu mục").fill("II.2.b")
    page.get_by_label("Nội dung đề xuất").fill(
        "Ưu tiên quy hoạch, đào tạo trí thức trẻ, nữ và người dân tộc thiểu số."
    )
    page.get_by_label("Lý do").fill(
        "Nghị quyết 45-NQ/TW nhấn mạnh trí thức trẻ, nữ và người dân tộc thiểu số."
    )
    page.get_by_role("button", name="Lưu nháp").click()
    page.get_by_text("Đã lưu đề xuất dạng nháp").wait_for()
    draft_url = page.url

    login(page, base, world["other"].username)
    assert page.goto(draft_url).status == 404  # another agency's draft

    login(page, base, world["reporter"].username)
    page.goto(draft_url)
    page.get_by_role("button", name="Gửi đề xuất").click()
    page.get_by_text("Đã gửi đề xuất.").wait_for()
    assert AmendmentProposal.objects.get().status == "sent"

    login(page, base, world["coordinator"].username)
    page.goto(f"{base}/sua-doi/")
    page.get_by_role("link", name="Tổng hợp đề xuất đã gửi").click()
    page.get_by_label("Tên đợt tổng hợp").fill("Đợt đề xuất năm 2026")
    page.get_by_role("button", name="Tổng hợp").click()
    page.get_by_text("Đã tổng hợp các đề xuất.").wait_for()
    page.get_by_label("Văn bản trình").select_option("to_trinh")
    page.get_by_role("button", name="Lập văn bản trình UBND tỉnh").click()
    page.get_by_text("Đã lập văn bản trình UBND tỉnh.").wait_for()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Tải văn bản (.docx)").click()
    document = DocxDocument(str(download_info.value.path()))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "TỜ TRÌNH" in text and "Ưu tiên quy hoạch, đào tạo trí thức trẻ" in text

    page.get_by_label("Số văn bản của UBND tỉnh").fill("1024/QĐ-UBND")
    page.get_by_label("Ngày văn bản").fill("2026-04-10")
    page.get_by_role("button", name="Ghi nhận quyết định").click()
    page.get_by_text("Đã ghi nhận quyết định của UBND tỉnh.").wait_for()
    diff = page.locator("table.diff")
    assert "II.2.b" in diff.inner_text() and "Sửa nội dung" in diff.inner_text()
    new = Plan.objects.get(document=world["plan"].document, is_current=True)
    assert new.version == 2
    follow(page, page.get_by_role("link", name="Xem phiên bản mới"))
    assert "Phiên bản 2" in page.content()
    follow(page, page.get_by_role("link", name="Thay đổi so với phiên bản trước"))
    assert "Ưu tiên quy hoạch, đào tạo trí thức trẻ" in page.locator("table.diff").inner_text()


def test_reorganisation_preview_then_apply_in_the_browser(page, live_server, world):
    base = live_server.url
    page.on("dialog", lambda dialog: dialog.accept())
    login(page, base, world["coordinator"].username)
    page.goto(f"{base}/sua-doi/sap-xep/")
    follow(
        page, page.get_by_role("link", name="kl52").first
    )  # the preview of the first reorganisation on kl52
    assert page.get_by_role("heading", name="Sở Kế hoạch và Đầu tư").count() == 1
    page.get_by_label("Theo văn bản").fill("Quyết định số 300/QĐ-UBND ngày 28/02/2025")
    page.get_by_role("button", name="Áp dụng đợt sắp xếp").click()
    page.get_by_text("nhiệm vụ theo đợt sắp xếp").wait_for()
    act = Reorganisation.objects.get()
    assert act.transfers > 0 and "Quyết định số 300/QĐ-UBND" in page.locator("table").last.inner_text()
