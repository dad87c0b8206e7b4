"""Demo data of amendments: proposals from several agencies, one set accepted by the Province (plan version 2),
one rejected proposal, one draft, one sent proposal waiting; the plan re-anchored on NQ 45-NQ/TW and
KH 20-KH/TW; a small plan of the former Đắk Nông province for the merged-province view.

Idempotent: each part looks for what it made before and does nothing when it finds it.
"""

import datetime as dt
from typing import Any

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from trithuc.agencies.models import Agency
from trithuc.amendments.models import AmendmentProposal, DocumentRelation
from trithuc.amendments.services import anchoring, proposals
from trithuc.core.actors import Actor
from trithuc.core.permissions import SYSTEM
from trithuc.plans.models import Document, Plan
from trithuc.plans.services.plan_import import (
    plan_import_confirm,
    plan_import_correct,
    plan_import_start,
)

SET_TITLE = "Đợt đề xuất điều chỉnh Kế hoạch năm 2026"
DAK_NONG_TITLE = (
    "Kế hoạch thực hiện Kết luận số 52-KL/TW ngày 30/5/2019 của Ban Bí thư về xây dựng đội ngũ trí thức "
    "(tỉnh Đắk Nông)"
)
DAK_NONG_TEXT = """KẾ HOẠCH
Thực hiện Kết luận số 52-KL/TW ngày 30/5/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa X về xây dựng đội ngũ trí thức

I. MỤC ĐÍCH, YÊU CẦU
Quán triệt sâu sắc Kết luận số 52-KL/TW đến cán bộ, công chức, viên chức và đội ngũ trí thức trên địa bàn tỉnh.

II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Công tác tuyên truyền
a) Sở Thông tin và Truyền thông chủ trì, phối hợp với các cơ quan báo chí tuyên truyền về vai trò của đội ngũ trí thức, hoàn thành trong quý IV/2019.
2. Thu hút, trọng dụng trí thức
a) Sở Nội vụ chủ trì rà soát, đề xuất chính sách thu hút, trọng dụng trí thức trẻ, trí thức người dân tộc thiểu số, thực hiện hàng năm.
b) Sở Khoa học và Công nghệ chủ trì hỗ trợ doanh nghiệp khoa học và công nghệ, phát triển thị trường khoa học và công nghệ.

III. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ chủ trì, theo dõi, đôn đốc việc tổ chức thực hiện kế hoạch này; định kỳ hàng năm tổng hợp, báo cáo UBND tỉnh.
"""

# (username or None for the command line, agency, kind, ref, text, deadline text, deadline, lead, reasons)
ACCEPTED = [
    (
        "gddt",
        "so-gddt",
        "amend",
        "III.3",
        "Sở Giáo dục và Đào tạo: Chủ trì, phối hợp với Sở Nội vụ và các cơ quan liên quan phát hiện, bồi dưỡng "
        "học sinh năng khiếu, đào tạo nhân tài; thực hiện quản lý nhà nước về giáo dục nghề nghiệp được tiếp "
        "nhận từ Sở Lao động - Thương binh và Xã hội, gắn đào tạo nghề với nhu cầu nhân lực chất lượng cao của tỉnh.",
        "",
        None,
        None,
        "Từ ngày 01/3/2025, Sở Giáo dục và Đào tạo tiếp nhận chức năng giáo dục nghề nghiệp; cần ghi rõ nhiệm vụ "
        "này trong Kế hoạch để theo dõi, báo cáo.",
    ),
    (
        "noivu",
        "so-noi-vu",
        "amend",
        "II.2.b",
        "Tăng cường công tác tổ chức, sử dụng đúng năng lực chuyên môn của đội ngũ trí thức; ưu tiên quy hoạch, "
        "đào tạo, bồi dưỡng trí thức trẻ, trí thức nữ và trí thức người dân tộc thiểu số; rà soát, đánh giá đội "
        "ngũ trí thức sau sắp xếp tổ chức bộ máy.",
        "hàng năm, báo cáo trước ngày 14/12",
        None,
        None,
        "Sau sắp xếp tổ chức bộ máy năm 2025, cần đánh giá lại việc bố trí, sử dụng trí thức; Nghị quyết số "
        "45-NQ/TW nhấn mạnh trí thức trẻ, nữ và người dân tộc thiểu số.",
    ),
    (
        "dieuphoi",
        "so-khcn",
        "add",
        "II.5.c",
        "Xây dựng, cập nhật cơ sở dữ liệu đội ngũ trí thức của tỉnh (sau hợp nhất), phục vụ quy hoạch, thu hút và "
        "trọng dụng trí thức; kết nối với cơ sở dữ liệu của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh.",
        "trước ngày 31/12/2026",
        dt.date(2026, 12, 31),
        "so-khcn",
        "Kế hoạch 20-KH/TW yêu cầu xây dựng cơ sở dữ liệu về đội ngũ trí thức; tỉnh sau hợp nhất cần một cơ sở "
        "dữ liệu chung.",
    ),
]
REJECTED = (
    "gddt",
    "so-gddt",
    "drop",
    "II.2.d",
    "",
    "",
    None,
    None,
    "Nội dung đã được thực hiện lồng ghép trong chương trình phát triển nguồn nhân lực của ngành.",
)
WAITING = (
    None,
    "lhh",
    "amend",
    "III.7.b",
    "",
    "định kỳ hàng năm, tổ chức gặp mặt trí thức vào dịp kỷ niệm Ngày Khoa học và Công nghệ Việt Nam 18/5",
    None,
    None,
    "Thống nhất thời điểm gặp mặt, đối thoại với trí thức hằng năm.",
)
DRAFT = (
    "noivu",
    "so-noi-vu",
    "add",
    "III.2.c",
    "Hướng dẫn các cơ quan, đơn vị cập nhật thông tin trí thức khi có thay đổi về vị trí công tác sau sắp xếp.",
    "năm 2026",
    dt.date(2026, 12, 31),
    "so-noi-vu",
    "Bảo đảm số liệu trí thức chính xác sau sắp xếp tổ chức bộ máy.",
)
ANCHORS = [
    (
        "Nghị quyết",
        "45-NQ/TW",
        "Ban Chấp hành Trung ương",
        dt.date(2023, 11, 24),
        "Về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước "
        "nhanh và bền vững trong giai đoạn mới",
        ("II.1.", "II.2.", "II.4.", "II.5."),
        "Nghị quyết 45-NQ/TW thay thế Nghị quyết 27-NQ/TW, căn cứ của Kết luận 52-KL/TW; các nhiệm vụ, giải pháp "
        "của mục II tiếp tục thực hiện theo Nghị quyết.",
    ),
    (
        "Kế hoạch",
        "20-KH/TW",
        "Bộ Chính trị",
        dt.date(2023, 11, 28),
        "Thực hiện Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục xây dựng "
        "và phát huy vai trò của đội ngũ trí thức",
        ("III.1.", "III.2.", "III.3", "III.7.", "III.8."),
        "Kế hoạch của Bộ Chính trị thực hiện Nghị quyết 45-NQ/TW; trách nhiệm của các cơ quan ở mục III tiếp tục "
        "theo Kế hoạch này.",
    ),
]


