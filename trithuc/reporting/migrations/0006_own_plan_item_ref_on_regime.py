from django.db import migrations, models


def ref_from_profile(apps, schema_editor):
    """The item ref the province profile held for a while moves to the regimes stored then; the seeded regime
    gets the seed plan's."""
    from trithuc.reporting import seed_data

    regimes = apps.get_model("reporting", "ReportingRegime").objects.filter(own_plan_item_ref="")
    regimes.filter(code=seed_data.ANNUAL_REGIME["code"]).update(
        own_plan_item_ref=seed_data.ANNUAL_REGIME_OWN_PLAN_ITEM
    )
    profile = apps.get_model("agencies", "ProvinceProfile").objects.first()
    ref = getattr(profile, "implementation_item_ref", "") if profile else ""
    if ref:
        regimes.update(own_plan_item_ref=ref)


class Migration(migrations.Migration):
    dependencies = [
        ("reporting", "0005_regime13_plan_scope"),
        ("agencies", "0002_province13_profile"),
    ]

    operations = [
        migrations.AddField(
            model_name="reportingregime",
            name="own_plan_item_ref",
            field=models.CharField(
                blank=True,
                help_text="số hiệu mục của kế hoạch được ghi bên cạnh phần “triển khai tại đơn vị” của báo cáo",
                max_length=32,
                verbose_name="mục kế hoạch giao các cơ quan tự triển khai",
            ),
        ),
        migrations.RunPython(ref_from_profile, migrations.RunPython.noop),
    ]
