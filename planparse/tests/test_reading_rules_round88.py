"""Round 88 (set 51): an appendix task table whose groups restate the body's sections, and whose rows restate the items
under them — a row read as the item it restates, never as an item of another section the table restates, the item's
topic taken above an agency heading, and a row that names some of the heading's bodies giving the item to them
(synthetic texts, another matter)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

HEAD = (
    "CHÍNH PHỦ\nSố: 77/NQ-CP\nHà Nội, ngày 9 tháng 3 năm 2026\nNGHỊ QUYẾT\n"
    "Ban hành Chương trình hành động về cấp nước sạch nông thôn\n"
    "CHƯƠNG TRÌNH HÀNH ĐỘNG\n"
    "I. MỤC TIÊU\nBảo đảm người dân nông thôn được sử dụng nước sạch an toàn.\n"
    "II. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Hoàn thiện cơ chế, chính sách về cấp nước sạch nông thôn\n"
    "a) Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\n"
    "- Tiếp tục nghiên cứu, đề xuất hoàn thiện khung giá nước sạch nông thôn theo hướng tính đúng, tính đủ chi phí"
    " sản xuất, phù hợp với thu nhập của người dân từng vùng.\n"
    "- Xây dựng cơ sở dữ liệu về công trình cấp nước sạch nông thôn, kết nối với hệ thống thông tin của ngành.\n"
    "b) Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với các cơ quan liên quan nghiên cứu, đề xuất cơ chế ưu đãi"
    " đầu tư vào công trình cấp nước.\n"
    "2. Nâng cao hiệu quả quản lý, vận hành công trình cấp nước\n"
    "a) Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\n"
    "- Sắp xếp lại các đơn vị quản lý, vận hành công trình cấp nước sạch nông thôn sau đầu tư, bảo đảm đến hết năm"
    " 2030 mỗi công trình có một đơn vị chịu trách nhiệm vận hành đúng quy định.\n"
    "- Tổ chức đào tạo kỹ năng vận hành, bảo dưỡng cho đội ngũ công nhân các trạm cấp nước.\n"
    "- Lắp đặt thiết bị đo chất lượng nước tự động tại các trạm cấp nước tập trung. Công khai kết quả quan trắc chất"
    " lượng nước trên cổng thông tin điện tử của địa phương.\n"
    "b) Bộ Tài chính hướng dẫn cơ chế khai thác tài sản kết cấu hạ tầng cấp nước sạch.\n"
    "3. Tăng cường kiểm tra, giám sát\n"
    "Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương thường xuyên kiểm tra, giám"
    " sát chất lượng nước sạch tại các công trình, kịp thời xử lý các vi phạm.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "Bộ Nông nghiệp và Môi trường theo dõi, đôn đốc các bộ, ngành, địa phương triển khai Chương trình này.\n"
    "Phụ lục\nNHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG\n"
    "TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành\n"
    "I | Hoàn thiện cơ chế, chính sách về cấp nước sạch nông thôn\n"
    "1 | Hoàn thiện khung giá nước sạch nông thôn phù hợp với chi phí hợp lý của đơn vị cấp nước | Các bộ, cơ quan"
    " ngang bộ | Các bộ, ngành, cơ quan liên quan | Năm 2026\n"
    "2 | Số hóa thông tin các công trình cấp nước, liên thông dữ liệu của ngành | Các bộ, cơ quan ngang bộ | Các bộ,"
    " ngành, cơ quan liên quan | Quý IV/2026\n"
    "II | Nâng cao hiệu quả quản lý, vận hành công trình cấp nước\n"
    "1 | Đào tạo kỹ năng vận hành, bảo dưỡng cho công nhân các trạm cấp nước | Các bộ, cơ quan ngang bộ; Ủy ban nhân"
    " dân các tỉnh, thành phố trực thuộc trung ương | Các bộ, ngành, cơ quan liên quan | Thường xuyên\n"
    "2 | Lắp đặt thiết bị đo tự động | Ủy ban nhân dân các tỉnh, thành phố trực thuộc"
    " trung ương | Các bộ, ngành, cơ quan liên quan | Năm 2027\n"
    "III | Tăng cường kiểm tra, giám sát\n"
    "1 | Kiểm tra, giám sát chất lượng nước sạch tại các công trình, xử lý các vi phạm | Các bộ, cơ quan ngang bộ;"
    " Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương | Các bộ, ngành, cơ quan liên quan | Thường xuyên\n"
    "2 | Kiểm tra việc sắp xếp các đơn vị quản lý, vận hành công trình cấp nước sạch nông thôn sau đầu tư, bảo đảm"
    " đến hết năm 2030 mỗi công trình có một đơn vị vận hành đúng quy định | Bộ Nông nghiệp và Môi trường | Ủy ban"
    " nhân dân các tỉnh, thành phố trực thuộc trung ương | Quý IV/2030\n"
)


def test_a_row_under_one_sections_group_restates_no_item_of_another_section() -> None:
    """Row III.2 checks what II.2.a-1 does, nearly in its words, but stands under the group restating section 3
    ("Tăng cường kiểm tra, giám sát") while II.2.a-1 stands under section 2, which group II restates: the row is a
    task of its own (its owner and timing), II.2.a-1 keeps its own reading."""
    items = items_by_ref(HEAD)
    assert "PL.III.2" in task_refs(items)
    assert items["PL.III.2"].lead == ["Bộ Nông nghiệp và Môi trường"]
    assert items["II.2.a-1"].same_as == []
    assert items["PL.III.1"].same_as == ["II.3"]


def test_an_agency_heading_is_no_topic_of_the_items_under_it() -> None:
    """II.1.a-2 stands under an agency heading ("a) Các bộ, cơ quan ngang bộ, …"), II.1.b right under the section's
    title: row I.2, which restates II.1.a-2 in other words, is weighed against the section's title above the agency
    heading (as for II.1.b), not against the list of bodies, so it is II.1.a-2's row and no task of its own."""
    items = items_by_ref(HEAD)
    assert items["PL.I.2"].kind == "note"
    assert items["II.1.a-2"].same_as == ["PL.I.2"]
    assert str(items["II.1.a-2"].deadline.date) == "2026-12-31"
    assert items["II.1.b"].same_as == []


