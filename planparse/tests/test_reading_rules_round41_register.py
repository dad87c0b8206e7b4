"""Round 41 (set 39, released): an appendix table that lists things with their particulars, its only column of work a
name ("Tên trạm", "Họ và tên") and no column for who acts, by when or what comes of it, is a register: its rows are not
tasks (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

LETTER = (
    "UBND TỈNH AN THÁI\nSỞ XÂY DỰNG\nSố: 512/SXD-HTKT\nAn Thái, ngày 14 tháng 9 năm 2026\n"
    "V/v vận hành các trạm xử lý nước thải\n"
    "Kính gửi:\n- Ủy ban nhân dân các xã, phường;\n- Các đơn vị vận hành trạm xử lý nước thải (theo Phụ lục).\n"
    "Để bảo đảm chất lượng nước thải sau xử lý, Sở Xây dựng đề nghị các cơ quan, đơn vị thực hiện như sau:\n"
    "1. Ủy ban nhân dân các xã, phường\n"
    "Giám sát việc vận hành các trạm trên địa bàn và báo cáo Sở Xây dựng khi phát hiện sự cố.\n"
    "2. Các đơn vị vận hành trạm xử lý nước thải\n"
    "Vận hành trạm theo đúng quy trình được duyệt (chi tiết như Phụ lục đính kèm).\n"
    "Sở Xây dựng đề nghị các cơ quan, đơn vị triển khai thực hiện./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Văn Khang\n"
    "Phụ lục\nDANH SÁCH CÁC TRẠM XỬ LÝ NƯỚC THẢI TRÊN ĐỊA BÀN TỈNH\n"
    "1. Khu vực phía Bắc\n"
    "STT | Tên trạm | Đơn vị quản lý vận hành | Vị trí (Xã/Phường) | Công suất (m3/ngày) | Nguồn tiếp nhận\n"
    "1 | Trạm Đông Sơn | Công ty cổ phần Cấp thoát nước An Thái | Đông Sơn | 5.000 | Sông Cái\n"
    "2 | Trạm Bắc Hà | Công ty TNHH Môi trường Bắc Hà | Bắc Hà, Tân Lập | 1.200 | Suối Đá\n"
    "2. Khu vực phía Nam\n"
    "STT | Tên trạm | Đơn vị quản lý vận hành | Vị trí (Xã/Phường) | Công suất (m3/ngày) | Nguồn tiếp nhận\n"
    "1 | Trạm Nam Phong | Công ty cổ phần Cấp thoát nước An Thái | Nam Phong | 3.500 | Sông Cái\n"
)


def test_a_register_of_things_gives_no_tasks() -> None:
    """The appendix names the stations the letter's item 2 addresses, each with its operator, place and figures: no
    row is a task (without the rule each station is read as a task)."""
    refs = task_refs(items_by_ref(LETTER))
    assert {"1", "2"} <= refs
    assert not any(ref.startswith("PL") for ref in refs)


def test_a_named_work_or_an_owner_column_keeps_the_rows_tasks() -> None:
    """A name column of work ("Tên nhiệm vụ"), or a column for who acts beside a thing's name, is a task table."""
    work = LETTER.replace("| Tên trạm |", "| Tên nhiệm vụ |")
    assert any(ref.startswith("PL") for ref in task_refs(items_by_ref(work)))
    owned = LETTER.replace("Đơn vị quản lý vận hành", "Đơn vị chủ trì")
    assert any(ref.startswith("PL") for ref in task_refs(items_by_ref(owned)))
    timed = LETTER.replace("| Nguồn tiếp nhận\n", "| Thời gian hoàn thành\n")
    assert any(ref.startswith("PL") for ref in task_refs(items_by_ref(timed)))


def test_a_list_of_people_with_their_duties_is_no_register() -> None:
    """ "Họ và tên" beside a column of duties ("Nhiệm vụ"): each row hands a duty to its person."""
    duties = LETTER.replace(
        "STT | Tên trạm | Đơn vị quản lý vận hành | Vị trí (Xã/Phường) | Công suất (m3/ngày) | Nguồn tiếp nhận\n",
        "STT | Họ và tên | Chức vụ | Nhiệm vụ | Công suất (m3/ngày) | Nguồn tiếp nhận\n",
    )
    assert any(ref.startswith("PL") for ref in task_refs(items_by_ref(duties)))
    people = LETTER.replace("| Tên trạm |", "| Họ và tên |")
    assert not any(ref.startswith("PL") for ref in task_refs(items_by_ref(people)))
