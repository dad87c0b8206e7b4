"""Round 56 (owners): kinds of organisation in a list of owners; the body that leads a scheme's or plan's tasks as a
whole; a group's duty against a named body's; the work's course before the subject; a subject that names no particular
body refers back to the bodies named above (synthetic texts)."""

from __future__ import annotations

from planparse.owners import refers_back, subject_owners
from planparse.tests.reading import items_by_ref

HEAD = "ỦY BAN NHÂN DÂN TỈNH BẮC SƠN\nSố: 41/KH-UBND\nBắc Sơn, ngày 03 tháng 3 năm 2029\nKẾ HOẠCH\n"
END = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"


# 1. "tổ chức" before the kind of organisation it is, in a list of owners


def test_kinds_of_organisation_go_on_with_the_list_of_owners() -> None:
    """ "…, tổ chức xã hội, tổ chức tôn giáo vận động …": each "tổ chức <kind>" is a member of the list, not the verb
    "organise" that ended the name after the first body (before: the Front alone)."""
    found = subject_owners(
        "Ủy ban Mặt trận Tổ quốc xã, tổ chức xã hội, tổ chức tôn giáo vận động nhân dân giữ gìn vệ sinh môi trường."
    )
    assert found is not None
    assert found.lead == ["Ủy ban Mặt trận Tổ quốc xã", "tổ chức xã hội", "tổ chức tôn giáo"]


def test_organising_after_a_list_comma_is_still_the_verb() -> None:
    """ "…, tổ chức tuyên truyền …", "…, tổ chức xã hội hóa …": the work, not a kind of organisation."""
    found = subject_owners("Các cơ quan, đơn vị, tổ chức tuyên truyền về phòng chống dịch bệnh.")
    assert found is not None and found.lead == ["Các cơ quan, đơn vị"]
    found = subject_owners("Phòng Văn hóa - Thông tin, tổ chức xã hội hóa các hoạt động thể thao quần chúng.")
    assert found is not None and found.lead == ["Phòng Văn hóa - Thông tin"]


# 2. The body that leads a scheme's (or a plan's) tasks as a whole owns the items no duty carries out

SCHEME = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 77/QĐ-TTg\nHà Nội, ngày 03 tháng 3 năm 2029\nQUYẾT ĐỊNH\n"
    "Phê duyệt Đề án phát triển làng nghề truyền thống đến năm 2035\n"
    "Điều 1. Phê duyệt Đề án phát triển làng nghề truyền thống đến năm 2035 với các nội dung chủ yếu sau:\n"
    "I. NHIỆM VỤ VÀ GIẢI PHÁP\n"
    "1. Khôi phục các nghề thủ công đã mai một ở vùng núi phía Bắc.\n"
    "2. Lập bản đồ số các di sản nghề đan lát, dệt thổ cẩm.\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Bộ Văn hóa, Thể thao và Du lịch: Chủ trì tổ chức triển khai các nhiệm vụ, giải pháp thuộc lĩnh vực quản lý "
    "tại Đề án này.\n"
    "2. Bộ Tài chính: Bố trí kinh phí thường xuyên cho các bộ theo quy định.\n"
    "Điều 3. Quyết định này có hiệu lực từ ngày ký.\n" + END
)


def test_the_body_leading_the_schemes_tasks_owns_the_unlinked_items() -> None:
    """ "Chủ trì tổ chức triển khai các nhiệm vụ, giải pháp … tại Đề án này": the scheme's lead ministry, as "chủ trì
    … triển khai thực hiện Kế hoạch" names a plan's (before: no owner suggested)."""
    items = items_by_ref(SCHEME)
    assert items["I.1"].lead == ["Bộ Văn hóa, Thể thao và Du lịch"]
    assert items["I.2"].lead == ["Bộ Văn hóa, Thể thao và Du lịch"]


def test_leading_one_activity_of_the_plan_names_no_plan_lead() -> None:
    """ "Chủ trì tổ chức các hoạt động truyền thông trong Kế hoạch" (no "này", one field) leads that field only."""
    items = items_by_ref(
        SCHEME.replace(
            "Chủ trì tổ chức triển khai các nhiệm vụ, giải pháp thuộc lĩnh vực quản lý tại Đề án này.",
            "Chủ trì tổ chức các hoạt động truyền thông trong Đề án.",
        )
    )
    assert items["I.1"].lead == []


# 3. A group's duty against a named body's

EMULATION = (
    HEAD + "Tổ chức đợt thi đua chào mừng Đại hội\n"
    "I. NỘI DUNG\n"
    "1. Đẩy mạnh tuyên truyền mục đích, ý nghĩa của đợt thi đua; phát hiện, nhân rộng các gương người tốt, việc tốt.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Văn hóa và Thể thao: Phát hiện, nhân rộng các gương người tốt, việc tốt trên báo chí.\n"
    "2. Các cơ quan, đơn vị: Tuyên truyền mục đích, ý nghĩa của đợt thi đua đến cán bộ, công chức.\n" + END
)


