"""Two kinds of document a province sends besides a plan, written as its offices write them (Nghị định
30/2020/NĐ-CP layout: a two-column letterhead, the body, a "Nơi nhận" / signature block), for any province:

- a decision that issues a plan: a short decision whose Điều 1 says "Ban hành kèm theo Quyết định này Kế hoạch
  …", Điều 2–3 on its force and who executes it, then the attached plan with its own title and sections;
- a letter (công văn) that assigns tasks: "Kính gửi:", a lead-in, numbered paragraphs each naming an agency,
  its work and its deadline, no sections.

`*_lines` give the text one paragraph a line (the .txt a user pastes); `*_docx` the Word file, letterhead
and signature in borderless tables as Word templates have them."""

from __future__ import annotations

import io


def _letterhead(
    province: str, number: str, place_date: str, subject: str = ""
) -> tuple[list[str], list[str]]:
    left = ["ỦY BAN NHÂN DÂN", f"TỈNH {province.upper()}", f"Số: {number}"]
    if subject:
        left.append(subject)
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", f"{province}, {place_date}"]
    return left, right


def decision_parts(
    province: str,
) -> tuple[tuple[list[str], list[str]], list[str], tuple[list[str], list[str]], list[str]]:
    """(letterhead, decision body, signature block, attached plan) of a decision issuing a plan."""
    letterhead = _letterhead(province, "845/QĐ-UBND", "ngày 12 tháng 3 năm 2026")
    decision = [
        "QUYẾT ĐỊNH",
        "Về việc ban hành Kế hoạch chuyển đổi số trong cơ quan nhà nước năm 2026",
        f"ỦY BAN NHÂN DÂN TỈNH {province.upper()}",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình "
        "Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;",
        "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.",
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số trong cơ quan nhà nước năm 2026.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Khoa học và Công nghệ, Thủ trưởng các sở, "
        "ban, ngành và Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.",
    ]
    signature = (
        ["Nơi nhận:", "- Như Điều 3;", "- Bộ Khoa học và Công nghệ;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"],
    )
    plan = [
        "KẾ HOẠCH",
        "Chuyển đổi số trong cơ quan nhà nước năm 2026",
        "(Ban hành kèm theo Quyết định số 845/QĐ-UBND ngày 12 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh)",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "Nâng cao hiệu quả hoạt động của cơ quan nhà nước, phục vụ người dân và doanh nghiệp tốt hơn.",
        "2. Yêu cầu",
        "Các nhiệm vụ phải cụ thể, có cơ quan chủ trì và thời hạn hoàn thành.",
        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "1. Hoàn thiện hạ tầng số",
        "a) Nâng cấp mạng truyền số liệu chuyên dùng đến cấp xã. Sở Khoa học và Công nghệ chủ trì, phối hợp "
        "với Sở Tài chính thực hiện; hoàn thành trong Quý II/2026.",
        "b) Triển khai hệ thống hội nghị truyền hình trực tuyến đến các xã, phường. Văn phòng Ủy ban nhân dân "
        "tỉnh chủ trì thực hiện; hoàn thành trước ngày 30/9/2026.",
        "2. Phát triển dữ liệu số",
        "a) Xây dựng cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh. Sở Nội vụ chủ trì thực hiện; hoàn "
        "thành trước ngày 31/10/2026.",
        "b) Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính. Sở Tư pháp chủ trì, phối hợp với Ủy ban nhân "
        "dân các xã, phường thực hiện; hoàn thành trong tháng 12/2026.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng "
        "hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15/12/2026.",
        "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.",
    ]
    return letterhead, decision, signature, plan


