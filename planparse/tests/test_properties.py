"""Property tests: parse_plan never raises and always gives schema-valid output; read_text only raises ReadError."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from planparse import ReadError, parse_plan, read_text

from .conftest import load_schema

_SCHEMA: dict[str, Any] = load_schema()
_VALIDATOR = jsonschema.Draft202012Validator(_SCHEMA)

FRAGMENTS = [
    "I. ", "II. ", "IV. ", "Điều 1. ", "1. ", "2.1. ", "a) ", "đ) ", "- ", "+ ", "PHỤ LỤC", "STT | Nội dung | Đơn vị chủ trì",
    "1 | ", " | ", "Sở Nội vụ", "Giao Sở Y tế chủ trì", ", phối hợp với Sở Tài chính", "Các sở, ban, ngành",
    "NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG NHIỆM VỤ", "MỤC TIÊU", "KINH PHÍ",
    "Đơn vị thực hiện: ", "Thời gian hoàn thành: ", "Nhiệm vụ: ", "quý IV/2025", "trước ngày 15/12 hằng năm",
    "hằng tháng", "giai đoạn 2021-2030", "Thường xuyên", "định kỳ", "tháng 13/2025", "31/02/2026", "Nơi nhận:",
    "Số: 12/KH-UBND", "KẾ HOẠCH", ":", ".", ";", "(", ")", "\u0301", "  ", "\t",
]  # fmt: skip


def _check(text: str) -> None:
    plan = parse_plan(text)
    data = plan.to_dict()
    errors = list(_VALIDATOR.iter_errors(data))
    assert not errors, errors[0].message
    normalised = plan.text
    for item in data["items"]:
        a, b = item["span"]
        assert 0 <= a <= b <= len(normalised)
        # each line of the text stands in the span: a line joined on (a lead-in, a sentence's continuation) is
        # joined by a line break, whatever blank space or paragraph the source has between them
        assert all(part in normalised[a:b] for part in item["text"].split("\n"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_text(text: str) -> None:
    _check(text)


_line = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=6).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_line, max_size=25).map("\n".join))
@example("I. I. \n1. a) \nI. \nNhiệm vụ: \nI. I. ")  # a lead-in joined across a line's trailing space
@example("I. I. \n1. a) \nI. \nI. \n:\nI. I. ")  # … and across a paragraph read in between
def test_structured_text(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2048), st.sampled_from(["txt", "docx", "pdf"]))
def test_arbitrary_bytes_only_raise_read_error(data: bytes, kind: str) -> None:
    try:
        text = read_text(data, kind)
    except ReadError as exc:
        assert exc.message
        return
    assert isinstance(text, str) and text.strip()


@pytest.mark.parametrize("prefix", [b"PK\x03\x04", b"%PDF-1.7\n", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"])
@settings(max_examples=30, deadline=None)
@given(tail=st.binary(max_size=1024), kind=st.sampled_from(["docx", "pdf"]))
def test_magic_prefixed_garbage(prefix: bytes, tail: bytes, kind: str) -> None:
    with pytest.raises(ReadError):
        read_text(prefix + tail, kind)
