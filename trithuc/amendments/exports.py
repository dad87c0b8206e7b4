"""The Department's Tờ trình (or Báo cáo) to the Province on a set of amendment proposals, Decree 30/2020 layout.

Built with python-docx from the consolidated report's layout helpers (trithuc/reporting/docx_templates): the same
letterhead with the national motto, place-and-date line, recipients and signature block. Pure: data in, bytes out.
"""

import datetime as dt
import io
from dataclasses import dataclass, field

from trithuc.agencies.models import ProvinceProfile
from trithuc.documents.layout import CENTER, decree30_document, letterhead, recipient, signature_block
from trithuc.documents.layout import para as _para
from trithuc.reporting.consolidated import date_line

RECIPIENTS = ("Như trên;", "Chủ tịch, các PCT UBND tỉnh;", "Các sở, ban, ngành có đề xuất;", "Lưu: VT, QLKH.")


@dataclass(frozen=True)
class ProposalLine:
    ref: str
    kind: str
    agency: str
    current_text: str
    proposed_text: str
    deadline_text: str
    lead: str
    reasons: str


@dataclass(frozen=True)
class SubmissionData:
    kind_label: str  # "Tờ trình" / "Báo cáo"
    number_text: str
    date_line: str
    plan_title: str
    set_title: str
    proposals: tuple[ProposalLine, ...]
    # The province's, from its profile (submission_data); a blank one when built without it.
    province: ProvinceProfile = field(default_factory=ProvinceProfile)
    signer_title: str = "KT. GIÁM ĐỐC"
    signer_position: str = "PHÓ GIÁM ĐỐC"


def submission_date_line(day: dt.date, province: ProvinceProfile) -> str:
    return date_line(province.date_place, day)


def render_submission_docx(data: SubmissionData) -> bytes:
    doc = decree30_document()
    letterhead(
        doc,
        [
            (data.province.committee_letterhead, False, False, 13),
            (data.province.department_letterhead, True, False, 13),
            (f"Số: {data.number_text}", False, False, 13),
        ],
        data.date_line,
    )
    _para(doc, data.kind_label.upper(), bold=True, align=CENTER)
    _para(doc, f"Về việc điều chỉnh, bổ sung {data.plan_title}", bold=True, align=CENTER)
    if data.kind_label == "Tờ trình":
        _para(doc, f"Kính gửi: {data.province.committee}.", align=CENTER)
    _para(
        doc,
        f"Trên cơ sở đề xuất của các cơ quan, đơn vị ({data.set_title}), {data.province.department_name} tổng hợp "
        f"và kính trình Ủy ban nhân dân tỉnh xem xét, quyết định điều chỉnh, bổ sung Kế hoạch như sau:",
    )
    for number, line in enumerate(data.proposals, start=1):
        _para(doc, f"{number}. {line.kind} mục {line.ref} (đề xuất của {line.agency})", bold=True)
        if line.current_text:
            _para(doc, f"Nội dung hiện hành: {line.current_text}")
        if line.proposed_text:
            _para(doc, f"Nội dung đề xuất: {line.proposed_text}")
        if line.deadline_text:
            _para(doc, f"Thời hạn đề xuất: {line.deadline_text}")
        if line.lead:
            _para(doc, f"Cơ quan chủ trì đề xuất: {line.lead}")
        _para(doc, f"Lý do: {line.reasons}", italic=True)
    _para(
        doc,
        f"{data.province.department_name} kính trình Ủy ban nhân dân tỉnh xem xét, quyết định ({len(data.proposals)} "
        "nội dung đề xuất)./.",
    )
    recipients = signature_block(
        doc,
        [(data.signer_title, True, False, 14), (data.signer_position, True, False, 14)]
        + [("", False, False, 14)] * 3,
    )
    for addressee in RECIPIENTS:
        recipient(recipients, addressee)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
