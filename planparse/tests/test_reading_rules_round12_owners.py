"""Owner rules found on the tenth and eleventh held-out sets once measured (synthetic texts in their styles): an
assignment section that hands an agency the tasks of a part of the plan by pointing at it."""

from __future__ import annotations

from planparse import parse_plan
from planparse.tests.reading import items_by_ref

PLAN_HEAD = "ỦY BAN NHÂN DÂN TỈNH B\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhát triển kinh tế số\n"

SECTORS = (
    "III. PHÁT TRIỂN NỀN MÓNG\n"
    "1. Hạ tầng\n"
    "a) Phát triển mạng cáp quang đến từng thôn, xóm.\n"
    "b) Nâng cấp trung tâm dữ liệu của tỉnh.\n"
    "IV. PHÁT TRIỂN NGÀNH, LĨNH VỰC\n"
    "1. Nông nghiệp\n"
    "1.1. Trồng trọt\n"
    "Lĩnh vực trồng trọt còn nhiều dư địa chuyển đổi số.\n"
    "a) Ứng dụng cảm biến đo độ ẩm đất cho các vùng chuyên canh.\n"
    "b) Xây dựng bản đồ số vùng trồng.\n"
    "1.2. Chăn nuôi\n"
    "a) Số hóa sổ theo dõi đàn vật nuôi.\n"
    "2. Thương mại\n"
    "2.1. Bán lẻ\n"
    "a) Hỗ trợ cửa hàng tạp hóa bán hàng qua sàn điện tử.\n"
    "2.2. Xuất nhập khẩu\n"
    "a) Phát triển cửa khẩu số:\n"
    "- Số hóa toàn bộ chứng từ thông quan.\n"
    "- Kết nối dữ liệu với cảng cạn.\n"
    "b) Hỗ trợ doanh nghiệp kho vận dùng nền tảng số.\n"
)


def test_a_pointer_to_a_section_gives_its_tasks_to_the_agency_and_is_no_task_itself() -> None:
    items = items_by_ref(
        PLAN_HEAD + SECTORS + "V. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Khoa học và Công nghệ\n"
        "a) Chủ trì xây dựng hạ tầng số dùng chung của tỉnh.\n"
        "2. Sở Nông nghiệp và Môi trường\n"
        "Chủ trì triển khai các nhiệm vụ tại mục (IV) (1) của Kế hoạch.\n"
        "3. Sở Công Thương\n"
        "Chủ trì triển khai các nhiệm vụ tại mục (IV) (2.1) (2.2) và Phụ lục của Kế hoạch.\n"
        "4. Chi cục Hải quan khu vực I\n"
        "a) Chủ trì triển khai các nhiệm vụ tại mục (IV)(2.2)(a);\n"
        "b) Phối hợp với Sở Công Thương hỗ trợ doanh nghiệp xuất khẩu.\n"
    )
    for ref in ("IV.1.1.a", "IV.1.1.b", "IV.1.2.a"):
        assert items[ref].lead == ["Sở Nông nghiệp và Môi trường"], ref
        assert items[ref].lead_source == "section_III"
    assert items["IV.2.1.a"].lead == ["Sở Công Thương"]
    assert items["IV.2.2.b"].lead == ["Sở Công Thương"]
    # the narrower pointer wins
    assert items["IV.2.2.a-1"].lead == ["Chi cục Hải quan khu vực I"]
    assert items["IV.2.2.a-2"].lead == ["Chi cục Hải quan khu vực I"]
    # pointer-only duties are not tasks; a real duty beside them is
    assert items["V.2"].kind != "task"
    assert items["V.3"].kind != "task"
    assert items["V.4.a"].kind != "task"
    assert items["V.4.b"].kind == "task"


def test_written_pointers_name_the_part_broad_to_narrow() -> None:
    items = items_by_ref(
        PLAN_HEAD + SECTORS + "V. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Thông tin và Truyền thông chủ trì thực hiện các nhiệm vụ tại mục 1 phần III của Kế hoạch này.\n"
        "2. Sở Nông nghiệp và Môi trường thực hiện các nhiệm vụ nêu tại điểm a khoản 1.1 mục IV; báo cáo kết quả "
        "về Sở Khoa học và Công nghệ trước ngày 15/12 hằng năm.\n"
        "3. Sở Công Thương chủ trì triển khai, thực hiện các nhiệm vụ được phân công tại mục IV.2.\n"
    )
    assert items["III.1.a"].lead == ["Sở Thông tin và Truyền thông"]
    assert items["III.1.b"].lead == ["Sở Thông tin và Truyền thông"]
    assert items["IV.1.1.a"].lead == ["Sở Nông nghiệp và Môi trường"]
    assert items["IV.2.2.b"].lead == ["Sở Công Thương"]
    # a pointer beside other duties keeps the item a task
    assert items["V.2"].kind == "task"


