"""The REST API: one NinjaAPI, token (or session) auth, Vietnamese JSON errors, each app's router mounted."""

from typing import TYPE_CHECKING, Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.datastructures import MultiValueDict
from ninja import NinjaAPI, Swagger
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as SchemaInvalid
from ninja.parser import Parser
from ninja.security import HttpBearer, django_auth

from trithuc.api.services import api_token_authenticate
from trithuc.core.errors import ServiceError, error_body, error_status

if TYPE_CHECKING:
    from django.contrib.auth.models import User


class StrictQueryParser(Parser):
    """A parameter given twice that is not a list (`?agency=a&agency=b`) is refused (422) instead of silently
    taking the last value: the schema says one value."""

    def parse_querydict(
        self, data: MultiValueDict[str, Any], list_fields: list[str], request: HttpRequest
    ) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key in data:
            values = data.getlist(key)
            result[key] = values if key in list_fields or len(values) > 1 else values[0]
        return result


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> "User | None":
        user = api_token_authenticate(token)
        if user is not None:
            request.user = user
        return user


api = NinjaAPI(
    title="TriThuc API",
    version="1",
    description="API của TriThuc: kế hoạch, nhiệm vụ, tiến độ, cơ quan. Xác thực: `Authorization: Bearer <mã>`.",
    auth=[TokenAuth(), django_auth],
    # The interactive docs: Swagger UI from django-ninja's own static files ("ninja" in INSTALLED_APPS), never a
    # CDN (provincial networks are often offline; the CSP allows only 'self'). Public like openapi.json (a
    # docs_decorator would guard the schema too); every call made from it needs a token or a session.
    docs=Swagger(settings={"persistAuthorization": False}),
    docs_url="/docs",
    urls_namespace="api",
    parser=StrictQueryParser(),
)


def _mapped(request: HttpRequest, exc: Exception) -> HttpResponse:
    """The error map (core.errors) in JSON: a service's typed refusal, a model's ValidationError (422), a
    refused permission (403), a missing record (404). No endpoint translates these itself."""
    return api.create_response(request, error_body(exc), status=error_status(exc))


for _kind in (ServiceError, ValidationError, PermissionDenied, Http404):
    # django-ninja types a handler's argument as "the exception or its class"; it passes the exception.
    api.add_exception_handler(_kind, _mapped)  # type: ignore[arg-type]


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return api.create_response(request, {"detail": "Chưa xác thực: cần mã truy cập hợp lệ."}, status=401)


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    # django-ninja's own messages are English ("Cannot parse request body"): the API answers in Vietnamese.
    detail = (
        "Nội dung yêu cầu không đọc được: cần JSON hợp lệ."
        if exc.status_code == 400
        else "Yêu cầu không hợp lệ."
    )
    return api.create_response(request, {"detail": detail}, status=exc.status_code)


@api.exception_handler(SchemaInvalid)
def _invalid(request: HttpRequest, exc: SchemaInvalid) -> HttpResponse:
    return api.create_response(request, {"detail": "Dữ liệu không hợp lệ.", "errors": exc.errors}, status=422)


def _mount() -> None:
    from trithuc.agencies.api import router as agencies_router
    from trithuc.amendments.api import router as amendments_router
    from trithuc.events.api import router as events_router
    from trithuc.plans.api import router as plans_router
    from trithuc.registry.api import router as registry_router
    from trithuc.reporting.api import router as reporting_router
    from trithuc.reviews.api import router as reviews_router

    api.add_router("/agencies", agencies_router, tags=["Cơ quan"])
    api.add_router("/", plans_router, tags=["Kế hoạch"])
    api.add_router("/", reporting_router, tags=["Báo cáo định kỳ"])
    api.add_router("/registry", registry_router, tags=["Cơ sở dữ liệu trí thức"])
    api.add_router("/reviews", reviews_router, tags=["Tư vấn, phản biện"])
    api.add_router("/events", events_router, tags=["Sự kiện, đối thoại"])
    api.add_router("/amendments", amendments_router, tags=["Đề xuất sửa đổi"])


_mount()
