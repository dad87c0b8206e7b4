"""Round 63 (set 46's three lead misses): a letter's bare "Đơn vị" before its work is the body that acts; the name
before "phối hợp (với)" and a body is the sentence's lead; a numbered sentence ending "với tiêu đề:" over a title in
capitals (a one-cell banner table) keeps its own text, so its owner is its own. Made-up texts, each test failing
without its rule."""

from __future__ import annotations

from planparse import parse_plan
from planparse.owners import subject_owners


def _tasks(text: str) -> dict[str, tuple[list[str], list[str], str]]:
    plan = parse_plan(text)
    return {i.ref: (i.lead, i.coordinators, i.text) for i in plan.items if i.kind == "task"}


def test_bare_don_vi_before_its_work_is_the_owner() -> None:
    owners = subject_owners("Đơn vị hoàn thiện hồ sơ đề nghị nâng lương theo hướng dẫn của Sở Nội vụ.")
    assert owners is not None and owners.lead == ["Đơn vị"]


def test_a_don_vi_label_is_no_owner() -> None:
    owners = subject_owners("Đơn vị thực hiện: Sở Nội vụ")
    assert owners is None or owners.lead != ["Đơn vị"]


def test_the_name_before_phoi_hop_leads() -> None:
    owners = subject_owners(
        "Điện lực Tây Nguyên phối hợp Trung tâm Hội nghị tỉnh bảo đảm nguồn điện dự phòng phục vụ Hội nghị."
    )
    assert owners is not None
    assert owners.lead == ["Điện lực Tây Nguyên"]
    assert owners.coordinators == ["Trung tâm Hội nghị tỉnh"]


def test_a_verb_before_phoi_hop_is_no_lead() -> None:
    owners = subject_owners("Tăng cường Công tác phối hợp với Sở Y tế trong kiểm tra an toàn thực phẩm.")
    assert owners is None or owners.lead == []


PLAN = """III. TỔ CHỨC THỰC HIỆN
Để chuẩn bị chu đáo, Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị thực hiện các nội dung sau:
1. Giao Sở Tài chính chủ trì tổng hợp báo cáo kết quả gửi Ủy ban nhân dân tỉnh.
2. Giao Sở Văn hóa chuẩn bị âm thanh, trang trí hội trường với tiêu đề:
HỘI NGHỊ
SƠ KẾT CÔNG TÁC QUÝ I
3. Các sở, ngành căn cứ chức năng chuẩn bị báo cáo trước ngày 20/4/2027.
"""


def test_a_banner_under_an_item_is_part_of_its_text() -> None:
    tasks = _tasks(PLAN)
    lead, _, text = tasks["III.2"]
    assert lead == ["Sở Văn hóa"]
    assert text.startswith("Giao Sở Văn hóa chuẩn bị") and "SƠ KẾT CÔNG TÁC QUÝ I" in text
    assert sorted(tasks) == ["III.1", "III.2", "III.3"]


def test_a_don_vi_title_before_its_colon_is_no_owner() -> None:
    owners = subject_owners("Đơn vị duy trì cây xanh trên địa bàn Thành phố:")
    assert owners is None or owners.lead != ["Đơn vị"]
