"""Round 84b (sets 52, 59 and 61): a province's decision issuing a regulation whose articles give named bodies their
duties, whatever form the article takes: a title naming the body with the role it takes in the contents listed
("Điều 4. Nội dung Sở X có trách nhiệm chủ trì"), a one-paragraph article so titled, a request ("Đề nghị …"), labels
naming bodies over their work inside an article. Made-up texts of other regulations, each test failing without its
rule."""

from __future__ import annotations

from planparse import parse_plan

COORDINATION = """ỦY BAN NHÂN DÂN TỈNH AN BÌNH
Số: 40/2027/QĐ-UBND
QUYẾT ĐỊNH
Ban hành Quy chế phối hợp quản lý, bảo vệ rừng trên địa bàn tỉnh
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý, bảo vệ rừng trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 5 năm 2027.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
QUY CHẾ
Phối hợp quản lý, bảo vệ rừng trên địa bàn tỉnh
(Ban hành kèm theo Quyết định số 40/2027/QĐ-UBND ngày 10 tháng 4 năm 2027)
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định nội dung, phương thức phối hợp giữa các cơ quan trong quản lý, bảo vệ rừng.
Điều 2. Nguyên tắc phối hợp
1. Bảo đảm thống nhất, kịp thời, đúng quy định của pháp luật.
2. Cơ quan chủ trì chịu trách nhiệm chính; cơ quan phối hợp tham gia theo chức năng.
Chương II
NỘI DUNG PHỐI HỢP
Điều 3. Nội dung phối hợp chung
1. Tuyên truyền, phổ biến pháp luật về lâm nghiệp cho người dân sống gần rừng.
2. Kiểm tra, xử lý các hành vi phá rừng, khai thác lâm sản trái phép.
Điều 4. Nội dung Sở Nông nghiệp và Môi trường có trách nhiệm chủ trì
1. Xây dựng phương án phòng cháy, chữa cháy rừng của tỉnh.
2. Theo dõi diễn biến tài nguyên rừng, cập nhật cơ sở dữ liệu rừng của tỉnh.
Điều 5. Nội dung Công an tỉnh có trách nhiệm chủ trì
Điều tra, xử lý các vụ án hình sự về phá rừng, vận chuyển lâm sản trái phép trên địa bàn tỉnh.
Điều 6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh
1. Vận động Nhân dân tham gia bảo vệ rừng, phát hiện và tố giác hành vi phá rừng.
Chương III
TỔ CHỨC THỰC HIỆN
Điều 7. Sửa đổi, bổ sung
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan phản ánh về Sở Nông nghiệp và Môi trường để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
"""


def _leads(text: str) -> dict[str, list[str]]:
    return {i.ref.replace("[2]", ""): i.lead for i in parse_plan(text).items if i.kind == "task"}


def test_an_article_titled_for_the_contents_a_body_leads_is_its_duties() -> None:
    # "Nội dung <body> có trách nhiệm chủ trì": the contents that body leads, its items the body's work
    leads = _leads(COORDINATION)
    assert leads["Điều 4.1"] == ["Sở Nông nghiệp và Môi trường"]
    assert leads["Điều 4.2"] == ["Sở Nông nghiệp và Môi trường"]
    # a one-paragraph article so titled: its title's body owns the paragraph
    assert leads["Điều 5"] == ["Công an tỉnh"]
    assert leads["Điều 6.1"] == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]
    # the shared contents the articles divide among the bodies, and the general chapter, are the regulation's norms
    assert not [r for r in leads if r.startswith(("Điều 1", "Điều 2", "Điều 3", "Điều 7"))]
