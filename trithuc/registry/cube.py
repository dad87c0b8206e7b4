"""The statistics cubes (models.CUBES): rebuilt in one INSERT … SELECT … GROUP BY each after an import, adjusted
by ±1 on a single-person write, so each always equals a GROUP BY over the people table."""

from typing import Any

from django.db import connection
from django.db.models import F
from django.utils import timezone

from trithuc.core.models import field_column
from trithuc.registry.models import CUBES, Intellectual, RegistryStamp

ALL_DIMENSIONS = sorted({d for _, dims in CUBES for d in dims})


def _attname(dimension: str) -> str:
    return "workplace_agency_id" if dimension == "workplace_agency" else dimension


def cell_key(person: Intellectual) -> dict[str, Any]:
    return {_attname(d): getattr(person, _attname(d)) for d in ALL_DIMENSIONS}


def cells_move(old: dict[str, Any] | None, new: dict[str, Any] | None) -> None:
    """One person changed (or appeared, or left): move one count between cells. Call inside the write's transaction."""
    moved = False
    for model, dims in CUBES:
        names = [_attname(d) for d in dims]
        before = {n: old[n] for n in names} if old is not None else None
        after = {n: new[n] for n in names} if new is not None else None
        if before == after:
            continue
        if not moved:
            stamp_bump()  # first, so its row lock orders this write with an import's recount
        moved = True
        if before is not None:
            model.objects.filter(**before).update(count=F("count") - 1)
            model.objects.filter(**before, count__lte=0).delete()
        if after is not None and not model.objects.filter(**after).update(count=F("count") + 1):
            model.objects.create(**after, count=1)


def stamp_bump() -> None:
    """The statistics changed: a new version for the cache keys (selectors.registry_data_stamp)."""
    if not RegistryStamp.objects.filter(pk=1).update(version=F("version") + 1, changed_at=timezone.now()):
        RegistryStamp.objects.create(pk=1, version=1)


def cells_rebuild(*, added: tuple[int, int, Any] | None = None) -> int:
    """Recount every cube; returns the number of cells of the largest.

    From the people table, or, on PostgreSQL after an import (`added` = the import's lowest and highest id and
    its `created_at`), from each cube as it was plus the people the import added: the cost then follows the
    cube and the import instead of the whole registry (figures in docs/registry.md). The
    stamp is bumped first: its row lock orders every writer of the cubes (`cells_move` bumps first too)."""
    stamp_bump()
    source = Intellectual._meta.db_table
    incremental = added is not None and connection.vendor == "postgresql"
    largest = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and connection.in_atomic_block:
            # The GROUP BY of a cube (tens of thousands of cells) spilled to a disk sort in the default 4 MB
            # (docs/registry.md has the figures). For this transaction only.
            cursor.execute("SET LOCAL work_mem = '64MB'")
        if incremental and added is not None:  # (incremental implies it; the check tells the type checker)
            columns = ", ".join(_attname(d) for d in ALL_DIMENSIONS)
            cursor.execute(
                f"CREATE TEMP TABLE registry_added ON COMMIT DROP AS SELECT {columns} FROM {source}"
                " WHERE id BETWEEN %s AND %s AND created_at = %s",
                list(added),
            )
        for model, dims in CUBES:
            columns = ", ".join(field_column(model, d) for d in dims)
            table = model._meta.db_table
            if incremental:
                cursor.execute(
                    f"WITH old AS (DELETE FROM {table} RETURNING {columns}, count) "
                    f"INSERT INTO {table} ({columns}, count) SELECT {columns}, SUM(count) FROM "
                    f"(SELECT {columns}, count FROM old UNION ALL SELECT {columns}, 1 FROM registry_added) AS cells "
                    f"GROUP BY {columns}"
                )
            else:
                cursor.execute(f"DELETE FROM {table}")
                cursor.execute(
                    f"INSERT INTO {table} ({columns}, count) SELECT {columns}, COUNT(*) FROM {source} GROUP BY {columns}"
                )
            if connection.vendor == "postgresql":
                cursor.execute(f"ANALYZE {table}")
            largest = max(largest, model.objects.count())
        if incremental:
            cursor.execute("DROP TABLE registry_added")
    return largest
