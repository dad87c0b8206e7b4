"""Round 43 (items a reader would not count as work): registers, lists of papers, conditions (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

REGISTER_LETTER = (
    "SỞ CÔNG THƯƠNG TỈNH BẮC HÀ\nSố: 310/SCT-QLNL\nBắc Hà, ngày 02 tháng 3 năm 2028\n"
    "V/v vận hành an toàn các trạm bơm mùa khô\nKính gửi: Các đơn vị quản lý trạm bơm trên địa bàn tỉnh.\n"
    "1. Yêu cầu các đơn vị quản lý, vận hành trạm bơm kiểm tra thiết bị, bảo đảm vận hành an toàn trong mùa khô "
    "(danh sách tại Phụ lục kèm theo).\n"
    "2. Báo cáo kết quả kiểm tra về Sở Công Thương trước ngày 30/3/2028.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    "Phụ lục\nDANH SÁCH CÁC TRẠM BƠM TRÊN ĐỊA BÀN TỈNH\n"
    "STT | Tên trạm bơm | Đơn vị quản lý | Vị trí (xã) | Công suất (m3/h)\n"
    "1 | Trạm bơm Đồng Cao | Công ty Thủy nông Bắc Hà | Xã Tân Lập | 1.200\n"
    "2 | Trạm bơm Bãi Sậy | Công ty Thủy nông Bắc Hà | Xã Hòa Bình | 800\n"
    "3 | Trạm bơm Cầu Đá | Hợp tác xã Nông nghiệp Cầu Đá | Xã Yên Phú | 450\n"
)


def test_a_register_of_named_things_is_no_list_of_work() -> None:
    """An appendix table whose work-like column is the name of a thing ("Tên trạm bơm") beside where it is and
    its figures, with no column of who does anything, when or what it yields: a register, its rows no tasks
    (before: three tasks "Trạm bơm Đồng Cao", …)."""
    items = items_by_ref(REGISTER_LETTER)
    assert task_refs(items) == {"1", "2"}


def test_a_named_work_or_a_thing_with_an_owner_column_stays_a_task_table() -> None:
    """ "Tên nhiệm vụ" names work, and "Tên công trình | Cơ quan chủ trì | Thời gian hoàn thành" hands each work out."""
    for header, row in (
        ("STT | Tên nhiệm vụ | Ghi chú", "1 | Xây dựng cơ sở dữ liệu trạm bơm | "),
        (
            "STT | Tên công trình | Cơ quan chủ trì | Thời gian hoàn thành",
            "1 | Nâng cấp trạm bơm Đồng Cao | Sở Nông nghiệp và Môi trường | Năm 2028",
        ),
    ):
        text = REGISTER_LETTER.split("STT |")[0] + f"{header}\n{row}\n"
        assert "PL.1" in task_refs(items_by_ref(text)), header