def test_a_named_bodys_duty_outweighs_a_groups_about_as_near() -> None:
    """Both duties carry out the item; the group named by its kind ("Các cơ quan, đơn vị") shares a little more of its
    words, the named department leads (before: the group, the department its coordinator)."""
    item = items_by_ref(EMULATION)["I.1"]
    assert item.lead == ["Sở Văn hóa và Thể thao"]
    assert item.lead_source == "section_III"


# 4. The work's course before the subject


def test_the_works_course_opens_the_sentence_before_its_subject() -> None:
    """ "Trong quá trình các thôn tổ chức lấy ý kiến cử tri, Phòng Nội vụ có trách nhiệm …": the clause says when,
    as "Khi …," does; the body after its comma owns the work (before: no subject read)."""
    found = subject_owners(
        "Trong quá trình các thôn tổ chức lấy ý kiến cử tri và tổng hợp biên bản, Phòng Nội vụ có trách nhiệm "
        "theo dõi, đôn đốc tiến độ."
    )
    assert found is not None and found.lead == ["Phòng Nội vụ"]


# 5. A subject that names no particular body refers back to the bodies named above


def test_the_chairs_of_the_communes_named_above_are_those_communes() -> None:
    """ "Giao UBND các xã: Tân Lập, Yên Bình:" over "- Chủ tịch UBND các xã chỉ đạo …": the communes named (before:
    "Chủ tịch UBND các xã", a reader gives the two communes)."""
    text = (
        HEAD + "Lập quy hoạch chung các xã năm 2029\n"
        "I. NHIỆM VỤ\n"
        "1. Giao UBND các xã: Tân Lập, Yên Bình:\n"
        "- Hoàn thành hồ sơ nhiệm vụ quy hoạch gửi Sở Xây dựng trước ngày 30/4/2029.\n"
        "- Chủ tịch UBND các xã chỉ đạo các bộ phận chuyên môn phối hợp với đơn vị tư vấn xác định dư địa phát triển.\n"
        "- Trong quá trình lập quy hoạch, Chủ tịch UBND các xã tổ chức lấy ý kiến nhân dân.\n" + END
    )
    items = items_by_ref(text)
    for ref in ("I.1-1", "I.1-2", "I.1-3"):
        assert items[ref].lead == ["UBND xã Tân Lập", "UBND xã Yên Bình"], ref


def test_local_government_after_an_item_of_a_province_is_that_province() -> None:
    """An item of "tỉnh Bắc Sơn" (the notice's request) whose next sentence opens "Chính quyền địa phương phải gần dân
    …": the province's own government, no other owner (before: a step of "Chính quyền địa phương")."""
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 88/TB-VPCP\nHà Nội, ngày 03 tháng 3 năm 2029\nTHÔNG BÁO\n"
        "Kết luận của Thủ tướng Chính phủ tại buổi làm việc với lãnh đạo tỉnh Bắc Sơn\n"
        "I. NHIỆM VỤ THỜI GIAN TỚI\n"
        "Để phát triển kinh tế - xã hội nhanh và bền vững, đề nghị tỉnh Bắc Sơn tập trung thực hiện tốt các nhiệm vụ "
        "sau:\n"
        "1. Đẩy mạnh giải ngân vốn đầu tư công, phấn đấu giải ngân 100% kế hoạch vốn được giao.\n"
        "2. Vận hành chính quyền địa phương 02 cấp thông suốt, hiệu quả. Chính quyền địa phương phải gần dân, sát dân, "
        "nâng cao năng lực cán bộ, công chức cấp xã.\n"
        "3. Khẩn trương rà soát, điều chỉnh các quy hoạch theo thẩm quyền.\n" + END
    )
    items = items_by_ref(text)
    owned = {ref: i.lead for ref, i in items.items() if i.kind == "task" and ref.startswith("I.2")}
    assert owned and all(lead == ["tỉnh Bắc Sơn"] for lead in owned.values()), owned


def test_only_particular_bodies_above_are_referred_back_to() -> None:
    """A plural subject under a heading that itself names bodies by their kind ("Ủy ban nhân dân xã, phường") or under
    another kind of body is its own owner; a particular body is never a back-reference."""
    assert refers_back(["Chủ tịch UBND các xã"], ["UBND xã Tân Lập", "UBND xã Yên Bình"])
    assert refers_back(["Chính quyền địa phương"], ["tỉnh Bắc Sơn"])
    assert not refers_back(["Chủ tịch UBND các xã"], ["Ủy ban nhân dân xã, phường"])
    assert not refers_back(["Chủ tịch UBND các xã"], ["Sở Xây dựng"])
    assert not refers_back(["Các bộ, ngành, địa phương"], ["các bộ, ngành, địa phương, đơn vị liên quan"])
    assert not refers_back(["Sở Tài chính"], ["tỉnh Bắc Sơn"])
