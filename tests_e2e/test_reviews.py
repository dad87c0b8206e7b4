"""In a real browser: a panel from request to conclusion. The Union registers a critique request of Sở Nội vụ,
invites a panel from the proposed experts (a conflicted one is flagged), the expert accepts and sends an opinion,
the Union issues and sends the conclusion (.docx), Sở Nội vụ answers, and the accepted recommendation becomes a
task of the plan."""

import datetime as dt

import pytest
from django.utils import timezone
from docx import Document

from tests_e2e.helpers import login
from trithuc.agencies.models import Agency
from trithuc.agencies.services import agencies_seed
from trithuc.core.models import Membership
from trithuc.core.tests.factories import UserFactory, membership_user
from trithuc.plans.seed import seed_plan_ensure
from trithuc.registry.reference import reference_data_ensure
from trithuc.reviews.models import PanelMember, ReviewRequest
from trithuc.reviews.tests.factories import expert_person

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
TITLE = "Đề án phát triển nông nghiệp công nghệ cao vùng Đà Lạt"


@pytest.fixture
def world(transactional_db):
    agencies_seed()
    seed_plan_ensure()
    reference_data_ensure()
    expert = UserFactory(username="chuyengia.e2e")
    Membership.objects.create(user=expert, agency=Agency.objects.get(code="lhh"), role="expert")
    expert_person(expert, "Lê Thị Chuyên", titles=[{"kind": "PGS"}])
    expert_person(None, "Trần Văn Phản")
    expert_person(None, "Phạm Thị Thư", degrees=[{"kind": "ThS"}])
    expert_person(None, "Nguyễn Văn Nội", workplace_agency=Agency.objects.get(code="so-noi-vu"))
    return {
        "union": membership_user("union_officer", "lhh"),
        "head": membership_user("head", "so-noi-vu"),
        "expert": expert,
    }


def invite(page, name, role):
    page.get_by_label(f"Vai trò ({name})").select_option(role)
    page.get_by_role("button", name=f"Mời {name}").click()
    page.get_by_text("Đã mời").first.wait_for()


def test_panel_from_request_to_conclusion(page, live_server, world):
    base = live_server.url
    page.on("dialog", lambda dialog: dialog.accept())
    today = timezone.localdate()

    login(page, base, world["union"].username)
    page.goto(f"{base}/phan-bien/")
    page.get_by_role("button", name="Đề nghị mới").click()
    page.get_by_label("Hình thức", exact=True).select_option("critique")
    page.get_by_label("Tên chính sách, chương trình, dự án").fill(TITLE)
    page.get_by_label("Cơ quan đề nghị", exact=True).select_option(label="Sở Nội vụ")
    page.get_by_label("Lĩnh vực KH&CN").select_option(["401"])
    page.get_by_label("Hạn gửi ý kiến của thành viên").fill((today + dt.timedelta(days=7)).isoformat())
    page.get_by_label("Hạn trả lời cơ quan đề nghị").fill((today + dt.timedelta(days=14)).isoformat())
    page.get_by_role("button", name="Ghi nhận đề nghị").click()
    page.get_by_text("Đã ghi nhận đề nghị.").wait_for()
    request_url = page.url

    page.get_by_role("button", name="Lập hội đồng").click()
    row = page.get_by_role("row").filter(has_text="Nguyễn Văn Nội")
    assert "Công tác tại cơ quan đề nghị" in row.inner_text()  # the conflict is flagged
    first = page.get_by_role("row").nth(1).inner_text()
    assert "PGS.TS. Lê Thị Chuyên" in first  # best fit first: same field, doctorate and title
    invite(page, "Lê Thị Chuyên", "chair")
    invite(page, "Trần Văn Phản", "reviewer")
    invite(page, "Phạm Thị Thư", "secretary")
    page.goto(request_url)
    page.get_by_role("button", name="Bắt đầu lấy ý kiến").click()
    page.get_by_text("Đã bắt đầu lấy ý kiến.").wait_for()

    login(page, base, world["expert"].username, lands_on="/phan-bien/")
    page.goto(f"{base}/phan-bien/")
    page.get_by_role("link", name=TITLE).click()
    page.get_by_role("button", name="Nhận lời tham gia").click()
    page.get_by_text("Đã ghi nhận trả lời.").wait_for()
    page.get_by_role("button", name="Viết ý kiến").click()
    page.get_by_label("Đánh giá chung").select_option("changes")
    page.get_by_label("Nhận xét, đánh giá").fill("Đề án cần bổ sung đánh giá nhu cầu nước tưới.")
    page.get_by_label("Kiến nghị (mỗi dòng một kiến nghị)").fill("Bổ sung đánh giá nhu cầu nước tưới.")
    page.get_by_role("button", name="Gửi ý kiến").click()
    page.get_by_text("Đã gửi ý kiến.").wait_for()

    login(page, base, world["union"].username)
    page.goto(request_url)
    page.get_by_role("button", name="Viết kết luận").click()
    assert (
        page.get_by_label("Kiến nghị (mỗi dòng một kiến nghị)").input_value()
        == "Bổ sung đánh giá nhu cầu nước tưới."
    )
    page.get_by_label("Ý kiến kết luận").fill("Hội đồng tán thành Đề án, đề nghị bổ sung trước khi trình.")
    page.get_by_label("Người ký").fill("Nguyễn Văn Khoa")
    page.get_by_role("button", name="Ban hành kết luận").click()
    page.get_by_text("Đã ban hành văn bản kết luận.").wait_for()
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải văn bản (.docx)").click()
    doc = Document(str(download.value.path()))
    text = "\n".join(
        [p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells]
    )
    assert "Số: 1/BC-LHH" in text and "Bổ sung đánh giá nhu cầu nước tưới." in text and TITLE in text
    page.get_by_role("button", name="Gửi kết luận tới cơ quan đề nghị").click()
    page.get_by_text("Đã gửi kết luận tới cơ quan đề nghị.").wait_for()

    login(page, base, world["head"].username)
    page.goto(request_url)
    page.get_by_label("Phản hồi kiến nghị 1").select_option("accepted")
    page.get_by_role("button", name="Ghi phản hồi").click()
    page.get_by_text("Đã ghi nhận phản hồi.").wait_for()
    assert "Đã phản hồi" in page.locator("#review-status").inner_text()

    login(page, base, world["union"].username)
    page.goto(request_url)
    page.get_by_label("Hạn hoàn thành kiến nghị 1").fill((today + dt.timedelta(days=90)).isoformat())
    # The request names no plan: the officer chooses the plan in force the task joins (none is preselected).
    page.get_by_label("Kế hoạch nhận nhiệm vụ kiến nghị 1").select_option(index=1)
    page.get_by_role("button", name="Giao thành nhiệm vụ").click()
    page.get_by_text("Đã giao thành nhiệm vụ của Kế hoạch.").wait_for()
    page.get_by_role("link", name="TVPB.1").click()
    page.get_by_text("Bổ sung đánh giá nhu cầu nước tưới.").first.wait_for()

    request = ReviewRequest.objects.get(title=TITLE)
    assert request.status == ReviewRequest.Status.ANSWERED
    assert request.members.get(role="chair").status == PanelMember.Status.ACCEPTED
