"""The API takes no more than the pages (#16.9): every input schema has its form's limits, out-of-range numbers
are refused with 422 (never a 500), and refusals map to HTTP statuses in one place (core.errors, #14.3)."""

from typing import Annotated, get_args, get_origin

import pytest
from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from ninja import Schema
from pydantic.fields import FieldInfo

from trithuc.amendments.api import ProposalIn
from trithuc.amendments.forms import ProposalForm
from trithuc.api.services import api_token_create
from trithuc.core import limits
from trithuc.core.errors import (
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
    ServiceError,
    StaleVersion,
    error_status,
)
from trithuc.events import forms as event_forms
from trithuc.events.api import AnswerIn
from trithuc.plans.api import ProgressIn
from trithuc.plans.forms import ProgressUpdateForm
from trithuc.plans.models import ProgressUpdate
from trithuc.plans.services.superseded import SupersededVersion
from trithuc.reporting.api import ReturnIn, TaskIn
from trithuc.reporting.forms import ReturnForm
from trithuc.reporting.services.reports import ReportStaleError
from trithuc.reviews.api import OpinionIn, ResponseIn
from trithuc.reviews.forms import OpinionForm, RespondForm

# (API schema, its form, fields named differently: schema field → form field)
PAIRS = [
    (ProgressIn, ProgressUpdateForm, {}),
    (ProposalIn, ProposalForm, {}),
    (AnswerIn, event_forms.AnswerForm, {}),
    (OpinionIn, OpinionForm, {}),
    (ResponseIn, RespondForm, {}),
    (ReturnIn, ReturnForm, {}),
]


def _form_limits(field: forms.Field) -> dict:
    found = {}
    for validator in field.validators:
        code = getattr(validator, "code", "")
        if code in {"max_length", "min_value", "max_value"}:
            value = validator.limit_value
            found[code] = value.isoformat() if hasattr(value, "isoformat") else value
    return found


def _api_limits(schema, name: str) -> dict:
    """The bounds pydantic checks on one input field (its own and those inside `X | None`)."""
    field = schema.model_fields[name]
    metadata = list(field.metadata)
    for arg in get_args(field.annotation):
        if get_origin(arg) is Annotated:
            for extra in get_args(arg)[1:]:
                metadata += extra.metadata if isinstance(extra, FieldInfo) else [extra]
    found: dict = {}
    for item in metadata:
        for attr, code in (("max_length", "max_length"), ("ge", "min_value"), ("le", "max_value")):
            value = getattr(item, attr, None)
            if value is not None:
                found[code] = value.isoformat() if hasattr(value, "isoformat") else value
    return found


def _form_fields(form_class):
    try:
        return form_class.base_fields
    except AttributeError:  # pragma: no cover - every form here is a Form
        return {}


@pytest.mark.parametrize("schema, form_class, renamed", PAIRS, ids=[p[0].__name__ for p in PAIRS])
def test_every_api_input_has_the_limits_of_its_form(schema, form_class, renamed):
    fields = _form_fields(form_class)
    compared = 0
    for name in schema.model_fields:
        field = fields.get(renamed.get(name, name))
        if field is None or isinstance(field, forms.ModelChoiceField | forms.ChoiceField):
            continue
        form_side, api_side = _form_limits(field), _api_limits(schema, name)
        if isinstance(field, forms.CharField):
            assert "max_length" in form_side, f"{form_class.__name__}.{name}: a text with no limit"
        assert form_side == {k: api_side.get(k) for k in form_side}, (
            schema.__name__,
            name,
            form_side,
            api_side,
        )
        compared += 1
    assert compared


def test_the_report_task_line_has_the_progress_limits():
    """A report's task line is the same progress as the task page's: the same result length and dates."""
    assert _api_limits(TaskIn, "result") == {"max_length": limits.RESULT_MAX}
    assert _api_limits(TaskIn, "completed_on") == _form_limits(ProgressUpdateForm.base_fields["completed_on"])
    assert _form_limits(ProgressUpdateForm.base_fields["result"]) == {"max_length": limits.RESULT_MAX}


def _post_progress(client, item, token, **body):
    payload = {"agency": "so-noi-vu", "status": "in_progress", "result": "Đã rà soát", **body}
    return client.post(
        f"/api/v1/tasks/{item.pk}/progress",
        payload,
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )


@pytest.mark.parametrize("year", [40000, -5, 10**30, 1900, 2100])
def test_an_out_of_range_period_year_is_422_not_500(client, seed_plan, reporter_a, year):
    token = api_token_create(actor=reporter_a, name="kiểm thử")[1]
    answer = _post_progress(client, seed_plan.items.get(ref="III.2.a"), token, period_year=year)
    assert answer.status_code == 422 and answer.json()["detail"] == "Dữ liệu không hợp lệ."
    assert not ProgressUpdate.objects.exists()


def test_a_result_longer_than_the_form_takes_is_refused(client, seed_plan, reporter_a):
    token = api_token_create(actor=reporter_a, name="kiểm thử")[1]
    item = seed_plan.items.get(ref="III.2.a")
    assert _post_progress(client, item, token, result="x" * (limits.RESULT_MAX + 1)).status_code == 422
    assert _post_progress(client, item, token, result="x" * limits.RESULT_MAX).status_code == 201


@pytest.mark.parametrize("day", ["0001-01-01", "1900-06-01", "2100-01-01"])
def test_dates_outside_the_sane_range_are_refused_on_page_and_api(client, seed_plan, reporter_a, day):
    token = api_token_create(actor=reporter_a, name="kiểm thử")[1]
    item = seed_plan.items.get(ref="III.2.a")
    answer = _post_progress(client, item, token, status="completed", completed_on=day)
    assert answer.status_code == 422
    form = ProgressUpdateForm({"status": "completed", "result": "Xong", "completed_on": day})
    assert not form.is_valid() and "completed_on" in form.errors
    assert limits.DATE_MESSAGE in str(form.errors["completed_on"]) or "completed_on" in form.errors


@pytest.mark.parametrize("result", ["\u200b", "\u200b \u200b\n", "   ", "\ufeff\u2060"])
def test_an_invisible_result_is_refused_on_page_and_api(client, seed_plan, reporter_a, result):
    token = api_token_create(actor=reporter_a, name="kiểm thử")[1]
    answer = _post_progress(client, seed_plan.items.get(ref="III.2.a"), token, result=result)
    assert answer.status_code == 422 and answer.json()["field"] == "result"
    assert not ProgressUpdateForm({"status": "in_progress", "result": result}).is_valid()
    assert not ProgressUpdate.objects.exists()


@pytest.mark.parametrize(
    "error, status",
    [
        (ServiceError("x"), 400),
        # a plain refusal naming the field at fault is invalid input (#14.3), a typed one keeps its own status
        (ServiceError("x", field="result"), 422),
        (ServiceError("x", field_errors=[("result", "x")]), 422),
        (Forbidden("x", field="organiser"), 403),
        (Conflict("x", field="version"), 409),
        (Invalid("x"), 422),
        (ValidationError({"period_year": ["quá lớn"]}), 422),
        (Forbidden("x"), 403),
        (PermissionDenied(), 403),
        (NotFound("x"), 404),
        (Http404(), 404),
        (Conflict("x"), 409),
        (StaleVersion("x"), 409),
        (ReportStaleError("x"), 409),
        (SupersededVersion("x", superseded=None), 409),  # type: ignore[arg-type]
        (ValueError("x"), 500),
    ],
)
def test_the_error_map_gives_each_refusal_its_status(error, status):
    assert error_status(error) == status


def test_a_model_validation_error_reaching_the_api_is_422(client, seed_plan, reporter_a, monkeypatch):
    """A model's full_clean refusal that no endpoint catches is answered by the map, in Vietnamese, with the
    field (it was a 500)."""
    from trithuc.plans.models import ProgressUpdate as Model

    def refuse(self, *args, **kwargs):
        raise ValidationError({"result": ["Kết quả quá dài."]})

    monkeypatch.setattr(Model, "full_clean", refuse)
    token = api_token_create(actor=reporter_a, name="kiểm thử")[1]
    answer = _post_progress(client, seed_plan.items.get(ref="III.2.a"), token)
    assert answer.status_code == 422 and answer.json() == {"detail": "Kết quả quá dài.", "field": "result"}


