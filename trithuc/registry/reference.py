"""The two code lists of the registry (fixtures/*.csv): loaded by a data migration and again by the demo.

Idempotent, and written against the models it is given so the migration can pass its historical models.
The CSVs end with a comment line starting with '#' (see the data README): it is skipped.
"""

import csv
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def read_rows(name: str) -> list[dict[str, str]]:
    with (FIXTURES / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def reference_data_load(ethnic_model: Any = None, field_model: Any = None) -> tuple[int, int]:
    """Create or update the ethnic groups and the S&T fields; a newer field table adds rows beside the old."""
    if ethnic_model is None or field_model is None:
        from trithuc.registry.models import EthnicGroup, StField

        ethnic_model, field_model = EthnicGroup, StField
    groups = 0
    for row in read_rows("ethnic-groups.csv"):
        ethnic_model.objects.update_or_create(
            code=row["code"],
            defaults={"name": row["name"], "other_names": row["other_names"], "code_1979": row["code_1979"]},
        )
        groups += 1
    fields = 0
    for row in sorted(read_rows("st-fields.csv"), key=lambda r: int(r["level"])):
        field_model.objects.update_or_create(
            code=row["code"],
            defaults={
                "level": int(row["level"]),
                "parent_id": row["parent"] or None,
                "name": row["name"],
                "source_table": row["source_table"],
            },
        )
        fields += 1
    return groups, fields


def reference_data_ensure() -> None:
    """Load the code lists when they are missing (a flushed test database, a database created without migrations)."""
    from trithuc.registry.models import EthnicGroup

    if not EthnicGroup.objects.exists():
        reference_data_load()
