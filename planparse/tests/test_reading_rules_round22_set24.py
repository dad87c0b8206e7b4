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
