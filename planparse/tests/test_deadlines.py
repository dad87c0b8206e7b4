from __future__ import annotations

from datetime import date

import pytest

from planparse.deadlines import find_deadline, parse_deadline

PHRASES = [
    # phrase, deadline, recurrence, anchors
    ("trước ngày 30/6/2020", date(2020, 6, 30), None, []),
    ("chậm nhất ngày 09/3/2025", date(2025, 3, 9), None, []),
    ("trước ngày 27/3/2025", date(2025, 3, 27), None, []),
    ("Tháng 12/2025", date(2025, 12, 31), None, []),
    ("đầu tháng 3/2025", date(2025, 3, 10), None, []),
    ("quý II/2020", date(2020, 6, 30), None, []),
    ("Quí IV-2025", date(2025, 12, 31), None, []),
    ("Quý III Năm 2026", date(2026, 9, 30), None, []),
    ("quý IV/2025 - quý II/2026", date(2026, 6, 30), None, []),
    ("Quý IV/2025- Quý II/2026", date(2026, 6, 30), None, []),
    ("6 tháng đầu năm 2025", date(2025, 6, 30), None, []),
    ("năm 2025", date(2025, 12, 31), None, []),
    ("Hoàn thành trong năm 2025", date(2025, 12, 31), None, []),
    ("giai đoạn 2021-2030", date(2030, 12, 31), None, []),
    ("2025 - 2035", date(2035, 12, 31), None, []),
    ("Giai đoạn 2021-2025 và những năm tiếp theo", date(2025, 12, 31), None, []),
    ("Năm 2025 và các năm tiếp theo", date(2025, 12, 31), "yearly", []),
    ("hàng năm", None, "yearly", []),
    ("Hằng năm", None, "yearly", []),
    ("Thường xuyên, hằng năm", None, "yearly", []),
    ("định kỳ hằng quý", None, "quarterly", []),
    ("hằng tháng", None, "monthly", []),
    ("trước ngày 20 hằng tháng", None, "monthly", ["20"]),
    ("trước ngày 15/12 hằng năm", None, "yearly", ["12-15"]),
    ("định kỳ trước ngày 01/6 và 15/11 hằng năm", None, "half-yearly", ["06-01", "11-15"]),
    ("báo cáo 6 tháng", None, "half-yearly", []),
    ("Thường xuyên", None, None, []),
    ("Thực hiện thường xuyên", None, None, []),
    ("Triển khai đảm bảo theo lộ trình, hướng dẫn của Bộ, ngành", None, None, []),
]


@pytest.mark.parametrize(("phrase", "deadline", "recurrence", "anchors"), PHRASES)
def test_parse_deadline(
    phrase: str, deadline: date | None, recurrence: str | None, anchors: list[str]
) -> None:
    d = parse_deadline(phrase)
    assert d.date == deadline
    assert d.recurrence == recurrence
    assert d.anchors == anchors


def test_phrase_kept_as_written() -> None:
    assert parse_deadline("Quí IV-2025").text == "Quí IV-2025"


def test_continuous_and_start() -> None:
    assert parse_deadline("Thường xuyên").continuous
    d = parse_deadline("Từ 01/7/2025")
    assert d.date is None and d.start == date(2025, 7, 1)


def test_quarter_period() -> None:
    assert parse_deadline("quý II/2020").period == (date(2020, 4, 1), date(2020, 6, 30))


SENTENCES = [
    (
        "nâng cao nhận thức của toàn xã hội (hoàn thành trong quý II/2020).",
        date(2020, 6, 30),
        None,
        "hoàn thành trong quý II/2020",
    ),
    ("tổ chức thực hiện kế hoạch này; hàng năm tổng hợp, báo cáo UBND tỉnh", None, "yearly", "hàng năm"),
    ("lồng ghép trong kế hoạch; định kỳ hàng năm báo cáo kết quả", None, "yearly", "định kỳ hàng năm"),
    # a period naming a document or programme is not a deadline
    (
        "căn cứ chiến lược quốc gia để xây dựng Đề án phát triển đội ngũ trí thức tỉnh giai đoạn 2021-2030 phù hợp",
        None,
        None,
        None,
    ),
    (
        "thực hiện Nghị quyết số 09-NQ/TU ngày 18/4/2017 của Tỉnh ủy giai đoạn 2017 - 2020 và định hướng đến năm 2025",
        None,
        None,
        None,
    ),
    (
        "Triển khai khu công nghiệp theo Quy hoạch thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.",
        None,
        None,
        None,
    ),
    # "hàng năm" qualifying a noun is not the task's recurrence
    ("xử lý nghiêm các vi phạm gắn với công tác thi đua khen thưởng hàng năm của đơn vị.", None, None, None),
    ("Thường xuyên rà soát, kịp thời tham mưu", None, None, None),
    (
        "báo cáo UBND Thành phố kết quả thực hiện trước ngày 15 hằng tháng.",
        None,
        "monthly",
        "trước ngày 15 hằng tháng",
    ),
    (
        "Xây dựng quy chế, hoàn thành trước ngày 30/6/2020.",
        date(2020, 6, 30),
        None,
        "hoàn thành trước ngày 30/6/2020",
    ),
]


