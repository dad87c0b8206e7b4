import pytest

from trithuc.amendments.services import proposals
from trithuc.core.permissions import SYSTEM


@pytest.fixture
def make_proposal(agencies, seed_plan):
    """A proposal of `agency` on the seed plan, moved as far as `status` (draft, sent, consolidated, submitted)."""

    def make(agency="so-noi-vu", kind="amend", ref="II.2.b", status="draft", **fields):
        fields.setdefault("reasons", "Cần cập nhật sau sắp xếp tổ chức bộ máy.")
        if kind != "drop":
            fields.setdefault("text", "Nội dung mới của nhiệm vụ.")
        proposal = proposals.proposal_create(
            actor=SYSTEM, agency=agencies[agency], plan=seed_plan, kind=kind, ref=ref, **fields
        )
        if status == "draft":
            return proposal
        proposal = proposals.proposal_submit(actor=SYSTEM, proposal=proposal)
        if status == "sent":
            return proposal
        amendment_set = proposals.amendment_set_create(
            actor=SYSTEM, plan=seed_plan, proposal_ids=[proposal.pk], title="Đợt thử"
        )
        if status == "submitted":
            proposals.amendment_set_submit(actor=SYSTEM, amendment_set=amendment_set, doc_kind="to_trinh")
        proposal.refresh_from_db()
        return proposal

    return make
