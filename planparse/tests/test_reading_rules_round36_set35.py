"""Round 36 (set 35): paragraphs numbered in words ("Thứ nhất, …", "Một là, …") are numbered items; in minutes only
the agreed conclusions give work; an approval that opens a list gives none; a paragraph after the items whose
subject is the reports they ask for dates them (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_dates, task_refs

NOTICE = (
    "ỦY BAN NHÂN DÂN TỈNH AN THÁI\nSố: 12/TB-UBND\nAn Thái, ngày 02 tháng 3 năm 2026\nTHÔNG BÁO\n"
    "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về chợ đầu mối\n"
    "Ngày 28/02/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp về chợ đầu mối nông sản. Sau khi nghe báo cáo, Chủ tịch "
    "UBND tỉnh kết luận như sau:\n"
    "Thứ nhất, giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính rà soát quy hoạch mạng lưới chợ.\n"
    "Thứ hai, đề nghị UBND huyện Bình Sơn khẩn trương hoàn thành giải phóng mặt bằng chợ đầu mối.\n"
    "Thứ ba, Sở Xây dựng hướng dẫn thủ tục cấp phép xây dựng cho nhà đầu tư.\n"
    "Nơi nhận:\n"
)


def test_paragraphs_numbered_in_words_are_numbered_items() -> None:
    """ "Thứ nhất, …", "Thứ hai, …", "Thứ ba, …" are the notice's items 1-3, as "1.", "2.", "3." would be, each with
    its own owner (without the rule they are unnumbered paragraphs, the first two read as one)."""
    items = items_by_ref(NOTICE)
    assert task_refs(items) == {"1", "2", "3"}
    assert items["1"].lead == ["Sở Công Thương"]
    assert items["2"].lead == ["UBND huyện Bình Sơn"]
    assert items["3"].text.startswith("Sở Xây dựng hướng dẫn")


def test_counting_words_number_items_under_a_section() -> None:
    """ "Một là, …", "Hai là, …" under "II." are II.1 and II.2."""
    text = NOTICE.replace("Thứ nhất,", "I. Đánh giá chung\nCác sở đã chuẩn bị tốt.\nII. Kết luận\nMột là,")
    text = text.replace("Thứ hai,", "Hai là,").replace("Thứ ba,", "Ba là,")
    items = items_by_ref(text)
    assert {"II.1", "II.2", "II.3"} <= task_refs(items)
    assert items["II.2"].lead == ["UBND huyện Bình Sơn"]


def test_a_weekday_or_a_lone_ordinal_is_no_number() -> None:
    """ "Thứ hai, ngày 09/3/2026 …" is a date, and "Thứ ba, …" with no "Thứ nhất" before it opens no list."""
    text = NOTICE.replace("Thứ nhất, giao", "Thứ hai, ngày 09/3/2026, giao").replace(
        "Thứ hai, đề nghị", "Đồng thời, đề nghị"
    )
    items = items_by_ref(text)
    assert not any(ref in items for ref in ("1", "2", "3"))


def test_a_weekday_with_its_date_goes_on_with_no_list() -> None:
    """After "Thứ nhất, …", a line "Thứ hai, ngày 09/3/2026: …" names a day (a weekday and its date), not item 2."""
    text = NOTICE.replace("Thứ hai, đề nghị", "Thứ hai, ngày 09/3/2026: đề nghị")
    assert "2" not in items_by_ref(text)


MINUTES = (
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBIÊN BẢN HỌP\n"
    "Hôm nay, ngày 10/3/2026, tại Sở Tài chính tỉnh An Thái, chúng tôi tiến hành họp về trụ sở làm việc.\n"
    "I. Thành phần\n"
    "1. Sở Tài chính\nÔng: Nguyễn Văn A - Phó Giám đốc.\n"
    "2. Đại diện Sở Xây dựng\nÔng: Trần Văn B - Phó Giám đốc.\n"
    "II. Nội dung\n"
    "1. Ý kiến của Sở Xây dựng\n"
    "Đề nghị Sở Tài chính rà soát lại danh mục trụ sở dôi dư trên địa bàn tỉnh.\n"
    "2. Ý kiến của Sở Tài chính\n"
    "Sở Tài chính sẽ tổng hợp, tham mưu UBND tỉnh phương án xử lý trụ sở dôi dư.\n"
    "III. Kết luận\n"
    "1. Giao Sở Tài chính chủ trì lập phương án sắp xếp trụ sở dôi dư.\n"
    "2. Sở Xây dựng thẩm định hiện trạng các trụ sở xuống cấp.\n"
    "Biên bản kết thúc vào hồi 11 giờ cùng ngày./.\n"
)


def test_minutes_give_work_only_in_what_the_meeting_concluded() -> None:
    """What participants said or offered (II's "Ý kiến của …: Đề nghị Sở X …", "Sở Y sẽ …") is a record of the
    meeting; the conclusions of III are its work."""
    items = items_by_ref(MINUTES)
    assert task_refs(items) == {"III.1", "III.2"}


def test_the_same_text_outside_minutes_is_read_as_before() -> None:
    """Not minutes (a notice's type line): II's requests stay tasks, the rule is the minutes' own."""
    items = items_by_ref(MINUTES.replace("BIÊN BẢN HỌP", "THÔNG BÁO"))
    assert {"II.1", "III.1", "III.2"} <= task_refs(items)


def test_minutes_without_a_conclusions_heading_are_read_as_they_are() -> None:
    items = items_by_ref(MINUTES.replace("III. Kết luận", "III. Tiếp theo"))
    assert "II.1" in task_refs(items)


def test_an_approval_that_opens_a_list_gives_no_work() -> None:
    """ "Hai là, thống nhất phân tích các phương án như sau:" over "Phương án 1: …" approves; it is no task (without
    the rule the option it absorbs is read as one)."""
    text = NOTICE.replace(
        "Thứ hai, đề nghị UBND huyện Bình Sơn khẩn trương hoàn thành giải phóng mặt bằng chợ đầu mối.\n",
        "Thứ hai, thống nhất phân tích ưu, nhược điểm các phương án bố trí chợ như sau:\n"
        "Phương án 1: Bố trí chợ tại xã Bình Minh. Ưu điểm: gần quốc lộ, có sẵn mặt bằng.\n"
        "Phương án 2: Bố trí chợ tại thị trấn. Nhược điểm: chật hẹp.\n",
    )
    items = items_by_ref(text)
    assert "2" in items and items["2"].kind == "note"
    assert task_refs(items) == {"1", "3"}


LETTER = (
    "ỦY BAN NHÂN DÂN TỈNH AN THÁI\nSố: 91/UBND-KT\nAn Thái, ngày 02 tháng 3 năm 2026\n"
    "V/v báo cáo tình hình các cụm công nghiệp\n"
    "Kính gửi: Sở Công Thương; Ban Quản lý các Khu công nghiệp tỉnh.\n"
    "Để chuẩn bị buổi làm việc của Lãnh đạo UBND tỉnh, Văn phòng UBND tỉnh đề nghị các cơ quan báo cáo các nội "
    "dung sau:\n"
    "1. Ban Quản lý các Khu công nghiệp tỉnh báo cáo kết quả thu hút đầu tư vào các khu công nghiệp.\n"
    "2. Sở Công Thương báo cáo tiến độ thành lập các cụm công nghiệp; những khó khăn, vướng mắc.\n"
    "Báo cáo của các cơ quan, đơn vị gửi về UBND tỉnh trước ngày 20/3/2026 để tổng hợp.\n"
    "Căn cứ nội dung trên, đề nghị các cơ quan, đơn vị triển khai thực hiện./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)


def test_a_paragraph_that_dates_the_reports_asked_above_dates_the_items() -> None:
    """ "Báo cáo của các cơ quan, đơn vị gửi về UBND tỉnh trước ngày 20/3/2026 …" after the items, before the
    closing request, is the due date of the reports items 1 and 2 ask for; it is no task of its own."""
    items = items_by_ref(LETTER)
    assert task_dates(items) == {"1": "2026-03-20", "2": "2026-03-20"}


def test_an_item_with_its_own_date_keeps_it() -> None:
    items = items_by_ref(
        LETTER.replace("các cụm công nghiệp; những", "các cụm công nghiệp trước ngày 15/3/2026; những")
    )
    assert task_dates(items) == {"1": "2026-03-20", "2": "2026-03-15"}


def test_the_reports_date_reaches_no_item_that_asks_no_report() -> None:
    text = LETTER.replace(
        "2. Sở Công Thương báo cáo tiến độ thành lập",
        "2. Sở Công Thương đôn đốc các chủ đầu tư đẩy nhanh thành lập",
    )
    assert task_dates(items_by_ref(text)) == {"1": "2026-03-20", "2": None}
