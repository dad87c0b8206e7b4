from django.db import migrations


class Migration(migrations.Migration):
    """The item that asks agencies for their own plans belongs to a plan's reporting regime, not the province;
    reporting copies the value first."""

    dependencies = [
        ("agencies", "0002_province13_profile"),
        ("reporting", "0006_own_plan_item_ref_on_regime"),
    ]

    operations = [
        migrations.RemoveField(model_name="provinceprofile", name="implementation_item_ref"),
    ]
