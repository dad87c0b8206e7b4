"""Queries asked on every request, turned into SQL once per process instead of on every request.

Building the SQL of a queryset (joins, an Exists, the select list) costs the ORM about a millisecond of CPU, more
than running the query; the session's user and their memberships are asked on every request. The SQL is made
from the same queryset the ORM would run, so it stays what the models say; only the parameters change.
"""

import functools
from collections.abc import Callable
from typing import Any

from django.db import connections, models

_SLOT = -7_654_321  # stands for the one parameter in the compiled SQL (no key of ours is negative)


@functools.cache
def _compiled(
    alias: str, build: Callable[[int], models.QuerySet[Any]]
) -> tuple[str, tuple[Any, ...], int, type[models.Model]]:
    queryset = build(_SLOT)
    sql, params = queryset.query.get_compiler(using=alias).as_sql()
    return sql, tuple(params), list(params).index(_SLOT), queryset.model


def prepared_raw(build: Callable[[int], models.QuerySet[Any]], value: int) -> list[Any]:
    """`build(value)` as model instances (annotations become attributes), its SQL made once per process and
    database. `build` is a module-level function (it keys the SQL kept) that uses `value` once, as a
    parameter, and selects no related rows (`raw` maps one model)."""
    alias = "default"
    sql, params, slot, model = _compiled(alias, build)
    values = list(params)
    values[slot] = value
    return list(model._default_manager.using(alias).raw(sql, values))


@functools.cache
def _joined_sql(
    alias: str, model: type[models.Model], fk: str, related: type[models.Model], where: str
) -> str:
    ops = connections[alias].ops

    def quote(name: Any) -> str:
        return str(ops.quote_name(str(name)))

    own = [f"m.{quote(f.column)}" for f in model._meta.concrete_fields]
    other = [f"r.{quote(f.column)}" for f in related._meta.concrete_fields]
    fk_column = getattr(model._meta.get_field(fk), "column")  # noqa: B009 - a concrete field has a column
    where_column = getattr(model._meta.get_field(where), "column")  # noqa: B009
    return (
        f"SELECT {', '.join(own + other)} FROM {quote(model._meta.db_table)} m "
        f"JOIN {quote(related._meta.db_table)} r ON r.{quote(related._meta.pk.column)} = m.{quote(fk_column)} "
        f"WHERE m.{quote(where_column)} = %s"
    )


def rows_with_related(model: type[models.Model], fk: str, where: str, value: Any) -> list[Any]:
    """`model.objects.filter(**{where: value}).select_related(fk)` without building its SQL on each call: the
    rows of `model` with the object of their foreign key `fk` already loaded."""
    alias = "default"
    related = model._meta.get_field(fk).related_model
    assert isinstance(related, type) and issubclass(related, models.Model)
    own = [f.attname for f in model._meta.concrete_fields]
    other = [f.attname for f in related._meta.concrete_fields]
    connection = connections[alias]
    with connection.cursor() as cursor:
        cursor.execute(_joined_sql(alias, model, fk, related, where), [value])
        rows = cursor.fetchall()
    converters = _converters(alias, model, related)
    result = []
    for row in rows:
        row = [convert(v, connection) for convert, v in zip(converters, row, strict=True)]
        obj = model.from_db(alias, own, row[: len(own)])
        setattr(obj, fk, related.from_db(alias, other, row[len(own) :]))
        result.append(obj)
    return result


@functools.cache
def _converters(
    alias: str, model: type[models.Model], related: type[models.Model]
) -> list[Callable[..., Any]]:
    """What the ORM does to each value it reads (a datetime made aware, a decimal, a JSON field), per column."""
    connection = connections[alias]
    result: list[Callable[..., Any]] = []
    for field in [*model._meta.concrete_fields, *related._meta.concrete_fields]:
        expression = field.get_col(field.model._meta.db_table)
        steps = connection.ops.get_db_converters(expression) + expression.get_db_converters(connection)

        def convert(value: Any, conn: Any, steps: list[Any] = steps, expression: Any = expression) -> Any:
            for step in steps:
                value = step(value, expression, conn)
            return value

        result.append(convert)
    return result
