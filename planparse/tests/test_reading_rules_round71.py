"""Round 71 (set 49): a province's decision issuing a regulation (Quy chế) whose management chapter gives each body its
part of each step (agency labels, "Trách nhiệm của các cơ quan, đơn vị:" over one paragraph per body, the regulated
investors' and businesses' duties among them) and whose last chapter gives one article to each body ("Điều 17. Trách
nhiệm Sở Tài chính"). Made-up texts, each test failing without its rule."""

from __future__ import annotations

from planparse import parse_plan
from planparse.deadlines import find_deadline

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


def test_a_general_chapters_principles_are_norms_even_beside_a_role() -> None:
    # Điều 2 sets how bodies work together; the paragraph naming the department as the focal body is a role, no step
    # handed out, so the article is one of the regulation's norms (round 65), not a share of work among the bodies
    tasks = _leads(REGULATION)
    assert not [r for r in tasks if r.startswith("Điều 2")]


SHARED_STEP = REGULATION.replace(
    "Chương II\nTỔ CHỨC THỰC HIỆN\n",
    """Điều 6. Đầu tư hạ tầng khu du lịch
1. Căn cứ, trình tự đầu tư hạ tầng khu du lịch thực hiện theo quy định tại Điều 5 Nghị định số 10/2027/NĐ-CP.
2. Công bố quy hoạch chi tiết khu du lịch thực hiện theo Luật Quy hoạch số 21/2017/QH14.
3. Trách nhiệm của các cơ quan, đơn vị:
a) Sở Văn hóa, Thể thao và Du lịch chủ trì thẩm định báo cáo đầu tư hạ tầng khu du lịch.
b) Chủ đầu tư hạ tầng khu du lịch có trách nhiệm lập dự án đầu tư xây dựng hạ tầng, trình Sở Tài chính thẩm định.
c) Doanh nghiệp kinh doanh dịch vụ trong khu du lịch định kỳ hằng quý báo cáo Sở Văn hóa, Thể thao và Du lịch tình hình hoạt động.
4. Trách nhiệm của các doanh nghiệp kinh doanh trong khu du lịch: Thực hiện đầy đủ các nghĩa vụ theo quy định của pháp luật về du lịch.
Chương II
TỔ CHỨC THỰC HIỆN
""",
)


def test_the_regulated_parties_duties_in_a_shared_step_are_norms() -> None:
    # the investor's and the businesses' duties are norms the regulation sets them; the department's part is work,
    # and so is a report owed on a cycle (round 65)
    leads = _leads(SHARED_STEP)
    assert leads["Điều 6.3.a"] == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert "Điều 6.3.c" in leads
    assert "Điều 6.3.b" not in leads and "Điều 6.4" not in leads
    # round 85 (set 52, whose regulation gives no article to a body and whose gold keeps the investor's steps out):
    # a regulation, an article stating its scope, sets the party its duty as a norm with or without a body's article
    plain = SHARED_STEP.split("Chương II\nTỔ CHỨC")[0]
    assert "Điều 6.3.a" in _leads(plain) and "Điều 6.3.b" not in _leads(plain)
    # a text with no scope article is no regulation: a party's duty reads as before
    unscoped = plain.replace("Điều 1. Phạm vi điều chỉnh", "Điều 1. Mục đích")
    assert "Điều 6.3.b" in _leads(unscoped)


def test_an_item_of_a_shared_step_that_names_no_body_is_the_rule_it_follows() -> None:
    # the article's first items point to the decree and the law the step follows; no body is named to do them
    leads = _leads(SHARED_STEP)
    assert "Điều 6.1" not in leads and "Điều 6.2" not in leads
    plain = SHARED_STEP.split("Chương II\nTỔ CHỨC")[0]
    assert {"Điều 6.1", "Điều 6.2"} & set(_leads(plain))


