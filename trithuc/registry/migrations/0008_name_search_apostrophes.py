"""Issue 15.1: "ksor" and "k sor" found nobody named K'Sor. The search key now holds both readings of a name's
apostrophes (and is longer for it), the sort key and the duplicate key ignore them: recompute the three for
the people whose name has an apostrophe (no other key changes)."""

from django.db import migrations, models
from django.db.models import Q


def recompute(apps, schema_editor):
    from trithuc.registry.collation import name_sort_key
    from trithuc.registry.duplicates import APOSTROPHES, duplicate_key, name_search_key

    Intellectual = apps.get_model("registry", "Intellectual")
    with_apostrophe = Q(pk__in=[])
    for mark in APOSTROPHES:
        with_apostrophe |= Q(full_name__contains=mark) | Q(other_names__contains=mark)
    batch = []
    for person in Intellectual.objects.filter(with_apostrophe).iterator(chunk_size=2000):
        person.search_name = name_search_key(f"{person.full_name} {person.other_names}".strip())
        person.sort_key = name_sort_key(person.full_name)
        person.dup_key = duplicate_key(
            person.full_name, person.birth_year, person.workplace_agency_id, person.workplace_name
        )
        batch.append(person)
        if len(batch) >= 2000:
            Intellectual.objects.bulk_update(batch, ["search_name", "sort_key", "dup_key"])
            batch = []
    Intellectual.objects.bulk_update(batch, ["search_name", "sort_key", "dup_key"])


class Migration(migrations.Migration):
    dependencies = [("registry", "0007_audit_without_values")]

    operations = [
        migrations.AlterField(
            model_name="intellectual",
            name="search_name",
            field=models.CharField(default="", editable=False, max_length=420),
        ),
        migrations.RunPython(recompute, migrations.RunPython.noop),
    ]
