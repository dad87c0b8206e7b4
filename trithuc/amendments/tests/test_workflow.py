import datetime as dt
import io

import pytest
from docx import Document as DocxDocument

from trithuc.amendments.models import AmendmentProposal, AmendmentSet
from trithuc.amendments.permissions import proposal_qs_visible_to
from trithuc.amendments.selectors import version_diff_rows
from trithuc.amendments.services import proposals
from trithuc.core.errors import ServiceError
from trithuc.core.models import AuditEvent
from trithuc.core.permissions import SYSTEM
from trithuc.plans.models import Plan, ProgressUpdate

pytestmark = pytest.mark.django_db


def test_reporter_cannot_see_other_agency_draft(make_proposal, reporter_a, reporter_b, coordinator, leader):
    draft = make_proposal(agency="so-noi-vu")
    assert draft in proposal_qs_visible_to(reporter_a)
    for user in (reporter_b, coordinator, leader):
        assert draft not in proposal_qs_visible_to(user)


def test_sent_proposal_is_read_by_coordinator_and_leader_but_not_other_agency(
    make_proposal, reporter_b, coordinator, leader, union_officer
):
    sent = make_proposal(agency="so-noi-vu", status="sent")
    assert sent in proposal_qs_visible_to(coordinator)
    assert sent in proposal_qs_visible_to(leader)
    assert sent not in proposal_qs_visible_to(reporter_b)
    assert not proposal_qs_visible_to(union_officer).exists()


def test_agency_cannot_propose_for_another(seed_plan, agencies, reporter_b):
    with pytest.raises(ServiceError):
        proposals.proposal_create(
            actor=reporter_b,
            agency=agencies["so-noi-vu"],
            plan=seed_plan,
            kind="drop",
            ref="II.2.a",
            reasons="Không còn phù hợp.",
        )


@pytest.mark.parametrize(
    ("kind", "ref", "text", "message"),
    [
        ("amend", "II.9.z", "Mới", "không có nhiệm vụ"),
        ("add", "II.2.a", "Mới", "đã có"),
        ("add", "IX.1", "Mới", "mục đã có"),
        ("add", "II.2.e", "", "nội dung"),
        ("amend", "II.2.a", "", "Hãy ghi"),
    ],
)
def test_proposal_checks_its_target(seed_plan, agencies, reporter_a, kind, ref, text, message):
    with pytest.raises(ServiceError, match=message):
        proposals.proposal_create(
            actor=reporter_a,
            agency=agencies["so-noi-vu"],
            plan=seed_plan,
            kind=kind,
            ref=ref,
            text=text,
            reasons="x",
        )


def test_a_proposal_is_sent_once(make_proposal, reporter_a):
    draft = make_proposal()
    proposals.proposal_submit(actor=reporter_a, proposal=draft)
    with pytest.raises(ServiceError, match="đã được gửi"):
        proposals.proposal_submit(actor=reporter_a, proposal=draft)
    assert AmendmentProposal.objects.get(pk=draft.pk).status == "sent"


def test_only_sent_proposals_are_consolidated(make_proposal, seed_plan, coordinator, reporter_a):
    draft = make_proposal()
    with pytest.raises(ServiceError):
        proposals.amendment_set_create(
            actor=coordinator, plan=seed_plan, proposal_ids=[draft.pk], title="Đợt"
        )
    sent = make_proposal(ref="II.2.a", status="sent")
    with pytest.raises(ServiceError):
        proposals.amendment_set_create(actor=reporter_a, plan=seed_plan, proposal_ids=[sent.pk], title="Đợt")