def letter_parts(province: str) -> tuple[tuple[list[str], list[str]], list[str], tuple[list[str], list[str]]]:
    """(letterhead, body, signature block) of a letter assigning tasks."""
    letterhead = _letterhead(
        province,
        "1520/UBND-KGVX",
        "ngày 05 tháng 5 năm 2026",
        "V/v triển khai công tác phòng, chống dịch bệnh mùa mưa năm 2026",
    )
    body = [
        "Kính gửi:",
        "- Các sở, ban, ngành tỉnh;",
        "- Ủy ban nhân dân các xã, phường.",
        "Để chủ động phòng, chống dịch bệnh trong mùa mưa năm 2026, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
        "1. Sở Y tế chủ trì, phối hợp với các cơ quan liên quan theo dõi chặt chẽ tình hình dịch bệnh; xây "
        "dựng phương án phòng, chống dịch, hoàn thành trước ngày 31/5/2026.",
        "2. Sở Tài chính tham mưu bố trí kinh phí phòng, chống dịch bệnh năm 2026, hoàn thành trong tháng 6/2026.",
        "3. Sở Giáo dục và Đào tạo chỉ đạo các trường học tổ chức vệ sinh trường lớp, tuyên truyền phòng bệnh "
        "cho học sinh; thời hạn hoàn thành trước ngày 30/6/2026.",
        "4. Ủy ban nhân dân các xã, phường tổ chức ra quân diệt lăng quăng, vệ sinh môi trường; báo cáo kết quả "
        "về Sở Y tế trước ngày 25 hằng tháng.",
        "Yêu cầu Thủ trưởng các cơ quan, đơn vị khẩn trương triển khai thực hiện./.",
    ]
    signature = (
        ["Nơi nhận:", "- Như trên;", "- Chủ tịch, các PCT UBND tỉnh;", "- Lưu: VT."],
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình"],
    )
    return letterhead, body, signature


def labelled_letter_parts(
    province: str,
) -> tuple[tuple[list[str], list[str]], list[str], tuple[list[str], list[str]]]:
    """A letter whose items "(1)", "(2)" are each followed by label lines for owner and timing."""
    letterhead = _letterhead(
        province, "2210/UBND-NC", "ngày 20 tháng 4 năm 2026", "V/v giao nhiệm vụ cải cách hành chính năm 2026"
    )
    body = [
        "Kính gửi: Các sở, ban, ngành tỉnh.",
        "Thực hiện Kế hoạch cải cách hành chính năm 2026, Ủy ban nhân dân tỉnh giao nhiệm vụ như sau:",
        "(1) Rà soát, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý.",
        "- Đơn vị chủ trì thực hiện: Sở Tư pháp.",
        "- Đơn vị phối hợp: Các sở, ban, ngành.",
        "- Thời gian hoàn thành: Quý III/2026.",
        "(2) Đánh giá chỉ số cải cách hành chính của các sở, ban, ngành.",
        "- Đơn vị chủ trì thực hiện: Sở Nội vụ.",
        "- Thời gian hoàn thành: trước ngày 15/11/2026.",
        "(3) Báo cáo tình hình thực hiện nhiệm vụ được giao.",
        "- Đơn vị chủ trì thực hiện: Văn phòng Ủy ban nhân dân tỉnh.",
        "- Thời gian hoàn thành: định kỳ hằng quý, trước ngày 20 tháng cuối quý.",
        "Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị triển khai thực hiện./.",
    ]
    signature = (
        ["Nơi nhận:", "- Như trên;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Cường"],
    )
    return letterhead, body, signature


def labelled_letter_text(province: str) -> str:
    letterhead, body, signature = labelled_letter_parts(province)
    return _as_lines(letterhead, body, signature)


def _as_lines(*blocks: list[str] | tuple[list[str], list[str]]) -> str:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, tuple):  # two columns: left then right, as a reader reads them
            out += block[0] + block[1]
        else:
            out += block
    return "\n".join(out) + "\n"


def decision_text(province: str) -> str:
    letterhead, decision, signature, plan = decision_parts(province)
    return _as_lines(letterhead, decision, signature, plan)


def letter_text(province: str) -> str:
    letterhead, body, signature = letter_parts(province)
    return _as_lines(letterhead, body, signature)


def _docx(*blocks: list[str] | tuple[list[str], list[str]]) -> bytes:
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, tuple):
            table = document.add_table(rows=1, cols=2)  # no style: borderless, as letterheads are
            for cell, lines in zip(table.rows[0].cells, block, strict=True):
                cell.text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)
        else:
            for line in block:
                paragraph = document.add_paragraph(line)
                if line.isupper():
                    paragraph.runs[0].bold = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def decision_docx(province: str) -> bytes:
    letterhead, decision, signature, plan = decision_parts(province)
    return _docx(letterhead, decision, signature, plan)


def letter_docx(province: str) -> bytes:
    letterhead, body, signature = letter_parts(province)
    return _docx(letterhead, body, signature)


def laid_out_pdf(text: str) -> bytes:
    """The text printed to a PDF with page numbers and a running footer (planparse's test maker)."""
    from planparse.tests.pdf_maker import plan_pdf  # noqa: PLC0415

    return plan_pdf([ln.strip() for ln in text.splitlines() if ln.strip()], footer="Bản in thử")