def test_an_appendix_pointer_alone_is_no_task_but_a_focus_or_a_joining_duty_is_no_pointer() -> None:
    plan = parse_plan(
        PLAN_HEAD + SECTORS + "V. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Tài chính\n"
        "a) Bố trí kinh phí thực hiện Kế hoạch hằng năm.\n"
        "b) Triển khai nhiệm vụ được giao chủ trì tại Phụ lục của Kế hoạch.\n"
        "2. Các sở, ban, ngành, UBND các xã, phường\n"
        "Chủ động xây dựng kế hoạch triển khai phù hợp với ngành, địa phương (trọng tâm các nhiệm vụ tại mục III).\n"
        "3. Sở Xây dựng\n"
        "Phối hợp triển khai các nhiệm vụ tại mục (IV) (2) của Kế hoạch.\n"
    )
    items = {i.ref: i for i in plan.items}
    assert items["V.1.b"].kind != "task"
    assert items["V.1.a"].kind == "task"
    assert items["V.2"].kind == "task"
    assert items["III.1.a"].lead != ["Các sở, ban, ngành", "UBND các xã, phường"]
    assert items["IV.2.1.a"].lead != ["Sở Xây dựng"]


def test_a_duty_naming_several_section_titles_owns_their_tasks() -> None:
    # the similarity of one task to another agency's duty does not outweigh a remit given by section titles
    items = items_by_ref(
        PLAN_HEAD + "III. PHÁT TRIỂN NỀN MÓNG\n"
        "1. Thể chế\n"
        "a) Xây dựng cơ chế thử nghiệm có kiểm soát cho sản phẩm tài chính mới.\n"
        "b) Thúc đẩy quỹ đầu tư mạo hiểm hỗ trợ doanh nghiệp khởi nghiệp.\n"
        "2. Dữ liệu số\n"
        "a) Xây dựng kho dữ liệu dùng chung của tỉnh.\n"
        "3. Nhân lực số\n"
        "a) Đào tạo kỹ năng số cho sinh viên các trường đại học.\n"
        "IV. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Khoa học và Công nghệ\n"
        "a) Chủ trì hoàn thiện thể chế, chính sách; tổ chức triển khai các nhiệm vụ về dữ liệu số, nhân lực số trên "
        "địa bàn tỉnh.\n"
        "2. Sở Tài chính\n"
        "a) Bố trí vốn cho quỹ đầu tư mạo hiểm, sản phẩm tài chính mới và doanh nghiệp khởi nghiệp.\n"
        "3. Các cơ sở đào tạo đại học\n"
        "a) Đào tạo kỹ năng số cho sinh viên, mở chuyên ngành mới.\n"
    )
    for ref in ("III.1.a", "III.1.b", "III.2.a", "III.3.a"):
        assert items[ref].lead == ["Sở Khoa học và Công nghệ"], ref
        assert items[ref].lead_source == "section_III"


def test_one_section_title_in_a_duty_is_a_topic_not_a_remit() -> None:
    items = items_by_ref(
        PLAN_HEAD + "III. PHÁT TRIỂN NỀN MÓNG\n"
        "1. Dữ liệu số\n"
        "a) Xây dựng kho dữ liệu dùng chung của tỉnh.\n"
        "2. Nhân lực số\n"
        "a) Đào tạo kỹ năng số cho sinh viên các trường đại học.\n"
        "IV. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Khoa học và Công nghệ\n"
        "a) Chủ trì xây dựng kho dữ liệu dùng chung của tỉnh.\n"
        "2. Các cơ sở đào tạo đại học\n"
        "a) Đào tạo kỹ năng số cho sinh viên; phát triển nhân lực số chất lượng cao.\n"
    )
    assert items["III.1.a"].lead == ["Sở Khoa học và Công nghệ"]
    assert items["III.2.a"].lead == ["Các cơ sở đào tạo đại học"]
