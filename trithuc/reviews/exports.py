"""The Union's conclusion as a .docx in the layout of Decree 30/2020/NĐ-CP (appendix I): a pure renderer.

The header, place-and-date line and signature block follow the consolidated report of the reporting app and
reuse its helpers (`reporting.consolidated.date_line`, the paragraph/cell helpers of its template builder);
the body is built here, because its length (members, recommendations) varies per request.
"""

import datetime as dt
import io
from dataclasses import dataclass

from trithuc.agencies.models import ProvinceProfile
from trithuc.documents.layout import CENTER, decree30_document, letterhead, recipient, signature_block
from trithuc.documents.layout import para as _para
from trithuc.reporting.consolidated import date_line


@dataclass(frozen=True)
class ConclusionData:
    """Everything the document shows; tests build it without a database."""

    form: str  # "report" | "letter"
    number_text: str  # "5/BC-LHH"
    dated: dt.date
    kind_label: str  # "Phản biện"
    title: str
    requesting_agency: str
    owner: str
    panel: tuple[tuple[str, str, str], ...]  # (name, role, workplace)
    opinions_in: int
    summary: str
    recommendations: tuple[str, ...]
    signer_name: str
    place: str = ProvinceProfile().date_place  # the province's, from its profile (conclusion_data)
    issuer_parent: str = ProvinceProfile().committee_letterhead
    department: str = ProvinceProfile().department_name  # a recipient (the Department coordinates the plan)
    issuer: str = "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH"
    signer_title: str = "TM. BAN THƯỜNG VỤ"
    signer_position: str = "CHỦ TỊCH"

    @property
    def subject_line(self) -> str:
        return f"Kết quả {self.kind_label.lower()} đối với {self.title}"


def render_conclusion_docx(data: ConclusionData) -> bytes:
    doc = decree30_document()
    left = [
        (data.issuer_parent, False, False, 13),
        (data.issuer, True, False, 13),
        (f"Số: {data.number_text}", False, False, 13),
    ]
    if data.form == "letter":  # a Công văn carries its subject under the number (V/v …)
        left.append((f"V/v {data.subject_line[:1].lower()}{data.subject_line[1:]}", False, False, 12))
    letterhead(doc, left, date_line(data.place, data.dated))
    if data.form == "report":
        _para(doc, "BÁO CÁO", bold=True, align=CENTER)
        _para(doc, data.subject_line, bold=True, align=CENTER)
    else:
        _para(doc, f"Kính gửi: {data.requesting_agency}.", align=CENTER)
    _para(
        doc,
        f"Thực hiện đề nghị của {data.requesting_agency} về việc {data.kind_label.lower()} đối với "
        f"{data.title}" + (f" (chủ đầu tư, cơ quan chủ trì: {data.owner})" if data.owner else "") + ", "
        f"Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh đã thành lập hội đồng gồm {len(data.panel)} thành viên "
        f"và nhận được {data.opinions_in} ý kiến bằng văn bản. Kết quả như sau:",
    )
    _para(doc, "I. THÀNH PHẦN HỘI ĐỒNG", bold=True)
    for name, role, workplace in data.panel:
        _para(doc, f"- {name}, {role}" + (f" ({workplace})" if workplace else "") + ";")
    _para(doc, "II. Ý KIẾN KẾT LUẬN", bold=True)
    for line in data.summary.splitlines():
        if line.strip():
            _para(doc, line.strip())
    _para(doc, "III. KIẾN NGHỊ", bold=True)
    if data.recommendations:
        for n, text in enumerate(data.recommendations, start=1):
            _para(doc, f"{n}. {text}")
    else:
        _para(doc, "Không có kiến nghị.")
    _para(
        doc,
        f"Đề nghị {data.requesting_agency} nghiên cứu, tiếp thu và phản hồi kết quả tiếp thu từng kiến nghị "
        "nêu trên./.",
    )

    recipients = signature_block(
        doc,
        [
            (data.signer_title, True, False, 14),
            (data.signer_position, True, False, 14),
            ("", False, False, 14),
            ("", False, False, 14),
            ("", False, False, 14),
            (data.signer_name, True, False, 14),
        ],
    )
    for line in (f"{data.requesting_agency};", "UBND tỉnh (b/c);", f"{data.department};", "Lưu: VT."):
        recipient(recipients, line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
