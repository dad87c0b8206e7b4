"""Reading rules of round 22, from the twenty-fourth set (synthetic texts in its styles): a provincial department's
letter whose addressees under "Kính gửi:" include owners defined by what they must do (one wrapped onto a second
line), whose context paragraph lists the documents it forwards by dashes, and whose one request, opened by a purpose,
repeats the addressees and adds a group; a ministry department's reply whose lead-in names the investor over a topic
dash and "+" duties."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

LETTER = (
    "ỦY BAN NHÂN DÂN TỈNH AN PHÚ SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
    "Số: 410/SNNMT-CCMT\n"
    "An Phú, ngày 12 tháng 5 năm 2026\n"
    "V/v triển khai các quy định về quản lý chất thải rắn\n"
    "Kính gửi:\n"
    "- Các Sở, ban, ngành của tỉnh;\n"
    "- Công an tỉnh;\n"
    "- Ủy ban nhân dân các xã, phường của tỉnh;\n"
    "- Chủ các cơ sở phải lập kế hoạch quản lý chất thải rắn\n"
    "sinh hoạt trên địa bàn tỉnh An Phú;\n"
    "- Chủ dự án phải thực hiện quan trắc môi trường định kỳ.\n"
    "Bộ Nông nghiệp và Môi trường đã ban hành các văn bản về quản lý chất thải rắn, cụ thể:\n"
    "- Văn bản hợp nhất số 52/VBHN-BNNMT ngày 02/5/2026 về hợp nhất Nghị định quy định quản lý chất thải rắn;\n"
    "- Thông tư số 07/2026/TT-BNNMT ngày 05/5/2026 hướng dẫn quan trắc môi trường.\n"
    "Để việc triển khai thực hiện các quy định về quản lý chất thải rắn; quan trắc môi trường được thống nhất, "
    "Sở Nông nghiệp và Môi trường đề nghị các Sở, ban, ngành của tỉnh; Công an tỉnh; Ủy ban nhân dân các xã, "
    "phường của tỉnh; Chủ các cơ sở phải lập kế hoạch quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh An Phú; "
    "Chủ dự án phải thực hiện quan trắc môi trường định kỳ và các tổ chức, cá nhân có liên quan tổ chức phổ biến "
    "và triển khai thực hiện nghiêm các quy định nêu trên.\n"
    "Trong quá trình thực hiện nếu có khó khăn, vướng mắc, đề nghị các cơ quan, đơn vị phản ánh về Sở Nông nghiệp "
    "và Môi trường để được hướng dẫn./.\n"
    "Nơi nhận:\n"
    "- Như trên;\n"
    "- Lưu: VT.\n"
)


def _letter() -> dict:
    return items_by_ref(LETTER)


def test_wrapped_addressee_under_kinh_gui_is_no_task() -> None:
    """ "- Chủ các cơ sở phải lập kế hoạch …" / "sinh hoạt trên địa bàn …;": one addressee wrapped onto a second
    line, a header line like the dashes around it; the last addressee is no task."""
    items = _letter()
    assert not any(i.text.startswith("Chủ dự án phải") for i in items.values())
    assert not any(i.text.startswith("sinh hoạt trên địa bàn") for i in items.values())


def test_dashes_citing_documents_belong_to_their_paragraph() -> None:
    """ "… cụ thể:" over "- Văn bản hợp nhất số 52/VBHN-BNNMT …;", "- Thông tư số 07/2026/TT-BNNMT …": the
    documents the paragraph speaks of, no duties; the letter stays a letter of plain paragraphs."""
    items = _letter()
    assert not any(i.text.startswith(("Văn bản hợp nhất", "Thông tư số")) for i in items.values())
    assert task_refs(items) == {"[1]"}


def test_request_opened_by_a_purpose_repeats_the_addressees() -> None:
    """ "Để …, Sở X đề nghị A; B; …; Chủ dự án phải … và các tổ chức, cá nhân có liên quan tổ chức …": the
    purpose is no subject, the asked bodies are the addressees as "Kính gửi:" names them, and the group after "và"."""
    lead = _letter()["[1]"].lead
    assert lead == [
        "các Sở, ban, ngành của tỉnh",
        "Công an tỉnh",
        "Ủy ban nhân dân các xã, phường của tỉnh",
        "Chủ các cơ sở phải lập kế hoạch quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh An Phú",
        "Chủ dự án phải thực hiện quan trắc môi trường định kỳ",
        "các tổ chức, cá nhân có liên quan",
    ]


def test_purpose_before_the_asking_body() -> None:
    """Without repeated addressees: "Để …, Sở X đề nghị Công an tỉnh …" asks Công an tỉnh."""
    from planparse.owners import assigns_work, subject_owners

    text = (
        "Để việc kiểm tra được kịp thời, Sở Xây dựng đề nghị Công an tỉnh phối hợp kiểm tra các công trình."
    )
    assert assigns_work(text)
    found = subject_owners(text)
    assert found is not None and found.lead == ["Công an tỉnh"]


def test_communes_of_the_province_go_on_in_a_list() -> None:
    from planparse.owners import scan_agency_phrase

    found = scan_agency_phrase("Ủy ban nhân dân các xã, phường của tỉnh; Hiệp hội Doanh nghiệp tỉnh tổ chức")
    assert found is not None and found[0].endswith("Hiệp hội Doanh nghiệp tỉnh")


REPLY = (
    "BỘ XÂY DỰNG CỤC QUẢN LÝ HOẠT ĐỘNG XÂY DỰNG\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
    "Số: 88/HĐXD-KT\n"
    "Hà Nội, ngày 10 tháng 02 năm 2026\n"
    "V/v hướng dẫn cải tạo kè bờ sông\n"
    "Kính gửi: Sở Xây dựng tỉnh An Phú\n"
    "Trả lời Văn bản số 120/SXD-QLXD của Sở Xây dựng tỉnh An Phú, Cục có ý kiến như sau:\n"
    "1. Các nội dung cần lưu ý khi chủ đầu tư triển khai:\n"
    "- Về khảo sát, thiết kế, thi công, cải tạo, nâng cấp công trình kè; bảo đảm an toàn công trình kè bờ sông hiện hữu "
    "và khu dân cư\n"
    "+ Chịu trách nhiệm bố trí kinh phí khảo sát, thiết kế và quan trắc công trình kè trong suốt quá trình thi công.\n"
    "+ Bảo đảm an toàn lao động trong quá trình thi công trên sông.\n"
    "+ Bảo đảm các yêu cầu về an toàn giao thông đường thủy theo quy định tại khoản 2, Điều 15 Nghị định số "
    "08/2021/NĐ-CP ngày 28 tháng 01 năm 2021 của Chính phủ, cụ thể:\n"
    "(i) Bố trí phao tiêu, biển báo khu vực thi công.\n"
    "(ii) Không để vật liệu rơi xuống luồng chạy tàu.\n"
    "- Trường hợp thi công kè có hoạt động nạo vét luồng kết hợp thu hồi cát (cát, sỏi) trong quá trình thi công "
    "thì đề nghị Sở Xây dựng hướng dẫn chủ đầu tư liên hệ với Sở Nông nghiệp và Môi trường để được hướng dẫn.\n"
    "Trên đây là ý kiến của Cục Quản lý hoạt động xây dựng, đề nghị Sở Xây dựng tỉnh An Phú nghiên cứu, hướng dẫn "
    "các chủ đầu tư thực hiện đúng quy định./.\n"
    "Nơi nhận:\n"
    "- Như trên;\n"
    "- Lưu: VT.\n"
)


def _reply() -> dict:
    return items_by_ref(REPLY)


def test_topic_dash_over_plus_duties_is_not_continued_by_them() -> None:
    """ "- Về khảo sát, … công trình kè bờ sông hiện hữu" (long, no full stop) over "+ …", "+ …": a topic over its
    list; its first "+" is no wrapped line of it."""
    items = _reply()
    assert items["1-1.+1"].text.startswith("Chịu trách nhiệm bố trí kinh phí")
    assert "Chịu trách nhiệm" not in items["1-1"].text


def test_lead_in_naming_who_carries_the_work_out_owns_the_duties() -> None:
    """ "Các nội dung cần lưu ý khi chủ đầu tư triển khai:": the investor does the duties listed under it."""
    items = _reply()
    for ref in ("1-1.+1", "1-1.+2", "1-1.+3"):
        assert items[ref].kind == "task"
        assert items[ref].lead == ["chủ đầu tư"]


def test_list_spelling_out_a_cited_provision_is_no_task() -> None:
    """ "… theo quy định tại khoản 2, Điều 15 Nghị định số …, cụ thể:" over "(i)", "(ii)": the duty is the item,
    its list restates the provision."""
    items = _reply()
    assert items["1-1.+3"].kind == "task"
    assert items["1-1.+3.i"].kind != "task"
    assert items["1-1.+3.ii"].kind != "task"


def test_condition_closed_by_thi_before_the_request() -> None:
    """ "Trường hợp … (cát, sỏi) … thì đề nghị Sở Xây dựng hướng dẫn …": the body asked after "thì" owns it, not
    the investor of the lead-in above."""
    assert _reply()["1-2"].lead == ["Sở Xây dựng"]


def test_reply_closing_that_has_the_addressee_guide_others_is_a_task() -> None:
    """ "Trên đây là ý kiến của Cục …, đề nghị Sở X nghiên cứu, hướng dẫn các chủ đầu tư thực hiện …./.": work of the
    addressee's own (guiding a third party), not the letter as a whole."""
    closing = _reply()["1[closing]"]
    assert closing.kind == "task"
    assert closing.lead == ["Sở Xây dựng tỉnh An Phú"]


def test_closing_that_only_asks_to_direct_the_implementation_stays_a_note() -> None:
    """ "… đề nghị UBND các tỉnh quan tâm, chỉ đạo triển khai thực hiện./.": the letter as a whole."""
    text = REPLY.replace(
        "Trên đây là ý kiến của Cục Quản lý hoạt động xây dựng, đề nghị Sở Xây dựng tỉnh An Phú nghiên cứu, hướng dẫn "
        "các chủ đầu tư thực hiện đúng quy định./.",
        "Cục Quản lý hoạt động xây dựng đề nghị Sở Xây dựng tỉnh An Phú quan tâm, chỉ đạo triển khai thực hiện./.",
    )
    assert items_by_ref(text)["1[closing]"].kind != "task"
