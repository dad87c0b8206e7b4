"""Round 74 (set 23): a province's letter upward that reports and then proposes, a ministry department's reply that
explains the law and asks one thing of a bare "địa phương", a directive whose closing paragraph has a ministry guide
and follow up, and a PDF text layer that writes "ư" as "ƣ". Made-up texts, each test failing without its rule."""

from __future__ import annotations

from planparse.reader import read_text
from planparse.tests.reading import items_by_ref, task_refs

_UPWARD = (
    "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 1234/UBND-KT\nBắc Nam, ngày 02 tháng 6 năm 2026\nV/v đề xuất tháo gỡ vướng mắc trong cấp phép khai thác cát\n"
    "Kính gửi: Bộ Nông nghiệp và Môi trường\n"
    "Ủy ban nhân dân tỉnh Bắc Nam nhận được phản ánh của các doanh nghiệp về vướng mắc trong cấp phép khai thác cát "
    "lòng sông, báo cáo và đề nghị Bộ Nông nghiệp và Môi trường nội dung như sau:\n"
    "1. Quy định hiện hành và thực tế tại địa phương\n"
    "Theo quy định tại khoản 2 Điều 30 Luật Địa chất và khoáng sản, việc cấp phép khai thác cát phải có đánh giá "
    "tác động lòng sông. Đến nay Cục Quản lý tài nguyên nước chưa ban hành hướng dẫn về nội dung đánh giá này.\n"
    "2. Khó khăn, vướng mắc\n"
    "Thứ nhất, Cục Địa chất Việt Nam đã có Văn bản số 512/ĐC-KS ngày 10/3/2026 cho biết đang nghiên cứu hướng "
    "dẫn. Tuy nhiên đến nay các địa phương vẫn chưa được hướng dẫn.\n"
    "Thứ hai, Sở Nông nghiệp và Môi trường đã có Văn bản số 88/SNNMT ngày 20/3/2026 đề nghị Cục Địa chất Việt Nam "
    "ban hành hướng dẫn trước ngày 30/4/2026, nhưng đến nay hướng dẫn vẫn chưa được ban hành.\n"
    "3. Kiến nghị\n"
    "Để kịp thời tháo gỡ khó khăn cho doanh nghiệp, Ủy ban nhân dân tỉnh Bắc Nam trân trọng đề nghị Bộ Nông "
    "nghiệp và Môi trường:\n"
    "(i). Chỉ đạo Cục Địa chất Việt Nam khẩn trương ban hành hướng dẫn đánh giá tác động lòng sông.\n"
    "(ii). Sớm sửa đổi Thông tư số 10/2025/TT-BNNMT theo hướng bổ sung nội dung đánh giá tác động lòng sông.\n"
    "Ủy ban nhân dân tỉnh Bắc Nam trân trọng đề nghị Bộ Nông nghiệp và Môi trường quan tâm, sớm xem xét./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n"
)


def test_a_letter_that_reports_then_proposes_asks_only_in_its_proposals() -> None:
    """ "1. Quy định … và thực tế", "2. Khó khăn, vướng mắc", "3. Kiến nghị" over "… đề nghị Bộ X:" and "(i).",
    "(ii).": the parts before the proposals are background, what others did or asked before ("… đã có Văn bản số …
    đề nghị Cục X ban hành …") told, not asked; the two proposals are the Ministry's tasks."""
    items = items_by_ref(_UPWARD)
    assert task_refs(items) == {"3.i", "3.ii"}
    assert items["3.i"].lead == ["Bộ Nông nghiệp và Môi trường"]


def test_background_that_itself_asks_stays_a_task() -> None:
    """A part before the proposals that makes a request of its own ("Đề nghị Sở X …") is still work."""
    text = _UPWARD.replace(
        "nhưng đến nay hướng dẫn vẫn chưa được ban hành.\n",
        "nhưng đến nay hướng dẫn vẫn chưa được ban hành. Đề nghị Sở Nông nghiệp và Môi trường tiếp tục đôn đốc.\n",
    )
    assert task_refs(items_by_ref(text)) == {"2.2", "3.i", "3.ii"}