def _docx_text(content: bytes) -> str:
    document = DocxDocument(io.BytesIO(content))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_submission_is_a_numbered_decree_30_docx_listing_the_proposals(make_proposal, seed_plan, coordinator):
    first = make_proposal(ref="II.2.b", status="sent", text="Ưu tiên trí thức trẻ, nữ.")
    second = make_proposal(agency="so-gddt", kind="drop", ref="II.2.d", status="sent")
    amendment_set = proposals.amendment_set_create(
        actor=coordinator, plan=seed_plan, proposal_ids=[first.pk, second.pk], title="Đợt 1/2026"
    )
    amendment_set = proposals.amendment_set_submit(
        actor=coordinator, amendment_set=amendment_set, doc_kind="to_trinh", dated=dt.date(2026, 2, 5)
    )
    assert amendment_set.number == 1
    text = _docx_text(amendment_set.docx.read())
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text
    assert "Lâm Đồng, ngày 05 tháng 02 năm 2026" in text
    assert "Số: 1/TTr-SKHCN" in text
    assert "TỜ TRÌNH" in text
    assert "Sửa đổi nhiệm vụ mục II.2.b (đề xuất của Sở Nội vụ)" in text
    assert "Nội dung đề xuất: Ưu tiên trí thức trẻ, nữ." in text
    assert "Bãi bỏ nhiệm vụ mục II.2.d" in text
    assert set(amendment_set.proposals.values_list("status", flat=True)) == {"submitted"}
    with pytest.raises(ServiceError, match="đã được trình"):
        proposals.amendment_set_submit(actor=coordinator, amendment_set=amendment_set, doc_kind="to_trinh")


def _decided(make_proposal, seed_plan, coordinator, agencies):
    amend = make_proposal(
        ref="II.2.b", status="sent", text="Nội dung sửa đổi của II.2.b.", deadline_text="năm 2026"
    )
    add = make_proposal(
        agency="so-khcn",
        kind="add",
        ref="II.5.c",
        status="sent",
        text="Xây dựng cơ sở dữ liệu trí thức.",
        lead=agencies["so-khcn"],
        deadline=dt.date(2026, 12, 31),
        deadline_text="trước ngày 31/12/2026",
    )
    drop = make_proposal(agency="so-gddt", kind="drop", ref="II.2.d", status="sent")
    rejected = make_proposal(agency="so-gddt", kind="drop", ref="II.2.a", status="sent")
    ids = [amend.pk, add.pk, drop.pk, rejected.pk]
    amendment_set = proposals.amendment_set_create(
        actor=coordinator, plan=seed_plan, proposal_ids=ids, title="Đợt"
    )
    amendment_set = proposals.amendment_set_submit(
        actor=coordinator, amendment_set=amendment_set, doc_kind="bao_cao"
    )
    return proposals.amendment_set_decide(
        actor=coordinator,
        amendment_set=amendment_set,
        accepted_ids={amend.pk, add.pk, drop.pk},
        decision_number="12/QĐ-UBND",
        decision_date=dt.date(2026, 3, 1),
    )


