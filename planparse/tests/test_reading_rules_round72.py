"""Round 72 (set 29): a department's letter that asks businesses for one thing by a date, in a paragraph that opens
on its context, with a list of firms after the signature; a letter of numbered titles over dashes with a report's
content, a schedule's span and a sanction; a decision approving a scheme in its articles, whose owner-less items
take their owner from the body that leads the scheme when the duty they match only partners it. Made-up texts, each
test failing without its rule."""

from __future__ import annotations

from planparse.deadlines import find_deadline
from planparse.tests.reading import items_by_ref, task_refs

_LETTERHEAD = (
    "UBND TỈNH BẮC NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ XÂY DỰNG\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: /SXD-QLCL\nBắc Nam, ngày tháng 5 năm 2026\nV/v cập nhật dữ liệu vật liệu xây dựng trên hệ thống\n"
    "Kính gửi: Các doanh nghiệp sản xuất vật liệu xây dựng trên địa bàn tỉnh\n"
)
_REQUEST = (
    "Căn cứ Thông tư số 12/2025/TT-BXD ngày 01/3/2025 của Bộ Xây dựng về cơ sở dữ liệu vật liệu xây dựng.\n"
    "Ngày 10 tháng 01 năm 2026, Sở Xây dựng có Văn bản số 45/SXD-QLCL gửi các doanh nghiệp đề nghị cập nhật dữ "
    "liệu trên hệ thống, với thời hạn trước ngày 28 tháng 02 năm 2026. Tuy nhiên đến nay mới có một số doanh "
    "nghiệp cập nhật (chi tiết Phụ lục kèm theo).\n"
    "Thực hiện chức năng, nhiệm vụ được giao, Sở Xây dựng yêu cầu các doanh nghiệp sản xuất vật liệu xây dựng "
    "chưa cập nhật dữ liệu khẩn trương cập nhật dữ liệu trên hệ thống trước ngày 15 tháng 5 năm 2026.\n"
    "Sở Xây dựng yêu cầu các doanh nghiệp nghiêm túc thực hiện./.\n"
)
_SIGNATURE = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn A\n"
_FIRMS = (
    "Danh sách các doanh nghiệp đề nghị cập nhật lần 2\n"
    "1. Công ty Cổ phần Gạch ngói Bắc Nam\n2. Công ty TNHH Xi măng Núi Đá\n3. Công ty Cổ phần Đá xây dựng Sông Hồng\n"
)
_TABLE = (
    "Phụ lục: Danh sách các doanh nghiệp đã cập nhật dữ liệu trên hệ thống\n"
    "(Kèm theo Công văn số /SXD-QLCL ngày /5/2026 của Sở Xây dựng)\n"
    "STT | Doanh nghiệp đã cập nhật | Ngày cập nhật\n"
    "1 | Công ty Cổ phần Gạch Hồng Phát | 06/03/2026\n2 | Công ty TNHH Bê tông Bắc Nam | 13/02/2026\n"
)


def test_a_letter_with_nothing_numbered_before_its_signature_is_read_from_its_prose() -> None:
    """The firms numbered after the signature are its attachment, not the letter's body: its one request is `[1]`,
    asked of the firms that have not yet updated, due 15/5/2026; the firms listed are no tasks."""
    items = items_by_ref(_LETTERHEAD + _REQUEST + _SIGNATURE + _FIRMS)
    assert task_refs(items) == {"[1]"}
    duty = items["[1]"]
    assert duty.lead and duty.lead[0].startswith("các doanh nghiệp")
    assert duty.deadline.date is not None and duty.deadline.date.isoformat() == "2026-05-15"


def test_a_request_after_its_context_in_one_sentence_is_a_duty() -> None:
    """ "Thực hiện chức năng, nhiệm vụ được giao, Sở X yêu cầu …": the context, then the request in the same sentence;
    a paragraph that is context only ("Căn cứ …") and one that tells what was sent before stay notes."""
    items = items_by_ref(_LETTERHEAD + _REQUEST + _SIGNATURE)
    assert task_refs(items) == {"[1]"}
    assert items["[1]"].text.startswith("Sở Xây dựng yêu cầu")


def test_an_appendix_table_after_the_signature_leaves_the_letters_paragraphs_duties() -> None:
    """A table of the firms that have reported, after the signature, is no numbering of the body: the request is
    still `[1]`, the rows are no tasks."""
    items = items_by_ref(_LETTERHEAD + _REQUEST + _SIGNATURE + _TABLE)
    assert task_refs(items) == {"[1]"}


