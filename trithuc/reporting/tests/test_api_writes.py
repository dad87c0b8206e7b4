"""Writing agency reports through the API: the same services and rules as the report pages, answered as JSON."""

import datetime as dt
from decimal import Decimal

import pytest

from trithuc.api.services import api_token_create
from trithuc.core.text import user_name
from trithuc.events.tests.factories import event
from trithuc.plans.models import ProgressUpdate
from trithuc.reporting.models import AgencyReport, IndicatorValue, ReportTaskEntry
from trithuc.reporting.tests.factories import annual_period

pytestmark = pytest.mark.django_db


@pytest.fixture
def period(seed_plan):
    return annual_period(2025)


@pytest.fixture
def call(client):
    """call(user, method, path, body=None) -> (status, json) with the user's API token."""
    tokens = {}

    def _call(user, method, path, body=None):
        if user.pk not in tokens:
            tokens[user.pk] = api_token_create(actor=user, name="phần mềm của đơn vị")[1]
        kwargs = {"content_type": "application/json", "data": body} if body is not None else {}
        response = getattr(client, method)(
            f"/api/v1{path}", HTTP_AUTHORIZATION=f"Bearer {tokens[user.pk]}", **kwargs
        )
        return response.status_code, response.json()

    return _call


@pytest.fixture
def opened(call, period, reporter_a):
    status, body = call(reporter_a, "post", "/reports", {"year": 2025, "agency": "so-noi-vu"})
    assert status == 200, body
    return body


def _form(call, user, report_id):
    status, body = call(user, "get", f"/reports/{report_id}/form")
    assert status == 200, body
    return body


def _fill(form) -> dict:
    """A body as an agency's software would build it from the form route: every editable lead task, two figures."""
    lead = [t for t in form["tasks"] if t["is_lead"] and t["editable"]]
    assert lead
    tasks = [
        {"item_id": t["item_id"], "status": "in_progress", "result": f"Đã triển khai {t['ref']}."}
        for t in lead
    ]
    tasks[0] = {
        "item_id": lead[0]["item_id"],
        "status": "completed",
        "result": "Đã hoàn thành.",
        "completed_on": (dt.date.today() - dt.timedelta(days=1)).isoformat(),
        "evidence_note": "Văn bản số 12/SNV ngày 10/3/2025",
    }
    return {
        "version": form["version"],
        "difficulties": "Thiếu kinh phí cho hoạt động thu hút trí thức.",
        "proposals": "Đề nghị UBND tỉnh bổ sung kinh phí.",
        "implementation": "own_plan",
        "implementation_document": "Kế hoạch số 45/KH-SNV ngày 01/4/2025",
        "tasks": tasks,
        "indicators": [
            {
                "code": "luot-can-bo-quan-triet",
                "value": 120,
                "breakdown": {"gender": {"nam": 50, "nu": 70}, "ethnic": {"dtts": 20, "kinh": 100}},
            },
            {"code": "quy-khcn-giai-ngan", "value": "1250.5"},
        ],
        "own_links": [{"own_ref": "II.1", "item_ref": lead[0]["ref"], "own_text": "Quán triệt Kết luận 52"}],
    }


