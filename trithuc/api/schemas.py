import datetime as dt
from typing import Annotated, Any

from ninja import Schema
from pydantic import Field

from trithuc.core import limits

# PostgreSQL refuses NUL in text (a 500 deep in a query): every text input says so in the schema and is refused
# by validation (422) before any query.
NO_NUL = r"^[^\x00]*$"
# Every input has the limits of its form (core.limits; trithuc/api/tests/test_limits.py compares them): a
# text no longer than the page takes, a year and a date in the range of work records.
Text = Annotated[str, Field(max_length=limits.LONG_TEXT_MAX, pattern=NO_NUL)]
Code = Annotated[str, Field(max_length=limits.CODE_MAX, pattern=NO_NUL)]
ShortText = Annotated[str, Field(max_length=limits.SHORT_TEXT_MAX, pattern=NO_NUL)]
Year = Annotated[int, Field(ge=limits.YEAR_MIN, le=limits.YEAR_MAX)]
# The schema states the range as a pattern too (JSON Schema has no bounds for a date), so a client or a
# generator reading the OpenAPI document knows 0001-01-01 is refused; ge/le are what the server checks.
assert (limits.YEAR_MIN, limits.YEAR_MAX) == (1990, 2099), "DATE_PATTERN spells these years"
DATE_PATTERN = r"^(199[0-9]|20[0-9]{2})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
Date = Annotated[
    dt.date,
    Field(ge=limits.DATE_MIN, le=limits.DATE_MAX, json_schema_extra={"pattern": DATE_PATTERN}),
]


def text(max_length: int) -> Any:
    """A text input of at most `max_length` characters, NUL refused (the form's max_length)."""
    return Annotated[str, Field(max_length=max_length, pattern=NO_NUL)]


class ErrorOut(Schema):
    """Every error answer: a Vietnamese message, and the field or the validation details when there are."""

    detail: str
    field: str | None = None
    errors: list[dict[str, Any]] | None = None


ERRORS: dict[int, type[Schema]] = {
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
    422: ErrorOut,
}
