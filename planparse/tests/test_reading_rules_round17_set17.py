"""Reading rules of round 17, from the seventeenth set (synthetic texts in its styles): a provincial department's
letter whose request names the owners of the dashes under it, a Government Office conclusion notice about one
province (its requests restated "Về …:", the province called "Tỉnh", a list of ministries and other bodies), and
the notice's requests answered by several paragraphs."""

from __future__ import annotations

from planparse.owners import split_agencies
from planparse.tests.reading import notice_items

LETTER_HEAD = (
    "UBND TỈNH AN BÌNH SỞ Y TẾ\nSố: 812/SYT-NVY\nV/v phòng, chống dịch sốt xuất huyết\n"
    "An Bình, ngày 05 tháng 3 năm 2026\nKính gửi:\n- UBND các xã, phường;\n- Các trung tâm y tế trực thuộc.\n"
)
NOTICE_HEAD = (
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 71/TB-VPCP\nTHÔNG BÁO\n"
    "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH AN BÌNH\n"
    "I. ĐÁNH GIÁ CHUNG\nTỉnh đã hoàn thành nhiều chỉ tiêu quan trọng.\nII. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH\n"
)
CLOSE = "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh An Bình và các Bộ, cơ quan liên quan biết, thực hiện./.\n"


def test_a_request_closed_by_a_pointer_gives_the_dashes_to_the_bodies_it_asks() -> None:
    items = notice_items(
        LETTER_HEAD,
        "Thực hiện Công văn số 15/UBND-KGVX ngày 01/3/2026 của UBND tỉnh về phòng, chống dịch bệnh;\n"
        "Để bảo vệ sức khỏe nhân dân, Sở Y tế đề nghị UBND các xã, phường; các trung tâm y tế trực thuộc triển khai "
        "nghiêm các biện pháp phòng, chống dịch. Cụ thể:\n"
        "- Tổ chức diệt lăng quăng tại các khu dân cư.\n"
        "- Giám sát chặt chẽ các ca bệnh nghi ngờ.\n"
        "- Trường hợp số ca bệnh tăng cao, các trung tâm y tế trực thuộc chủ động bố trí khu điều trị riêng.\n"
        "Sở Y tế đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./.\n",
    )
    assert items["-1"].lead == ["UBND các xã, phường", "các trung tâm y tế trực thuộc"]
    assert items["-2"].lead == ["UBND các xã, phường", "các trung tâm y tế trực thuộc"]
    assert items["-3"].lead == ["các trung tâm y tế trực thuộc"]  # a dash that names its own body keeps it


def test_a_list_of_ministries_and_other_bodies_gives_each_ministry_and_keeps_the_others_whole() -> None:
    assert split_agencies("Các Bộ, cơ quan: Tư pháp, Nội vụ, Ngoại giao, Ngân hàng Nhà nước Việt Nam") == [
        "Bộ Tư pháp",
        "Bộ Nội vụ",
        "Bộ Ngoại giao",
        "Ngân hàng Nhà nước Việt Nam",
    ]
    items = notice_items(
        NOTICE_HEAD,
        "1. Các Bộ, cơ quan: Tư pháp, Ngoại giao, Tập đoàn Dầu khí Việt Nam theo chức năng, nhiệm vụ được giao rà "
        "soát các kiến nghị của Tỉnh, báo cáo Thủ tướng Chính phủ.\n" + CLOSE,
    )
    assert items["II.1"].lead == ["Bộ Tư pháp", "Bộ Ngoại giao", "Tập đoàn Dầu khí Việt Nam"]


def test_a_province_called_tinh_in_a_notice_about_it_is_the_body_that_acts() -> None:
    items = notice_items(
        NOTICE_HEAD,
        "1. Về hỗ trợ xây dựng trường nội trú: Tỉnh chủ động bố trí nguồn vốn địa phương, bảo đảm tiến độ.\n"
        # a request about two things parted by ";" is still one restated request
        "2. Về dự án đường tỉnh 12; dự án nâng cấp cầu Bến Đá: Tỉnh nghiên cứu lập báo cáo đề xuất chủ trương đầu "
        "tư, báo cáo cấp có thẩm quyền.\n" + CLOSE,
    )
    assert items["II.1"].lead == ["Tỉnh"]
    assert items["II.2"].lead == ["Tỉnh"]


def test_each_paragraph_answering_a_restated_request_with_its_own_body_is_a_duty_of_that_item() -> None:
    items = notice_items(
        NOTICE_HEAD,
        "1. Về kiến nghị bổ sung vốn cho các công trình thủy lợi:\n"
        "Giao Bộ Tài chính tổng hợp nhu cầu vốn, báo cáo cấp có thẩm quyền xem xét.\n"
        "Bộ Nông nghiệp và Môi trường khẩn trương hướng dẫn Tỉnh hoàn thiện hồ sơ dự án.\n"
        "2. Về kiến nghị điều chỉnh quy hoạch khu công nghiệp:\n"
        "Giao Bộ Xây dựng nghiên cứu, trả lời Tỉnh theo quy định.\n" + CLOSE,
    )
    assert items["II.1"].lead == ["Bộ Tài chính"]
    assert items["II.1[2]"].kind == "task"
    assert items["II.1[2]"].lead == ["Bộ Nông nghiệp và Môi trường"]
    assert items["II.2"].lead == ["Bộ Xây dựng"]
    # the notice's closing formula is no duty of the last item
    assert "II.2[2]" not in items
