"""API access table of the amendment routes (see trithuc/api/tests/test_api_access.py)."""

from conftest import ROLE_FIXTURES
from trithuc.amendments.services import proposals
from trithuc.core.permissions import SYSTEM

OWN_A = {"reporter_a", "head_a"}
API_MATRIX = {
    ("get", "/api/v1/amendments/proposals"): dict.fromkeys(ROLE_FIXTURES, 200),  # scoped list
    # A draft of Sở Nội vụ: nobody else sees it, not even the coordinator.
    ("get", "/api/v1/amendments/proposals/{proposal_id}"): {
        r: 200 if r in OWN_A else 404 for r in ROLE_FIXTURES
    },
    ("post", "/api/v1/amendments/proposals"): {r: 201 if r in OWN_A else 404 for r in ROLE_FIXTURES},
}
BODIES = {
    "/api/v1/amendments/proposals": {
        "plan": "kl52",
        "agency": "so-noi-vu",
        "kind": "amend",
        "ref": "II.2.b",
        "text": "Nội dung mới.",
        "reasons": "Lý do.",
    }
}


def path_ids(request) -> dict:
    seed_plan = request.getfixturevalue("seed_plan")
    agencies = request.getfixturevalue("agencies")
    draft = proposals.proposal_create(
        actor=SYSTEM,
        agency=agencies["so-noi-vu"],
        plan=seed_plan,
        kind="drop",
        ref="II.2.d",
        reasons="Lý do.",
    )
    return {"proposal_id": draft.pk}
