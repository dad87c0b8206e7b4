"""API route table of events (see the docstring of trithuc/api/tests/test_api_access.py)."""

import datetime as dt

from conftest import ROLE_FIXTURES
from trithuc.tests.access_matrix import READERS, role_map

READ = role_map(READERS, 200, 404)
API_MATRIX = {
    ("get", "/api/v1/events/"): READ,
    ("get", "/api/v1/events/recommendations"): READ,
    # the answering agency (Sở Nội vụ) answers; roles are tried in order, so head_a corrects reporter_a's answer
    ("post", "/api/v1/events/recommendations/{recommendation_id}/answer"): role_map(
        {"reporter_a", "head_a"}, 200, 404
    ),
    ("get", "/api/v1/events/{event_id}"): READ,
    ("get", "/api/v1/events/{event_id}/recommendations"): READ,
}
BODIES = {
    "/api/v1/events/recommendations/{recommendation_id}/answer": {
        "answer": "Sở Nội vụ đã trình UBND tỉnh chính sách hỗ trợ nhà ở cho trí thức trẻ.",
    }
}
assert all(set(row) == set(ROLE_FIXTURES) for row in API_MATRIX.values())


def path_ids(request) -> dict:
    from trithuc.events.models import Event
    from trithuc.events.tests.factories import event, recommendation

    request.getfixturevalue("agencies")
    dialogue = event(
        "lhh", kind=Event.Kind.DIALOGUE, title="Gặp mặt trí thức 2025", start_on=dt.date(2025, 10, 10)
    )
    return {"event_id": dialogue.pk, "recommendation_id": recommendation(dialogue).pk}
