"""#12.5: the preview a coordinator works through — grouped Vietnamese warnings with their fixes, bodies outside
the province, the issuer's province, and structural corrections that are undoable and stored only on confirm."""

import datetime as dt
import re

import pytest
from django.urls import reverse

from trithuc.agencies.models import Agency
from trithuc.agencies.selectors import body_scope, place_named, province_home
from trithuc.core.errors import ServiceError
from trithuc.plans.import_selectors import WARNING_LABELS, import_preview
from trithuc.plans.models import Assignment, Plan, PlanImport, PlanItem
from trithuc.plans.services.plan_import import (
    plan_import_confirm,
    plan_import_correct,
    plan_import_effective,
    plan_import_fix,
    plan_import_start,
    plan_import_undo,
)
from trithuc.plans.tests.import_plans import small_plan


@pytest.fixture
def draft(no_plans, coordinator):
    """The small plan's draft in a system without plans: "nothing stored before confirmation" can be checked."""
    return plan_import_start(actor=coordinator, text=small_plan())


def _rows(draft):
    draft.refresh_from_db()
    parsed, _ = plan_import_effective(draft)
    return {row["ref"]: row for row in parsed["items"]}


def _fix(coordinator, draft, **correction):
    """One correction through the service; the test's draft object is refreshed as a new request would be."""
    try:
        return plan_import_fix(actor=coordinator, plan_import=draft, correction=correction)
    finally:
        draft.refresh_from_db()


def test_the_small_plan_reads_as_the_tests_expect(draft):
    rows = _rows(draft)
    assert [r for r in rows if rows[r]["kind"] == "task"] == ["II.1", "II.2", "II.3", "II.4", "II.5", "III.1"]
    # II.4 holds two activities in one sentence, left whole, and no owner can be inferred for it (section III
    # names no coordinator of the plan): the split and the "no owner" warning below rely on both.
    assert rows["II.4"]["text"].startswith("Tổ chức hội nghị") and "; rà soát văn bản" in rows["II.4"]["text"]
    assert rows["II.4"]["lead"] == [] and rows["II.4"]["deadline"] == "2026-12-31"


def test_warnings_are_grouped_by_kind_with_vietnamese_labels(draft):
    preview = import_preview(draft)
    groups = {g.code: g for g in preview.groups}
    assert set(groups) == {"unmatched_agency", "no_owner"}
    assert groups["unmatched_agency"].label == "Cơ quan chưa có trong danh mục"
    assert [e["phrase"].phrase for e in groups["unmatched_agency"].entries] == ["Kho bạc Nhà nước khu vực"]
    assert groups["unmatched_agency"].entries[0]["phrase"].suggestions  # the fix: agencies to pick
    assert [e["ref"] for e in groups["no_owner"].entries] == ["II.4"]
    assert groups["no_owner"].fix == "lead"
    # Every code the parser may raise has its label in the one table.
    assert {"missing_number", "no_owner", "unmatched_agency", "ambiguous_deadline"} <= WARNING_LABELS.keys()


def test_central_bodies_and_vague_phrases_are_outside_the_province_not_unknown(draft):
    preview = import_preview(draft)
    outside = {p.phrase: p.scope for p in preview.outside}
    assert outside["Bộ Nội vụ"] == "central"
    assert any(scope == "related" and "có liên quan" in phrase for phrase, scope in outside.items())
    assert not {p.phrase for p in preview.unmatched} & outside.keys()


