"""Round 75 (set 50: a notice standing in for an invitation, a department's letter announcing an inspection): who
attends, written as one of the document's numbered points ("1. Thành phần", "4. Thành phần tham gia kiểm tra:"), is a
particular of the meeting; a bracket having someone pass the invitation on is an arrangement; a dash saying who chairs
is a role; any other short label point (stage, method) beside "Thời gian: …" and "Địa điểm: …" is a particular too; a
request after a particular's label is work, its bare head word the body the label names; a closing request to prepare
the inspection, before the sender's "thông báo để … biết", is the letter's closing task, dated by "đúng thời gian,
địa điểm nêu trên". Made-up texts, each test failing without its rule."""

from __future__ import annotations

from planparse.tests.reading import task_summaries

_NOTICE = """ỦY BAN NHÂN DÂN
TỈNH BÌNH AN
Số: 210/TB-UBND
Bình An, ngày 04 tháng 3 năm 2026
THÔNG BÁO
Về việc tham dự Hội nghị sơ kết công tác giảm nghèo khu vực Nam Trung Bộ
Thực hiện Công văn số 88/BNV-VP ngày 01/3/2026 của Bộ Nội vụ; UBND tỉnh mời các sở, ngành cùng tham dự Hội nghị như sau:
1. Thành phần
- Đồng chí Trần Văn Hai, Phó Chủ tịch UBND tỉnh chủ trì;
- Giám đốc Sở Y tế, Phòng Bảo trợ xã hội thuộc Sở Y tế (giao Sở Y tế thông báo);
- Lãnh đạo các sở, ngành: Sở Tài chính, Sở Nội vụ;
- Đại diện lãnh đạo UBND các xã: An Hòa, An Phú.
2. Thời gian: Vào lúc 14 giờ 00 phút, ngày 10/3/2026 (chiều Thứ Ba).
3. Địa điểm: Hội trường Khách sạn Sông Hàn, thành phố Đà Nẵng.
4. Phân công nhiệm vụ:
- Các cơ quan, đơn vị gửi danh sách đại biểu tham dự Hội nghị (thông qua Sở Y tế) trước ngày 07/3/2026.
- Giao Sở Y tế tổng hợp danh sách đại biểu của tỉnh và chuẩn bị nội dung phát biểu của lãnh đạo tỉnh.
(Thông báo này thay cho Giấy mời)./.
Nơi nhận:
- Như thành phần;
- Lưu: VT.
TL. CHỦ TỊCH
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Lê Văn Ba
"""

_INSPECTION = """ỦY BAN NHÂN DÂN TỈNH BÌNH AN
SỞ XÂY DỰNG
Số: 455/SXD-QLCL
V/v kế hoạch kiểm tra công tác nghiệm thu công trình trạm bơm An Hòa
Bình An, ngày 12 tháng 5 năm 2026
Kính gửi: Công ty cổ phần Thủy lợi Sông Xanh
Sở Xây dựng nhận được Báo cáo số 05/BC-TLSX ngày 02/5/2026 của Công ty cổ phần Thủy lợi Sông Xanh về việc hoàn thành thi công công trình trạm bơm An Hòa.
Căn cứ Nghị định số 06/2021/NĐ-CP ngày 26/01/2021 của Chính phủ;
Sở Xây dựng thông báo kế hoạch kiểm tra công tác nghiệm thu công trình trạm bơm An Hòa, cụ thể như sau:
1. Giai đoạn kiểm tra: Giai đoạn hoàn thành công trình.
2. Thời gian kiểm tra: Ngày 20 tháng 5 năm 2026 (thứ Tư)
3. Địa điểm: Tại hiện trường công trình ở xã An Hòa.
4. Thành phần tham gia kiểm tra:
- Chủ trì: Sở Xây dựng tỉnh Bình An
- Thành phần tham dự: Công ty cổ phần Thủy lợi Sông Xanh (Chủ đầu tư). Đề nghị Công ty mời các đơn vị tư vấn giám sát và nhà thầu thi công có liên quan.
5. Nội dung kiểm tra:
- Kiểm tra hiện trường công trình, đối chiếu với hồ sơ hoàn công.
- Kiểm tra các điều kiện nghiệm thu hoàn thành công trình.
6. Phương pháp kiểm tra: Kiểm tra, đối chiếu hồ sơ; Quan sát tại hiện trường; Nghe báo cáo của Chủ đầu tư.
Đề nghị Công ty cổ phần Thủy lợi Sông Xanh chuẩn bị đầy đủ hồ sơ, tài liệu liên quan đến nội dung kiểm tra, cử đại diện có thẩm quyền làm việc với Đoàn kiểm tra của Sở Xây dựng đúng thời gian, địa điểm nêu trên.
Sở Xây dựng thông báo để Công ty cổ phần Thủy lợi Sông Xanh được biết và phối hợp thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Văn Bốn
"""


def test_the_attendees_point_and_its_bracket_are_no_tasks() -> None:
    tasks = task_summaries(_NOTICE)
    assert sorted(tasks) == ["4-1", "4-2"]
    assert tasks["4-1"][2] == "2026-03-07"
    assert tasks["4-2"][1] == ["Sở Y tế"]


def test_the_inspection_points_are_particulars() -> None:
    tasks = task_summaries(_INSPECTION)
    # stage, time, place, who takes part, contents and method: no task among them but the request inside 4-2
    assert not any(ref in tasks for ref in ("1", "2", "3", "4", "4-1", "5", "5-1", "5-2", "6"))


def test_a_request_after_a_particulars_label_is_work_of_the_body_named_there() -> None:
    tasks = task_summaries(_INSPECTION)
    assert tasks["4-2"][1] == ["Công ty cổ phần Thủy lợi Sông Xanh"]
    assert tasks["4-2"][2] is None  # no day carried to it
    # the request joined to the label's sentence by a comma, in lower case
    text = _INSPECTION.replace("(Chủ đầu tư). Đề nghị Công ty mời", "(Chủ đầu tư), đề nghị Công ty mời")
    assert task_summaries(text)["4-2"][1] == ["Công ty cổ phần Thủy lợi Sông Xanh"]


def test_the_request_before_the_senders_formula_is_the_closing_task_dated_by_the_time_above() -> None:
    tasks = task_summaries(_INSPECTION)
    closing = tasks.get("6[closing]")
    assert closing is not None and closing[0].startswith(
        "Đề nghị Công ty cổ phần Thủy lợi Sông Xanh chuẩn bị"
    )
    assert closing[2] == "2026-05-20"
    assert len(tasks) == 2
    # the formula naming what it announces before "để"
    text = _INSPECTION.replace(
        "Sở Xây dựng thông báo để Công ty", "Sở Xây dựng thông báo kế hoạch kiểm tra để Công ty"
    )
    assert task_summaries(text)["6[closing]"][2] == "2026-05-20"


def test_a_closing_that_only_has_the_invited_attend_stays_a_note() -> None:
    text = _INSPECTION.replace(
        "Đề nghị Công ty cổ phần Thủy lợi Sông Xanh chuẩn bị đầy đủ hồ sơ, tài liệu liên quan đến nội dung kiểm tra, "
        "cử đại diện có thẩm quyền làm việc với Đoàn kiểm tra của Sở Xây dựng đúng thời gian, địa điểm nêu trên.",
        "Đề nghị các đồng chí dự họp đúng thành phần, thời gian và địa điểm nêu trên.",
    )
    assert sorted(task_summaries(text)) == ["4-2"]
