"""Access table of the events pages (see trithuc/tests/access_matrix.py).

Objects: a published conference and a draft of Sở Nội vụ (agency A), a published dialogue of the Union (LHH)
whose recommendation Sở Nội vụ must answer, and a published contest of the Union with a prize.
"""

import datetime as dt

from conftest import ROLE_FIXTURES
from trithuc.core.permissions import SYSTEM
from trithuc.events.models import ContestPrize, Event
from trithuc.events.services import participant_add
from trithuc.tests.access_matrix import READERS, role_map

OWN = frozenset({"reporter_a", "head_a"})
EDITORS = OWN | {"reporter_b", "union_officer"}
UNION = frozenset({"union_officer"})
MATRIX = {
    "events:event_list": role_map(READERS, 200, 404),
    "events:event_create": role_map(EDITORS, 200, 404),
    "events:figures": role_map(READERS, 200, 404),
    "events:recommendation_list": role_map(READERS, 200, 404),
    "events:recommendation_answer": role_map(OWN, 200, 404),
    "events:recommendation_delete": role_map(UNION, 302, 404),
    "events:event_detail": role_map(READERS, 200, 404),
    "events:event_edit": role_map(OWN, 200, 404),
    "events:event_publish": role_map(OWN, 302, 404),
    "events:event_delete": role_map(OWN, 200, 404),
    "events:participant_manage": role_map(OWN, 200, 404),
    "events:participant_remove": role_map(OWN, 302, 404),
    "events:file_upload": role_map(OWN, 200, 404),
    "events:file_download": role_map(READERS, 200, 404),
    "events:file_delete": role_map(OWN, 302, 404),
    "events:prize_add": role_map(UNION, 200, 404),
    "events:prize_delete": role_map(UNION, 302, 404),
    "events:recommendation_add": role_map(UNION, 302, 404),
    "events:dialogue_followup": role_map(READERS, 200, 404),
}
POST_ONLY = {
    "events:recommendation_delete",
    "events:event_publish",
    "events:participant_remove",
    "events:file_delete",
    "events:prize_delete",
    "events:recommendation_add",
}
assert all(set(row) == set(ROLE_FIXTURES) for row in MATRIX.values())


def url_args(request) -> dict[str, list]:
    from trithuc.events.tests.factories import attached_file, event, recommendation
    from trithuc.registry.tests.factories import person

    request.getfixturevalue("db")
    agencies = request.getfixturevalue("agencies")
    conference = event("so-noi-vu")
    draft = event("so-noi-vu", publish=False, title="Hội nghị đang soạn")
    dialogue = event(
        "lhh", kind=Event.Kind.DIALOGUE, title="Gặp mặt trí thức 2025", start_on=dt.date(2025, 10, 10)
    )
    rec = recommendation(dialogue)
    contest = event(
        "lhh", kind=Event.Kind.CONTEST, title="Hội thi sáng tạo kỹ thuật", start_on=dt.date(2025, 9, 1)
    )
    prize = ContestPrize.objects.create(
        event=contest, rank="Giải Nhất", entry_title="Máy sấy cà phê", winner_name="Lê Văn Hải"
    )
    someone = person("Trần Thị Mai", workplace_agency=agencies["so-noi-vu"])
    participant = participant_add(actor=SYSTEM, event=conference, person_id=someone.pk)
    stored = attached_file(conference)
    return {
        "events:recommendation_answer": [rec.pk],
        "events:recommendation_delete": [rec.pk],
        "events:event_detail": [conference.pk],
        "events:event_edit": [conference.pk],
        "events:event_publish": [draft.pk],
        "events:event_delete": [draft.pk],
        "events:participant_manage": [conference.pk],
        "events:participant_remove": [participant.pk],
        "events:file_upload": [conference.pk],
        "events:file_download": [stored.pk],
        "events:file_delete": [stored.pk],
        "events:prize_add": [contest.pk],
        "events:prize_delete": [prize.pk],
        "events:recommendation_add": [dialogue.pk],
        "events:dialogue_followup": [dialogue.pk],
    }