def test_a_row_naming_some_of_the_headings_bodies_gives_the_item_to_them() -> None:
    """II.1.a-1 is owned by its agency heading (ministries and provinces); row I.1, which restates it, names the
    ministries alone: the work is theirs. II.2.a-2's row names both, as the heading: unchanged. An item whose own
    sentence names its owner keeps it whatever the row says."""
    items = items_by_ref(HEAD)
    assert items["II.1.a-1"].lead == ["Các bộ, cơ quan ngang bộ"]
    assert items["II.1.a-1"].lead_source == "table"
    assert items["II.2.a-2"].lead == [
        "Các bộ, cơ quan ngang bộ",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
    ]


def test_an_item_shared_with_a_row_of_another_group_is_no_pair_of_its_own_groups_row() -> None:
    """II.2.a-3's first sentence is row II.2's in fewer words, its second row III.3's word for word, under the group of
    another section: a row kept from another section's items still tells that the item is shared out (round 86), so row II.2
    is not paired with II.2.a-3 alone. Round 93 (the rows-and-body-items convention of 2026-12-07; round 88 left both rows
    tasks): the item shared out over the two rows is split along them, each part with its row's owner and timing."""
    text = HEAD + (
        "3 | Công khai kết quả quan trắc chất lượng nước trên cổng thông tin điện tử của địa phương | Ủy ban nhân dân"
        " các tỉnh, thành phố trực thuộc trung ương | Các bộ, ngành, cơ quan liên quan | Thường xuyên\n"
    )
    items = items_by_ref(text)
    assert not {"PL.II.2", "PL.III.3"} & task_refs(items)
    assert items["II.2.a-3"].same_as == ["PL.II.2"]
    assert items["II.2.a-3[2]"].same_as == ["PL.III.3"]
    assert str(items["II.2.a-3"].deadline.date) == "2027-12-31"
    assert items["II.2.a-3[2]"].text.startswith("Công khai kết quả quan trắc")
