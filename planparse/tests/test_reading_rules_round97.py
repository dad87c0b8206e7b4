"""Round 97 (bench/metamorphic.py's row transforms: `rowverb`, `rowowner`, `rowproduct`, `rowtail`): a row restates
the body item whose words it says word for word, however it opens, and a row saying an item whole keeps it one task.
Made-up texts, each test failing without its rule."""

from __future__ import annotations

from planparse.model import PlanItem
from planparse.tests.reading import LETTERHEAD as _HEAD
from planparse.tests.reading import items_by_ref

_TAIL = [
    "II. TỔ CHỨC THỰC HIỆN",
    "Các sở, ngành triển khai các nhiệm vụ theo Phụ lục kèm theo.",
    "PHỤ LỤC",
    "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành",
]


def _items(lines: list[str]) -> dict[str, PlanItem]:
    return items_by_ref("\n".join(lines))


def test_a_row_that_opens_its_own_way_restates_the_item_that_says_its_last_words() -> None:
    """ "Xây dựng và tổ chức triển khai Chiến lược phát triển công nghiệp công nghệ số Việt Nam": another verb list
    and another kind of text than the item's ("Triển khai Chương trình …"), then the item's own words, which no
    other item says. The cosine of the row and the long item is low; the run of words they share is the item's."""
    lines = [
        *_HEAD,
        "I. NHIỆM VỤ",
        "1. Phát triển công nghiệp số",
        "a) Triển khai Chương trình phát triển công nghiệp công nghệ số Việt Nam đến năm 2030, tầm nhìn đến năm 2035"
        " theo hướng chuyển dịch từ lắp ráp, gia công sang làm sản phẩm, tạo động lực thúc đẩy phát triển kinh tế số;"
        " xác định rõ một số công nghệ số chiến lược, quan trọng mà tỉnh có lợi thế để tập trung đầu tư, phát triển.",
        "b) Xây dựng chính sách ưu đãi, khuyến khích doanh nghiệp nỗ lực tăng mức độ chuyển đổi số, bao gồm hỗ trợ"
        " tiếp cận vốn, trợ cấp một phần chi phí chuyển đổi.",
        "c) Tổ chức tập huấn kỹ năng số cho doanh nghiệp nhỏ và vừa trên địa bàn tỉnh.",
        *_TAIL,
        "1 | Xây dựng và tổ chức triển khai Chiến lược phát triển công nghiệp công nghệ số Việt Nam"
        " | Sở Khoa học và Công nghệ | Sở Tài chính | Quý IV/2027",
        "2 | Tổ chức tập huấn kỹ năng số cho doanh nghiệp nhỏ và vừa | Sở Công Thương | UBND các xã | Quý III/2027",
    ]
    items = _items(lines)
    assert items["PL.1"].kind == "note" and items["PL.1"].same_as == ["I.1.a"]
    assert items["I.1.a"].lead == ["Sở Khoa học và Công nghệ"]
    assert str(items["I.1.a"].deadline.date) == "2027-12-31"
    assert not items["I.1.b"].same_as  # the row's other words say nothing of it


_INSURANCE = [
    *_HEAD,
    "I. NHIỆM VỤ",
    "1. Triển khai toàn diện các thủ tục hành chính trong lĩnh vực bảo hiểm y tế trên Hệ thống dịch vụ công trực"
    " tuyến của tỉnh, bảo đảm kết nối, liên thông với Cổng Dịch vụ công quốc gia. Rà soát, chuẩn hóa dữ liệu người"
    " tham gia theo hộ gia đình, bảo đảm đúng, đủ, sạch, sống. Đẩy mạnh truyền thông về lợi ích của giao dịch điện"
    " tử trong lĩnh vực an sinh xã hội. Tổ chức ứng dụng công nghệ thông tin thu phí bảo hiểm y tế trực tuyến cho"
    " người dân.",
    "2. Tổ chức tập huấn kỹ năng số cho doanh nghiệp nhỏ và vừa trên địa bàn tỉnh.",
    "3. Ứng dụng công nghệ thông tin trong giám định bảo hiểm y tế, thanh toán trực tuyến chi phí khám bệnh cho"
    " người dân.",
    "4. Phát triển người tham gia bảo hiểm y tế theo hộ gia đình, hỗ trợ người dân đóng bảo hiểm y tế trực tuyến.",
    *_TAIL,
    "1 | Tổ chức ứng dụng công nghệ thông tin thu phí bảo hiểm y tế trực tuyến cho người dân | Bảo hiểm xã hội tỉnh"
    " | Sở Y tế | Quý IV/2027",
    "2 | Tổ chức tập huấn kỹ năng số cho doanh nghiệp nhỏ và vừa | Sở Công Thương | UBND các xã | Quý III/2027",
]


def test_a_row_that_is_a_later_sentence_of_an_item_word_for_word_restates_that_item() -> None:
    """The row is the last sentence of item 1, word for word (as round 92 reads a row that is an item's opening):
    it restates item 1, not item 3, which shares its topic's words ("ứng dụng công nghệ thông tin … trực tuyến cho
    người dân") and is closer by the cosine of the whole texts."""
    items = _items(_INSURANCE)
    assert items["PL.1"].same_as == ["I.1"]
    assert items["I.1"].lead == ["Bảo hiểm xã hội tỉnh"] and str(items["I.1"].deadline.date) == "2027-12-31"
    assert not items["I.3"].same_as and items["I.3"].deadline.date is None


def test_a_later_sentence_of_an_item_that_names_its_own_owner_is_not_restated_by_another_owners_row() -> None:
    """An item whose own words name another body as its owner ("Sở Y tế chủ trì …"): a row of another owner that says
    one of its sentences is that owner's part, not a restatement of the item (it stays a task of its own)."""
    lines = [
        ln.replace("1. Triển khai toàn diện", "1. Sở Y tế chủ trì triển khai toàn diện")
        if ln.startswith("1. ")
        else ln
        for ln in _INSURANCE
    ]
    items = _items(lines)
    assert items["I.1"].lead == ["Sở Y tế"] and "PL.1" not in items["I.1"].same_as


def test_a_row_that_says_an_item_whole_under_its_own_opening_keeps_the_item_one_task() -> None:
    """ "Công an tỉnh hình thành thị trường …" says the whole item, its owner named first: the item is one task with
    the row's owner and timing (round 15 kept it whole only for a row written word for word), not cut at its later
    sentence that opens with a subject of its own ("Doanh nghiệp công nghệ số Việt Nam tận dụng …")."""
    item = (
        "Hình thành thị trường an toàn, an ninh mạng có sức cạnh tranh khu vực và quốc tế. Doanh nghiệp công nghệ số"
        " Việt Nam tận dụng công nghệ nguồn mở để tự chủ công nghệ, phát triển sản phẩm và làm chủ thị trường."
    )
    lines = [
        *_HEAD,
        "I. NHIỆM VỤ",
        "1. " + item,
        "2. Tổ chức tập huấn kỹ năng số cho doanh nghiệp nhỏ và vừa trên địa bàn tỉnh.",
        *_TAIL,
        "1 | Công an tỉnh h" + item[1:] + " | Công an tỉnh | Sở Khoa học và Công nghệ | Năm 2027",
        "2 | Tổ chức tập huấn kỹ năng số cho doanh nghiệp nhỏ và vừa | Sở Công Thương | UBND các xã | Quý III/2027",
    ]
    items = _items(lines)
    assert "I.1[2]" not in items
    assert items["I.1"].same_as == ["PL.1"] and items["I.1"].lead == ["Công an tỉnh"]
    assert str(items["I.1"].deadline.date) == "2027-12-31"
