"""Targets from MỤC TIÊU: the rules on small plans written here, and invariants over the seed and the corpus."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest

from planparse import parse_plan
from planparse.targets import AT_LEAST, AT_MOST, EXACTLY, Target

from .conftest import CORPUS, load_schema

HEAD = "KẾ HOẠCH\nThực hiện chương trình chuyển đổi số\n"


def _targets(body: str) -> list[Target]:
    return parse_plan(HEAD + body).targets


def test_percentage_with_year_in_the_sentence():
    (target,) = _targets(
        "I. MỤC TIÊU\n1. Đến năm 2030, 100% cơ quan nhà nước cấp tỉnh sử dụng nền tảng số dùng chung.\n"
        "II. NHIỆM VỤ\n1. Sở Tư pháp chủ trì rà soát văn bản.\n"
    )
    assert (target.value, target.unit, target.comparator, target.year, target.yearly) == (
        Decimal(100),
        "%",
        EXACTLY,
        2030,
        False,
    )
    assert target.ref == "I.1"


def test_yearly_count_with_comparator_and_thousands():
    first, second = _targets(
        "I. MỤC TIÊU\n1. Mỗi năm thu hút ít nhất 10 chuyên gia về làm việc tại tỉnh.\n"
        "2. Đến hết năm 2028, đào tạo 1.500 người có trình độ sau đại học.\n"
        "II. NHIỆM VỤ\n1. Sở Nội vụ chủ trì thực hiện.\n"
    )
    assert (first.value, first.unit, first.comparator, first.yearly, first.year) == (
        Decimal(10),
        "chuyên gia",
        AT_LEAST,
        True,
        None,
    )
    assert (second.value, second.unit, second.year) == (Decimal(1500), "người", 2028)


def test_year_comes_from_the_heading_and_the_period_end():
    targets = _targets(
        "I. MỤC TIÊU\n1. Mục tiêu đến năm 2027\na) Phấn đấu đạt 35% doanh nghiệp ứng dụng công nghệ số.\n"
        "2. Mục tiêu giai đoạn 2026 - 2035\na) Không quá 5% hồ sơ trễ hạn.\n"
        "II. NHIỆM VỤ\n1. Các sở chủ trì thực hiện.\n"
    )
    assert [(t.value, t.year, t.comparator) for t in targets] == [
        (Decimal(35), 2027, EXACTLY),
        (Decimal(5), 2035, AT_MOST),
    ]


def test_qualifier_of_a_percentage_dates_numbers_and_baselines_are_not_targets():
    targets = _targets(
        "I. MỤC TIÊU\nHiện nay toàn tỉnh có khoảng 180 trạm phát sóng.\n"
        "1. 100% khu công nghiệp có tối thiểu 1 trạm phát sóng 5G theo Quyết định số 12/QĐ-UBND ngày 3/4/2024.\n"
        "II. NHIỆM VỤ\n1. Trong năm 2026 lắp đặt 20 trạm.\n"
    )
    assert [(t.value, t.unit) for t in targets] == [(Decimal(100), "%")]


def test_enumerated_counts_share_the_comparator_and_brackets_are_skipped():
    targets = _targets(
        "I. MỤC TIÊU\n1. Đến năm 2030 hình thành ít nhất 100 doanh nghiệp khởi nghiệp, 50 doanh nghiệp "
        "khoa học và công nghệ (trong đó 5 doanh nghiệp lớn); trên 70% xã có điểm phục vụ số.\n"
        "II. NHIỆM VỤ\n1. Các sở chủ trì thực hiện.\n"
    )
    assert [(t.value, t.unit, t.comparator) for t in targets] == [
        (Decimal(100), "doanh nghiệp", AT_LEAST),
        (Decimal(50), "doanh nghiệp", AT_LEAST),
        (Decimal(70), "%", AT_LEAST),
    ]
    assert all(t.year == 2030 for t in targets)


def test_a_plan_without_a_target_section_has_no_targets():
    assert (
        _targets("I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của 100% cán bộ.\nII. NHIỆM VỤ\n1. Làm.\n")
        == []
    )


def test_seed_has_no_target_section_so_no_targets(seed_text: str):
    plan = parse_plan(seed_text)
    has_section = any("MỤC TIÊU" in (i.heading or i.text).upper() for i in plan.items if i.kind == "section")
    assert has_section or plan.targets == []


CORPUS_TEXTS = sorted((CORPUS / "raw").glob("*.txt"))


@pytest.mark.parametrize("path", CORPUS_TEXTS, ids=lambda p: p.stem)
def test_corpus_targets_quote_their_item_and_fit_the_schema(path: Path):
    plan = parse_plan(path.read_text(encoding="utf-8"))
    data = plan.to_dict()
    jsonschema.validate(data, load_schema())
    texts = {i["ref"]: i["text"] for i in data["items"]}
    for target in data["targets"]:
        assert target["value_text"].rstrip("%") in texts[target["ref"]]
        assert target["text"].lower()[:20] in " ".join(texts[target["ref"]].split()).lower()
        assert target["comparator"] in (AT_LEAST, AT_MOST, EXACTLY)
        assert target["unit"]
        assert target["year"] is None or 2000 <= target["year"] <= 2100
        assert not (target["yearly"] and target["year"])


def test_seed_json_keeps_the_schema(seed_text: str) -> None:
    data = parse_plan(seed_text).to_dict()
    jsonschema.validate(data, load_schema())
    assert isinstance(data["targets"], list)
