"""Round 81 (set 55: an invitation, a letter calling a working session, a letter announcing an inspection): a name
written as a label before a charge ("Viễn thông X: chủ trì, phối hợp với …") is the body that takes it, whatever its
head word; the prose after a run of dashes at the top level is the body's, not the last dash's; the sender asking in
its own voice ("Sở X đề nghị Công ty A chuẩn bị …") before its sign-off with the addressee straight after "thông báo"
("Sở X thông báo Công ty A biết và thực hiện./.") is the closing request, a task; "tại thời gian và địa điểm nêu trên"
points back at the particulars' day as "đúng thời gian …" does; a dated request in the body whose work an appendix
spells out body by body dates those bodies' appendix tasks. Made-up texts, each test failing without its rule."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_summaries

_INVITATION = """ỦY BAN NHÂN DÂN TỈNH BÌNH AN
Số: 77/GM-UBND
Bình An, ngày 02 tháng 9 năm 2026
GIẤY MỜI
Họp bàn phương án chống ngập khu đô thị phía Đông
Ủy ban nhân dân tỉnh tổ chức họp bàn phương án chống ngập khu đô thị phía Đông, cụ thể như sau:
1. Thời gian: 08 giờ 00, ngày 15/9/2026.
2. Địa điểm: Phòng họp số 2, trụ sở Ủy ban nhân dân tỉnh.
3. Chuẩn bị:
- Giao Sở Xây dựng chuẩn bị báo cáo phương án chống ngập, gửi Văn phòng UBND tỉnh trước ngày 12/9/2026;
- Mạng Truyền Hình Bình An: chủ trì, phối hợp với Văn phòng UBND tỉnh ghi hình, đưa tin cuộc họp.
Ủy ban nhân dân tỉnh kính mời các đại biểu dự họp đúng thời gian, địa điểm nêu trên./.
Nơi nhận:
- Như trên;
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Trần Văn Năm
"""

_INSPECTION = """ỦY BAN NHÂN DÂN TỈNH BÌNH AN
SỞ Y TẾ
Số: 318/SYT-NVD
V/v kiểm tra điều kiện kinh doanh thuốc
Bình An, ngày 05 tháng 10 năm 2026
Kính gửi: Công ty TNHH Dược phẩm Hoa Sen
Sở Y tế nhận được hồ sơ đề nghị cấp giấy chứng nhận đủ điều kiện kinh doanh dược của Công ty TNHH Dược phẩm Hoa Sen.
Để có cơ sở thẩm định hồ sơ, Sở Y tế tổ chức kiểm tra thực tế tại cơ sở, cụ thể:
- Thời gian: Từ 14 giờ 00, ngày 14 tháng 10 năm 2026.
- Địa điểm: Tại kho thuốc của Công ty TNHH Dược phẩm Hoa Sen.
- Thành phần: Phòng Nghiệp vụ Dược - Sở Y tế; Công ty TNHH Dược phẩm Hoa Sen.
Sở Y tế đề nghị Công ty TNHH Dược phẩm Hoa Sen chuẩn bị hồ sơ pháp lý, sổ sách theo dõi nhập xuất thuốc và cử người phụ trách chuyên môn làm việc với Đoàn kiểm tra tại thời gian và địa điểm nêu trên.
Sở Y tế thông báo Công ty TNHH Dược phẩm Hoa Sen biết và thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT, NVD.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Thị Sáu
"""

_SESSION = """ỦY BAN NHÂN DÂN TỈNH BÌNH AN
SỞ XÂY DỰNG
Số: 902/SXD-QLN
V/v mời làm việc
Bình An, ngày 01 tháng 9 năm 2026
Kính gửi: Ủy ban nhân dân phường Đông Hải; Công ty cổ phần Cấp nước Bình An; Sở Tài chính.
Sở Xây dựng tổ chức buổi làm việc về tiến độ dự án cải tạo mạng lưới cấp nước, cụ thể như sau:
1. Chủ trì: Lãnh đạo Sở Xây dựng.
2. Thành phần: Lãnh đạo cơ quan, đơn vị như kính gửi.
3. Thời gian: Từ 14h00 ngày 18/9/2026.
4. Địa điểm: Phòng họp Sở Xây dựng.
Đề nghị UBND phường Đông Hải, Công ty cổ phần Cấp nước Bình An chuẩn bị báo cáo tình hình thực hiện dự án. Báo cáo gửi về Phòng Quản lý nhà - Sở Xây dựng trước 10 giờ 00 ngày 16/9/2026 để tổng hợp.
(Nội dung báo cáo chi tiết tại Phụ lục kèm theo)
Sở Xây dựng đề nghị các cơ quan, đơn vị bố trí thời gian tham dự./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Phạm Văn Bảy
Phụ lục: NỘI DUNG BÁO CÁO
(Kèm theo Công văn số 902/SXD-QLN ngày 01 tháng 9 năm 2026 của Sở Xây dựng)
1. Ủy ban nhân dân phường Đông Hải
- Báo cáo kết quả bồi thường, hỗ trợ tái định cư của dự án.
- Nêu rõ các vướng mắc về mặt bằng thi công.
2. Công ty cổ phần Cấp nước Bình An
- Báo cáo khối lượng đường ống đã lắp đặt.
- Đề xuất giải pháp bảo đảm tiến độ hoàn thành dự án.
3. Sở Tài chính
- Báo cáo tình hình giải ngân vốn của dự án.
"""


def test_a_name_written_as_a_label_takes_the_charge_after_it() -> None:
    tasks = task_summaries(_INVITATION)
    assert sorted(tasks) == ["3-1", "3-2"]
    assert tasks["3-2"][1] == ["Mạng Truyền Hình Bình An"]


def test_prose_after_top_level_dashes_is_the_body_s() -> None:
    items = items_by_ref(_INSPECTION)
    # the request is no paragraph of "- Thành phần: …": it stands in the body, before the sender's sign-off
    assert not any(ref.startswith("-3[") for ref in items)
    assert "[closing]" in items


def test_the_sender_s_own_request_before_its_sign_off_is_the_closing_task() -> None:
    tasks = task_summaries(_INSPECTION)
    assert sorted(tasks) == ["[closing]"]
    text, lead, _ = tasks["[closing]"]
    assert text.startswith("Sở Y tế đề nghị Công ty TNHH Dược phẩm Hoa Sen chuẩn bị")
    assert lead == ["Công ty TNHH Dược phẩm Hoa Sen"]


def test_at_the_time_and_place_above_dates_the_request() -> None:
    assert task_summaries(_INSPECTION)["[closing]"][2] == "2026-10-14"


def test_an_appendix_spelling_out_a_dated_request_takes_its_date() -> None:
    tasks = task_summaries(_SESSION)
    assert {ref: tasks[ref][2] for ref in tasks if ref.startswith("PL.")} == {
        "PL.1-1": "2026-09-16",
        "PL.1-2": "2026-09-16",
        "PL.2-1": "2026-09-16",
        "PL.2-2": "2026-09-16",
        "PL.3-1": None,  # the department the request does not name: no date of its
    }
    assert tasks["PL.1-1"][1] == ["Ủy ban nhân dân phường Đông Hải"]
