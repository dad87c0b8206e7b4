"""Round 84c (sets 29, 30, 56): a decision or resolution that approves a scheme inside its first article, the
scheme's solutions naming no body, and an assignment article after it that names the scheme's lead ("Chủ trì, phối
hợp với các bộ, ngành, địa phương triển khai các nhiệm vụ trong Đề án"): the scheme's owner-less items are the lead's
unless another body's duty restates them. Made-up texts, each test failing without its part of the rule."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref

_LEAD = (
    "Chủ trì, phối hợp với các bộ, ngành, địa phương triển khai các nhiệm vụ trong Đề án; hướng dẫn, kiểm tra việc "
    "thực hiện."
)


def _scheme(lead: str = _LEAD) -> str:
    return (
        "CHÍNH PHỦ\nSố: 77/NQ-CP\nNGHỊ QUYẾT\nPhê duyệt Đề án cảng hàng không xanh\n"
        "QUYẾT NGHỊ:\n"
        "Điều 1. Phê duyệt Đề án cảng hàng không xanh (sau đây gọi tắt là Đề án), với các nội dung chính như sau:\n"
        "I. MỤC TIÊU\nĐến năm 2030 các cảng hàng không quốc tế đạt tiêu chí cảng hàng không xanh.\n"
        "II. GIẢI PHÁP\n"
        "1. Giải pháp về cơ chế, chính sách\n"
        "- Rà soát, đề xuất sửa đổi quy chuẩn kỹ thuật về phát thải tại cảng hàng không.\n"
        "- Hoàn thiện chính sách thu hút kỹ sư môi trường làm việc tại các cảng hàng không.\n"
        "2. Giải pháp về hợp tác quốc tế\n"
        "- Học tập kinh nghiệm vận hành cảng hàng không xanh của các nước tiên tiến.\n"
        "- Đưa vào chương trình xây dựng văn bản quy phạm pháp luật các nghị định về cảng hàng không xanh.\n"
        "Điều 2. Tổ chức thực hiện\n"
        "1. Trách nhiệm của Bộ Xây dựng\n"
        f"a) {lead}\n"
        "b) Tổng hợp, báo cáo Thủ tướng Chính phủ kết quả thực hiện Đề án.\n"
        "2. Trách nhiệm của Bộ Nội vụ\n"
        "Phối hợp với các bộ, ngành hướng dẫn vị trí việc làm, chế độ tiền lương đối với kỹ sư làm việc tại các "
        "cảng hàng không.\n"
        "3. Trách nhiệm của Bộ Tư pháp\n"
        "Chủ trì đưa vào chương trình xây dựng văn bản quy phạm pháp luật các nghị định về cảng hàng không xanh.\n"
        "Điều 3. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.\n"
        "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn B\n"
    )


def test_the_body_that_leads_the_schemes_tasks_leads_the_scheme() -> None:
    """ "Chủ trì … triển khai các nhiệm vụ trong Đề án" and "Chủ trì tổ chức triển khai các nhiệm vụ, giải pháp liên
    quan đến lĩnh vực quản lý tại Đề án này" name the scheme's lead as "… triển khai thực hiện Đề án" does: the
    owner-less item no duty carries out (II.2-1) is its, not the nearest other body's; "các nhiệm vụ được giao tại Đề
    án" (the tasks the scheme hands that body) does not make it the lead."""
    for lead in (
        _LEAD,
        "Chủ trì tổ chức triển khai các nhiệm vụ, giải pháp liên quan đến lĩnh vực quản lý tại Đề án này và hướng "
        "dẫn các bộ, ngành, địa phương.",
    ):
        items = items_by_ref(_scheme(lead))
        assert items["II.2-1"].lead == ["Bộ Xây dựng"]
    # the tasks the scheme hands that body are its share, not the scheme
    assigned = items_by_ref(
        _scheme("Chủ trì, phối hợp với các bộ, ngành triển khai các nhiệm vụ được giao tại Đề án.")
    )
    assert assigned["II.2-1"].lead != ["Bộ Xây dựng"]


def test_another_bodys_duty_that_shares_words_leaves_the_item_to_the_lead() -> None:
    """Bộ Nội vụ's duty ("hướng dẫn vị trí việc làm, chế độ tiền lương đối với kỹ sư làm việc tại các cảng hàng
    không") shares words with II.1-2 but is that body's own part: the item stays the scheme lead's, from the
    assignment article (`section_III`). Bộ Tư pháp's duty restates II.2-2 nearly word for word: that body's."""
    items = items_by_ref(_scheme())
    assert items["II.1-2"].lead == ["Bộ Xây dựng"]
    assert items["II.1-2"].lead_source == "section_III"
    assert items["II.2-2"].lead == ["Bộ Tư pháp"]