@pytest.mark.parametrize(
    "error, status, text",
    [
        (ValidationError({"result": ["Kết quả quá dài."]}), 422, "Kết quả quá dài."),
        (StaleVersion("Bà B đã lưu lúc 09:05."), 409, "Bà B đã lưu lúc 09:05."),
        (Forbidden("Không được sửa."), 403, "Không được sửa."),
    ],
)
def test_a_refusal_reaching_a_page_is_a_vietnamese_page_with_the_map_status(
    rf, reporter_a, error, status, text
):
    from trithuc.core.middleware import ServiceErrorMiddleware

    request = rf.post("/su-kien/1/sua/")
    request.user = reporter_a
    request.session = {}
    response = ServiceErrorMiddleware(lambda r: None).process_exception(request, error)
    assert response is not None and response.status_code == status
    assert text in response.content.decode()
    api = ServiceErrorMiddleware(lambda r: None).process_exception(rf.post("/api/v1/x"), error)
    assert api is not None and api.status_code == status


def test_the_openapi_schema_names_each_schema_once_and_describes_a_proposal_ref():
    """#16 Low: reviews' and events' RecommendationOut shared one name, so the published schema described one
    of them wrongly; ProposalIn.ref said nothing of what a ref is and accepted an empty one."""
    from trithuc.api.api import api

    schemas = api.get_openapi_schema()["components"]["schemas"]
    assert "RecommendationOut" not in schemas
    assert "task_ref" in schemas["ConclusionRecommendationOut"]["properties"]
    assert "answering_agency" in schemas["DialogueRecommendationOut"]["properties"]
    ref = schemas["ProposalIn"]["properties"]["ref"]
    assert ref["minLength"] == 1 and ref["maxLength"] == limits.CODE_MAX and "II.2.b" in ref["description"]
    import importlib

    modules = [
        importlib.import_module(f"trithuc.{app}.api")
        for app in ("agencies", "amendments", "events", "plans", "registry", "reporting", "reviews")
    ]
    names = [
        cls.__name__
        for module in modules
        for cls in vars(module).values()
        if isinstance(cls, type) and cls.__module__ == module.__name__ and issubclass(cls, Schema)
    ]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)


def test_a_query_parameter_given_twice_is_refused(client, seed_plan, coordinator):
    """The schema says one value; taking the last one silently hid a client's mistake (schemathesis ST201)."""
    token = api_token_create(actor=coordinator, name="kiểm thử")[1]
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    assert client.get("/api/v1/reports?agency=so-noi-vu", **auth).status_code == 200
    assert client.get("/api/v1/reports?agency=so-noi-vu&agency=so-gddt", **auth).status_code == 422


def test_service_refusals_reach_the_api_with_the_status_of_their_kind(
    client, seed_plan, reporter_a, agencies
):
    """#14.3/#16: a refusal of the actor is 403, of the data's state 409, of a value 422, never a bare 400. Sở Nội
    vụ's reporter reports on a task it is not given (403), on a task tracked through the section III items that
    carry it out (409) and with an empty result (422); nothing is written."""
    from trithuc.plans.selectors import PlanSnapshot

    token = api_token_create(actor=reporter_a, name="kiểm thử")[1]
    snapshot = PlanSnapshot.load(seed_plan)
    mine = agencies["so-noi-vu"].pk
    rolled_up = seed_plan.items.get(ref="II.2.a")
    assert snapshot.is_rolled_up(rolled_up) and mine in snapshot.involved_agency_ids(rolled_up)
    not_given = seed_plan.items.get(ref="II.3.a")
    assert mine not in snapshot.involved_agency_ids(not_given)

    refused = _post_progress(client, not_given, token)
    assert (refused.status_code, refused.json()["detail"]) == (
        403,
        "Đơn vị của bạn không được giao nhiệm vụ này.",
    )
    conflict = _post_progress(client, rolled_up, token)
    assert conflict.status_code == 409 and "Tổ chức thực hiện" in conflict.json()["detail"]
    invalid = _post_progress(client, seed_plan.items.get(ref="III.2.a"), token, result="")
    assert (invalid.status_code, invalid.json()["field"]) == (422, "result")
    assert not ProgressUpdate.objects.exists()
