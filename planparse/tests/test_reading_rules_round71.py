"""Round 71 (set 49): a province's decision issuing a regulation (Quy chế) whose management chapter gives each body its
part of each step (agency labels, "Trách nhiệm của các cơ quan, đơn vị:" over one paragraph per body, the regulated
investors' and businesses' duties among them) and whose last chapter gives one article to each body ("Điều 17. Trách
nhiệm Sở Tài chính"). Made-up texts, each test failing without its rule."""

from __future__ import annotations

from planparse import parse_plan

REGULATION = """QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý các khu du lịch trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 3;
QUY CHẾ
Quản lý các khu du lịch trên địa bàn tỉnh
(Ban hành kèm theo Quyết định số 21/2027/QĐ-UBND ngày 10 tháng 3 năm 2027 của Ủy ban nhân dân tỉnh)
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định trách nhiệm của các sở, ngành trong quản lý các khu du lịch trên địa bàn tỉnh.
Điều 2. Nguyên tắc phối hợp
1. Việc quản lý khu du lịch thực hiện trên cơ sở chức năng, nhiệm vụ của các cơ quan.
Sở Văn hóa, Thể thao và Du lịch là cơ quan đầu mối quản lý nhà nước về các khu du lịch trên địa bàn tỉnh.
2. Cơ quan phối hợp có trách nhiệm trả lời bằng văn bản trong thời hạn 10 ngày làm việc.
Chương II
TỔ CHỨC THỰC HIỆN
Điều 3. Trách nhiệm Sở Văn hóa, Thể thao và Du lịch
1. Chủ trì xây dựng kế hoạch phát triển các khu du lịch hằng năm.
2. Kiểm tra hoạt động kinh doanh dịch vụ trong các khu du lịch.
Điều 4. Trách nhiệm Sở Tài chính
1. Thẩm định dự toán kinh phí phát triển các khu du lịch.
2. Hướng dẫn quyết toán vốn đầu tư hạ tầng khu du lịch.
Điều 5. Trách nhiệm Ban Quản lý dự án tỉnh, khu vực
Quản lý hạ tầng các khu du lịch đã được đầu tư bằng vốn ngân sách nhà nước.
"""


def _leads(text: str) -> dict[str, list[str]]:
    return {i.ref.replace("[2]", ""): i.lead for i in parse_plan(text).items if i.kind == "task"}


def test_an_article_titled_for_a_body_without_cua_owns_its_duties() -> None:
    # "Trách nhiệm Sở Tài chính" is "Trách nhiệm của Sở Tài chính" with the "của" left out: the body owns the items
    leads = _leads(REGULATION)
    assert leads["Điều 4.1"] == ["Sở Tài chính"] and leads["Điều 4.2"] == ["Sở Tài chính"]
    assert leads["Điều 3.1"] == ["Sở Văn hóa, Thể thao và Du lịch"]
    # a one-paragraph article: the name and its reach ("tỉnh, khu vực") is the owner, whole
    assert leads["Điều 5"] == ["Ban Quản lý dự án tỉnh, khu vực"]
    # "Trách nhiệm thi hành" and the like (no capital after it) stay no body's
    plan = parse_plan(REGULATION.replace("Điều 4. Trách nhiệm Sở Tài chính", "Điều 4. Trách nhiệm thực hiện"))
    assert not any(i.lead == ["thực hiện"] for i in plan.items)


def test_the_regulation_keeps_its_own_article_numbers() -> None:
    # the regulation numbers its articles afresh: a reader cites its "Điều 3.1"; the decision's articles, which only
    # wrap it, take the mark of a number written again
    refs = [i.ref for i in parse_plan(REGULATION).items]
    tasks = [i.ref for i in parse_plan(REGULATION).items if i.kind == "task"]
    assert {"Điều 3.1", "Điều 3.2", "Điều 4.1", "Điều 4.2", "Điều 5"} <= set(tasks)
    assert not [r for r in tasks if "[" in r]
    assert refs[:3] == ["Điều 1[2]", "Điều 2[2]", "Điều 3[2]"]
    assert len(set(refs)) == len(refs)