def test_round_trip_reporter_fills_head_submits_coordinator_accepts(
    call, opened, reporter_a, head_a, coordinator, leader, reporter_b
):
    report_id = opened["id"]
    assert opened["status"] == "draft" and opened["agency"] == "so-noi-vu"
    # opening again is the same report
    assert call(head_a, "post", "/reports", {"year": 2025, "agency": "so-noi-vu"})[1]["id"] == report_id

    form = _form(call, reporter_a, report_id)
    assert form["editable"] and form["version"] == 0
    body = _fill(form)
    status, saved = call(reporter_a, "put", f"/reports/{report_id}", body)
    assert status == 200, saved
    assert saved["version"] == 1 and saved["difficulties"] == body["difficulties"]
    assert saved["implementation_document"] == "Kế hoạch số 45/KH-SNV ngày 01/4/2025"
    figures = {i["code"]: i for i in saved["indicators"]}
    assert Decimal(figures["luot-can-bo-quan-triet"]["value"]) == 120
    assert Decimal(figures["quy-khcn-giai-ngan"]["value"]) == Decimal("1250.5")
    done = next(t for t in saved["tasks"] if t["item_id"] == body["tasks"][0]["item_id"])
    assert done["status"] == "completed" and done["completed_on"] == body["tasks"][0]["completed_on"]
    assert saved["own_links"][0]["own_ref"] == "II.1"
    report = AgencyReport.objects.get(pk=report_id)
    assert (
        report.task_entries.get(item_id=done["item_id"]).evidence_note == "Văn bản số 12/SNV ngày 10/3/2025"
    )

    # a second save leaves out what it does not change
    status, saved = call(
        reporter_a, "put", f"/reports/{report_id}", {"version": 1, "proposals": "Bổ sung biên chế."}
    )
    assert status == 200 and saved["version"] == 2
    assert saved["difficulties"] == body["difficulties"] and saved["proposals"] == "Bổ sung biên chế."
    assert saved["implementation"] == "own_plan" and len(saved["own_links"]) == 1

    # the coordinator does not see a draft; the reporter may not send it
    assert call(coordinator, "get", f"/reports/{report_id}")[0] == 404
    status, error = call(reporter_a, "post", f"/reports/{report_id}/submit")
    assert (status, error["detail"]) == (403, "Chỉ lãnh đạo đơn vị mới được gửi báo cáo.")

    status, sent = call(head_a, "post", f"/reports/{report_id}/submit")
    assert status == 200 and sent["status"] == "submitted"
    assert ProgressUpdate.objects.filter(agency__code="so-noi-vu", period_year=2025).count() == len(
        body["tasks"]
    )
    # submitted: locked for the agency
    status, error = call(reporter_a, "put", f"/reports/{report_id}", {"version": 2, "proposals": "Sửa lại."})
    assert status == 409 and "không sửa được" in error["detail"]

    status, read = call(coordinator, "get", f"/reports/{report_id}")  # with its figures (#17.10)
    assert status == 200 and {key: read[key] for key in sent} == sent
    assert (
        read["tasks"] == saved["tasks"] and read["indicators"] == saved["indicators"] and not read["editable"]
    )
    assert report_id in [r["id"] for r in call(coordinator, "get", "/reports")[1]["items"]]
    assert call(leader, "post", f"/reports/{report_id}/accept")[0] == 403  # sees it, may not decide
    status, accepted = call(coordinator, "post", f"/reports/{report_id}/accept")
    assert status == 200 and accepted["status"] == "accepted"
    # another agency never finds it
    for method, path in [("get", "/form"), ("put", ""), ("post", "/submit"), ("post", "/accept")]:
        payload = {"version": 2} if method == "put" else None
        assert call(reporter_b, method, f"/reports/{report_id}{path}", payload)[0] == 404


def test_coordinator_returns_with_a_reason_and_the_agency_edits_again(
    call, opened, reporter_a, head_a, coordinator
):
    report_id = opened["id"]
    assert (
        call(reporter_a, "put", f"/reports/{report_id}", _fill(_form(call, reporter_a, report_id)))[0] == 200
    )
    assert call(head_a, "post", f"/reports/{report_id}/submit")[0] == 200
    status, error = call(coordinator, "post", f"/reports/{report_id}/return", {"reason": "  "})
    assert (status, error["detail"], error["field"]) == (422, "Hãy nêu lý do trả lại.", "reason")
    status, back = call(
        coordinator, "post", f"/reports/{report_id}/return", {"reason": "Thiếu số liệu phân tổ."}
    )
    assert status == 200 and back["status"] == "returned"
    form = _form(call, reporter_a, report_id)
    assert form["editable"] and form["return_reason"] == "Thiếu số liệu phân tổ."
    status, saved = call(
        reporter_a, "put", f"/reports/{report_id}", {"version": form["version"], "proposals": "Đã bổ sung."}
    )
    assert status == 200 and saved["status"] == "returned"


def test_another_agency_cannot_open_or_read(call, opened, reporter_b):
    assert call(reporter_b, "post", "/reports", {"year": 2025, "agency": "so-noi-vu"})[0] == 404
    assert call(reporter_b, "get", f"/reports/{opened['id']}/form")[0] == 404
    assert call(reporter_b, "get", f"/reports/{opened['id']}")[0] == 404


def test_opening_needs_a_period(call, period, reporter_a):
    status, error = call(reporter_a, "post", "/reports", {"year": 2031, "agency": "so-noi-vu"})
    assert (status, error["detail"]) == (422, "Chưa có kỳ báo cáo năm 2031.")
    status, error = call(reporter_a, "post", "/reports", {"agency": "so-noi-vu"})
    assert status == 422 and "kỳ báo cáo" in error["detail"]
    assert not AgencyReport.objects.exists()


