"""Round 77 (seen meeting and inspection documents, across layouts): a meeting's or an inspection's particulars —
time, place, attendees, chair, agenda, form, method — are read one way whatever the layout: label lines under any
marker or none, titles over their value on the next line, titles over a list, "Thành phần mời:" / "Thành phần tham
dự:" over dashes, the agenda under "Nội dung:" / "Nội dung làm việc:" / "Chương trình:"; they are no tasks, the
preparation asked ("Công tác chuẩn bị", "Tổ chức thực hiện", "Phân công nhiệm vụ", an appendix of what each body
brings) is, and "đúng thời gian, địa điểm nêu trên" takes the day the particulars give. Made-up texts, each test
failing without the round."""

from __future__ import annotations

from planparse.tests.reading import task_summaries
from planparse.tree import line_facets

_ROMAN_TITLES = """ỦY BAN NHÂN DÂN
TỈNH BÌNH AN
Số: 30/GM-UBND
Bình An, ngày 10 tháng 02 năm 2026
GIẤY MỜI
Họp triển khai công tác phòng, chống thiên tai năm 2026
Ủy ban nhân dân tỉnh tổ chức họp triển khai công tác phòng, chống thiên tai năm 2026, cụ thể như sau:
I. THÀNH PHẦN
- Đồng chí Trần Văn B, Phó Chủ tịch UBND tỉnh chủ trì;
- Lãnh đạo Sở Nông nghiệp và Môi trường;
- Đại diện lãnh đạo Sở Tài chính, Sở Xây dựng.
II. THỜI GIAN
08 giờ 00 phút, ngày 13 tháng 02 năm 2026.
III. ĐỊA ĐIỂM
Hội trường tầng 2, Trung tâm Hành chính tỉnh.
IV. NỘI DUNG
Đánh giá kết quả công tác phòng, chống thiên tai năm 2025; triển khai nhiệm vụ năm 2026.
V. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường chuẩn bị báo cáo tại cuộc họp, gửi Văn phòng UBND tỉnh trước ngày 11/02/2026.
2. Văn phòng UBND tỉnh chuẩn bị hội trường và các điều kiện phục vụ cuộc họp.
3. Đề nghị các đơn vị cử đại diện tham dự và chuẩn bị ý kiến phát biểu đúng thời gian, địa điểm nêu trên.
Nơi nhận:
- Như trên;
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Lê Văn C
"""

_ARABIC_TITLES = """SỞ XÂY DỰNG TỈNH BÌNH AN
Số: 455/SXD-QLCL
V/v kiểm tra công tác nghiệm thu công trình trạm bơm An Hòa
Bình An, ngày 12 tháng 5 năm 2026
Kính gửi: Công ty cổ phần Thủy lợi Sông Xanh
Sở Xây dựng thông báo kế hoạch kiểm tra công tác nghiệm thu công trình trạm bơm An Hòa như sau:
1. Thời gian kiểm tra
Ngày 20 tháng 5 năm 2026 (thứ Tư).
2. Địa điểm
Tại hiện trường công trình ở xã An Hòa.
3. Thành phần tham dự
- Đại diện lãnh đạo Sở Xây dựng;
- Công ty cổ phần Thủy lợi Sông Xanh (Chủ đầu tư).
4. Nội dung làm việc
- Kiểm tra hiện trường công trình, đối chiếu với hồ sơ hoàn công.
- Kiểm tra các điều kiện nghiệm thu hoàn thành công trình.
5. Phân công nhiệm vụ
- Công ty cổ phần Thủy lợi Sông Xanh chuẩn bị đầy đủ hồ sơ, tài liệu liên quan đến nội dung kiểm tra.
- Phòng Quản lý chất lượng bố trí phương tiện cho Đoàn kiểm tra.
Đề nghị Công ty cổ phần Thủy lợi Sông Xanh cử đại diện có thẩm quyền làm việc với Đoàn kiểm tra đúng thời gian, địa điểm nêu trên./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Văn Bốn
"""

