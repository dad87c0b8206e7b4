"""Issue 16.6: audit rows of a person's record kept the old values ("before": {"ethnic_group": "15"}, old phones
and e-mails) for the administrator to read. Keep the names of the changed fields, drop the values."""

from django.db import migrations

ACTIONS = ["registry.person.create", "registry.person.update"]


def strip_values(apps, schema_editor):
    AuditEvent = apps.get_model("core", "AuditEvent")
    changed = []
    for event in AuditEvent.objects.filter(action__in=ACTIONS).only("id", "data").iterator(chunk_size=2000):
        data = event.data if isinstance(event.data, dict) else {}
        if "before" not in data and "after" not in data:
            continue
        before = data.pop("before", None) or {}
        after = data.pop("after", None) or {}
        names = set(before) if isinstance(before, dict) else set()
        if not names and isinstance(after, dict) and isinstance(after.get("fields"), list):
            names = {str(name) for name in after["fields"]}  # a creation: the fields it was given
        event.data = {**data, "fields": sorted(names)}
        changed.append(event)
        if len(changed) >= 2000:
            AuditEvent.objects.bulk_update(changed, ["data"])
            changed = []
    AuditEvent.objects.bulk_update(changed, ["data"])


class Migration(migrations.Migration):
    dependencies = [("registry", "0006_lean_child_indexes"), ("core", "0002_auditevent_ip")]

    operations = [migrations.RunPython(strip_values, migrations.RunPython.noop)]
