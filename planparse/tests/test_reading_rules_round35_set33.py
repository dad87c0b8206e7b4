"""Round 35 (set 33): a letter's closing paragraph that points back at the items above and gives them one date
("… hoàn thành các nhiệm vụ nêu trên trước ngày …") dates every item that names no timing of its own, and is no
task of its own when it says nothing else (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_dates, task_refs

LETTER = (
    "ỦY BAN NHÂN DÂN TỈNH AN THÁI\nSố: 88/UBND-KT\nAn Thái, ngày 02 tháng 3 năm 2026\n"
    "Kính gửi: Giám đốc các Sở, ngành tỉnh.\n"
    "Để nâng cao chất lượng phục vụ người dân tại bộ phận một cửa, Ủy ban nhân dân tỉnh yêu cầu Giám đốc các Sở, "
    "ngành tỉnh tập trung thực hiện một số nội dung sau:\n"
    "1. Về rà soát quy trình nội bộ\n"
    "- Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính thuộc phạm vi quản lý của ngành.\n"
    "- Hoàn thành việc công khai quy trình trên cổng thông tin của tỉnh trước ngày 15/4/2026.\n"
    "2. Về số hóa hồ sơ\n"
    "Tổ chức số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực, bảo đảm kết nối với kho dữ liệu "
    "dùng chung của tỉnh.\n"
    "Giám đốc các Sở, ngành tỉnh khẩn trương chỉ đạo, bảo đảm hoàn thành trước ngày 30/6/2026 các nhiệm vụ nêu "
    "trên./.\n"
    "Nơi nhận: - Như trên; - Lưu: VT.\n"
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn C\n"
)
CLOSING = (
    "Giám đốc các Sở, ngành tỉnh khẩn trương chỉ đạo, bảo đảm hoàn thành trước ngày 30/6/2026 các nhiệm vụ nêu "
    "trên./.\n"
)


def test_a_closing_that_points_back_dates_every_undated_item_above() -> None:
    """The closing's "trước ngày 30/6/2026 … các nhiệm vụ nêu trên" reaches 1-1 and 2, which name no date; 1-2
    keeps its own."""
    items = items_by_ref(LETTER)
    assert task_dates(items) == {"1-1": "2026-06-30", "1-2": "2026-04-15", "2": "2026-06-30"}


def test_the_closing_that_only_dates_the_items_is_no_task() -> None:
    """It restates the items to their own addressees: the three items are the tasks, not four."""
    items = items_by_ref(LETTER)
    assert task_refs(items) == {"1-1", "1-2", "2"}


def test_a_closing_that_times_a_report_on_the_items_dates_none_of_them() -> None:
    """ "… báo cáo kết quả thực hiện các nhiệm vụ nêu trên trước ngày …" is the report's date, a task of its own."""
    text = LETTER.replace(
        CLOSING,
        "Giám đốc các Sở, ngành tỉnh báo cáo kết quả thực hiện các nhiệm vụ nêu trên về Sở Nội vụ trước ngày "
        "30/6/2026./.\n",
    )
    dates = task_dates(items_by_ref(text))
    assert dates["1-1"] is None and dates["2"] is None


def test_another_bodys_closing_over_the_items_dates_none_of_them() -> None:
    """A body that owns none of the items ("Sở Nội vụ … các nhiệm vụ nêu trên trước ngày …") is given its own
    work over them, not the items' date."""
    text = LETTER.replace(
        CLOSING,
        "Sở Nội vụ kiểm tra việc thực hiện các nhiệm vụ nêu trên, hoàn thành trước ngày 30/6/2026./.\n",
    )
    dates = task_dates(items_by_ref(text))
    assert dates["1-1"] is None and dates["2"] is None


def test_a_paragraph_closing_one_items_list_is_not_the_bodys_closing() -> None:
    """The same paragraph standing between item 1's dashes and item 2 closes item 1's list, not the letter: it
    dates nothing, and item 2's paragraph after it is still undated."""
    text = LETTER.replace(CLOSING, "").replace("2. Về số hóa", CLOSING.replace("./.", ".") + "2. Về số hóa")
    items = items_by_ref(text)
    assert any(ref.endswith("[closing]") for ref in items)
    dates = task_dates(items)
    assert dates["1-1"] is None and dates["2"] is None


MINISTRY = (
    "BỘ CÔNG THƯƠNG\nSố: 512/BCT-VP\nHà Nội, ngày 05 tháng 3 năm 2026\n"
    "Kính gửi: Thủ trưởng các đơn vị thuộc Bộ\n"
    "Thực hiện chỉ đạo của Thủ tướng Chính phủ, Bộ trưởng giao:\n"
    "1. Vụ Pháp chế\n"
    "- Rà soát các thông tư còn quy định điều kiện kinh doanh chồng chéo, đề xuất bãi bỏ. Năm 2026, cắt giảm 30% "
    "điều kiện kinh doanh không cần thiết. Giao Văn phòng Bộ tổng hợp kết quả thực hiện, báo cáo Lãnh đạo Bộ.\n"
    "- Hướng dẫn các đơn vị áp dụng quy trình xây dựng văn bản mới.\n"
    "2. Vụ Tổ chức cán bộ: Rà soát chức năng, nhiệm vụ của các đơn vị thuộc Bộ.\n"
    "Nơi nhận: - Như trên; - Lưu: VT.\n"
)


def test_a_later_sentence_handing_another_body_the_follow_up_is_its_task() -> None:
    """ "… . Giao Văn phòng Bộ tổng hợp kết quả thực hiện, báo cáo Lãnh đạo Bộ." under heading 1 is the office's
    task of its own (`1-1[2]`); the work before it stays the heading's (Vụ Pháp chế), not the office's."""
    items = items_by_ref(MINISTRY)
    assert items["1-1"].lead == ["Vụ Pháp chế"]
    assert "Giao Văn phòng" not in items["1-1"].text
    assert items["1-1[2]"].kind == "task"
    assert items["1-1[2]"].lead == ["Văn phòng Bộ"]
    assert items["1-2"].lead == ["Vụ Pháp chế"]


def test_a_later_giao_sentence_that_gives_the_work_itself_still_owns_the_item() -> None:
    """ "Dự án đã hoàn thành 80% khối lượng. Giao Ủy ban nhân dân xã A khẩn trương hoàn thiện hồ sơ …" gives the
    item's own work: no split, the named body owns it."""
    text = MINISTRY.replace(
        "- Hướng dẫn các đơn vị áp dụng quy trình xây dựng văn bản mới.\n",
        "- Dự án kho lưu trữ đã hoàn thành 80% khối lượng. Giao Cục Hóa chất khẩn trương hoàn thiện hồ sơ "
        "nghiệm thu.\n",
    )
    items = items_by_ref(text)
    assert "1-2[2]" not in items
    assert items["1-2"].lead == ["Cục Hóa chất"]
