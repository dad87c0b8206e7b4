"""API access table of reviews (see trithuc/api/tests/test_api_access.py); roles are tried in order."""

from conftest import ROLE_FIXTURES
from trithuc.reviews.tests.access import RUNNING_READERS, review_world
from trithuc.tests.access_matrix import role_map

API_MATRIX = {
    ("get", "/api/v1/reviews/requests"): dict.fromkeys(ROLE_FIXTURES, 200),  # scoped list
    ("get", "/api/v1/reviews/requests/{request_id}"): role_map(RUNNING_READERS, 200, 404),
    # The expert chairs the panel and writes a draft; the Union may not write an expert's opinion.
    ("post", "/api/v1/reviews/seats/{member_id}/opinion"): role_map({"expert"}, 201, 404),
    ("post", "/api/v1/reviews/recommendations/{recommendation_id}/response"): role_map(
        {"reporter_a", "head_a", "union_officer"}, 200, 404
    ),
}
BODIES = {
    "/api/v1/reviews/seats/{member_id}/opinion": {"verdict": "changes", "assessment": "Cần bổ sung số liệu."},
    "/api/v1/reviews/recommendations/{recommendation_id}/response": {"response": "accepted", "note": ""},
}


def path_ids(request) -> dict:
    from trithuc.reviews.tests.factories import panel, review_request

    world = review_world(request)
    fresh = panel(
        review_request("Quy hoạch vùng trồng rau công nghệ cao"), chair_user=request.getfixturevalue("expert")
    )
    return {
        "request_id": world["running"].pk,
        "member_id": fresh["chair"].pk,
        "recommendation_id": world["recommendation"].pk,
    }
