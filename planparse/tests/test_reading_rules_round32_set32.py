"""Round 32 (set 32): a letter whose appendix table hands out proposals to owners named by a column "<body>
<verb of charge>", the appendix title and its attachment note on one line, and the body item that sends the
appendix out giving its deadline to the undated rows (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs
from planparse.tree import build_tree

LETTER = (
    "ỦY BAN NHÂN DÂN TỈNH AN THÁI\nBAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ\nSố: 21/CV-BCĐ\nAn Thái, ngày 10 tháng 3 năm 2026\n"
    "Kính gửi: Giám đốc các Sở, ngành tỉnh\n"
    "Để tháo gỡ vướng mắc trong triển khai chuyển đổi số cấp xã, Ban Chỉ đạo đề nghị:\n"
    "1. Sở Khoa học và Công nghệ hoàn thiện nền tảng dùng chung của tỉnh, hoàn thành trong tháng 4/2026.\n"
    "2. Các Sở, ngành nghiên cứu, xử lý các đề xuất của các xã, phường (Phụ lục kèm theo), "
    "hoàn thành trước ngày 30/4/2026.\n"
    "Nơi nhận: - Như trên; - Lưu: VT.\n"
    "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nTrần Văn B\n"
    "PHỤ LỤC TỔNG HỢP ĐỀ XUẤT CỦA CẤP XÃ VÀ PHÂN CÔNG XỬ LÝ "
    "(Kèm theo Công văn số 21/CV-BCĐ ngày 10 tháng 3 năm 2026 của Ban Chỉ đạo)\n"
    "TT | Xã đề xuất | Ý kiến đề xuất | Sở phụ trách giải quyết\n"
    "1 | Phú Mỹ, Tân Lập | Đề nghị hướng dẫn việc kết nối phần mềm một cửa với cơ sở dữ liệu dân cư | Sở Tư pháp\n"
    "2 | Đồng Tâm | Đề nghị bố trí kinh phí mua sắm thiết bị cho bộ phận tiếp nhận và trả kết quả | "
    "Sở Tài chính; Sở Nội vụ\n"
)


def test_capital_appendix_title_with_its_note_on_one_line_opens_the_appendix() -> None:
    """ "PHỤ LỤC <TITLE IN CAPITALS> (Kèm theo Công văn số …)" on one line opens the appendix after the signature."""
    tree = build_tree(LETTER)
    assert any(i.marker == "appendix" for i in tree.items)


def test_body_in_charge_header_names_the_owner_and_the_longest_unnamed_column_the_work() -> None:
    """ "Sở phụ trách giải quyết" names who does each row; of the unnamed columns before it, the long one holds
    the work and the short one (who proposed) is no owner."""
    items = items_by_ref(LETTER)
    assert {"PL.1", "PL.2"} <= task_refs(items)
    assert items["PL.1"].text.startswith("Đề nghị hướng dẫn việc kết nối")
    assert items["PL.1"].lead == ["Sở Tư pháp"]
    assert items["PL.2"].lead == ["Sở Tài chính", "Sở Nội vụ"]


def test_the_body_item_that_sends_the_appendix_dates_its_undated_rows() -> None:
    """Item 2 sends out the appendix "(Phụ lục kèm theo), hoàn thành trước ngày 30/4/2026"; the table has no
    timing column: its rows are due then."""
    items = items_by_ref(LETTER)
    assert items["PL.1"].deadline is not None and items["PL.1"].deadline.date.isoformat() == "2026-04-30"
    assert items["PL.2"].deadline.date.isoformat() == "2026-04-30"
    assert items["1"].deadline.date.isoformat() == "2026-04-30"


def test_a_timed_table_keeps_its_own_column() -> None:
    """A table with its own timing column is not dated from the body item."""
    timed = LETTER.replace(
        "| Ý kiến đề xuất | Sở phụ trách giải quyết\n", "| Nội dung | Sở phụ trách giải quyết | Thời hạn\n"
    )
    timed = timed.replace("| Sở Tư pháp\n", "| Sở Tư pháp | Tháng 6/2026\n").replace(
        "Sở Tài chính; Sở Nội vụ\n", "Sở Tài chính; Sở Nội vụ | Tháng 6/2026\n"
    )
    items = items_by_ref(timed)
    assert items["PL.1"].deadline.date.isoformat() == "2026-06-30"