def test_the_senders_request_to_carry_the_letter_out_is_its_closing() -> None:
    """ "Sở X yêu cầu các doanh nghiệp nghiêm túc thực hiện./.": the letter as a whole, no duty of its own."""
    items = items_by_ref(_LETTERHEAD + _REQUEST + _SIGNATURE)
    closing = [
        i for i in items.values() if i.text.startswith("Sở Xây dựng yêu cầu các doanh nghiệp nghiêm túc")
    ]
    assert closing and all(i.kind != "task" for i in closing)


_CLUSTER_LETTER = (
    "UBND TỈNH BẮC NAM\nSỞ CÔNG THƯƠNG\nSố: /SCT-QLCN\nV/v đôn đốc tiến độ đầu tư khu công nghiệp\n"
    "Kính gửi:\n- Công ty Cổ phần Hạ tầng A;\n- Công ty TNHH Đầu tư B.\n"
    "Thực hiện Nghị định số 35/2022/NĐ-CP của Chính phủ; qua theo dõi, tiến độ đầu tư tại một số khu công nghiệp "
    "còn chậm. Sở Công Thương đề nghị các chủ đầu tư tập trung thực hiện các nội dung sau:\n"
    "1. Bảo đảm tiến độ dự án\n"
    "- Rà soát các hạng mục, lập kế hoạch chi tiết theo tháng, quý đến hết năm 2027, bám sát tiến độ đã được phê "
    "duyệt.\n"
    "- Bố trí đủ vốn theo cam kết; đẩy nhanh thi công hạ tầng thiết yếu.\n"
    "2. Chế độ báo cáo\n"
    "- Định kỳ hằng tháng, trước ngày 25, chủ đầu tư gửi báo cáo tình hình triển khai dự án về Sở Công Thương.\n"
    "- Nội dung báo cáo: khối lượng thực hiện trong tháng; giá trị vốn đã giải ngân; khó khăn, vướng mắc.\n"
    "3. Xử lý chậm tiến độ\n"
    "Quá 12 tháng kể từ ngày được giao đất mà chủ đầu tư không triển khai dự án, Sở Công Thương sẽ tổng hợp, báo "
    "cáo UBND tỉnh xem xét thu hồi dự án theo quy định.\n"
    "Sở Công Thương đề nghị các chủ đầu tư nghiêm túc triển khai thực hiện./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)


def test_a_dash_labelled_with_a_reports_content_is_no_task() -> None:
    """ "- Nội dung báo cáo: …" under the report asked just above says what the report holds."""
    items = items_by_ref(_CLUSTER_LETTER)
    assert items["2-1"].kind == "task"
    assert items["2-2"].kind != "task"


def test_what_the_sender_will_do_when_the_addressees_fail_is_no_task() -> None:
    """ "Quá 12 tháng … mà chủ đầu tư không triển khai …, Sở Công Thương sẽ tổng hợp, báo cáo …": a sanction."""
    items = items_by_ref(_CLUSTER_LETTER)
    assert items["3"].kind != "task"
    assert {"1-1", "1-2", "2-1"} <= task_refs(items)


def test_a_schedule_drawn_up_period_by_period_is_not_due_at_its_span() -> None:
    """ "lập kế hoạch chi tiết theo tháng, quý đến hết năm 2027": the span the schedule covers, no deadline; a plain
    "hoàn thành … đến hết năm 2027" still times the work."""
    items = items_by_ref(_CLUSTER_LETTER)
    assert items["1-1"].deadline.date is None
    assert find_deadline("Hoàn thành việc lập kế hoạch chi tiết đến hết năm 2027.").date is not None
    assert find_deadline("Lập tiến độ chi tiết theo tuần, tháng đến hết năm 2026.").date is None


def _scheme(vi2: str) -> str:
    return (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 901/QĐ-TTg\nQUYẾT ĐỊNH\nPhê duyệt Đề án phát triển nhân lực ngành đường sắt\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Phê duyệt Đề án “Phát triển nhân lực ngành đường sắt” (sau đây gọi là Đề án) với các nội dung sau:\n"
        "I. MỤC TIÊU\nĐến năm 2030 có đủ nhân lực vận hành đường sắt tốc độ cao.\n"
        "II. NHIỆM VỤ VÀ GIẢI PHÁP\n"
        "1. Về cơ chế, chính sách\n"
        "a) Rà soát, hoàn thiện chính sách tiền lương, đãi ngộ đối với người lao động ngành đường sắt tốc độ cao.\n"
        "b) Nghiên cứu cơ chế thu hút kỹ sư đường sắt làm việc tại các ban quản lý dự án.\n"
        "2. Về hợp tác quốc tế\n"
        "a) Tổ chức liên kết đào tạo kỹ sư đường sắt với các trường đại học nước ngoài có uy tín.\n"
        "b) Khảo sát mô hình tổ chức vận hành khai thác của các nước có đường sắt tốc độ cao.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Bộ Xây dựng\n"
        "a) Chủ trì, phối hợp với các bộ, ngành triển khai thực hiện Đề án; hướng dẫn, kiểm tra việc thực hiện.\n"
        "b) Chủ trì khảo sát mô hình tổ chức vận hành khai thác đường sắt tốc độ cao của các nước.\n"
        "2. Bộ Nội vụ\n"
        f"{vi2}\n"
        "3. Bộ Ngoại giao\n"
        "Phối hợp, hỗ trợ Bộ Xây dựng trong liên kết đào tạo kỹ sư đường sắt với các trường đại học nước ngoài.\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.\n"
        "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn B\n"
    )


_PARTNERS = (
    "Phối hợp với Bộ Xây dựng, Bộ Tài chính rà soát, hoàn thiện chính sách tiền lương, đãi ngộ đối với người lao "
    "động ngành đường sắt tốc độ cao."
)


def test_a_scheme_approved_in_the_articles_names_its_coordinator_bare() -> None:
    """ "Chủ trì, phối hợp với các bộ, ngành triển khai thực hiện Đề án": the scheme's coordinating body, who takes
    the owner-less items no duty carries out (II.1.b)."""
    items = items_by_ref(_scheme(_PARTNERS))
    assert items["II.1.b"].lead == ["Bộ Xây dựng"]


def test_an_item_only_a_partners_duty_matches_is_the_coordinators_work() -> None:
    """ "2. Bộ Nội vụ: Phối hợp với Bộ Xây dựng, … rà soát, hoàn thiện chính sách tiền lương …" restates II.1.a: the
    work is the scheme's coordinator's, Bộ Nội vụ its partner; so is II.2.a, which only "Phối hợp, hỗ trợ Bộ Xây
    dựng …" of Bộ Ngoại giao matches. A duty the body leads ("Chủ trì rà soát …") keeps the item its own."""
    items = items_by_ref(_scheme(_PARTNERS))
    assert items["II.1.a"].lead == ["Bộ Xây dựng"]
    assert "Bộ Nội vụ" in items["II.1.a"].coordinators
    assert items["II.2.a"].lead == ["Bộ Xây dựng"]
    own = items_by_ref(_scheme(_PARTNERS.replace("Phối hợp với Bộ Xây dựng, Bộ Tài chính", "Chủ trì")))
    assert own["II.1.a"].lead == ["Bộ Nội vụ"]


def test_a_plan_that_implements_a_scheme_keeps_a_partners_duty_its_bodys() -> None:
    """A plan of its own (not a scheme approved inside an article) that implements "the Đề án": the duty that only
    partners still gives its body the item it restates, as the readers of sets 5-9 read such duties."""
    text = _scheme(_PARTNERS)
    body = text[text.index("I. MỤC TIÊU") : text.index("Điều 2.")]
    plan = (
        "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 12/KH-UBND\nKẾ HOẠCH\nThực hiện Đề án phát triển nhân lực\n" + body
    )
    items = items_by_ref(plan + "Nơi nhận:\n")
    assert items["II.1.a"].lead == ["Bộ Nội vụ"]


def test_what_the_cited_text_assigns_stays_context() -> None:
    """ "Thực hiện Kế hoạch số …; trong đó, UBND tỉnh đề nghị Sở X …": what the cited plan asks, after its ";", is
    context, not the letter's request; "Căn cứ …, Sở X đề nghị các doanh nghiệp nghiêm túc thực hiện./." only
    carries the letter out."""
    context = (
        "Thực hiện Kế hoạch số 306/KH-UBND ngày 30/7/2026 của UBND tỉnh; trong đó, UBND tỉnh đề nghị Sở Xây dựng "
        "hướng dẫn các doanh nghiệp cập nhật dữ liệu vật liệu xây dựng trên hệ thống.\n"
    )
    closing = "Căn cứ ý kiến chỉ đạo trên, Sở Xây dựng đề nghị các doanh nghiệp nghiêm túc thực hiện./.\n"
    items = items_by_ref(_LETTERHEAD + context + _REQUEST.split("\n", 2)[2] + closing + _SIGNATURE)
    assert task_refs(items) == {"[1]"}
    assert items["[1]"].text.startswith("Sở Xây dựng yêu cầu")


def test_a_yearly_plan_whose_subject_pairs_two_nouns_recurs() -> None:
    """ "Xây dựng kế hoạch đào tạo, bồi dưỡng hằng năm và giai đoạn 5 năm …": the yearly plan (round 54's convention),
    its subject two nouns joined by a comma."""
    text = "Xây dựng kế hoạch đào tạo, bồi dưỡng hằng năm và giai đoạn 5 năm trên cơ sở tổng hợp kết quả đào tạo."
    assert find_deadline(text).recurrence == "yearly"