_DASHES_BEFORE_THE_ITEMS = """SỞ Y TẾ TỈNH BÌNH AN
Số: 77/SYT-NVY
V/v làm việc với Đoàn giám sát của Bộ Y tế
Bình An, ngày 05 tháng 6 năm 2026
Kính gửi: Các bệnh viện trực thuộc Sở.
Đoàn giám sát của Bộ Y tế sẽ làm việc tại tỉnh về công tác khám bệnh, chữa bệnh, cụ thể:
- Thời gian làm việc: 08 giờ 00, ngày 16 tháng 6 năm 2026.
- Địa điểm: Phòng họp Sở Y tế.
- Thành phần tham dự:
+ Lãnh đạo Sở Y tế;
+ Giám đốc Bệnh viện Đa khoa tỉnh;
+ Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh.
- Nội dung làm việc:
+ Nghe báo cáo kết quả khám bệnh, chữa bệnh 6 tháng đầu năm 2026;
+ Kiểm tra hồ sơ bệnh án tại một số khoa.
Để chuẩn bị buổi làm việc, Sở Y tế đề nghị:
1. Bệnh viện Đa khoa tỉnh chuẩn bị báo cáo kết quả khám bệnh, chữa bệnh, gửi Sở Y tế trước ngày 12/6/2026.
2. Trung tâm Kiểm soát bệnh tật tỉnh chuẩn bị hồ sơ, tài liệu liên quan và có mặt đúng thời gian, địa điểm nêu trên.
Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Nguyễn Văn D
"""

_UNNUMBERED_LABELS = """ỦY BAN NHÂN DÂN
TỈNH BÌNH AN
Số: 31/GM-UBND
Bình An, ngày 10 tháng 02 năm 2026
GIẤY MỜI
Họp triển khai công tác phòng, chống thiên tai năm 2026
Ủy ban nhân dân tỉnh tổ chức họp triển khai công tác phòng, chống thiên tai năm 2026, cụ thể như sau:
Chủ trì: Đồng chí Trần Văn B, Phó Chủ tịch UBND tỉnh.
Thành phần mời: Lãnh đạo Sở Nông nghiệp và Môi trường, Sở Tài chính, Sở Xây dựng.
Thời gian: 08 giờ 00 phút, ngày 13 tháng 02 năm 2026.
Địa điểm: Hội trường tầng 2, Trung tâm Hành chính tỉnh.
Nội dung: Đánh giá kết quả công tác phòng, chống thiên tai năm 2025; triển khai nhiệm vụ năm 2026.
Hình thức: Trực tiếp kết hợp trực tuyến.
Công tác chuẩn bị:
- Sở Nông nghiệp và Môi trường chuẩn bị báo cáo tại cuộc họp, gửi Văn phòng UBND tỉnh trước ngày 11/02/2026.
- Văn phòng UBND tỉnh chuẩn bị hội trường và các điều kiện phục vụ cuộc họp.
Đề nghị các đơn vị cử đại diện tham dự và chuẩn bị ý kiến phát biểu đúng thời gian, địa điểm nêu trên./.
Nơi nhận:
- Như trên;
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Lê Văn C
"""

_LABELS_OVER_LISTS = """ỦY BAN NHÂN DÂN
TỈNH BÌNH AN
Số: 32/GM-UBND
Bình An, ngày 10 tháng 02 năm 2026
GIẤY MỜI
Hội nghị sơ kết công tác chuyển đổi số quý I năm 2026
Ủy ban nhân dân tỉnh tổ chức Hội nghị sơ kết công tác chuyển đổi số quý I năm 2026, cụ thể như sau:
Thành phần tham dự:
- Đồng chí Trần Văn B, Phó Chủ tịch UBND tỉnh chủ trì;
- Lãnh đạo Sở Khoa học và Công nghệ;
- Đại diện lãnh đạo Sở Tài chính, Sở Nội vụ;
- Chủ tịch UBND các xã, phường.
Thời gian: 14 giờ 00 phút, ngày 02 tháng 4 năm 2026.
Địa điểm: Hội trường tầng 2, Trung tâm Hành chính tỉnh.
Chương trình:
- Báo cáo kết quả chuyển đổi số quý I năm 2026;
- Thảo luận, đóng góp ý kiến về các giải pháp;
- Kết luận Hội nghị.
Tổ chức thực hiện:
- Sở Khoa học và Công nghệ chuẩn bị báo cáo, gửi Văn phòng UBND tỉnh trước ngày 30/3/2026.
- Văn phòng UBND tỉnh chuẩn bị hội trường và các điều kiện phục vụ Hội nghị.
- Đề nghị các đại biểu nghiên cứu tài liệu, chuẩn bị ý kiến thảo luận và có mặt đúng thời gian, địa điểm nêu trên./.
Nơi nhận:
- Như trên;
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Lê Văn C
"""

