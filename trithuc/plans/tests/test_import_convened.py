"""A working group or steering committee named as an owner is neither an unknown agency nor a catalogue entry: the
preview lists it with its kind and lets the coordinator give it to the agency that hosts it."""

from django.urls import reverse

from trithuc.plans.import_selectors import import_preview
from trithuc.plans.services.plan_import import plan_import_start

PLAN = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 45/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 12 tháng 3 năm 2026
KẾ HOẠCH
Triển khai Đề án 06 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Khai thác dữ liệu dân cư phục vụ người dân.
II. NHIỆM VỤ
1. Cơ quan thường trực Tổ công tác triển khai Đề án 06 của tỉnh chủ trì tổng hợp kết quả trước ngày 20 hằng tháng.
2. Sở Khoa học và Công nghệ chủ trì, phối hợp với Ban Chỉ đạo quốc gia về chuyển đổi số xây dựng kho dữ liệu, \
hoàn thành trong quý II/2026.
III. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh theo quy định.
"""
GROUP = "Cơ quan thường trực Tổ công tác"


def test_a_working_group_is_listed_with_its_kind_not_as_an_unknown_agency(coordinator, no_plans):
    preview = import_preview(plan_import_start(actor=coordinator, text=PLAN))
    outside = {p.phrase: p.scope for p in preview.outside}
    assert outside == {GROUP: "convened", "Ban Chỉ đạo quốc gia": "central"}
    assert not preview.unmatched and "unmatched_agency" not in [g.code for g in preview.groups]


def test_the_page_offers_the_host_agency_of_a_working_group_only(client, coordinator, no_plans):
    draft = plan_import_start(actor=coordinator, text=PLAN)
    client.force_login(coordinator)
    page = client.get(reverse("plans:import_detail", args=[draft.pk])).content.decode()
    assert f"{GROUP} — <em>Ban chỉ đạo, tổ công tác, hội đồng (tổ chức phối hợp liên ngành)</em>" in page
    assert f'aria-label="Cơ quan thường trực của {GROUP}"' in page
    assert 'aria-label="Cơ quan thường trực của Ban Chỉ đạo quốc gia"' not in page  # central: nothing to pick
    assert "Cơ quan chưa có trong danh mục" not in page


def test_giving_a_working_group_to_its_host_agency_assigns_the_agency_and_is_undoable(
    client, coordinator, no_plans
):
    draft = plan_import_start(actor=coordinator, text=PLAN)
    client.force_login(coordinator)
    response = client.post(
        reverse("plans:import_fix", args=[draft.pk]),
        {"op": "agency", "phrase": GROUP, "choice": "agency:so-khcn"},
        follow=True,
    )
    body = response.content.decode()
    assert f"Cơ quan “{GROUP}” → Sở Khoa học và Công nghệ" in body and "Hoàn tác" in body
    draft.refresh_from_db()
    preview = import_preview(draft)
    lead = next(item.leads[0] for item in preview.items if item.row["ref"] == "II.1")
    assert (lead.name, lead.scope) == ("Sở Khoa học và Công nghệ", None)
    assert GROUP not in {p.phrase for p in preview.outside}
