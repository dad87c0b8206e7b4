from django.db import migrations


def load(apps, schema_editor):
    from trithuc.registry.reference import reference_data_load

    reference_data_load(apps.get_model("registry", "EthnicGroup"), apps.get_model("registry", "StField"))


class Migration(migrations.Migration):
    dependencies = [("registry", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