@pytest.mark.parametrize(
    ("phrase", "scope"),
    [
        ("Chính phủ", "central"),
        ("Thủ tướng Chính phủ", "central"),
        ("Bộ Tài chính", "central"),
        ("các Bộ, ngành", "central"),
        ("Các bộ", "central"),  # the ministries, all of them
        ("Các bộ phận", None),
        ("Các tổ chức chính trị - xã hội", None),  # the province's own, or the nation's: the coordinator says
        ("Văn phòng Chính phủ", "central"),
        ("Ban Tổ chức Trung ương", "central"),
        ("Ủy ban Thường vụ Quốc hội", "central"),
        ("Bảo hiểm xã hội Việt Nam", "central"),
        ("các cơ quan, đơn vị có liên quan", "related"),
        ("Các cơ quan, đơn vị", "related"),  # generic nouns only: no body is named
        ("các đơn vị, địa phương", "related"),
        ("các lực lượng", "related"),
        ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", None),
        ("Các đơn vị sự nghiệp công lập", None),  # a kind of body the coordinator can map to a group
        ("UBND tỉnh Nghệ An", "other_province"),
        ("Ủy ban nhân dân thành phố Bảo Lộc", None),  # a city of this province (in the catalogue)
        ("UBND tỉnh Đắk Nông", None),  # a province merged into this one
        ("Bộ Chỉ huy Quân sự tỉnh", None),
        ("Bộ phận một cửa", None),
        ("Ủy ban MTTQ Việt Nam tỉnh", None),
        ("Sở Tư pháp", None),
        ("Tỉnh ủy", None),
        ("Chi cục Hải quan khu vực V", "central"),
        ("Ngân hàng Nhà nước khu vực 12", "central"),
        ("Kho bạc Nhà nước khu vực", None),  # no numbered region: may be the province's own office
        ("Các doanh nghiệp công nghệ số", "non_state"),
        ("Doanh nghiệp viễn thông", "non_state"),
        ("Liên minh Hợp tác xã", None),  # the province's union of cooperatives is a body
        ("Ban Chỉ đạo quốc gia", "central"),  # a national steering body and its office
        ("Văn phòng Ban Chỉ đạo quốc gia 1237", "central"),
        ("Hội đồng quốc gia Giáo dục và Phát triển nhân lực", "central"),
        ("Trung tâm dữ liệu quốc gia", "central"),  # a national centre, institute or fund
        ("Các Trung tâm dữ liệu quốc gia 02 và 03", "central"),
        ("Mỗi Trung tâm dữ liệu quốc gia", "central"),
        ("Quỹ Phát triển khoa học và công nghệ quốc gia", "central"),
        ("Trung tâm Phục vụ hành chính công tỉnh", None),
        ("Vườn quốc gia Bidoup - Núi Bà", None),  # a national park the province manages
        ("Tư lệnh các quân khu", "central"),  # the army's regions answer to the Ministry of Defence
        ("Quân khu 7", "central"),
        ("Bí thư Tỉnh ủy Gia Lai", "other_province"),  # a party committee names its province
        ("Thành ủy Hải Phòng", "other_province"),
        ("Tỉnh ủy Đắk Nông", None),  # a province merged into this one
        ("các đồng chí Bộ trưởng", "central"),  # the ministers, however they are addressed
        ("Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "central"),
    ],
)
def test_body_scope_follows_the_kind_of_body(agencies, phrase, scope):
    assert body_scope(phrase, province_home()) == scope


def test_the_province_comes_from_the_database(agencies):
    home = province_home()
    agency = Agency.objects.get(code="ubnd-tinh")
    assert home.agency == agency and home.place and home.place in agency.name
    # Renaming the province's agency is enough to set the system up for another province.
    Agency.objects.filter(pk=agency.pk).update(name="Ủy ban nhân dân tỉnh Nghệ An")
    assert province_home().place == "Nghệ An"


def test_a_central_bodys_letter_to_a_company_elsewhere_is_no_other_provinces(coordinator):
    """A ministry's department writes to a company whose address names another province: the letterhead is the
    lines over the number, and a central issuer has no province (the page had said "Cục Hóa chất (Lào Cai))")."""
    letter = (
        "BỘ CÔNG THƯƠNG CỤC HÓA CHẤT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 15/HC-QLHC\nHà Nội, ngày 20 tháng 5 năm 2025\nV/v bổ sung hồ sơ\n"
        "Kính gửi: Công ty Cổ phần Vận tải Hòa Bình\n(địa chỉ: Khu công nghiệp Kim Thành, tỉnh Nghệ An)\n"
        "Cục Hóa chất đề nghị Công ty bổ sung hồ sơ trước ngày 30/5/2025.\n"
    )
    preview = import_preview(plan_import_start(actor=coordinator, text=letter))
    assert preview.document["issuer"] == "Cục Hóa chất"
    assert preview.issuer_place == ""
    assert "other_province" not in [g.code for g in preview.groups]


def test_a_place_in_brackets_is_the_place_without_them(agencies):
    assert place_named("Công ty X (tỉnh Nghệ An)") == "Nghệ An"


def test_a_plan_of_another_province_is_flagged(coordinator):
    draft = plan_import_start(actor=coordinator, text=small_plan("NGHỆ AN", "Nghệ An"))
    preview = import_preview(draft)
    # the letterhead's "ỦY BAN NHÂN DÂN" over "TỈNH NGHỆ AN" is one issuer, whose name says the place
    assert preview.issuer_place == "Nghệ An"
    assert preview.groups[0].code == "other_province"
    assert "không phải" in preview.groups[0].entries[0]["message"]


def test_a_plan_of_this_province_is_not_flagged(draft):
    preview = import_preview(draft)
    assert preview.issuer_place and "other_province" not in {g.code for g in preview.groups}


def test_fixing_an_agency_and_an_owner_clears_their_warnings(coordinator, draft):
    _fix(coordinator, draft, op="agency", phrase="Kho bạc Nhà nước khu vực", choice="agency:so-tai-chinh")
    _fix(coordinator, draft, op="lead", ref="II.4", choice="agency:so-tu-phap")
    assert not import_preview(draft).groups
    plan = plan_import_confirm(actor=coordinator, plan_import=draft)
    assert plan.items.get(ref="II.2").assignments.get(role="lead").agency.code == "so-tai-chinh"
    lead = plan.items.get(ref="II.4").assignments.get(role="lead")
    assert (lead.agency.code, lead.source) == ("so-tu-phap", Assignment.Source.EXPLICIT)


def test_move_under_another_parent_renames_the_item_and_is_undoable(coordinator, draft):
    _fix(coordinator, draft, op="move", ref="II.5", parent="III")
    rows = _rows(draft)
    assert "II.5" not in rows and rows["III.5"]["parent"] == "III"
    assert list(rows).index("III.5") > list(rows).index("III.1")  # last child of its new parent
    assert not PlanItem.objects.exists()  # nothing stored before confirmation
    draft.refresh_from_db()
    plan_import_undo(actor=coordinator, plan_import=draft, correction_id=draft.corrections[-1]["id"])
    rows = _rows(draft)
    assert rows["II.5"]["parent"] == "II" and "III.5" not in rows


def test_move_refuses_a_cycle(coordinator, draft):
    with pytest.raises(ServiceError, match="chính nó"):
        _fix(coordinator, draft, op="move", ref="II", parent="II.3")
    draft.refresh_from_db()
    assert draft.corrections == []


def test_level_down_and_up(coordinator, draft):
    _fix(coordinator, draft, op="level", ref="II.3", direction="down")
    rows = _rows(draft)
    assert rows["II.2.3"]["parent"] == "II.2"
    _fix(coordinator, draft, op="level", ref="II.2.3", direction="up")
    rows = _rows(draft)
    assert rows["II.3"]["parent"] == "II"
    assert list(rows)[list(rows).index("II.2") + 1] == "II.3"
    with pytest.raises(ServiceError, match="cấp cao nhất"):
        _fix(coordinator, draft, op="level", ref="II", direction="up")
    with pytest.raises(ServiceError, match="đứng trước"):
        _fix(coordinator, draft, op="level", ref="II.1", direction="down")


def test_merge_joins_text_and_owners_and_undo_restores_both(coordinator, draft):
    before = _rows(draft)
    _fix(coordinator, draft, op="merge", ref="II.2", into="II.1")
    rows = _rows(draft)
    assert "II.2" not in rows
    assert rows["II.1"]["text"] == before["II.1"]["text"] + " " + before["II.2"]["text"]
    assert rows["II.1"]["lead"] == ["Sở Khoa học và Công nghệ", "Kho bạc Nhà nước khu vực"]
    draft.refresh_from_db()
    plan_import_undo(actor=coordinator, plan_import=draft, correction_id=draft.corrections[-1]["id"])
    assert _rows(draft) == before


def test_split_makes_a_sibling_with_its_own_deadline(coordinator, draft):
    text = _rows(draft)["II.4"]["text"]
    at = text.index("rà soát")
    _fix(coordinator, draft, op="split", ref="II.4", at=at)
    rows = _rows(draft)
    assert rows["II.4"]["text"] == "Tổ chức hội nghị sơ kết việc thực hiện Kế hoạch;"
    new = [r for r in rows if r.startswith("II.4") and r != "II.4"]
    assert len(new) == 1 and rows[new[0]]["parent"] == "II"
    assert rows[new[0]]["text"].startswith("rà soát văn bản")
    assert rows[new[0]]["deadline"] == "2026-12-31" and rows["II.4"]["deadline"] is None
    with pytest.raises(ServiceError, match="Chỗ tách"):
        _fix(coordinator, draft, op="split", ref="II.1", at=0)


def test_undoing_a_split_drops_the_corrections_that_needed_it(coordinator, draft):
    text = _rows(draft)["II.4"]["text"]
    _fix(coordinator, draft, op="split", ref="II.4", at=text.index("rà soát"))
    draft.refresh_from_db()
    split_id = draft.corrections[-1]["id"]
    new_ref = next(r for r in _rows(draft) if r.startswith("II.4") and r != "II.4")
    _fix(coordinator, draft, op="kind", ref=new_ref, kind="note")
    _fix(coordinator, draft, op="kind", ref="II.1", kind="note")
    draft.refresh_from_db()
    removed = plan_import_undo(actor=coordinator, plan_import=draft, correction_id=split_id)
    assert len(removed) == 2  # the split and the correction of the item it made
    draft.refresh_from_db()
    assert [c["op"] for c in draft.corrections] == ["kind"] and _rows(draft)["II.1"]["kind"] == "note"


def test_heading_as_task_and_task_as_not_one(coordinator, draft):
    _fix(coordinator, draft, op="kind", ref="I.1", kind="task")
    _fix(coordinator, draft, op="kind", ref="II.5", kind="note")
    preview = import_preview(draft)
    assert "I.1" in {e["ref"] for g in preview.groups if g.code == "no_owner" for e in g.entries}
    _fix(coordinator, draft, op="lead", ref="I.1", choice="agency:so-khcn")
    plan = plan_import_confirm(actor=coordinator, plan_import=draft)
    assert plan.items.get(ref="I.1").kind == PlanItem.Kind.TASK
    assert plan.items.get(ref="II.5").kind == PlanItem.Kind.NOTE


def test_confirm_applies_every_correction_with_consistent_refs(coordinator, draft):
    text = _rows(draft)["II.4"]["text"]
    _fix(coordinator, draft, op="split", ref="II.4", at=text.index("rà soát"))
    _fix(coordinator, draft, op="move", ref="II.5", parent="III")
    _fix(coordinator, draft, op="level", ref="II.3", direction="down")
    _fix(coordinator, draft, op="merge", ref="I.1", into="I")
    assert not Plan.objects.exists() and not PlanItem.objects.exists()
    plan = plan_import_confirm(actor=coordinator, plan_import=draft)
    items = {i.ref: i for i in plan.items.select_related("parent")}
    assert "I.1" not in items and "Nâng cao hiệu quả" in items["I"].text
    assert items["III.5"].parent.ref == "III" and items["III.5"].text.startswith("Sở Tài chính")
    assert items["II.2.3"].parent.ref == "II.2"
    split = [r for r in items if r.startswith("II.4") and r != "II.4"]
    assert len(split) == 1 and items[split[0]].deadline == dt.date(2026, 12, 31)
    for ref, item in items.items():  # every ref extends its parent's ref
        assert item.parent is None or ref.startswith(item.parent.ref)
    assert [i.ref for i in plan.items.order_by("position")][:3] == ["I", "II", "II.1"]


def test_older_item_edits_are_corrections_too_and_undoable(coordinator, draft):
    plan_import_correct(
        actor=coordinator, plan_import=draft, item_edits={"II.1": {"deadline": "2026-08-31", "kind": "note"}}
    )
    draft.refresh_from_db()
    assert [c["op"] for c in draft.corrections] == ["kind", "deadline"]
    assert draft.parsed["items"][3]["kind"] == "task"  # the parser's reading is kept as it was
    plan_import_undo(actor=coordinator, plan_import=draft, correction_id=draft.corrections[0]["id"])
    rows = _rows(draft)
    assert (rows["II.1"]["kind"], rows["II.1"]["deadline"]) == ("task", "2026-08-31")


def test_corrections_are_refused_after_confirmation(coordinator, draft):
    _fix(coordinator, draft, op="kind", ref="II.1", kind="note")
    plan_import_confirm(actor=coordinator, plan_import=draft)
    draft.refresh_from_db()
    with pytest.raises(ServiceError, match="không còn ở bước xem trước"):
        _fix(coordinator, draft, op="kind", ref="II.2", kind="note")
    with pytest.raises(ServiceError):
        plan_import_undo(actor=coordinator, plan_import=draft, correction_id=draft.corrections[0]["id"])


def test_only_coordinators_correct(reporter_a, draft):
    with pytest.raises(ServiceError):
        _fix(reporter_a, draft, op="kind", ref="II.1", kind="note")


# ---- the page ---------------------------------------------------------------------------------------------


def test_page_shows_warnings_first_in_vietnamese_and_folds_sections(client, coordinator, draft):
    client.force_login(coordinator)
    page = client.get(reverse("plans:import_detail", args=[draft.pk])).content.decode()
    assert "unmatched_agency" not in page and "no_owner" not in page
    assert page.index("Cơ quan chưa có trong danh mục") < page.index("Các mục theo phần")
    assert page.index("Nhiệm vụ chưa có cơ quan chủ trì") < page.index('id="row-II-1"')
    assert page.count('class="import-section"') == 3
    assert "Cơ quan ngoài tỉnh, trung ương, doanh nghiệp" in page and "Bộ Nội vụ" in page
    assert 'aria-label="Cơ quan cho Kho bạc Nhà nước khu vực"' in page
    assert 'aria-label="Chọn cơ quan chủ trì II.4"' in page
    assert ">Nội dung chung (không phải nhiệm vụ)<" in page  # labelled options, no one-letter dropdowns
    assert "<script>" not in page  # the CSP forbids inline scripts


def test_the_owner_picker_of_a_task_without_suggestion_starts_blank(client, coordinator, draft):
    """II.4 has no owner and no suggestion: its picker must not start on the first body of the list (a group of
    central ministries), where one click on "Giao chủ trì" would give them the task; it starts blank and required."""
    client.force_login(coordinator)
    page = client.get(reverse("plans:import_detail", args=[draft.pk])).content.decode()
    select = re.search(
        r'<select name="choice" required aria-label="Chọn cơ quan chủ trì II.4">.*?</select>', page, re.S
    )
    assert select is not None
    options = re.findall(r"<option[^>]*>", select.group(0))
    assert options[0] == '<option value="" selected>' and not any("selected" in o for o in options[1:])
    with pytest.raises(ServiceError, match="Hãy chọn cơ quan chủ trì"):
        _fix(coordinator, draft, op="lead", ref="II.4", choice="")
    assert draft.corrections == []


def test_page_fix_then_undo(client, coordinator, draft):
    client.force_login(coordinator)
    response = client.post(
        reverse("plans:import_fix", args=[draft.pk]),
        {"op": "merge", "ref": "II.2", "into": "II.1"},
        follow=True,
    )
    body = response.content.decode()
    assert "Đã sửa: Gộp mục II.2 vào mục II.1" in body and "Hoàn tác" in body
    draft.refresh_from_db()
    correction = draft.corrections[0]["id"]
    response = client.post(reverse("plans:import_undo", args=[draft.pk, correction]), follow=True)
    assert "Đã hoàn tác: Gộp mục II.2 vào mục II.1" in response.content.decode()
    draft.refresh_from_db()
    assert draft.corrections == [] and "II.2" in _rows(draft)


def test_page_reports_a_bad_correction_in_vietnamese(client, coordinator, draft):
    client.force_login(coordinator)
    response = client.post(
        reverse("plans:import_fix", args=[draft.pk]),
        {"op": "move", "ref": "II.1", "parent": "X.9"},
        follow=True,
    )
    assert "Không có mục X.9 trong bản nháp." in response.content.decode()
    response = client.post(
        reverse("plans:import_fix", args=[draft.pk]),
        {"op": "deadline", "ref": "II.1", "deadline": "31/13/2026"},
        follow=True,
    )
    assert "Ngày không hợp lệ ở mục II.1" in response.content.decode()
    draft.refresh_from_db()
    assert draft.corrections == [] and draft.status == PlanImport.Status.PREVIEW


def test_an_unclear_deadline_is_fixed_beside_it_and_an_unknown_code_is_never_shown(
    client, coordinator, draft
):
    parsed = draft.parsed
    parsed["warnings"] += [
        {"ref": "II.3", "code": "ambiguous_deadline", "message": "Thời hạn “trong năm 2026” chưa rõ."},
        {"ref": "II.1", "code": "some_new_check", "message": "Mục này cần xem lại."},
    ]
    PlanImport.objects.filter(pk=draft.pk).update(parsed=parsed)
    client.force_login(coordinator)
    page = client.get(reverse("plans:import_detail", args=[draft.pk])).content.decode()
    assert "Thời hạn chưa rõ" in page and 'aria-label="Thời hạn của II.3"' in page
    assert "Cần kiểm tra" in page and "Mục này cần xem lại." in page and "some_new_check" not in page
    client.post(
        reverse("plans:import_fix", args=[draft.pk]),
        {"op": "deadline", "ref": "II.3", "deadline": "30/11/2026"},
    )
    draft.refresh_from_db()
    assert "ambiguous_deadline" not in {g.code for g in import_preview(draft).groups}
    assert _rows(draft)["II.3"]["deadline"] == "2026-11-30"


SUGGESTED = (
    "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nSố: 41/KH-UBND\nLâm Đồng, ngày 3 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Phát triển dữ liệu số năm 2026\n"
    "I. NHIỆM VỤ\n"
    "1. Xây dựng kho dữ liệu dùng chung của tỉnh.\n"
    "2. Số hóa hồ sơ lưu trữ của các cơ quan.\n"
    "3. Tổ chức tập huấn kỹ năng số cho công chức.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Khoa học và Công nghệ là cơ quan đầu mối, chủ trì theo dõi, đôn đốc thực hiện Kế hoạch này.\n"
    "2. Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch.\n"
)


def test_the_suggested_owners_are_accepted_at_once_and_undone_at_once(
    client, coordinator, no_plans, agencies
):
    """A plan of many unowned tasks gets one suggestion each (its coordinating body): one correction accepts them
    all instead of one click per task, and one undo takes them back."""
    draft = plan_import_start(actor=coordinator, text=SUGGESTED)
    groups = {g.code: g for g in import_preview(draft).groups}
    inferred = {ref for ref, row in _rows(draft).items() if row.get("lead_source") == "inferred"}
    assert len(inferred) >= 2 and groups["no_owner"].suggested == len(inferred)
    client.force_login(coordinator)
    page = client.get(reverse("plans:import_detail", args=[draft.pk])).content.decode()
    assert f"Giao chủ trì theo gợi ý cho cả {len(inferred)} nhiệm vụ" in page

    response = client.post(
        reverse("plans:import_fix", args=[draft.pk]), {"op": "suggested_leads"}, follow=True
    )
    assert f"Đã sửa: Giao chủ trì theo gợi ý cho {len(inferred)} nhiệm vụ" in response.content.decode()
    rows = _rows(draft)
    assert all(rows[ref]["lead_source"] == "explicit" for ref in inferred)
    assert "no_owner" not in {g.code for g in import_preview(draft).groups}
    assert not Plan.objects.exists()  # nothing stored before confirmation

    # Sent again with nothing left to accept: refused in Vietnamese, nothing recorded.
    with pytest.raises(ServiceError, match="Không còn nhiệm vụ nào có cơ quan chủ trì gợi ý"):
        _fix(coordinator, draft, op="suggested_leads")
    assert len(draft.corrections) == 1

    plan_import_undo(actor=coordinator, plan_import=draft, correction_id=draft.corrections[0]["id"])
    assert all(row["lead_source"] == "inferred" for ref, row in _rows(draft).items() if ref in inferred)

    _fix(coordinator, draft, op="suggested_leads")
    plan = plan_import_confirm(actor=coordinator, plan_import=draft)
    for ref in inferred:
        lead = plan.items.get(ref=ref).assignments.get(role=Assignment.Role.LEAD)
        assert lead.agency.code == "so-khcn"


MANY_UNOWNED = (
    "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nSố: 41/KH-UBND\nLâm Đồng, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Số hóa dữ liệu năm 2026\nI. NHIỆM VỤ\n"
    + "".join(f"{k}. Rà soát, cập nhật nhóm dữ liệu thứ {k} của ngành.\n" for k in range(1, 13))
)


def test_a_long_warning_group_shows_ten_fixes_and_folds_the_rest(client, coordinator, no_plans):
    """A 133 KB plan of another province had 89 tasks without owner: one picker each made the warnings 11,000 px
    tall. The first ten stay open; the rest fold under "Xem thêm N mục" (no script: the CSP forbids inline ones)."""
    draft = plan_import_start(actor=coordinator, text=MANY_UNOWNED)
    client.force_login(coordinator)
    page = client.get(reverse("plans:import_detail", args=[draft.pk])).content.decode()
    group = page[page.index("Nhiệm vụ chưa có cơ quan chủ trì") :]
    group = group[
        : group.index("</details>\n</details>") if "</details>\n</details>" in group else len(group)
    ]
    shown, folded = group.split('<details class="warning-more">')
    assert shown.count('class="warning-entry"') == 10
    assert "Xem thêm 2 mục" in folded and folded.count('class="warning-entry"') == 2
    assert 'aria-label="Chọn cơ quan chủ trì I.12"' in folded


CIRCULAR = (
    "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 19/2023/TT-BLĐTBXH\nHà Nội, ngày 29 tháng 12 năm 2023\nTHÔNG TƯ\n"
    "Ban hành bổ sung Danh mục nghề, công việc nặng nhọc, độc hại, nguy hiểm\n"
    "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định danh mục nghề, công việc nặng nhọc, độc hại, nguy hiểm.\n"
    "Điều 2. Trách nhiệm thi hành\n1. Sở Nội vụ hướng dẫn các doanh nghiệp thực hiện.\n"
)


def test_a_legal_normative_document_is_flagged_first(coordinator):
    """A circular, a decree or a law uploaded by mistake: its articles are rules for everyone, not tasks; the page
    says so first, in Vietnamese, and still lets the coordinator go on (some carry a duty or two)."""
    preview = import_preview(plan_import_start(actor=coordinator, text=CIRCULAR))
    assert preview.document["type"] == "Thông tư"
    group = preview.groups[0]
    assert (group.code, group.label) == ("legal_norm", "Văn bản quy phạm pháp luật, không phải kế hoạch")
    assert "“Thông tư 19/2023/TT-BLĐTBXH” là văn bản quy phạm pháp luật" in group.entries[0]["message"]


def test_a_plan_is_not_flagged_as_a_legal_normative_document(coordinator):
    preview = import_preview(plan_import_start(actor=coordinator, text=small_plan()))
    assert preview.document["type"] == "Kế hoạch"
    assert "legal_norm" not in [g.code for g in preview.groups]