def test_accepted_set_produces_version_2_with_item_by_item_differences(
    make_proposal, seed_plan, coordinator, agencies
):
    progress = ProgressUpdate.objects.create(
        item=seed_plan.items.get(ref="II.2.b"),
        agency=agencies["so-noi-vu"],
        status="in_progress",
        result="Đang làm",
    )
    kept = ProgressUpdate.objects.create(
        item=seed_plan.items.get(ref="III.2.a"),
        agency=agencies["so-noi-vu"],
        status="in_progress",
        result="Tiếp",
    )
    amendment_set = _decided(make_proposal, seed_plan, coordinator, agencies)
    new = amendment_set.result_plan
    seed_plan.refresh_from_db()
    assert (new.version, new.is_current, new.previous_id) == (2, True, seed_plan.pk)
    assert not seed_plan.is_current and seed_plan.items.filter(ref="II.2.d").exists()  # old version stays
    assert not new.items.filter(ref="II.2.d").exists()
    added = new.items.get(ref="II.5.c")
    assert added.parent.ref == "II.5" and added.deadline == dt.date(2026, 12, 31)
    assert added.assignments.get().agency == agencies["so-khcn"]
    amended = new.items.get(ref="II.2.b")
    assert (amended.text, amended.deadline, amended.span_start) == (
        "Nội dung sửa đổi của II.2.b.",
        dt.date(2026, 12, 31),
        None,
    )
    assert new.items.get(ref="II.2.a").text == seed_plan.items.get(ref="II.2.a").text  # rejected: unchanged
    assert new.items.count() == seed_plan.items.count()  # one added, one dropped
    assert (
        new.items.get(ref="III.2.a").assignments.count()
        == seed_plan.items.get(ref="III.2.a").assignments.count()
    )
    # Progress of continuing tasks follows them (reworded ones too); the old rows stay on version 1.
    assert ProgressUpdate.objects.filter(item__plan=new, result__in=["Đang làm", "Tiếp"]).count() == 2
    assert ProgressUpdate.objects.filter(pk__in=[progress.pk, kept.pk], item__plan=seed_plan).count() == 2
    statuses = dict(amendment_set.proposals.values_list("ref", "status"))
    assert statuses == {
        "II.2.b": "accepted",
        "II.5.c": "accepted",
        "II.2.d": "accepted",
        "II.2.a": "rejected",
    }
    rows = {r.ref: r.changes for r in version_diff_rows(new)}
    assert rows == {
        "II.2.b": ["Sửa nội dung", "Đổi thời hạn"],
        "II.2.d": ["Bãi bỏ"],
        "II.5.c": ["Bổ sung"],
    }
    assert AuditEvent.objects.filter(action="amendment_set.decide").exists()
    assert AuditEvent.objects.filter(action="plan.new_version", target_id=str(new.pk)).exists()


def test_decision_on_a_superseded_version_is_refused(make_proposal, seed_plan, coordinator, agencies):
    proposal = make_proposal(status="submitted")
    _decided(make_proposal, seed_plan, coordinator, agencies)  # makes version 2
    with pytest.raises(ServiceError, match="đã được thay thế bởi phiên bản 2"):
        proposals.amendment_set_decide(
            actor=coordinator,
            amendment_set=proposal.amendment_set,
            accepted_ids={proposal.pk},
            decision_number="13/QĐ-UBND",
            decision_date=dt.date(2026, 3, 2),
        )
    assert AmendmentSet.objects.get(pk=proposal.amendment_set_id).status == "submitted"
    assert Plan.objects.filter(document=seed_plan.document).count() == 2


def test_rejecting_everything_makes_no_version(make_proposal, seed_plan, coordinator):
    proposal = make_proposal(status="submitted")
    decided = proposals.amendment_set_decide(
        actor=SYSTEM,
        amendment_set=proposal.amendment_set,
        accepted_ids=set(),
        decision_number="14/QĐ-UBND",
        decision_date=dt.date(2026, 3, 2),
    )
    assert decided.result_plan is None and decided.status == "decided"
    assert Plan.objects.filter(document=seed_plan.document).count() == 1


def test_a_report_saved_on_version_1_still_shows_its_results_on_version_2(
    make_proposal, seed_plan, coordinator, agencies
):
    from trithuc.reporting.selectors import report_form
    from trithuc.reporting.services.reports import report_open, report_save
    from trithuc.reporting.tests.factories import annual_period, filled_input

    report = report_open(actor=SYSTEM, period=annual_period(2025), agency=agencies["so-noi-vu"])
    report = report_save(actor=SYSTEM, report=report, data=filled_input(report))
    saved = {e.item.ref: e.result for e in report.task_entries.select_related("item")}
    _decided(make_proposal, seed_plan, coordinator, agencies)
    shown = {line.item.ref: line.result for line in report_form(report).tasks if line.item.ref in saved}
    assert shown and all(shown[ref] == saved[ref] for ref in shown)
    assert shown.keys() >= saved.keys() - {"II.2.b"} - {"II.2.d"}
