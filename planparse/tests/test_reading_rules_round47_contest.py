"""Round 47 (set 44, released): a contest's rulebook is the terms of the contest, not work (synthetic text)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

CONTEST_PLAN = (
    "ỦY BAN NHÂN DÂN HUYỆN Y\nPHÒNG VĂN HÓA VÀ THÔNG TIN\nSố: 17/KH-VHTT\nY, ngày 05 tháng 5 năm 2027\nKẾ HOẠCH\n"
    "Tổ chức Cuộc thi ảnh đẹp quê hương năm 2027\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Quảng bá cảnh đẹp, con người của huyện.\n"
    "II. NỘI DUNG\n"
    "1. Thời gian: từ ngày 01/6/2027 đến ngày 30/6/2027.\n"
    "2. Cuộc thi ảnh “Quê hương em đẹp nhất”\n"
    "a) Đối tượng dự thi\n"
    "- Người dân từ đủ 16 tuổi trở lên đang sinh sống trên địa bàn huyện.\n"
    "b) Hình thức dự thi\n"
    "- Gửi ảnh chụp qua thư điện tử của Ban tổ chức kèm họ tên, số điện thoại.\n"
    "- Đăng ảnh lên trang cá nhân ở chế độ công khai kèm thẻ #QueHuongEm.\n"
    "c) Cơ cấu giải thưởng\n"
    "- Giải nhất nhận 02 triệu đồng và giấy chứng nhận.\n"
    "- Ban tổ chức trao thưởng cho người đoạt giải chậm nhất ngày 15/7/2027.\n"
    "d) Quyền của Ban tổ chức\n"
    "- Ban tổ chức có quyền sử dụng ảnh dự thi để tuyên truyền mà không phải trả thêm chi phí.\n"
    "- Ban tổ chức sẽ loại các ảnh chỉnh sửa quá mức hoặc sao chép của người khác.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Phòng Văn hóa và Thông tin chủ trì tổ chức cuộc thi, thành lập Ban giám khảo.\n"
    "2. Trung tâm Văn hóa huyện phối hợp đăng tải thể lệ trên trang thông tin điện tử.\n"
)


def test_a_contests_rulebook_holds_no_task() -> None:
    """Under "2. Cuộc thi ảnh “…”": who may enter, how to enter, the prizes and the organisers' rights are the
    contest's terms, even where "Ban tổ chức" is their subject (before: every dash under b)–d) a task)."""
    items = items_by_ref(CONTEST_PLAN)
    assert not [ref for ref in task_refs(items) if ref.startswith("II.2")], sorted(task_refs(items))


def test_the_work_handed_out_stays() -> None:
    """The bodies the plan assigns in III keep their tasks."""
    items = items_by_ref(CONTEST_PLAN)
    assert {"III.1", "III.2"} <= set(task_refs(items)), sorted(task_refs(items))


def test_organising_a_contest_is_work() -> None:
    """ "Tổ chức cuộc thi …" names the work, not the contest's terms: no rulebook reading."""
    from planparse.tree import _title_category

    assert _title_category("Cuộc thi ảnh “Quê hương em đẹp nhất”", False) == "criteria"
    assert _title_category("THỂ LỆ CUỘC THI", True) == "criteria"
    assert _title_category("Cơ cấu giải thưởng", False) == "criteria"
    assert _title_category("Tổ chức cuộc thi ảnh cấp huyện", False) != "criteria"