def _unchanged(report_id):
    report = AgencyReport.objects.get(pk=report_id)
    return (
        report.version,
        report.difficulties,
        ReportTaskEntry.objects.filter(report=report).count(),
        IndicatorValue.objects.filter(report=report).count(),
    )


def test_a_stale_version_is_a_conflict_and_writes_nothing(call, opened, reporter_a, head_a):
    report_id = opened["id"]
    body = _fill(_form(call, reporter_a, report_id))
    assert call(reporter_a, "put", f"/reports/{report_id}", body)[0] == 200
    before = _unchanged(report_id)
    status, error = call(head_a, "put", f"/reports/{report_id}", {**body, "difficulties": "Ghi đè?"})
    assert (status, error["field"]) == (409, "version")
    assert f"bởi {user_name(reporter_a)} sau khi phiên bản bạn gửi được đọc" in error["detail"]
    assert _unchanged(report_id) == before


@pytest.mark.parametrize(
    ("change", "status", "message"),
    [
        ({"indicators": [{"code": "khong-co", "value": 1}]}, 422, "Không có chỉ tiêu mã “khong-co”."),
        ({"indicators": [{"code": "hoi-nghi-quan-triet", "value": -1}]}, 422, "không được âm"),
        ({"indicators": [{"code": "hoi-nghi-quan-triet", "value": "1.5"}]}, 422, "phải là số nguyên"),
        (
            {
                "indicators": [
                    {
                        "code": "luot-can-bo-quan-triet",
                        "value": 10,
                        "breakdown": {"gender": {"nam": 3, "nu": 3}},
                    }
                ]
            },
            422,
            "khác số tổng 10",
        ),
        (
            {
                "indicators": [
                    {"code": "luot-can-bo-quan-triet", "value": 1, "breakdown": {"tuoi": {"tre": 1}}}
                ]
            },
            422,
            "không có phân tổ “tuoi”",
        ),
        ({"indicators": [{"code": "hoi-nghi-quan-triet", "value": "1e30"}]}, 422, "quá lớn"),
        ({"indicators": [{"code": "hoi-nghi-quan-triet", "value": "ba"}]}, 422, "“ba” không phải là số"),
        (
            {"tasks": [{"item_id": 999999, "status": "in_progress", "result": "x"}]},
            422,
            "không thuộc phần việc",
        ),
        ({"tasks": [{"item_id": 0, "status": "done"}]}, 422, "Dữ liệu không hợp lệ."),
        ({"difficulties": "a\x00b"}, 422, "Dữ liệu không hợp lệ."),
        ({"own_links": [{"own_ref": "I.1", "item_ref": "Z.9"}]}, 422, "Không có nhiệm vụ “Z.9”"),
        ({"version": "một"}, 422, "Dữ liệu không hợp lệ."),
    ],
)
def test_bad_input_is_refused_in_vietnamese_and_writes_nothing(
    call, opened, reporter_a, change, status, message
):
    report_id = opened["id"]
    form = _form(call, reporter_a, report_id)
    assert call(reporter_a, "put", f"/reports/{report_id}", _fill(form))[0] == 200
    before = _unchanged(report_id)
    got, error = call(reporter_a, "put", f"/reports/{report_id}", {"version": before[0], **change})
    assert got == status and message in error["detail"], error
    assert _unchanged(report_id) == before


def test_figures_computed_from_events_are_read_only(call, opened, reporter_a):
    event(
        start_on=dt.date(2025, 6, 2), participants_total=50, participants_female=20, participants_minority=5
    )
    report_id = opened["id"]
    form = _form(call, reporter_a, report_id)
    line = next(i for i in form["indicators"] if i["code"] == "hoi-nghi-quan-triet")
    assert line["read_only"] and line["source"].startswith("Từ sự kiện") and Decimal(line["value"]) == 1
    status, error = call(
        reporter_a,
        "put",
        f"/reports/{report_id}",
        {"version": 0, "indicators": [{"code": "hoi-nghi-quan-triet", "value": 7}]},
    )
    assert status == 422 and "được tính từ sự kiện" in error["detail"]
    assert AgencyReport.objects.get(pk=report_id).version == 0
    # a save of other parts stores the event figure, as on the page
    status, saved = call(reporter_a, "put", f"/reports/{report_id}", {"version": 0, "proposals": "Không."})
    assert status == 200
    assert Decimal(next(i for i in saved["indicators"] if i["code"] == "hoi-nghi-quan-triet")["value"]) == 1
    assert IndicatorValue.objects.get(report_id=report_id, indicator__code="hoi-nghi-quan-triet").value == 1