def test_a_long_named_bodys_duties_under_an_assessment_title_are_its_work() -> None:
    # the article's title names an assessment ("… báo cáo đánh giá tác động môi trường …"), which reads as a purpose;
    # its sub-heading "Trách nhiệm của <body>" hands the items to that body however long the body's name, and the
    # article shares the step out to a body with an article of its own (round 65's norms leave it)
    text = REGULATION.replace(
        "Chương II\nTỔ CHỨC THỰC HIỆN\n",
        """Điều 6. Lập, thẩm định báo cáo đánh giá tác động môi trường của dự án hạ tầng khu du lịch
1. Trách nhiệm của Sở Văn hóa, Thể thao và Du lịch
a) Chủ trì thẩm định báo cáo đánh giá tác động môi trường của dự án hạ tầng khu du lịch.
b) Hướng dẫn chủ đầu tư lập hồ sơ cấp giấy phép môi trường.
Chương II
TỔ CHỨC THỰC HIỆN
""",
    )
    leads = _leads(text)
    assert leads["Điều 6.1.a"] == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert leads["Điều 6.1.b"] == ["Sở Văn hóa, Thể thao và Du lịch"]


def test_bodies_named_only_to_act_within_their_remit_are_no_task() -> None:
    text = SHARED_STEP.replace(
        "Chương II\nTỔ CHỨC THỰC HIỆN\n",
        """5. Các sở, ban, ngành có liên quan, Ủy ban nhân dân cấp xã thực hiện nhiệm vụ theo chức năng được Ủy ban nhân dân tỉnh giao.
6. Các sở, ngành, Ủy ban nhân dân cấp xã có trách nhiệm phối hợp theo chức năng, nhiệm vụ của đơn vị mình.
7. Các sở, ngành, Ủy ban nhân dân cấp xã có trách nhiệm phối hợp thẩm định hồ sơ đầu tư hạ tầng khu du lịch.
Chương II
TỔ CHỨC THỰC HIỆN
""",
    )
    leads = _leads(text)
    assert "Điều 6.5" not in leads and "Điều 6.6" not in leads
    assert "Điều 6.7" in leads  # a collective with an object is work (round 54)


ONE_PARAGRAPH_PER_BODY = REGULATION.replace(
    "Chương II\nTỔ CHỨC THỰC HIỆN\n",
    """Điều 6. Công nhận khu du lịch cấp tỉnh
1. Trách nhiệm của các cơ quan, đơn vị:
Ủy ban nhân dân cấp xã chủ trì lập hồ sơ đề nghị công nhận khu du lịch cấp tỉnh, gửi Sở Văn hóa, Thể thao và Du lịch.
Sở Văn hóa, Thể thao và Du lịch chủ trì thẩm định hồ sơ, trình Ủy ban nhân dân tỉnh công nhận khu du lịch.
Đối với khu du lịch nằm trên địa bàn hai xã trở lên thì việc thẩm định hồ sơ thực hiện theo quy định tại Điều 20 Luật Du lịch.
Thời hạn công nhận các khu du lịch hoàn thành trước ngày 31 tháng 12 năm 2027.
2. Đối với khu du lịch ở vùng biên giới thì cơ quan, đơn vị quản lý khu du lịch có trách nhiệm lấy ý kiến Bộ đội Biên phòng tỉnh.
3. Ủy ban nhân dân cấp xã giao cho phòng Văn hóa - Xã hội thực hiện quản lý các khu du lịch trên địa bàn, cụ thể:
- Kiểm tra hoạt động kinh doanh dịch vụ du lịch trên địa bàn.
- Đối với địa bàn có doanh nghiệp kinh doanh khu du lịch thì đơn vị kinh doanh thực hiện quản lý khu du lịch theo Luật Du lịch.
Chương II
TỔ CHỨC THỰC HIỆN
""",
)


