"""Round 105 (set 65, which it took out of the kept-apart list): an indicator appendix (PHỤ LỤC I: "TT | Chỉ tiêu | Đơn
vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá") before the task appendix (PHỤ LỤC II) hands out no work, so the task
appendix's rows are PL.<group>.<STT>, as round 22 meant; a numbered group row over sub-rows ("2 | Chỉ tiêu về dịch vụ
công" over "2.1", "2.2") is a heading (round 84), and naming the appendices had counted it as a task (synthetic text,
another matter)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_dates, task_refs

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 12/KH-UBND\nAn Bình, ngày 5 tháng 2 năm 2026\nKẾ HOẠCH\n"
    "Phát triển dịch vụ công trực tuyến giai đoạn 2026 - 2030\n"
    "I. MỤC TIÊU\nNâng cao chất lượng phục vụ người dân và doanh nghiệp.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "Văn phòng UBND tỉnh theo dõi, đôn đốc các sở, ngành triển khai Kế hoạch này.\n"
)
INDICATORS = (
    "PHỤ LỤC I\nDANH MỤC CÁC CHỈ TIÊU\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/02/2026)\n"
    "TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá\n"
    "I | Đến năm 2030\n"
    "1 | Tỉ lệ hồ sơ giải quyết trực tuyến | % | 80 | Văn phòng UBND tỉnh\n"
    "2 | Chỉ tiêu về dịch vụ công\n"
    "2.1 | Tỉ lệ thủ tục cung cấp trực tuyến toàn trình | % | 100 | Sở Khoa học và Công nghệ\n"
    "2.2 | Tỉ lệ thanh toán trực tuyến | % | 50 | Sở Tài chính\n"
)
TASKS = (
    "PHỤ LỤC II\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/02/2026)\n"
    "TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n"
    "I | Hạ tầng\n"
    "1 | Nâng cấp cổng dịch vụ công của tỉnh | Sở Khoa học và Công nghệ | Văn phòng UBND tỉnh | 6/2026\n"
    "2 | Kết nối cơ sở dữ liệu dân cư với hệ thống giải quyết thủ tục | Công an tỉnh | Sở Tư pháp | 12/2026\n"
    "II | Con người\n"
    "3 | Tập huấn kỹ năng số cho công chức một cửa | Sở Nội vụ | UBND các xã, phường | Năm 2027\n"
)


def test_an_indicator_appendix_with_a_group_row_leaves_the_task_appendix_pl() -> None:
    items = items_by_ref(HEAD + INDICATORS + TASKS)
    assert task_refs(items) >= {"PL.I.1", "PL.I.2", "PL.II.3"}
    assert task_dates(items)["PL.I.1"] == "2026-06-30"
    # the indicators are no tasks, and their appendix is named after the one that hands out work
    assert not {r for r in task_refs(items) if r.startswith("PL2")}
    assert items["PL2.I.2.1"].kind != "task"


def test_without_the_group_row_the_names_were_already_right() -> None:
    flat = (
        INDICATORS.replace("2 | Chỉ tiêu về dịch vụ công\n", "")
        .replace("2.1 |", "2 |")
        .replace("2.2 |", "3 |")
    )
    assert task_refs(items_by_ref(HEAD + flat + TASKS)) >= {"PL.I.1", "PL.I.2", "PL.II.3"}
