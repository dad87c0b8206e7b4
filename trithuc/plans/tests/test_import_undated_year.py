"""A draft that bears no date ("Số: /KH-UBND", a plan not yet signed) is still for one year when its title says so:
the preview proposes that year and a code of it, and the stored document keeps it."""

from django.urls import reverse

from trithuc.plans.import_selectors import import_preview
from trithuc.plans.models import Document
from trithuc.plans.services.plan_import import plan_import_confirm, plan_import_start

HEAD = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số:        /KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{dated}
KẾ HOẠCH
Kiểm tra công tác cải cách hành chính năm 2027 trên địa bàn tỉnh
I. NHIỆM VỤ
1. Sở Nội vụ chủ trì kiểm tra công tác cải cách hành chính tại các sở, ngành, hoàn thành trong quý III/2027.
2. Sở Tư pháp chủ trì kiểm tra việc kiểm soát thủ tục hành chính, hoàn thành trong quý IV/2027.
"""
UNDATED = HEAD.format(dated="Lâm Đồng, ngày      tháng      năm 2026")
DATED = HEAD.format(dated="Lâm Đồng, ngày 20 tháng 12 năm 2026")


def test_an_undated_draft_takes_the_year_its_title_is_for(client, coordinator, no_plans):
    draft = plan_import_start(actor=coordinator, text=UNDATED)
    assert import_preview(draft).document["year"] == 2027
    client.force_login(coordinator)
    page = client.get(reverse("plans:import_detail", args=[draft.pk])).content.decode()
    assert 'name="year" value="2027"' in page
    assert 'name="code" value="kh-2027"' in page
    plan = plan_import_confirm(actor=coordinator, plan_import=draft)
    assert plan.document.year == 2027 and plan.document.issued_on is None


def test_a_dated_plan_keeps_the_year_it_was_issued(coordinator, no_plans):
    """Guard: a plan for 2027 issued on 20/12/2026 is the document of 2026, as its date says."""
    draft = plan_import_start(actor=coordinator, text=DATED)
    plan_import_confirm(actor=coordinator, plan_import=draft)
    assert Document.objects.get().year == 2026
