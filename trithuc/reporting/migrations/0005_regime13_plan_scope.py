"""Regimes belong to a plan by its code (kept across versions) and indicators to a regime.

A regime tied to a plan version takes that plan's code; one tied to none reported on the newest plan in force
(the old fallback), so it takes that plan's code; on an empty system the seeded regime takes the seed's code.
Indicators stored before all belong to the seeded annual regime (the only one there was).
"""

import django.db.models.deletion
from django.db import migrations, models


def plan_codes_fill(apps, schema_editor):
    from trithuc.reporting import seed_data

    Regime = apps.get_model("reporting", "ReportingRegime")
    Plan = apps.get_model("plans", "Plan")
    Indicator = apps.get_model("reporting", "Indicator")
    newest = Plan.objects.filter(is_current=True).order_by("-id").first()
    for regime in Regime.objects.all():
        if regime.plan_id:
            regime.plan_code = Plan.objects.get(pk=regime.plan_id).code
        elif newest is not None:
            regime.plan_code = newest.code
        else:
            regime.plan_code = seed_data.ANNUAL_REGIME_PLAN
        regime.registry_section = regime.code == seed_data.ANNUAL_REGIME["code"]
        regime.save(update_fields=["plan_code", "registry_section"])
    if Indicator.objects.exists():
        home = Regime.objects.filter(code=seed_data.ANNUAL_REGIME["code"]).first() or Regime.objects.first()
        if home is None:
            data = {k: v for k, v in seed_data.ANNUAL_REGIME.items() if k != "code"}
            home = Regime.objects.create(
                code=seed_data.ANNUAL_REGIME["code"],
                plan_code=newest.code if newest else seed_data.ANNUAL_REGIME_PLAN,
                registry_section=True,
                **data,
            )
        Indicator.objects.update(regime=home)


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0005_plan_code"),
        ("reporting", "0004_province13_implementation_label"),
    ]

    operations = [
        migrations.AddField(
            model_name="reportingregime",
            name="plan_code",
            field=models.SlugField(
                default="",
                db_index=True,
                help_text="mã của kế hoạch mà chế độ này báo cáo (chung cho mọi phiên bản của kế hoạch), ví dụ kl52",
                max_length=32,
                verbose_name="mã kế hoạch",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="reportingregime",
            name="registry_section",
            field=models.BooleanField(
                default=False,
                help_text="báo cáo tổng hợp có mục số liệu đội ngũ trí thức lấy từ cơ sở dữ liệu",
                verbose_name="kèm số liệu cơ sở dữ liệu trí thức",
            ),
        ),
        migrations.AddField(
            model_name="indicator",
            name="regime",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="indicators",
                to="reporting.reportingregime",
                verbose_name="chế độ báo cáo",
            ),
        ),
        migrations.RunPython(plan_codes_fill, migrations.RunPython.noop),
        migrations.RemoveField(model_name="reportingregime", name="plan"),
        migrations.AlterField(
            model_name="indicator",
            name="regime",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="indicators",
                to="reporting.reportingregime",
                verbose_name="chế độ báo cáo",
            ),
        ),
        migrations.AlterField(
            model_name="indicator",
            name="code",
            field=models.SlugField(max_length=64, verbose_name="mã"),
        ),
        migrations.AlterModelOptions(
            name="indicator",
            options={
                "ordering": ["regime", "position", "code"],
                "verbose_name": "chỉ tiêu",
                "verbose_name_plural": "chỉ tiêu",
            },
        ),
        migrations.AddConstraint(
            model_name="indicator",
            constraint=models.UniqueConstraint(fields=("regime", "code"), name="indicator_code_per_regime"),
        ),
    ]
