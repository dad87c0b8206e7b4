"""Access table of the reviews pages (see trithuc/tests/access_matrix.py).

Objects: a running request of Sở Nội vụ (agency A) whose chair is the `expert` fixture, with a submitted opinion
and a document; and a finished one (conclusion sent, one accepted recommendation) on which the expert also sits.
"""

import datetime as dt

from conftest import ROLE_FIXTURES
from trithuc.core.permissions import SYSTEM
from trithuc.registry.reference import reference_data_ensure
from trithuc.reviews import services
from trithuc.tests.access_matrix import role_map

ALL_READERS = {"coordinator", "union_officer", "administrator"}
RUNNING_READERS = ALL_READERS | {"reporter_a", "head_a", "expert"}
DONE_READERS = RUNNING_READERS | {"leader"}
UNION = {"union_officer"}

MATRIX = {
    "reviews:request_list": role_map(set(ROLE_FIXTURES) - {"registry_officer"}, 200, 404),
    "reviews:request_create": role_map(UNION | {"reporter_a", "head_a", "reporter_b"}, 200, 404),
    "reviews:request_detail": role_map(RUNNING_READERS, 200, 404),
    "reviews:document_add": role_map(UNION, 302, 404),
    "reviews:document_download": role_map(RUNNING_READERS, 200, 404),
    "reviews:panel_candidates": role_map(UNION, 200, 404),
    "reviews:member_add": role_map(UNION, 302, 404),
    "reviews:consulting_start": role_map(UNION, 302, 404),
    "reviews:conclusion_issue": role_map(UNION, 200, 404),
    "reviews:conclusion_send": role_map(UNION, 302, 404),
    "reviews:conclusion_download": role_map(DONE_READERS, 200, 404),
    "reviews:member_remove": role_map(UNION, 302, 404),
    "reviews:member_answer": role_map(UNION | {"expert"}, 302, 404),
    "reviews:opinion_edit": role_map({"expert"}, 200, 404),
    "reviews:opinion_file": role_map(ALL_READERS | {"expert"}, 200, 404),
    "reviews:recommendation_respond": role_map(UNION | {"reporter_a", "head_a"}, 302, 404),
    "reviews:recommendation_task": role_map(UNION | {"coordinator"}, 302, 404),
}
POST_ONLY = {
    "reviews:document_add",
    "reviews:member_add",
    "reviews:consulting_start",
    "reviews:conclusion_send",
    "reviews:member_remove",
    "reviews:member_answer",
    "reviews:recommendation_respond",
    "reviews:recommendation_task",
}


def review_world(request) -> dict:
    """The two requests of the table, built through the services (also used by the API table)."""
    from trithuc.reviews.tests.factories import docx_upload, panel, review_request

    request.getfixturevalue("db")
    request.getfixturevalue("agencies")
    reference_data_ensure()
    expert = request.getfixturevalue("expert")
    running = review_request("Dự án hồ chứa nước Ka Zam")
    document = services.document_add(
        actor=SYSTEM, request=running, name="Thuyết minh dự án", upload=docx_upload()
    )
    seats = panel(running, chair_user=expert)
    opinion = services.opinion_save(
        actor=expert,
        member=seats["chair"],
        verdict="agree",
        assessment="Tán thành.",
        upload=docx_upload("y.docx"),
        submit=True,
    )
    done = review_request("Đề án chuyển đổi số ngành nông nghiệp", opinion_due=dt.date(2020, 1, 1))
    done_seats = panel(done, chair_user=expert)
    services.opinion_save(
        actor=expert, member=done_seats["chair"], verdict="agree", assessment="Tán thành.", submit=True
    )
    services.conclusion_issue(
        actor=SYSTEM,
        request=done,
        form="report",
        summary="Tán thành.",
        recommendations=["Bổ sung lộ trình."],
        signer_name="Nguyễn Văn A",
    )
    done.refresh_from_db()
    services.conclusion_send(actor=SYSTEM, request=done)
    recommendation = done.recommendations.get()
    services.recommendation_respond(actor=SYSTEM, recommendation=recommendation, response="accepted")
    return {
        "running": running,
        "document": document,
        "seats": seats,
        "opinion": opinion,
        "done": done,
        "recommendation": recommendation,
    }


def url_args(request) -> dict[str, list]:
    world = review_world(request)
    running, done, seats = world["running"].pk, world["done"].pk, world["seats"]
    return {
        "reviews:request_detail": [running],
        "reviews:document_add": [running],
        "reviews:document_download": [running, world["document"].pk],
        "reviews:panel_candidates": [running],
        "reviews:member_add": [running],
        "reviews:consulting_start": [running],
        "reviews:conclusion_issue": [running],
        "reviews:conclusion_send": [done],
        "reviews:conclusion_download": [done],
        "reviews:member_remove": [seats["secretary"].pk],
        "reviews:member_answer": [seats["chair"].pk],
        "reviews:opinion_edit": [seats["chair"].pk],
        "reviews:opinion_file": [seats["chair"].pk],
        "reviews:recommendation_respond": [world["recommendation"].pk],
        "reviews:recommendation_task": [world["recommendation"].pk],
    }
