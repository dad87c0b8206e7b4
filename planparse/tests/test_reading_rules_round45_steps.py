"""Round 45 (the seen documents still under task F1 0.90): a numbered title over two or more unlabelled bullets of
work and a time label ("1. Nâng cấp phần mềm" / "- Kiểm tra …" / "- Cài đặt …" / "- Thời gian thực hiện: …") holds
that many tasks, each dated by the label; the title is their heading (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_dates, task_refs

PLAN = (
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH AN THÁI\nSố: 41/KH-SKHCN\nAn Thái, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Nâng cấp phần mềm quản lý hồ sơ công việc\n"
    "I. MỤC ĐÍCH\n- Nâng cao hiệu quả quản lý hồ sơ công việc.\n"
    "II. PHƯƠNG ÁN TRIỂN KHAI\n"
    "1. Nâng cấp phần mềm\n"
    "- Kiểm tra máy chủ, đường truyền và các máy trạm sử dụng phần mềm.\n"
    "- Cài đặt phiên bản mới của phần mềm tại máy chủ, cập nhật đường dẫn cho các máy trạm.\n"
    "- Thời gian thực hiện: Ngày 14, 15/4/2026\n"
    "2. Tập huấn sử dụng phần mềm\n"
    "- Thành phần: Lãnh đạo và chuyên viên các phòng thuộc Sở.\n"
    "- Địa điểm: Phòng họp Sở.\n"
    "- Thời gian dự kiến: 8h00 ngày 20/4/2026\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "Văn phòng Sở chủ trì, phối hợp với các phòng triển khai thực hiện kế hoạch này.\n"
    "Nơi nhận:\n"
)


def test_two_bullets_of_work_under_a_timed_title_are_its_tasks() -> None:
    """ "- Kiểm tra …" and "- Cài đặt …" are II.1's two tasks, each dated by "Thời gian thực hiện: Ngày 14, 15/4/2026"
    (the last day); II.1 itself is their heading (without the rule the title is one task and its bullets notes)."""
    items = items_by_ref(PLAN)
    tasks = task_refs(items)
    assert {"II.1-1", "II.1-2"} <= tasks
    assert "II.1" not in tasks and "II.1-3" not in tasks
    dates = task_dates(items)
    assert dates["II.1-1"] == dates["II.1-2"] == "2026-04-15"


def test_a_session_with_only_its_particulars_stays_one_task() -> None:
    """ "2. Tập huấn …" over "Thành phần", "Địa điểm", "Thời gian dự kiến" is still one task (its dashes describe it)."""
    items = items_by_ref(PLAN)
    assert "II.2" in task_refs(items)
    assert not {"II.2-1", "II.2-2", "II.2-3"} & task_refs(items)


def test_one_unlabelled_line_is_the_titles_description() -> None:
    """With a single unlabelled bullet beside the time label, the title stays the one task, as before."""
    items = items_by_ref(
        PLAN.replace("- Kiểm tra máy chủ, đường truyền và các máy trạm sử dụng phần mềm.\n", "")
    )
    assert "II.1" in task_refs(items)
    assert "II.1-1" not in task_refs(items)


def test_a_time_label_named_after_the_titles_act_is_the_blocks_time() -> None:
    """ "3. Đào tạo quản trị hệ thống" over "Thành phần", "Địa điểm", "Thời gian đào tạo: Trong quá trình triển khai.":
    the time label names the title's own act, so the session is one task as its siblings are (without the rule the
    time line is read as a task and the title as a section)."""
    text = PLAN.replace(
        "III. TỔ CHỨC THỰC HIỆN\n",
        "3. Đào tạo quản trị hệ thống phần mềm cho cán bộ kỹ thuật\n"
        "- Thành phần: Cán bộ phòng Công nghệ thông tin.\n"
        "- Địa điểm: Phòng đào tạo.\n"
        "- Thời gian đào tạo: Trong quá trình triển khai.\n"
        "III. TỔ CHỨC THỰC HIỆN\n",
    )
    items = items_by_ref(text)
    assert "II.3" in task_refs(items)
    assert not {"II.3-1", "II.3-2", "II.3-3"} & task_refs(items)


def test_a_heading_of_fields_is_no_act_its_time_label_names() -> None:
    """ "3. Phạm vi, đối tượng, thời gian hỗ trợ" over "- Thời gian hỗ trợ: …": the heading opens with no act of its
    own, so the block is not read as a task timed by the label."""
    text = PLAN.replace(
        "III. TỔ CHỨC THỰC HIỆN\n",
        "3. Phạm vi, đối tượng, thời gian hỗ trợ\n"
        "- Đối tượng: Các phòng thuộc Sở.\n"
        "- Phạm vi: Toàn bộ phần mềm.\n"
        "- Thời gian hỗ trợ: Năm 2026.\n"
        "III. TỔ CHỨC THỰC HIỆN\n",
    )
    assert "II.3" not in task_refs(items_by_ref(text))