@pytest.mark.parametrize(("sentence", "deadline", "recurrence", "text"), SENTENCES)
def test_find_deadline_in_sentence(
    sentence: str, deadline: date | None, recurrence: str | None, text: str | None
) -> None:
    d = find_deadline(sentence)
    assert (d.date, d.recurrence, d.text) == (deadline, recurrence, text)


def test_periodic_without_period_is_ambiguous() -> None:
    d = find_deadline(
        "theo dõi, đôn đốc; định kỳ báo cáo kết quả thực hiện về Bộ Công an, UBND tỉnh theo quy định./."
    )
    assert d.recurrence is None and d.date is None and d.ambiguous
    assert d.text and d.text.startswith("định kỳ báo cáo")


@pytest.mark.parametrize(
    ("text", "recurrence", "anchors"),
    [
        ("Các xã gửi báo cáo kết quả trước ngày 05 của tháng liền kề.", "monthly", ["05"]),
        ("Các sở báo cáo tiến độ trước ngày 20 của tháng cuối quý.", "quarterly", ["20"]),
        ("Các sở định kỳ báo cáo kết quả thực hiện trước ngày 25/11 về Sở Nội vụ.", "yearly", ["11-25"]),
        (
            "Định kỳ báo cáo kết quả thực hiện Kế hoạch hằng năm (trước ngày 10 tháng 12).",
            "yearly",
            ["12-10"],
        ),
        ("Định kỳ 6 tháng báo cáo Ủy ban nhân dân tỉnh.", "half-yearly", []),
        ("Hằng quý tổng hợp, báo cáo kết quả.", "quarterly", []),
    ],
)
def test_recurring_due_days(text: str, recurrence: str, anchors: list[str]) -> None:
    found = find_deadline(text)
    assert (found.recurrence, found.anchors, found.date) == (recurrence, anchors, None)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Hoàn thành trong tháng 01/2026.", date(2026, 1, 31)),
        ("Trình Ủy ban nhân dân tỉnh chậm nhất trong tháng 8/2026.", date(2026, 8, 31)),
        ("Xây dựng đề án, hoàn thành trong Quý I/2027.", date(2027, 3, 31)),
    ],
)
def test_month_and_quarter_deadlines(text: str, due: date) -> None:
    assert find_deadline(text).date == due


def test_yearless_cell_takes_the_given_year() -> None:
    """A schedule cell "Quý II" or "30/6" under a header saying the year; "hằng quý" stays a recurrence."""
    assert parse_deadline("Quý II", 2026).date == date(2026, 6, 30)
    assert parse_deadline("Trước ngày 30/6", 2026).date == date(2026, 6, 30)
    assert parse_deadline("Quý II").date is None
    found = parse_deadline("Hằng quý", 2026)
    assert (found.date, found.recurrence) == (None, "quarterly")


def test_review_years_in_brackets() -> None:
    """ "sơ kết (năm 2027), tổng kết (năm 2030)": the review's year is its deadline; a bracketed year after a
    plan's name alone is not."""
    assert find_deadline("Tổ chức sơ kết (năm 2027), tổng kết (năm 2030) việc thực hiện.").date == date(
        2030, 12, 31
    )
    assert find_deadline("Triển khai Kế hoạch (năm 2030) của tỉnh.").date is None


def test_general_rule_on_assigned_tasks_is_not_a_task() -> None:
    from planparse import parse_plan

    plan = parse_plan(
        "KẾ HOẠCH\nX\nI. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì, theo dõi việc thực hiện.\n"
        "2. Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành nhiệm vụ được phân công, bảo đảm"
        " tiến độ.\n"
    )
    assert [t.ref for t in plan.tasks()] == ["I.1"]


def test_horizon_of_a_named_option_is_not_a_deadline() -> None:
    text = "Tham mưu xây dựng phương án phát triển hạ tầng kỹ thuật viễn thông thụ động đến năm 2030."
    assert find_deadline(text).date is None


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("Quý II, III/2026", date(2026, 9, 30)),
        ("Quý II và III năm 2026", date(2026, 9, 30)),
        ("Tháng 6-7/2026", date(2026, 7, 31)),
        ("Tháng 6, 7 năm 2026", date(2026, 7, 31)),
        ("Từ tháng 3 đến tháng 8/2026", date(2026, 8, 31)),
    ],
)
def test_lists_of_quarters_and_months_end_with_the_last(phrase: str, due: date) -> None:
    assert parse_deadline(phrase).date == due
