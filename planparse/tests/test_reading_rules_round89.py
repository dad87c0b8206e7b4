"""Round 89: a plain text hard-wrapped near one width, its paragraphs not parted by blank lines (a web copy, an
e-mail, a PDF's text pasted into a file), is read one paragraph a line again; a line that starts an item, a
heading in capitals and a line that ends a sentence stay apart. A made-up plan, each test failing without the
rule."""

from __future__ import annotations

import re

from planparse import parse_plan
from planparse.reader import join_hard_wrapped, read_text

_PLAN = [
    "ỦY BAN NHÂN DÂN TỈNH ĐÔNG SƠN",
    "Số: 41/KH-UBND",
    "Đông Sơn, ngày 05 tháng 6 năm 2027",
    "KẾ HOẠCH",
    "Triển khai thực hiện chương trình nâng cao chất lượng nước sạch nông thôn giai đoạn 2027 - 2030",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Bảo đảm các hộ dân nông thôn trên địa bàn tỉnh được sử dụng nước sạch đạt quy chuẩn, nâng cao nhận thức"
    " của người dân về bảo vệ nguồn nước và sử dụng nước tiết kiệm.",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Sở Nông nghiệp và Môi trường chủ trì rà soát hiện trạng các công trình cấp nước tập trung nông thôn,"
    " đề xuất phương án sửa chữa, nâng cấp từng công trình; hoàn thành trước ngày 30/9/2027.",
    "2. Sở Y tế chủ trì kiểm tra, giám sát chất lượng nước của các công trình cấp nước tập trung, công bố kết"
    " quả kiểm tra trên cổng thông tin điện tử của tỉnh; thực hiện hằng quý.",
    "3. Sở Tài chính chủ trì tham mưu bố trí kinh phí thực hiện kế hoạch trong dự toán ngân sách hằng năm của"
    " các cơ quan, đơn vị theo phân cấp ngân sách hiện hành.",
    "a) Ủy ban nhân dân các xã, phường rà soát danh sách hộ dân chưa được sử dụng nước sạch, gửi Sở Nông nghiệp"
    " và Môi trường trước ngày 15/8/2027.",
    "b) Tuyên truyền, vận động người dân sử dụng nước tiết kiệm, bảo vệ các công trình cấp nước trên địa bàn"
    " quản lý của mình.",
    "4. Báo Đông Sơn, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục tuyên truyền về nước sạch nông thôn và"
    " vệ sinh môi trường; thực hiện thường xuyên.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo Ủy ban nhân"
    " dân tỉnh (qua Sở Nông nghiệp và Môi trường) để xem xét, chỉ đạo.",
    "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Lê Thị Hoa",
]


def _hard_wrapped(lines: list[str], width: int = 78) -> str:
    """Each line broken near `width` characters, only before a word in lower case after a word ending no
    sentence, as a mail program or a PDF copy wraps a paragraph."""
    out = []
    for line in lines:
        while len(line) > width:
            cuts = [
                m.start()
                for m in re.finditer(r" (?=[a-zàáảãạăâđèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ])", line)
                if width // 2 <= m.start() <= width and not re.search(r"[.;:]$", line[: m.start()])
            ]
            if not cuts:
                break
            out.append(line[: max(cuts)])
            line = line[max(cuts) + 1 :]
        out.append(line)
    return "\n".join(out) + "\n"


def test_a_hard_wrapped_plan_is_read_one_paragraph_a_line() -> None:
    wrapped = _hard_wrapped(_PLAN)
    assert max(len(ln) for ln in wrapped.split("\n")) <= 78 and wrapped.count("\n") > len(_PLAN) + 10
    assert read_text(wrapped.encode("utf-8"), "txt").split("\n") == [*_PLAN, ""]


def test_a_hard_wrapped_plan_parses_as_its_unwrapped_text() -> None:
    whole = parse_plan("\n".join(_PLAN) + "\n").to_dict()
    wrapped = parse_plan(read_text(_hard_wrapped(_PLAN).encode("utf-8"), "txt")).to_dict()
    assert wrapped["items"] == whole["items"]
    leads = {i["ref"]: i["lead"] for i in wrapped["items"] if i["kind"] == "task"}
    assert leads["II.1"] == ["Sở Nông nghiệp và Môi trường"] and leads["II.2"] == ["Sở Y tế"]


def test_one_paragraph_a_line_is_left_as_it_is() -> None:
    text = "\n".join(_PLAN * 3) + "\n"
    assert join_hard_wrapped(text) is text


def test_items_headings_and_sentences_stay_apart() -> None:
    lines = [
        *_PLAN[:5],
        "II. NHIỆM VỤ CỤ THỂ",
        "1. Rà soát, sửa đổi quy chế phối hợp quản lý công trình cấp nước",
        "a)",
        "Sở Xây dựng chủ trì, phối hợp với các sở, ngành liên quan thực hiện.",
        "b. các xã, phường phối hợp thực hiện",
        "QUY ĐỊNH CHUNG",
        "trong toàn tỉnh",
        *_PLAN[6:],
    ]
    read = read_text(_hard_wrapped(lines).encode("utf-8"), "txt").split("\n")
    for line in lines[5:12]:
        assert line in read