_PREPARATION_AND_APPENDIX = """ỦY BAN NHÂN DÂN
TỈNH BÌNH AN
Số: 512/UBND-NC
Bình An, ngày 02 tháng 3 năm 2026
V/v chuẩn bị làm việc với Đoàn kiểm tra của Bộ Công an
Kính gửi: Các sở, ban, ngành tỉnh.
Đoàn kiểm tra của Bộ Công an sẽ làm việc với Ủy ban nhân dân tỉnh về công tác phòng, chống ma túy, cụ thể như sau:
1. Thời gian
08 giờ 00 phút, ngày 20 tháng 3 năm 2026.
2. Địa điểm
Hội trường Ủy ban nhân dân tỉnh.
3. Thành phần mời
- Lãnh đạo Công an tỉnh;
- Đại diện lãnh đạo Sở Y tế, Sở Nội vụ.
4. Nội dung
- Nghe báo cáo kết quả công tác phòng, chống ma túy năm 2025.
- Kiểm tra hồ sơ quản lý người nghiện ma túy.
5. Công tác chuẩn bị
Các cơ quan, đơn vị chuẩn bị hồ sơ, tài liệu theo Phụ lục kèm theo và có mặt đúng thời gian, địa điểm nêu trên.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Minh
PHỤ LỤC
HỒ SƠ, TÀI LIỆU CÁC CƠ QUAN CHUẨN BỊ
1. Công an tỉnh: Báo cáo kết quả công tác phòng, chống ma túy năm 2025; danh sách người nghiện ma túy.
2. Sở Y tế: Báo cáo công tác điều trị nghiện bằng thuốc thay thế.
3. Sở Nội vụ: Báo cáo việc bố trí biên chế cho công tác cai nghiện.
"""


def test_roman_titles_over_their_values() -> None:
    """ "I. THÀNH PHẦN" over dashes, "II. THỜI GIAN" / "08 giờ …", "III. ĐỊA ĐIỂM" / "Hội trường …" (before: the
    attendees and the place were tasks, the request undated)."""
    tasks = task_summaries(_ROMAN_TITLES)
    assert sorted(tasks) == ["V.1", "V.2", "V.3"]
    assert tasks["V.1"][2] == "2026-02-11"
    assert tasks["V.3"][2] == "2026-02-13"  # "… đúng thời gian, địa điểm nêu trên"


def test_arabic_titles_attendees_and_working_contents() -> None:
    """ "1. Thời gian kiểm tra" / its day, "3. Thành phần tham dự" over dashes, "4. Nội dung làm việc" over the
    inspectors' checks (before: the checks were the company's tasks, the closing request a note)."""
    tasks = task_summaries(_ARABIC_TITLES)
    assert sorted(tasks) == ["5-1", "5-2", "5[closing]"]
    assert tasks["5[closing]"][1] == ["Công ty cổ phần Thủy lợi Sông Xanh"]
    assert tasks["5[closing]"][2] == "2026-05-20"


def test_dashes_before_the_numbered_requests() -> None:
    """ "- Thời gian làm việc: …", "- Địa điểm: …", "- Thành phần tham dự:" over "+" lines, before "1.", "2.": the
    request's "đúng thời gian, địa điểm nêu trên" takes their day (before: undated)."""
    tasks = task_summaries(_DASHES_BEFORE_THE_ITEMS)
    assert sorted(tasks) == ["1", "2"]
    assert tasks["1"][2] == "2026-06-12"
    assert tasks["2"][2] == "2026-06-16"


def test_unnumbered_label_lines() -> None:
    """ "Chủ trì: …", "Thành phần mời: …", "Thời gian: …", "Địa điểm: …" with no number: particulars, so the
    closing request to prepare is a task dated by them (before: a note)."""
    tasks = task_summaries(_UNNUMBERED_LABELS)
    # round 81: the closing paragraph after the top-level dashes is the body's ("[closing]"), not the last dash's
    assert sorted(tasks) == ["-1", "-2", "[closing]"]
    assert tasks["[closing]"][1] == ["các đơn vị"]
    assert tasks["[closing]"][2] == "2026-02-13"
    # the same lines as dashes read the same
    dashed = task_summaries(
        _UNNUMBERED_LABELS.replace("\nThời gian:", "\n- Thời gian:").replace("\nĐịa điểm:", "\n- Địa điểm:")
    )
    closing = [v for v in dashed.values() if v[0].startswith("Đề nghị các đơn vị")]
    assert [date for _, _, date in closing] == ["2026-02-13"]
    assert len(dashed) == 3


