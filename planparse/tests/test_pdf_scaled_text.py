"""A PDF whose text is sized by the text matrix, the font set at 1 pt (signed Gazette prints do this): PDFium then
reports every glyph as 1 pt, and the reader's gaps, measured in em, must come from the glyph's box instead. Found
parsing 465 real PDFs with no gold: 55 of them read with letters apart ("H à N ội, ngà y", "Bộ Lao đ ộng")."""

from __future__ import annotations

import re

import pytest

from planparse import parse_plan, read_text
from planparse.tests.pdf_maker import PlanPdf, fonts_available

pytestmark = pytest.mark.skipif(not fonts_available(), reason="DejaVu fonts not installed")

LINES = [
    "Hà Nội, ngày 29 tháng 12 năm 2023",
    "KẾ HOẠCH",
    "Triển khai công tác an toàn lao động năm 2024",
    "1. Sở Lao động - Thương binh và Xã hội chủ trì rà soát, hoàn thành trước ngày 30/6/2024.",
    "2. Thanh tra tỉnh hướng dẫn các địa phương thực hiện, báo cáo định kỳ 6 tháng.",
]


def _pdf(scaled: bool, size: int = 10, spacing: float = 0.04) -> bytes:
    """The lines as paragraphs; `scaled`: the same page written with the font at 1 pt, each line's text matrix
    scaling it to `size`, and a small character spacing (in text space: `spacing` × `size` pt), as such files do."""
    pdf = PlanPdf(page_numbers=False, size=size)
    pdf.compress = False
    for line in LINES:
        pdf.paragraph(line)
    data = bytes(pdf.output())
    if not scaled:
        return data

    def rewrite(m: re.Match[bytes]) -> bytes:
        body = m.group(1).replace(b"/F1 %.2f Tf" % size, b"/F1 1 Tf %.2f Tc" % spacing)
        body = re.sub(
            rb"BT (\S+) (\S+) Td", lambda t: b"BT %d 0 0 %d %s %s Tm" % (size, size, *t.groups()), body
        )
        return b"<<\n/Length %d\n>>\nstream\n" % len(body) + body + b"\nendstream"

    scaled_data = re.sub(rb"<<\n/Length \d+\n>>\nstream\n(.*?)\nendstream", rewrite, data, flags=re.S)
    assert scaled_data != data
    return scaled_data


def test_text_scaled_by_the_matrix_reads_as_the_same_text_set_at_its_size() -> None:
    plain, scaled = read_text(_pdf(False), "pdf"), read_text(_pdf(True), "pdf")
    assert "Hà Nội, ngày 29 tháng 12 năm 2023" in plain
    assert scaled == plain


def test_its_tasks_owners_and_deadlines_are_read() -> None:
    items = parse_plan(read_text(_pdf(True), "pdf")).to_dict()["items"]
    got = [(i["ref"], i["kind"], i["lead"], i["deadline"], i["recurrence"]) for i in items]
    assert got == [
        ("1", "task", ["Sở Lao động - Thương binh và Xã hội"], "2024-06-30", None),
        ("2", "task", ["Thanh tra tỉnh"], None, "half-yearly"),
    ]
