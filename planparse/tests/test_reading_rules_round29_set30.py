"""Round 29 (set 30): a resolution whose whole task list is an appendix table in landscape pages after the
signature, and what its reading needs (synthetic texts and PDFs)."""

from __future__ import annotations

import pytest

from planparse import read_text
from planparse.tests.pdf_maker import PlanPdf, fonts_available, ruled_table
from planparse.tests.reading import appendix_resolution, items_by_ref, task_refs

RESOLUTION = appendix_resolution(
    "1 | Xây dựng Đề án phát triển du lịch cộng đồng | Bộ Văn hóa, Thể thao và Du lịch | Các bộ, ngành | "
    "Quyết định phê duyệt Đề án | Tháng 9/2026",
    "2 | Rà soát quy hoạch hệ thống khu du lịch quốc gia | Bộ Xây dựng | Các bộ, ngành | Báo cáo rà soát | 2026",
)


def test_appendix_title_and_its_attachment_note_on_one_line_open_the_appendix() -> None:
    """A PDF line may carry "Phụ lục", the title in capitals and "(Kèm theo Nghị quyết …)" together: it opens the
    appendix after the signature, and the table under it is the task list."""
    items = items_by_ref(RESOLUTION)
    assert {"PL.1", "PL.2"} <= task_refs(items)
    assert items["PL.1"].lead == ["Bộ Văn hóa, Thể thao và Du lịch"]
    assert items["PL.2"].deadline is not None and items["PL.2"].deadline.date.isoformat() == "2026-12-31"


def _mixed_orientation_pdf() -> bytes:
    """Two portrait pages of articles under a running header, then landscape pages with the running header at
    another height, a wide table and wide footnotes."""

    class Gazette(PlanPdf):
        def header(self) -> None:
            self.set_font("Serif", size=10)
            self.set_xy(self.l_margin, 9 if self.w < self.h else 5)
            self.cell(self.epw, 5, f"CÔNG BÁO/Số 12/Ngày 20-03-2026 {self.page_no() + 40}", align="C")
            self.set_xy(self.l_margin, 20)

    pdf = Gazette(page_numbers=False)
    article = (
        "Điều {n}. Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tổ chức thực "
        "hiện các nhiệm vụ được giao tại Phụ lục kèm theo Nghị quyết này, bảo đảm tiến độ, chất lượng và hiệu quả, "
        "báo cáo kết quả thực hiện về Bộ Tư pháp để tổng hợp, báo cáo Chính phủ theo quy định."
    )
    for n in range(1, 19):
        pdf.paragraph(article.format(n=n))
    for page in range(4):
        pdf.add_page(orientation="L")
        rows = [["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]]
        rows += [
            [str(page * 3 + k), "Xây dựng Đề án phát triển du lịch", "Bộ Tư pháp", "2026"] for k in (1, 2, 3)
        ]
        ruled_table(pdf, rows)
        for k in range(3):
            pdf.paragraph(
                f"{page * 3 + k + 1} Nghị quyết số {k + 20}/NQ-CP ngày 17/5/2025 của Chính phủ ban hành Chương trình "
                "hành động của Chính phủ thực hiện Nghị quyết của Bộ Chính trị về đổi mới công tác xây dựng pháp luật.",
                indent=0.0,
            )
    return bytes(pdf.output())


@pytest.mark.skipif(not fonts_available(), reason="DejaVu fonts not installed")
def test_portrait_paragraphs_are_joined_when_later_pages_turn_sideways() -> None:
    """The landscape pages' wide lines set their own margins: the portrait articles' wrapped lines still reach
    their page's right margin and are joined back into one paragraph each."""
    lines = read_text(_mixed_orientation_pdf(), "pdf").splitlines()
    articles = [ln for ln in lines if ln.startswith("Điều ")]
    assert len(articles) == 18
    assert all(ln.endswith("theo quy định.") for ln in articles)


@pytest.mark.skipif(not fonts_available(), reason="DejaVu fonts not installed")
def test_running_header_of_the_few_portrait_pages_is_dropped() -> None:
    """A running header printed on both portrait pages is dropped though most pages are landscape and carry it
    at another height."""
    lines = read_text(_mixed_orientation_pdf(), "pdf").splitlines()
    assert not [ln for ln in lines if ln.startswith("CÔNG BÁO")]


AMENDING = (
    "CHÍNH PHỦ\nSố: 42/NQ-CP\nHà Nội, ngày 05 tháng 3 năm 2026\nNGHỊ QUYẾT\n"
    "Bổ sung nhiệm vụ trong Chương trình hành động của Chính phủ về phát triển nông thôn\n"
    "QUYẾT NGHỊ:\n"
    "Điều 1. Ban hành kèm theo Nghị quyết này Phụ lục danh mục các nhiệm vụ bổ sung trong Chương trình hành động.\n"
    "Điều 2. Điều chỉnh nhiệm vụ tại số thứ tự 3 của Phụ lục Chương trình hành động như sau:\n"
    "1. Tên nhiệm vụ: Xây dựng Đề án phát triển hợp tác xã nông nghiệp kiểu mới.\n"
    "2. Cơ quan chủ trì: Bộ Nông nghiệp và Môi trường.\n"
    "3. Cơ quan phối hợp: Các bộ, ngành.\n"
    "4. Kết quả: Quyết định của Thủ tướng Chính phủ phê duyệt Đề án.\n"
    "5. Thời gian hoàn thành: Quý IV/2026.\n"
    "Điều 3. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.\n"
    "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Văn A\n"
    "PHỤ LỤC\nDANH MỤC CÁC NHIỆM VỤ BỔ SUNG\n"
    "TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n"
    "1 | Xây dựng cơ sở dữ liệu về hợp tác xã | Bộ Tài chính | Các bộ, ngành | Tháng 9/2026\n"
)


def test_article_restating_one_task_in_numbered_labelled_lines_is_that_task() -> None:
    """Under an article, "1. Tên nhiệm vụ: …" / "2. Cơ quan chủ trì: …" / "5. Thời gian hoàn thành: …" are the
    fields of one task (the article), not five items."""
    items = items_by_ref(AMENDING)
    tasks = task_refs(items)
    assert "Điều 2" in tasks and not {"Điều 2.1", "Điều 2.2", "Điều 2.5"} & tasks
    task = items["Điều 2"]
    assert task.text.startswith("Xây dựng Đề án phát triển hợp tác xã")
    assert task.lead == ["Bộ Nông nghiệp và Môi trường"]
    assert task.deadline is not None and task.deadline.date.isoformat() == "2026-12-31"


def test_article_issuing_the_appendix_task_list_is_no_task() -> None:
    """ "Điều 1. Ban hành kèm theo Nghị quyết này Phụ lục danh mục …" wraps the appendix; its rows are the tasks."""
    tasks = task_refs(items_by_ref(AMENDING))
    assert "Điều 1" not in tasks
    assert "PL.1" in tasks