def test_attendees_and_programme_under_unnumbered_titles() -> None:
    """ "Thành phần tham dự:" and "Chương trình:" alone on their lines over dashes: who attends and what the meeting
    does, no tasks; "Tổ chức thực hiện:" over the preparation, tasks (before: all ten dashes tasks)."""
    tasks = task_summaries(_LABELS_OVER_LISTS)
    assert sorted(tasks) == ["-10", "-8", "-9"]
    assert tasks["-10"][2] == "2026-04-02"  # the time line the reader kept as a field of the dash above it


def test_preparation_heading_and_appendix_of_what_each_body_brings() -> None:
    """ "4. Nội dung" over the agenda: notes; "5. Công tác chuẩn bị" and the appendix rows, one per body: tasks."""
    tasks = task_summaries(_PREPARATION_AND_APPENDIX)
    assert sorted(tasks) == ["5", "PL.1", "PL.2", "PL.3"]
    assert tasks["5"][2] == "2026-03-20"
    assert tasks["PL.2"][1] == ["Sở Y tế"]


def test_a_plans_own_time_and_contents_are_not_a_meeting() -> None:
    """The nouns tie to the meeting only with the words that say so: a plan's "Thời gian thực hiện", "Nội dung tuyên
    truyền" or a dossier's "Thành phần hồ sơ" are none of its particulars."""
    assert line_facets("Thời gian: 08 giờ, ngày 10/3/2026") == ({"time"}, "08 giờ, ngày 10/3/2026")
    assert line_facets("THỜI GIAN, ĐỊA ĐIỂM")[0] == {"time", "place"}
    assert line_facets("- Thành phần dự họp:") == ({"attendees"}, None)
    for label in ("Thời gian thực hiện: Năm 2026.", "Nội dung tuyên truyền:", "Thành phần hồ sơ: 01 bộ."):
        assert not line_facets(label)[0], label
    plan = (
        "ỦY BAN NHÂN DÂN XÃ AN HÒA\nSố: 12/KH-UBND\nAn Hòa, ngày 02 tháng 01 năm 2026\nKẾ HOẠCH\nTổ chức hội nghị "
        "cử tri\nI. TỔ CHỨC HỘI NGHỊ\n1. Thời gian: Căn cứ tình hình thực tế, tổ chức trong tháng 02/2026.\n"
        "- Từ ngày 04/02/2026: Ban Thường trực Ủy ban MTTQ xã họp với các thôn để thống nhất danh sách.\n"
        "- Từ ngày 05/02/2026 đến ngày 08/02/2026: Ban Thường trực Ủy ban MTTQ xã gửi biên bản về Ban bầu cử.\n"
        "2. Địa điểm: Tại nhà văn hóa các thôn.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    # a label with its value over lines of its own: the lines may be the steps of the work
    assert {"I.1-1", "I.1-2"} <= set(task_summaries(plan))


def test_before_the_meeting_is_the_meetings_day() -> None:
    """ "… gửi tài liệu đến các đại biểu trước Hội nghị.": the meeting named as the limit takes the day its
    particulars give, in any layout (before: undated); a meeting named with more words after it is another one."""
    request = "3. Sở Nông nghiệp và Môi trường gửi tài liệu đến các đại biểu trước cuộc họp."
    text = _ROMAN_TITLES.replace(
        "3. Đề nghị các đơn vị cử đại diện tham dự và chuẩn bị ý kiến phát biểu đúng thời gian, địa điểm nêu trên.",
        request,
    )
    assert task_summaries(text)["V.3"][2] == "2026-02-13"
    other = text.replace("trước cuộc họp.", "trước cuộc họp tổng kết năm của Ban Chỉ đạo.")
    assert task_summaries(other)["V.3"][2] is None
    # with no particulars given, nothing to take
    plain = text.replace("II. THỜI GIAN\n08 giờ 00 phút, ngày 13 tháng 02 năm 2026.\n", "")
    plain = plain.replace("III. ĐỊA ĐIỂM\nHội trường tầng 2, Trung tâm Hành chính tỉnh.\n", "")
    assert task_summaries(plain)["V.3"][2] is None
