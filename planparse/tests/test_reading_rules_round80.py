"""Round 80 (set 52: a province's decision issuing a regulation, read from a scan's OCR text): the paragraphs of a
text parted by blank lines and hard-wrapped at the page's width are read whole; in a regulation's articles that
allocate each step to a body, the body an item names as its subject owns it. Made-up texts, each test failing
without its rule."""

from __future__ import annotations

import textwrap

from planparse import parse_plan
from planparse.owners import subject_owners
from planparse.reader import join_paragraph_blocks, read_text

_HEAD = [
    "ỦY BAN NHÂN DÂN TỈNH ĐÔNG SƠN",
    "Số: 07/2027/QĐ-UBND",
    "Đông Sơn, ngày 12 tháng 3 năm 2027",
    "QUYẾT ĐỊNH",
    "Ban hành Quy định phân cấp quản lý đường giao thông nông thôn trên địa bàn tỉnh Đông Sơn",
    "Điều 1. Ban hành kèm theo Quyết định này Quy định phân cấp quản lý đường giao thông nông thôn trên địa bàn"
    " tỉnh Đông Sơn.",
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2027.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "Trần Văn Bình",
    "QUY ĐỊNH",
    "Phân cấp quản lý đường giao thông nông thôn trên địa bàn tỉnh Đông Sơn",
    "(Ban hành kèm theo Quyết định số 07/2027/QĐ-UBND ngày 12 tháng 3 năm 2027 của Ủy ban nhân dân tỉnh Đông Sơn)",
    "Chương I",
    "QUY ĐỊNH CHUNG",
    "Điều 1. Phạm vi điều chỉnh",
    "Quy định này quy định việc phân cấp quản lý, bảo trì đường giao thông nông thôn trên địa bàn tỉnh Đông Sơn,"
    " trừ các tuyến đường do trung ương quản lý.",
]
_STEPS = [
    "Điều {n}. Phân cấp quản lý tuyến đường loại {n} trong phạm vi hành lang an toàn giao thông của các xã, phường",
    "1. Sở Giao thông vận tải kiểm tra hiện trạng các tuyến đường loại {n} nối từ hai xã, phường trở lên, lập"
    " danh mục công trình cần sửa chữa, tham mưu Ủy ban nhân dân tỉnh bố trí vốn bảo trì theo kế hoạch.",
    "2. Ủy ban nhân dân cấp xã tổ chức duy tu, bảo dưỡng thường xuyên các tuyến đường loại {n} nằm trọn trong"
    " địa giới hành chính do mình quản lý, trừ các tuyến quy định tại khoản 1 Điều này.",
]


def _scan(paragraphs: list[str]) -> str:
    """A scan's OCR text: each paragraph wrapped at 76 characters, paragraphs parted by a blank line."""
    return "\n\n".join("\n".join(textwrap.wrap(p, 76)) for p in paragraphs) + "\n"


def _regulation() -> str:
    return _scan(_HEAD + [s.format(n=n) for n in range(2, 8) for s in _STEPS])


def test_blank_parted_wrapped_paragraphs_are_read_whole() -> None:
    read = join_paragraph_blocks(_regulation()).split("\n")
    assert _STEPS[1].format(n=3) in read
    assert _STEPS[0].format(n=5) in read  # an article's title wrapped over two lines
    assert "Trần Văn Bình" in read and "CHỦ TỊCH" in read  # short lines ending no sentence stay apart


def test_one_paragraph_a_line_is_left_as_it_is() -> None:
    text = "\n".join(_HEAD + [s.format(n=n) for n in range(2, 8) for s in _STEPS]) + "\n"
    assert join_paragraph_blocks(text) is text


def test_the_subject_of_a_wrapped_item_owns_it() -> None:
    items = {i.ref: i for i in parse_plan(read_text(_regulation().encode("utf-8"), "txt")).items}
    assert items["Điều 3.1"].kind == "task" and items["Điều 3.1"].lead == ["Sở Giao thông vận tải"]
    assert items["Điều 6.2"].kind == "task" and items["Điều 6.2"].lead == ["Ủy ban nhân dân cấp xã"]


_ONE_A_LINE_HEAD = "\n".join(_HEAD) + "\n"


def test_an_article_opening_on_a_step_is_no_purpose_heading() -> None:
    text = (
        _ONE_A_LINE_HEAD
        + "Điều 2. Cấp phép đào đường tại nơi không có yêu cầu lập phương án tổ chức giao thông\n"
        "1. Sở Giao thông vận tải thẩm định hồ sơ đào đường trên các tuyến đường tỉnh.\n"
        "Điều 3. Xử lý nguyên nhân sạt lở mái ta luy\n"
        "1. Ủy ban nhân dân cấp xã khắc phục sạt lở trên các tuyến đường xã.\n"
        "Điều 4. Tổ chức thực hiện\n1. Sở Tài chính bố trí kinh phí bảo trì hằng năm.\n"
    )
    items = {i.ref: i for i in parse_plan(text).items}
    assert items["Điều 2.1"].kind == "task" and items["Điều 2.1"].lead == ["Sở Giao thông vận tải"]
    assert items["Điều 3.1"].kind == "task" and items["Điều 3.1"].lead == ["Ủy ban nhân dân cấp xã"]


def test_the_body_after_a_case_with_commas_owns_the_item() -> None:
    first = subject_owners(
        "Đối với đường tỉnh, đường liên xã do tỉnh quản lý, kể cả đoạn qua khu dân cư: Sở Giao thông vận tải chủ "
        "trì lập kế hoạch bảo trì, phối hợp với Công an tỉnh phân luồng giao thông."
    )
    assert first is not None and first.lead == ["Sở Giao thông vận tải"]
    second = subject_owners(
        "Đối với đường xã, đường thôn do xã quản lý, kể cả cầu treo dân sinh: Giao Ủy ban nhân dân cấp xã chủ trì "
        "lập kế hoạch bảo trì."
    )
    assert second is not None and second.lead == ["Ủy ban nhân dân cấp xã"]
