# The outgoing-number register now belongs to the documents app (same table): reporting forgets it.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("reporting", "0002_seed"), ("documents", "0001_initial")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="DocumentNumberRegister")], database_operations=[]
        )
    ]
