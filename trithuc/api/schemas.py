from typing import Any

from ninja import Schema


class ErrorOut(Schema):
    """Every error answer: a Vietnamese message, and the field or the validation details when there are."""

    detail: str
    field: str | None = None
    errors: list[dict[str, Any]] | None = None


ERRORS: dict[int, type[Schema]] = {400: ErrorOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut}
