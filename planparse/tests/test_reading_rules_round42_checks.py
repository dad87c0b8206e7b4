"""Round 42 (set 40, released): who carries out the checks a plan lists under its contents labels (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref

CHECKS = (
    "ỦY BAN NHÂN DÂN XÃ AN PHÚ\nSố: 30/KH-UBND\nAn Phú, ngày 04 tháng 5 năm 2027\nKẾ HOẠCH\n"
    "Kiểm tra an toàn thực phẩm tại các chợ trên địa bàn xã năm 2027\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Phát hiện và xử lý kịp thời các vi phạm về an toàn thực phẩm.\n"
    "II. NỘI DUNG\n"
    "1. Đợt 1: Từ ngày 15/5/2027 đến ngày 30/6/2027:\n"
    "a) Nội dung kiểm tra (Đối với Ban Quản lý chợ An Phú):\n"
    "- Kiểm tra việc ghi chép sổ theo dõi nguồn gốc thực phẩm nhập vào chợ.\n"
    "- Kiểm tra việc bố trí khu giết mổ gia cầm tách biệt khu bán thực phẩm chín.\n"
    "b) Nội dung kiểm tra (Đối với các hộ kinh doanh):\n"
    "- Kiểm tra giấy chứng nhận đủ điều kiện an toàn thực phẩm của hộ kinh doanh.\n"
    "- Kiểm tra việc niêm yết giá và nguồn gốc hàng hóa tại quầy hàng.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Ủy ban nhân dân xã\n"
    "- Thành lập Đoàn kiểm tra liên ngành; tổ chức kiểm tra theo lịch đã đề ra.\n"
    "- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 10/7/2027.\n"
    "2. Ban Quản lý chợ An Phú\n"
    "- Chủ động kiểm tra việc niêm yết giá và nguồn gốc hàng hóa tại các quầy hàng trong chợ hằng ngày.\n"
    "- Phối hợp bố trí khu giết mổ gia cầm tách biệt theo quy định.\n"
)


def test_a_contents_label_with_a_bracketed_aside_is_a_label_of_checks() -> None:
    """ "a) Nội dung kiểm tra (Đối với Ban Quản lý chợ An Phú):" is the contents of the checks, the aside only says
    whom they concern; its dashes are checks carried out by the body that runs the checks (before: the label was
    read as a long sentence, and the checks took the plan's other bodies by the matter they share)."""
    items = items_by_ref(CHECKS)
    for ref in ("II.1.a-1", "II.1.a-2", "II.1.b-1", "II.1.b-2"):
        assert items[ref].kind == "task", (ref, items[ref].kind)
        assert items[ref].lead == ["Ủy ban nhân dân xã"], (ref, items[ref].lead)
