"""Access table of the amendments pages (see trithuc/tests/access_matrix.py)."""

from trithuc.amendments.services import proposals
from trithuc.core.permissions import SYSTEM
from trithuc.tests.access_matrix import IMPORTERS, READERS, role_map

# The menu's roles: agencies that propose, and those who read every sent proposal.
USERS = frozenset({"coordinator", "reporter_a", "head_a", "reporter_b", "leader", "administrator"})
PROPOSERS = frozenset({"coordinator", "reporter_a", "head_a", "reporter_b"})
SET_READERS = frozenset({"coordinator", "leader", "administrator"})
OWN_A = frozenset({"reporter_a", "head_a"})

MATRIX = {
    "amendments:proposal_list": role_map(USERS, 200, 404),
    "amendments:proposal_create": role_map(PROPOSERS, 200, 404),
    # The addresses from before plans had codes: on to the one plan in force (the seed plan here).
    "amendments:proposal_create_old": role_map(PROPOSERS, 302, 404),
    "amendments:set_create_old": role_map(IMPORTERS, 302, 404),
    "amendments:anchors_old": role_map(READERS, 302, 404),
    "amendments:reorganisation_detail_old": role_map(IMPORTERS, 302, 404),
    # A draft of Sở Nội vụ: its own officers only; the coordinator and leaders see it once sent.
    "amendments:proposal_detail": role_map(OWN_A, 200, 404),
    "amendments:proposal_edit": role_map(OWN_A, 200, 404),
    "amendments:proposal_submit": role_map(OWN_A, 302, 404),
    "amendments:proposal_delete": role_map(OWN_A, 302, 404),
    "amendments:set_create": role_map(IMPORTERS, 200, 404),
    "amendments:set_detail": role_map(SET_READERS, 200, 404),
    "amendments:set_submit": role_map(IMPORTERS, 302, 404),
    "amendments:set_download": role_map(SET_READERS, 200, 404),
    "amendments:set_decide": role_map(IMPORTERS, 302, 404),
    "amendments:version_diff": role_map(READERS, 200, 404),
    "amendments:anchors": role_map(READERS, 200, 404),
    "amendments:relation_add": role_map(IMPORTERS, 302, 404),
    "amendments:anchors_save": role_map(IMPORTERS, 302, 404),
    "amendments:reorganisation_list": role_map(IMPORTERS, 200, 404),
    "amendments:reorganisation_detail": role_map(IMPORTERS, 200, 404),
    "amendments:merged_province": role_map(READERS, 200, 404),
}
POST_ONLY = {
    "amendments:proposal_submit",
    "amendments:proposal_delete",
    "amendments:set_submit",
    "amendments:set_decide",
    "amendments:relation_add",
    "amendments:anchors_save",
}


def url_args(request) -> dict[str, list]:
    request.getfixturevalue("db")
    seed_plan = request.getfixturevalue("seed_plan")
    agencies = request.getfixturevalue("agencies")
    draft = proposals.proposal_create(
        actor=SYSTEM,
        agency=agencies["so-noi-vu"],
        plan=seed_plan,
        kind="amend",
        ref="II.2.b",
        text="Nội dung mới.",
        reasons="Lý do.",
    )
    sent = proposals.proposal_submit(
        actor=SYSTEM,
        proposal=proposals.proposal_create(
            actor=SYSTEM,
            agency=agencies["so-gddt"],
            plan=seed_plan,
            kind="drop",
            ref="II.2.d",
            reasons="Lý do.",
        ),
    )
    amendment_set = proposals.amendment_set_create(
        actor=SYSTEM, plan=seed_plan, proposal_ids=[sent.pk], title="Đợt thử"
    )
    amendment_set = proposals.amendment_set_submit(
        actor=SYSTEM, amendment_set=amendment_set, doc_kind="to_trinh"
    )
    from trithuc.amendments.services.anchoring import document_relation_add

    relation = document_relation_add(
        actor=SYSTEM,
        source=seed_plan.document,
        kind="continues_under",
        doc_type="Nghị quyết",
        number="45-NQ/TW",
        issuer="Ban Chấp hành Trung ương",
        issued_on=None,
    )
    code = seed_plan.code
    return {
        "amendments:proposal_create": [code],
        "amendments:set_create": [code],
        "amendments:anchors": [code],
        "amendments:relation_add": [code],
        "amendments:proposal_detail": [draft.pk],
        "amendments:proposal_edit": [draft.pk],
        "amendments:proposal_submit": [draft.pk],
        "amendments:proposal_delete": [draft.pk],
        "amendments:set_detail": [amendment_set.pk],
        "amendments:set_submit": [amendment_set.pk],
        "amendments:set_download": [amendment_set.pk],
        "amendments:set_decide": [amendment_set.pk],
        "amendments:version_diff": [seed_plan.pk],
        "amendments:anchors_save": [code, relation.target_id],
        "amendments:reorganisation_detail": [code, "2025-03-01"],
        "amendments:reorganisation_detail_old": ["2025-03-01"],
    }
