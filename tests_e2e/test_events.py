"""In a real browser: the Union records a dialogue and a recommendation for Sở Nội vụ; Sở Nội vụ records its
conference (its report takes the figures, read-only) and answers; the leader reads what became of it."""

import datetime as dt

import pytest

from tests_e2e.helpers import login
from trithuc.agencies.services import agencies_seed
from trithuc.core.permissions import SYSTEM
from trithuc.core.tests.factories import membership_user
from trithuc.plans.seed import seed_plan_ensure
from trithuc.reporting.services.periods import periods_generate, reporting_seed, seed_regime

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world(transactional_db):
    agencies_seed()
    seed_plan_ensure()
    reporting_seed()  # the flush of a transactional test removes what the data migration seeded
    today = dt.date.today()
    year = today.year + (1 if (today.month, today.day) > (12, 14) else 0)  # the annual period holding today
    period = periods_generate(actor=SYSTEM, regime=seed_regime(), years=[year])[0]
    return {
        "union": membership_user("union_officer", "lhh"),
        "reporter": membership_user("reporter", "so-noi-vu"),
        "leader": membership_user("leader", "ubnd-tinh"),
        "period": period,
    }


def fill_event(page, *, kind, title, day, total, female):
    page.get_by_label("Loại sự kiện").select_option(kind)
    page.get_by_label("Tên sự kiện").fill(title)
    page.get_by_label("Ngày tổ chức").fill(day.isoformat())
    page.get_by_label("Số người tham dự").fill(str(total))
    page.get_by_label("Trong đó nữ").fill(str(female))
    page.get_by_role("button", name="Lưu sự kiện").click()
    page.get_by_text("Đã lưu sự kiện").wait_for()


def test_dialogue_recommendation_answer_and_report_figures(page, live_server, world):
    base = live_server.url
    yesterday = dt.date.today() - dt.timedelta(days=1)

    login(page, base, world["union"].username)
    page.goto(f"{base}/su-kien/")
    page.get_by_role("button", name="Ghi nhận sự kiện mới").click()
    fill_event(page, kind="dialogue", title="Gặp mặt trí thức tiêu biểu", day=yesterday, total=45, female=20)
    page.get_by_role("button", name="Công bố sự kiện").click()
    page.get_by_text("Đã công bố sự kiện.").wait_for()
    page.locator("summary", has_text="Ghi nhận kiến nghị").click()
    page.get_by_label("Nội dung kiến nghị").fill("Hỗ trợ nhà ở cho trí thức trẻ về công tác tại tỉnh.")
    page.get_by_label("Cơ quan trả lời").select_option(label="Sở Nội vụ")
    page.get_by_label("Hạn trả lời").fill((yesterday + dt.timedelta(days=60)).isoformat())
    page.get_by_role("button", name="Lưu kiến nghị").click()
    page.get_by_text("Đã ghi nhận kiến nghị.").wait_for()
    assert "Chưa trả lời" in page.locator("#recommendation-list").inner_text()
    dialogue_url = page.url

    login(page, base, world["reporter"].username)
    page.goto(f"{base}/su-kien/moi/")
    fill_event(
        page,
        kind="dissemination",
        title="Hội nghị quán triệt Kết luận 52",
        day=yesterday,
        total=120,
        female=70,
    )
    page.get_by_role("button", name="Công bố sự kiện").click()
    page.get_by_text("Đã công bố sự kiện.").wait_for()
    page.goto(f"{base}/bao-cao/")
    page.get_by_role("button", name="Lập báo cáo").first.click()  # owed (top) and the plan's period row
    page.get_by_role("button", name="Sửa báo cáo").click()
    staff = page.get_by_label("Tổng số: Số lượt cán bộ, công chức, viên chức được quán triệt")
    assert staff.input_value() == "120" and staff.is_disabled()
    assert "Từ sự kiện: 1 sự kiện" in page.content()

    page.goto(f"{base}/su-kien/kien-nghi/")
    page.get_by_role("link", name="Trả lời").click()
    page.get_by_label("Nội dung trả lời, kết quả giải quyết").fill(
        "Sở Nội vụ đã trình UBND tỉnh đề án nhà ở công vụ."
    )
    page.get_by_role("button", name="Gửi trả lời").click()
    page.get_by_text("Đã gửi nội dung trả lời kiến nghị.").wait_for()

    login(page, base, world["leader"].username)
    page.goto(dialogue_url)
    page.get_by_role("link", name="Kết quả giải quyết các kiến nghị tại cuộc đối thoại này").click()
    page.locator("#followup-answered > summary").click()  # the answered ones are folded (#15.5)
    table = page.locator("#followup-answered-list").inner_text()
    assert "Đã trả lời" in table and "đề án nhà ở công vụ" in table
    assert page.locator("#followup-counts").inner_text().split()[0] == "1"
