"""What a refusal is, and the one map from a refusal to an HTTP status, shared by the pages and the API.

Services raise typed errors; they never choose a status. Interfaces never compare message texts: the API's
exception handlers and the pages' middleware (core.middleware.ServiceErrorMiddleware) both ask `error_status`
and `error_body` below. A page view still catches a ServiceError to show it beside its form field (that is
rendering, not translation); what it does not catch reaches the map."""

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404


class ServiceError(Exception):
    """A rule a user broke: carries a Vietnamese message and, optionally, the form field it belongs to.

    `status` is what the map answers with it: the subclasses below name invalid input (422), a conflict with
    the state of the data (409), a missing record (404) and a refusal of the actor (403). A plain ServiceError
    that names the field at fault is invalid input too (422: what the form would refuse beside that field); one
    that names none is a request the rules refuse (400)."""

    status = 400

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        field_errors: list[tuple[str | None, str]] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        # Every problem found, each with its field, when a service checks a whole form at once (#15.3): the page
        # shows each beside its field and in the summary; `message` says them all in one text for the API.
        self.field_errors = field_errors or []


class Invalid(ServiceError):
    """A value out of its limits (length, range, format): what a form would have refused."""

    status = 422

    @classmethod
    def from_validation(cls, error: ValidationError) -> "Invalid":
        """A model's `full_clean` refusal as one message and its first field, for the form to show."""
        field, messages = _first_message(error)
        return cls(" ".join(messages), field=field)


class Forbidden(ServiceError):
    """The actor may see the record but may not do this to it."""

    status = 403


class NotFound(ServiceError):
    """The record does not exist, or the actor may not know it exists."""

    status = 404


class Conflict(ServiceError):
    """The data's state forbids it now (a newer version, a locked record)."""

    status = 409


class StaleVersion(Conflict):
    """Someone saved the record after the version the user read: nothing was written. The message says who
    and when, so the user can read their change before redoing it."""


def _first_message(error: ValidationError) -> tuple[str | None, list[str]]:
    if hasattr(error, "error_dict"):
        field, messages = next(iter(error.message_dict.items()))
        return (None if field == "__all__" else field), list(messages)
    return None, list(error.messages)


# The map: first match wins, so subclasses come before their bases.
_STATUS: tuple[tuple[type[BaseException], int], ...] = (
    (ValidationError, 422),
    (PermissionDenied, 403),
    (Http404, 404),
)


def error_status(error: BaseException) -> int:
    """The HTTP status of a refusal; 500 for anything that is not one (a bug)."""
    if isinstance(error, ServiceError):
        if type(error).status == ServiceError.status and (error.field or error.field_errors):
            return Invalid.status  # a plain refusal of one field's value (a typed subclass keeps its own)
        return error.status
    for kind, status in _STATUS:
        if isinstance(error, kind):
            return status
    return 500


def error_body(error: BaseException) -> dict[str, Any]:
    """The Vietnamese message and the field, as the API answers them and an error page shows them."""
    if isinstance(error, ServiceError):
        return {"detail": error.message, "field": error.field}
    if isinstance(error, ValidationError):
        field, messages = _first_message(error)
        return {"detail": " ".join(messages) or "Dữ liệu không hợp lệ.", "field": field}
    if isinstance(error, PermissionDenied):
        return {"detail": "Bạn không có quyền thực hiện thao tác này.", "field": None}
    if isinstance(error, Http404):
        return {"detail": "Không tìm thấy.", "field": None}
    return {"detail": "Lỗi hệ thống.", "field": None}