def _actor(username: str | None) -> Actor:
    if username is None:
        return SYSTEM
    return get_user_model().objects.filter(username=username).first() or SYSTEM


def _propose(plan: Plan, row: tuple[Any, ...], *, send: bool = True) -> AmendmentProposal:
    username, agency, kind, ref, text, deadline_text, deadline, lead, reasons = row
    actor = _actor(username)
    proposal = proposals.proposal_create(
        actor=actor,
        agency=Agency.objects.get(code=agency),
        plan=plan,
        kind=kind,
        ref=ref,
        text=text,
        deadline_text=deadline_text,
        deadline=deadline,
        lead=Agency.objects.get(code=lead) if lead else None,
        reasons=reasons,
    )
    return proposals.proposal_submit(actor=actor, proposal=proposal) if send else proposal


def _seed_current() -> Plan | None:
    from trithuc.plans.seed import seed_plan_in_force

    return seed_plan_in_force()


def _dak_nong_plan() -> int:
    """A second, small plan of the former Đắk Nông province (dated 2019, so the seed plan stays the main one)."""
    if Document.objects.filter(title=DAK_NONG_TITLE).exists():
        return 0
    upload = SimpleUploadedFile("ke-hoach-dak-nong.txt", DAK_NONG_TEXT.encode("utf-8"), "text/plain")
    draft = plan_import_start(actor=SYSTEM, upload=upload)
    meta = {
        "type": "Kế hoạch",
        "issuer": "Ủy ban nhân dân tỉnh Đắk Nông",
        "place": "Đắk Nông",
        "year": 2019,
        "title": DAK_NONG_TITLE,
    }
    draft = plan_import_correct(actor=SYSTEM, plan_import=draft, meta=meta, previous_plan=None)
    plan_import_confirm(actor=SYSTEM, plan_import=draft)
    return 1


def _amendments(plan: Plan) -> int:
    if AmendmentProposal.objects.exists():
        return 0
    coordinator = _actor("dieuphoi")
    accepted = [_propose(plan, row) for row in ACCEPTED]
    rejected = _propose(plan, REJECTED)
    amendment_set = proposals.amendment_set_create(
        actor=coordinator, plan=plan, proposal_ids=[p.pk for p in accepted + [rejected]], title=SET_TITLE
    )
    amendment_set = proposals.amendment_set_submit(
        actor=coordinator, amendment_set=amendment_set, doc_kind="to_trinh", dated=dt.date(2026, 3, 16)
    )
    proposals.amendment_set_decide(
        actor=coordinator,
        amendment_set=amendment_set,
        accepted_ids={p.pk for p in accepted},
        decision_number="1024/QĐ-UBND",
        decision_date=dt.date(2026, 4, 10),
        note="Chấp thuận điều chỉnh các mục III.3, II.2.b và bổ sung mục II.5.c; giữ nguyên mục II.2.d.",
    )
    _propose(plan.__class__.objects.get(document=plan.document, is_current=True), WAITING)
    _propose(plan.__class__.objects.get(document=plan.document, is_current=True), DRAFT, send=False)
    return 6


def _anchoring(plan: Plan) -> int:
    if DocumentRelation.objects.filter(source=plan.document, kind="continues_under").exists():
        return 0
    coordinator = _actor("dieuphoi")
    tasks = list(plan.items.filter(kind="task").values_list("ref", flat=True))
    for doc_type, number, issuer, issued_on, title, prefixes, note in ANCHORS:
        relation = anchoring.document_relation_add(
            actor=coordinator,
            source=plan.document,
            kind="continues_under",
            doc_type=doc_type,
            number=number,
            issuer=issuer,
            issued_on=issued_on,
            title=title,
            note=note,
        )
        refs = [r for r in tasks if any(r == p or r.startswith(p) for p in prefixes)]
        anchoring.item_anchors_set(actor=coordinator, plan=plan, document=relation.target, refs=refs)
    return len(ANCHORS)


def amendments_demo_setup() -> int:
    """Returns how many rows of note it made (0 on a second run)."""
    plan = _seed_current()
    if plan is None:
        return 0
    made = _dak_nong_plan()
    made += _amendments(plan)
    plan = Plan.objects.select_related("document").get(document=plan.document, is_current=True)
    made += _anchoring(plan)
    return made
