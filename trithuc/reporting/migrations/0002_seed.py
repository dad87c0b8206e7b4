"""Seed the holiday calendar 2020-2030, the annual KL52 regime and its indicators (admin-editable afterwards)."""

from django.db import migrations


def seed(apps, schema_editor):
    from trithuc.reporting import seed_data

    Holiday = apps.get_model("reporting", "Holiday")
    Regime = apps.get_model("reporting", "ReportingRegime")
    Indicator = apps.get_model("reporting", "Indicator")
    for day, name in seed_data.holiday_rows():
        Holiday.objects.get_or_create(date=day, defaults={"name": name})
    data = dict(seed_data.ANNUAL_REGIME)
    Regime.objects.get_or_create(code=data.pop("code"), defaults=data)
    for position, (code, name, unit, how, breakdowns, ref) in enumerate(seed_data.INDICATORS, start=1):
        Indicator.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "unit": unit,
                "aggregation": how,
                "breakdowns": breakdowns,
                "position": position,
                "plan_ref": ref,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("reporting", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
