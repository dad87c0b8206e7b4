"""Round 95 (set 5): a row of an appendix task table whose owner column names the agency an assignment duty stands
under, and whose closest body item is that duty, restates it in other words: the duty is the task (its owner kept,
the row's partners and timing taken) and the row is no task of its own; a row of another owner so close to a duty
stays a task (synthetic texts, another matter)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 52/KH-UBND\nAn Bình, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Tăng cường quản lý cát, sỏi lòng sông trên địa bàn tỉnh năm 2026\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nNgăn chặn tình trạng khai thác cát, sỏi trái phép trên các sông, suối.\n"
    "II. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Tổ chức tuyên truyền, phổ biến quy định pháp luật về quản lý cát, sỏi lòng sông đến người dân và doanh"
    " nghiệp.\n"
    "2. Xây dựng cơ sở dữ liệu về các mỏ cát, sỏi đã được cấp phép khai thác trên địa bàn tỉnh.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Xây dựng\n"
    "- Hướng dẫn các tổ chức, cá nhân có phương tiện thủy khai thác, vận chuyển cát, sỏi thực hiện đăng ký, đăng"
    " kiểm và lắp thiết bị giám sát hành trình theo quy định. Tạm dừng hoạt động các bến thủy nội địa tập kết cát,"
    " sỏi không đủ điều kiện.\n"
    "- Thẩm định thiết kế xây dựng các công trình kè bờ sông theo thẩm quyền.\n"
    "2. Thuế tỉnh\n"
    "- Đối chiếu sản lượng cát, sỏi kê khai với hóa đơn bán hàng của các đơn vị khai thác; đôn đốc các đơn vị nộp"
    " đủ tiền cấp quyền khai thác và các khoản thuế, phí theo quy định.\n"
    "3. Sở Tài chính\n"
    "- Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.\n"
    "Phụ lục\nDANH MỤC NHIỆM VỤ TRỌNG TÂM\n"
    "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện\n"
    "1 | Tuyên truyền, phổ biến quy định pháp luật về quản lý cát, sỏi lòng sông | Sở Nông nghiệp và Môi trường |"
    " UBND các xã, phường | Quý II/2026\n"
    "2 | Hướng dẫn đăng ký, đăng kiểm, lắp thiết bị giám sát hành trình cho phương tiện khai thác cát, sỏi; rà soát"
    " các bến thủy nội địa | Sở Xây dựng | Công an tỉnh | Quý III/2026\n"
    "3 | Kiểm tra, đối chiếu sản lượng cát, sỏi kê khai và đôn đốc nộp thuế, phí của các đơn vị khai thác | Thuế"
    " tỉnh | Sở Nông nghiệp và Môi trường | Hằng năm\n"
    "4 | Kiểm tra việc kê khai sản lượng cát, sỏi và hóa đơn bán hàng của các đơn vị khai thác | Sở Công Thương |"
    " Thuế tỉnh | Năm 2026\n"
)


def test_a_row_restating_a_duty_of_its_own_agency_is_that_duty() -> None:
    """Row 2 gives Sở Xây dựng, in its own words, the first duty under III.1 (Sở Xây dựng): III.1-1 is the task, with
    its owner, the row's partner and quarter; row 3 likewise III.2-1 of Thuế tỉnh, yearly. Neither row is a task."""
    items = items_by_ref(PLAN)
    refs = task_refs(items)
    assert {"III.1-1", "III.2-1"} <= refs
    assert not {"PL.2", "PL.3"} & refs
    assert items["PL.2"].same_as == ["III.1-1"]
    assert items["III.1-1"].lead == ["Sở Xây dựng"]
    assert items["III.1-1"].coordinators == ["Công an tỉnh"]
    assert str(items["III.1-1"].deadline.date) == "2026-09-30"
    assert items["PL.3"].same_as == ["III.2-1"]
    assert items["III.2-1"].lead == ["Thuế tỉnh"]
    assert items["III.2-1"].deadline.recurrence == "yearly"


def test_a_row_of_another_agency_stays_a_task() -> None:
    """Row 4 (Sở Công Thương) shares Thuế tỉnh's duty's words but not its agency, and row 3 restates that duty
    better: row 4 stays a task of its own and the duty keeps row 3."""
    items = items_by_ref(PLAN)
    assert "PL.4" in task_refs(items)
    assert items["III.2-1"].same_as == ["PL.3"]


def test_rows_of_a_shared_out_item_still_lend_their_owners() -> None:
    """Round 93's plan with an owner-less item beside the item its rows I.4-I.6 share out by field: the item on
    medical waste in hospitals and clinics takes Sở Y tế from row I.4 (the field "cơ sở y tế"), the row that names
    who does that field, though the row is now the note of its part."""
    from planparse.tests.test_reading_rules_round93 import PLAN as SHARED

    plan = SHARED.replace(
        "- Nâng cấp bãi chôn lấp",
        "- Hướng dẫn bệnh viện, trạm y tế và các cơ sở y tế phân loại chất thải y tế nguy hại tại nguồn.\n"
        "- Nâng cấp bãi chôn lấp",
    )
    items = items_by_ref(plan)
    assert items["PL.I.4"].same_as == ["II.1-2"]
    assert items["II.1-3"].text.startswith("Hướng dẫn bệnh viện")
    assert items["II.1-3"].lead == ["Sở Y tế"]
    assert items["PL.I.4"].implements == []
