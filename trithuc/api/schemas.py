from typing import Annotated, Any

from ninja import Schema
from pydantic import Field

# PostgreSQL refuses NUL in text (a 500 deep in a query): every text input says so in the schema and is refused
# by validation (422) before any query.
NO_NUL = r"^[^\x00]*$"
Text = Annotated[str, Field(pattern=NO_NUL)]
Code = Annotated[str, Field(max_length=64, pattern=NO_NUL)]


class ErrorOut(Schema):
    """Every error answer: a Vietnamese message, and the field or the validation details when there are."""

    detail: str
    field: str | None = None
    errors: list[dict[str, Any]] | None = None


ERRORS: dict[int, type[Schema]] = {400: ErrorOut, 401: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