_REPLY = (
    "BỘ CÔNG THƯƠNG\nCỤC CÔNG NGHIỆP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 456/CCN-QLCN\nHà Nội, ngày 10 tháng 8 năm 2025\nV/v hướng dẫn quản lý cụm công nghiệp\n"
    "Kính gửi: Sở Công Thương tỉnh Bắc Nam\n"
    "Cục Công nghiệp nhận được Công văn số 77/SCT-QLCN của Sở Công Thương tỉnh Bắc Nam; sau khi xem xét, Cục Công "
    "nghiệp có ý kiến như sau:\n"
    "1. Về thẩm quyền điều chỉnh quy hoạch cụm công nghiệp\n"
    "Tại Điều 8 Nghị định số 50/2025/NĐ-CP ngày 01/3/2025 của Chính phủ quy định trách nhiệm của Ủy ban nhân dân "
    "cấp tỉnh quyết định điều chỉnh quy hoạch cụm công nghiệp trên địa bàn. Hiệu lực thi hành của Nghị định quy "
    "định tại Điều 20.\n"
    "2. Về hồ sơ thành lập cụm công nghiệp\n"
    "Hiện nay các đơn vị hành chính đã được sắp xếp lại. Vì vậy, đề nghị địa phương rà soát, điều chỉnh hồ sơ "
    "thành lập cụm công nghiệp theo địa giới hành chính mới.\n"
    "Trên đây là ý kiến của Cục Công nghiệp để Quý Sở nghiên cứu, thực hiện./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nTrần Văn B\n"
)


def test_an_item_that_tells_what_a_provision_lays_down_is_no_task() -> None:
    """ "Tại Điều 8 Nghị định số … quy định trách nhiệm của … . Hiệu lực thi hành … tại Điều 20.": the law explained,
    no sentence asking anyone; item 2's request is the one task."""
    items = items_by_ref(_REPLY)
    assert task_refs(items) == {"2"}
    kept = _REPLY.replace("tại Điều 20.\n", "tại Điều 20. Đề nghị Sở Công Thương tham mưu thực hiện.\n")
    assert "1" in task_refs(items_by_ref(kept))


def test_a_request_to_a_bare_kind_of_body_is_that_kind() -> None:
    """ "Vì vậy, đề nghị địa phương rà soát …" with no owner above: the party asked is "địa phương", as written; so
    is "Đề nghị đơn vị lập …" after a condition."""
    assert items_by_ref(_REPLY)["2"].lead == ["địa phương"]
    text = _REPLY.replace(
        "Vì vậy, đề nghị địa phương rà soát", "Đối với hồ sơ đã nộp: Đề nghị đơn vị rà soát"
    )
    assert items_by_ref(text)["2"].lead == ["đơn vị"]


def test_a_closing_that_has_a_ministry_guide_and_follow_up_is_its_task() -> None:
    """ "Bộ X chịu trách nhiệm hướng dẫn, theo dõi, đôn đốc thực hiện, kịp thời báo cáo …" closing a directive: the
    follow-up charge is Bộ X's task, guiding written before following up."""
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 09/CT-TTg\nHà Nội, ngày 05 tháng 4 năm 2012\nCHỈ THỊ\n"
        "Về tăng cường quản lý các cụm công nghiệp\n"
        "1. Bộ Công Thương rà soát quy hoạch các cụm công nghiệp, hoàn thành trong quý III năm 2012.\n"
        "2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo thực hiện tốt Chỉ thị này.\n"
        "Bộ Kế hoạch và Đầu tư chịu trách nhiệm hướng dẫn, theo dõi, đôn đốc thực hiện, kịp thời báo cáo Thủ tướng "
        "Chính phủ những vấn đề phát sinh trong quá trình thực hiện Chỉ thị này./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTHỦ TƯỚNG\nNguyễn Văn C\n"
    )
    items = items_by_ref(text)
    assert items["2[closing]"].kind == "task"
    assert items["2[closing]"].lead == ["Bộ Kế hoạch và Đầu tư"]


def test_a_text_layer_that_writes_u_horn_as_o_i_is_read_with_u_horn() -> None:
    """Some PDF fonts give "ư" as "ƣ" (U+01A3) and "Ư" as "Ƣ" (U+01A2): the reader puts the letter back."""
    text = read_text("Kính gửi: Sở Công Thƣơng\nBỘ CÔNG THƢƠNG\n".encode(), "txt")
    assert text.split("\n")[:2] == ["Kính gửi: Sở Công Thương", "BỘ CÔNG THƯƠNG"]
