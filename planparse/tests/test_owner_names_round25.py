"""Round 25: an owner's name ends where its work begins (invented texts, each failing without its rule)."""

from __future__ import annotations

from planparse.owners import coordinators_in, item_owners, later_subjects, scan_agency_phrase, subject_owners


def _lead(text: str) -> list[str]:
    found = subject_owners(text)
    assert found is not None
    return found.lead


def test_budgeting_verb_ends_a_division_name() -> None:
    """ "dự trù" (to budget) is the division's work, not the end of its name."""
    assert _lead("Phòng Kế hoạch - Tài chính dự trù kinh phí tổ chức hội thi.") == [
        "Phòng Kế hoạch - Tài chính"
    ]


def test_gathering_verb_ends_a_group_name() -> None:
    """ "thu thập" (to gather) after "có liên quan" begins the work of the group."""
    assert _lead("Các cơ quan, đơn vị có liên quan thu thập số liệu theo biểu mẫu.") == [
        "Các cơ quan, đơn vị có liên quan"
    ]


def test_opinion_and_directness_end_names() -> None:
    """ "cho ý kiến" and "trực tiếp" (before the verb it qualifies) are no part of a name."""
    assert _lead("Các phòng chuyên môn cho ý kiến vào dự thảo quy chế.") == ["Các phòng chuyên môn"]
    owners = item_owners("Đồng chí Lê Văn Bình trực tiếp chỉ đạo tháo gỡ vướng mắc.", "", [])
    assert owners is not None and owners[0].lead == ["Đồng chí Lê Văn Bình"]


def test_department_name_is_closed_whatever_the_verb() -> None:
    """A ministry's or department's whole name is known: a lower-case word after it is its work, even a verb no
    list holds ("rút ngắn", "soát xét")."""
    assert _lead("Sở Y tế rút ngắn thời gian cấp phép hành nghề.") == ["Sở Y tế"]
    assert _lead("Bộ Tư pháp soát xét lại các văn bản quy phạm.") == ["Bộ Tư pháp"]


def test_department_name_goes_on_with_its_list_place_and_remit() -> None:
    """What continues a department's name still does: its list, its provinces, a qualifier, an office's remit (a
    guard of the closed-name rule, true before it as well)."""
    assert scan_agency_phrase("Sở Văn hóa, Thể thao và Du lịch các tỉnh rút kinh nghiệm.")[0] == (
        "Sở Văn hóa, Thể thao và Du lịch các tỉnh"
    )
    assert coordinators_in(
        "Công an tỉnh chủ trì, phối hợp với Sở Y tế, chính quyền địa phương kiểm tra."
    ) == ["Sở Y tế, chính quyền địa phương"]
    assert (
        scan_agency_phrase("Các Sở Tư pháp nêu trên chủ động rút kinh nghiệm.")[0]
        == "Các Sở Tư pháp nêu trên"
    )
    assert scan_agency_phrase("Phó Giám đốc Sở Tư pháp phụ trách lĩnh vực hộ tịch chủ trì.")[0] == (
        "Phó Giám đốc Sở Tư pháp phụ trách lĩnh vực hộ tịch"
    )


def test_remit_ends_at_how_the_work_is_done() -> None:
    """An office-holder's remit names fields; "tiếp tục" says how the work goes on and ends it."""
    found = scan_agency_phrase(
        "Đồng chí Phó Chủ tịch phụ trách lĩnh vực văn hóa tiếp tục theo dõi tình hình."
    )
    assert found is not None and found[0] == "Đồng chí Phó Chủ tịch phụ trách lĩnh vực văn hóa"


def test_managing_bodies_keep_their_qualifier() -> None:
    """ "quản lý chuyên ngành", "quản lý nhà nước" after a body's common noun say which bodies they are."""
    assert _lead("Các sở quản lý chuyên ngành chủ trì hướng dẫn doanh nghiệp.") == [
        "Các sở quản lý chuyên ngành"
    ]
    assert _lead("Các cơ quan quản lý nhà nước hướng dẫn thủ tục.") == ["Các cơ quan quản lý nhà nước"]


def test_later_sentence_clauses_after_semicolon_have_their_own_subjects() -> None:
    """ "… . Sở A …; Sở B chịu trách nhiệm …": the body after ";" in a later sentence does its own part."""
    text = (
        "Giao Sở Nội vụ chủ trì xây dựng quy chế. Sở Tư pháp thẩm định dự thảo; Sở Tài chính chịu trách nhiệm bố trí "
        "kinh phí."
    )
    assert "Sở Tài chính" in later_subjects(text)


def test_organise_is_no_coordinating_body() -> None:
    """ "Phối hợp tổ chức tập huấn": "tổ chức" is the verb "organise", not the organisations coordinated."""
    assert coordinators_in("Phối hợp tổ chức tập huấn cho cán bộ, công chức.") == []


def test_role_after_a_dash_is_no_part_of_the_name() -> None:
    """ "Sở X - Cơ quan thường trực Ban Chỉ đạo …": the dash gives the body's role; a name with a dash stays whole."""
    assert _lead("Sở Công Thương - Cơ quan thường trực Ban Chỉ đạo tỉnh chủ trì tổng hợp báo cáo.") == [
        "Sở Công Thương"
    ]
    assert _lead("Giám đốc Sở Nội vụ - Phó Trưởng ban Thường trực Hội đồng chỉ đạo rà soát.") == [
        "Giám đốc Sở Nội vụ"
    ]
    assert _lead("Phòng Văn hóa - Xã hội chủ trì tổ chức hội thi.") == ["Phòng Văn hóa - Xã hội"]


def test_merged_department_written_with_its_head_twice_is_one_owner() -> None:
    """ "Cục Thủy sản và Cục Kiểm ngư" where the plan names one body "Cục Thủy sản và Kiểm ngư": one owner."""
    from planparse import parse_plan

    text = (
        "KẾ HOẠCH\nThực hiện chương trình bảo vệ nguồn lợi\n"
        "I. NHIỆM VỤ\n"
        "1. Cục Thủy sản và Cục Kiểm ngư chủ trì xây dựng cơ sở dữ liệu tàu cá, hoàn thành trong năm 2026.\n"
        "2. Cục Thủy sản và Kiểm ngư chủ trì tổng hợp báo cáo kết quả thực hiện Kế hoạch.\n"
    )
    leads = [i.lead for i in parse_plan(text).items if i.kind == "task"]
    assert ["Cục Thủy sản và Kiểm ngư"] in leads
    assert ["Cục Thủy sản", "Cục Kiểm ngư"] not in leads