def test_a_rule_for_a_case_under_a_label_naming_a_category_is_no_task() -> None:
    # "Trách nhiệm của các cơ quan, đơn vị:" names no body; the paragraph "Đối với … thì việc … thực hiện theo quy
    # định …" says what happens in a case; a dash whose consequence has a regulated party act ("… thì đơn vị kinh
    # doanh thực hiện …") is no share of the office the lead-in names
    plan = parse_plan(ONE_PARAGRAPH_PER_BODY)
    tasks = {i.ref: i for i in plan.items if i.kind == "task"}
    assert "Điều 6.1[3]" not in tasks and "Điều 6.3-2" not in tasks
    assert "Điều 6.3-1" in tasks
    # a case whose consequence names its own actor, even a category, is that actor's work (the item names it)
    assert tasks["Điều 6.2"].lead == ["cơ quan, đơn vị quản lý khu du lịch"]


def test_a_closing_time_limit_dates_the_steps_before_it() -> None:
    # the closing sentence whose subject is the time limit dates the steps above and is no step of its own
    plan = parse_plan(ONE_PARAGRAPH_PER_BODY)
    steps = [i for i in plan.items if i.kind == "task" and i.ref.startswith("Điều 6.1")]
    assert [i.lead for i in steps] == [["Ủy ban nhân dân cấp xã"], ["Sở Văn hóa, Thể thao và Du lịch"]]
    assert all(i.deadline.date is not None and i.deadline.date.isoformat() == "2027-12-31" for i in steps)


def test_a_focal_points_remit_alone_is_no_task() -> None:
    text = REGULATION.replace(
        "Chương II\nTỔ CHỨC THỰC HIỆN\n",
        """Điều 6. Tổ chức thực hiện
1. Sở Văn hóa, Thể thao và Du lịch là cơ quan đầu mối giúp Ủy ban nhân dân tỉnh quản lý nhà nước về các khu du lịch trên địa bàn; chủ trì xây dựng và trình Ủy ban nhân dân tỉnh phê duyệt quy chế phối hợp.
2. Phòng Văn hóa - Xã hội cấp xã là đơn vị đầu mối trực tiếp giúp Ủy ban nhân dân cấp xã quản lý nhà nước về các khu du lịch trên địa bàn theo phân cấp của Ủy ban nhân dân tỉnh.
3. Phòng Văn hóa - Xã hội cấp xã là đơn vị đầu mối giúp Ủy ban nhân dân cấp xã quản lý nhà nước về các khu du lịch. Tổng hợp, báo cáo tình hình hoạt động của các khu du lịch.
Chương II
TỔ CHỨC THỰC HIỆN
""",
    )
    tasks = _leads(text)
    assert "Điều 6.1" in tasks and "Điều 6.2" not in tasks  # the remit and a duty; the remit alone
    assert "Điều 6.3" in tasks or "Điều 6.3[2]" in tasks  # a later sentence gives work


def test_drawing_up_a_yearly_plan_or_budget_recurs_however_long_its_object() -> None:
    # round 54's convention: a yearly plan or budget cycle is yearly; the object between can be long
    dl = find_deadline(
        "Xây dựng kế hoạch, dự toán kinh phí thực hiện các hoạt động phát triển các khu du lịch trên địa bàn tỉnh "
        "hàng năm, gửi Sở Tài chính tổng hợp."
    )
    assert dl.recurrence == "yearly"
    # a plan named by its number is another's document, no cycle of this task
    assert (
        find_deadline(
            "Thực hiện theo Kế hoạch số 12/KH-UBND về phát triển du lịch của tỉnh hàng năm của Bộ."
        ).recurrence
        is None
    )


def test_a_yearly_cycle_before_dung_quy_dinh_closes_the_sentence() -> None:
    # "đúng quy định" stands for "theo đúng quy định": the period closes the sentence and times the task
    dl = find_deadline("Tổ chức kiểm tra, quyết toán vốn hằng năm đúng quy định hiện hành.")
    assert dl.recurrence == "yearly"
