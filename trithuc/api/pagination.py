from collections.abc import Callable
from typing import Any

from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination

MAX_LIMIT = 500
MAX_OFFSET = 1_000_000


class BoundedPagination(LimitOffsetPagination):
    """limit/offset with an upper bound on both, so no request can ask the database for an impossible page."""

    class Input(Schema):
        limit: int = Field(50, ge=1, le=MAX_LIMIT)
        offset: int = Field(0, ge=0, le=MAX_OFFSET)


class MappedPage:
    """A queryset whose rows become response objects only for the page asked for: the paginator counts the
    whole queryset and `to_items` maps (and may audit) the slice alone, so a list is paged to its end
    instead of being cut at a capped, fully built list."""

    def __init__(self, queryset: Any, to_items: Callable[[list[Any]], list[Any]]) -> None:
        self.queryset = queryset
        self.to_items = to_items

    def all(self) -> "MappedPage":
        return self

    def count(self) -> int:
        total: int = self.queryset.count()
        return total

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index: slice) -> list[Any]:
        return self.to_items(list(self.queryset[index]))
